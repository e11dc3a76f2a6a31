// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/PiRequestValidator.h"

#include "core/Currency.h"

#include <QJsonValue>
#include <QVariant>

#include <limits>

namespace bridge::sandbox::opayo {

namespace {
constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();
} // namespace

QString PiRequestValidator::text(const QJsonObject& o, const QString& name, const QString& property, int maxLength,
                                 bool required)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (required) {
            errors.append({1003, property, {}});
        }
        return {};
    }
    if (!v.isString()) {
        errors.append({1009, property, {}});
        return {};
    }
    const QString s = v.toString();
    if (maxLength > 0 && s.size() > maxLength) {
        errors.append({1004, property, {}});
    }
    return s;
}

qint64 PiRequestValidator::amount(const QJsonObject& o, const QString& name, const QString& property)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        errors.append({1003, property, {}});
        return 0;
    }
    // Integer notation only: the caller has already refused "10.00" on the raw text.
    const qint64 n =
        v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong ? v.toInteger(kNoInteger) : kNoInteger;
    if (n == kNoInteger) {
        errors.append({1016, property, {}});
        return 0;
    }
    if (n <= 0) {
        errors.append({1009, property, {}});
        return 0;
    }
    return n;
}

QJsonObject PiRequestValidator::object(const QJsonObject& o, const QString& name, const QString& property,
                                       bool required)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            errors.append({1003, property, {}});
        }
        return {};
    }
    if (!v.isObject()) {
        errors.append({1009, property, {}});
        return {};
    }
    return v.toObject();
}

void PiRequestValidator::currency(const QString& code, const QString& property)
{
    if (code.isEmpty()) {
        return;
    }
    if (code.size() != 3) {
        errors.append({1004, property, {}});
    } else if (!Currency::fromCode(code)) {
        errors.append({1010, property, {}});
    }
}

bool PiRequestValidator::validVendorTxCode(const QString& code)
{
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
                        u == '.' || u == '_' || u == '{' || u == '}';
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool PiRequestValidator::hasNonIntegerNumber(const QByteArray& json)
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

} // namespace bridge::sandbox::opayo
