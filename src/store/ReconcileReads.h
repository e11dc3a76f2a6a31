// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "reconcile/Reconciliation.h"
#include "store/Settlements.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// One reconciliation run as the page lists it.
struct ReconcileRunRow {
    qint64 id = 0;
    qint64 startedAt = 0; ///< ms since the epoch, UTC
    QString startedBy;
    QDate from;
    QDate to;
    qint64 lines = 0;
    qint64 matched = 0;
    qint64 ledgerEntries = 0;
    qint64 openDiscrepancies = 0; ///< result rows not matched and still open
};

/// One batch of a run in one currency. `batchId` empty: the ledger entries no line of the period
/// took (not settled, refunds not settled, missing in settlement).
struct ReconcileBatchRow {
    QString batchId;
    QString acquirer;
    QDate settledOn;
    QString currency;
    qint64 lines = 0;
    qint64 matched = 0;
    qint64 grossMinor = 0;
    qint64 refundsMinor = 0;
    qint64 chargebacksMinor = 0;
    qint64 feesMinor = 0;
    qint64 netMinor = 0;
    qint64 openDiscrepancies = 0; ///< of this batch (every currency of it)
    /// Matched lines in per mille of the lines (1000 when there are none).
    [[nodiscard]] int matchedPerMille() const { return lines == 0 ? 1000 : int(matched * 1000 / lines); }
};

/// The results grid's filter. Every criterion is part of one run; the run's rows are reached
/// through reconcile_results' indexes (run + batch, run + class, run + amount).
struct ReconcileFilter {
    enum class Side { Both, Lines, Entries };
    /// Any: every row; Discrepancies: every class but "matched"; Class: `classId` only.
    enum class Classes { Any, Discrepancies, Class };
    qint64 runId = 0;
    Side side = Side::Both;
    std::optional<QString> batchId; ///< a batch; an empty string: entries in no batch
    Classes classes = Classes::Any;
    QString classId;    ///< with Classes::Class: "missing_in_syspro", …
    QString status;     ///< "open", "approved", "rejected"; empty: any
    QString currency;   ///< needed with an amount range
    QString amountFrom; ///< decimal text in the currency's units; empty: none
    QString amountTo;
    QString referencePrefix; ///< transactionId of the row or of its counterpart, or vendorTxCode
};

enum class ReconcileSort { Class, Amount };

/// One row of the grid: a settlement line or a ledger entry, and what the run concluded.
struct ReconcileResultRow {
    qint64 id = 0; ///< reconcile_results.id
    bool isLine = true;
    QString batchId;
    QString type; ///< line: payment, refund, fee, chargeback; entry: payment, refund
    QString transactionId;
    QString vendorTxCode;
    QString classId; ///< "matched" or the discrepancy's id
    reconcile::Discrepancy discrepancy = reconcile::Discrepancy::None;
    reconcile::MatchRule rule = reconcile::MatchRule::None;
    int confidence = 0;
    QString counterpart; ///< the entry's transactionId (line) or the line's "batch#seq" (entry)
    Money amount = Money::zero(Currency::of("GBP"));
    qint64 differenceMinor = 0;
    reconcile::Resolution resolution = reconcile::Resolution::None;
    QString status; ///< open, approved, rejected
    /// The item's current resolution (Resolutions keeps reconcile_results.resolution_id on every
    /// result row of the item, in every run), if any.
    std::optional<qint64> resolutionId;
};

/// Rows of one class in one currency (the report's totals).
struct ReconcileClassTotal {
    QString classId;
    QString currency;
    qint64 count = 0;
    qint64 amountMinor = 0;
    qint64 differenceMinor = 0;
};

struct ReconcileLineSide {
    qint64 id = 0;
    QString batchId;
    QString acquirer;
    QDate settledOn;
    int seq = 0;
    QString type;
    QString transactionId;
    QString vendorTxCode;
    Money amount = Money::zero(Currency::of("GBP"));
    qint64 feeMinor = 0;
    QString cardLastFour;
    int sourceLine = 0;
    QString fileName; ///< the settlement file it came from; empty: the Reporting API
};

struct ReconcileDocument {
    QString commandKind; ///< SORTOI, ARSTPY, ARSTIN, GENTJL
    QString documentKey;
    qint64 linkedAt = 0;
};

struct ReconcileEntrySide {
    QString transactionId;
    QString kind;
    QString vendorTxCode;
    QString customer;
    Money amount = Money::zero(Currency::of("GBP"));
    QString status;
    qint64 occurredAt = 0;
    QString originalTransactionId; ///< a refund's payment
    QList<ReconcileDocument> documents;
};

/// Both sides of one result row and why the run concluded what it did.
struct ReconcileDetail {
    ReconcileResultRow row;
    std::optional<ReconcileLineSide> line;
    std::optional<ReconcileEntrySide> entry;
    /// Why the run concluded what it did (reconcile::Reconciliation::describe), written from the
    /// row, its sides and the facts the run stored with it; no matching again.
    QString evidence;
    /// What changed since the run that the evidence does not know (a SYSPRO document recorded
    /// later, a side removed); empty when nothing did.
    QStringList changesSinceRun;
};

/// Everything the Reconciliation page reads (docs/architecture.md, "The console"): runs, the
/// batches of a run, a paged grid of its results and one row's detail. runs(), batches() and
/// detail() read in one snapshot (Database::readSnapshot) of their own; count(), page() and
/// classTotals() are one statement each, so that a caller can put several in its snapshot (the
/// grid's count and window agree).
class ReconcileReads
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::ReconcileReads)

public:
    explicit ReconcileReads(std::shared_ptr<Database> database);

    /// The newest runs first, at most `limit`.
    Result<QList<ReconcileRunRow>> runs(int limit = 200) const;
    Result<std::optional<ReconcileRunRow>> run(qint64 runId) const;
    /// The run's batches per currency (from the run's summary), with each batch's acquirer and
    /// day and its open discrepancies now; the entries in no batch (batch id "") come last.
    Result<QList<ReconcileBatchRow>> batches(qint64 runId) const;

    /// Refuses a filter it cannot answer (an amount range without a currency, an unknown class or
    /// status, an amount that is not one), naming the field.
    static Result<void> validate(const ReconcileFilter& filter);
    Result<qint64> count(const ReconcileFilter& filter) const;
    Result<QList<ReconcileResultRow>> page(const ReconcileFilter& filter, ReconcileSort sort, bool descending,
                                           qint64 offset, int limit) const;
    /// Rows per class and currency the filter matches, with their amounts, for the report.
    Result<QList<ReconcileClassTotal>> classTotals(const ReconcileFilter& filter) const;

    /// One row with both sides and the evidence, in one snapshot.
    Result<std::optional<ReconcileDetail>> detail(qint64 resultId) const;

    /// "matched" and the discrepancy ids, in the matcher's order.
    static QStringList classIds();
    static std::optional<reconcile::Discrepancy> discrepancyFrom(const QString& id);
    static std::optional<reconcile::MatchRule> ruleFrom(const QString& id);
    static std::optional<reconcile::Resolution> resolutionFrom(const QString& id);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace bridge::store
