// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/PaymentEdits.h"

#include <QRegularExpression>

namespace bridge {

namespace {

const QStringList kTextFields{QStringLiteral("customerCode"), QStringLiteral("customerEmail"),
                              QStringLiteral("customerFirstName"), QStringLiteral("customerLastName")};
const QStringList kAddressParts{QStringLiteral("line1"),  QStringLiteral("line2"),      QStringLiteral("city"),
                                QStringLiteral("region"), QStringLiteral("postalCode"), QStringLiteral("country")};

const QRegularExpression& lineField()
{
    static const QRegularExpression re(
        QStringLiteral("^lines\\[(\\d{1,4})\\]\\.(sku|description|quantity|unitPrice)$"));
    return re;
}

const QRegularExpression& addressField()
{
    static const QRegularExpression re(
        QStringLiteral("^(billingAddress|shippingAddress)\\.(line1|line2|city|region|postalCode|country)$"));
    return re;
}

PostalAddress& addressOf(CanonicalPayment& p, const QString& which)
{
    return which == QLatin1String("billingAddress") ? p.billingAddress : p.shippingAddress;
}

QString& addressPart(PostalAddress& a, const QString& part)
{
    if (part == QLatin1String("line1")) {
        return a.line1;
    }
    if (part == QLatin1String("line2")) {
        return a.line2;
    }
    if (part == QLatin1String("city")) {
        return a.city;
    }
    if (part == QLatin1String("region")) {
        return a.region;
    }
    if (part == QLatin1String("postalCode")) {
        return a.postalCode;
    }
    return a.country;
}

Error invalid(const QString& path, const QString& message)
{
    return Error::permanent(QStringLiteral("edits.invalid"),
                            PaymentEdits::tr("%1 (%2): %3").arg(PaymentEdits::label(path), path, message));
}

Result<Money> reparse(const Money& money, const Currency& currency, const QString& path)
{
    Result<Money> m = Money::parse(money.toDecimalString(), currency);
    if (!m) {
        return fail(invalid(
            //: %1 currency code, %2 amount, %3 the new currency code, %4 why (e.g. too many decimals)
            path, PaymentEdits::tr("%1 %2 cannot be written in %3: %4")
                      .arg(money.currency().code(), money.toDecimalString(), currency.code(), m.error().message)));
    }
    return m;
}

} // namespace

QList<PaymentEdits::Field> PaymentEdits::fieldsOf(const CanonicalPayment& p)
{
    QList<Field> fields{
        {QStringLiteral("customerCode"), p.customerCode, false},
        {QStringLiteral("customerEmail"), p.customerEmail, false},
        {QStringLiteral("customerFirstName"), p.customerFirstName, false},
        {QStringLiteral("customerLastName"), p.customerLastName, false},
        {QStringLiteral("amount"), p.amount.toDecimalString(), true},
        {QStringLiteral("currency"), p.amount.currency().code(), true},
    };
    for (const char* which : {"billingAddress", "shippingAddress"}) {
        CanonicalPayment copy = p;
        PostalAddress& a = addressOf(copy, QLatin1String(which));
        for (const QString& part : kAddressParts) {
            fields.append({QLatin1String(which) + QLatin1Char('.') + part, addressPart(a, part), false});
        }
    }
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        const PaymentOrderLine& line = p.lines.at(i);
        const QString prefix = QStringLiteral("lines[%1].").arg(i);
        fields.append({prefix + QStringLiteral("sku"), line.sku, false});
        fields.append({prefix + QStringLiteral("description"), line.description, false});
        fields.append({prefix + QStringLiteral("quantity"), QString::number(line.quantity), true});
        fields.append({prefix + QStringLiteral("unitPrice"),
                       line.unitPrice ? line.unitPrice->toDecimalString() : QString(), true});
    }
    return fields;
}

bool PaymentEdits::isMoneyField(const QString& path)
{
    if (path == QLatin1String("amount") || path == QLatin1String("currency")) {
        return true;
    }
    const QRegularExpressionMatch m = lineField().match(path);
    return m.hasMatch() && (m.captured(2) == QLatin1String("quantity") || m.captured(2) == QLatin1String("unitPrice"));
}

QString PaymentEdits::label(const QString& path)
{
    if (path == QLatin1String("customerCode")) {
        return tr("Customer code");
    }
    if (path == QLatin1String("customerEmail")) {
        return tr("Customer e-mail");
    }
    if (path == QLatin1String("customerFirstName")) {
        return tr("First name");
    }
    if (path == QLatin1String("customerLastName")) {
        return tr("Last name");
    }
    if (path == QLatin1String("amount")) {
        return tr("Amount");
    }
    if (path == QLatin1String("currency")) {
        return tr("Currency");
    }
    if (const QRegularExpressionMatch m = addressField().match(path); m.hasMatch()) {
        const bool billing = m.captured(1) == QLatin1String("billingAddress");
        const QString part = m.captured(2);
        const QString partLabel = part == QLatin1String("line1")        ? tr("line 1")
                                  : part == QLatin1String("line2")      ? tr("line 2")
                                  : part == QLatin1String("city")       ? tr("town or city")
                                  : part == QLatin1String("region")     ? tr("county or region")
                                  : part == QLatin1String("postalCode") ? tr("postcode")
                                                                        : tr("country");
        return billing ? tr("Billing address, %1").arg(partLabel) : tr("Delivery address, %1").arg(partLabel);
    }
    if (const QRegularExpressionMatch m = lineField().match(path); m.hasMatch()) {
        const int number = m.captured(1).toInt() + 1;
        const QString part = m.captured(2);
        if (part == QLatin1String("sku")) {
            return tr("Line %1 stock code").arg(number);
        }
        if (part == QLatin1String("description")) {
            return tr("Line %1 description").arg(number);
        }
        if (part == QLatin1String("quantity")) {
            return tr("Line %1 quantity").arg(number);
        }
        return tr("Line %1 unit price").arg(number);
    }
    return path;
}

bool PaymentEdits::changesMoney(const QJsonObject& edits)
{
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        if (isMoneyField(it.key())) {
            return true;
        }
    }
    return false;
}

Result<void> PaymentEdits::validate(const QJsonObject& edits)
{
    if (edits.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("edits.empty"),
                                     tr("No field was changed. Change at least one value, or replay without edits.")));
    }
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        const QString path = it.key();
        if (!kTextFields.contains(path) && path != QLatin1String("amount") && path != QLatin1String("currency") &&
            !addressField().match(path).hasMatch() && !lineField().match(path).hasMatch()) {
            return fail(Error::permanent(
                QStringLiteral("edits.unknown_field"),
                tr("\"%1\" is not a field that can be corrected. Correctable fields are the customer, the addresses, "
                   "the amount and currency, and each order line's stock code, description, quantity and unit "
                   "price.")
                    .arg(path)));
        }
        if (!it.value().isString()) {
            return fail(invalid(path, tr("the new value must be text.")));
        }
        const QString value = it.value().toString().trimmed();
        if (path == QLatin1String("customerCode") && value.isEmpty()) {
            return fail(invalid(path, tr("a payment cannot be posted without a customer code.")));
        }
        if (path == QLatin1String("currency")) {
            if (Result<Currency> c = Currency::fromCode(value); !c) {
                return fail(invalid(path, c.error().message));
            }
        }
        if (path.endsWith(QLatin1String(".quantity"))) {
            bool ok = false;
            const qint64 q = value.toLongLong(&ok);
            if (!ok || q <= 0) {
                return fail(invalid(path, tr("\"%1\" is not a whole number of units above zero.").arg(value)));
            }
        }
        if (path == QLatin1String("amount") || path.endsWith(QLatin1String(".unitPrice"))) {
            // The currency is known when the edit is applied; the shape is checked now.
            static const QRegularExpression decimal(QStringLiteral("^\\d{1,15}(\\.\\d{1,6})?$"));
            if (!decimal.match(value).hasMatch()) {
                return fail(invalid(path, tr("\"%1\" is not an amount: write it with digits and a decimal point, "
                                             "e.g. 12.50.")
                                              .arg(value)));
            }
        }
    }
    return {};
}

Result<CanonicalPayment> PaymentEdits::apply(CanonicalPayment p, const QJsonObject& edits)
{
    if (Result<void> valid = validate(edits); !valid) {
        return fail(valid.error());
    }
    auto value = [&edits](const QString& path) { return edits.value(path).toString().trimmed(); };
    // The currency first, so that the amounts below are read in it.
    if (edits.contains(QStringLiteral("currency"))) {
        const Currency currency = Currency::fromCode(value(QStringLiteral("currency"))).value();
        Result<Money> amount = reparse(p.amount, currency, QStringLiteral("amount"));
        if (!amount) {
            return fail(amount.error());
        }
        p.amount = *amount;
        for (qsizetype i = 0; i < p.lines.size(); ++i) {
            if (p.lines[i].unitPrice) {
                Result<Money> price =
                    reparse(*p.lines[i].unitPrice, currency, QStringLiteral("lines[%1].unitPrice").arg(i));
                if (!price) {
                    return fail(price.error());
                }
                p.lines[i].unitPrice = *price;
            }
        }
    }
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        const QString path = it.key();
        const QString v = value(path);
        if (path == QLatin1String("currency")) {
            continue;
        }
        if (path == QLatin1String("amount")) {
            Result<Money> m = Money::parse(v, p.amount.currency());
            if (!m) {
                return fail(invalid(path, m.error().message));
            }
            p.amount = *m;
        } else if (path == QLatin1String("customerCode")) {
            p.customerCode = v;
        } else if (path == QLatin1String("customerEmail")) {
            p.customerEmail = v;
        } else if (path == QLatin1String("customerFirstName")) {
            p.customerFirstName = v;
        } else if (path == QLatin1String("customerLastName")) {
            p.customerLastName = v;
        } else if (const QRegularExpressionMatch a = addressField().match(path); a.hasMatch()) {
            addressPart(addressOf(p, a.captured(1)), a.captured(2)) = v;
        } else if (const QRegularExpressionMatch l = lineField().match(path); l.hasMatch()) {
            const int index = l.captured(1).toInt();
            if (index >= p.lines.size()) {
                return fail(invalid(path, tr("the payment has %n order line(s).", nullptr, int(p.lines.size()))));
            }
            PaymentOrderLine& line = p.lines[index];
            const QString part = l.captured(2);
            if (part == QLatin1String("sku")) {
                line.sku = v;
            } else if (part == QLatin1String("description")) {
                line.description = v;
            } else if (part == QLatin1String("quantity")) {
                line.quantity = v.toLongLong();
            } else {
                Result<Money> m = Money::parse(v, p.amount.currency());
                if (!m) {
                    return fail(invalid(path, m.error().message));
                }
                line.unitPrice = *m;
            }
        }
    }
    return p;
}

} // namespace bridge
