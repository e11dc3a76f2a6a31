// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/ReconcileReads.h"

#include "core/Currency.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace bridge::store {

namespace {

using reconcile::Discrepancy;

struct Where {
    QStringList clauses;
    QVariantMap bindings;

    [[nodiscard]] QString sql() const { return clauses.join(QStringLiteral(" AND ")); }
};

QDate dayFrom(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Currency currencyOr(const QString& code)
{
    return Currency::fromCode(code).value_or(Currency::of("GBP"));
}

/// A decimal amount of the run's summary ("12.34", "-0.50") back to minor units.
qint64 summaryMinor(const QJsonValue& value, const Currency& currency)
{
    Result<Money> m = Money::parse(value.toString(), currency);
    return m ? m->minorUnits() : 0;
}

/// The discrepancy ids as an SQL list ('missing_in_syspro', …): constants, not user input.
QString discrepancyList()
{
    QStringList ids;
    for (int c = 1; c < reconcile::kDiscrepancyCount; ++c) {
        ids.append(QLatin1Char('\'') + Settlements::discrepancyId(Discrepancy(c)) + QLatin1Char('\''));
    }
    return ids.join(QLatin1Char(','));
}

const QString kRunColumns = QStringLiteral(
    "SELECT r.id, r.started_at, r.started_by, r.period_from, r.period_to, r.lines, r.matched, r.summary FROM "
    "reconcile_runs r");

ReconcileRunRow runFrom(const QSqlQuery& q)
{
    ReconcileRunRow row;
    row.id = q.value(0).toLongLong();
    row.startedAt = q.value(1).toLongLong();
    row.startedBy = q.value(2).toString();
    row.from = dayFrom(q.value(3));
    row.to = dayFrom(q.value(4));
    row.lines = q.value(5).toLongLong();
    row.matched = q.value(6).toLongLong();
    row.ledgerEntries = QJsonDocument::fromJson(q.value(7).toString().toUtf8())
                            .object()
                            .value(QStringLiteral("ledgerEntries"))
                            .toInteger();
    return row;
}

Result<qint64> openCount(QSqlDatabase& db, qint64 runId)
{
    Result<QSqlQuery> q =
        Database::exec(db,
                       QStringLiteral("SELECT COUNT(*) FROM reconcile_results WHERE run_id = :run AND class IN (%1) "
                                      "AND status = 'open'")
                           .arg(discrepancyList()),
                       {{"run", runId}});
    if (!q) {
        return fail(q.error());
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<Where> whereFor(const ReconcileFilter& f)
{
    if (Result<void> ok = ReconcileReads::validate(f); !ok) {
        return fail(ok.error());
    }
    Where w;
    w.clauses.append(QStringLiteral("r.run_id = :run"));
    w.bindings.insert(QStringLiteral("run"), f.runId);
    if (f.side != ReconcileFilter::Side::Both) {
        w.clauses.append(QStringLiteral("r.side = :side"));
        w.bindings.insert(QStringLiteral("side"),
                          f.side == ReconcileFilter::Side::Lines ? QStringLiteral("line") : QStringLiteral("entry"));
    }
    if (f.batchId) {
        if (f.batchId->isEmpty()) {
            w.clauses.append(QStringLiteral("r.batch_id IS NULL"));
        } else {
            w.clauses.append(QStringLiteral("r.batch_id = :batch"));
            w.bindings.insert(QStringLiteral("batch"), *f.batchId);
        }
    }
    switch (f.classes) {
    case ReconcileFilter::Classes::Any:
        break;
    case ReconcileFilter::Classes::Discrepancies:
        w.clauses.append(QStringLiteral("r.class IN (%1)").arg(discrepancyList()));
        break;
    case ReconcileFilter::Classes::Class:
        w.clauses.append(QStringLiteral("r.class = :class"));
        w.bindings.insert(QStringLiteral("class"), f.classId);
        break;
    }
    if (!f.status.isEmpty()) {
        // A status is a discrepancy's (matched rows have none to speak of): through the class
        // index, not a scan of the run.
        if (f.classes == ReconcileFilter::Classes::Any) {
            w.clauses.append(QStringLiteral("r.class IN (%1)").arg(discrepancyList()));
        }
        w.clauses.append(QStringLiteral("r.status = :status"));
        w.bindings.insert(QStringLiteral("status"), f.status);
    }
    if (!f.amountFrom.trimmed().isEmpty() || !f.amountTo.trimmed().isEmpty()) {
        const Currency currency = Currency::fromCode(f.currency).value_or(Currency::of("GBP"));
        w.clauses.append(QStringLiteral("r.currency = :currency"));
        w.bindings.insert(QStringLiteral("currency"), currency.code());
        if (!f.amountFrom.trimmed().isEmpty()) {
            w.clauses.append(QStringLiteral("r.amount_minor >= :amountFrom"));
            w.bindings.insert(QStringLiteral("amountFrom"),
                              Money::parse(f.amountFrom.trimmed(), currency).value().minorUnits());
        }
        if (!f.amountTo.trimmed().isEmpty()) {
            w.clauses.append(QStringLiteral("r.amount_minor <= :amountTo"));
            w.bindings.insert(QStringLiteral("amountTo"),
                              Money::parse(f.amountTo.trimmed(), currency).value().minorUnits());
        }
    } else if (!f.currency.isEmpty()) {
        w.clauses.append(QStringLiteral("r.currency = :currency"));
        w.bindings.insert(QStringLiteral("currency"), f.currency);
    }
    const QString prefix = f.referencePrefix.trimmed();
    if (!prefix.isEmpty()) {
        // The row's transactionId, its counterpart's, or a vendorTxCode of the ledger (through
        // payments_vendor_tx_code): four index ranges of this run (migration 0014) whose row ids
        // drive the query. The run's own condition is then only a check ("+"), or SQLite would
        // walk the whole run on another index and test every row against the list.
        w.clauses.first() = QStringLiteral("+r.run_id = :run");
        w.clauses.append(QStringLiteral(
            "r.id IN (SELECT id FROM reconcile_results WHERE run_id = :run AND transaction_id >= :refLo AND "
            "transaction_id < :refHi UNION ALL SELECT id FROM reconcile_results WHERE run_id = :run AND "
            "counterpart_transaction_id >= :refLo AND counterpart_transaction_id < :refHi UNION ALL SELECT id FROM "
            "reconcile_results WHERE run_id = :run AND transaction_id IN (SELECT transaction_id FROM payments WHERE "
            "vendor_tx_code >= :refLo AND vendor_tx_code < :refHi) UNION ALL SELECT id FROM reconcile_results WHERE "
            "run_id = :run AND counterpart_transaction_id IN (SELECT transaction_id FROM payments WHERE "
            "vendor_tx_code >= :refLo AND vendor_tx_code < :refHi))"));
        w.bindings.insert(QStringLiteral("refLo"), prefix);
        w.bindings.insert(QStringLiteral("refHi"), Database::prefixUpper(prefix));
    }
    return w;
}

ReconcileResultRow resultFrom(const QSqlQuery& q)
{
    // r.id, r.side, r.batch_id, r.transaction_id, r.class, r.rule, r.confidence,
    // r.counterpart_transaction_id, r.amount_minor, r.currency, r.difference_minor, r.resolution,
    // r.status, l.line_type, l.vendor_tx_code, p.kind, p.vendor_tx_code, cl.seq, cb.batch_id,
    // r.resolution_id
    ReconcileResultRow row;
    row.id = q.value(0).toLongLong();
    row.isLine = q.value(1).toString() == QLatin1String("line");
    row.batchId = q.value(2).toString();
    row.transactionId = q.value(3).toString();
    row.classId = q.value(4).toString();
    row.discrepancy = ReconcileReads::discrepancyFrom(row.classId).value_or(Discrepancy::None);
    row.rule = ReconcileReads::ruleFrom(q.value(5).toString()).value_or(reconcile::MatchRule::None);
    row.confidence = q.value(6).toInt();
    row.amount = Money(q.value(8).toLongLong(), currencyOr(q.value(9).toString()));
    row.differenceMinor = q.value(10).toLongLong();
    row.resolution = ReconcileReads::resolutionFrom(q.value(11).toString()).value_or(reconcile::Resolution::None);
    row.status = q.value(12).toString();
    if (!q.value(19).isNull()) {
        row.resolutionId = q.value(19).toLongLong();
    }
    if (row.isLine) {
        row.type = q.value(13).toString();
        row.vendorTxCode = q.value(14).toString();
        row.counterpart = q.value(7).toString();
    } else {
        row.type = q.value(15).toString();
        row.vendorTxCode = q.value(16).toString();
        if (!q.value(17).isNull()) {
            row.counterpart = QStringLiteral("%1#%2").arg(q.value(18).toString()).arg(q.value(17).toInt());
        }
    }
    return row;
}

const QString kRowJoins = QStringLiteral(
    "SELECT r.id, r.side, r.batch_id, r.transaction_id, r.class, r.rule, r.confidence, "
    "r.counterpart_transaction_id, r.amount_minor, r.currency, r.difference_minor, r.resolution, r.status, "
    "l.line_type, l.vendor_tx_code, p.kind, p.vendor_tx_code, cl.seq, cb.batch_id, r.resolution_id FROM %1 r "
    "LEFT JOIN settlement_lines l ON l.id = r.line_ref "
    "LEFT JOIN payments p ON r.side = 'entry' AND p.transaction_id = r.transaction_id "
    "LEFT JOIN settlement_lines cl ON cl.id = r.counterpart_line_ref "
    "LEFT JOIN settlement_batches cb ON cb.id = cl.batch_ref");

} // namespace

ReconcileReads::ReconcileReads(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

QStringList ReconcileReads::classIds()
{
    QStringList ids;
    for (int c = 0; c < reconcile::kDiscrepancyCount; ++c) {
        ids.append(Settlements::discrepancyId(Discrepancy(c)));
    }
    return ids;
}

std::optional<reconcile::Discrepancy> ReconcileReads::discrepancyFrom(const QString& id)
{
    for (int c = 0; c < reconcile::kDiscrepancyCount; ++c) {
        if (Settlements::discrepancyId(Discrepancy(c)) == id) {
            return Discrepancy(c);
        }
    }
    return std::nullopt;
}

std::optional<reconcile::MatchRule> ReconcileReads::ruleFrom(const QString& id)
{
    for (int r = 0; r <= int(reconcile::MatchRule::FeeJournal); ++r) {
        if (Settlements::ruleId(reconcile::MatchRule(r)) == id) {
            return reconcile::MatchRule(r);
        }
    }
    return std::nullopt;
}

std::optional<reconcile::Resolution> ReconcileReads::resolutionFrom(const QString& id)
{
    for (int r = 0; r <= int(reconcile::Resolution::Investigate); ++r) {
        if (Settlements::resolutionId(reconcile::Resolution(r)) == id) {
            return reconcile::Resolution(r);
        }
    }
    return std::nullopt;
}

Result<QList<ReconcileRunRow>> ReconcileReads::runs(int limit) const
{
    QList<ReconcileRunRow> rows;
    Result<void> ok = m_database->readSnapshot([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db, kRunColumns + QStringLiteral(" ORDER BY r.id DESC LIMIT :limit"),
                                             {{"limit", qMax(1, limit)}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            rows.append(runFrom(*q));
        }
        for (ReconcileRunRow& row : rows) {
            Result<qint64> open = openCount(db, row.id);
            if (!open) {
                return fail(open.error());
            }
            row.openDiscrepancies = *open;
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return rows;
}

Result<std::optional<ReconcileRunRow>> ReconcileReads::run(qint64 runId) const
{
    std::optional<ReconcileRunRow> row;
    Result<void> ok = m_database->readSnapshot([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db, kRunColumns + QStringLiteral(" WHERE r.id = :id"), {{"id", runId}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return {};
        }
        row = runFrom(*q);
        Result<qint64> open = openCount(db, runId);
        if (!open) {
            return fail(open.error());
        }
        row->openDiscrepancies = *open;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return row;
}

Result<QList<ReconcileBatchRow>> ReconcileReads::batches(qint64 runId) const
{
    QList<ReconcileBatchRow> rows;
    Result<void> ok = m_database->readSnapshot([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> run = Database::exec(
            db, QStringLiteral("SELECT period_from, period_to, summary FROM reconcile_runs WHERE id = :id"),
            {{"id", runId}});
        if (!run) {
            return fail(run.error());
        }
        if (!run->next()) {
            return fail(Error::permanent(QStringLiteral("reconcile.no_run"),
                                         tr("There is no reconciliation run %1; choose one of the list.").arg(runId)));
        }
        const QString from = run->value(0).toString();
        const QString to = run->value(1).toString();
        const QJsonObject summary = QJsonDocument::fromJson(run->value(2).toString().toUtf8()).object();

        QHash<QString, std::pair<QString, QDate>> known; // batch id → acquirer, day
        Result<QSqlQuery> b = Database::exec(
            db,
            QStringLiteral("SELECT batch_id, acquirer, settled_on FROM settlement_batches WHERE settled_on >= :from "
                           "AND settled_on <= :to ORDER BY settled_on, acquirer, batch_id"),
            {{"from", from}, {"to", to}});
        if (!b) {
            return fail(b.error());
        }
        while (b->next()) {
            known.insert(b->value(0).toString(), {b->value(1).toString(), dayFrom(b->value(2))});
        }
        QHash<QString, qint64> open; // batch id ("" for none) → open discrepancies
        Result<QSqlQuery> o =
            Database::exec(db,
                           // The discrepancies through the class index; SQLite would otherwise group
                           // along the batch index, through the whole run (0.86 s against 0.03 s at a
                           // million rows): a unary + there.
                           QStringLiteral("SELECT batch_id, COUNT(*) FROM reconcile_results WHERE run_id = :run AND "
                                          "class IN (%1) AND status = 'open' GROUP BY %2batch_id")
                               .arg(discrepancyList(), m_database->isPostgres() ? QString() : QStringLiteral("+")),
                           {{"run", runId}});
        if (!o) {
            return fail(o.error());
        }
        while (o->next()) {
            open.insert(o->value(0).toString(), o->value(1).toLongLong());
        }
        QSet<QString> counted;
        const QJsonArray list = summary.value(QStringLiteral("batches")).toArray();
        for (const QJsonValue& v : list) {
            const QJsonObject s = v.toObject();
            ReconcileBatchRow row;
            row.batchId = s.value(QStringLiteral("batch")).toString();
            row.currency = s.value(QStringLiteral("currency")).toString();
            const Currency currency = currencyOr(row.currency);
            const auto k = known.constFind(row.batchId);
            if (k != known.constEnd()) {
                row.acquirer = k->first;
                row.settledOn = k->second;
            }
            row.lines = s.value(QStringLiteral("lines")).toInteger();
            row.matched = s.value(QStringLiteral("matched")).toInteger();
            row.grossMinor = summaryMinor(s.value(QStringLiteral("gross")), currency);
            row.refundsMinor = summaryMinor(s.value(QStringLiteral("refunds")), currency);
            row.chargebacksMinor = summaryMinor(s.value(QStringLiteral("chargebacks")), currency);
            row.feesMinor = summaryMinor(s.value(QStringLiteral("fees")), currency);
            row.netMinor = summaryMinor(s.value(QStringLiteral("net")), currency);
            // A batch in two currencies has two rows; its open discrepancies are on the first.
            if (!counted.contains(row.batchId)) {
                row.openDiscrepancies = open.value(row.batchId);
                counted.insert(row.batchId);
            }
            rows.append(row);
        }
        // The entries no line took after the batches.
        std::stable_partition(rows.begin(), rows.end(),
                              [](const ReconcileBatchRow& row) { return !row.batchId.isEmpty(); });
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return rows;
}

Result<void> ReconcileReads::validate(const ReconcileFilter& f)
{
    if (f.runId <= 0) {
        return fail(Error::permanent(QStringLiteral("reconcile.filter_run"),
                                     tr("Choose a reconciliation run first (none is selected).")));
    }
    if (f.classes == ReconcileFilter::Classes::Class && !discrepancyFrom(f.classId)) {
        return fail(Error::permanent(QStringLiteral("reconcile.filter_class"),
                                     tr("Class: '%1' is not a reconciliation class; use one of %2.")
                                         .arg(f.classId, classIds().join(QStringLiteral(", ")))));
    }
    if (!f.status.isEmpty() && f.status != QLatin1String("open") && f.status != QLatin1String("approved") &&
        f.status != QLatin1String("rejected")) {
        return fail(Error::permanent(QStringLiteral("reconcile.filter_status"),
                                     tr("Status: '%1' is not one of open, approved, rejected.").arg(f.status)));
    }
    const bool range = !f.amountFrom.trimmed().isEmpty() || !f.amountTo.trimmed().isEmpty();
    if (!f.currency.isEmpty() && !Currency::fromCode(f.currency)) {
        return fail(Error::permanent(QStringLiteral("reconcile.filter_currency"),
                                     tr("Currency: '%1' is not an ISO 4217 code such as GBP.").arg(f.currency)));
    }
    if (range && f.currency.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("reconcile.filter_currency"),
                                     tr("An amount range needs a currency: amounts of different currencies cannot "
                                        "be compared. Choose the currency next to the amounts.")));
    }
    if (range) {
        const Currency currency = *Currency::fromCode(f.currency);
        std::optional<qint64> lo;
        std::optional<qint64> hi;
        if (!f.amountFrom.trimmed().isEmpty()) {
            Result<Money> m = Money::parse(f.amountFrom.trimmed(), currency);
            if (!m) {
                return fail(Error::permanent(m.error().code, tr("Amount from: %1").arg(m.error().message)));
            }
            lo = m->minorUnits();
        }
        if (!f.amountTo.trimmed().isEmpty()) {
            Result<Money> m = Money::parse(f.amountTo.trimmed(), currency);
            if (!m) {
                return fail(Error::permanent(m.error().code, tr("Amount to: %1").arg(m.error().message)));
            }
            hi = m->minorUnits();
        }
        if (lo && hi && *hi < *lo) {
            return fail(Error::permanent(QStringLiteral("reconcile.filter_range"),
                                         tr("Amount to (%1) is below amount from (%2); swap them.")
                                             .arg(f.amountTo.trimmed(), f.amountFrom.trimmed())));
        }
    }
    return {};
}

Result<qint64> ReconcileReads::count(const ReconcileFilter& filter) const
{
    Result<Where> w = whereFor(filter);
    if (!w) {
        return fail(w.error());
    }
    qint64 n = 0;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT COUNT(*) FROM reconcile_results r WHERE ") + w->sql(), w->bindings);
        if (!q) {
            return fail(q.error());
        }
        n = q->next() ? q->value(0).toLongLong() : 0;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return n;
}

Result<QList<ReconcileResultRow>> ReconcileReads::page(const ReconcileFilter& filter, ReconcileSort sort,
                                                       bool descending, qint64 offset, int limit) const
{
    Result<Where> w = whereFor(filter);
    if (!w) {
        return fail(w.error());
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    // Both orders end in the id, so that a page is the same whichever engine reads it; each is an
    // index of reconcile_results after its run_id (reconcile_results_class, _amount). Within one
    // batch SQLite would rather walk that index through the whole run than sort the batch's rows
    // (5 s against 0.07 s at a million rows): a unary + keeps it on reconcile_results_batch.
    const QString plus = filter.batchId && !m_database->isPostgres() ? QStringLiteral("+") : QString();
    const QString order = sort == ReconcileSort::Amount ? QStringLiteral("%2r.amount_minor%1, r.id%1").arg(dir, plus)
                                                        : QStringLiteral("%2r.class%1, r.id%1").arg(dir, plus);
    // The window's ids first, from the order's index alone (PostgreSQL: an index-only scan once
    // the run is vacuumed, Settlements::storeRun), then their rows: an offset deep into a million
    // rows steps over index entries, not over table rows (0.30 s against 0.12 s in the middle).
    const QString inner =
        QStringLiteral("(SELECT o.* FROM reconcile_results o JOIN (SELECT r.id FROM reconcile_results r WHERE %1 "
                       "ORDER BY %2 LIMIT :limit OFFSET :offset) k ON k.id = o.id)")
            .arg(w->sql(), order);
    QVariantMap bindings = w->bindings;
    bindings.insert(QStringLiteral("limit"), qMax(0, limit));
    bindings.insert(QStringLiteral("offset"), qMax<qint64>(0, offset));
    QList<ReconcileResultRow> rows;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db, kRowJoins.arg(inner) + QStringLiteral(" ORDER BY ") + order, bindings);
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            rows.append(resultFrom(*q));
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return rows;
}

Result<QList<ReconcileClassTotal>> ReconcileReads::classTotals(const ReconcileFilter& filter) const
{
    Result<Where> w = whereFor(filter);
    if (!w) {
        return fail(w.error());
    }
    QList<ReconcileClassTotal> totals;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        // CAST: PostgreSQL's SUM(bigint) is NUMERIC, which QPSQL hands over as a double.
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral("SELECT r.class, r.currency, COUNT(*), CAST(SUM(r.amount_minor) AS BIGINT), "
                           "CAST(SUM(r.difference_minor) AS BIGINT) FROM reconcile_results r WHERE %1 GROUP BY "
                           "r.class, r.currency")
                .arg(w->sql()),
            w->bindings);
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            totals.append(ReconcileClassTotal{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                                              q->value(3).toLongLong(), q->value(4).toLongLong()});
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    // In the matcher's order of classes, then by currency.
    const QStringList order = classIds();
    std::sort(totals.begin(), totals.end(), [&](const ReconcileClassTotal& a, const ReconcileClassTotal& b) {
        const auto ia = order.indexOf(a.classId);
        const auto ib = order.indexOf(b.classId);
        return ia != ib ? ia < ib : a.currency < b.currency;
    });
    return totals;
}

namespace {

reconcile::LineType lineTypeFrom(const QString& type)
{
    using reconcile::LineType;
    return type == QLatin1String("refund")       ? LineType::Refund
           : type == QLatin1String("fee")        ? LineType::Fee
           : type == QLatin1String("chargeback") ? LineType::Chargeback
                                                 : LineType::Payment;
}

reconcile::EvidenceLine evidenceLine(const ReconcileLineSide& s)
{
    return reconcile::EvidenceLine{s.seq, s.batchId, s.transactionId, s.vendorTxCode, s.amount, lineTypeFrom(s.type)};
}

reconcile::EvidenceEntry evidenceEntry(const ReconcileEntrySide& e)
{
    return reconcile::EvidenceEntry{e.kind == QLatin1String("refund") ? reconcile::EntryKind::Refund
                                                                      : reconcile::EntryKind::Payment,
                                    e.transactionId, e.vendorTxCode, e.originalTransactionId, e.amount};
}

Result<std::optional<ReconcileLineSide>> lineSide(QSqlDatabase& db, qint64 lineRef)
{
    Result<QSqlQuery> l = Database::exec(
        db,
        QStringLiteral("SELECT l.id, b.batch_id, b.acquirer, b.settled_on, l.seq, l.line_type, l.transaction_id, "
                       "l.vendor_tx_code, l.amount_minor, l.currency, l.fee_minor, l.card_last_four, l.source_line, "
                       "f.file_name FROM settlement_lines l JOIN settlement_batches b ON b.id = l.batch_ref LEFT JOIN "
                       "settlement_files f ON f.id = b.file_id WHERE l.id = :id"),
        {{"id", lineRef}});
    if (!l) {
        return fail(l.error());
    }
    if (!l->next()) {
        return std::optional<ReconcileLineSide>();
    }
    ReconcileLineSide s;
    s.id = l->value(0).toLongLong();
    s.batchId = l->value(1).toString();
    s.acquirer = l->value(2).toString();
    s.settledOn = dayFrom(l->value(3));
    s.seq = l->value(4).toInt();
    s.type = l->value(5).toString();
    s.transactionId = l->value(6).toString();
    s.vendorTxCode = l->value(7).toString();
    s.amount = Money(l->value(8).toLongLong(), currencyOr(l->value(9).toString()));
    s.feeMinor = l->value(10).toLongLong();
    s.cardLastFour = l->value(11).toString();
    s.sourceLine = l->value(12).toInt();
    s.fileName = l->value(13).toString();
    return std::optional<ReconcileLineSide>(s);
}

Result<std::optional<ReconcileEntrySide>> entrySide(QSqlDatabase& db, const QString& transactionId)
{
    Result<QSqlQuery> p = Database::exec(
        db,
        QStringLiteral("SELECT transaction_id, kind, vendor_tx_code, customer, amount_minor, currency, status, "
                       "occurred_at, original_transaction_id FROM payments WHERE transaction_id = :id"),
        {{"id", transactionId}});
    if (!p) {
        return fail(p.error());
    }
    if (!p->next()) {
        return std::optional<ReconcileEntrySide>();
    }
    ReconcileEntrySide e;
    e.transactionId = p->value(0).toString();
    e.kind = p->value(1).toString();
    e.vendorTxCode = p->value(2).toString();
    e.customer = p->value(3).toString();
    e.amount = Money(p->value(4).toLongLong(), currencyOr(p->value(5).toString()));
    e.status = p->value(6).toString();
    e.occurredAt = p->value(7).toLongLong();
    e.originalTransactionId = p->value(8).toString();
    Result<QSqlQuery> d =
        Database::exec(db,
                       QStringLiteral("SELECT command_kind, document_key, linked_at FROM "
                                      "ledger_links WHERE transaction_id = :id ORDER BY linked_at, id"),
                       {{"id", transactionId}});
    if (!d) {
        return fail(d.error());
    }
    while (d->next()) {
        e.documents.append(ReconcileDocument{d->value(0).toString(), d->value(1).toString(), d->value(2).toLongLong()});
    }
    return std::optional<ReconcileEntrySide>(e);
}

} // namespace

Result<std::optional<ReconcileDetail>> ReconcileReads::detail(qint64 resultId) const
{
    std::optional<ReconcileDetail> detail;
    Result<void> ok = m_database->readSnapshot([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, kRowJoins.arg(QStringLiteral("reconcile_results")) + QStringLiteral(" WHERE r.id = :id"),
                           {{"id", resultId}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return {};
        }
        detail = ReconcileDetail{};
        detail->row = resultFrom(*q);
        Result<QSqlQuery> ids = Database::exec(
            db,
            QStringLiteral("SELECT r.line_ref, r.counterpart_line_ref, r.counterpart_transaction_id, r.evidence, "
                           "u.started_at FROM reconcile_results r JOIN reconcile_runs u ON u.id = r.run_id WHERE "
                           "r.id = :id"),
            {{"id", resultId}});
        if (!ids) {
            return fail(ids.error());
        }
        if (!ids->next()) {
            return {};
        }
        const bool isLine = detail->row.isLine;
        const qint64 lineRef = isLine ? ids->value(0).toLongLong() : ids->value(1).toLongLong();
        const QString entryId = isLine ? ids->value(2).toString() : detail->row.transactionId;
        const QJsonObject stored = QJsonDocument::fromJson(ids->value(3).toString().toUtf8()).object();
        const qint64 runAt = ids->value(4).toLongLong();
        if (lineRef > 0) {
            Result<std::optional<ReconcileLineSide>> line = lineSide(db, lineRef);
            if (!line) {
                return fail(line.error());
            }
            detail->line = *line;
        }
        if (!entryId.isEmpty()) {
            Result<std::optional<ReconcileEntrySide>> entry = entrySide(db, entryId);
            if (!entry) {
                return fail(entry.error());
            }
            detail->entry = *entry;
        }

        // The evidence, from the row, its sides and the facts the run stored with it (0015).
        reconcile::Evidence ev;
        ev.isLine = isLine;
        ev.discrepancy = detail->row.discrepancy;
        ev.rule = detail->row.rule;
        ev.resolution = detail->row.resolution;
        ev.confidence = quint16(detail->row.confidence);
        ev.difference = detail->row.differenceMinor;
        if (detail->line) {
            ev.line = evidenceLine(*detail->line);
        }
        if (detail->entry && (!isLine || !detail->line || detail->line->type != QLatin1String("fee"))) {
            ev.entry = evidenceEntry(*detail->entry);
        }
        if (stored.contains(QLatin1String("document"))) {
            ev.document = reconcile::EvidenceDocument{
                stored.value(QLatin1String("document")).toString(),
                Money(stored.value(QLatin1String("documentMinor")).toInteger(),
                      currencyOr(stored.value(QLatin1String("documentCurrency")).toString()))};
        }
        if (const qint64 related = stored.value(QLatin1String("relatedLine")).toInteger(); related > 0) {
            Result<std::optional<ReconcileLineSide>> first = lineSide(db, related);
            if (!first) {
                return fail(first.error());
            }
            if (*first) {
                ev.relatedLine = evidenceLine(**first);
            }
        }
        if (const QString related = stored.value(QLatin1String("relatedEntry")).toString(); !related.isEmpty()) {
            Result<std::optional<ReconcileEntrySide>> other = entrySide(db, related);
            if (!other) {
                return fail(other.error());
            }
            if (*other) {
                ev.relatedEntry = evidenceEntry(**other);
            }
        }
        ev.groupLines = stored.value(QLatin1String("groupLines")).toInteger();
        ev.groupEntries = stored.value(QLatin1String("groupEntries")).toInteger();
        detail->evidence = reconcile::Reconciliation::describe(ev);

        // What changed since the run, so that the person knows the evidence may be out of date.
        if (isLine && !detail->line) {
            detail->changesSinceRun.append(
                tr("The settlement line is no longer in the store (its file or batch was removed)."));
        }
        if (!entryId.isEmpty() && !detail->entry) {
            detail->changesSinceRun.append(tr("The ledger entry %1 is no longer in the store.").arg(entryId));
        }
        if (detail->entry) {
            for (const ReconcileDocument& doc : std::as_const(detail->entry->documents)) {
                if (doc.linkedAt > runAt) {
                    detail->changesSinceRun.append(tr("SYSPRO document %1 %2 was recorded for %3 after the run.")
                                                       .arg(doc.commandKind, doc.documentKey, entryId));
                }
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return detail;
}

} // namespace bridge::store
