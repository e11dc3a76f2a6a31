// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace bridge::engine {

/// What SYSPRO said about customer and stock codes, remembered for a while (TTL) so that
/// validating a busy queue does not ask SYSPRO the same question for every payment. Shared
/// by the pipeline workers (thread-safe). A "does not exist" answer is kept for a shorter time,
/// so that a code added in SYSPRO is seen soon.
class LookupCache
{
public:
    enum class Kind { Customer, StockCode };

    struct Settings {
        qint64 existsTtlMs = 10 * 60'000;
        qint64 missingTtlMs = 30'000;
    };

    explicit LookupCache(const Clock& clock = Clock::system()) : LookupCache(Settings{}, clock) {}
    LookupCache(Settings settings, const Clock& clock) : m_settings(settings), m_clock(clock) {}

    /// Known and not expired: whether it exists; otherwise nothing.
    [[nodiscard]] std::optional<bool> exists(Kind kind, const QString& code) const;
    void remember(Kind kind, const QString& code, bool exists);
    /// The codes of `codes` the cache cannot answer.
    [[nodiscard]] QStringList unknown(Kind kind, const QStringList& codes) const;
    void clear();

private:
    struct Entry {
        bool exists = false;
        qint64 until = 0;
    };
    static QString key(Kind kind, const QString& code);

    Settings m_settings;
    const Clock& m_clock;
    mutable std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace bridge::engine
