// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/SettlementBatcher.h"

#include "core/Clock.h"

#include <map>

namespace bridge::sandbox::opayo {

SettlementBatcher::SettlementBatcher(SandboxLedger& ledger, const Clock& clock, const QString& timeZone)
    : m_ledger(ledger)
    , m_clock(clock)
    , m_zone(timeZone.toLatin1())
{
    if (!m_zone.isValid()) {
        m_zone = QTimeZone::utc();
    }
    m_settledThrough = QDateTime::fromMSecsSinceEpoch(m_clock.nowMsecs(), m_zone).date().addDays(-1);
}

qint64 SettlementBatcher::settlesAt(const SandboxTransaction& tx) const
{
    if (tx.type == QLatin1String("Deferred")) {
        for (const SandboxInstruction& i : tx.instructions) {
            if (i.type == QLatin1String("release")) {
                return i.atMs;
            }
        }
    }
    return tx.completedMs > 0 ? tx.completedMs : tx.createdMs;
}

int SettlementBatcher::catchUp()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMsecs(), m_zone).date();
    const qsizetype before = m_batches.size();
    while (m_settledThrough < today.addDays(-1)) {
        m_settledThrough = m_settledThrough.addDays(1);
        settle(m_settledThrough);
    }
    return static_cast<int>(m_batches.size() - before);
}

void SettlementBatcher::settle(const QDate& day)
{
    std::map<QString, SandboxBatch> byAcquirer;
    for (const QString& id : std::as_const(m_ledger.order)) {
        SandboxTransaction* tx = m_ledger.find(id);
        if (!tx || !tx->batchId.isEmpty() || tx->settlingAmount() <= 0) {
            continue;
        }
        if (QDateTime::fromMSecsSinceEpoch(settlesAt(*tx), m_zone).date() != day) {
            continue;
        }
        SandboxBatch& batch = byAcquirer[tx->acquirer];
        batch.acquirer = tx->acquirer;
        batch.transactionIds.append(tx->id);
        SandboxBatchGroup* group = nullptr;
        for (SandboxBatchGroup& g : batch.groups) {
            if (g.currency == tx->currency) {
                group = &g;
            }
        }
        if (!group) {
            batch.groups.append(SandboxBatchGroup{tx->currency, 0, 0, 0, 0});
            group = &batch.groups.last();
        }
        if (tx->type == QLatin1String("Refund")) {
            ++group->refundNumber;
            group->refundValue += tx->settlingAmount();
        } else {
            ++group->paymentNumber;
            group->paymentValue += tx->settlingAmount();
        }
    }
    const qint64 midnight = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    for (auto& [acquirer, batch] : byAcquirer) {
        batch.batchId = QString::number(m_nextBatch++);
        batch.day = day;
        batch.completedMs = midnight;
        for (const QString& id : std::as_const(batch.transactionIds)) {
            m_ledger.find(id)->batchId = batch.batchId;
        }
        m_batches.append(batch);
    }
}

const SandboxBatch* SettlementBatcher::find(const QString& batchId) const
{
    for (const SandboxBatch& b : m_batches) {
        if (b.batchId == batchId) {
            return &b;
        }
    }
    return nullptr;
}

} // namespace bridge::sandbox::opayo
