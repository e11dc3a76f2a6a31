// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/ExactArithmetic.h"

#include <limits>

namespace bridge {

namespace {

/// Unsigned 128-bit value as two 64-bit halves; portable (MSVC has no __int128).
struct U128 {
    quint64 hi = 0;
    quint64 lo = 0;
};

U128 multiply(quint64 a, quint64 b)
{
    const quint64 aLo = a & 0xffffffffULL, aHi = a >> 32;
    const quint64 bLo = b & 0xffffffffULL, bHi = b >> 32;
    const quint64 p0 = aLo * bLo;
    const quint64 p1 = aLo * bHi;
    const quint64 p2 = aHi * bLo;
    const quint64 p3 = aHi * bHi;
    const quint64 middle = (p0 >> 32) + (p1 & 0xffffffffULL) + (p2 & 0xffffffffULL);
    U128 r;
    r.lo = (middle << 32) | (p0 & 0xffffffffULL);
    r.hi = p3 + (p1 >> 32) + (p2 >> 32) + (middle >> 32);
    return r;
}

/// Long division of a 128-bit value by a 64-bit divisor, bit by bit (divisors here are small
/// and this runs once per amount, so clarity wins over speed).
std::optional<quint64> divide(U128 n, quint64 d, quint64* remainder)
{
    if (d == 0 || n.hi >= d) {
        return std::nullopt; // quotient would not fit in 64 bits
    }
    quint64 rem = n.hi;
    quint64 quotient = 0;
    for (int bit = 63; bit >= 0; --bit) {
        const bool carry = (rem >> 63) != 0;
        rem = (rem << 1) | ((n.lo >> bit) & 1ULL);
        if (carry || rem >= d) {
            rem -= d;
            quotient |= (1ULL << bit);
        }
    }
    *remainder = rem;
    return quotient;
}

quint64 magnitude(qint64 v)
{
    return v < 0 ? quint64(0) - quint64(v) : quint64(v);
}

} // namespace

qint64 powerOfTen(int n)
{
    qint64 v = 1;
    for (int i = 0; i < n && i < 18; ++i) {
        v *= 10;
    }
    return v;
}

std::optional<qint64> mulDivHalfEven(qint64 a, qint64 b, qint64 c)
{
    if (c == 0) {
        return std::nullopt;
    }
    // The sign of the result: one or three negative operands, and a non-zero product.
    const bool negative = ((a < 0) != (b < 0)) != (c < 0) && a != 0 && b != 0;
    const quint64 d = magnitude(c);
    quint64 rem = 0;
    const std::optional<quint64> q = divide(multiply(magnitude(a), magnitude(b)), d, &rem);
    if (!q) {
        return std::nullopt;
    }
    quint64 result = *q;
    // Half to even on the magnitude (symmetric, so the sign is applied afterwards). rem < d ≤ 2^63,
    // so 2·rem cannot overflow.
    const quint64 twice = rem * 2;
    if (twice > d || (twice == d && (result & 1ULL) != 0)) {
        ++result;
    }
    const quint64 limit =
        negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    if (result > limit) {
        return std::nullopt;
    }
    return negative ? qint64(quint64(0) - result) : qint64(result);
}

} // namespace bridge
