// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/SandboxLedger.h"

namespace bridge::sandbox::opayo {

qint64 SandboxTransaction::settlingAmount() const
{
    if (!succeeded() || voided || aborted || cancelled) {
        return 0;
    }
    if (type == QLatin1String("Deferred")) {
        return released ? releasedAmount : 0;
    }
    if (type == QLatin1String("Authenticate")) {
        return 0;
    }
    return amount;
}

int SandboxTransaction::txStateId() const
{
    if (challengePending) {
        return 5;
    }
    if (status == QLatin1String("NotAuthed")) {
        return 12;
    }
    if (status == QLatin1String("Rejected")) {
        return 10;
    }
    if (!succeeded()) {
        return 13;
    }
    if (voided) {
        return 18;
    }
    if (aborted) {
        return 19;
    }
    if (cancelled) {
        return 22;
    }
    if (type == QLatin1String("Deferred") && !released) {
        return 14;
    }
    if (type == QLatin1String("Authenticate")) {
        return authorised ? 26 : 15;
    }
    return 16;
}

SandboxLedger::SandboxLedger(quint64 seed) : m_random(seed ^ 0x6f7061796fULL) {}

QString SandboxLedger::newGuid()
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) {
            out.append(QLatin1Char('-'));
        }
        out.append(QLatin1Char(hex[m_random() % 16]));
    }
    return out;
}

QString SandboxLedger::newSecurityKey()
{
    static constexpr char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString out;
    for (int i = 0; i < 10; ++i) {
        out.append(QLatin1Char(chars[m_random() % 36]));
    }
    return out;
}

SandboxTransaction* SandboxLedger::find(const QString& id)
{
    auto it = transactions.find(id);
    return it == transactions.end() ? nullptr : &it.value();
}

SandboxTransaction* SandboxLedger::findByVendorTxCode(const QString& vendorTxCode)
{
    const auto it = byVendorTxCode.constFind(vendorTxCode);
    return it == byVendorTxCode.constEnd() ? nullptr : find(it.value());
}

void SandboxLedger::add(const SandboxTransaction& tx)
{
    transactions.insert(tx.id, tx);
    byVendorTxCode.insert(tx.vendorTxCode, tx.id);
    order.append(tx.id);
}

void SandboxLedger::expire(qint64 nowMs)
{
    for (auto it = sessionKeys.begin(); it != sessionKeys.end();) {
        it = it->expiresMs <= nowMs ? sessionKeys.erase(it) : std::next(it);
    }
    for (auto it = cardIdentifiers.begin(); it != cardIdentifiers.end();) {
        it = (!it->reusable && it->expiresMs <= nowMs) ? cardIdentifiers.erase(it) : std::next(it);
    }
}

} // namespace bridge::sandbox::opayo
