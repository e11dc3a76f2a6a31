// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/JsonNumbers.h"

#include <QVariant>

namespace bridge::json {

bool hasNonIntegerNumber(const QByteArray& json)
{
    bool inString = false;
    bool escaped = false;
    bool inNumber = false;
    for (const char c : json) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            inNumber = false;
        } else if ((c >= '0' && c <= '9') || c == '-') {
            inNumber = true;
        } else if (inNumber && (c == '.' || c == 'e' || c == 'E')) {
            return true;
        } else {
            inNumber = false;
        }
    }
    return false;
}

std::optional<qint64> strictInteger(const QJsonValue& value)
{
    if (!value.isDouble() || value.toVariant().typeId() != QMetaType::LongLong) {
        return std::nullopt;
    }
    return value.toInteger();
}

} // namespace bridge::json
