// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/ExchangeRates.h"

#include "core/ExactArithmetic.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace bridge::mapping {

QString ExchangeRates::Rate::text() const
{
    QString digits = QString::number(units);
    if (scale == 0) {
        return digits;
    }
    if (digits.size() <= scale) {
        digits = QString(scale + 1 - digits.size(), QLatin1Char('0')) + digits;
    }
    return digits.left(digits.size() - scale) + QLatin1Char('.') + digits.right(scale);
}

Result<ExchangeRates> ExchangeRates::fromJson(const QJsonArray& rates, const QString& where)
{
    static const QRegularExpression decimal(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,12}))?$"));
    ExchangeRates table;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const QJsonObject o = rates.at(i).toObject();
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i);
        const Result<Currency> from = Currency::fromCode(o.value(QStringLiteral("from")).toString());
        const Result<Currency> to = Currency::fromCode(o.value(QStringLiteral("to")).toString());
        if (!from || !to) {
            return fail(
                Error::configuration(QStringLiteral("mapping.rate"),
                                     tr("%1: \"from\" and \"to\" must be ISO 4217 currency codes such as EUR and "
                                        "GBP.")
                                         .arg(here)));
        }
        const QJsonValue rateValue = o.value(QStringLiteral("rate"));
        const QRegularExpressionMatch m = decimal.match(rateValue.toString());
        if (!rateValue.isString() || !m.hasMatch()) {
            return fail(
                Error::configuration(QStringLiteral("mapping.rate"),
                                     tr("%1: the rate must be a decimal written as text, such as \"0.8612\" (up to "
                                        "12 decimals), so that it is exact.")
                                         .arg(here)));
        }
        Rate rate{*from, *to, 0, static_cast<int>(m.captured(2).size()), QDate()};
        rate.units = QString(m.captured(1) + m.captured(2)).toLongLong();
        if (rate.units == 0) {
            return fail(Error::configuration(QStringLiteral("mapping.rate"),
                                             tr("%1: a rate of zero is not allowed.").arg(here)));
        }
        rate.effective = QDate::fromString(o.value(QStringLiteral("effective")).toString(), Qt::ISODate);
        if (!rate.effective.isValid()) {
            return fail(Error::configuration(QStringLiteral("mapping.rate"),
                                             tr("%1: \"effective\" must be the date from which the rate applies, as "
                                                "yyyy-MM-dd.")
                                                 .arg(here)));
        }
        for (const Rate& existing : table.m_rates) {
            if (existing.from == rate.from && existing.to == rate.to && existing.effective == rate.effective) {
                return fail(Error::configuration(
                    QStringLiteral("mapping.rate"),
                    tr("%1: there is already a %2→%3 rate effective %4.")
                        .arg(here, rate.from.code(), rate.to.code(), rate.effective.toString(Qt::ISODate))));
            }
        }
        table.m_rates.append(rate);
    }
    return table;
}

QJsonArray ExchangeRates::toJson() const
{
    QJsonArray out;
    for (const Rate& r : m_rates) {
        out.append(QJsonObject{{QStringLiteral("from"), r.from.code()},
                               {QStringLiteral("to"), r.to.code()},
                               {QStringLiteral("rate"), r.text()},
                               {QStringLiteral("effective"), r.effective.toString(Qt::ISODate)}});
    }
    return out;
}

Result<ExchangeRates::Rate> ExchangeRates::rateFor(Currency from, Currency to, const QDate& date) const
{
    const Rate* best = nullptr;
    for (const Rate& r : m_rates) {
        if (r.from == from && r.to == to && r.effective <= date && (best == nullptr || r.effective > best->effective)) {
            best = &r;
        }
    }
    if (best == nullptr) {
        return fail(Error::permanent(QStringLiteral("mapping.no_rate"),
                                     tr("No %1→%2 exchange rate is in force on %3. Add one to the mapping's rate table "
                                        "(effective on or before that date).")
                                         .arg(from.code(), to.code(), date.toString(Qt::ISODate))));
    }
    return *best;
}

Result<Money> ExchangeRates::convert(const Money& amount, Currency to, const QDate& date) const
{
    if (amount.currency() == to) {
        return amount;
    }
    const Result<Rate> rate = rateFor(amount.currency(), to, date);
    if (!rate) {
        return fail(rate.error());
    }
    // minor_to = minor_from × rate × 10^(exp_to − exp_from), with the rate = units / 10^scale.
    const int shift = to.exponent() - amount.currency().exponent();
    qint64 multiplier = rate->units;
    qint64 divisor = powerOfTen(rate->scale);
    if (shift >= 0) {
        const std::optional<qint64> scaled = mulDivHalfEven(multiplier, powerOfTen(shift), 1);
        if (!scaled) {
            return fail(Error::permanent(QStringLiteral("mapping.overflow"), tr("The converted amount is too large.")));
        }
        multiplier = *scaled;
    } else {
        divisor *= powerOfTen(-shift);
    }
    const std::optional<qint64> converted = mulDivHalfEven(amount.minorUnits(), multiplier, divisor);
    if (!converted) {
        return fail(Error::permanent(QStringLiteral("mapping.overflow"),
                                     tr("Converting %1 to %2 gives an amount too large to handle safely.")
                                         .arg(amount.toDisplayString(), to.code())));
    }
    return Money(*converted, to);
}

} // namespace bridge::mapping
