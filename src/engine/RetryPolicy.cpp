// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/RetryPolicy.h"

#include <algorithm>

namespace bridge::engine {

RetryPolicy::RetryPolicy() : RetryPolicy(Settings{}) {}

RetryPolicy::RetryPolicy(Settings settings, quint64 seed) : m_settings(settings), m_random(seed) {}

qint64 RetryPolicy::delayMs(int attempts, const Error& error)
{
    // base · 2^attempts without overflow: stop doubling once past the cap.
    qint64 ceiling = std::max<qint64>(m_settings.baseMs, 1);
    for (int i = 0; i < attempts && ceiling < m_settings.capMs; ++i) {
        ceiling *= 2;
    }
    ceiling = std::min(ceiling, m_settings.capMs);
    qint64 delay = 0;
    {
        std::lock_guard lock(m_mutex);
        delay = std::uniform_int_distribution<qint64>(0, ceiling)(m_random);
    }
    if (error.retryWithinMs) {
        delay = std::min(delay, *error.retryWithinMs);
    }
    if (error.retryAfterSeconds) {
        delay = std::max<qint64>(delay, qint64(*error.retryAfterSeconds) * 1000);
    }
    return delay;
}

} // namespace bridge::engine
