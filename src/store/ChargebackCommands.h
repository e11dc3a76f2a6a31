// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace bridge {
class Settings;
}

namespace bridge::store {

/// Where a lost chargeback goes in SYSPRO (from Settings, SettingKeys::Chargeback*).
struct ChargebackPosting {
    QString feeLedgerCode;  ///< debited with the acquirer's fee
    QString bankLedgerCode; ///< credited with it (the acquirer took it from the bank account)
    QString productClass;   ///< of the debit note (ARSTIN needs one)

    static ChargebackPosting fromSettings(const Settings& settings);
};

/// One entry of a fee journal: a positive amount is a debit, a negative one a credit.
struct ChargebackJournalLine {
    QString ledgerCode;
    Money amount{0, Currency::of("GBP")};
    QString comment;
};

/// The outbox commands of a lost chargeback, in the JSON form engine::ErpDocuments reads (the
/// mapped-command form: object, target, fields of {target, value}, lines).
class ChargebackCommands
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::ChargebackCommands)

public:
    /// The key SYSPRO finds both documents by again: "CB" + the acquirer's reference (the debit
    /// note's Reference and the journal's JournalReference, 30 characters at most).
    static QString reference(const QString& acquirerReference);
    /// The longest acquirer reference that fits.
    static constexpr int maxAcquirerReference = 28;

    /// ARSTIN, TransactionType D: the chargeback amount charged back to the customer's account.
    static Result<QJsonObject> debitNote(const QString& customer, const QString& acquirerReference, const Money& amount,
                                         const QDate& date, const QString& productClass);
    /// GENTJL of the given entries; refused (nothing to queue) when empty, in mixed currencies or
    /// not balanced.
    static Result<QJsonObject> journal(const QString& acquirerReference, const QDate& date, const QString& notation,
                                       const QList<ChargebackJournalLine>& lines);
    /// A GENTJL command of the given entries with `reference` as its JournalReference and every
    /// entry's Reference: the one place every journal the bridge queues is built. Refused with
    /// `refuse(why)` when empty, in mixed currencies, with a zero entry or not balanced (saying by
    /// how much).
    static Result<QJsonObject> glJournal(const QString& reference, const QDate& date, const QString& notation,
                                         const QList<ChargebackJournalLine>& lines, const QString& target,
                                         const std::function<Error(const QString& why)>& refuse);
    /// The fee journal: debit the fee ledger, credit the bank ledger, the same amount.
    static Result<QJsonObject> feeJournal(const QString& acquirerReference, const Money& fee, const QDate& date,
                                          const ChargebackPosting& posting, const QString& transactionId);
};

} // namespace bridge::store
