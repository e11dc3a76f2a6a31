// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/EventNormaliser.h"

#include "opayo/PaymentEvent.h"
#include "opayo/ServerNotification.h"

#include <QJsonDocument>

namespace bridge::engine {

namespace {

QString transactionTypeFrom(const QString& type)
{
    const QString t = type.trimmed().toUpper();
    if (t == QLatin1String("REFUND")) {
        return QStringLiteral("Refund");
    }
    if (t == QLatin1String("DEFERRED")) {
        return QStringLiteral("Deferred");
    }
    if (t == QLatin1String("REPEAT")) {
        return QStringLiteral("Repeat");
    }
    if (t == QLatin1String("AUTHENTICATE")) {
        return QStringLiteral("Authenticate");
    }
    if (t == QLatin1String("AUTHORISE")) {
        return QStringLiteral("Authorise");
    }
    return QStringLiteral("Payment");
}

Result<NormalisedEvent> fromShopEvent(const store::InboxEvent& event)
{
    Result<opayo::PaymentEvent> parsed = opayo::PaymentEvent::parse(event.payload.toUtf8());
    if (!parsed) {
        return fail(parsed.error());
    }
    const opayo::PaymentEvent& e = *parsed;
    NormalisedEvent n;
    CanonicalPayment& p = n.payment;
    n.shopEventId = e.eventId;
    p.source = event.source;
    p.sourceEventId = event.sourceEventId;
    p.vendorTxCode = e.vendorTxCode;
    p.transactionId = e.transactionId;
    p.transactionType =
        e.type == QLatin1String("refund.completed") ? QStringLiteral("Refund") : QStringLiteral("Payment");
    p.status = EventNormaliser::statusFromPi(e.paymentStatus);
    if (p.transactionType == QLatin1String("Refund")) {
        // A refund event reports a refund Opayo has made.
        p.status = QStringLiteral("OK");
        n.originalTransactionId = e.referenceTransactionId;
    }
    p.statusDetail = e.statusCode;
    if (e.amount) {
        p.amount = *e.amount;
    } else if (e.orderTotal) {
        p.amount = *e.orderTotal;
    } else {
        n.amountKnown = false;
    }
    p.customerCode = e.accountCode;
    p.customerEmail = e.customerEmail;
    p.customerFirstName = e.customerFirstName;
    p.customerLastName = e.customerLastName;
    p.cardType = e.cardType;
    p.cardLastFour = e.lastFourDigits.right(4);
    p.threeDSecureStatus = e.threeDSecureStatus;
    p.avsCv2Result = e.avsCvcStatus;
    p.createdAt = e.occurredAt.toUTC();
    const Currency currency = p.amount.currency();
    for (const opayo::PaymentEventLine& l : e.lines) {
        PaymentOrderLine line;
        line.sku = l.sku;
        line.description = l.description;
        line.quantity = l.quantity;
        line.unitPrice = Money(l.unitPriceMinor, currency);
        p.lines.append(line);
    }
    return n;
}

Result<NormalisedEvent> fromNotification(const store::InboxEvent& event)
{
    Result<opayo::ServerNotification> parsed = opayo::ServerNotification::parse(event.payload.toUtf8());
    if (!parsed) {
        return fail(parsed.error());
    }
    const opayo::ServerNotification& s = *parsed;
    NormalisedEvent n;
    CanonicalPayment& p = n.payment;
    p.source = event.source;
    p.sourceEventId = event.sourceEventId;
    p.vendorTxCode = s.vendorTxCode();
    p.transactionId = s.vpsTxId();
    p.transactionType = transactionTypeFrom(s.txType());
    p.status = s.status().trimmed().toUpper();
    p.statusDetail = s.value(QStringLiteral("StatusDetail"));
    p.cardType = s.value(QStringLiteral("CardType"));
    p.cardLastFour = s.value(QStringLiteral("Last4Digits")).right(4);
    p.threeDSecureStatus = s.value(QStringLiteral("3DSecureStatus"));
    p.avsCv2Result = s.value(QStringLiteral("AVSCV2"));
    p.createdAt = QDateTime::fromMSecsSinceEpoch(event.receivedAt, Qt::UTC);
    n.amountKnown = false; // Server notifications carry no amount: Opayo is asked.
    return n;
}

Result<NormalisedEvent> fromReporting(const store::InboxEvent& event)
{
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(event.payload.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        return fail(Error::permanent(QStringLiteral("engine.reporting_payload"),
                                     EventNormaliser::tr("The stored Reporting API row of event %1 is not valid JSON "
                                                         "(%2); the poller will store it again on its next run.")
                                         .arg(event.id)
                                         .arg(error.errorString())));
    }
    NormalisedEvent n;
    CanonicalPayment& p = n.payment;
    p.source = event.source;
    p.sourceEventId = event.sourceEventId;
    p.vendorTxCode = o.value(QStringLiteral("vendorTxCode")).toString();
    p.transactionId = o.value(QStringLiteral("transactionId")).toString();
    p.transactionType = transactionTypeFrom(o.value(QStringLiteral("transactionType")).toString());
    p.status = EventNormaliser::statusFromTxState(o.value(QStringLiteral("txStateId")).toInt());
    p.statusDetail = o.value(QStringLiteral("statusText")).toString();
    n.originalTransactionId = o.value(QStringLiteral("relatedTransactionId")).toString();
    Result<Money> amount = moneyFromJson(o.value(QStringLiteral("amount")), QStringLiteral("amount"));
    if (amount) {
        p.amount = *amount;
    } else {
        n.amountKnown = false;
    }
    p.createdAt = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs).toUTC();
    if (!p.createdAt.isValid()) {
        p.createdAt = QDateTime::fromMSecsSinceEpoch(event.receivedAt, Qt::UTC);
    }
    return n;
}

Result<NormalisedEvent> fromConsoleRefund(const store::InboxEvent& event)
{
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(event.payload.toUtf8(), &error).object();
    Result<Money> amount = moneyFromJson(o.value(QStringLiteral("amount")), QStringLiteral("amount"));
    const qint64 requestId = o.value(QStringLiteral("requestId")).toInteger();
    if (error.error != QJsonParseError::NoError || !amount || requestId <= 0) {
        return fail(Error::permanent(QStringLiteral("engine.console_refund_payload"),
                                     EventNormaliser::tr("The stored console refund of event %1 cannot be read (%2). "
                                                         "Ask for the refund again on the Refunds page.")
                                         .arg(event.id)
                                         .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                              : !amount                               ? amount.error().message
                                                        : QStringLiteral("no requestId"))));
    }
    NormalisedEvent n;
    CanonicalPayment& p = n.payment;
    p.source = event.source;
    p.sourceEventId = event.sourceEventId;
    p.vendorTxCode = o.value(QStringLiteral("vendorTxCode")).toString();
    p.transactionId = event.transactionId; // set once Opayo made the refund
    p.transactionType = QStringLiteral("Refund");
    p.status = QStringLiteral("OK");
    p.amount = *amount;
    p.customerCode = o.value(QStringLiteral("customer")).toString();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(event.receivedAt, Qt::UTC);
    n.originalTransactionId = o.value(QStringLiteral("originalTransactionId")).toString();
    n.refundRequestId = requestId;
    n.isVoid = o.value(QStringLiteral("kind")).toString() == QLatin1String("void");
    return n;
}

} // namespace

Result<NormalisedEvent> EventNormaliser::normalise(const store::InboxEvent& event)
{
    Result<NormalisedEvent> n =
        event.source == QLatin1String("shop-event")           ? fromShopEvent(event)
        : event.source == QLatin1String("opayo-notification") ? fromNotification(event)
        : event.source == QLatin1String("opayo-reporting")    ? fromReporting(event)
        : event.source == QLatin1String("console-refund")
            ? fromConsoleRefund(event)
            : Result<NormalisedEvent>(
                  fail(Error::permanent(QStringLiteral("engine.source"),
                                        tr("Event %1 came from \"%2\", a source the bridge does not read. It was "
                                           "stored by a newer or older version; replay it with the version that "
                                           "stored it.")
                                            .arg(event.id)
                                            .arg(event.source))));
    if (!n) {
        return n;
    }
    if (n->needsPosting() && n->payment.transactionId.isEmpty() && n->refundRequestId == 0) {
        return fail(Error::permanent(
            QStringLiteral("engine.no_transaction_id"),
            tr("Event %1 (vendorTxCode %2) reports a successful payment without Opayo's transactionId, so it "
               "cannot be confirmed with Opayo or posted exactly once. Ask the shop to send the transactionId "
               "Opayo returned, then replay the event.")
                .arg(event.sourceEventId, n->payment.vendorTxCode)));
    }
    if (n->isRefund() && n->needsPosting() && n->originalTransactionId.isEmpty()) {
        return fail(Error::permanent(
            QStringLiteral("engine.refund_without_original"),
            tr("Refund %1 does not say which payment it refunds (referenceTransactionId is missing), so what is "
               "left to refund cannot be checked. Add it to the event and replay it.")
                .arg(n->payment.transactionId)));
    }
    return n;
}

QByteArray EventNormaliser::reportingPayload(const opayo::ReportingTransaction& row,
                                             const QString& relatedTransactionId)
{
    QJsonObject o{{QStringLiteral("transactionId"), row.vpsTxId},
                  {QStringLiteral("vendorTxCode"), row.vendorTxCode},
                  {QStringLiteral("transactionType"), row.transactionType},
                  {QStringLiteral("txStateId"), row.txStateId},
                  {QStringLiteral("statusText"), row.status},
                  {QStringLiteral("result"), row.result},
                  {QStringLiteral("started"), row.started.toUTC().toString(Qt::ISODateWithMs)}};
    if (row.amount) {
        o.insert(QStringLiteral("amount"), moneyToJson(*row.amount));
    }
    if (!relatedTransactionId.isEmpty()) {
        o.insert(QStringLiteral("relatedTransactionId"), relatedTransactionId);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString EventNormaliser::statusFromPi(const QString& piStatus)
{
    const QString s = piStatus.trimmed();
    if (s.compare(QLatin1String("Ok"), Qt::CaseInsensitive) == 0) {
        return QStringLiteral("OK");
    }
    return s.toUpper();
}

QString EventNormaliser::statusFromTxState(int txStateId)
{
    switch (txStateId) {
    case 16:
    case 29:
        return QStringLiteral("OK");
    case 12:
    case 37:
        return QStringLiteral("NOTAUTHED");
    case 10:
        return QStringLiteral("REJECTED");
    case 11:
    case 32:
        return QStringLiteral("ABORT");
    case 14:
        return QStringLiteral("DEFERRED");
    case 18:
        return QStringLiteral("VOIDED");
    case 6:
    case 7:
    case 28:
        return QStringLiteral("INPROGRESS"); // not final: the poller leaves it for its next run
    default:
        return QStringLiteral("STATE%1").arg(txStateId);
    }
}

} // namespace bridge::engine
