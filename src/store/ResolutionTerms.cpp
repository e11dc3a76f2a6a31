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

} // namespace bridge::store
