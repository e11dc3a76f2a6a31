// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// An Opayo transaction the bridge accepted for posting.
struct LedgerPayment {
    QString transactionId;
    QString kind = QStringLiteral("payment"); ///< payment, refund
    QString originalTransactionId;            ///< refunds: the payment refunded
    QString vendorTxCode;
    QString customer;
    Money amount{0, Currency::of("GBP")};
    QString status; ///< Opayo status: OK, PENDING
    std::optional<qint64> inboxId;
    qint64 occurredAt = 0; ///< when Opayo took the payment (ms since the epoch, UTC)
};

/// An Opayo transaction's SYSPRO document.
struct LedgerLink {
    QString transactionId;
    QString commandKind; ///< SORTOI, ARSTPY, ARSTIN, …
    QString businessKey;
    QString documentKey; ///< sales order, receipt reference, credit note, journal
    std::optional<qint64> outboxId;
    qint64 linkedAt = 0;
};

/// What is left to refund of a payment.
struct Refundable {
    Money original{0, Currency::of("GBP")};
    Money refunded{0, Currency::of("GBP")}; ///< refunds accepted so far (posted or on their way)
    Money remaining{0, Currency::of("GBP")};
};

/// The bridge's ledger: accepted payments and refunds (one row per Opayo transactionId, so a
/// payment reported twice is recognised), and the links from Opayo ids to SYSPRO documents.
/// The transaction-scoped functions run inside the caller's write transaction, so that the
/// ledger changes together with the inbox and outbox.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Ledger)

public:
    enum class Recorded { New, Duplicate };

    explicit Ledger(std::shared_ptr<Database> database);

    /// "Refund R of X exceeds what is left of payment P: Y of Z (W already refunded)."
    /// A refund whose payment the bridge has not accepted yet: transient, looked at again soon.
    static Error refundOriginalUnknown(const QString& refundId, const QString& originalId);
    static Error refundExceeds(const QString& refundId, const Money& amount, const QString& originalId,
                               const Refundable& left);

    /// Records a payment. The same transactionId again is a Duplicate and changes nothing.
    /// A refund is checked against its payment under a lock: a refund above what is left, or of
    /// a payment the bridge does not know, is refused (the error names the amounts).
    static Result<Recorded> recordPayment(QSqlDatabase& tx, bool postgres, qint64 now, const LedgerPayment& payment);
    /// What is left of `originalTransactionId`; on PostgreSQL the payment row stays locked until
    /// the transaction ends, so that two refunds of one payment are checked one after the other.
    static Result<std::optional<Refundable>> refundable(QSqlDatabase& tx, bool postgres,
                                                        const QString& originalTransactionId);
    /// Links a transaction to a SYSPRO document (idempotent on command kind + business key).
    static Result<void> link(QSqlDatabase& tx, qint64 now, const LedgerLink& link);

    Result<std::optional<LedgerPayment>> payment(const QString& transactionId) const;
    Result<std::optional<Refundable>> refundable(const QString& originalTransactionId) const;
    Result<QList<LedgerLink>> links(const QString& transactionId) const;
    Result<qint64> countPayments(const QString& kind) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace bridge::store
