// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Refunds.h"

#include "core/CanonicalPayment.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Inbox.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bridge::store {

namespace {

constexpr int kMaxNote = 500;

// Refunds asked for, approved or on their way whose refund is not in the ledger yet: they count
// against what is left. `:orig` names the payment; `:except` leaves one request out.
const QString kPendingSql =
    QStringLiteral("SELECT COALESCE(SUM(q.amount_minor), 0) FROM refund_requests q "
                   "WHERE q.original_transaction_id = :orig AND q.id <> :except "
                   "AND q.state IN ('requested', 'approved', 'sending', 'sent') "
                   "AND (q.opayo_transaction_id IS NULL OR NOT EXISTS "
                   "(SELECT 1 FROM payments x WHERE x.transaction_id = q.opayo_transaction_id))");

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

Result<Money> pendingFor(QSqlDatabase& db, const QString& originalId, qint64 exceptRequest, const Currency& currency)
{
    Result<QSqlQuery> q = Database::exec(db, kPendingSql, {{"orig", originalId}, {"except", exceptRequest}});
    if (!q) {
        return fail(q.error());
    }
    q->next();
    return Money(q->value(0).toLongLong(), currency);
}

/// What is left of a payment after refunds done and refunds on their way (other than
/// `exceptRequest`), read under the payment's lock.
struct Left {
    Refundable ledger;
    Money pending{0, Currency::of("GBP")};
    Money remaining{0, Currency::of("GBP")};
};

Result<Left> leftUnderLock(QSqlDatabase& tx, bool postgres, const QString& originalId, qint64 exceptRequest)
{
    Result<std::optional<Refundable>> r = Ledger::refundable(tx, postgres, originalId);
    if (!r) {
        return fail(r.error());
    }
    if (!*r) {
        return fail(Error::permanent(
            QStringLiteral("refunds.unknown_payment"),
            Refunds::tr("Payment %1 is not in the bridge's ledger, so nothing of it can be refunded from the console. "
                        "Search again, or wait until the payment has been posted.")
                .arg(originalId)));
    }
    Left left;
    left.ledger = **r;
    Result<Money> pending = pendingFor(tx, originalId, exceptRequest, left.ledger.original.currency());
    if (!pending) {
        return fail(pending.error());
    }
    left.pending = *pending;
    Result<Money> remaining = left.ledger.remaining.minus(left.pending);
    if (!remaining) {
        return fail(remaining.error());
    }
    left.remaining = *remaining;
    return left;
}

Error exceeds(const RefundRequest& request, const Left& left)
{
    return Error::permanent(
        QStringLiteral("refunds.exceeds"),
        Refunds::tr("Refund of %1 exceeds what is left of payment %2: %3 of %4 (%5 refunded, %6 asked for or on its "
                    "way). Nothing was sent to Opayo.")
            .arg(request.amount.toDisplayString(), request.originalVendorTxCode, left.remaining.toDisplayString(),
                 left.ledger.original.toDisplayString(), left.ledger.refunded.toDisplayString(),
                 left.pending.toDisplayString()));
}

Result<void> setState(QSqlDatabase& tx, qint64 now, qint64 id, RefundState state, const QString& extraSql = {},
                      QVariantMap bindings = {})
{
    bindings.insert(QStringLiteral("state"), Refunds::stateId(state));
    bindings.insert(QStringLiteral("now"), now);
    bindings.insert(QStringLiteral("id"), id);
    Result<QSqlQuery> q = Database::exec(
        tx,
        QStringLiteral("UPDATE refund_requests SET state = :state, updated_at = :now%1 WHERE id = :id").arg(extraSql),
        bindings);
    return asVoid(std::move(q));
}

QJsonObject auditDetail(const RefundRequest& r)
{
    return QJsonObject{
        {QStringLiteral("kind"), r.kind == RefundKind::Void ? QStringLiteral("void") : QStringLiteral("refund")},
        {QStringLiteral("originalTransactionId"), r.originalTransactionId},
        {QStringLiteral("vendorTxCode"), r.vendorTxCode},
        {QStringLiteral("amount"), moneyToJson(r.amount)},
        {QStringLiteral("reason"), Refunds::reasonId(r.reason)}};
}

} // namespace

Refunds::Refunds(std::shared_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Result<RefundRequest> Refunds::request(const QString& originalTransactionId, RefundKind kind, const Money& amount,
                                       RefundReason reason, const QString& note, const QString& actor, RoleSet roles,
                                       const RefundPolicy& policy)
{
    if (Result<void> allowed = Permissions::check(actor, roles, Action::PrepareRefund); !allowed) {
        return fail(allowed.error());
    }
    if (amount.minorUnits() <= 0) {
        return fail(Error::permanent(
            QStringLiteral("refunds.amount"),
            tr("Enter an amount above zero to refund (you entered %1).").arg(amount.toDisplayString())));
    }
    if (note.size() > kMaxNote) {
        return fail(Error::permanent(
            QStringLiteral("refunds.note"),
            tr("The note is %1 characters long; shorten it to %2 at most.").arg(note.size()).arg(kMaxNote)));
    }
    if (reason == RefundReason::Other && note.trimmed().isEmpty()) {
        return fail(Error::permanent(QStringLiteral("refunds.note"),
                                     tr("The reason is \"Other\": say in the note why the money goes back.")));
    }
    std::optional<RefundablePayment> before;
    if (kind == RefundKind::Void) {
        Result<std::optional<RefundablePayment>> found = refundable(originalTransactionId);
        if (!found) {
            return fail(found.error());
        }
        before = *found;
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    RefundRequest r;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> original = Database::exec(
            tx,
            QStringLiteral(
                "SELECT vendor_tx_code, customer FROM payments WHERE transaction_id = :id AND kind = 'payment'"),
            {{"id", originalTransactionId}});
        if (!original) {
            return fail(original.error());
        }
        if (original->next()) {
            r.originalVendorTxCode = original->value(0).toString();
            r.customer = original->value(1).toString();
        }
        r.kind = kind;
        r.originalTransactionId = originalTransactionId;
        r.amount = amount;
        r.reason = reason;
        r.note = note.trimmed();
        if (r.note.isNull()) {
            r.note = QStringLiteral(""); // NOT NULL: a null QString would be bound as NULL
        }
        r.requestedBy = actor;
        r.requestedAt = now;
        Result<Left> left = leftUnderLock(tx, postgres, originalTransactionId, 0);
        if (!left) {
            return fail(left.error());
        }
        if (amount.currency() != left->ledger.original.currency()) {
            return fail(Error::permanent(
                QStringLiteral("refunds.currency"),
                tr("Payment %1 was taken in %2; a refund of it must be in %2 too (you entered %3).")
                    .arg(r.originalVendorTxCode, left->ledger.original.currency().code(), amount.currency().code())));
        }
        if (kind == RefundKind::Void) {
            if (!before || !before->voidable) {
                return fail(Error::permanent(
                    QStringLiteral("refunds.not_voidable"),
                    tr("Payment %1 can no longer be voided: Opayo allows a void only on the day the payment was "
                       "taken (until midnight UK time, before it settles) and only while nothing of it was refunded. "
                       "Refund it instead.")
                        .arg(r.originalVendorTxCode)));
            }
            if (amount != left->ledger.original) {
                return fail(Error::permanent(QStringLiteral("refunds.void_amount"),
                                             tr("A void cancels all of payment %1 (%2); it cannot be for %3.")
                                                 .arg(r.originalVendorTxCode, left->ledger.original.toDisplayString(),
                                                      amount.toDisplayString())));
            }
        }
        if (amount.minorUnits() > left->remaining.minorUnits()) {
            return fail(exceeds(r, *left));
        }
        Result<QSqlQuery> inserted = Database::exec(
            tx,
            QStringLiteral("INSERT INTO refund_requests (kind, original_transaction_id, original_vendor_tx_code, "
                           "customer, amount_minor, currency, reason, note, state, requested_by, requested_at, "
                           "updated_at) VALUES (:kind, :orig, :ovtx, :customer, :amount, :currency, :reason, :note, "
                           "'requested', :by, :at, :at2) RETURNING id"),
            QVariantMap{
                {QStringLiteral("kind"), kind == RefundKind::Void ? QStringLiteral("void") : QStringLiteral("refund")},
                {QStringLiteral("orig"), originalTransactionId},
                {QStringLiteral("ovtx"), r.originalVendorTxCode},
                {QStringLiteral("customer"), nullable(r.customer)},
                {QStringLiteral("amount"), amount.minorUnits()},
                {QStringLiteral("currency"), amount.currency().code()},
                {QStringLiteral("reason"), reasonId(reason)},
                {QStringLiteral("note"), r.note},
                {QStringLiteral("by"), actor},
                {QStringLiteral("at"), now},
                {QStringLiteral("at2"), now}});
        if (!inserted) {
            return fail(inserted.error());
        }
        inserted->next();
        r.id = inserted->value(0).toLongLong();
        r.vendorTxCode = refundVendorTxCode(r.originalVendorTxCode, r.id);
        if (Result<QSqlQuery> named =
                Database::exec(tx, QStringLiteral("UPDATE refund_requests SET vendor_tx_code = :vtx WHERE id = :id"),
                               {{"vtx", r.vendorTxCode}, {"id", r.id}});
            !named) {
            return fail(named.error());
        }
        if (Result<AuditEntry> a =
                AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("refund.requested"),
                                              QStringLiteral("refund:%1").arg(r.id), auditDetail(r));
            !a) {
            return fail(a.error());
        }
        if (policy.letsThrough(amount)) {
            r.decidedBy = QStringLiteral("policy");
            r.decidedAt = now;
            r.decisionComment =
                tr("At or below the single-approver limit of %1 %2.")
                    .arg(amount.currency().code(),
                         Money(policy.singleApproverLimitMinor.value(amount.currency().code()), amount.currency())
                             .toDecimalString());
            return approveIn(tx, postgres, now, r);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return r;
}

Result<void> Refunds::approveIn(QSqlDatabase& tx, bool postgres, qint64 now, RefundRequest& request)
{
    Result<Left> left = leftUnderLock(tx, postgres, request.originalTransactionId, request.id);
    if (!left) {
        return fail(left.error());
    }
    if (request.amount.minorUnits() > left->remaining.minorUnits()) {
        return fail(exceeds(request, *left));
    }
    const QJsonObject payload{
        {QStringLiteral("requestId"), request.id},
        {QStringLiteral("kind"), request.kind == RefundKind::Void ? QStringLiteral("void") : QStringLiteral("refund")},
        {QStringLiteral("originalTransactionId"), request.originalTransactionId},
        {QStringLiteral("originalVendorTxCode"), request.originalVendorTxCode},
        {QStringLiteral("vendorTxCode"), request.vendorTxCode},
        {QStringLiteral("customer"), request.customer},
        {QStringLiteral("amount"), moneyToJson(request.amount)},
        {QStringLiteral("reason"), reasonId(request.reason)},
        {QStringLiteral("note"), request.note},
        {QStringLiteral("requestedBy"), request.requestedBy},
        {QStringLiteral("approvedBy"), request.decidedBy},
    };
    NewInboxEvent event;
    event.source = QString::fromLatin1(kSource);
    event.sourceEventId = QStringLiteral("refund-request-%1").arg(request.id);
    event.kind = QStringLiteral("refund");
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    event.vendorTxCode = request.vendorTxCode;
    event.customer = request.customer;
    event.amount = request.amount;
    Result<Inbox::Accepted> queued = Inbox::acceptIn(tx, now, event);
    if (!queued) {
        return fail(queued.error());
    }
    request.inboxId = queued->id;
    request.state = RefundState::Approved;
    if (Result<void> set = setState(tx, now, request.id, RefundState::Approved,
                                    QStringLiteral(", decided_by = :by, decided_at = :at, decision_comment = :comment, "
                                                   "inbox_id = :inbox"),
                                    {{QStringLiteral("by"), request.decidedBy},
                                     {QStringLiteral("at"), request.decidedAt},
                                     {QStringLiteral("comment"), request.decisionComment},
                                     {QStringLiteral("inbox"), queued->id}});
        !set) {
        return fail(set.error());
    }
    return asVoid(AuditLog::appendInTransaction(tx, postgres, now, request.decidedBy, QStringLiteral("refund.approved"),
                                                QStringLiteral("refund:%1").arg(request.id), auditDetail(request)));
}

Result<RefundRequest> Refunds::approve(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment)
{
    return decide(requestId, approver, roles, comment, true);
}

Result<RefundRequest> Refunds::reject(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment)
{
    return decide(requestId, approver, roles, comment, false);
}

Result<RefundRequest> Refunds::decide(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment,
                                      bool approve)
{
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    RefundRequest r;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<std::optional<RefundRequest>> found = findIn(tx, requestId);
        if (!found) {
            return fail(found.error());
        }
        if (!*found) {
            return fail(Error::permanent(QStringLiteral("refunds.unknown_request"),
                                         tr("There is no refund request %1.").arg(requestId)));
        }
        r = **found;
        if (Result<void> allowed = Permissions::checkApproval(approver, roles, Action::ApproveRefund, r.requestedBy);
            !allowed) {
            return fail(allowed.error());
        }
        if (r.state != RefundState::Requested) {
            return fail(Error::permanent(QStringLiteral("refunds.decided"),
                                         tr("Refund request %1 is no longer waiting for approval: it is \"%2\"%3.")
                                             .arg(requestId)
                                             .arg(stateName(r.state), r.decidedBy.isEmpty()
                                                                          ? QString()
                                                                          : tr(" (decided by %1)").arg(r.decidedBy))));
        }
        r.decidedBy = approver;
        r.decidedAt = now;
        r.decisionComment = comment.trimmed();
        if (approve) {
            return approveIn(tx, postgres, now, r);
        }
        if (r.decisionComment.isEmpty()) {
            return fail(Error::permanent(
                QStringLiteral("refunds.reject_comment"),
                tr("Say why the refund is rejected, so that %1 knows what to do.").arg(r.requestedBy)));
        }
        r.state = RefundState::Rejected;
        if (Result<void> set =
                setState(tx, now, r.id, RefundState::Rejected,
                         QStringLiteral(", decided_by = :by, decided_at = :at, decision_comment = :comment"),
                         {{QStringLiteral("by"), approver},
                          {QStringLiteral("at"), now},
                          {QStringLiteral("comment"), r.decisionComment}});
            !set) {
            return fail(set.error());
        }
        QJsonObject detail = auditDetail(r);
        detail.insert(QStringLiteral("comment"), r.decisionComment);
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, approver, QStringLiteral("refund.rejected"),
                                                    QStringLiteral("refund:%1").arg(r.id), detail));
    });
    if (!ok) {
        return fail(ok.error());
    }
    return r;
}

Result<SendingRefund> Refunds::beginSending(QSqlDatabase& tx, bool postgres, qint64 now, qint64 requestId)
{
    Result<std::optional<RefundRequest>> found = findIn(tx, requestId);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(Error::permanent(QStringLiteral("refunds.unknown_request"),
                                     tr("Refund request %1 is not in the database.").arg(requestId)));
    }
    SendingRefund sending;
    RefundRequest& r = sending.request;
    r = **found;
    switch (r.state) {
    case RefundState::Sending: // an earlier try may have reached Opayo
        sending.askOpayoFirst = true;
        return sending;
    case RefundState::Sent:
        sending.alreadySent = true;
        return sending;
    case RefundState::Requested:
    case RefundState::Rejected:
        return fail(Error::permanent(QStringLiteral("refunds.not_approved"),
                                     tr("Refund request %1 is \"%2\"; only an approved refund is sent to Opayo.")
                                         .arg(requestId)
                                         .arg(stateName(r.state))));
    case RefundState::Approved:
    case RefundState::Failed: // replayed after a failure: checked again like a new one
        break;
    }
    Result<Left> left = leftUnderLock(tx, postgres, r.originalTransactionId, r.id);
    if (!left) {
        return fail(left.error());
    }
    if (r.amount.minorUnits() > left->remaining.minorUnits()) {
        return fail(exceeds(r, *left));
    }
    if (Result<void> set = setState(tx, now, r.id, RefundState::Sending, QStringLiteral(", error_message = NULL"));
        !set) {
        return fail(set.error());
    }
    r.state = RefundState::Sending;
    return sending;
}

Result<void> Refunds::markSent(QSqlDatabase& tx, qint64 now, qint64 requestId, const QString& opayoTransactionId)
{
    if (Result<void> set =
            setState(tx, now, requestId, RefundState::Sent, QStringLiteral(", opayo_transaction_id = :txn"),
                     {{QStringLiteral("txn"), opayoTransactionId}});
        !set) {
        return fail(set.error());
    }
    // The monitor and the Reporting poller's duplicate check find the event by the refund's id.
    return asVoid(
        Database::exec(tx,
                       QStringLiteral("UPDATE inbox SET transaction_id = :txn WHERE id = (SELECT inbox_id FROM "
                                      "refund_requests WHERE id = :id)"),
                       {{"txn", opayoTransactionId}, {"id", requestId}}));
}

Result<void> Refunds::markFailed(QSqlDatabase& tx, qint64 now, qint64 requestId, const QString& reason)
{
    // Only a refund whose money has not left can fail: once Opayo made it, it stays "sent".
    return asVoid(Database::exec(tx,
                                 QStringLiteral("UPDATE refund_requests SET state = 'failed', error_message = :error, "
                                                "updated_at = :now WHERE id = :id AND state <> 'sent'"),
                                 {{"error", reason}, {"now", now}, {"id", requestId}}));
}

} // namespace bridge::store