// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/ResolutionRows.h"

#include "store/Database.h"

namespace bridge::store::resolution_rows {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant idOrNull(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

extern const QString kSelect = QStringLiteral(
    "SELECT s.id, s.result_id, s.run_id, s.subject_kind, s.line_ref, s.transaction_id, s.batch_ref, s.batch_id, "
    "s.class, s.action, s.amount_minor, s.currency, s.debit_ledger, s.credit_ledger, s.counterpart_transaction_id, "
    "s.comment, s.proposed_by, s.proposed_at, s.state, s.decided_by, s.decided_at, s.decision_comment, s.outbox_id, "
    "o.command_kind, o.business_key, o.status, o.document_key, o.error_message "
    "FROM reconcile_resolutions s LEFT JOIN outbox o ON o.id = s.outbox_id ");

extern const QString kItem = QStringLiteral("item");
extern const QString kJournal = QStringLiteral("settlement_journal");

Error refused(const QString& code, const QString& message)
{
    return Error::permanent(QStringLiteral("resolution.") + code, message);
}

ResolutionRecord fromRow(const QSqlQuery& q)
{
    ResolutionRecord r;
    r.id = q.value(0).toLongLong();
    r.resultId = q.value(1).toLongLong();
    r.runId = q.value(2).toLongLong();
    r.subjectKind = q.value(3).toString();
    if (!q.value(4).isNull()) {
        r.lineRef = q.value(4).toLongLong();
    }
    r.transactionId = q.value(5).toString();
    if (!q.value(6).isNull()) {
        r.batchRef = q.value(6).toLongLong();
    }
    r.batchId = q.value(7).toString();
    r.discrepancyClass = q.value(8).toString();
    r.action = resolutionActionFromId(q.value(9).toString()).value_or(ResolutionAction::ResolvedOutside);
    r.amount =
        Money(q.value(10).toLongLong(), Currency::fromCode(q.value(11).toString()).value_or(Currency::of("GBP")));
    r.debitLedgerCode = q.value(12).toString();
    r.creditLedgerCode = q.value(13).toString();
    r.counterpartTransactionId = q.value(14).toString();
    r.comment = q.value(15).toString();
    r.proposedBy = q.value(16).toString();
    r.proposedAt = q.value(17).toLongLong();
    r.state = resolutionStateFromId(q.value(18).toString()).value_or(ResolutionState::Proposed);
    r.decidedBy = q.value(19).toString();
    r.decidedAt = q.value(20).toLongLong();
    r.decisionComment = q.value(21).toString();
    if (!q.value(22).isNull()) {
        r.outboxId = q.value(22).toLongLong();
    }
    r.commandKind = q.value(23).toString();
    r.businessKey = q.value(24).toString();
    r.postingStatus = q.value(25).toString();
    r.documentKey = q.value(26).toString();
    r.postingError = q.value(27).toString();
    return r;
}

Result<QList<ResolutionRecord>> selectIn(QSqlDatabase& db, const QString& tail, const QVariantMap& bindings)
{
    Result<QSqlQuery> q = Database::exec(db, kSelect + tail, bindings);
    if (!q) {
        return fail(q.error());
    }
    QList<ResolutionRecord> out;
    while (q->next()) {
        out.append(fromRow(*q));
    }
    return out;
}

Result<std::optional<ResolutionRecord>> findIn(QSqlDatabase& db, qint64 id)
{
    Result<QList<ResolutionRecord>> rows =
        selectIn(db, QStringLiteral("WHERE s.id = :id"), {{QStringLiteral("id"), id}});
    if (!rows) {
        return fail(rows.error());
    }
    if (rows->isEmpty()) {
        return std::optional<ResolutionRecord>{};
    }
    return std::optional<ResolutionRecord>(rows->first());
}

Result<std::optional<ResultRow>> resultIn(QSqlDatabase& db, qint64 id)
{
    Result<QSqlQuery> q = Database::exec(
        db,
        QStringLiteral(
            "SELECT r.id, r.run_id, r.side, r.line_ref, r.transaction_id, r.batch_id, r.class, "
            "r.counterpart_transaction_id, r.counterpart_line_ref, r.amount_minor, r.currency, r.difference_minor, "
            "COALESCE(l.batch_ref, cl.batch_ref), l.line_type, r.resolution_id FROM reconcile_results r "
            "LEFT JOIN settlement_lines l ON l.id = r.line_ref "
            "LEFT JOIN settlement_lines cl ON cl.id = r.counterpart_line_ref WHERE r.id = :id"),
        {{"id", id}});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return std::optional<ResultRow>{};
    }
    ResultRow r;
    r.id = q->value(0).toLongLong();
    r.runId = q->value(1).toLongLong();
    r.lineSide = q->value(2).toString() == QLatin1String("line");
    if (!q->value(3).isNull()) {
        r.lineRef = q->value(3).toLongLong();
    }
    r.transactionId = q->value(4).toString();
    r.batchId = q->value(5).toString();
    r.discrepancyClass = q->value(6).toString();
    r.counterpartTransactionId = q->value(7).toString();
    if (!q->value(8).isNull()) {
        r.counterpartLineRef = q->value(8).toLongLong();
    }
    Result<Currency> currency = Currency::fromCode(q->value(10).toString());
    if (!currency) {
        return fail(currency.error());
    }
    r.amount = Money(q->value(9).toLongLong(), *currency);
    r.differenceMinor = q->value(11).toLongLong();
    if (!q->value(12).isNull()) {
        r.batchRef = q->value(12).toLongLong();
    }
    r.lineType = q->value(13).toString();
    if (!q->value(14).isNull()) {
        r.resolutionId = q->value(14).toLongLong();
    }
    return std::optional<ResultRow>(r);
}

Result<Subject> subjectOf(QSqlDatabase& db, const ResultRow& r)
{
    Subject s;
    if (r.lineSide) {
        s.lineRef = r.lineRef;
        if (!r.counterpartTransactionId.isEmpty() && r.lineRef) {
            Result<QSqlQuery> q = Database::exec(
                db,
                QStringLiteral("SELECT 1 FROM reconcile_results WHERE run_id = :run AND class = :class AND side = "
                               "'entry' AND transaction_id = :txn AND counterpart_line_ref = :line"),
                {{"run", r.runId},
                 {"class", r.discrepancyClass},
                 {"txn", r.counterpartTransactionId},
                 {"line", *r.lineRef}});
            if (!q) {
                return fail(q.error());
            }
            if (q->next()) {
                s.transactionId = r.counterpartTransactionId;
            }
        }
        return s;
    }
    s.transactionId = r.transactionId;
    if (r.counterpartLineRef) {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral("SELECT 1 FROM reconcile_results WHERE run_id = :run AND class = :class AND side = 'line' "
                           "AND line_ref = :line AND counterpart_transaction_id = :txn"),
            {{"run", r.runId},
             {"class", r.discrepancyClass},
             {"txn", r.transactionId},
             {"line", *r.counterpartLineRef}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            s.lineRef = r.counterpartLineRef;
        }
    }
    return s;
}

/// The SQL condition "a reconcile_results row `r` of the subject" and its bindings.
extern const QString kSubjectRows = QStringLiteral(
    "((r.side = 'line' AND r.line_ref = :subjectLine) OR (r.side = 'entry' AND r.transaction_id = :subjectTxn))");

QVariantMap subjectBindings(const std::optional<qint64>& lineRef, const QString& transactionId)
{
    return {{QStringLiteral("subjectLine"), idOrNull(lineRef)},
            {QStringLiteral("subjectTxn"), textOrNull(transactionId)}};
}

bool journalAction(ResolutionAction a)
{
    return a == ResolutionAction::AdjustmentJournal || a == ResolutionAction::ReverseDuplicate ||
           a == ResolutionAction::WriteOff;
}

QString classList(const QMap<QString, qint64>& byClass)
{
    QStringList parts;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        parts.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace bridge::store::resolution_rows
