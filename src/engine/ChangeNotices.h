// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QList>
#include <QMutex>
#include <QSet>

namespace bridge::engine {

/// Which events changed since the last look, collected from every worker thread after its
/// commit. The engine hands them out as one coalesced notice every few hundred milliseconds
/// (Engine::eventsChanged), so that views re-read what they show instead of polling.
class ChangeNotices
{
public:
    void note(qint64 inboxId)
    {
        const QMutexLocker lock(&m_mutex);
        m_ids.insert(inboxId);
    }
    void note(const QList<qint64>& inboxIds)
    {
        const QMutexLocker lock(&m_mutex);
        for (qint64 id : inboxIds) {
            m_ids.insert(id);
        }
    }
    /// The ids noted since the last call, and forgets them.
    QList<qint64> take()
    {
        const QMutexLocker lock(&m_mutex);
        QList<qint64> ids(m_ids.cbegin(), m_ids.cend());
        m_ids.clear();
        return ids;
    }

private:
    QMutex m_mutex;
    QSet<qint64> m_ids;
};

} // namespace bridge::engine
