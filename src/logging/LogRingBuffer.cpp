// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "logging/LogRingBuffer.h"

#include <algorithm>

namespace bridge::log {

QString levelName(Level level)
{
    switch (level) {
    case Level::Trace:
        return QStringLiteral("trace");
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    case Level::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

LogRingBuffer::LogRingBuffer(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 1)) {}

void LogRingBuffer::append(qint64 timeMsecs, Level level, QString component, QString message)
{
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= m_capacity) {
        m_entries.pop_front();
        ++m_dropped;
    }
    m_entries.push_back(LogEntry{m_nextSequence++, timeMsecs, level, std::move(component), std::move(message)});
}

QList<LogEntry> LogRingBuffer::since(quint64 after) const
{
    std::lock_guard lock(m_mutex);
    QList<LogEntry> out;
    if (m_entries.empty() || m_entries.back().sequence <= after) {
        return out;
    }
    // Sequences are contiguous inside the deque, so the first wanted entry is found by offset.
    const quint64 first = m_entries.front().sequence;
    const std::size_t offset = after < first ? 0 : static_cast<std::size_t>(after - first + 1);
    out.reserve(static_cast<qsizetype>(m_entries.size() - offset));
    for (auto it = m_entries.begin() + static_cast<std::ptrdiff_t>(offset); it != m_entries.end(); ++it) {
        out.append(*it);
    }
    return out;
}

std::size_t LogRingBuffer::capacity() const
{
    std::lock_guard lock(m_mutex);
    return m_capacity;
}

void LogRingBuffer::setCapacity(std::size_t capacity)
{
    std::lock_guard lock(m_mutex);
    m_capacity = std::max<std::size_t>(capacity, 1);
    while (m_entries.size() > m_capacity) {
        m_entries.pop_front();
        ++m_dropped;
    }
}

quint64 LogRingBuffer::lastSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_nextSequence - 1;
}

quint64 LogRingBuffer::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace bridge::log
