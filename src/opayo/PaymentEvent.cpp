// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/PaymentEvent.h"
#include "core/JsonNumbers.h"

#include "core/PanGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <limits>

namespace bridge::opayo {

namespace {

constexpr qint64 kNone = std::numeric_limits<qint64>::min();

Error malformed(const QString& what)
{
    return Error::permanent(
        QStringLiteral("opayo.event.malformed"),
        QCoreApplication::translate("bridge::opayo::PaymentEvent",
                                    "The payment event from the shop is not in the agreed format: "
                                    "%1. See docs/opayo-events.md; the shop must fix and resend it.")
            .arg(what));
}

qint64 integer(const QJsonValue& v)
{
    if (!v.isDouble() || v.toVariant().typeId() != QMetaType::LongLong) {
        return kNone;
    }
    return v.toInteger(kNone);
}

} // namespace

Result<PaymentEvent> PaymentEvent::parse(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(malformed(QStringLiteral("not a JSON object")));
    }
    if (json::hasNonIntegerNumber(body)) {
        return fail(malformed(QStringLiteral("amounts and quantities must be whole numbers (minor units), without a "
                                             "decimal point")));
    }
    const QJsonObject o = doc.object();
    PaymentEvent e;
    auto text = [&e](const QJsonObject& from, const char* key) {
        int masked = 0;
        const QString value = PanGuard::mask(from.value(QLatin1String(key)).toString(), &masked);
        e.maskedPans += masked;
        return value;
    };
    e.eventId = text(o, "eventId");
    e.type = text(o, "type");
    e.shop = text(o, "shop");
    e.occurredAt = QDateTime::fromString(o.value(QStringLiteral("occurredAt")).toString(), Qt::ISODateWithMs);
    if (e.eventId.isEmpty() || e.eventId.size() > 100) {
        return fail(malformed(QStringLiteral("eventId is missing or longer than 100 characters")));
    }
    static const QStringList types{QStringLiteral("payment.completed"), QStringLiteral("payment.failed"),
                                   QStringLiteral("refund.completed")};
    if (!types.contains(e.type)) {
        return fail(malformed(QStringLiteral("type must be payment.completed, payment.failed or refund.completed")));
    }
    if (!e.occurredAt.isValid()) {
        return fail(malformed(QStringLiteral("occurredAt must be an ISO-8601 date and time")));
    }
    const QJsonObject order = o.value(QStringLiteral("order")).toObject();
    e.orderId = text(order, "orderId");
    e.customerId = text(order, "customerId");
    const QJsonObject customer = order.value(QStringLiteral("customer")).toObject();
    e.customerFirstName = text(customer, "firstName");
    e.customerLastName = text(customer, "lastName");
    e.customerEmail = text(customer, "email");
    if (e.orderId.isEmpty()) {
        return fail(malformed(QStringLiteral("order.orderId is missing")));
    }
    const QJsonValue accountCode = order.value(QStringLiteral("accountCode"));
    if (!accountCode.isUndefined() && !accountCode.isNull() && !accountCode.isString()) {
        return fail(malformed(QStringLiteral("order.accountCode must be a string")));
    }
    e.accountCode = text(order, "accountCode");
    if (e.accountCode.size() > 15) {
        return fail(malformed(QStringLiteral("order.accountCode \"%1\" is longer than 15 characters (a SYSPRO customer "
                                             "code)")
                                  .arg(e.accountCode)));
    }
    const QString orderCurrency = order.value(QStringLiteral("currency")).toString();
    const auto currency = Currency::fromCode(orderCurrency);
    if (!currency) {
        return fail(malformed(QStringLiteral("order.currency \"%1\" is not an ISO 4217 code").arg(orderCurrency)));
    }
    const QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    if (lines.size() > 1000) {
        return fail(malformed(QStringLiteral("more than 1000 order lines")));
    }
    for (const QJsonValue& lv : lines) {
        const QJsonObject l = lv.toObject();
        PaymentEventLine line{text(l, "sku"), text(l, "description"), integer(l.value(QStringLiteral("quantity"))),
                              integer(l.value(QStringLiteral("unitPrice")))};
        if (line.sku.isEmpty() || line.quantity == kNone || line.quantity <= 0 || line.unitPriceMinor == kNone) {
            return fail(malformed(QStringLiteral("each order line needs sku, a positive whole quantity and unitPrice "
                                                 "in minor units")));
        }
        e.lines.append(line);
    }
    const qint64 total = integer(order.value(QStringLiteral("total")));
    if (total == kNone) {
        return fail(malformed(QStringLiteral("order.total must be a whole number of minor units")));
    }
    e.orderTotal = Money(total, *currency);

    const QJsonObject payment = o.value(QStringLiteral("payment")).toObject();
    e.vendorTxCode = text(payment, "vendorTxCode");
    e.transactionId = text(payment, "transactionId");
    e.referenceTransactionId = text(payment, "referenceTransactionId");
    e.paymentStatus = text(payment, "status");
    e.statusCode = text(payment, "statusCode");
    e.cardType = text(payment, "cardType");
    e.lastFourDigits = text(payment, "lastFourDigits");
    e.threeDSecureStatus = text(payment, "threeDSecureStatus");
    e.avsCvcStatus = text(payment, "avsCvcStatus");
    if (e.vendorTxCode.isEmpty()) {
        return fail(malformed(QStringLiteral("payment.vendorTxCode is missing")));
    }
    if (e.type == QLatin1String("refund.completed") && e.referenceTransactionId.isEmpty()) {
        return fail(malformed(QStringLiteral("payment.referenceTransactionId is missing; a refund.completed event must "
                                             "name the Opayo transactionId of the original payment")));
    }
    const qint64 amount = integer(payment.value(QStringLiteral("amount")));
    if (amount == kNone || amount < 0) {
        return fail(malformed(QStringLiteral("payment.amount must be a whole number of minor units")));
    }
    const QString paymentCurrency = payment.value(QStringLiteral("currency")).toString(orderCurrency);
    const auto pc = Currency::fromCode(paymentCurrency);
    if (!pc) {
        return fail(malformed(QStringLiteral("payment.currency \"%1\" is not an ISO 4217 code").arg(paymentCurrency)));
    }
    e.amount = Money(amount, *pc);
    return e;
}

} // namespace bridge::opayo
