// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/CanonicalPayment.h"

#include "core/PanGuard.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bridge {

QJsonObject moneyToJson(const Money& money)
{
    return QJsonObject{{QStringLiteral("minor"), money.minorUnits()},
                       {QStringLiteral("currency"), money.currency().code()},
                       {QStringLiteral("decimal"), money.toDecimalString()}};
}

Result<Money> moneyFromJson(const QJsonValue& value, const QString& where)
{
    if (!value.isObject()) {
        return fail(Error::permanent(
            QStringLiteral("money.json"),
            value.isUndefined() || value.isNull()
                ? CanonicalPayment::tr("%1 is missing. Give it as {\"minor\": 1050, \"currency\": \"GBP\"}.").arg(where)
                : CanonicalPayment::tr("%1 must be an object such as {\"minor\": 1050, \"currency\": \"GBP\"}; a "
                                       "bare number or text cannot say its currency.")
                      .arg(where)));
    }
    const QJsonObject o = value.toObject();
    const Result<Currency> currency = Currency::fromCode(o.value(QStringLiteral("currency")).toString());
    if (!currency) {
        Error e = currency.error();
        e.message = CanonicalPayment::tr("%1: %2").arg(where, e.message);
        return fail(e);
    }
    const QJsonValue minor = o.value(QStringLiteral("minor"));
    if (minor.isDouble()) {
        // JSON numbers are doubles; only integers up to 2^53 survive that exactly.
        const double d = minor.toDouble();
        const qint64 v = minor.toInteger();
        if (static_cast<double>(v) != d || v > (qint64(1) << 53) || v < -(qint64(1) << 53)) {
            return fail(Error::permanent(QStringLiteral("money.json"),
                                         CanonicalPayment::tr("%1: \"minor\" must be a whole number of minor units "
                                                              "(at most 2^53), for example 1050 for 10.50.")
                                             .arg(where)));
        }
        return Money(v, *currency);
    }
    if (o.value(QStringLiteral("decimal")).isString()) {
        Result<Money> parsed = Money::parse(o.value(QStringLiteral("decimal")).toString(), *currency);
        if (!parsed) {
            Error e = parsed.error();
            e.message = CanonicalPayment::tr("%1: %2").arg(where, e.message);
            return fail(e);
        }
        return parsed;
    }
    return fail(
        Error::permanent(QStringLiteral("money.json"),
                         CanonicalPayment::tr("%1: an amount needs \"minor\" (whole minor units) or \"decimal\" "
                                              "(an exact decimal string) and a \"currency\".")
                             .arg(where)));
}

QJsonObject PostalAddress::toJson() const
{
    return QJsonObject{{QStringLiteral("line1"), line1},
                       {QStringLiteral("line2"), line2},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("postalCode"), postalCode},
                       {QStringLiteral("country"), country}};
}

PostalAddress PostalAddress::fromJson(const QJsonObject& json)
{
    auto s = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    return PostalAddress{s("line1"), s("line2"), s("city"), s("region"), s("postalCode"), s("country")};
}

QJsonObject PaymentOrderLine::toJson() const
{
    QJsonObject o{{QStringLiteral("sku"), sku},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("quantity"), quantity}};
    if (unitPrice) {
        o.insert(QStringLiteral("unitPrice"), moneyToJson(*unitPrice));
    }
    return o;
}

QJsonObject CanonicalPayment::toJson() const
{
    QJsonArray lineArray;
    for (const PaymentOrderLine& line : lines) {
        lineArray.append(line.toJson());
    }
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("sourceEventId"), sourceEventId},
        {QStringLiteral("vendorTxCode"), vendorTxCode},
        {QStringLiteral("transactionId"), transactionId},
        {QStringLiteral("transactionType"), transactionType},
        {QStringLiteral("status"), status},
        {QStringLiteral("statusDetail"), statusDetail},
        {QStringLiteral("amount"), moneyToJson(amount)},
        {QStringLiteral("currency"), amount.currency().code()},
        {QStringLiteral("customerCode"), customerCode},
        {QStringLiteral("customerEmail"), customerEmail},
        {QStringLiteral("customerFirstName"), customerFirstName},
        {QStringLiteral("customerLastName"), customerLastName},
        {QStringLiteral("billingAddress"), billingAddress.toJson()},
        {QStringLiteral("shippingAddress"), shippingAddress.toJson()},
        {QStringLiteral("paymentMethod"), paymentMethod},
        {QStringLiteral("cardType"), cardType},
        {QStringLiteral("cardLastFour"), cardLastFour},
        {QStringLiteral("threeDSecureStatus"), threeDSecureStatus},
        {QStringLiteral("avsCv2Result"), avsCv2Result},
        {QStringLiteral("riskScore"), riskScore},
        {QStringLiteral("riskReasons"), QJsonArray::fromStringList(riskReasons)},
        {QStringLiteral("createdDate"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("lines"), lineArray},
    };
}

Result<CanonicalPayment> CanonicalPayment::fromJson(const QJsonObject& json)
{
    auto s = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    CanonicalPayment p;
    p.source = s("source");
    p.sourceEventId = s("sourceEventId");
    p.vendorTxCode = s("vendorTxCode");
    p.transactionId = s("transactionId");
    p.transactionType = json.contains(QStringLiteral("transactionType")) ? s("transactionType") : p.transactionType;
    p.status = json.contains(QStringLiteral("status")) ? s("status") : p.status;
    p.statusDetail = s("statusDetail");
    if (p.vendorTxCode.isEmpty() && p.transactionId.isEmpty()) {
        return fail(
            Error::permanent(QStringLiteral("payment.no_reference"),
                             tr("The payment has neither a vendorTxCode nor an Opayo transactionId, so it cannot "
                                "be traced. Check the source that sent it.")));
    }
    if (p.vendorTxCode.size() > 40) {
        return fail(Error::permanent(QStringLiteral("payment.vendor_tx_code"),
                                     tr("vendorTxCode \"%1…\" has %2 characters; Opayo allows at most 40.")
                                         .arg(p.vendorTxCode.left(20))
                                         .arg(p.vendorTxCode.size())));
    }
    Result<Money> amount = moneyFromJson(json.value(QStringLiteral("amount")), QStringLiteral("amount"));
    if (!amount) {
        return fail(amount.error());
    }
    p.amount = *amount;
    p.customerCode = s("customerCode");
    p.customerEmail = s("customerEmail");
    p.customerFirstName = s("customerFirstName");
    p.customerLastName = s("customerLastName");
    p.billingAddress = PostalAddress::fromJson(json.value(QStringLiteral("billingAddress")).toObject());
    p.shippingAddress = PostalAddress::fromJson(json.value(QStringLiteral("shippingAddress")).toObject());
    p.paymentMethod = json.contains(QStringLiteral("paymentMethod")) ? s("paymentMethod") : p.paymentMethod;
    p.cardType = s("cardType");
    p.cardLastFour = s("cardLastFour");
    static const QRegularExpression lastFour(QStringLiteral("^\\d{0,4}$"));
    if (!lastFour.match(p.cardLastFour).hasMatch()) {
        // Never keep more than the last four digits, whatever the source sent.
        return fail(
            Error::security(QStringLiteral("payment.card_digits"),
                            tr("cardLastFour must hold at most the last four digits of the card; the source sent "
                               "%1 characters. Nothing was stored.")
                                .arg(p.cardLastFour.size())));
    }
    p.threeDSecureStatus = s("threeDSecureStatus");
    p.avsCv2Result = s("avsCv2Result");
    p.riskScore = json.value(QStringLiteral("riskScore")).toInt();
    for (const QJsonValue& r : json.value(QStringLiteral("riskReasons")).toArray()) {
        p.riskReasons.append(r.toString());
    }
    p.createdAt = QDateTime::fromString(s("createdDate"), Qt::ISODateWithMs);
    if (!p.createdAt.isValid()) {
        return fail(Error::permanent(QStringLiteral("payment.created_date"),
                                     tr("createdDate \"%1\" is not an ISO 8601 date and time (for example "
                                        "2026-11-21T10:15:00Z).")
                                         .arg(s("createdDate"))));
    }
    p.createdAt = p.createdAt.toUTC();
    const QJsonArray lineArray = json.value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        const QJsonObject l = lineArray.at(i).toObject();
        PaymentOrderLine line;
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.description = PanGuard::mask(l.value(QStringLiteral("description")).toString());
        line.quantity = l.value(QStringLiteral("quantity")).toInteger(1);
        if (line.sku.isEmpty() || line.quantity <= 0) {
            return fail(Error::permanent(QStringLiteral("payment.line"),
                                         tr("Order line %1 needs a sku and a quantity above zero.").arg(i + 1)));
        }
        if (l.contains(QStringLiteral("unitPrice"))) {
            Result<Money> price =
                moneyFromJson(l.value(QStringLiteral("unitPrice")), tr("line %1 unitPrice").arg(i + 1));
            if (!price) {
                return fail(price.error());
            }
            line.unitPrice = *price;
        }
        p.lines.append(line);
    }
    return p;
}

} // namespace bridge
