// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QtGlobal>

#include <optional>

namespace bridge {

/// a × b ÷ c, exactly, rounded half to even (banker's rounding) once at the end. The product is
/// held in 128 bits, so no intermediate overflows. Returns nothing when c is 0 or the result
/// does not fit in 64 bits. This is the one rounding rule of the bridge (currency conversion,
/// proration).
std::optional<qint64> mulDivHalfEven(qint64 a, qint64 b, qint64 c);

/// 10^n for 0 ≤ n ≤ 18.
qint64 powerOfTen(int n);

} // namespace bridge
