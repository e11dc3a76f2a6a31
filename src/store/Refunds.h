// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Permissions.h"
#include "store/Ledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// Why money goes back. Stored by id; the console shows the translated name.
enum class RefundReason { CustomerRequest, GoodsReturned, DuplicateCharge, Fraud, Goodwill, Other };

/// Refund (a new Opayo transaction for part or all of the payment) or void (the whole payment,
/// cancelled the same day before Opayo settles it).
enum class RefundKind { Refund, Void };

/// Where a console refund is:
/// - Requested: waits for a second person (or was let through by the policy);
/// - Approved: an inbox event carries it to the engine;
/// - Sending: the engine is asking Opayo (a crash here means: ask Opayo before trying again);
/// - Sent: Opayo refunded it; the credit note follows through the pipeline;
/// - Rejected, Failed (Opayo refused or the request died before money left).
enum class RefundState { Requested, Approved, Sending, Sent, Rejected, Failed };

struct RefundRequest {
    qint64 id = 0;
    RefundKind kind = RefundKind::Refund;
    QString originalTransactionId;
    QString originalVendorTxCode;
    QString vendorTxCode; ///< the refund's own, derived from the request id so that a retry reuses it
    QString customer;
    Money amount{0, Currency::of("GBP")};
    RefundReason reason = RefundReason::CustomerRequest;
    QString note;
    RefundState state = RefundState::Requested;
    QString requestedBy;
    qint64 requestedAt = 0;
    QString decidedBy; ///< the approver (or "policy" when the limit let it through), or who rejected it
    qint64 decidedAt = 0;
    QString decisionComment;
    std::optional<qint64> inboxId;
    QString opayoTransactionId; ///< the refund's transactionId once Opayo made it
    QString errorMessage;       ///< why it failed
};

/// A payment as the refund search shows it, with what can still go back.
struct RefundablePayment {
    LedgerPayment payment;
    Money refunded{0, Currency::of("GBP")}; ///< refunds done (accepted into the ledger)
    Money pending{0, Currency::of("GBP")};  ///< console refunds asked for, approved or on their way
    Money remaining{0, Currency::of("GBP")};
    bool voidable = false; ///< taken today (Opayo's day, UK time) with nothing refunded or pending
};

/// What the engine found when it took a refund to send.
struct SendingRefund {
    RefundRequest request;
    bool askOpayoFirst = false; ///< an earlier try may have reached Opayo: look the refund up before sending
    bool alreadySent = false;   ///< Opayo made it before (its id is on the request)
};

struct RefundSearch {
    QString text;                ///< vendorTxCode, transactionId or customer prefix
    std::optional<Money> amount; ///< exact amount
    std::optional<QDate> from;   ///< inclusive, UTC days
    std::optional<QDate> to;     ///< inclusive
    int limit = 200;
};

/// The policy for refunds below a limit: per currency, the largest amount one person may
/// refund alone. Empty: every refund needs a second person. Settings text: "GBP 20.00, EUR 25".
struct RefundPolicy {
    QMap<QString, qint64> singleApproverLimitMinor; ///< currency → minor units (inclusive)

    static Result<RefundPolicy> parse(const QString& text);
    [[nodiscard]] QString toText() const;
    [[nodiscard]] bool letsThrough(const Money& amount) const;
};

/// Console refunds and voids: asked for by one person, approved by another (maker-checker) or
/// let through by the policy, then carried out by the engine (an inbox event of source
/// "console-refund": Opayo refund, then the credit note and the shop's status like any refund).
/// The sum of a payment's refunds done and on their way never exceeds it: every request, every
/// approval and the engine's last check before Opayo is asked run under the payment's lock.
class Refunds
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Refunds)

public:
    static constexpr const char* kSource = "console-refund";

    Refunds(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    [[nodiscard]] static QString reasonId(RefundReason reason);
    [[nodiscard]] static QString reasonName(RefundReason reason); ///< translated
    /// The same in English, for data that leaves the console (Opayo's refund description).
    [[nodiscard]] static QString reasonText(RefundReason reason);
    static std::optional<RefundReason> reasonFromId(const QString& id);
    [[nodiscard]] static QString stateId(RefundState state);
    [[nodiscard]] static QString stateName(RefundState state); ///< translated
    static std::optional<RefundState> stateFromId(const QString& id);
    /// "ORDER-1-R7": the original's vendorTxCode shortened to fit Opayo's 40 characters.
    [[nodiscard]] static QString refundVendorTxCode(const QString& originalVendorTxCode, qint64 requestId);

    /// Payments (not refunds) matching the search, newest first, with what is left of each.
    Result<QList<RefundablePayment>> search(const RefundSearch& search) const;
    Result<std::optional<RefundablePayment>> refundable(const QString& originalTransactionId) const;

    /// Asks for a refund. Refused, naming the amounts, when it is above what is left (original −
    /// refunded − pending); a void only for a voidable payment and for all of it. When the
    /// policy lets the amount through, it is approved at once (decidedBy "policy").
    Result<RefundRequest> request(const QString& originalTransactionId, RefundKind kind, const Money& amount,
                                  RefundReason reason, const QString& note, const QString& actor, RoleSet roles,
                                  const RefundPolicy& policy);
    /// The approver's decision: never the requester's own (maker-checker). Approving checks
    /// again what is left and hands the refund to the engine in the same transaction.
    Result<RefundRequest> approve(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment);
    Result<RefundRequest> reject(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment);

    Result<std::optional<RefundRequest>> find(qint64 requestId) const;
    /// Requests waiting for an approver, oldest first.
    Result<QList<RefundRequest>> awaitingApproval() const;
    /// Every request of one payment, newest first; all requests when the id is empty (limit).
    Result<QList<RefundRequest>> history(const QString& originalTransactionId, int limit = 500) const;

    // The engine's steps (inside its own transactions).

    /// The last check before Opayo is asked: what is left, under the payment's lock, must still
    /// cover the request (a refund made in Opayo's portal meanwhile counts); then Sending.
    /// A request already Sending means an earlier try may have reached Opayo: ask Opayo before
    /// trying again.
    static Result<SendingRefund> beginSending(QSqlDatabase& tx, bool postgres, qint64 now, qint64 requestId);
    /// Opayo made the refund (or the void): its id, on the request and its inbox event.
    static Result<void> markSent(QSqlDatabase& tx, qint64 now, qint64 requestId, const QString& opayoTransactionId);
    /// Opayo refused it, or it died before money left.
    static Result<void> markFailed(QSqlDatabase& tx, qint64 now, qint64 requestId, const QString& reason);
    static Result<std::optional<RefundRequest>> findIn(QSqlDatabase& db, qint64 requestId);

private:
    Result<RefundRequest> decide(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment,
                                 bool approve);
    /// Checks what is left (under the lock) and, when approved, queues the inbox event.
    static Result<void> approveIn(QSqlDatabase& tx, bool postgres, qint64 now, RefundRequest& request);

    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
