// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/SuggestionHistory.h"

#include <QJsonArray>

#include <algorithm>

namespace bridge::mapping {

namespace {
const QString kFormat = QStringLiteral("opayo-syspro-bridge/suggestion-history");
QString key(const QString& source, const QString& target)
{
    return source + QLatin1Char('\n') + target;
}
} // namespace

SuggestionCounts InMemorySuggestionHistory::counts(const QString& source, const QString& target) const
{
    return m_counts.value(key(source, target));
}

void InMemorySuggestionHistory::record(const QString& source, const QString& target, bool accepted)
{
    SuggestionCounts& c = m_counts[key(source, target)];
    (accepted ? c.accepted : c.rejected) += 1;
}

QJsonObject InMemorySuggestionHistory::toJson() const
{
    QStringList keys = m_counts.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray entries;
    for (const QString& k : keys) {
        const SuggestionCounts c = m_counts.value(k);
        entries.append(QJsonObject{{QStringLiteral("source"), k.section(QLatin1Char('\n'), 0, 0)},
                                   {QStringLiteral("target"), k.section(QLatin1Char('\n'), 1)},
                                   {QStringLiteral("accepted"), c.accepted},
                                   {QStringLiteral("rejected"), c.rejected}});
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}};
}

Result<InMemorySuggestionHistory> InMemorySuggestionHistory::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat) {
        return fail(
            Error::configuration(QStringLiteral("suggestion_history.invalid"),
                                 tr("The stored suggestion history is not in the format \"%1\".").arg(kFormat)));
    }
    InMemorySuggestionHistory h;
    const QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString source = e.value(QStringLiteral("source")).toString();
        const QString target = e.value(QStringLiteral("target")).toString();
        const int accepted = e.value(QStringLiteral("accepted")).toInt(-1);
        const int rejected = e.value(QStringLiteral("rejected")).toInt(-1);
        if (source.isEmpty() || target.isEmpty() || accepted < 0 || rejected < 0) {
            return fail(Error::configuration(
                QStringLiteral("suggestion_history.invalid"),
                tr("Entry %1 of the stored suggestion history needs a source, a target and counts of zero or more.")
                    .arg(i + 1)));
        }
        h.m_counts.insert(key(source, target), SuggestionCounts{accepted, rejected});
    }
    return h;
}

} // namespace bridge::mapping
