// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bridge::sandbox::syspro {

/// The sandbox's exact decimal handling: numbers as integers scaled by 10^scale. No floating
/// point; SYSPRO's own "not numeric" rule for too many decimals is mirrored.
class SbDecimal
{
public:
    /// "12.50", "-3", "3-" at `scale` decimals; nullopt when not numeric or too precise.
    static std::optional<qint64> parse(QStringView text, int scale);
    /// Fixed text with exactly `scale` decimals.
    static QString format(qint64 scaled, int scale);
    /// value(scaleA) * value(scaleB) rounded half up to `scale` decimals.
    static qint64 multiply(qint64 a, int scaleA, qint64 b, int scaleB, int scale);
    /// "1,554.530" style display twin (SYSPRO's Edited_ fields), with `decimals` shown.
    static QString edited(qint64 scaled, int scale, int decimals);
};

} // namespace bridge::sandbox::syspro
