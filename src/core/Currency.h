// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace bridge {

struct CurrencyInfo;

/// An ISO 4217 currency with its minor-unit exponent (GBP 2, JPY 0, BHD 3, …).
/// Cheap to copy; always valid once constructed (use `fromCode`).
class Currency
{
public:
    /// Look up an active ISO 4217 alphabetic code ("GBP", case-insensitive).
    static Result<Currency> fromCode(QStringView code);
    /// Like fromCode, for codes known at compile time; aborts on a typo (programming error).
    static Currency of(const char* code);
    static QList<Currency> all();

    [[nodiscard]] QString code() const;
    [[nodiscard]] int numericCode() const;
    [[nodiscard]] int exponent() const;
    [[nodiscard]] QString name() const;

    friend bool operator==(Currency a, Currency b) { return a.m_info == b.m_info; }

private:
    explicit Currency(const CurrencyInfo* info) : m_info(info) {}
    const CurrencyInfo* m_info;
};

} // namespace bridge
