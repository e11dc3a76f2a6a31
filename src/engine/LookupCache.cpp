// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/LookupCache.h"

namespace bridge::engine {

QString LookupCache::key(Kind kind, const QString& code)
{
    // SYSPRO's keys are upper-case and compared without trailing blanks.
    return (kind == Kind::Customer ? QStringLiteral("c:") : QStringLiteral("s:")) + code.trimmed().toUpper();
}

std::optional<bool> LookupCache::exists(Kind kind, const QString& code) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.constFind(key(kind, code));
    if (it == m_entries.cend() || it->until < m_clock.nowMsecs()) {
        return std::nullopt;
    }
    return it->exists;
}

void LookupCache::remember(Kind kind, const QString& code, bool exists)
{
    const std::lock_guard lock(m_mutex);
    m_entries.insert(key(kind, code),
                     Entry{exists, m_clock.nowMsecs() + (exists ? m_settings.existsTtlMs : m_settings.missingTtlMs)});
}

QStringList LookupCache::unknown(Kind kind, const QStringList& codes) const
{
    QStringList out;
    for (const QString& code : codes) {
        if (!exists(kind, code) && !out.contains(code)) {
            out.append(code);
        }
    }
    return out;
}

void LookupCache::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
}

} // namespace bridge::engine
