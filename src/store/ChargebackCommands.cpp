// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/ChargebackCommands.h"

#include "core/CanonicalPayment.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"

#include <QJsonArray>

namespace bridge::store {

namespace {

QJsonObject field(const QString& target, const QJsonValue& value)
{
    return QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("value"), value}};
}

Error notBalanced(const QString& reference, const QString& why)
{
    return Error::permanent(QStringLiteral("chargeback.journal_unbalanced"),
                            ChargebackCommands::tr("The chargeback fee journal %1 was not queued: %2. Nothing was "
                                                   "sent to SYSPRO; check the fee and the ledger codes in Settings.")
                                .arg(reference, why));
}

} // namespace

ChargebackPosting ChargebackPosting::fromSettings(const Settings& settings)
{
    return ChargebackPosting{settings.value(SettingKeys::ChargebackFeeLedgerCode).trimmed(),
                             settings.value(SettingKeys::ChargebackBankLedgerCode).trimmed(),
                             settings.value(SettingKeys::ChargebackProductClass).trimmed()};
}

QString ChargebackCommands::reference(const QString& acquirerReference)
{
    return QStringLiteral("CB") + acquirerReference;
}

Result<QJsonObject> ChargebackCommands::debitNote(const QString& customer, const QString& acquirerReference,
                                                  const Money& amount, const QDate& date, const QString& productClass)
{
    if (amount.isNegative() || amount.isZero()) {
        return fail(Error::permanent(QStringLiteral("chargeback.amount"),
                                     tr("The debit note of chargeback %1 would be for %2; it must be above zero.")
                                         .arg(acquirerReference, amount.toDecimalString())));
    }
    const QJsonArray fields{
        field(QStringLiteral("Item.TransactionType"), QStringLiteral("D")),
        field(QStringLiteral("Item.Customer"), customer),
        field(QStringLiteral("Item.InvoiceDate"), date.toString(Qt::ISODate)),
        field(QStringLiteral("Item.Reference"), reference(acquirerReference)),
        field(QStringLiteral("Item.InvoiceValue"), moneyToJson(amount)),
        field(QStringLiteral("Item.ProductClass"), productClass),
    };
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("ARSTIN")},
                       {QStringLiteral("target"), QStringLiteral("chargebackDebitNote")},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("lines"), QJsonArray{}}};
}

Result<QJsonObject> ChargebackCommands::journal(const QString& acquirerReference, const QDate& date,
                                                const QString& notation, const QList<ChargebackJournalLine>& lines)
{
    const QString ref = reference(acquirerReference);
    return glJournal(ref, date, notation, lines, QStringLiteral("chargebackFeeJournal"),
                     [&ref](const QString& why) { return notBalanced(ref, why); });
}

Result<QJsonObject> ChargebackCommands::glJournal(const QString& ref, const QDate& date, const QString& notation,
                                                  const QList<ChargebackJournalLine>& lines, const QString& target,
                                                  const std::function<Error(const QString& why)>& refuse)
{
    if (lines.size() < 2) {
        return fail(refuse(tr("a journal needs at least one debit and one credit")));
    }
    Money total = Money::zero(lines.first().amount.currency());
    QJsonArray lineArray;
    for (const ChargebackJournalLine& line : lines) {
        if (line.ledgerCode.trimmed().isEmpty()) {
            return fail(refuse(tr("an entry has no ledger code")));
        }
        if (line.amount.isZero()) {
            return fail(refuse(tr("the entry for ledger %1 is zero").arg(line.ledgerCode)));
        }
        Result<Money> sum = total.plus(line.amount);
        if (!sum) {
            return fail(refuse(sum.error().message));
        }
        total = *sum;
        lineArray.append(QJsonArray{field(QStringLiteral("LedgerCode"), line.ledgerCode),
                                    field(QStringLiteral("EntryAmount"), moneyToJson(line.amount)),
                                    field(QStringLiteral("Reference"), ref),
                                    field(QStringLiteral("Comment"), line.comment)});
    }
    // Every journal the bridge queues balances (ErpDocuments::journal and GlJournalPost check it
    // again before anything is sent).
    if (!total.isZero()) {
        return fail(
            refuse(tr("its debits and credits differ by %1 %2").arg(total.toDecimalString(), total.currency().code())));
    }
    const QJsonArray fields{field(QStringLiteral("Item.JournalReference"), ref),
                            field(QStringLiteral("Item.JournalDate"), date.toString(Qt::ISODate)),
                            field(QStringLiteral("Item.Notation"), notation)};
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("GENTJL")},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("lineElement"), QStringLiteral("Item.JournalDetails")},
                       {QStringLiteral("lines"), lineArray}};
}

Result<QJsonObject> ChargebackCommands::feeJournal(const QString& acquirerReference, const Money& fee,
                                                   const QDate& date, const ChargebackPosting& posting,
                                                   const QString& transactionId)
{
    Result<Money> credit = fee.negated();
    if (!credit) {
        return fail(credit.error());
    }
    // Data in SYSPRO: English, whatever language the console runs in.
    const QString comment = QStringLiteral("Chargeback fee %1").arg(acquirerReference);
    return journal(acquirerReference, date, QStringLiteral("Chargeback fee, transaction %1").arg(transactionId),
                   {{posting.feeLedgerCode, fee, comment}, {posting.bankLedgerCode, *credit, comment}});
}

} // namespace bridge::store
