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
    [[nodiscard]] const QList<SandboxBatch>& batches() const { return m_batches; }
    [[nodiscard]] const SandboxBatch* find(const QString& batchId) const;

private:
    void settle(const QDate& day);
    [[nodiscard]] qint64 settlesAt(const SandboxTransaction& tx) const;

    SandboxLedger& m_ledger;
    const Clock& m_clock;
    QTimeZone m_zone;
    QDate m_settledThrough;
    int m_nextBatch = 100'001;
    QList<SandboxBatch> m_batches;
};

} // namespace bridge::sandbox::opayo
