// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/SettlementBatcher.h"

#include "core/Clock.h"
#include "core/Money.h"

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
    QList<SandboxTransaction*> txs;
    for (const QString& id : std::as_const(m_ledger.order)) {
        SandboxTransaction* tx = m_ledger.find(id);
        if (!tx || !tx->batchId.isEmpty() || tx->settlingAmount() <= 0) {
            continue;
        }
        if (QDateTime::fromMSecsSinceEpoch(settlesAt(*tx), m_zone).date() != day) {
            continue;
        }
        txs.append(tx);
    }
    makeBatches(txs, day, QDateTime(day.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch());
}

QList<SandboxBatch> SettlementBatcher::makeBatches(const QList<SandboxTransaction*>& txs, const QDate& day,
                                                   qint64 completedMs)
{
    std::map<QString, SandboxBatch> byAcquirer;
    for (SandboxTransaction* tx : txs) {
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
    QList<SandboxBatch> made;
    for (auto& [acquirer, batch] : byAcquirer) {
        batch.batchId = QString::number(m_nextBatch++);
        batch.day = day;
        batch.completedMs = completedMs;
        for (const QString& id : std::as_const(batch.transactionIds)) {
            m_ledger.find(id)->batchId = batch.batchId;
        }
        m_batches.append(batch);
        made.append(batch);
    }
    return made;
}

QList<SandboxBatch> SettlementBatcher::settleNow(bool differences)
{
    const qint64 now = m_clock.nowMsecs();
    QList<SandboxTransaction*> txs;
    for (const QString& id : std::as_const(m_ledger.order)) {
        SandboxTransaction* tx = m_ledger.find(id);
        if (tx && tx->batchId.isEmpty() && tx->settlingAmount() > 0 && settlesAt(*tx) <= now) {
            txs.append(tx);
        }
    }
    if (differences) {
        // Timing: the first payment misses this settlement (it settles with the next batch).
        for (qsizetype i = 0; i < txs.size(); ++i) {
            if (txs.at(i)->type != QLatin1String("Refund")) {
                m_differences.append(
                    {SettlementDifference::Kind::HeldBack, {}, txs.at(i)->id, 0, txs.at(i)->settlingAmount()});
                txs.removeAt(i);
                break;
            }
        }
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_zone).date();
    QList<SandboxBatch> made = makeBatches(txs, today, now);
    if (!differences) {
        return made;
    }
    bool duplicated = false;
    for (SandboxBatch& made1 : made) {
        SandboxBatch* batch = nullptr;
        for (SandboxBatch& b : m_batches) {
            if (b.batchId == made1.batchId) {
                batch = &b;
            }
        }
        QList<const SandboxTransaction*> payments;
        for (const QString& id : std::as_const(batch->transactionIds)) {
            const SandboxTransaction* tx = m_ledger.find(id);
            if (tx->type != QLatin1String("Refund")) {
                payments.append(tx);
            }
        }
        if (!duplicated && payments.size() >= 2) {
            // The acquirer paid one payment twice: it appears a second time, at the end.
            const SandboxTransaction* first = payments.first();
            batch->transactionIds.append(first->id);
            for (SandboxBatchGroup& g : batch->groups) {
                if (g.currency == first->currency) {
                    ++g.paymentNumber;
                    g.paymentValue += first->settlingAmount();
                }
            }
            m_differences.append({SettlementDifference::Kind::DuplicateLine, batch->batchId, first->id,
                                  int(batch->transactionIds.size()), first->settlingAmount()});
            made1 = *batch;
            duplicated = true;
        }
        if (payments.isEmpty() || batch->groups.isEmpty()) {
            continue;
        }
        // The acquirer's statement: its fee (1.2% of the first currency's payments, at least one
        // minor unit) and, when there are two payments, a chargeback on the second.
        const SandboxBatchGroup& group = batch->groups.first();
        const qint64 fee = std::max<qint64>(1, group.paymentValue * 12 / 1000);
        const QString fileBatch = QStringLiteral("ACQ-") + batch->batchId;
        const QString day = today.toString(Qt::ISODate);
        QByteArray csv = "batch_id,acquirer,settlement_date,type,transaction_id,vendor_tx_code,amount,currency,fee,"
                         "card_last_four\r\n";
        auto decimal = [](qint64 minor, const QString& code) {
            return Money(minor, Currency::fromCode(code).value_or(Currency::of("GBP"))).toDecimalString();
        };
        csv += QStringLiteral("%1,%2,%3,fee,,,%4,%5,,\r\n")
                   .arg(fileBatch, batch->acquirer, day, decimal(fee, group.currency), group.currency)
                   .toUtf8();
        m_differences.append({SettlementDifference::Kind::FeeLine, fileBatch, {}, 1, fee});
        if (payments.size() >= 2) {
            const SandboxTransaction* disputed = payments.at(1);
            csv += QStringLiteral("%1,%2,%3,chargeback,%4,%5,%6,%7,,%8\r\n")
                       .arg(fileBatch, batch->acquirer, day, disputed->id, disputed->vendorTxCode,
                            decimal(disputed->settlingAmount(), disputed->currency), disputed->currency,
                            disputed->lastFour)
                       .toUtf8();
            m_differences.append(
                {SettlementDifference::Kind::ChargebackLine, fileBatch, disputed->id, 2, disputed->settlingAmount()});
        }
        m_files.append(
            {QStringLiteral("acquirer-%1-%2.csv").arg(batch->acquirer.toLower(), batch->batchId), fileBatch, csv});
    }
    return made;
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
