// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>

namespace bridge::mapping {

/// Exchange rates with the dates from which they apply. A rate is an exact decimal (up to 12
/// decimals), kept as an integer and its scale; conversion multiplies, rescales to the target
/// currency's minor unit and rounds half to even once.
class ExchangeRates
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::ExchangeRates)

public:
    struct Rate {
        Currency from;
        Currency to;
        qint64 units = 0; ///< the rate × 10^scale
        int scale = 0;
        QDate effective;

        [[nodiscard]] QString text() const; ///< "0.8612"
    };

    /// [{"from": "EUR", "to": "GBP", "rate": "0.8612", "effective": "2026-01-01"}, …]; `where`
    /// names the place in the mapping document for messages.
    static Result<ExchangeRates> fromJson(const QJsonArray& rates, const QString& where);
    [[nodiscard]] QJsonArray toJson() const;

    /// The rate in force on `date`: the newest one with effective ≤ date.
    [[nodiscard]] Result<Rate> rateFor(Currency from, Currency to, const QDate& date) const;
    /// `amount` in `to`. The same currency comes back unchanged.
    [[nodiscard]] Result<Money> convert(const Money& amount, Currency to, const QDate& date) const;

    [[nodiscard]] const QList<Rate>& rates() const { return m_rates; }

private:
    QList<Rate> m_rates;
};

} // namespace bridge::mapping
