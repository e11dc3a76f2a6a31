// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "reconcile/SettlementInput.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace bridge::reconcile {

/// The rule that paired a line with its counterpart, in the order the matcher tries them.
enum class MatchRule : quint8 {
    None,
    TransactionId,     ///< 1. the Opayo transactionId
    VendorTxCode,      ///< 2. the vendorTxCode
    AmountDateCard,    ///< 3. amount + date window + card last four, with a confidence
    ChargebackJournal, ///< a chargeback line and its SYSPRO journal
    FeeJournal,        ///< an acquirer fee line and its batch journal in SYSPRO
};

enum class Discrepancy : quint8 {
    None, ///< matched
    MissingInSyspro,
    NotYetSettled,
    AmountMismatch,
    CurrencyMismatch,
    DuplicateInSettlement,
    DuplicateInSyspro,
    RefundNotSettled,
    Chargeback,
    FeeDifference,
    UnknownTransaction,
    MissingInSettlement, ///< a payment past its batch that no batch holds
    UncertainMatch,      ///< fuzzy candidates too weak or too alike to match automatically
};
constexpr int kDiscrepancyCount = int(Discrepancy::UncertainMatch) + 1;

enum class Resolution : quint8 {
    None,
    PostMissingReceipt,
    PostMissingCreditNote,
    PostAdjustmentJournal,
    ReverseDuplicate,
    WaitForNextBatch,
    ConfirmMatch, ///< a person picks the counterpart among the candidates
    Investigate,  ///< nothing the bridge can post: ask Opayo or the acquirer
};

enum class GroupKind : quint8 {
    OneToMany, ///< one settlement line ↔ several ledger entries (one vendorTxCode)
    ManyToOne, ///< several settlement lines ↔ one ledger entry (partial settlements)
};

/// What became of one settlement line or one ledger entry. For a line, `counterpart` is its
/// ledger entry; for a ledger entry, its (first) settlement line.
struct Outcome {
    quint32 counterpart = kNone;
    /// A second row the evidence names: the first line of a duplicate in settlement, the second
    /// candidate of an uncertain match (an entry for a line, a line for an entry).
    quint32 related = kNone;
    quint32 document = kNone; ///< the SYSPRO document involved (the duplicate, the differing one)
    quint32 group = kNone;    ///< index into Reconciliation::groups
    qint64 difference = 0;    ///< minor units: expected minus found (fee, mismatch)
    quint16 confidence = 0;   ///< per mille
    MatchRule rule = MatchRule::None;
    Discrepancy discrepancy = Discrepancy::None;
    Resolution resolution = Resolution::None;

    [[nodiscard]] bool matched() const { return discrepancy == Discrepancy::None; }
    friend bool operator==(const Outcome&, const Outcome&) = default;
};

struct MatchGroup {
    GroupKind kind = GroupKind::OneToMany;
    std::vector<quint32> lines;
    std::vector<quint32> entries;
    friend bool operator==(const MatchGroup&, const MatchGroup&) = default;
};

struct ClassTotal {
    qint64 count = 0;
    qint64 amountMinor = 0;
    friend bool operator==(const ClassTotal&, const ClassTotal&) = default;
};

/// Figures of one batch in one currency. Ledger entries no line matched are summed in rows with
/// batch = kNoString (per currency).
struct BatchSummary {
    StringId batch = kNoString;
    QString currencyCode;
    qint64 lines = 0;
    qint64 matched = 0;
    std::array<ClassTotal, kDiscrepancyCount> byClass{}; ///< indexed by Discrepancy
    qint64 grossMinor = 0;                               ///< payment lines
    qint64 refundsMinor = 0;
    qint64 chargebacksMinor = 0;
    qint64 feesMinor = 0; ///< fee lines plus the fees reported on lines
    qint64 netMinor = 0;  ///< gross − refunds − chargebacks − fees
    friend bool operator==(const BatchSummary&, const BatchSummary&) = default;
};

/// A settlement line as evidence names it. `number` is its place in its batch where known (a
/// stored run), else its place in the run's input.
struct EvidenceLine {
    qint64 number = 0;
    QString batch;
    QString transactionId;
    QString vendorTxCode;
    Money amount;
    LineType type = LineType::Payment;
};

/// A ledger entry as evidence names it.
struct EvidenceEntry {
    EntryKind kind = EntryKind::Payment;
    QString transactionId;
    QString vendorTxCode;
    QString originalTransactionId; ///< a refund's payment
    Money amount;
};

/// A SYSPRO document as evidence names it.
struct EvidenceDocument {
    QString reference;
    Money amount;
};

/// The facts one row's evidence names, as plain values: taken from a run in memory
/// (Reconciliation::evidenceForLine / evidenceForEntry) or from a stored run (store::ReconcileReads
/// and the `evidence` column of reconcile_results), and written out by describe() in the same words
/// either way.
struct Evidence {
    bool isLine = true;
    Discrepancy discrepancy = Discrepancy::None;
    MatchRule rule = MatchRule::None;
    Resolution resolution = Resolution::None;
    quint16 confidence = 0;
    qint64 difference = 0; ///< minor units of the row's currency
    /// The line: the row itself for a line, its settlement line for an entry.
    std::optional<EvidenceLine> line;
    /// The entry: the row itself for an entry, its ledger entry for a line.
    std::optional<EvidenceEntry> entry;
    std::optional<EvidenceDocument> document;
    std::optional<EvidenceLine> relatedLine;   ///< the first line of a duplicate in settlement
    std::optional<EvidenceEntry> relatedEntry; ///< the second candidate of an uncertain match
    qsizetype groupLines = 0;                  ///< with groupEntries: the row's group, if any
    qsizetype groupEntries = 0;
};

/// The result of one run: an outcome per line and per ledger entry (same order as the input),
/// the groups, and the summaries sorted by batch id then currency code. Evidence is kept as ids
/// and amounts; describe*() write it out in plain, translated language on demand, so that a
/// million rows do not carry a million sentences.
class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(bridge::reconcile::Reconciliation)

public:
    std::vector<Outcome> lines;
    std::vector<Outcome> entries;
    std::vector<MatchGroup> groups;
    std::vector<BatchSummary> summaries;

    [[nodiscard]] qint64 matchedLines() const;
    [[nodiscard]] Evidence evidenceForLine(const SettlementInput& input, quint32 line) const;
    [[nodiscard]] Evidence evidenceForEntry(const SettlementInput& input, quint32 entry) const;
    [[nodiscard]] QString describeLine(const SettlementInput& input, quint32 line) const
    {
        return describe(evidenceForLine(input, line));
    }
    [[nodiscard]] QString describeEntry(const SettlementInput& input, quint32 entry) const
    {
        return describe(evidenceForEntry(input, entry));
    }
    /// Why the row got its class, and the suggested resolution, in plain translated words.
    [[nodiscard]] static QString describe(const Evidence& evidence);

    [[nodiscard]] static QString discrepancyName(Discrepancy discrepancy);
    [[nodiscard]] static QString resolutionName(Resolution resolution);
    [[nodiscard]] static QString ruleName(MatchRule rule);
};

} // namespace bridge::reconcile
