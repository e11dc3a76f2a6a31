// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace bridge::json {

/// True if any number in the raw JSON text (outside strings) has a fraction or an exponent.
/// Qt's JSON reader stores 25.00 as the integer 25, so for amounts in minor units ("25.00"
/// would silently mean 25 pence) decimal notation has to be detected on the text itself.
[[nodiscard]] bool hasNonIntegerNumber(const QByteArray& json);

/// The value as a 64-bit integer when the JSON held an integer (not 2.5, not text).
[[nodiscard]] std::optional<qint64> strictInteger(const QJsonValue& value);

} // namespace bridge::json
