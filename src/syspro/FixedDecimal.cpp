// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/FixedDecimal.h"

#include <limits>

namespace bridge::syspro {

namespace {

constexpr qint64 pow10(int n)
{
    qint64 p = 1;
    for (int i = 0; i < n; ++i) {
        p *= 10;
    }
    return p;
}

bool mulCheck(qint64 a, qint64 b, qint64* out)
{
    return !__builtin_mul_overflow(a, b, out);
}
bool addCheck(qint64 a, qint64 b, qint64* out)
{
    return !__builtin_add_overflow(a, b, out);
}

Error numberError(const QString& code, const QString& message, QStringView text)
{
    return Error::permanent(code, message, QStringLiteral("input \"%1\"").arg(text.toString()));
}

QString fieldLabel(QStringView field)
{
    return field.isEmpty() ? QCoreApplication::translate("bridge::syspro::FixedDecimal", "the number")
                           : field.toString();
}

} // namespace

Result<FixedDecimal> FixedDecimal::fromInteger(qint64 value, int scale)
{
    qint64 units = 0;
    if (scale < 0 || scale > maxScale || !mulCheck(value, pow10(scale), &units)) {
        return fail(Error::permanent(QStringLiteral("syspro.number_overflow"),
                                     tr("The number %1 is too large for a SYSPRO field.").arg(value)));
    }
    return FixedDecimal(units, scale);
}

Result<FixedDecimal> FixedDecimal::parse(QStringView text, int scale, QStringView field)
{
    QStringView s = text.trimmed();
    const QString label = fieldLabel(field);
    if (s.isEmpty()) {
        return fail(numberError(QStringLiteral("syspro.number_empty"),
                                tr("%1 is empty where SYSPRO should have sent a number.").arg(label), text));
    }
    if (scale < 0 || scale > maxScale) {
        return fail(
            numberError(QStringLiteral("syspro.number_scale"), tr("Unsupported number scale %1.").arg(scale), text));
    }
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s = s.mid(1);
    } else if (s.endsWith(QLatin1Char('-'))) { // SYSPRO allows a trailing minus sign
        negative = true;
        s = s.chopped(1);
    }
    const qsizetype point = s.indexOf(QLatin1Char('.'));
    const QStringView integer = point < 0 ? s : s.left(point);
    QStringView fraction = point < 0 ? QStringView() : s.mid(point + 1);
    if (integer.isEmpty() && fraction.isEmpty()) {
        return fail(numberError(QStringLiteral("syspro.number_digits"),
                                tr("%1 (\"%2\") has no digits.").arg(label, text.toString()), text));
    }
    for (QStringView part : {integer, fraction}) {
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return fail(numberError(QStringLiteral("syspro.number_character"),
                                        tr("%1 (\"%2\") contains '%3'; only digits, one decimal point and a sign are "
                                           "allowed.")
                                            .arg(label, text.trimmed().toString(), QString(c)),
                                        text));
            }
        }
    }
    while (fraction.size() > scale && fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    if (fraction.size() > scale) {
        return fail(numberError(
            QStringLiteral("syspro.number_decimals"),
            tr("%1 (\"%2\") has more than %3 decimal places.").arg(label, text.trimmed().toString()).arg(scale), text));
    }
    qint64 units = 0;
    for (QChar c : integer) {
        if (!mulCheck(units, 10, &units) || !addCheck(units, c.unicode() - '0', &units)) {
            return fail(numberError(QStringLiteral("syspro.number_overflow"),
                                    tr("%1 (\"%2\") is too large.").arg(label, text.trimmed().toString()), text));
        }
    }
    for (int i = 0; i < scale; ++i) {
        const int digit = i < fraction.size() ? fraction.at(i).unicode() - '0' : 0;
        if (!mulCheck(units, 10, &units) || !addCheck(units, digit, &units)) {
            return fail(numberError(QStringLiteral("syspro.number_overflow"),
                                    tr("%1 (\"%2\") is too large.").arg(label, text.trimmed().toString()), text));
        }
    }
    return FixedDecimal(negative ? -units : units, scale);
}

Result<FixedDecimal> FixedDecimal::fromMoney(const Money& money, int scale)
{
    return FixedDecimal(money.minorUnits(), money.currency().exponent()).rescaled(scale);
}

Result<FixedDecimal> FixedDecimal::rescaled(int scale) const
{
    if (scale < 0 || scale > maxScale) {
        return fail(
            Error::permanent(QStringLiteral("syspro.number_scale"), tr("Unsupported number scale %1.").arg(scale)));
    }
    if (scale >= m_scale) {
        qint64 units = 0;
        if (!mulCheck(m_units, pow10(scale - m_scale), &units)) {
            return fail(Error::permanent(QStringLiteral("syspro.number_overflow"), tr("The number is too large.")));
        }
        return FixedDecimal(units, scale);
    }
    const qint64 divisor = pow10(m_scale - scale);
    if (m_units % divisor != 0) {
        return fail(Error::permanent(QStringLiteral("syspro.number_decimals"),
                                     tr("%1 has more than %2 decimal places.").arg(toShortString()).arg(scale)));
    }
    return FixedDecimal(m_units / divisor, scale);
}

Result<Money> FixedDecimal::toMoney(Currency currency) const
{
    const Result<FixedDecimal> r = rescaled(currency.exponent());
    if (!r) {
        return fail(Error::permanent(
            QStringLiteral("syspro.money_decimals"),
            tr("The amount %1 has more decimal places than %2 allows.").arg(toShortString(), currency.code())));
    }
    return Money(r->units(), currency);
}

Result<QString> FixedDecimal::toString(int decimals) const
{
    const Result<FixedDecimal> r = rescaled(decimals);
    if (!r) {
        return fail(r.error());
    }
    const qint64 units = r->units();
    // Work on the magnitude as unsigned so that INT64_MIN is printed correctly.
    const quint64 magnitude = units < 0 ? quint64(0) - quint64(units) : quint64(units);
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        if (digits.size() <= decimals) {
            digits = QString(decimals + 1 - digits.size(), QLatin1Char('0')) + digits;
        }
        digits.insert(digits.size() - decimals, QLatin1Char('.'));
    }
    return units < 0 ? QLatin1Char('-') + digits : digits;
}

QString FixedDecimal::toShortString() const
{
    int decimals = m_scale;
    qint64 units = m_units;
    while (decimals > 0 && units % 10 == 0) {
        units /= 10;
        --decimals;
    }
    return *FixedDecimal(units, decimals).toString(decimals);
}

Result<QString> FixedDecimal::toWire(NumericFormat format, QStringView field, bool padDecimals) const
{
    const Result<FixedDecimal> r = rescaled(format.decimals);
    if (!r) {
        return fail(Error::permanent(QStringLiteral("syspro.number_decimals"),
                                     tr("%1 is %2, but SYSPRO accepts at most %3 decimal places there. Round the "
                                        "value in the mapping before it is sent.")
                                         .arg(fieldLabel(field), toShortString())
                                         .arg(format.decimals)));
    }
    const quint64 magnitude = r->units() < 0 ? quint64(0) - quint64(r->units()) : quint64(r->units());
    const quint64 integerPart = magnitude / quint64(pow10(format.decimals));
    if (QString::number(integerPart).size() > format.integerDigits) {
        return fail(Error::permanent(QStringLiteral("syspro.number_too_large"),
                                     tr("%1 is %2, which has more than the %3 digits before the decimal point that "
                                        "SYSPRO accepts there.")
                                         .arg(fieldLabel(field), toShortString())
                                         .arg(format.integerDigits)));
    }
    if (padDecimals) {
        return r->toString(format.decimals);
    }
    return r->toShortString();
}

bool operator==(const FixedDecimal& a, const FixedDecimal& b)
{
    const int scale = qMax(a.m_scale, b.m_scale);
    const Result<FixedDecimal> ra = a.rescaled(scale);
    const Result<FixedDecimal> rb = b.rescaled(scale);
    return ra && rb && ra->m_units == rb->m_units;
}

Result<QString> moneyToWire(const Money& money, QStringView field, NumericFormat format)
{
    const FixedDecimal value(money.minorUnits(), money.currency().exponent());
    return value.toWire(format, field, true);
}

} // namespace bridge::syspro
