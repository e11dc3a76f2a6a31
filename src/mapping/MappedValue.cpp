// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/MappedValue.h"

#include "core/CanonicalPayment.h"

#include <QJsonObject>

namespace bridge::mapping {

QString MappedValue::toText() const
{
    if (isText()) {
        return asText();
    }
    if (isInteger()) {
        return QString::number(asInteger());
    }
    if (isMoney()) {
        return asMoney().toDecimalString();
    }
    if (isDate()) {
        return asDate().toString(Qt::ISODate);
    }
    if (isBoolean()) {
        return asBoolean() ? QStringLiteral("Y") : QStringLiteral("N");
    }
    return {};
}

QString MappedValue::kindName() const
{
    if (isText()) {
        return QStringLiteral("text");
    }
    if (isInteger()) {
        return QStringLiteral("whole number");
    }
    if (isMoney()) {
        return QStringLiteral("money");
    }
    if (isDate()) {
        return QStringLiteral("date");
    }
    if (isBoolean()) {
        return QStringLiteral("yes/no");
    }
    if (isGroup()) {
        return QStringLiteral("group");
    }
    return QStringLiteral("nothing");
}

QJsonValue MappedValue::toJson() const
{
    if (isMoney()) {
        return moneyToJson(asMoney());
    }
    if (isInteger()) {
        return QJsonValue(asInteger());
    }
    if (isBoolean()) {
        return QJsonValue(asBoolean());
    }
    if (isGroup()) {
        QJsonObject o;
        for (auto it = asGroup().begin(); it != asGroup().end(); ++it) {
            o.insert(it.key(), it.value());
        }
        return o;
    }
    if (isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    return toText();
}

} // namespace bridge::mapping
