// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/ResolutionRows.h"
#include "store/Resolutions.h"

#include "core/CanonicalPayment.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Settlements.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>

namespace bridge::store {

using namespace resolution_rows;

namespace {

QString dayText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<QJsonObject> Resolutions::settlementJournalCommand(const SettlementJournal& journal, const QString& reference,
                                                          const QDate& date)
{
    Result<qint64> imbalance = journal.imbalanceMinor();
    if (!imbalance) {
        return fail(imbalance.error());
    }
    const auto refuse = [&](const QString& why) {
        return Error::permanent(QStringLiteral("resolution.journal_unbalanced"),
                                tr("The settlement journal of batch %1 (%2) was not built: %3. Nothing was sent to "
                                   "SYSPRO; check the batch's lines and the ledger codes in Settings.")
                                    .arg(journal.batchId, journal.currency, why));
    };
    if (*imbalance != 0) {
        const Currency currency = Currency::fromCode(journal.currency).value_or(Currency::of("GBP"));
        return fail(refuse(tr("its debits and credits differ by %1 %2")
                               .arg(Money(*imbalance, currency).toDecimalString(), journal.currency)));
    }
    // Data in SYSPRO: English, whatever language the console runs in.
    return ChargebackCommands::glJournal(
        reference, date,
        QStringLiteral("Settlement %1 %2 %3").arg(journal.acquirer, journal.batchId, journal.currency).left(60),
        journal.lines, QStringLiteral("settlementJournal"), refuse);
}

Result<SettlementJournal> Resolutions::settlementJournal(qint64 batchRef, const QString& currency) const
{
    SettlementJournal out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<SettlementJournal> j = settlementJournalIn(db, m_posting, batchRef, currency);
        if (!j) {
            return fail(j.error());
        }
        out = *j;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<SettlementJournal> Resolutions::settlementJournalIn(QSqlDatabase& db, const ResolutionPosting& posting,
                                                           qint64 batchRef, const QString& currency)
{
    SettlementJournal j;
    Result<void> ok = [&]() -> Result<void> {
        Result<QSqlQuery> b = Database::exec(
            db, QStringLiteral("SELECT batch_id, acquirer, settled_on FROM settlement_batches WHERE id = :b"),
            {{"b", batchRef}});
        if (!b) {
            return fail(b.error());
        }
        if (!b->next()) {
            return fail(refused(QStringLiteral("unknown_batch"), tr("There is no settlement batch %1.").arg(batchRef)));
        }
        j.batchRef = batchRef;
        j.batchId = b->value(0).toString();
        j.acquirer = b->value(1).toString();
        j.settledOn = QDate::fromString(b->value(2).toString(), Qt::ISODate);
        j.currency = currency;
        Result<QSqlQuery> l = Database::exec(
            db,
            QStringLiteral("SELECT line_type, amount_minor, fee_minor FROM settlement_lines WHERE batch_ref = :b AND "
                           "currency = :c ORDER BY seq"),
            {{"b", batchRef}, {"c", currency}});
        if (!l) {
            return fail(l.error());
        }
        bool fits = true;
        int count = 0;
        while (l->next()) {
            ++count;
            const QString type = l->value(0).toString();
            const qint64 amount = l->value(1).toLongLong();
            qint64& total = type == QLatin1String("payment")  ? j.paymentsMinor
                            : type == QLatin1String("refund") ? j.refundsMinor
                            : type == QLatin1String("fee")    ? j.feesMinor
                                                              : j.chargebacksMinor;
            fits = fits && !__builtin_add_overflow(total, amount, &total) &&
                   !__builtin_add_overflow(j.feesMinor, l->value(2).toLongLong(), &j.feesMinor);
        }
        if (count == 0) {
            return fail(refused(
                QStringLiteral("no_lines"),
                tr("Batch %1 has no lines in %2; there is no settlement journal to build.").arg(j.batchId, currency)));
        }
        // What the fee and chargeback lines' own approved journals booked already.
        Result<QSqlQuery> booked = Database::exec(
            db,
            QStringLiteral(
                "SELECT l.line_type, SUM(s.amount_minor) FROM reconcile_resolutions s JOIN settlement_lines l "
                "ON l.id = s.line_ref WHERE l.batch_ref = :b AND l.currency = :c AND l.line_type IN "
                "('fee', 'chargeback') AND s.subject_kind = 'item' AND s.state = 'approved' AND s.action "
                "IN ('adjustment_journal', 'write_off') GROUP BY l.line_type"),
            {{"b", batchRef}, {"c", currency}});
        if (!booked) {
            return fail(booked.error());
        }
        while (booked->next()) {
            (booked->value(0).toString() == QLatin1String("fee") ? j.feesBookedMinor : j.chargebacksBookedMinor) =
                booked->value(1).toLongLong();
        }
        qint64 clearing = 0;
        qint64 fees = 0;
        qint64 chargebacks = 0;
        fits = fits && !__builtin_sub_overflow(j.paymentsMinor, j.refundsMinor, &clearing) &&
               !__builtin_sub_overflow(clearing, j.chargebacksMinor, &j.netMinor) &&
               !__builtin_sub_overflow(j.netMinor, j.feesMinor, &j.netMinor) &&
               !__builtin_sub_overflow(j.feesMinor, j.feesBookedMinor, &fees) &&
               !__builtin_sub_overflow(j.chargebacksMinor, j.chargebacksBookedMinor, &chargebacks) &&
               !__builtin_sub_overflow(clearing, j.feesBookedMinor, &clearing) &&
               !__builtin_sub_overflow(clearing, j.chargebacksBookedMinor, &clearing);
        if (!fits) {
            return fail(Error::permanent(QStringLiteral("resolution.journal_overflow"),
                                         tr("Batch %1's totals do not fit in 64 bits of minor units; its lines "
                                            "cannot be right.")
                                             .arg(j.batchId)));
        }
        Result<Currency> cur = Currency::fromCode(currency);
        if (!cur) {
            return fail(cur.error());
        }
        const QString comment = QStringLiteral("Settlement %1").arg(j.batchId).left(30);
        const auto add = [&](const QString& ledger, qint64 minor) {
            if (minor != 0) {
                j.lines.append({ledger, Money(minor, *cur), comment});
            }
        };
        add(posting.bankLedgerCode, j.netMinor);
        add(posting.feeLedgerCode, fees);
        add(posting.chargebackLedgerCode, chargebacks);
        add(posting.clearingLedgerCode, -clearing);
        return {};
    }();
    if (!ok) {
        return fail(ok.error());
    }
    Result<qint64> imbalance = j.imbalanceMinor();
    if (!imbalance) {
        return fail(imbalance.error());
    }
    if (*imbalance != 0) {
        return fail(Error::permanent(
            QStringLiteral("resolution.journal_unbalanced"),
            tr("The settlement journal of batch %1 (%2) does not balance: its debits and credits differ by %3 %2.")
                .arg(j.batchId, currency,
                     Money(*imbalance, Currency::fromCode(currency).value_or(Currency::of("GBP"))).toDecimalString())));
    }
    return j;
}

Result<qint64> Resolutions::proposeSettlementJournal(qint64 batchRef, const QString& currency, const QString& comment,
                                                     const QString& actor, RoleSet roles)
{
    if (Result<void> allowed = Permissions::check(actor, roles, Action::ProposeResolution); !allowed) {
        return fail(allowed.error());
    }
    if (comment.trimmed().isEmpty()) {
        return fail(refused(QStringLiteral("comment"),
                            tr("A proposal needs a comment saying why this resolution is right; write one and "
                               "propose again.")));
    }
    Result<SettlementJournal> journal = settlementJournal(batchRef, currency);
    if (!journal) {
        return fail(journal.error());
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    const SettlementJournal j = *journal;
    qint64 newId = 0;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QList<ResolutionRecord>> existing = selectIn(
            tx,
            QStringLiteral("WHERE s.subject_kind = 'settlement_journal' AND s.batch_ref = :b AND s.currency = :c AND "
                           "s.state <> 'rejected'"),
            {{QStringLiteral("b"), batchRef}, {QStringLiteral("c"), currency}});
        if (!existing) {
            return fail(existing.error());
        }
        if (!existing->isEmpty()) {
            const ResolutionRecord& e = existing->first();
            return fail(refused(
                e.state == ResolutionState::Approved ? QStringLiteral("already_resolved")
                                                     : QStringLiteral("already_proposed"),
                e.state == ResolutionState::Approved
                    ? tr("Batch %1's settlement journal in %2 was already approved (proposal %3, by %4).")
                          .arg(j.batchId, currency)
                          .arg(e.id)
                          .arg(e.decidedBy)
                    : tr("Batch %1's settlement journal in %2 is already proposed (proposal %3 by %4). Approve or "
                         "reject it first.")
                          .arg(j.batchId, currency)
                          .arg(e.id)
                          .arg(e.proposedBy)));
        }
        Result<QSqlQuery> q = Database::exec(
            tx,
            QStringLiteral(
                "INSERT INTO reconcile_resolutions (subject_kind, batch_ref, batch_id, class, action, amount_minor, "
                "currency, debit_ledger, credit_ledger, comment, proposed_by, proposed_at, state) VALUES "
                "('settlement_journal', :b, :batchId, 'settlement_journal', 'post_settlement_journal', :amount, :c, "
                ":debit, :credit, :comment, :actor, :now, 'proposed') RETURNING id"),
            {{"b", batchRef},
             {"batchId", j.batchId},
             {"amount", j.paymentsMinor - j.refundsMinor},
             {"c", currency},
             {"debit", m_posting.bankLedgerCode},
             {"credit", m_posting.clearingLedgerCode},
             {"comment", comment.trimmed()},
             {"actor", actor},
             {"now", now}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return fail(refused(QStringLiteral("insert"), tr("The database returned no id for the new proposal.")));
        }
        newId = q->value(0).toLongLong();
        return asVoid(AuditLog::appendInTransaction(
            tx, postgres, now, actor, QStringLiteral("resolution.proposed"), QStringLiteral("resolution:%1").arg(newId),
            QJsonObject{{QStringLiteral("batch"), j.batchId},
                        {QStringLiteral("class"), kJournal},
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("paymentsMinor"), j.paymentsMinor},
                        {QStringLiteral("refundsMinor"), j.refundsMinor},
                        {QStringLiteral("chargebacksMinor"), j.chargebacksMinor},
                        {QStringLiteral("feesMinor"), j.feesMinor},
                        {QStringLiteral("netMinor"), j.netMinor},
                        {QStringLiteral("comment"), comment.trimmed()}}));
    });
    if (!ok) {
        return fail(ok.error());
    }
    return newId;
}

Result<std::optional<qint64>> Resolutions::findBatch(const QString& acquirer, const QString& batchId) const
{
    std::optional<qint64> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT id FROM settlement_batches WHERE acquirer = :a AND batch_id = :b"),
            {{"a", acquirer}, {"b", batchId}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            out = q->value(0).toLongLong();
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<BatchStatus> Resolutions::batchStatusIn(QSqlDatabase& db, qint64 batchRef)
{
    BatchStatus s;
    Result<QSqlQuery> b = Database::exec(
        db, QStringLiteral("SELECT batch_id, acquirer, settled_on FROM settlement_batches WHERE id = :b"),
        {{"b", batchRef}});
    if (!b) {
        return fail(b.error());
    }
    if (!b->next()) {
        return fail(refused(QStringLiteral("unknown_batch"), tr("There is no settlement batch %1.").arg(batchRef)));
    }
    s.batchRef = batchRef;
    s.batchId = b->value(0).toString();
    s.acquirer = b->value(1).toString();
    s.settledOn = QDate::fromString(b->value(2).toString(), Qt::ISODate);
    Result<QSqlQuery> closed = Database::exec(
        db,
        QStringLiteral(
            "SELECT closed_by, closed_at, comment, run_id FROM settlement_batch_closes WHERE batch_ref = :b"),
        {{"b", batchRef}});
    if (!closed) {
        return fail(closed.error());
    }
    if (closed->next()) {
        s.closed = true;
        s.closedBy = closed->value(0).toString();
        s.closedAt = closed->value(1).toLongLong();
        s.closeComment = closed->value(2).toString();
        if (!closed->value(3).isNull()) {
            s.runId = closed->value(3).toLongLong();
        }
    }
    if (!s.closed) {
        Result<QSqlQuery> run = Database::exec(
            db, QStringLiteral("SELECT MAX(id) FROM reconcile_runs WHERE period_from <= :day AND period_to >= :day"),
            {{"day", dayText(s.settledOn)}});
        if (!run) {
            return fail(run.error());
        }
        if (run->next() && !run->value(0).isNull()) {
            s.runId = run->value(0).toLongLong();
        }
    }
    if (s.runId) {
        // The batch's discrepancies without an approved resolution; an entry row that is the
        // other side of its line's pair (same class) is the same item and counted once.
        Result<QSqlQuery> open = Database::exec(
            db,
            QStringLiteral(
                "SELECT r.class, COUNT(*) FROM reconcile_results r "
                "LEFT JOIN settlement_lines l ON l.id = r.line_ref "
                "LEFT JOIN settlement_lines cl ON cl.id = r.counterpart_line_ref "
                "LEFT JOIN reconcile_resolutions s ON s.id = r.resolution_id "
                "WHERE r.run_id = :run AND r.batch_id = :batchId AND r.class <> 'matched' "
                "AND COALESCE(l.batch_ref, cl.batch_ref) = :b AND (s.id IS NULL OR s.state <> 'approved') "
                "AND NOT (r.side = 'entry' AND EXISTS (SELECT 1 FROM reconcile_results t WHERE t.run_id = r.run_id "
                "AND t.class = r.class AND t.side = 'line' AND t.line_ref = r.counterpart_line_ref "
                "AND t.counterpart_transaction_id = r.transaction_id)) GROUP BY r.class ORDER BY r.class"),
            {{"run", *s.runId}, {"batchId", s.batchId}, {"b", batchRef}});
        if (!open) {
            return fail(open.error());
        }
        while (open->next()) {
            const qint64 n = open->value(1).toLongLong();
            s.openByClass.insert(open->value(0).toString(), n);
            s.openItems += n;
        }
    }
    Result<QSqlQuery> currencies = Database::exec(
        db,
        QStringLiteral("SELECT DISTINCT l.currency FROM settlement_lines l WHERE l.batch_ref = :b AND NOT EXISTS "
                       "(SELECT 1 FROM reconcile_resolutions s WHERE s.subject_kind = 'settlement_journal' AND "
                       "s.batch_ref = :b AND s.currency = l.currency AND s.state = 'approved') ORDER BY l.currency"),
        {{"b", batchRef}});
    if (!currencies) {
        return fail(currencies.error());
    }
    while (currencies->next()) {
        s.journalsMissing.append(currencies->value(0).toString());
    }
    return s;
}

Result<BatchStatus> Resolutions::batchStatus(qint64 batchRef) const
{
    BatchStatus out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<BatchStatus> s = batchStatusIn(db, batchRef);
        if (!s) {
            return fail(s.error());
        }
        out = *s;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<BatchStatus> Resolutions::closeBatch(qint64 batchRef, const QString& actor, RoleSet roles,
                                            const QString& comment)
{
    if (Result<void> allowed = Permissions::check(actor, roles, Action::ApproveResolution); !allowed) {
        return fail(allowed.error());
    }
    if (comment.trimmed().isEmpty()) {
        return fail(refused(QStringLiteral("comment"), tr("Closing a batch needs a comment (the sign-off); write one "
                                                          "and close it again.")));
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<BatchStatus> s = batchStatusIn(tx, batchRef);
        if (!s) {
            return fail(s.error());
        }
        if (s->closed) {
            return fail(refused(QStringLiteral("closed"),
                                tr("Batch %1 was already closed by %2.").arg(s->batchId, s->closedBy)));
        }
        if (!s->runId) {
            return fail(refused(QStringLiteral("not_reconciled"),
                                tr("Batch %1 (settled on %2) has not been reconciled; run \"bridge-cli reconcile "
                                   "--date %2\" first.")
                                    .arg(s->batchId, dayText(s->settledOn))));
        }
        if (s->openItems > 0) {
            return fail(refused(
                QStringLiteral("open_items"),
                tr("Batch %1 cannot close: %n item(s) still open (%2). Resolve them first.", nullptr, int(s->openItems))
                    .arg(s->batchId, classList(s->openByClass))));
        }
        if (!s->journalsMissing.isEmpty()) {
            return fail(refused(QStringLiteral("journal_missing"),
                                tr("Batch %1 cannot close: its settlement journal in %2 is not approved yet.")
                                    .arg(s->batchId, s->journalsMissing.join(QStringLiteral(", ")))));
        }
        Result<QSqlQuery> q = Database::exec(
            tx,
            QStringLiteral("INSERT INTO settlement_batch_closes (batch_ref, run_id, closed_by, closed_at, comment) "
                           "VALUES (:b, :run, :by, :at, :comment)"),
            {{"b", batchRef}, {"run", *s->runId}, {"by", actor}, {"at", now}, {"comment", comment.trimmed()}});
        if (!q) {
            return fail(q.error());
        }
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("settlement.batch_closed"),
                                                    QStringLiteral("batch:%1").arg(batchRef),
                                                    QJsonObject{{QStringLiteral("batch"), s->batchId},
                                                                {QStringLiteral("acquirer"), s->acquirer},
                                                                {QStringLiteral("run"), *s->runId},
                                                                {QStringLiteral("comment"), comment.trimmed()}}));
    });
    if (!ok) {
        return fail(ok.error());
    }
    return batchStatus(batchRef);
}

} // namespace bridge::store
