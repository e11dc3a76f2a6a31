// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Currency.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace bridge {

/// An amount of money: a signed 64-bit count of minor units (pence, cents, fils) and its currency.
/// There is no floating point anywhere in this class: parsing and formatting work on digits.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Money)

public:
    struct ParseOptions {
        /// When set, that locale's group separator and decimal point are accepted ("1.000,00" for
        /// de_DE). Without a locale only the plain form "-1234.56" is accepted.
        std::optional<QLocale> locale;
        /// Wire formats such as SYSPRO's pad values with zeros ("10.500" for GBP). Accept surplus
        /// decimals only when they are zeros, so that no value is ever rounded.
        bool allowSurplusZeroDecimals = false;
    };

    Money(qint64 minorUnits, Currency currency) : m_minor(minorUnits), m_currency(currency) {}

    static Money zero(Currency currency) { return Money(0, currency); }

    /// Parse a decimal string ("10", "10.5", "-0.01") exactly. Rejects exponents, stray
    /// characters, separators without a locale, and more decimals than the currency has.
    static Result<Money> parse(QStringView text, Currency currency, const ParseOptions& options);
    static Result<Money> parse(QStringView text, Currency currency) { return parse(text, currency, ParseOptions{}); }

    [[nodiscard]] qint64 minorUnits() const { return m_minor; }
    [[nodiscard]] Currency currency() const { return m_currency; }
    [[nodiscard]] bool isZero() const { return m_minor == 0; }
    [[nodiscard]] bool isNegative() const { return m_minor < 0; }

    /// Plain decimal form with exactly the currency's decimals: "10.50", "-0.01", "1000" (JPY).
    [[nodiscard]] QString toDecimalString() const;
    /// Locale form with grouping and the currency code: "£" is not used, codes are unambiguous.
    /// e.g. "1,234.50 GBP" (en_GB) or "1.234,50 GBP" (de_DE).
    [[nodiscard]] QString toDisplayString(const QLocale& locale = QLocale()) const;

    /// Checked arithmetic: fails on a currency mismatch or on 64-bit overflow.
    [[nodiscard]] Result<Money> plus(const Money& other) const;
    [[nodiscard]] Result<Money> minus(const Money& other) const;
    [[nodiscard]] Result<Money> negated() const;

    friend bool operator==(const Money& a, const Money& b) = default;

private:
    qint64 m_minor;
    Currency m_currency;
};

} // namespace bridge
