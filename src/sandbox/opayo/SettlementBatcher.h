// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/opayo/SandboxLedger.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace bridge {
class Clock;
}

namespace bridge::sandbox::opayo {

struct SandboxBatchGroup {
    QString currency;
    int paymentNumber = 0;
    qint64 paymentValue = 0; ///< minor units
    int refundNumber = 0;
    qint64 refundValue = 0;
};

/// One settlement file: everything one acquirer settled for one day, grouped by currency.
struct SandboxBatch {
    QString batchId;
    QString acquirer;
    QDate day;
    qint64 completedMs = 0;
    QList<SandboxBatchGroup> groups;
    QStringList transactionIds;
};

/// A difference the sandbox put into a settlement on purpose (settleNow with differences), so
/// that a test or the demo knows what reconciliation must find.
struct SettlementDifference {
    enum class Kind {
        DuplicateLine,  ///< a payment listed a second time in its batch (line = the second one)
        HeldBack,       ///< a payment left out of this settlement: it settles with the next batch
        FeeLine,        ///< the acquirer's fee line for the batch, in the acquirer's file
        ChargebackLine, ///< a chargeback line in the acquirer's file
    };
    Kind kind = Kind::DuplicateLine;
    QString batchId;       ///< the Reporting API batch, or the acquirer file's batch
    QString transactionId; ///< empty for a fee line
    int line = 0;          ///< 1-based position in getBatchDetail or in the acquirer file's data rows
    qint64 amount = 0;     ///< minor units
};

/// The acquirer's own statement for a batch (opayo-api.md §3.5: Opayo reports no fees): its fee
/// and chargeback lines, as a settlement CSV in the bridge's default layout.
struct SandboxAcquirerFile {
    QString fileName;
    QString batchId;
    QByteArray csv;
};

/// Builds settlement batches the way Opayo does (opayo-api.md §3.7): at midnight (in the
/// configured zone) every authorised, un-voided transaction of the day before goes into one batch
/// per acquirer, with payment and refund totals per currency. Time comes from the sandbox clock,
/// so a test moves past midnight and calls catchUp().
class SettlementBatcher
{
public:
    SettlementBatcher(SandboxLedger& ledger, const Clock& clock, const QString& timeZone);

    /// Settles every whole day that has ended since the last call. Returns the new batches' count.
    int catchUp();
    /// Settles now, as if the day had ended: every authorised transaction not yet in a batch goes
    /// into a batch per acquirer whose settlement day is today (for the demo, which runs on the
    /// system clock). With `differences`: the first payment is held back (it settles later), the
    /// first payment of the first batch with two is listed twice, and each batch gets an acquirer
    /// file with a fee line and a chargeback line for its second payment. Returns the new batches.
    QList<SandboxBatch> settleNow(bool differences);
    [[nodiscard]] const QList<SettlementDifference>& differences() const { return m_differences; }
    [[nodiscard]] const QList<SandboxAcquirerFile>& acquirerFiles() const { return m_files; }
    [[nodiscard]] const QList<SandboxBatch>& batches() const { return m_batches; }
    [[nodiscard]] const SandboxBatch* find(const QString& batchId) const;

private:
    void settle(const QDate& day);
    QList<SandboxBatch> makeBatches(const QList<SandboxTransaction*>& txs, const QDate& day, qint64 completedMs);
    [[nodiscard]] qint64 settlesAt(const SandboxTransaction& tx) const;

    SandboxLedger& m_ledger;
    const Clock& m_clock;
    QTimeZone m_zone;
    QDate m_settledThrough;
    int m_nextBatch = 100'001;
    QList<SandboxBatch> m_batches;
    QList<SettlementDifference> m_differences;
    QList<SandboxAcquirerFile> m_files;
};

} // namespace bridge::sandbox::opayo
