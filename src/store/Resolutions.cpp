// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Resolutions.h"
#include "store/ResolutionRows.h"

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

} // namespace

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
