// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
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

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.result_id, s.run_id, s.subject_kind, s.line_ref, s.transaction_id, s.batch_ref, s.batch_id, "
    "s.class, s.action, s.amount_minor, s.currency, s.debit_ledger, s.credit_ledger, s.counterpart_transaction_id, "
    "s.comment, s.proposed_by, s.proposed_at, s.state, s.decided_by, s.decided_at, s.decision_comment, s.outbox_id, "
    "o.command_kind, o.business_key, o.status, o.document_key, o.error_message "
    "FROM reconcile_resolutions s LEFT JOIN outbox o ON o.id = s.outbox_id ");

const QString kItem = QStringLiteral("item");
const QString kJournal = QStringLiteral("settlement_journal");

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant idOrNull(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

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

/// The batch's live (proposed or approved) settlement journal in a currency.
Result<std::optional<ResolutionRecord>> liveJournalIn(QSqlDatabase& db, qint64 batchRef, const QString& currency)
{
    Result<QList<ResolutionRecord>> rows = selectIn(
        db,
        QStringLiteral("WHERE s.subject_kind = 'settlement_journal' AND s.batch_ref = :b AND s.currency = :c AND "
                       "s.state <> 'rejected'"),
        {{QStringLiteral("b"), batchRef}, {QStringLiteral("c"), currency}});
    if (!rows) {
        return fail(rows.error());
    }
    return rows->isEmpty() ? std::optional<ResolutionRecord>{} : std::optional<ResolutionRecord>(rows->first());
}

/// The payment's own receipt (or the refund's credit note) still on its way or dead in the
/// outbox: posting a second one under the resolution's key could book it twice.
Result<void> noOwnDocumentPending(QSqlDatabase& db, const QString& transactionId, bool receipt)
{
    Result<QSqlQuery> q = Database::exec(
        db,
        QStringLiteral("SELECT id, status FROM outbox WHERE transaction_id = :t AND command_kind = :k AND status <> "
                       "'done' AND business_key NOT LIKE 'RES%' ORDER BY id LIMIT 1"),
        {{"t", transactionId}, {"k", receipt ? QStringLiteral("ARSTPY") : QStringLiteral("ARSTIN")}});
    if (!q) {
        return fail(q.error());
    }
    if (q->next()) {
        return fail(Error::permanent(
            QStringLiteral("resolution.own_document_pending"),
            Resolutions::tr(
                "Transaction %1's own %2 is still in the outbox (command %3, %4): posting another one could "
                "book it twice. Let the engine post it, or replay it with \"bridge-cli replay command:%3\" "
                "if it is dead, and reconcile again.")
                .arg(transactionId, receipt ? Resolutions::tr("receipt") : Resolutions::tr("credit note"))
                .arg(q->value(0).toLongLong())
                .arg(q->value(1).toString())));
    }
    return {};
}

/// A reconcile_results row with what a resolution needs to know about it.
struct ResultRow {
    qint64 id = 0;
    qint64 runId = 0;
    bool lineSide = true;
    std::optional<qint64> lineRef;
    QString transactionId;
    QString batchId;
    QString discrepancyClass;
    QString counterpartTransactionId;
    std::optional<qint64> counterpartLineRef;
    Money amount{0, Currency::of("GBP")};
    qint64 differenceMinor = 0;
    std::optional<qint64> batchRef; ///< the line's batch, or the counterpart line's
    QString lineType;               ///< the settlement line's type (line side)
    std::optional<qint64> resolutionId;
};

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

/// The subject of a result: its own line or entry, plus the other side of its pair when that
/// side's row (same run) has the same class and points back at it.
struct Subject {
    std::optional<qint64> lineRef;
    QString transactionId;
};

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
const QString kSubjectRows = QStringLiteral(
    "((r.side = 'line' AND r.line_ref = :subjectLine) OR (r.side = 'entry' AND r.transaction_id = :subjectTxn))");

QVariantMap subjectBindings(const std::optional<qint64>& lineRef, const QString& transactionId)
{
    return {{QStringLiteral("subjectLine"), idOrNull(lineRef)},
            {QStringLiteral("subjectTxn"), textOrNull(transactionId)}};
}

/// Every result row of the subject, in every run, points at the resolution (and is approved with it).
Result<void> markResults(QSqlDatabase& tx, const ResolutionRecord& r, bool approved)
{
    Result<QSqlQuery> runs = Database::exec(tx, QStringLiteral("SELECT id FROM reconcile_runs ORDER BY id"));
    if (!runs) {
        return fail(runs.error());
    }
    QList<qint64> runIds;
    while (runs->next()) {
        runIds.append(runs->value(0).toLongLong());
    }
    if (r.subjectKind != kItem) {
        if (!approved || !r.batchRef) {
            return {};
        }
        // An approved settlement journal answers the batch's fee and chargeback lines in its
        // currency that have no live resolution of their own.
        for (qint64 run : runIds) {
            Result<QSqlQuery> u = Database::exec(
                tx,
                QStringLiteral(
                    "UPDATE reconcile_results SET resolution_id = :res, status = 'approved' WHERE run_id = :run AND "
                    "side = 'line' AND class IN ('fee_difference', 'chargeback') AND line_ref IN (SELECT id FROM "
                    "settlement_lines WHERE batch_ref = :b AND currency = :c AND line_type IN ('fee', 'chargeback')) "
                    "AND (resolution_id IS NULL OR resolution_id NOT IN (SELECT id FROM reconcile_resolutions WHERE "
                    "state <> 'rejected'))"),
                {{"res", r.id}, {"run", run}, {"b", *r.batchRef}, {"c", r.amount.currency().code()}});
            if (!u) {
                return fail(u.error());
            }
        }
        return {};
    }
    for (qint64 run : runIds) {
        QVariantMap b = subjectBindings(r.lineRef, r.transactionId);
        b.insert(QStringLiteral("run"), run);
        b.insert(QStringLiteral("class"), r.discrepancyClass);
        b.insert(QStringLiteral("res"), r.id);
        b.insert(QStringLiteral("status"), approved ? QStringLiteral("approved") : QStringLiteral("open"));
        Result<QSqlQuery> u = Database::exec(
            tx,
            QStringLiteral("UPDATE reconcile_results SET resolution_id = :res, status = :status WHERE id IN (SELECT "
                           "r.id FROM reconcile_results r WHERE r.run_id = :run AND r.class = :class AND ") +
                kSubjectRows + QLatin1Char(')'),
            b);
        if (!u) {
            return fail(u.error());
        }
    }
    return {};
}

QString dayText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

bool journalAction(ResolutionAction a)
{
    return a == ResolutionAction::AdjustmentJournal || a == ResolutionAction::ReverseDuplicate ||
           a == ResolutionAction::WriteOff;
}

QJsonObject field(const QString& target, const QJsonValue& value)
{
    return QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("value"), value}};
}

/// A command of the payment's own (the mapping's output) with its reference replaced: the
/// missing receipt or credit note posted again under the resolution's key.
QJsonObject withReference(QJsonObject command, const QString& referenceTarget, const QString& reference)
{
    QJsonArray fields = command.value(QStringLiteral("fields")).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject f = fields.at(i).toObject();
        if (f.value(QStringLiteral("target")).toString() == referenceTarget) {
            f.insert(QStringLiteral("value"), reference);
            fields.replace(i, f);
            replaced = true;
        }
    }
    if (!replaced) {
        fields.append(field(referenceTarget, reference));
    }
    command.insert(QStringLiteral("fields"), fields);
    return command;
}

QString classList(const QMap<QString, qint64>& byClass)
{
    QStringList parts;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        parts.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString resolutionActionId(ResolutionAction action)
{
    switch (action) {
    case ResolutionAction::PostMissingReceipt:
        return QStringLiteral("post_missing_receipt");
    case ResolutionAction::PostMissingCreditNote:
        return QStringLiteral("post_missing_credit_note");
    case ResolutionAction::AdjustmentJournal:
        return QStringLiteral("adjustment_journal");
    case ResolutionAction::ReverseDuplicate:
        return QStringLiteral("reverse_duplicate");
    case ResolutionAction::WriteOff:
        return QStringLiteral("write_off");
    case ResolutionAction::WaitForNextBatch:
        return QStringLiteral("wait_for_next_batch");
    case ResolutionAction::ConfirmMatch:
        return QStringLiteral("confirm_match");
    case ResolutionAction::ResolvedOutside:
        return QStringLiteral("resolved_outside");
    case ResolutionAction::PostSettlementJournal:
        return QStringLiteral("post_settlement_journal");
    }
    return {};
}

std::optional<ResolutionAction> resolutionActionFromId(const QString& id)
{
    for (ResolutionAction a :
         {ResolutionAction::PostMissingReceipt, ResolutionAction::PostMissingCreditNote,
          ResolutionAction::AdjustmentJournal, ResolutionAction::ReverseDuplicate, ResolutionAction::WriteOff,
          ResolutionAction::WaitForNextBatch, ResolutionAction::ConfirmMatch, ResolutionAction::ResolvedOutside,
          ResolutionAction::PostSettlementJournal}) {
        if (resolutionActionId(a) == id) {
            return a;
        }
    }
    return std::nullopt;
}

bool resolutionActionPosts(ResolutionAction action)
{
    return action == ResolutionAction::PostMissingReceipt || action == ResolutionAction::PostMissingCreditNote ||
           action == ResolutionAction::PostSettlementJournal || journalAction(action);
}

bool resolutionActionIsJournal(ResolutionAction action)
{
    return journalAction(action);
}

QString resolutionStateId(ResolutionState state)
{
    switch (state) {
    case ResolutionState::Proposed:
        return QStringLiteral("proposed");
    case ResolutionState::Approved:
        return QStringLiteral("approved");
    case ResolutionState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ResolutionState> resolutionStateFromId(const QString& id)
{
    for (ResolutionState s : {ResolutionState::Proposed, ResolutionState::Approved, ResolutionState::Rejected}) {
        if (resolutionStateId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

ResolutionPosting ResolutionPosting::fromSettings(const Settings& settings)
{
    return ResolutionPosting{settings.value(SettingKeys::ReconcileBankLedgerCode).trimmed(),
                             settings.value(SettingKeys::ReconcileReceivablesLedgerCode).trimmed(),
                             settings.value(SettingKeys::ReconcileClearingLedgerCode).trimmed(),
                             settings.value(SettingKeys::ReconcileFeeLedgerCode).trimmed(),
                             settings.value(SettingKeys::ReconcileChargebackLedgerCode).trimmed(),
                             settings.value(SettingKeys::ReconcileDifferenceLedgerCode).trimmed(),
                             settings.value(SettingKeys::ReconcileReceiptBank).trimmed(),
                             settings.value(SettingKeys::ReconcileProductClass).trimmed()};
}

ResolutionPosting ResolutionPosting::defaults()
{
    return ResolutionPosting{SettingKeys::ReconcileBankLedgerCode.defaultValue,
                             SettingKeys::ReconcileReceivablesLedgerCode.defaultValue,
                             SettingKeys::ReconcileClearingLedgerCode.defaultValue,
                             SettingKeys::ReconcileFeeLedgerCode.defaultValue,
                             SettingKeys::ReconcileChargebackLedgerCode.defaultValue,
                             SettingKeys::ReconcileDifferenceLedgerCode.defaultValue,
                             SettingKeys::ReconcileReceiptBank.defaultValue,
                             SettingKeys::ReconcileProductClass.defaultValue};
}

std::pair<QString, QString> ResolutionPosting::defaultsFor(ResolutionAction action, const QString& c, bool refund) const
{
    // Debit first. Receipts land in card clearing (what Opayo owes us); the settlement journal
    // moves the batch out of it into the bank. A settlement short of the ledger (fees, a
    // mismatch) leaves the shortfall in clearing: it goes to fees, chargebacks or differences. A
    // receipt booked twice is undone against receivables; money the acquirer paid twice went
    // through clearing into the bank and is owed back (differences until it is).
    if (action == ResolutionAction::WriteOff) {
        return {differenceLedgerCode, clearingLedgerCode};
    }
    if (action == ResolutionAction::ReverseDuplicate) {
        if (c == QLatin1String("duplicate_in_syspro")) {
            return {receivablesLedgerCode, clearingLedgerCode};
        }
        return {clearingLedgerCode, differenceLedgerCode};
    }
    if (c == QLatin1String("fee_difference")) {
        return {feeLedgerCode, clearingLedgerCode};
    }
    if (c == QLatin1String("chargeback")) {
        return {chargebackLedgerCode, clearingLedgerCode};
    }
    return refund ? std::pair{clearingLedgerCode, differenceLedgerCode}
                  : std::pair{differenceLedgerCode, clearingLedgerCode};
}

Result<qint64> SettlementJournal::imbalanceMinor() const
{
    qint64 total = 0;
    for (const ChargebackJournalLine& l : lines) {
        if (__builtin_add_overflow(total, l.amount.minorUnits(), &total)) {
            return fail(Error::permanent(QStringLiteral("resolution.journal_overflow"),
                                         Resolutions::tr("The settlement journal's entries do not fit in 64 bits of "
                                                         "minor units; the batch's lines cannot be right.")));
        }
    }
    return total;
}

Resolutions::Resolutions(std::shared_ptr<Database> database, ResolutionPosting posting, const Clock& clock)
    : m_database(std::move(database))
    , m_posting(std::move(posting))
    , m_clock(clock)
{}

QString Resolutions::actionName(ResolutionAction action)
{
    switch (action) {
    case ResolutionAction::PostMissingReceipt:
        return tr("post the missing receipt");
    case ResolutionAction::PostMissingCreditNote:
        return tr("post the missing credit note");
    case ResolutionAction::AdjustmentJournal:
        return tr("post an adjustment journal");
    case ResolutionAction::ReverseDuplicate:
        return tr("reverse the duplicate");
    case ResolutionAction::WriteOff:
        return tr("write the difference off");
    case ResolutionAction::WaitForNextBatch:
        return tr("wait for the next batch");
    case ResolutionAction::ConfirmMatch:
        return tr("confirm the match");
    case ResolutionAction::ResolvedOutside:
        return tr("resolved outside the bridge");
    case ResolutionAction::PostSettlementJournal:
        return tr("post the settlement journal");
    }
    return {};
}

QString Resolutions::stateName(ResolutionState state)
{
    switch (state) {
    case ResolutionState::Proposed:
        return tr("proposed");
    case ResolutionState::Approved:
        return tr("approved");
    case ResolutionState::Rejected:
        return tr("rejected");
    }
    return {};
}

QString Resolutions::reference(qint64 resolutionId)
{
    return QStringLiteral("RES%1").arg(resolutionId);
}

Result<qint64> Resolutions::propose(qint64 resultId, const ResolutionProposal& proposal, const QString& actor,
                                    RoleSet roles)
{
    if (Result<void> allowed = Permissions::check(actor, roles, Action::ProposeResolution); !allowed) {
        return fail(allowed.error());
    }
    const QString comment = proposal.comment.trimmed();
    if (comment.isEmpty()) {
        return fail(refused(QStringLiteral("comment"),
                            tr("A proposal needs a comment saying why this resolution is right; write one and "
                               "propose again.")));
    }
    if (proposal.action == ResolutionAction::PostSettlementJournal) {
        return fail(refused(QStringLiteral("action"),
                            tr("A settlement journal is proposed for a batch, not for one line; use the batch's "
                               "\"propose settlement journal\".")));
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    const ResolutionPosting posting = m_posting;
    qint64 newId = 0;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<std::optional<ResultRow>> found = resultIn(tx, resultId);
        if (!found) {
            return fail(found.error());
        }
        if (!*found) {
            return fail(refused(QStringLiteral("unknown_result"),
                                tr("There is no reconciliation result %1; run the reconciliation again and pick "
                                   "a line from it.")
                                    .arg(resultId)));
        }
        const ResultRow& r = **found;
        if (r.discrepancyClass == QLatin1String("matched")) {
            return fail(refused(QStringLiteral("matched"),
                                tr("Result %1 is matched; only a discrepancy can get a resolution.").arg(resultId)));
        }
        Result<Subject> subject = subjectOf(tx, r);
        if (!subject) {
            return fail(subject.error());
        }
        if (r.batchRef) {
            Result<QSqlQuery> closed =
                Database::exec(tx, QStringLiteral("SELECT closed_by FROM settlement_batch_closes WHERE batch_ref = :b"),
                               {{"b", *r.batchRef}});
            if (!closed) {
                return fail(closed.error());
            }
            if (closed->next()) {
                return fail(refused(QStringLiteral("batch_closed"),
                                    tr("Batch %1 was closed by %2; its items do not change any more.")
                                        .arg(r.batchId, closed->value(0).toString())));
            }
        }
        const bool feeOrChargebackLine =
            r.lineSide && (r.lineType == QLatin1String("fee") || r.lineType == QLatin1String("chargeback"));
        if (feeOrChargebackLine && r.batchRef) {
            Result<std::optional<ResolutionRecord>> journal =
                liveJournalIn(tx, *r.batchRef, r.amount.currency().code());
            if (!journal) {
                return fail(journal.error());
            }
            if (*journal && ((*journal)->state == ResolutionState::Approved || journalAction(proposal.action))) {
                return fail(refused(
                    QStringLiteral("in_settlement_journal"),
                    tr("Batch %1's settlement journal in %2 (proposal %3, %4) books this line's amount already; a "
                       "journal of its own would book it twice.")
                        .arg(r.batchId, r.amount.currency().code())
                        .arg((*journal)->id)
                        .arg(stateName((*journal)->state))));
            }
        }
        QVariantMap live = subjectBindings(subject->lineRef, subject->transactionId);
        live.insert(QStringLiteral("class"), r.discrepancyClass);
        Result<QList<ResolutionRecord>> existing =
            selectIn(tx,
                     QStringLiteral("WHERE s.subject_kind = 'item' AND s.class = :class AND s.state <> 'rejected' AND "
                                    "((s.line_ref = :subjectLine) OR (s.transaction_id = :subjectTxn))"),
                     live);
        if (!existing) {
            return fail(existing.error());
        }
        if (!existing->isEmpty()) {
            const ResolutionRecord& e = existing->first();
            return fail(
                refused(e.state == ResolutionState::Approved ? QStringLiteral("already_resolved")
                                                             : QStringLiteral("already_proposed"),
                        e.state == ResolutionState::Approved
                            ? tr("This item is already resolved: proposal %1 (%2) by %3 was approved by %4.")
                                  .arg(e.id)
                                  .arg(actionName(e.action), e.proposedBy, e.decidedBy)
                            : tr("This item already has an open proposal: %1 (%2) by %3. Approve or reject it first.")
                                  .arg(e.id)
                                  .arg(actionName(e.action), e.proposedBy)));
        }

        // What fits the class, and what the action posts.
        const QString& c = r.discrepancyClass;
        const auto notFit = [&](const QString& why) {
            return fail(refused(QStringLiteral("action_class"), tr("\"%1\" does not fit result %2 (%3): %4")
                                                                    .arg(actionName(proposal.action))
                                                                    .arg(resultId)
                                                                    .arg(c, why)));
        };
        Money amount = Money::zero(r.amount.currency());
        QString debit;
        QString credit;
        QString counterpart;
        bool refund = false;
        if (!subject->transactionId.isEmpty()) {
            Result<QSqlQuery> kind =
                Database::exec(tx, QStringLiteral("SELECT kind FROM payments WHERE transaction_id = :t"),
                               {{"t", subject->transactionId}});
            if (!kind) {
                return fail(kind.error());
            }
            refund = kind->next() && kind->value(0).toString() == QLatin1String("refund");
        }
        switch (proposal.action) {
        case ResolutionAction::PostMissingReceipt:
        case ResolutionAction::PostMissingCreditNote: {
            const bool receipt = proposal.action == ResolutionAction::PostMissingReceipt;
            if (c != QLatin1String("missing_in_syspro") || subject->transactionId.isEmpty()) {
                return notFit(tr("only a ledger entry missing in SYSPRO gets its receipt or credit note posted"));
            }
            if (receipt == refund) {
                return notFit(receipt
                                  ? tr("transaction %1 is a refund: post its credit note").arg(subject->transactionId)
                                  : tr("transaction %1 is a payment: post its receipt").arg(subject->transactionId));
            }
            Result<QSqlQuery> p = Database::exec(
                tx, QStringLiteral("SELECT amount_minor, currency FROM payments WHERE transaction_id = :t"),
                {{"t", subject->transactionId}});
            if (!p) {
                return fail(p.error());
            }
            if (!p->next()) {
                return notFit(tr("the ledger has no transaction %1").arg(subject->transactionId));
            }
            Result<Currency> cur = Currency::fromCode(p->value(1).toString());
            if (!cur) {
                return fail(cur.error());
            }
            amount = Money(p->value(0).toLongLong(), *cur);
            if (Result<void> none = noOwnDocumentPending(tx, subject->transactionId, receipt); !none) {
                return none;
            }
            break;
        }
        case ResolutionAction::AdjustmentJournal:
        case ResolutionAction::ReverseDuplicate:
        case ResolutionAction::WriteOff: {
            if (proposal.action == ResolutionAction::ReverseDuplicate && c != QLatin1String("duplicate_in_syspro") &&
                c != QLatin1String("duplicate_in_settlement")) {
                return notFit(tr("only a duplicate can be reversed"));
            }
            std::pair<QString, QString> defaults = posting.defaultsFor(proposal.action, c, refund);
            if (r.differenceMinor < 0 && proposal.action != ResolutionAction::ReverseDuplicate) {
                // Settled more than the ledger holds: the excess went into clearing, so it comes out.
                std::swap(defaults.first, defaults.second);
            }
            debit = proposal.debitLedgerCode.trimmed().isEmpty() ? defaults.first : proposal.debitLedgerCode.trimmed();
            credit =
                proposal.creditLedgerCode.trimmed().isEmpty() ? defaults.second : proposal.creditLedgerCode.trimmed();
            if (debit.isEmpty() || credit.isEmpty() || debit == credit) {
                return fail(refused(QStringLiteral("ledgers"),
                                    tr("A journal needs two different ledger codes, one debited and one credited "
                                       "(here \"%1\" and \"%2\"); give them in the proposal or in Settings "
                                       "(reconcile/…LedgerCode).")
                                        .arg(debit, credit)));
            }
            if (proposal.amount) {
                if (proposal.amount->currency() != r.amount.currency()) {
                    return fail(refused(QStringLiteral("currency"),
                                        tr("The journal's amount is in %1, the item in %2; give it in %2.")
                                            .arg(proposal.amount->currency().code(), r.amount.currency().code())));
                }
                amount = *proposal.amount;
            } else {
                const qint64 diff = r.differenceMinor;
                amount = Money(diff == 0 ? r.amount.minorUnits() : (diff < 0 ? -diff : diff), r.amount.currency());
            }
            if (amount.isZero() || amount.isNegative()) {
                return fail(
                    refused(QStringLiteral("amount"), tr("A journal's amount must be above zero (here %1 %2).")
                                                          .arg(amount.toDecimalString(), amount.currency().code())));
            }
            break;
        }
        case ResolutionAction::WaitForNextBatch:
            if (c != QLatin1String("not_yet_settled") && c != QLatin1String("refund_not_settled") &&
                c != QLatin1String("missing_in_settlement")) {
                return notFit(tr("only an entry no batch has settled yet can wait for the next batch"));
            }
            break;
        case ResolutionAction::ConfirmMatch: {
            if (c != QLatin1String("uncertain_match")) {
                return notFit(tr("only an uncertain match can be confirmed"));
            }
            counterpart = proposal.counterpartTransactionId.trimmed();
            if (counterpart.isEmpty()) {
                return notFit(tr("name the ledger entry (transaction ID) the line belongs to"));
            }
            Result<QSqlQuery> p = Database::exec(tx, QStringLiteral("SELECT 1 FROM payments WHERE transaction_id = :t"),
                                                 {{"t", counterpart}});
            if (!p) {
                return fail(p.error());
            }
            if (!p->next()) {
                return notFit(tr("the ledger has no transaction %1").arg(counterpart));
            }
            break;
        }
        case ResolutionAction::ResolvedOutside:
        case ResolutionAction::PostSettlementJournal:
            break;
        }

        Result<QSqlQuery> q = Database::exec(
            tx,
            QStringLiteral(
                "INSERT INTO reconcile_resolutions (subject_kind, result_id, run_id, line_ref, transaction_id, "
                "batch_ref, batch_id, class, action, amount_minor, currency, debit_ledger, credit_ledger, "
                "counterpart_transaction_id, comment, proposed_by, proposed_at, state) VALUES ('item', :result, :run, "
                ":line, :txn, :batchRef, :batchId, :class, :action, :amount, :currency, :debit, :credit, :counterpart, "
                ":comment, :actor, :now, 'proposed') RETURNING id"),
            {{"result", r.id},
             {"run", r.runId},
             {"line", idOrNull(subject->lineRef)},
             {"txn", textOrNull(subject->transactionId)},
             {"batchRef", idOrNull(r.batchRef)},
             {"batchId", textOrNull(r.batchId)},
             {"class", c},
             {"action", resolutionActionId(proposal.action)},
             {"amount", amount.minorUnits()},
             {"currency", amount.currency().code()},
             {"debit", textOrNull(debit)},
             {"credit", textOrNull(credit)},
             {"counterpart", textOrNull(counterpart)},
             {"comment", comment},
             {"actor", actor},
             {"now", now}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return fail(refused(QStringLiteral("insert"), tr("The database returned no id for the new proposal.")));
        }
        newId = q->value(0).toLongLong();
        ResolutionRecord record;
        record.id = newId;
        record.subjectKind = kItem;
        record.lineRef = subject->lineRef;
        record.transactionId = subject->transactionId;
        record.discrepancyClass = c;
        if (Result<void> marked = markResults(tx, record, false); !marked) {
            return marked;
        }
        return asVoid(AuditLog::appendInTransaction(
            tx, postgres, now, actor, QStringLiteral("resolution.proposed"), QStringLiteral("resolution:%1").arg(newId),
            QJsonObject{{QStringLiteral("result"), r.id},
                        {QStringLiteral("class"), c},
                        {QStringLiteral("action"), resolutionActionId(proposal.action)},
                        {QStringLiteral("amountMinor"), amount.minorUnits()},
                        {QStringLiteral("currency"), amount.currency().code()},
                        {QStringLiteral("debit"), debit},
                        {QStringLiteral("credit"), credit},
                        {QStringLiteral("comment"), comment}}));
    });
    if (!ok) {
        if (ok.error().code.startsWith(QLatin1String("resolution.")) ||
            ok.error().code.startsWith(QLatin1String("permission."))) {
            return fail(ok.error());
        }
        // Two proposals for one item at the same moment: the unique index lets one through.
        Error e = ok.error();
        e.message = tr("The proposal was not stored: %1 If someone proposed for this item at the same moment, look "
                       "at it again.")
                        .arg(e.message);
        return fail(e);
    }
    return newId;
}

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

Result<QList<ResolutionRecord>> Resolutions::approve(const QList<qint64>& proposalIds, const QString& actor,
                                                     RoleSet roles, const QString& comment)
{
    if (Result<void> allowed = Permissions::check(actor, roles, Action::ApproveResolution); !allowed) {
        return fail(allowed.error());
    }
    QList<qint64> ids;
    for (qint64 id : proposalIds) {
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        return fail(refused(QStringLiteral("nothing"), tr("Select at least one proposal to approve.")));
    }
    const qint64 now = m_clock.nowMsecs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const bool postgres = m_database->isPostgres();
    const ResolutionPosting posting = m_posting;
    const QString decision = comment.trimmed();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        QList<ResolutionRecord> records;
        QMap<QString, qint64> classes;
        for (qint64 id : ids) {
            Result<std::optional<ResolutionRecord>> found = findIn(tx, id);
            if (!found) {
                return fail(found.error());
            }
            if (!*found) {
                return fail(refused(QStringLiteral("unknown"), tr("There is no proposal %1.").arg(id)));
            }
            const ResolutionRecord& r = **found;
            if (r.state != ResolutionState::Proposed) {
                return fail(
                    refused(QStringLiteral("decided"), tr("Proposal %1 is already %2 (by %3); nothing was approved.")
                                                           .arg(id)
                                                           .arg(stateName(r.state), r.decidedBy)));
            }
            classes[r.discrepancyClass] += 1;
            records.append(r);
        }
        if (classes.size() > 1) {
            return fail(refused(QStringLiteral("mixed_classes"),
                                tr("Proposals are approved together only when they share one discrepancy class; "
                                   "these are of %1 classes (%2). Approve each class on its own.")
                                    .arg(classes.size())
                                    .arg(classList(classes))));
        }
        for (const ResolutionRecord& r : std::as_const(records)) {
            const qint64 id = r.id;
            if (Result<void> mc = Permissions::checkApproval(actor, roles, Action::ApproveResolution, r.proposedBy);
                !mc) {
                Error e = mc.error();
                e.message = tr("Proposal %1: %2 Nothing was approved.").arg(id).arg(e.message);
                return fail(e);
            }
            if (journalAction(r.action) && r.lineRef && r.batchRef) {
                Result<QSqlQuery> type = Database::exec(
                    tx, QStringLiteral("SELECT line_type FROM settlement_lines WHERE id = :l"), {{"l", *r.lineRef}});
                if (!type) {
                    return fail(type.error());
                }
                const QString lineType = type->next() ? type->value(0).toString() : QString();
                if (lineType == QLatin1String("fee") || lineType == QLatin1String("chargeback")) {
                    Result<std::optional<ResolutionRecord>> journal =
                        liveJournalIn(tx, *r.batchRef, r.amount.currency().code());
                    if (!journal) {
                        return fail(journal.error());
                    }
                    if (*journal && (*journal)->state == ResolutionState::Approved) {
                        return fail(refused(QStringLiteral("in_settlement_journal"),
                                            tr("Proposal %1: batch %2's settlement journal (proposal %3) booked this "
                                               "line's amount already; reject the proposal. Nothing was approved.")
                                                .arg(r.id)
                                                .arg(r.batchId)
                                                .arg((*journal)->id)));
                    }
                }
            }
        }
        for (ResolutionRecord& r : records) {
            std::optional<qint64> outboxId;
            if (resolutionActionPosts(r.action)) {
                Result<QJsonObject> command = [&]() -> Result<QJsonObject> {
                    const QString ref = reference(r.id);
                    if (r.action == ResolutionAction::PostSettlementJournal) {
                        if (!r.batchRef) {
                            return fail(
                                refused(QStringLiteral("no_batch"), tr("Proposal %1 names no batch.").arg(r.id)));
                        }
                        // Built again from the lines: what is posted is what the batch holds now.
                        Result<SettlementJournal> built =
                            settlementJournalIn(tx, posting, *r.batchRef, r.amount.currency().code());
                        if (!built) {
                            return fail(built.error());
                        }
                        return settlementJournalCommand(*built, ref, today);
                    }
                    if (journalAction(r.action)) {
                        // Data in SYSPRO: English, whatever language the console runs in.
                        const QString note = QStringLiteral("Reconciliation %1 %2").arg(r.discrepancyClass, ref);
                        Result<Money> credit = r.amount.negated();
                        if (!credit) {
                            return fail(credit.error());
                        }
                        return ChargebackCommands::glJournal(
                            ref, today, note.left(60),
                            {{r.debitLedgerCode, r.amount, note.left(30)},
                             {r.creditLedgerCode, *credit, note.left(30)}},
                            QStringLiteral("reconcileAdjustment"), [&](const QString& why) {
                                return Error::permanent(
                                    QStringLiteral("resolution.journal_unbalanced"),
                                    tr("The journal of proposal %1 was not queued: %2.").arg(r.id).arg(why));
                            });
                    }
                    return documentFor(tx, r, posting, today);
                }();
                if (!command) {
                    return fail(command.error());
                }
                NewOutboxCommand n;
                n.commandKind = command->value(QStringLiteral("object")).toString();
                n.businessKey = reference(r.id);
                n.payload = QString::fromUtf8(QJsonDocument(*command).toJson(QJsonDocument::Compact));
                if (r.action == ResolutionAction::PostMissingReceipt ||
                    r.action == ResolutionAction::PostMissingCreditNote) {
                    // The payment's receipt: linked to it, so the next run finds it in SYSPRO.
                    n.transactionId = r.transactionId;
                    n.orderingKey = QStringLiteral("txn:") + r.transactionId;
                } else if (r.action == ResolutionAction::PostSettlementJournal) {
                    // The batch's journal answers its fee lines (Settlements::load).
                    n.transactionId = r.batchId;
                    n.orderingKey = QStringLiteral("batch:%1").arg(*r.batchRef);
                } else {
                    // An adjustment answers a chargeback line (by its transaction) or a fee line
                    // (by its batch); any other journal must not pass for a receipt, so it is
                    // kept under its own key.
                    Result<QSqlQuery> line = Database::exec(
                        tx, QStringLiteral("SELECT line_type, transaction_id FROM settlement_lines WHERE id = :l"),
                        {{"l", idOrNull(r.lineRef)}});
                    if (!line) {
                        return fail(line.error());
                    }
                    const bool hasLine = line->next();
                    const QString type = hasLine ? line->value(0).toString() : QString();
                    n.transactionId = type == QLatin1String("chargeback") && !line->value(1).toString().isEmpty()
                                          ? line->value(1).toString()
                                      : type == QLatin1String("fee") && !r.batchId.isEmpty() ? r.batchId
                                                                                             : reference(r.id);
                    n.orderingKey = QStringLiteral("res:%1").arg(r.id);
                }
                Result<Outbox::Enqueued> queued = Outbox::enqueue(tx, postgres, now, n);
                if (!queued) {
                    return fail(queued.error());
                }
                if (queued->duplicate) {
                    return fail(refused(QStringLiteral("queued_before"),
                                        tr("Proposal %1's SYSPRO command (%2 %3) was queued before; it is not queued "
                                           "again.")
                                            .arg(r.id)
                                            .arg(n.commandKind, n.businessKey)));
                }
                outboxId = queued->id;
            }
            Result<QSqlQuery> u = Database::exec(
                tx,
                QStringLiteral("UPDATE reconcile_resolutions SET state = 'approved', decided_by = :by, decided_at = "
                               ":at, decision_comment = :comment, outbox_id = :outbox WHERE id = :id AND state = "
                               "'proposed'"),
                {{"by", actor}, {"at", now}, {"comment", decision}, {"outbox", idOrNull(outboxId)}, {"id", r.id}});
            if (!u) {
                return fail(u.error());
            }
            if (u->numRowsAffected() != 1) {
                return fail(Error::transient(QStringLiteral("resolution.changed"),
                                             tr("Proposal %1 was decided by someone else at the same moment; look "
                                                "at it again.")
                                                 .arg(r.id)));
            }
            r.state = ResolutionState::Approved;
            if (Result<void> marked = markResults(tx, r, true); !marked) {
                return marked;
            }
            QJsonObject detail{{QStringLiteral("class"), r.discrepancyClass},
                               {QStringLiteral("action"), resolutionActionId(r.action)},
                               {QStringLiteral("amountMinor"), r.amount.minorUnits()},
                               {QStringLiteral("currency"), r.amount.currency().code()},
                               {QStringLiteral("proposedBy"), r.proposedBy},
                               {QStringLiteral("comment"), decision},
                               {QStringLiteral("together"), qint64(records.size())}};
            if (outboxId) {
                detail.insert(QStringLiteral("command"), *outboxId);
            }
            if (Result<AuditEntry> a =
                    AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("resolution.approved"),
                                                  QStringLiteral("resolution:%1").arg(r.id), detail);
                !a) {
                return fail(a.error());
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    QList<ResolutionRecord> out;
    for (qint64 id : ids) {
        Result<std::optional<ResolutionRecord>> r = find(id);
        if (!r) {
            return fail(r.error());
        }
        if (*r) {
            out.append(**r);
        }
    }
    return out;
}

Result<QJsonObject> Resolutions::documentFor(QSqlDatabase& tx, const ResolutionRecord& r,
                                             const ResolutionPosting& posting, const QDate& today)
{
    const bool receipt = r.action == ResolutionAction::PostMissingReceipt;
    const QString ref = reference(r.id);
    if (Result<void> none = noOwnDocumentPending(tx, r.transactionId, receipt); !none) {
        return fail(none.error());
    }
    // The payment's own command, as the mapping made it (customer, bank, conversion): posted
    // again under the resolution's reference.
    Result<QSqlQuery> own = Database::exec(
        tx,
        QStringLiteral(
            "SELECT payload FROM outbox WHERE transaction_id = :t AND command_kind = :k ORDER BY id LIMIT 1"),
        {{"t", r.transactionId}, {"k", receipt ? QStringLiteral("ARSTPY") : QStringLiteral("ARSTIN")}});
    if (!own) {
        return fail(own.error());
    }
    if (own->next()) {
        const QJsonObject command = QJsonDocument::fromJson(own->value(0).toString().toUtf8()).object();
        if (!command.isEmpty()) {
            return withReference(command,
                                 receipt ? QStringLiteral("Payment.Reference") : QStringLiteral("Item.Reference"), ref);
        }
    }
    // None (the bridge never queued one): built from the ledger, in the payment's currency (the
    // company's is assumed, as for chargebacks).
    Result<QSqlQuery> p = Database::exec(
        tx,
        QStringLiteral("SELECT customer, vendor_tx_code, amount_minor, currency, occurred_at FROM payments WHERE "
                       "transaction_id = :t"),
        {{"t", r.transactionId}});
    if (!p) {
        return fail(p.error());
    }
    if (!p->next()) {
        return fail(
            refused(QStringLiteral("no_payment"),
                    tr("Proposal %1: the ledger has no transaction %2 any more.").arg(r.id).arg(r.transactionId)));
    }
    const QString customer = p->value(0).toString().trimmed();
    if (customer.isEmpty()) {
        return fail(refused(QStringLiteral("no_customer"),
                            tr("Proposal %1: transaction %2 has no SYSPRO customer in the ledger, so its %3 cannot be "
                               "built. Post it in SYSPRO by hand and resolve the item as resolved outside the bridge.")
                                .arg(r.id)
                                .arg(r.transactionId, receipt ? tr("receipt") : tr("credit note"))));
    }
    const QString vendorTxCode = p->value(1).toString();
    Result<Currency> cur = Currency::fromCode(p->value(3).toString());
    if (!cur) {
        return fail(cur.error());
    }
    const Money amount(p->value(2).toLongLong(), *cur);
    QDate date = QDateTime::fromMSecsSinceEpoch(p->value(4).toLongLong(), Qt::UTC).date();
    if (!date.isValid()) {
        date = today;
    }
    if (receipt) {
        const QJsonArray fields{
            field(QStringLiteral("Payment.Customer"), customer),
            field(QStringLiteral("Payment.PaymentValue"), moneyToJson(amount)),
            field(QStringLiteral("Payment.Reference"), ref),
            field(QStringLiteral("Payment.PaymentDate"), date.toString(Qt::ISODate)),
            field(QStringLiteral("Payment.JournalNotation"), QStringLiteral("Opayo %1").arg(vendorTxCode).left(30)),
            field(QStringLiteral("Payment.PaymentType"), QStringLiteral("O")),
            field(QStringLiteral("Payment.Bank"), posting.receiptBank),
            field(QStringLiteral("Payment.UnappliedPayment.GrossPaymentValue"), moneyToJson(amount)),
            field(QStringLiteral("Payment.UnappliedPayment.CustomerPurchaseOrder"), vendorTxCode.left(30)),
        };
        return QJsonObject{{QStringLiteral("object"), QStringLiteral("ARSTPY")},
                           {QStringLiteral("target"), QStringLiteral("reconcileReceipt")},
                           {QStringLiteral("fields"), fields},
                           {QStringLiteral("lines"), QJsonArray{}}};
    }
    const QJsonArray fields{
        field(QStringLiteral("Item.TransactionType"), QStringLiteral("C")),
        field(QStringLiteral("Item.Customer"), customer),
        field(QStringLiteral("Item.InvoiceDate"), date.toString(Qt::ISODate)),
        field(QStringLiteral("Item.Reference"), ref),
        field(QStringLiteral("Item.InvoiceValue"), moneyToJson(amount)),
        field(QStringLiteral("Item.ProductClass"), posting.productClass),
    };
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("ARSTIN")},
                       {QStringLiteral("target"), QStringLiteral("reconcileCreditNote")},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("lines"), QJsonArray{}}};
}

Result<ResolutionRecord> Resolutions::reject(qint64 proposalId, const QString& actor, RoleSet roles,
                                             const QString& comment)
{
    if (Result<void> allowed = Permissions::check(actor, roles, Action::ApproveResolution); !allowed) {
        return fail(allowed.error());
    }
    if (comment.trimmed().isEmpty()) {
        return fail(refused(QStringLiteral("comment"),
                            tr("Say why the proposal is rejected, so that the preparer knows what to propose "
                               "instead.")));
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<std::optional<ResolutionRecord>> found = findIn(tx, proposalId);
        if (!found) {
            return fail(found.error());
        }
        if (!*found) {
            return fail(refused(QStringLiteral("unknown"), tr("There is no proposal %1.").arg(proposalId)));
        }
        const ResolutionRecord& r = **found;
        if (r.state != ResolutionState::Proposed) {
            return fail(
                refused(QStringLiteral("decided"),
                        tr("Proposal %1 is already %2 (by %3).").arg(proposalId).arg(stateName(r.state), r.decidedBy)));
        }
        if (Result<void> mc = Permissions::checkApproval(actor, roles, Action::ApproveResolution, r.proposedBy); !mc) {
            Error e = mc.error();
            e.message = tr("Proposal %1: %2").arg(proposalId).arg(e.message);
            return fail(e);
        }
        Result<QSqlQuery> u = Database::exec(
            tx,
            QStringLiteral("UPDATE reconcile_resolutions SET state = 'rejected', decided_by = :by, decided_at = :at, "
                           "decision_comment = :comment WHERE id = :id AND state = 'proposed'"),
            {{"by", actor}, {"at", now}, {"comment", comment.trimmed()}, {"id", proposalId}});
        if (!u) {
            return fail(u.error());
        }
        if (u->numRowsAffected() != 1) {
            return fail(Error::transient(
                QStringLiteral("resolution.changed"),
                tr("Proposal %1 was decided by someone else at the same moment; look at it again.").arg(proposalId)));
        }
        // A fee or chargeback line whose batch's settlement journal was approved meanwhile is
        // answered by that journal now.
        if (r.subjectKind == kItem && r.batchRef) {
            Result<std::optional<ResolutionRecord>> journal =
                liveJournalIn(tx, *r.batchRef, r.amount.currency().code());
            if (!journal) {
                return fail(journal.error());
            }
            if (*journal && (*journal)->state == ResolutionState::Approved) {
                if (Result<void> marked = markResults(tx, **journal, true); !marked) {
                    return marked;
                }
            }
        }
        return asVoid(
            AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("resolution.rejected"),
                                          QStringLiteral("resolution:%1").arg(proposalId),
                                          QJsonObject{{QStringLiteral("class"), r.discrepancyClass},
                                                      {QStringLiteral("action"), resolutionActionId(r.action)},
                                                      {QStringLiteral("proposedBy"), r.proposedBy},
                                                      {QStringLiteral("comment"), comment.trimmed()}}));
    });
    if (!ok) {
        return fail(ok.error());
    }
    Result<std::optional<ResolutionRecord>> r = find(proposalId);
    if (!r) {
        return fail(r.error());
    }
    return **r;
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

Result<std::optional<ResolutionRecord>> Resolutions::find(qint64 proposalId) const
{
    std::optional<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<ResolutionRecord>> r = findIn(db, proposalId);
        if (!r) {
            return fail(r.error());
        }
        out = *r;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionRecord>> Resolutions::history(qint64 resultId) const
{
    QList<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<ResultRow>> found = resultIn(db, resultId);
        if (!found) {
            return fail(found.error());
        }
        if (!*found) {
            return fail(
                refused(QStringLiteral("unknown_result"), tr("There is no reconciliation result %1.").arg(resultId)));
        }
        Result<Subject> subject = subjectOf(db, **found);
        if (!subject) {
            return fail(subject.error());
        }
        QVariantMap b = subjectBindings(subject->lineRef, subject->transactionId);
        b.insert(QStringLiteral("class"), (*found)->discrepancyClass);
        Result<QList<ResolutionRecord>> rows = selectIn(
            db,
            QStringLiteral("WHERE s.subject_kind = 'item' AND s.class = :class AND ((s.line_ref = :subjectLine) OR "
                           "(s.transaction_id = :subjectTxn)) ORDER BY s.id DESC"),
            b);
        if (!rows) {
            return fail(rows.error());
        }
        out = *rows;
        // A fee or chargeback line answered by its batch's settlement journal.
        if (const std::optional<qint64> res = (*found)->resolutionId;
            res && std::none_of(out.cbegin(), out.cend(), [&res](const ResolutionRecord& x) { return x.id == *res; })) {
            Result<std::optional<ResolutionRecord>> journal = findIn(db, *res);
            if (!journal) {
                return fail(journal.error());
            }
            if (*journal && (*journal)->subjectKind == kJournal) {
                out.prepend(**journal);
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QHash<qint64, ResolutionRecord>> Resolutions::latestFor(const QList<qint64>& resultIds) const
{
    QHash<qint64, ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        for (qint64 id : resultIds) {
            Result<std::optional<ResultRow>> found = resultIn(db, id);
            if (!found) {
                return fail(found.error());
            }
            if (!*found || (*found)->discrepancyClass == QLatin1String("matched")) {
                continue;
            }
            Result<Subject> subject = subjectOf(db, **found);
            if (!subject) {
                return fail(subject.error());
            }
            QVariantMap b = subjectBindings(subject->lineRef, subject->transactionId);
            b.insert(QStringLiteral("class"), (*found)->discrepancyClass);
            Result<QList<ResolutionRecord>> rows = selectIn(
                db,
                QStringLiteral("WHERE s.subject_kind = 'item' AND s.class = :class AND ((s.line_ref = :subjectLine) OR "
                               "(s.transaction_id = :subjectTxn)) ORDER BY s.id DESC LIMIT 1"),
                b);
            if (!rows) {
                return fail(rows.error());
            }
            if (!rows->isEmpty()) {
                out.insert(id, rows->first());
            } else if ((*found)->resolutionId) {
                // A fee or chargeback line answered by its batch's settlement journal.
                Result<std::optional<ResolutionRecord>> journal = findIn(db, *(*found)->resolutionId);
                if (!journal) {
                    return fail(journal.error());
                }
                if (*journal) {
                    out.insert(id, **journal);
                }
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionItem>> Resolutions::items(qint64 runId, const QString& discrepancyClass, int limit) const
{
    QList<ResolutionItem> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral("SELECT r.id, r.side, r.transaction_id, r.batch_id, l.seq, r.class, r.amount_minor, "
                           "r.currency, r.difference_minor, r.resolution FROM reconcile_results r LEFT JOIN "
                           "settlement_lines l ON l.id = r.line_ref WHERE r.run_id = :run AND r.class <> 'matched' "
                           "AND (:class = '' OR r.class = :class) ORDER BY r.id LIMIT :limit"),
            {{"run", runId},
             {"class", discrepancyClass.isNull() ? QStringLiteral("") : discrepancyClass},
             {"limit", limit}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            ResolutionItem i;
            i.resultId = q->value(0).toLongLong();
            i.side = q->value(1).toString();
            i.transactionId = q->value(2).toString();
            i.batchId = q->value(3).toString();
            i.lineSeq = q->value(4).toInt();
            i.discrepancyClass = q->value(5).toString();
            i.amount = Money(q->value(6).toLongLong(),
                             Currency::fromCode(q->value(7).toString()).value_or(Currency::of("GBP")));
            i.differenceMinor = q->value(8).toLongLong();
            i.suggested = q->value(9).toString();
            out.append(i);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    QList<qint64> ids;
    for (const ResolutionItem& i : std::as_const(out)) {
        ids.append(i.resultId);
    }
    Result<QHash<qint64, ResolutionRecord>> latest = latestFor(ids);
    if (!latest) {
        return fail(latest.error());
    }
    for (ResolutionItem& i : out) {
        if (const auto it = latest->constFind(i.resultId); it != latest->constEnd()) {
            i.latest = *it;
        }
    }
    return out;
}

Result<std::optional<QString>> Resolutions::resultCurrency(qint64 resultId) const
{
    std::optional<QString> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT currency FROM reconcile_results WHERE id = :id"), {{"id", resultId}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            out = q->value(0).toString();
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionRecord>> Resolutions::awaitingApproval(int limit) const
{
    QList<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QList<ResolutionRecord>> rows =
            selectIn(db, QStringLiteral("WHERE s.state = 'proposed' ORDER BY s.id LIMIT :limit"),
                     {{QStringLiteral("limit"), limit}});
        if (!rows) {
            return fail(rows.error());
        }
        out = *rows;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionRecord>> Resolutions::batchJournals(qint64 batchRef) const
{
    QList<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QList<ResolutionRecord>> rows = selectIn(
            db, QStringLiteral("WHERE s.subject_kind = 'settlement_journal' AND s.batch_ref = :b ORDER BY s.id DESC"),
            {{QStringLiteral("b"), batchRef}});
        if (!rows) {
            return fail(rows.error());
        }
        out = *rows;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<void> Resolutions::applyToRun(QSqlDatabase& tx, qint64 runId)
{
    Result<QSqlQuery> any = Database::exec(tx, QStringLiteral("SELECT 1 FROM reconcile_resolutions LIMIT 1"));
    if (!any) {
        return fail(any.error());
    }
    if (!any->next()) {
        return {}; // nothing was ever resolved: the run stays as stored
    }
    // The run's discrepancy rows only, through the (run, class) index: a million matched rows
    // are not touched.
    QStringList classes;
    for (int c = 1; c < reconcile::kDiscrepancyCount; ++c) {
        classes.append(QLatin1Char('\'') + Settlements::discrepancyId(reconcile::Discrepancy(c)) + QLatin1Char('\''));
    }
    const QString discrepancies = QStringLiteral("run_id = :run AND class IN (%1)").arg(classes.join(u','));
    // The newest resolution of each row's subject and class (at most one is live: a newer one
    // exists only after a rejection), line side and entry side each through its own index.
    for (const auto& [side, column] : {std::pair{QStringLiteral("line"), QStringLiteral("line_ref")},
                                       std::pair{QStringLiteral("entry"), QStringLiteral("transaction_id")}}) {
        const QString newest = QStringLiteral("(SELECT MAX(s.id) FROM reconcile_resolutions s WHERE s.%1 = "
                                              "reconcile_results.%1 AND s.class = reconcile_results.class AND "
                                              "s.subject_kind = 'item')")
                                   .arg(column);
        Result<QSqlQuery> u = Database::exec(
            tx,
            QStringLiteral("UPDATE reconcile_results SET resolution_id = %1 WHERE %2 AND side = '%3' AND EXISTS "
                           "(SELECT 1 FROM reconcile_resolutions s WHERE s.%4 = reconcile_results.%4 AND s.class = "
                           "reconcile_results.class AND s.subject_kind = 'item')")
                .arg(newest, discrepancies, side, column),
            {{"run", runId}});
        if (!u) {
            return fail(u.error());
        }
    }
    // Fee and chargeback lines without a resolution of their own: their batch's approved
    // settlement journal in their currency answers them.
    const QString journal = QStringLiteral(
        "(SELECT MAX(j.id) FROM reconcile_resolutions j JOIN settlement_lines l ON l.batch_ref = j.batch_ref AND "
        "l.currency = j.currency WHERE j.subject_kind = 'settlement_journal' AND j.state = 'approved' AND l.id = "
        "reconcile_results.line_ref AND l.line_type IN ('fee', 'chargeback'))");
    Result<QSqlQuery> j = Database::exec(
        tx,
        QStringLiteral(
            "UPDATE reconcile_results SET resolution_id = %1 WHERE run_id = :run AND side = 'line' AND class "
            "IN ('fee_difference', 'chargeback') AND (resolution_id IS NULL OR resolution_id IN (SELECT id "
            "FROM reconcile_resolutions WHERE state = 'rejected')) AND %1 IS NOT NULL")
            .arg(journal),
        {{"run", runId}});
    if (!j) {
        return fail(j.error());
    }
    return asVoid(Database::exec(
        tx,
        QStringLiteral("UPDATE reconcile_results SET status = 'approved' WHERE %1 AND resolution_id IN (SELECT id "
                       "FROM reconcile_resolutions WHERE state = 'approved')")
            .arg(discrepancies),
        {{"run", runId}}));
}

} // namespace bridge::store
