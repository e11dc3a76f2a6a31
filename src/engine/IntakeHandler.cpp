// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/IntakeHandler.h"

#include "logging/Log.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bridge::engine {

IntakeHandler::IntakeHandler(Config config, std::shared_ptr<store::Database> database,
                             opayo::NotificationIntake::SecurityKeyLookup securityKeys, const Clock& clock)
    : m_config(config)
    , m_notifications(config.notification, std::move(securityKeys))
    , m_shopEvents(config.shopEvents, clock)
    , m_inbox(database, clock)
    , m_alerts(std::move(database), clock)
{}

net::HttpReply IntakeHandler::json(int status, const QJsonObject& object)
{
    return net::HttpReply{status, "application/json", {}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

net::HttpReply IntakeHandler::handle(const QByteArray& method, const QString& path, const QByteArray& timestampHeader,
                                     const QByteArray& signatureHeader, const QByteArray& body) const
{
    if (method == "GET" && path == QLatin1String("/health")) {
        return json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (body.size() > m_config.maxBodyBytes) {
        ++m_refused;
        return json(
            413, QJsonObject{{QStringLiteral("error"),
                              tr("The request is larger than %1 bytes and was not read.").arg(m_config.maxBodyBytes)}});
    }
    if (method == "POST" && path == QLatin1String("/opayo/notification")) {
        return notification(body);
    }
    if (method == "POST" && path == QLatin1String("/shop/events")) {
        return shopEvent(timestampHeader, signatureHeader, body);
    }
    return json(404, QJsonObject{{QStringLiteral("error"), tr("Nothing is served at %1 %2. The bridge accepts POST "
                                                              "/opayo/notification and POST /shop/events.")
                                                               .arg(QString::fromLatin1(method), path)}});
}

void IntakeHandler::raiseAlert(const QString& kind, store::AlertSeverity severity, const QString& subject,
                               const QString& message, const QString& fix) const
{
    if (Result<store::Alerts::Raised> r = m_alerts.raise(store::NewAlert{kind, severity, subject, message, fix}); !r) {
        log::get("intake")->warn("cannot raise alert {}: {}", kind.toStdString(), r.error().toString().toStdString());
    }
}

net::HttpReply IntakeHandler::notification(const QByteArray& body) const
{
    const opayo::NotificationIntake::Reply reply = m_notifications.handle(body);
    if (!reply.notification) {
        ++m_refused;
        log::get("intake")->warn("Opayo notification refused: {}",
                                 reply.error ? reply.error->toString().toStdString() : std::string("no reason"));
        if (reply.error && reply.error->errorClass == ErrorClass::Security) {
            raiseAlert(QStringLiteral("signature-failure"), store::AlertSeverity::Warning,
                       QStringLiteral("opayo-notifications"),
                       tr("An Opayo notification was refused: %1").arg(reply.error->message),
                       tr("If this repeats, check the vendor name in Settings → Opayo; otherwise someone may be "
                          "sending forged notifications."));
        }
        return net::HttpReply{reply.httpStatus, reply.contentType, {}, reply.body};
    }
    const opayo::ServerNotification& n = *reply.notification;
    store::NewInboxEvent event;
    event.source = QStringLiteral("opayo-notification");
    event.sourceEventId = n.vpsTxId();
    event.kind = QStringLiteral("payment");
    event.payload = body;
    event.vendorTxCode = n.vendorTxCode();
    event.transactionId = n.vpsTxId();
    Result<store::Inbox::Accepted> accepted = m_inbox.accept(event);
    if (!accepted) {
        // Not stored: Opayo must send it again, so it must not hear OK.
        log::get("intake")->error("Opayo notification {} not stored: {}", event.sourceEventId.toStdString(),
                                  accepted.error().toString().toStdString());
        return net::HttpReply{
            200,
            "text/plain",
            {},
            opayo::NotificationIntake::replyBody(QStringLiteral("ERROR"), m_config.notification.failureUrl,
                                                 tr("The notification could not be stored; please send it again."))};
    }
    if (!accepted->duplicate) {
        ++m_accepted;
    }
    return net::HttpReply{reply.httpStatus, reply.contentType, {}, reply.body};
}

net::HttpReply IntakeHandler::shopEvent(const QByteArray& timestampHeader, const QByteArray& signatureHeader,
                                        const QByteArray& body) const
{
    Result<opayo::PaymentEvent> verified = m_shopEvents.verify(timestampHeader, signatureHeader, body);
    if (!verified) {
        ++m_refused;
        const Error& e = verified.error();
        const int status = e.code == QLatin1String("opayo.event.too_large") ? 413
                           : e.errorClass == ErrorClass::Security           ? 401
                           : e.errorClass == ErrorClass::Configuration      ? 503
                                                                            : 400;
        log::get("intake")->warn("shop event refused ({}): {}", status, e.toString().toStdString());
        if (e.errorClass == ErrorClass::Security && e.code != QLatin1String("opayo.event.too_large")) {
            raiseAlert(QStringLiteral("signature-failure"), store::AlertSeverity::Warning,
                       QStringLiteral("shop-events"), tr("A shop event was refused: %1").arg(e.message),
                       tr("If this repeats, check that the shop and the bridge share the same event secret and "
                          "that both clocks are right; otherwise someone may be sending forged events."));
        }
        return json(status, QJsonObject{{QStringLiteral("error"), e.message}, {QStringLiteral("code"), e.code}});
    }
    const opayo::PaymentEvent& p = *verified;
    store::NewInboxEvent event;
    event.source = QStringLiteral("shop-event");
    event.sourceEventId = p.eventId;
    event.kind = p.type.startsWith(QLatin1String("refund")) ? QStringLiteral("refund") : QStringLiteral("payment");
    event.payload = body;
    event.vendorTxCode = p.vendorTxCode;
    event.transactionId = p.transactionId;
    event.customer = p.customerId;
    event.amount = p.amount;
    Result<store::Inbox::Accepted> accepted = m_inbox.accept(event);
    if (!accepted) {
        log::get("intake")->error("shop event {} not stored: {}", p.eventId.toStdString(),
                                  accepted.error().toString().toStdString());
        net::HttpReply reply =
            json(503, QJsonObject{{QStringLiteral("error"), tr("The event could not be stored; send it again.")}});
        reply.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "5"));
        return reply;
    }
    if (!accepted->duplicate) {
        ++m_accepted;
    }
    if (accepted->cardNumbersMasked > 0 || p.maskedPans > 0) {
        raiseAlert(
            QStringLiteral("card-number-received"), store::AlertSeverity::Critical, p.eventId,
            tr("Shop event %1 contained a card number; it was masked before anything was stored.").arg(p.eventId),
            tr("Ask the shop's developers to stop sending card numbers: the bridge never needs them, and "
               "sending them puts the shop in PCI scope."));
    }
    // A repeat gets exactly the answer the first one got.
    return json(202, QJsonObject{{QStringLiteral("accepted"), true}, {QStringLiteral("id"), accepted->id}});
}

} // namespace bridge::engine
