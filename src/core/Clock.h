// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QDateTime>

#include <atomic>

namespace bridge {

/// Where "now" comes from. Production code asks a Clock, never QDateTime::currentDateTime(), so
/// that tests can drive time (lease expiry, settlement at midnight, timestamp windows).
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, UTC.
    [[nodiscard]] virtual qint64 nowMsecs() const = 0;
    [[nodiscard]] QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMsecs(), Qt::UTC); }

    /// The real wall clock; one shared instance, safe from any thread.
    static Clock& system();
};

/// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMsecs = 1'767'225'600'000 /* 2026-01-01T00:00:00Z */) : m_now(startMsecs) {}
    explicit ManualClock(const QDateTime& start) : m_now(start.toMSecsSinceEpoch()) {}

    [[nodiscard]] qint64 nowMsecs() const override { return m_now.load(std::memory_order_acquire); }
    void setNow(qint64 msecs) { m_now.store(msecs, std::memory_order_release); }
    void setNow(const QDateTime& when) { setNow(when.toMSecsSinceEpoch()); }
    void advance(qint64 msecs) { m_now.fetch_add(msecs, std::memory_order_acq_rel); }

private:
    std::atomic<qint64> m_now;
};

} // namespace bridge
