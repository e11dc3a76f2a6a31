// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Settlements.h"

#include "logging/Log.h"
#include "store/Database.h"
#include "store/Resolutions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

namespace bridge::store {

namespace {

using reconcile::Discrepancy;
using reconcile::LineType;

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullLong()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

Result<qint64> insertedId(QSqlQuery& q)
{
    if (!q.next()) {
        return fail(Error::permanent(QStringLiteral("settlement.insert"),
                                     Settlements::tr("The database returned no id for a new settlement row.")));
    }
    return q.value(0).toLongLong();
}

/// An element of a PostgreSQL array literal: NULL, a number as is, anything else quoted.
void appendArrayElement(QString& out, const QVariant& value, bool text)
{
    if (value.isNull()) {
        out += QLatin1String("NULL");
        return;
    }
    if (!text) {
        out += value.toString();
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : value.toString()) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    out += QLatin1Char('"');
}

/// Inserts rows of `columns` (with their SQL types) into `table`, many rows per statement: on
/// SQLite 500 rows of `?` per INSERT; on PostgreSQL 5,000 rows per INSERT … SELECT FROM unnest()
/// of one array per column (a million rows are a few hundred statements, not a million).
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase& db, bool postgres, QString table, QList<std::pair<QString, QString>> columns)
        : m_db(db)
        , m_postgres(postgres)
        , m_table(std::move(table))
    {
        for (const auto& [name, type] : columns) {
            m_columns.append(name);
            m_types.append(type);
        }
    }

    Result<void> add(QVariantList row)
    {
        m_values.append(row);
        if (m_values.size() >= (m_postgres ? kPostgresRows : kRows) * m_columns.size()) {
            return flush();
        }
        return {};
    }

    Result<void> flush()
    {
        const qsizetype rows = m_values.size() / m_columns.size();
        if (rows == 0) {
            return {};
        }
        if (m_postgres) {
            return flushArrays(rows);
        }
        const QString one =
            QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(u',')) +
                            QStringList(rows, one).join(u',');
        if (m_prepared != rows) {
            m_query = QSqlQuery(m_db);
            if (!m_query.prepare(sql)) {
                return fail(Error::permanent(QStringLiteral("settlement.insert"),
                                             Settlements::tr("Could not prepare the insert into %1: %2")
                                                 .arg(m_table, m_query.lastError().text())));
            }
            m_prepared = rows;
        }
        for (qsizetype i = 0; i < m_values.size(); ++i) {
            m_query.bindValue(int(i), m_values.at(i));
        }
        return execute(rows);
    }

private:
    Result<void> flushArrays(qsizetype rows)
    {
        if (m_prepared == 0) {
            QStringList arrays;
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                arrays.append(QStringLiteral("?::%1[]").arg(m_types.at(c)));
            }
            m_query = QSqlQuery(m_db);
            if (!m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                                     .arg(m_table, m_columns.join(u','), arrays.join(u',')))) {
                return fail(Error::permanent(QStringLiteral("settlement.insert"),
                                             Settlements::tr("Could not prepare the insert into %1: %2")
                                                 .arg(m_table, m_query.lastError().text())));
            }
            m_prepared = 1;
        }
        const qsizetype width = m_columns.size();
        for (qsizetype c = 0; c < width; ++c) {
            const bool text = m_types.at(c) == QLatin1String("text");
            QString array;
            array.reserve(rows * 12);
            array += QLatin1Char('{');
            for (qsizetype r = 0; r < rows; ++r) {
                if (r > 0) {
                    array += QLatin1Char(',');
                }
                appendArrayElement(array, m_values.at(r * width + c), text);
            }
            array += QLatin1Char('}');
            m_query.bindValue(int(c), array);
        }
        return execute(rows);
    }

    Result<void> execute(qsizetype rows)
    {
        if (!m_query.exec()) {
            return fail(Error::transient(QStringLiteral("settlement.insert"),
                                         Settlements::tr("Could not insert %1 rows into %2: %3")
                                             .arg(rows)
                                             .arg(m_table, m_query.lastError().text())));
        }
        m_values.clear();
        return {};
    }

    static constexpr qsizetype kRows = 500;
    static constexpr qsizetype kPostgresRows = 5000;
    QSqlDatabase& m_db;
    bool m_postgres;
    QString m_table;
    QStringList m_columns;
    QStringList m_types;
    QVariantList m_values;
    QSqlQuery m_query;
    qsizetype m_prepared = 0;
};

QString dayText(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

Settlements::Settlements(std::shared_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QString Settlements::lineTypeId(LineType type)
{
    switch (type) {
    case LineType::Payment:
        return QStringLiteral("payment");
    case LineType::Refund:
        return QStringLiteral("refund");
    case LineType::Fee:
        return QStringLiteral("fee");
    case LineType::Chargeback:
        return QStringLiteral("chargeback");
    }
    return {};
}

std::optional<LineType> Settlements::lineTypeFrom(const QString& id)
{
    for (LineType t : {LineType::Payment, LineType::Refund, LineType::Fee, LineType::Chargeback}) {
        if (id.compare(lineTypeId(t), Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return std::nullopt;
}

QString Settlements::discrepancyId(Discrepancy d)
{
    switch (d) {
    case Discrepancy::None:
        return QStringLiteral("matched");
    case Discrepancy::MissingInSyspro:
        return QStringLiteral("missing_in_syspro");
    case Discrepancy::NotYetSettled:
        return QStringLiteral("not_yet_settled");
    case Discrepancy::AmountMismatch:
        return QStringLiteral("amount_mismatch");
    case Discrepancy::CurrencyMismatch:
        return QStringLiteral("currency_mismatch");
    case Discrepancy::DuplicateInSettlement:
        return QStringLiteral("duplicate_in_settlement");
    case Discrepancy::DuplicateInSyspro:
        return QStringLiteral("duplicate_in_syspro");
    case Discrepancy::RefundNotSettled:
        return QStringLiteral("refund_not_settled");
    case Discrepancy::Chargeback:
        return QStringLiteral("chargeback");
    case Discrepancy::FeeDifference:
        return QStringLiteral("fee_difference");
    case Discrepancy::UnknownTransaction:
        return QStringLiteral("unknown_transaction");
    case Discrepancy::MissingInSettlement:
        return QStringLiteral("missing_in_settlement");
    case Discrepancy::UncertainMatch:
        return QStringLiteral("uncertain_match");
    }
    return {};
}

QString Settlements::ruleId(reconcile::MatchRule rule)
{
    using reconcile::MatchRule;
    switch (rule) {
    case MatchRule::None:
        return QStringLiteral("none");
    case MatchRule::TransactionId:
        return QStringLiteral("transaction_id");
    case MatchRule::VendorTxCode:
        return QStringLiteral("vendor_tx_code");
    case MatchRule::AmountDateCard:
        return QStringLiteral("amount_date_card");
    case MatchRule::ChargebackJournal:
        return QStringLiteral("chargeback_journal");
    case MatchRule::FeeJournal:
        return QStringLiteral("fee_journal");
    }
    return {};
}

QString Settlements::resolutionId(reconcile::Resolution resolution)
{
    using reconcile::Resolution;
    switch (resolution) {
    case Resolution::None:
        return QStringLiteral("none");
    case Resolution::PostMissingReceipt:
        return QStringLiteral("post_missing_receipt");
    case Resolution::PostMissingCreditNote:
        return QStringLiteral("post_missing_credit_note");
    case Resolution::PostAdjustmentJournal:
        return QStringLiteral("post_adjustment_journal");
    case Resolution::ReverseDuplicate:
        return QStringLiteral("reverse_duplicate");
    case Resolution::WaitForNextBatch:
        return QStringLiteral("wait_for_next_batch");
    case Resolution::ConfirmMatch:
        return QStringLiteral("confirm_match");
    case Resolution::Investigate:
        return QStringLiteral("investigate");
    }
    return {};
}

Result<bool> Settlements::fileKnown(const QString& sha256) const
{
    bool known = false;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db, QStringLiteral("SELECT 1 FROM settlement_files WHERE sha256 = :sha"),
                                             {{"sha", sha256.toLower()}});
        if (!q) {
            return fail(q.error());
        }
        known = q->next();
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return known;
}

Result<bool> Settlements::batchKnown(const QString& acquirer, const QString& batchId) const
{
    bool known = false;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT 1 FROM settlement_batches WHERE acquirer = :acquirer AND batch_id = :batch"),
            {{"acquirer", acquirer}, {"batch", batchId}});
        if (!q) {
            return fail(q.error());
        }
        known = q->next();
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return known;
}

Result<SettlementRecordResult> Settlements::record(const QList<SettlementBatchRecord>& batches, SettlementSource source,
                                                   const std::optional<SettlementFileRecord>& file,
                                                   const QString& actor)
{
    for (const SettlementBatchRecord& batch : batches) {
        if (batch.batchId.trimmed().isEmpty() || batch.acquirer.trimmed().isEmpty() || !batch.settledOn.isValid()) {
            return fail(Error::permanent(
                QStringLiteral("settlement.batch"),
                tr("A settlement batch needs a batch id, an acquirer and a settlement date; batch \"%1\" of "
                   "acquirer \"%2\" dated \"%3\" lacks one, so nothing was recorded.")
                    .arg(batch.batchId, batch.acquirer, batch.settledOn.toString(Qt::ISODate))));
        }
        for (const SettlementLineRecord& line : batch.lines) {
            if (line.amount.minorUnits() <= 0 || line.feeMinor < 0) {
                return fail(Error::permanent(
                    QStringLiteral("settlement.line_amount"),
                    tr("Line %1 of settlement batch %2 (%3) has the amount %4 %5 and fee %6: amounts must be "
                       "positive (the line type says which way the money goes). Nothing was recorded.")
                        .arg(line.sourceLine)
                        .arg(batch.batchId, batch.acquirer, line.amount.toDecimalString(),
                             line.amount.currency().code())
                        .arg(line.feeMinor)));
            }
            if (!line.cardLastFour.isEmpty() &&
                (line.cardLastFour.size() != 4 || !std::all_of(line.cardLastFour.cbegin(), line.cardLastFour.cend(),
                                                               [](QChar c) { return c.isDigit(); }))) {
                return fail(Error::permanent(
                    QStringLiteral("settlement.line_card"),
                    tr("Line %1 of settlement batch %2 gives the card as \"%3\"; only the last four digits "
                       "are kept. Nothing was recorded.")
                        .arg(line.sourceLine)
                        .arg(batch.batchId,
                             line.cardLastFour.size() > 4 ? tr("(more than four characters)") : line.cardLastFour)));
            }
        }
    }
    SettlementRecordResult result;
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        result = {};
        QVariant fileId = nullLong();
        if (file) {
            Result<QSqlQuery> q = Database::exec(
                tx,
                QStringLiteral("INSERT INTO settlement_files (file_name, sha256, origin, imported_at, imported_by, "
                               "lines_read, lines_refused) VALUES (:name, :sha, :origin, :now, :actor, :read, "
                               ":refused) ON CONFLICT (sha256) DO NOTHING RETURNING id"),
                {{"name", file->fileName},
                 {"sha", file->sha256.toLower()},
                 {"origin", file->origin},
                 {"now", now},
                 {"actor", actor},
                 {"read", file->linesRead},
                 {"refused", file->linesRefused}});
            if (!q) {
                return fail(q.error());
            }
            if (!q->next()) {
                result.fileKnown = true;
                result.batchesKnown = int(batches.size());
                return {};
            }
            fileId = q->value(0).toLongLong();
        }
        const QString bigint = QStringLiteral("bigint");
        const QString text = QStringLiteral("text");
        const QString integer = QStringLiteral("integer");
        BatchInsert lines(tx, postgres, QStringLiteral("settlement_lines"),
                          {{QStringLiteral("batch_ref"), bigint},
                           {QStringLiteral("seq"), integer},
                           {QStringLiteral("line_type"), text},
                           {QStringLiteral("transaction_id"), text},
                           {QStringLiteral("vendor_tx_code"), text},
                           {QStringLiteral("amount_minor"), bigint},
                           {QStringLiteral("currency"), text},
                           {QStringLiteral("fee_minor"), bigint},
                           {QStringLiteral("card_last_four"), text},
                           {QStringLiteral("source_line"), integer}});
        for (const SettlementBatchRecord& batch : batches) {
            Result<QSqlQuery> q = Database::exec(
                tx,
                QStringLiteral("INSERT INTO settlement_batches (batch_id, acquirer, settled_on, completed_at, source, "
                               "file_id, imported_at) VALUES (:batch, :acquirer, :day, :completed, :source, :file, "
                               ":now) ON CONFLICT (acquirer, batch_id) DO NOTHING RETURNING id"),
                {{"batch", batch.batchId},
                 {"acquirer", batch.acquirer},
                 {"day", dayText(batch.settledOn)},
                 {"completed", batch.completedAtMs > 0 ? QVariant(batch.completedAtMs) : nullLong()},
                 {"source",
                  source == SettlementSource::Reporting ? QStringLiteral("reporting") : QStringLiteral("file")},
                 {"file", fileId},
                 {"now", now}});
            if (!q) {
                return fail(q.error());
            }
            if (!q->next()) {
                ++result.batchesKnown;
                continue;
            }
            const qint64 ref = q->value(0).toLongLong();
            ++result.batchesAdded;
            for (const SettlementGroupRecord& g : batch.groups) {
                Result<QSqlQuery> inserted = Database::exec(
                    tx,
                    QStringLiteral("INSERT INTO settlement_batch_groups (batch_ref, currency, payment_number, "
                                   "payment_minor, refund_number, refund_minor) VALUES (:ref, :currency, :pn, :pv, "
                                   ":rn, :rv)"),
                    {{"ref", ref},
                     {"currency", g.currency},
                     {"pn", g.paymentNumber},
                     {"pv", g.paymentMinor},
                     {"rn", g.refundNumber},
                     {"rv", g.refundMinor}});
                if (!inserted) {
                    return fail(inserted.error());
                }
            }
            int seq = 0;
            for (const SettlementLineRecord& line : batch.lines) {
                Result<void> added = lines.add(
                    {ref, ++seq, lineTypeId(line.type), nullIfEmpty(line.transactionId), nullIfEmpty(line.vendorTxCode),
                     line.amount.minorUnits(), line.amount.currency().code(), line.feeMinor,
                     nullIfEmpty(line.cardLastFour), line.sourceLine > 0 ? QVariant(line.sourceLine) : nullLong()});
                if (!added) {
                    return fail(added.error());
                }
                ++result.linesAdded;
            }
        }
        return lines.flush();
    });
    if (!ok) {
        return fail(ok.error());
    }
    return result;
}

Result<QList<SettlementBatchRecord>> Settlements::batches(const QDate& from, const QDate& to) const
{
    QList<SettlementBatchRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral("SELECT b.id, b.batch_id, b.acquirer, b.settled_on, b.completed_at, g.currency, "
                           "g.payment_number, g.payment_minor, g.refund_number, g.refund_minor FROM settlement_batches "
                           "b LEFT JOIN settlement_batch_groups g ON g.batch_ref = b.id WHERE b.settled_on >= :from "
                           "AND b.settled_on <= :to ORDER BY b.settled_on, b.acquirer, b.batch_id, g.currency"),
            {{"from", dayText(from)}, {"to", dayText(to)}});
        if (!q) {
            return fail(q.error());
        }
        qint64 last = -1;
        while (q->next()) {
            if (q->value(0).toLongLong() != last) {
                last = q->value(0).toLongLong();
                SettlementBatchRecord b;
                b.batchId = q->value(1).toString();
                b.acquirer = q->value(2).toString();
                b.settledOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
                b.completedAtMs = q->value(4).toLongLong();
                out.append(b);
            }
            if (!q->value(5).isNull()) {
                out.last().groups.append({q->value(5).toString(), q->value(6).toInt(), q->value(7).toLongLong(),
                                          q->value(8).toInt(), q->value(9).toLongLong()});
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<SettlementPeriod> Settlements::load(const QDate& from, const QDate& to,
                                           const reconcile::MatchOptions& options) const
{
    using namespace reconcile;
    SettlementPeriod period;
    period.from = from;
    period.to = to;
    SettlementInput& in = period.input;
    Result<void> ok = m_database->readSnapshot([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral(
                "SELECT l.id, b.batch_id, b.acquirer, b.settled_on, l.line_type, l.transaction_id, "
                "l.vendor_tx_code, l.amount_minor, l.currency, l.fee_minor, l.card_last_four, l.seq FROM "
                "settlement_lines l JOIN settlement_batches b ON b.id = l.batch_ref WHERE b.settled_on >= "
                ":dayFirst AND b.settled_on <= :dayLast ORDER BY b.settled_on, b.acquirer, b.batch_id, l.seq"),
            {{"dayFirst", dayText(from)}, {"dayLast", dayText(to)}});
        if (!q) {
            return fail(q.error());
        }
        QHash<QString, Currency> currencies;
        auto currencyOf = [&](const QString& code) -> Result<Currency> {
            if (auto it = currencies.constFind(code); it != currencies.constEnd()) {
                return *it;
            }
            Result<Currency> c = Currency::fromCode(code);
            if (c) {
                currencies.insert(code, *c);
            }
            return c;
        };
        while (q->next()) {
            SettlementLine line{.amount = Money::zero(Currency::of("GBP"))};
            line.batch = in.strings.intern(q->value(1).toString());
            line.acquirer = in.strings.intern(q->value(2).toString());
            line.settlementDay =
                qint32(QDate(1970, 1, 1).daysTo(QDate::fromString(q->value(3).toString(), Qt::ISODate)));
            line.type = lineTypeFrom(q->value(4).toString()).value_or(LineType::Payment);
            line.transactionId = in.strings.intern(q->value(5).toString());
            line.vendorTxCode = in.strings.intern(q->value(6).toString());
            Result<Currency> c = currencyOf(q->value(8).toString());
            if (!c) {
                return fail(c.error());
            }
            line.amount = Money(q->value(7).toLongLong(), *c);
            line.feeMinor = q->value(9).toLongLong();
            const QString four = q->value(10).toString();
            line.cardLastFour = four.isEmpty() ? kNoLastFour : qint16(four.toInt());
            in.lines.push_back(line);
            period.lineIds.push_back(q->value(0).toLongLong());
            period.lineSeqs.push_back(q->value(11).toInt());
        }
        // Ledger entries: those that could be in the period's batches, and any a line names.
        const qint64 fromMs =
            QDateTime(from.addDays(-options.settlementLagDays), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        Result<QSqlQuery> e = Database::exec(
            db,
            QStringLiteral(
                "SELECT p.transaction_id, p.kind, p.original_transaction_id, p.vendor_tx_code, p.amount_minor, "
                "p.currency, p.occurred_at FROM payments p WHERE (p.occurred_at >= :msStart AND p.occurred_at < "
                ":msEnd) "
                "OR p.transaction_id IN (SELECT l.transaction_id FROM settlement_lines l JOIN settlement_batches b ON "
                "b.id = l.batch_ref WHERE b.settled_on >= :dayFirst AND b.settled_on <= :dayLast AND l.transaction_id "
                "IS NOT "
                "NULL) ORDER BY p.occurred_at, p.transaction_id"),
            {{"msStart", fromMs}, {"msEnd", toMs}, {"dayFirst", dayText(from)}, {"dayLast", dayText(to)}});
        if (!e) {
            return fail(e.error());
        }
        while (e->next()) {
            LedgerEntry entry{.amount = Money::zero(Currency::of("GBP"))};
            entry.transactionId = in.strings.intern(e->value(0).toString());
            entry.kind = e->value(1).toString() == QLatin1String("refund") ? EntryKind::Refund : EntryKind::Payment;
            entry.originalTransactionId = in.strings.intern(e->value(2).toString());
            entry.vendorTxCode = in.strings.intern(e->value(3).toString());
            Result<Currency> c = currencyOf(e->value(5).toString());
            if (!c) {
                return fail(c.error());
            }
            entry.amount = Money(e->value(4).toLongLong(), *c);
            entry.occurredAtMs = e->value(6).toLongLong();
            if (entry.amount.minorUnits() <= 0) {
                continue; // a zero-amount row (an authorisation only) is nothing to settle
            }
            in.entries.push_back(entry);
        }
        // SYSPRO documents of those entries (the payment's amount: ledger_links has none) and
        // the journals posted for a transaction (a lost chargeback's) or for a batch (fees).
        Result<QSqlQuery> d = Database::exec(
            db,
            QStringLiteral(
                "SELECT k.transaction_id, k.command_kind, k.document_key, p.amount_minor, p.currency, "
                "p.kind FROM ledger_links k LEFT JOIN payments p ON p.transaction_id = k.transaction_id "
                "WHERE k.command_kind IN ('ARSTPY', 'ARSTIN', 'SORTCH', 'GENTJL') AND (k.transaction_id IN (SELECT "
                "p2.transaction_id FROM payments p2 WHERE p2.occurred_at >= :msStart AND p2.occurred_at < "
                ":msEnd) OR k.transaction_id IN (SELECT l.transaction_id FROM settlement_lines l JOIN "
                "settlement_batches b ON b.id = l.batch_ref WHERE b.settled_on >= :dayFirst AND b.settled_on "
                "<= :dayLast) OR k.transaction_id IN (SELECT b.batch_id FROM settlement_batches b WHERE "
                "b.settled_on >= :dayFirst AND b.settled_on <= :dayLast)) ORDER BY k.id"),
            {{"msStart", fromMs}, {"msEnd", toMs}, {"dayFirst", dayText(from)}, {"dayLast", dayText(to)}});
        if (!d) {
            return fail(d.error());
        }
        // What the period's fee lines add up to per batch, and its chargeback lines per transaction:
        // the amounts of the journals that answer them (ledger_links has no amounts).
        std::unordered_map<StringId, Money> feesOf;
        std::unordered_map<StringId, Money> chargebacksOf;
        for (const SettlementLine& l : in.lines) {
            if (l.type != LineType::Fee && l.type != LineType::Chargeback) {
                continue;
            }
            auto& sums = l.type == LineType::Fee ? feesOf : chargebacksOf;
            const StringId key = l.type == LineType::Fee ? l.batch : l.transactionId;
            auto [it, added] = sums.emplace(key, l.amount);
            if (!added && it->second.currency() == l.amount.currency()) {
                it->second = Money(it->second.minorUnits() + l.amount.minorUnits(), l.amount.currency());
            }
        }
        while (d->next()) {
            const QString kind = d->value(1).toString();
            const bool refund = d->value(5).toString() == QLatin1String("refund");
            SysproDocument doc{.amount = Money::zero(Currency::of("GBP"))};
            doc.key = in.strings.intern(d->value(0).toString());
            doc.reference = in.strings.intern(d->value(2).toString());
            if (kind == QLatin1String("ARSTIN") && !refund) {
                continue; // a debit note (a lost chargeback) is not a refund's credit note
            }
            if (kind == QLatin1String("GENTJL")) {
                if (const auto cb = chargebacksOf.find(doc.key); cb != chargebacksOf.end()) {
                    doc.kind = DocumentKind::Journal; // a lost chargeback's journal
                    doc.amount = cb->second;
                } else if (const auto fee = feesOf.find(doc.key); fee != feesOf.end()) {
                    doc.kind = DocumentKind::Journal; // the batch's fee journal
                    doc.amount = fee->second;
                } else if (!d->value(3).isNull()) {
                    // syspro/receiptFallback=glJournal: the payment's receipt (or the refund's
                    // credit note) was posted as a journal.
                    doc.kind = refund ? DocumentKind::CreditNote : DocumentKind::Receipt;
                } else {
                    continue; // a journal for nothing in this period
                }
            } else {
                doc.kind = kind == QLatin1String("ARSTPY") ? DocumentKind::Receipt : DocumentKind::CreditNote;
            }
            if (doc.kind != DocumentKind::Journal) {
                if (d->value(3).isNull()) {
                    continue; // a document whose payment is not in the ledger
                }
                Result<Currency> c = currencyOf(d->value(4).toString());
                if (!c) {
                    return fail(c.error());
                }
                doc.amount = Money(d->value(3).toLongLong(), *c);
            }
            in.documents.push_back(doc);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return period;
}

QJsonObject Settlements::summaryJson(const reconcile::SettlementInput& input, const reconcile::Reconciliation& result)
{
    using namespace reconcile;
    QJsonArray batches;
    qint64 lines = 0;
    qint64 matched = 0;
    QJsonObject totals;
    QHash<QString, qint64> classCounts;
    for (const BatchSummary& s : result.summaries) {
        QJsonObject classes;
        for (int c = 1; c < kDiscrepancyCount; ++c) {
            const ClassTotal& t = s.byClass.at(std::size_t(c));
            if (t.count == 0) {
                continue;
            }
            const Currency currency = Currency::fromCode(s.currencyCode).value_or(Currency::of("GBP"));
            classes.insert(discrepancyId(Discrepancy(c)),
                           QJsonObject{{QStringLiteral("count"), t.count},
                                       {QStringLiteral("amount"), Money(t.amountMinor, currency).toDecimalString()}});
            classCounts[discrepancyId(Discrepancy(c))] += t.count;
        }
        const Currency currency = Currency::fromCode(s.currencyCode).value_or(Currency::of("GBP"));
        auto money = [&](qint64 minor) { return Money(minor, currency).toDecimalString(); };
        batches.append(QJsonObject{{QStringLiteral("batch"), input.strings.text(s.batch)},
                                   {QStringLiteral("currency"), s.currencyCode},
                                   {QStringLiteral("lines"), s.lines},
                                   {QStringLiteral("matched"), s.matched},
                                   {QStringLiteral("gross"), money(s.grossMinor)},
                                   {QStringLiteral("refunds"), money(s.refundsMinor)},
                                   {QStringLiteral("chargebacks"), money(s.chargebacksMinor)},
                                   {QStringLiteral("fees"), money(s.feesMinor)},
                                   {QStringLiteral("net"), money(s.netMinor)},
                                   {QStringLiteral("classes"), classes}});
        lines += s.lines;
        matched += s.matched;
    }
    QJsonObject classes;
    for (auto it = classCounts.cbegin(); it != classCounts.cend(); ++it) {
        classes.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("lines"), lines},
                       {QStringLiteral("matched"), matched},
                       {QStringLiteral("ledgerEntries"), qint64(input.entries.size())},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("batches"), batches}};
}

namespace {

/// What reconcile::Reconciliation::evidenceForLine/Entry take from the run beyond the row's own
/// columns and sides (migration 0015), or null when there is nothing: most matched rows.
QVariant evidenceJson(const SettlementPeriod& period, const reconcile::Reconciliation& result,
                      const reconcile::Outcome& o, bool isLine)
{
    using namespace reconcile;
    const SettlementInput& in = period.input;
    QJsonObject json;
    if (isLine && o.document != kNone && o.document < in.documents.size()) {
        const SysproDocument& d = in.documents[o.document];
        json.insert(QStringLiteral("document"), in.strings.text(d.reference));
        json.insert(QStringLiteral("documentMinor"), d.amount.minorUnits());
        json.insert(QStringLiteral("documentCurrency"), d.amount.currency().code());
    }
    if (isLine && o.related != kNone) {
        if (o.discrepancy == Discrepancy::DuplicateInSettlement && o.related < period.lineIds.size()) {
            json.insert(QStringLiteral("relatedLine"), period.lineIds[o.related]);
        } else if (o.discrepancy == Discrepancy::UncertainMatch && o.related < in.entries.size()) {
            json.insert(QStringLiteral("relatedEntry"), in.strings.text(in.entries[o.related].transactionId));
        }
    }
    if (o.group != kNone && o.group < result.groups.size()) {
        json.insert(QStringLiteral("groupLines"), qint64(result.groups[o.group].lines.size()));
        json.insert(QStringLiteral("groupEntries"), qint64(result.groups[o.group].entries.size()));
    }
    if (json.isEmpty()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> Settlements::storeRun(const SettlementPeriod& period, const reconcile::Reconciliation& result,
                                     const reconcile::MatchOptions& options, const QString& actor)
{
    using namespace reconcile;
    const SettlementInput& in = period.input;
    if (result.lines.size() != in.lines.size() || result.entries.size() != in.entries.size() ||
        period.lineIds.size() != in.lines.size()) {
        return fail(Error::permanent(QStringLiteral("settlement.run_shape"),
                                     tr("The reconciliation does not belong to the loaded period (%1 lines and %2 "
                                        "entries loaded, %3 and %4 in the result); run it again.")
                                         .arg(in.lines.size())
                                         .arg(in.entries.size())
                                         .arg(result.lines.size())
                                         .arg(result.entries.size())));
    }
    const QJsonObject summary = summaryJson(in, result);
    const QJsonObject optionsJson{{QStringLiteral("amountToleranceMinor"), options.amountToleranceMinor},
                                  {QStringLiteral("feeToleranceBasisPoints"), options.feeToleranceBasisPoints},
                                  {QStringLiteral("dateWindowDays"), options.dateWindowDays},
                                  {QStringLiteral("settlementLagDays"), options.settlementLagDays},
                                  {QStringLiteral("autoMatchConfidence"), options.autoMatchConfidence},
                                  {QStringLiteral("ambiguityMargin"), options.ambiguityMargin}};
    qint64 runId = 0;
    const qint64 now = m_clock.nowMsecs();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            tx,
            QStringLiteral("INSERT INTO reconcile_runs (started_at, started_by, period_from, period_to, options, "
                           "summary, lines, matched) VALUES (:now, :actor, :from, :to, :options, :summary, :lines, "
                           ":matched) RETURNING id"),
            {{"now", now},
             {"actor", actor},
             {"from", dayText(period.from)},
             {"to", dayText(period.to)},
             {"options", QString::fromUtf8(QJsonDocument(optionsJson).toJson(QJsonDocument::Compact))},
             {"summary", QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))},
             {"lines", qint64(in.lines.size())},
             {"matched", result.matchedLines()}});
        if (!q) {
            return fail(q.error());
        }
        Result<qint64> id = insertedId(*q);
        if (!id) {
            return fail(id.error());
        }
        runId = *id;
        const QString bigint = QStringLiteral("bigint");
        const QString text = QStringLiteral("text");
        const QString integer = QStringLiteral("integer");
        BatchInsert rows(tx, m_database->isPostgres(), QStringLiteral("reconcile_results"),
                         {{QStringLiteral("run_id"), bigint},
                          {QStringLiteral("side"), text},
                          {QStringLiteral("line_ref"), bigint},
                          {QStringLiteral("transaction_id"), text},
                          {QStringLiteral("batch_id"), text},
                          {QStringLiteral("class"), text},
                          {QStringLiteral("rule"), text},
                          {QStringLiteral("confidence"), integer},
                          {QStringLiteral("counterpart_transaction_id"), text},
                          {QStringLiteral("counterpart_line_ref"), bigint},
                          {QStringLiteral("amount_minor"), bigint},
                          {QStringLiteral("currency"), text},
                          {QStringLiteral("difference_minor"), bigint},
                          {QStringLiteral("resolution"), text},
                          {QStringLiteral("evidence"), text}});
        const QString lineSide = QStringLiteral("line");
        const QString entrySide = QStringLiteral("entry");
        std::array<QString, kDiscrepancyCount> classIds;
        for (int c = 0; c < kDiscrepancyCount; ++c) {
            classIds.at(std::size_t(c)) = discrepancyId(Discrepancy(c));
        }
        for (std::size_t i = 0; i < in.lines.size(); ++i) {
            const SettlementLine& l = in.lines[i];
            const Outcome& o = result.lines[i];
            Result<void> added = rows.add(
                {runId, lineSide, period.lineIds[i], nullIfEmpty(in.strings.text(l.transactionId)),
                 in.strings.text(l.batch), classIds.at(std::size_t(o.discrepancy)), ruleId(o.rule), int(o.confidence),
                 o.counterpart != kNone ? nullIfEmpty(in.strings.text(in.entries[o.counterpart].transactionId))
                                        : QVariant(QMetaType::fromType<QString>()),
                 nullLong(), l.amount.minorUnits(), l.amount.currency().code(), o.difference,
                 resolutionId(o.resolution), evidenceJson(period, result, o, true)});
            if (!added) {
                return fail(added.error());
            }
        }
        for (std::size_t i = 0; i < in.entries.size(); ++i) {
            const LedgerEntry& e = in.entries[i];
            const Outcome& o = result.entries[i];
            const bool hasLine = o.counterpart != kNone && o.counterpart < period.lineIds.size();
            Result<void> added = rows.add({runId, entrySide, nullLong(), in.strings.text(e.transactionId),
                                           hasLine ? QVariant(in.strings.text(in.lines[o.counterpart].batch))
                                                   : QVariant(QMetaType::fromType<QString>()),
                                           classIds.at(std::size_t(o.discrepancy)), ruleId(o.rule), int(o.confidence),
                                           QVariant(QMetaType::fromType<QString>()),
                                           hasLine ? QVariant(period.lineIds[o.counterpart]) : nullLong(),
                                           e.amount.minorUnits(), e.amount.currency().code(), o.difference,
                                           resolutionId(o.resolution), evidenceJson(period, result, o, false)});
            if (!added) {
                return fail(added.error());
            }
        }
        if (Result<void> flushed = rows.flush(); !flushed) {
            return flushed;
        }
        // Items resolved (or proposed) in an earlier run keep that state instead of opening again.
        return Resolutions::applyToRun(tx, runId);
    });
    if (!ok) {
        return fail(ok.error());
    }
    if (m_database->isPostgres()) {
        // A run adds up to millions of rows at once: fresh statistics and visibility map now, not
        // whenever autovacuum comes, so that the grid's first reads of this run use the indexes
        // (without them: 2.3 s for a window in the middle of a million rows; with them 0.12 s).
        // VACUUM cannot run in a transaction; failing only costs speed, so it is logged.
        Result<QSqlDatabase> db = m_database->connection();
        if (!db) {
            log::get("store")->warn("reconciliation run {}: no connection for VACUUM (ANALYZE): {}", runId,
                                    db.error().toString().toStdString());
        } else if (Result<QSqlQuery> vacuumed =
                       Database::exec(*db, QStringLiteral("VACUUM (ANALYZE) reconcile_results"));
                   !vacuumed) {
            log::get("store")->warn("reconciliation run {}: VACUUM (ANALYZE) reconcile_results failed: {}", runId,
                                    vacuumed.error().toString().toStdString());
        }
    }
    return runId;
}

Result<std::optional<ReconcileRunRecord>> Settlements::run(qint64 id) const
{
    std::optional<ReconcileRunRecord> found;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT id, started_by, started_at, lines, matched FROM reconcile_runs WHERE id = :id"),
            {{"id", id}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            found = ReconcileRunRecord{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                                       q->value(3).toLongLong(), q->value(4).toLongLong()};
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

Result<QHash<QString, qint64>> Settlements::resultCounts(qint64 runId) const
{
    QHash<QString, qint64> counts;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT class, COUNT(*) FROM reconcile_results WHERE run_id = :run GROUP BY class"),
            {{"run", runId}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            counts.insert(q->value(0).toString(), q->value(1).toLongLong());
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return counts;
}

} // namespace bridge::store
