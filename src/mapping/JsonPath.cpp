// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace bridge::mapping {

Result<JsonPath> JsonPath::parse(const QString& text)
{
    JsonPath path;
    path.m_text = text.trimmed();
    QString rest = path.m_text;
    if (rest == QLatin1String("$")) {
        path.m_rooted = true; // the event itself
        return path;
    }
    if (rest.startsWith(QLatin1String("$."))) {
        path.m_rooted = true;
        rest = rest.mid(2);
    }
    static const QRegularExpression step(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    if (rest.isEmpty()) {
        return fail(Error::configuration(QStringLiteral("mapping.path"),
                                         tr("The path is empty. Name a source field, for example vendorTxCode.")));
    }
    for (const QString& part : rest.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = step.match(part);
        if (!m.hasMatch()) {
            return fail(Error::configuration(QStringLiteral("mapping.path"),
                                             tr("\"%1\" is not a valid path: \"%2\" should be a field name, optionally "
                                                "followed by [n] to pick an element, as in lines[0].sku.")
                                                 .arg(text, part)));
        }
        path.m_steps.append(Step{m.captured(1), -1});
        auto it = index.globalMatch(m.captured(2));
        while (it.hasNext()) {
            path.m_steps.append(Step{QString(), it.next().captured(1).toLongLong()});
        }
    }
    return path;
}

QJsonValue JsonPath::resolve(const QJsonValue& root, const QJsonValue& current) const
{
    QJsonValue v = m_rooted ? root : current;
    for (const Step& s : m_steps) {
        if (!s.key.isEmpty()) {
            if (!v.isObject() || !v.toObject().contains(s.key)) {
                return QJsonValue(QJsonValue::Undefined);
            }
            v = v.toObject().value(s.key);
        } else {
            const QJsonArray a = v.toArray();
            if (!v.isArray() || s.index >= a.size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            v = a.at(s.index);
        }
    }
    return v;
}

} // namespace bridge::mapping
