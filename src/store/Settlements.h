// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "reconcile/MatchOptions.h"
#include "reconcile/Reconciliation.h"
#include "reconcile/SettlementInput.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace bridge::store {

class Database;

/// One line of a settlement batch as it arrived (Reporting API or file). Amounts are positive.
struct SettlementLineRecord {
    reconcile::LineType type = reconcile::LineType::Payment;
    QString transactionId; ///< Opayo transactionId (VPSTxId), may be empty
    QString vendorTxCode;  ///< may be empty
    Money amount = Money::zero(Currency::of("GBP"));
    qint64 feeMinor = 0;  ///< the acquirer's fee on this line, same currency
    QString cardLastFour; ///< four digits or empty; never more of the card number
    int sourceLine = 0;   ///< line number in the file it came from (0: not from a file)
};

/// A batch's totals in one currency, as Opayo reported them (getBatchList).
struct SettlementGroupRecord {
    QString currency;
    int paymentNumber = 0;
    qint64 paymentMinor = 0;
    int refundNumber = 0;
    qint64 refundMinor = 0;
};

/// Everything one acquirer settled for one day.
struct SettlementBatchRecord {
    QString batchId;
    QString acquirer;
    QDate settledOn;
    qint64 completedAtMs = 0;
    QList<SettlementGroupRecord> groups;
    QList<SettlementLineRecord> lines;
};

enum class SettlementSource { Reporting, File };

/// A settlement file being imported: recorded once, by its SHA-256.
struct SettlementFileRecord {
    QString fileName;
    QString sha256; ///< lower-case hex
    QString origin; ///< "file" or "sftp"
    int linesRead = 0;
    int linesRefused = 0;
};

struct SettlementRecordResult {
    int batchesAdded = 0;
    int batchesKnown = 0; ///< already recorded: nothing of them was added
    qint64 linesAdded = 0;
    bool fileKnown = false; ///< the file (same SHA-256) was imported before: nothing was added
};

/// One period loaded for the matcher, with what the rows are in the database.
struct SettlementPeriod {
    QDate from;
    QDate to;
    reconcile::SettlementInput input;
    std::vector<qint64> lineIds;  ///< settlement_lines.id of each input line
    std::vector<qint32> lineSeqs; ///< each input line's place in its batch (1-based)
};

struct ReconcileRunRecord {
    qint64 id = 0;
    QString startedBy;
    qint64 startedAtMs = 0;
    qint64 lines = 0;
    qint64 matched = 0;
};

/// Settlement batches and lines, and the matcher's runs and results (migration 0011;
/// docs/architecture.md, "Settlement intake").
class Settlements
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Settlements)

public:
    explicit Settlements(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    /// Records the batches with their lines in one transaction. A batch already known (same
    /// acquirer and batch id) adds nothing; with `file`, a file already imported (same SHA-256)
    /// adds nothing at all. Refuses a line with a non-positive amount or a currency other than the
    /// batch's groups', naming the batch and the line.
    Result<SettlementRecordResult> record(const QList<SettlementBatchRecord>& batches, SettlementSource source,
                                          const std::optional<SettlementFileRecord>& file = std::nullopt,
                                          const QString& actor = {});
    Result<bool> fileKnown(const QString& sha256) const;
    Result<bool> batchKnown(const QString& acquirer, const QString& batchId) const;
    /// The batches settled from `from` to `to` (inclusive), without their lines.
    Result<QList<SettlementBatchRecord>> batches(const QDate& from, const QDate& to) const;

    /// The lines of the batches settled from `from` to `to`, the ledger entries that could be in
    /// them (occurred from `from` − lag to `to`, plus any entry a loaded line names) and their
    /// SYSPRO documents (ledger_links: ARSTPY → receipt, ARSTIN or SORTCH → credit note for a refund, GENTJL
    /// → journal), ready for reconcile::Matcher.
    Result<SettlementPeriod> load(const QDate& from, const QDate& to, const reconcile::MatchOptions& options) const;

    /// Stores a run: its summary, and one result row per line and per ledger entry, inserted in
    /// batches of many rows per statement. Returns the run's id.
    Result<qint64> storeRun(const SettlementPeriod& period, const reconcile::Reconciliation& result,
                            const reconcile::MatchOptions& options, const QString& actor);
    Result<std::optional<ReconcileRunRecord>> run(qint64 id) const;
    /// Result rows of a run per class ("matched" or the discrepancy id).
    Result<QHash<QString, qint64>> resultCounts(qint64 runId) const;

    static QString lineTypeId(reconcile::LineType type);
    static std::optional<reconcile::LineType> lineTypeFrom(const QString& id);
    static QString discrepancyId(reconcile::Discrepancy discrepancy);
    static QString ruleId(reconcile::MatchRule rule);
    static QString resolutionId(reconcile::Resolution resolution);
    /// The per batch and currency figures as JSON (the CLI's --json and the stored summary).
    static QJsonObject summaryJson(const reconcile::SettlementInput& input, const reconcile::Reconciliation& result);

private:
    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
