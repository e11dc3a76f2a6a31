// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace bridge::syspro {

/// The shape of a SYSPRO numeric field as its schema documents it: "12.2" (values), "10.5"
/// (prices), "12.6" (quantities) = at most `integerDigits` digits before the point and
/// `decimals` after it.
struct NumericFormat {
    int integerDigits = 12;
    int decimals = 2;

    static constexpr NumericFormat value() { return {12, 2}; }
    static constexpr NumericFormat price() { return {10, 5}; }
    static constexpr NumericFormat quantity() { return {12, 6}; }
};

/// An exact fixed-point number: a signed 64-bit count of 10^-scale units. Quantities (scale 6)
/// and unit prices (scale 5) are not money, so they get this type; there is no floating point
/// anywhere in it.
class FixedDecimal
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::FixedDecimal)

public:
    static constexpr int maxScale = 9;

    FixedDecimal() = default;
    FixedDecimal(qint64 scaledUnits, int scale) : m_units(scaledUnits), m_scale(scale) {}

    /// Whole number, e.g. FixedDecimal::fromInteger(2, 6) is 2.000000.
    static Result<FixedDecimal> fromInteger(qint64 value, int scale);
    /// Parses "10", "-1.5", "1.5-" (SYSPRO allows a trailing sign) and space padded wire values
    /// ("     747.800000") exactly. Surplus decimals are accepted only when they are zeros.
    static Result<FixedDecimal> parse(QStringView text, int scale, QStringView field = {});
    /// Money as a decimal of the given scale (GBP 10.50 at scale 2 is 1050).
    static Result<FixedDecimal> fromMoney(const Money& money, int scale);

    [[nodiscard]] qint64 units() const { return m_units; }
    [[nodiscard]] int scale() const { return m_scale; }
    [[nodiscard]] bool isNegative() const { return m_units < 0; }
    [[nodiscard]] bool isZero() const { return m_units == 0; }

    /// Same value at another scale; fails when digits would be lost or on overflow.
    [[nodiscard]] Result<FixedDecimal> rescaled(int scale) const;
    /// Money in `currency`; fails when the value has more decimals than the currency.
    [[nodiscard]] Result<Money> toMoney(Currency currency) const;

    /// Plain decimal text with exactly `decimals` digits after the point (none if 0).
    /// Fails when that would drop a non-zero digit.
    [[nodiscard]] Result<QString> toString(int decimals) const;
    /// Shortest exact text: trailing zeros after the point removed ("2", "10.5").
    [[nodiscard]] QString toShortString() const;
    /// Checks the value fits `format` and returns its wire text (exactly format.decimals
    /// digits when `padDecimals`, else the shortest exact form). `field` names the field in
    /// messages.
    [[nodiscard]] Result<QString> toWire(NumericFormat format, QStringView field, bool padDecimals = false) const;

    friend bool operator==(const FixedDecimal& a, const FixedDecimal& b);

private:
    qint64 m_units = 0;
    int m_scale = 0;
};

/// Money as a SYSPRO "12.2" value: exact, with the field named in any error.
Result<QString> moneyToWire(const Money& money, QStringView field, NumericFormat format = NumericFormat::value());

} // namespace bridge::syspro
