// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Permissions.h"
#include "store/ChargebackCommands.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace bridge {
class Settings;
}

namespace bridge::store {

class Database;

/// What a preparer proposes for one discrepancy (a reconcile_results row). The first four post
/// to SYSPRO through the engine's outbox once approved; the others only record the decision.
enum class ResolutionAction {
    PostMissingReceipt,    ///< ARSTPY for the ledger payment SYSPRO has no receipt of
    PostMissingCreditNote, ///< ARSTIN credit note for the ledger refund SYSPRO has no note of
    AdjustmentJournal,     ///< GENTJL: debit one ledger, credit another, the given amount
    ReverseDuplicate,      ///< GENTJL that reverses the duplicate (in SYSPRO or paid twice by the acquirer)
    WriteOff,              ///< GENTJL to the differences (write-off) ledger
    WaitForNextBatch,      ///< timing: nothing to post, the next batch is expected to settle it
    ConfirmMatch,          ///< an uncertain match confirmed by a person (the counterpart named)
    ResolvedOutside,       ///< dealt with outside the bridge (booked by hand, explained): comment says how
    PostSettlementJournal, ///< a batch's settlement journal (proposeSettlementJournal only)
};

/// "post_missing_receipt", …: the value stored in the database.
QString resolutionActionId(ResolutionAction action);
std::optional<ResolutionAction> resolutionActionFromId(const QString& id);
/// Whether approving the action queues a SYSPRO command.
bool resolutionActionPosts(ResolutionAction action);
/// Whether the action is a GENTJL journal of the proposal's amount and ledgers (adjustment,
/// reversal, write-off): the ones whose amount and ledger codes a preparer may give.
bool resolutionActionIsJournal(ResolutionAction action);

/// Proposed: waits for an approver. Approved: decided (and queued, for a posting action).
/// Rejected: the item is open again and may get a new proposal.
enum class ResolutionState { Proposed, Approved, Rejected };
QString resolutionStateId(ResolutionState state);
std::optional<ResolutionState> resolutionStateFromId(const QString& id);

/// The preparer's proposal.
struct ResolutionProposal {
    ResolutionAction action = ResolutionAction::AdjustmentJournal;
    /// Journal actions: the amount (positive). Empty: the result's difference (its absolute
    /// value), or the duplicate's amount for a reversal.
    std::optional<Money> amount;
    /// Journal actions: the ledger codes. Empty: the defaults for the discrepancy class from
    /// ResolutionPosting (see ResolutionPosting::defaultsFor).
    QString debitLedgerCode;
    QString creditLedgerCode;
    /// ConfirmMatch: the ledger entry (transactionId) the person confirms.
    QString counterpartTransactionId;
    QString comment; ///< mandatory: why this resolution
};

/// The ledger codes resolutions post to, from Settings (SettingKeys::Reconcile*), with the
/// sandbox company's codes as defaults: bank 1000, accounts receivable control 1100, card
/// clearing 1200, card fees 7900, chargebacks 1100, differences (write-off) 7900; a receipt built
/// from the ledger goes to bank OPAYO, a credit note has product class GEN.
struct ResolutionPosting {
    QString bankLedgerCode;
    QString receivablesLedgerCode;
    QString clearingLedgerCode;
    QString feeLedgerCode;
    QString chargebackLedgerCode;
    QString differenceLedgerCode;
    QString receiptBank;
    QString productClass;

    static ResolutionPosting fromSettings(const Settings& settings);
    static ResolutionPosting defaults();
    /// Debit and credit ledger of a journal action for a discrepancy class ("fee_difference", …).
    [[nodiscard]] std::pair<QString, QString> defaultsFor(ResolutionAction action, const QString& discrepancyClass,
                                                          bool refund) const;
};

/// One proposal with its decision and its SYSPRO command, as the Reconciliation page shows it.
///
/// A resolution is keyed by its *subject*, not by the result row it was proposed on: the
/// settlement line (settlement_lines.id) and/or the ledger entry (Opayo transactionId), plus the
/// discrepancy class. A result row and its twin on the other side of the same pair (same class,
/// pointing at each other) share one resolution. A later run of the same period creates new
/// reconcile_results rows; they find the resolution through the subject, so an approved item
/// stays resolved (and a proposed one stays proposed) instead of opening again. A different class
/// on the same subject is a new item (the earlier resolution changed what the matcher sees).
struct ResolutionRecord {
    qint64 id = 0;
    qint64 resultId = 0; ///< the result row it was proposed on (0 for a batch's settlement journal)
    qint64 runId = 0;
    /// "item" (a discrepancy) or "settlement_journal" (a batch's journal in one currency).
    QString subjectKind;
    std::optional<qint64> lineRef; ///< settlement_lines.id of the subject, when a line
    QString transactionId;         ///< the subject ledger entry's transactionId, when an entry
    std::optional<qint64> batchRef;
    QString batchId;
    QString discrepancyClass; ///< Settlements::discrepancyId, or "settlement_journal"
    ResolutionAction action = ResolutionAction::AdjustmentJournal;
    Money amount{0, Currency::of("GBP")}; ///< journal, receipt or credit note amount; zero when nothing posts
    QString debitLedgerCode;
    QString creditLedgerCode;
    QString counterpartTransactionId;
    QString comment;
    QString proposedBy;
    qint64 proposedAt = 0;
    ResolutionState state = ResolutionState::Proposed;
    QString decidedBy;
    qint64 decidedAt = 0;
    QString decisionComment;
    /// The SYSPRO command queued on approval (its outbox row): kind, key, status (pending,
    /// in_flight, unknown, done, dead), SYSPRO's document once posted, and the last error.
    std::optional<qint64> outboxId;
    QString commandKind;
    QString businessKey;
    QString postingStatus;
    QString documentKey;
    QString postingError;
};

/// The batch's settlement journal in one currency, built from its lines in minor units:
/// debit bank (net), debit fees, debit chargebacks; credit card clearing (payments − refunds).
/// Once approved it also answers the batch's fee and chargeback lines in that currency: their
/// results are resolved by it, and they take no journal of their own any more.
struct SettlementJournal {
    qint64 batchRef = 0;
    QString batchId;
    QString acquirer;
    QDate settledOn;
    QString currency;
    qint64 paymentsMinor = 0;
    qint64 refundsMinor = 0;
    qint64 chargebacksMinor = 0;
    qint64 feesMinor = 0; ///< fee lines plus the fees reported on lines
    qint64 netMinor = 0;  ///< payments − refunds − chargebacks − fees
    /// Fees and chargebacks their lines' own approved adjustment journals booked already (out of
    /// card clearing): the settlement journal books only the rest, and credits clearing that much less.
    qint64 feesBookedMinor = 0;
    qint64 chargebacksBookedMinor = 0;
    QList<ChargebackJournalLine> lines; ///< positive debit, negative credit; sums to zero
    /// Debits minus credits of `lines`; refused when it does not fit 64 bits.
    [[nodiscard]] Result<qint64> imbalanceMinor() const;
};

/// Whether a batch can close, and what keeps it open (from the latest run covering its day).
struct BatchStatus {
    qint64 batchRef = 0;
    QString batchId;
    QString acquirer;
    QDate settledOn;
    std::optional<qint64> runId; ///< the latest run whose period holds the batch's day
    qint64 openItems = 0;        ///< discrepancies without an approved resolution
    QMap<QString, qint64> openByClass;
    QStringList journalsMissing; ///< currencies whose settlement journal is not approved yet
    bool closed = false;
    QString closedBy;
    qint64 closedAt = 0;
    QString closeComment;
};

/// One discrepancy of a run with its newest proposal (the command line's list; the console's
/// grid reads reconcile_results itself).
struct ResolutionItem {
    qint64 resultId = 0;
    QString side; ///< "line" or "entry"
    QString transactionId;
    QString batchId;
    int lineSeq = 0; ///< the line's place in its batch (line side)
    QString discrepancyClass;
    Money amount{0, Currency::of("GBP")};
    qint64 differenceMinor = 0;
    QString suggested; ///< the matcher's suggestion (Settlements::resolutionId)
    std::optional<ResolutionRecord> latest;
};

/// Maker-checker resolutions of reconciliation discrepancies and batch settlement journals
/// (issue #8; migration 0012; docs/architecture.md, "Resolutions"). A preparer proposes with a
/// comment, an approver (never the same person) approves or rejects; approving commits the
/// decision, its audit row and the SYSPRO command in one transaction. Outbox keys are derived
/// from the proposal id ("RES<id>"), so an approved resolution is queued once and the poster's
/// look-up before a re-post keeps it from being posted twice.
class Resolutions
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Resolutions)

public:
    static constexpr const char* kSettlementJournalClass = "settlement_journal";

    Resolutions(std::shared_ptr<Database> database, ResolutionPosting posting = ResolutionPosting::defaults(),
                const Clock& clock = Clock::system());

    [[nodiscard]] static QString actionName(ResolutionAction action); ///< translated
    [[nodiscard]] static QString stateName(ResolutionState state);    ///< translated
    /// The SYSPRO key of a resolution's command: "RES" + id (a journal's JournalReference, a
    /// receipt's reference), which the poster looks the document up by after an unknown outcome.
    [[nodiscard]] static QString reference(qint64 resolutionId);

    /// Proposes a resolution of result `resultId` (preparer role, ProposeResolution). The comment
    /// is mandatory. Refused, saying why: an unknown result; a matched result; an item that
    /// already has an open proposal (naming it and who made it) or an approved resolution; an
    /// action that does not fit the class (a receipt for anything but a payment missing in
    /// SYSPRO, …); a journal without two different ledger codes or with a non-positive amount.
    /// Returns the proposal's id.
    Result<qint64> propose(qint64 resultId, const ResolutionProposal& proposal, const QString& actor, RoleSet roles);

    /// Approves proposals (approver role, ApproveResolution), all or nothing in one transaction:
    /// each decision, its audit row and its SYSPRO command commit together. Several at once only
    /// when they share one discrepancy class (refused naming the classes otherwise). Refused as a
    /// whole when any is not proposed any more, or was proposed by `actor` (naming it).
    Result<QList<ResolutionRecord>> approve(const QList<qint64>& proposalIds, const QString& actor, RoleSet roles,
                                            const QString& comment);
    /// Rejects a proposal (approver role, never one's own); the item is open again.
    Result<ResolutionRecord> reject(qint64 proposalId, const QString& actor, RoleSet roles, const QString& comment);

    /// The batch's settlement journal in `currency`, built from its lines; refused when it does not
    /// balance (saying by how much) or a total does not fit 64 bits.
    Result<SettlementJournal> settlementJournal(qint64 batchRef, const QString& currency) const;
    /// The GENTJL command of a settlement journal with JournalReference `reference`; refused,
    /// saying by how much, when its lines do not balance.
    static Result<QJsonObject> settlementJournalCommand(const SettlementJournal& journal, const QString& reference,
                                                        const QDate& date);
    /// Proposes posting the batch's settlement journal in `currency` (preparer role, comment
    /// mandatory); approved with approve() like any proposal (class "settlement_journal").
    Result<qint64> proposeSettlementJournal(qint64 batchRef, const QString& currency, const QString& comment,
                                            const QString& actor, RoleSet roles);
    /// The batch's id in the database (settlement_batches.id), by acquirer and batch id.
    Result<std::optional<qint64>> findBatch(const QString& acquirer, const QString& batchId) const;
    Result<BatchStatus> batchStatus(qint64 batchRef) const;
    /// Closes the batch (approver role): refused while items are open (saying how many and of
    /// which classes), while a currency's settlement journal is not approved, or when no run
    /// covers its day. Audited.
    Result<BatchStatus> closeBatch(qint64 batchRef, const QString& actor, RoleSet roles, const QString& comment);

    Result<std::optional<ResolutionRecord>> find(qint64 proposalId) const;
    /// Every proposal of the result's subject (its line or entry, same class), newest first,
    /// whichever run it was proposed in: who proposed, who decided, when, the comments and the
    /// posting's state.
    Result<QList<ResolutionRecord>> history(qint64 resultId) const;
    /// The newest proposal of each given result's subject (results without one are left out):
    /// for a page of the grid at once.
    Result<QHash<qint64, ResolutionRecord>> latestFor(const QList<qint64>& resultIds) const;
    /// A run's discrepancies (one class, or all when empty), in result order, with their newest
    /// proposal.
    Result<QList<ResolutionItem>> items(qint64 runId, const QString& discrepancyClass = {}, int limit = 500) const;
    /// The currency of a result's amount (empty: no such result).
    Result<std::optional<QString>> resultCurrency(qint64 resultId) const;
    /// Proposals waiting for an approver, oldest first.
    Result<QList<ResolutionRecord>> awaitingApproval(int limit = 500) const;
    /// The settlement journal proposals of a batch, newest first.
    Result<QList<ResolutionRecord>> batchJournals(qint64 batchRef) const;

    /// Inside Settlements::storeRun's transaction: the new run's results take the state of their
    /// subject's resolutions (reconcile_results.resolution_id and status 'approved').
    static Result<void> applyToRun(QSqlDatabase& tx, qint64 runId);

private:
    static Result<SettlementJournal> settlementJournalIn(QSqlDatabase& db, const ResolutionPosting& posting,
                                                         qint64 batchRef, const QString& currency);
    /// The missing receipt (ARSTPY) or credit note (ARSTIN) of an approved proposal.
    static Result<QJsonObject> documentFor(QSqlDatabase& tx, const ResolutionRecord& r,
                                           const ResolutionPosting& posting, const QDate& today);
    static Result<BatchStatus> batchStatusIn(QSqlDatabase& db, qint64 batchRef);

    std::shared_ptr<Database> m_database;
    ResolutionPosting m_posting;
    const Clock& m_clock;
};

} // namespace bridge::store
