// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace bridge::sandbox::opayo {

struct SandboxSessionKey {
    QString key;
    qint64 expiresMs = 0;
    int failures = 0;
    bool cardCreated = false;
};

/// A tokenised card. The card number is not kept (only type, last four and the test outcome).
struct SandboxCardIdentifier {
    QString id;
    QString sessionKey;
    qint64 expiresMs = 0;
    QString cardholderName;
    QString cardType;
    QString lastFour;
    QString expiryDate;
    bool securityCodeProvided = false;
    bool securityCodeMatches = false;
    bool declines = false;
    bool reusable = false;
};

struct SandboxInstruction {
    QString type;
    qint64 atMs = 0;
    qint64 amount = 0;
};

struct SandboxTransaction {
    QString id;
    QString type; ///< Payment, Deferred, Authenticate, Authorise, Repeat, Refund
    QString vendorTxCode;
    qint64 amount = 0; ///< minor units
    QString currency;
    QString description;
    QString status; ///< Ok, NotAuthed, Rejected, …
    QString statusCode;
    QString statusDetail;
    qint64 retrievalReference = 0;
    QString bankResponseCode;
    QString bankAuthorisationCode;
    QString cardType;
    QString lastFour;
    QString expiryDate;
    QString cardIdentifier;
    bool reusable = false;
    QString cardholderName;
    QString threeDSecureStatus;
    bool hasAvsCvc = false;
    QString avsStatus, avsAddress, avsPostalCode, avsSecurityCode;
    QString referenceTransactionId;
    QString customerFirstName, customerLastName, customerEmail;
    QString billingAddress1, billingCity, billingPostalCode, billingCountry;
    qint64 createdMs = 0;
    qint64 completedMs = 0;
    // State after the fact.
    bool voided = false, aborted = false, released = false, cancelled = false, authorised = false;
    qint64 releasedAmount = 0;
    qint64 refundedAmount = 0;
    QList<SandboxInstruction> instructions;
    // 3-D Secure challenge in progress (HTTP 202 given, cRes not yet received).
    bool challengePending = false;
    bool ignoreThreeDSRules = false;
    QString acsTransId, dsTransId;
    qint64 challengeExpiresMs = 0;
    QString batchId; ///< set when settled
    QString acquirer;
    QString protocol = QStringLiteral("Pi"); ///< "Pi" or "Server"
    QString securityKey;                     ///< Server protocol only

    [[nodiscard]] bool succeeded() const { return status == QLatin1String("Ok"); }
    /// The amount that settles (payments) or is paid back (refunds); 0 if nothing settles.
    [[nodiscard]] qint64 settlingAmount() const;
    /// Reporting API txstateid (opayo-api.md §3.6).
    [[nodiscard]] int txStateId() const;
};

/// The sandbox's memory: session keys, card identifiers and transactions, with seeded ids.
/// Confined to the sandbox's thread.
class SandboxLedger
{
public:
    explicit SandboxLedger(quint64 seed);

    /// "1A2B3C4D-…" (36 characters, upper-case hex).
    QString newGuid();
    /// 10 upper-case letters and digits (Server-protocol SecurityKey).
    QString newSecurityKey();
    qint64 nextRetrievalReference() { return ++m_retrievalReference; }

    QHash<QString, SandboxSessionKey> sessionKeys;
    QHash<QString, SandboxCardIdentifier> cardIdentifiers;
    QHash<QString, SandboxTransaction> transactions;
    QHash<QString, QString> byVendorTxCode; ///< vendorTxCode → transaction id
    QStringList order;                      ///< transaction ids in creation order

    SandboxTransaction* find(const QString& id);
    SandboxTransaction* findByVendorTxCode(const QString& vendorTxCode);
    void add(const SandboxTransaction& tx);
    /// Drops expired session keys and card identifiers (keeps memory bounded in long runs).
    void expire(qint64 nowMs);

private:
    std::mt19937_64 m_random;
    qint64 m_retrievalReference = 8'636'127;
};

} // namespace bridge::sandbox::opayo
