// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <mutex>
#include <random>

namespace bridge::engine {

/// When to try a transient failure again: exponential back-off with full jitter (a uniform
/// delay between 0 and min(cap, base · 2^attempt)), never sooner than the other side's
/// Retry-After. There is no attempt limit: transient failures are retried until they succeed,
/// and an alert is raised once an item has been failing for longer than `alertAfterMs`.
class RetryPolicy
{
public:
    struct Settings {
        qint64 baseMs = 1'000;
        qint64 capMs = 5 * 60'000;
        qint64 alertAfterMs = 30 * 60'000;
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings, quint64 seed = std::random_device{}());

    /// The delay before attempt number `attempts + 1`, given the error of the last one.
    [[nodiscard]] qint64 delayMs(int attempts, const Error& error);
    /// Whether an item first tried at `firstAttemptAt` has been failing long enough to alert.
    [[nodiscard]] bool shouldAlert(qint64 firstAttemptAt, qint64 now) const
    {
        return now - firstAttemptAt >= m_settings.alertAfterMs;
    }
    [[nodiscard]] const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
    std::mutex m_mutex;
    std::mt19937_64 m_random;
};

} // namespace bridge::engine
