// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SbDecimal.h"

namespace bridge::sandbox::syspro {

namespace {
__extension__ typedef __int128 Int128; // exact products of two 64-bit scaled values
} // namespace

std::optional<qint64> SbDecimal::parse(QStringView text, int scale)
{
    QStringView t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-')) {
        negative = true;
        t = t.mid(1);
    } else if (t.endsWith(u'-')) {
        negative = true;
        t.chop(1);
    } else if (t.startsWith(u'+')) {
        t = t.mid(1);
    }
    if (t.isEmpty()) {
        return std::nullopt;
    }
    qint64 value = 0;
    int decimals = -1;
    for (QChar c : t) {
        if (c == u'.') {
            if (decimals >= 0) {
                return std::nullopt;
            }
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        const int digit = c.unicode() - u'0';
        if (decimals >= 0) {
            if (decimals == scale) {
                if (digit != 0) {
                    return std::nullopt; // more decimals than the field holds: "not numeric"
                }
                continue;
            }
            ++decimals;
        }
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, digit, &value)) {
            return std::nullopt;
        }
    }
    for (int d = qMax(decimals, 0); d < scale; ++d) {
        if (__builtin_mul_overflow(value, 10, &value)) {
            return std::nullopt;
        }
    }
    return negative ? -value : value;
}

QString SbDecimal::format(qint64 scaled, int scale)
{
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    QString digits = QString::number(magnitude).rightJustified(scale + 1, QLatin1Char('0'));
    if (scale > 0) {
        digits.insert(digits.size() - scale, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

qint64 SbDecimal::multiply(qint64 a, int scaleA, qint64 b, int scaleB, int scale)
{
    Int128 product = static_cast<Int128>(a) * b;
    int drop = scaleA + scaleB - scale;
    Int128 divisor = 1;
    for (int i = 0; i < drop; ++i) {
        divisor *= 10;
    }
    const bool negative = product < 0;
    if (negative) {
        product = -product;
    }
    Int128 result = (product + divisor / 2) / divisor;
    return static_cast<qint64>(negative ? -result : result);
}

QString SbDecimal::edited(qint64 scaled, int scale, int decimals)
{
    QString plain = format(scaled, scale);
    const bool negative = plain.startsWith(QLatin1Char('-'));
    if (negative) {
        plain.remove(0, 1);
    }
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    QString integer = point < 0 ? plain : plain.left(point);
    QString fraction = point < 0 ? QString() : plain.mid(point + 1).left(decimals);
    QString grouped;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) {
            grouped += QLatin1Char(',');
        }
        grouped += integer.at(i);
    }
    QString out = fraction.isEmpty() ? grouped : grouped + QLatin1Char('.') + fraction;
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace bridge::sandbox::syspro
