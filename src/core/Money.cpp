// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Money.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace bridge {

namespace {

Error parseError(QString code, QString message, QStringView input)
{
    return Error::permanent(std::move(code), std::move(message), QStringLiteral("input \"%1\"").arg(input.toString()));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// Splits "1,234,567" into digits when every group after the first has exactly three digits.
std::optional<QString> ungroup(QStringView integer, const QString& separator)
{
    if (separator.isEmpty() || !integer.contains(separator)) {
        return integer.toString();
    }
    const QList<QStringView> groups = integer.split(separator);
    QString digits;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        if ((i == 0 && (size < 1 || size > 3)) || (i > 0 && size != 3)) {
            return std::nullopt;
        }
        digits += groups.at(i);
    }
    return digits;
}

QString groupDigits(const QString& digits, const QString& separator)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) {
            out += separator;
        }
        out += digits.at(i);
    }
    return out;
}

bool checkedAdd(qint64 a, qint64 b, qint64* out)
{
    if ((b > 0 && a > std::numeric_limits<qint64>::max() - b) ||
        (b < 0 && a < std::numeric_limits<qint64>::min() - b)) {
        return false;
    }
    *out = a + b;
    return true;
}

bool checkedSub(qint64 a, qint64 b, qint64* out)
{
    if ((b < 0 && a > std::numeric_limits<qint64>::max() + b) ||
        (b > 0 && a < std::numeric_limits<qint64>::min() + b)) {
        return false;
    }
    *out = a - b;
    return true;
}

} // namespace

Result<Money> Money::parse(QStringView text, Currency currency, const ParseOptions& options)
{
    const QStringView input = text.trimmed();
    if (input.isEmpty()) {
        return fail(
            parseError(QStringLiteral("money.empty"), tr("The amount is empty. Enter a number such as 10.50."), text));
    }

    QString decimalPoint = QStringLiteral(".");
    QString groupSeparator;
    if (options.locale) {
        decimalPoint = options.locale->decimalPoint();
        groupSeparator = options.locale->groupSeparator();
    }

    QStringView body = input;
    bool negative = false;
    if (body.startsWith(QLatin1Char('-')) || body.startsWith(QLatin1Char('+'))) {
        negative = body.startsWith(QLatin1Char('-'));
        body = body.mid(1);
    }

    // Find the first character that is not a digit, decimal point or group separator so that the
    // message can name it: "1e3" is refused because of the 'e', not with a vague "invalid".
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (isAsciiDigit(c) || body.mid(i).startsWith(decimalPoint)) {
            continue;
        }
        if (!groupSeparator.isEmpty() && body.mid(i).startsWith(groupSeparator)) {
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('\'') || c.isSpace()) {
            return fail(parseError(QStringLiteral("money.separator"),
                                   tr("The amount \"%1\" contains the separator '%2'. Write it without thousands "
                                      "separators and with '%3' as the decimal point (for example %4), or choose "
                                      "a locale that uses these separators.")
                                       .arg(input.toString(), QString(c), decimalPoint,
                                            QStringLiteral("1234") + decimalPoint + QStringLiteral("56")),
                                   text));
        }
        if (c == QLatin1Char('e') || c == QLatin1Char('E')) {
            return fail(parseError(QStringLiteral("money.exponent"),
                                   tr("The amount \"%1\" uses exponent notation, which is not accepted for money. "
                                      "Write the full number, for example 1000 instead of 1e3.")
                                       .arg(input.toString()),
                                   text));
        }
        return fail(parseError(QStringLiteral("money.character"),
                               tr("The amount \"%1\" contains '%2' at position %3. An amount may contain only "
                                  "digits, one leading sign and one decimal point.")
                                   .arg(input.toString(), QString(c))
                                   .arg(i + 1 + (input.size() - body.size())),
                               text));
    }

    const qsizetype pointAt = body.indexOf(decimalPoint);
    if (pointAt >= 0 && body.indexOf(decimalPoint, pointAt + decimalPoint.size()) >= 0) {
        return fail(parseError(QStringLiteral("money.two_points"),
                               tr("The amount \"%1\" has more than one decimal point.").arg(input.toString()), text));
    }
    const QStringView integerPart = pointAt >= 0 ? body.left(pointAt) : body;
    QStringView fractionPart = pointAt >= 0 ? body.mid(pointAt + decimalPoint.size()) : QStringView();

    if (integerPart.isEmpty() || (pointAt >= 0 && fractionPart.isEmpty())) {
        return fail(parseError(QStringLiteral("money.digits_missing"),
                               tr("The amount \"%1\" needs digits on both sides of the decimal point: write 0.50 "
                                  "instead of .50, and 5 instead of \"5.\".")
                                   .arg(input.toString()),
                               text));
    }
    if (!groupSeparator.isEmpty() && fractionPart.contains(groupSeparator)) {
        return fail(parseError(
            QStringLiteral("money.separator"),
            tr("The amount \"%1\" has a thousands separator after the decimal point.").arg(input.toString()), text));
    }
    const std::optional<QString> integerDigits = ungroup(integerPart, groupSeparator);
    if (!integerDigits) {
        return fail(parseError(QStringLiteral("money.grouping"),
                               tr("The amount \"%1\" has misplaced thousands separators; groups after the first must "
                                  "have exactly three digits.")
                                   .arg(input.toString()),
                               text));
    }

    const int exponent = currency.exponent();
    if (fractionPart.size() > exponent) {
        const QStringView surplus = fractionPart.mid(exponent);
        const bool surplusIsZero =
            std::all_of(surplus.begin(), surplus.end(), [](QChar c) { return c == QLatin1Char('0'); });
        if (!(options.allowSurplusZeroDecimals && surplusIsZero)) {
            return fail(parseError(
                QStringLiteral("money.too_many_decimals"),
                exponent == 0
                    ? tr("The amount \"%1\" has decimals, but %2 has no minor unit. Enter a whole number.")
                          .arg(input.toString(), currency.code())
                    : tr("The amount \"%1\" has %2 decimals, but %3 allows at most %4. Amounts are never rounded; "
                         "correct the value.")
                          .arg(input.toString())
                          .arg(fractionPart.size())
                          .arg(currency.code())
                          .arg(exponent),
                text));
        }
        fractionPart = fractionPart.left(exponent);
    }

    // Accumulate the magnitude digit by digit with overflow checks; a negative amount may reach
    // one more than a positive one (INT64_MIN).
    const quint64 limit =
        negative ? quint64(std::numeric_limits<qint64>::max()) + 1 : quint64(std::numeric_limits<qint64>::max());
    quint64 value = 0;
    auto push = [&value, limit](QChar digit) {
        const quint64 d = quint64(digit.unicode() - '0');
        if (value > (limit - d) / 10) {
            return false;
        }
        value = value * 10 + d;
        return true;
    };
    bool ok = true;
    for (QChar c : *integerDigits) {
        ok = ok && push(c);
    }
    for (QChar c : fractionPart) {
        ok = ok && push(c);
    }
    for (qsizetype i = fractionPart.size(); i < exponent; ++i) {
        ok = ok && push(QLatin1Char('0'));
    }
    if (!ok) {
        return fail(parseError(QStringLiteral("money.overflow"),
                               tr("The amount \"%1\" is too large to be handled safely.").arg(input.toString()), text));
    }
    const qint64 minor = negative ? qint64(quint64(0) - value) : qint64(value);
    return Money(minor, currency);
}

QString Money::toDecimalString() const
{
    const int exponent = m_currency.exponent();
    // Work on the magnitude as unsigned so that INT64_MIN formats correctly.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString digits = QString::number(magnitude);
    if (digits.size() <= exponent) {
        digits = QString(exponent + 1 - digits.size(), QLatin1Char('0')) + digits;
    }
    QString out = m_minor < 0 ? QStringLiteral("-") : QString();
    if (exponent == 0) {
        return out + digits;
    }
    return out + digits.left(digits.size() - exponent) + QLatin1Char('.') + digits.right(exponent);
}

QString Money::toDisplayString(const QLocale& locale) const
{
    const QString plain = toDecimalString();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString unsignedPart = negative ? plain.mid(1) : plain;
    const qsizetype point = unsignedPart.indexOf(QLatin1Char('.'));
    const QString integer = point >= 0 ? unsignedPart.left(point) : unsignedPart;
    QString text = groupDigits(integer, locale.groupSeparator());
    if (point >= 0) {
        text += locale.decimalPoint() + unsignedPart.mid(point + 1);
    }
    return (negative ? locale.negativeSign() : QString()) + text + QLatin1Char(' ') + m_currency.code();
}

Result<Money> Money::plus(const Money& other) const
{
    if (!(other.m_currency == m_currency)) {
        return fail(Error::permanent(
            QStringLiteral("money.currency_mismatch"),
            tr("Cannot add %1 to %2: the currencies differ.").arg(other.toDisplayString(), toDisplayString())));
    }
    qint64 sum = 0;
    if (!checkedAdd(m_minor, other.m_minor, &sum)) {
        return fail(
            Error::permanent(QStringLiteral("money.overflow"), tr("The sum is too large to be handled safely.")));
    }
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    if (!(other.m_currency == m_currency)) {
        return fail(Error::permanent(
            QStringLiteral("money.currency_mismatch"),
            tr("Cannot subtract %1 from %2: the currencies differ.").arg(other.toDisplayString(), toDisplayString())));
    }
    qint64 difference = 0;
    if (!checkedSub(m_minor, other.m_minor, &difference)) {
        return fail(Error::permanent(QStringLiteral("money.overflow"),
                                     tr("The difference is too large to be handled safely.")));
    }
    return Money(difference, m_currency);
}

Result<Money> Money::negated() const
{
    if (m_minor == std::numeric_limits<qint64>::min()) {
        return fail(
            Error::permanent(QStringLiteral("money.overflow"), tr("The amount is too large to negate safely.")));
    }
    return Money(-m_minor, m_currency);
}

} // namespace bridge
