// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QList>
#include <QString>

#include <deque>
#include <mutex>

namespace bridge::log {

enum class Level { Trace, Debug, Info, Warning, Error, Critical };

[[nodiscard]] QString levelName(Level level);

struct LogEntry {
    quint64 sequence = 0; ///< increases by one per entry, never reused
    qint64 timeMsecs = 0; ///< UTC, ms since epoch
    Level level = Level::Info;
    QString component; ///< logger name: "store", "opayo", "qt", …
    QString message;
};

/// A bounded, thread-safe buffer of the most recent log entries. Writers are spdlog sinks on any
/// thread; readers (the Event log page) poll with `since(sequence)` and never block writers for long.
class LogRingBuffer
{
public:
    explicit LogRingBuffer(std::size_t capacity = 10'000);

    void append(qint64 timeMsecs, Level level, QString component, QString message);
    /// Entries with a sequence greater than `after`, oldest first (at most `capacity`).
    [[nodiscard]] QList<LogEntry> since(quint64 after) const;
    [[nodiscard]] quint64 lastSequence() const;
    [[nodiscard]] std::size_t capacity() const;
    /// Changes the bound; the oldest entries go when it shrinks.
    void setCapacity(std::size_t capacity);
    /// How many entries were pushed out of the buffer because it was full.
    [[nodiscard]] quint64 dropped() const;

private:
    std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::deque<LogEntry> m_entries;
    quint64 m_nextSequence = 1;
    quint64 m_dropped = 0;
};

} // namespace bridge::log
