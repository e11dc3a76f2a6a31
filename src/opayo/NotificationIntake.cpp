// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/NotificationIntake.h"

#include "logging/Log.h"

namespace bridge::opayo {

namespace {
QByteArray oneLine(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\r'), QLatin1Char(' '));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.left(255).toLatin1();
}
} // namespace

NotificationIntake::NotificationIntake(Config config, SecurityKeyLookup lookup)
    : m_config(std::move(config))
    , m_lookup(std::move(lookup))
{}

QByteArray NotificationIntake::replyBody(const QString& status, const QUrl& redirect, const QString& detail)
{
    QByteArray body =
        "Status=" + oneLine(status) + "\r\nRedirectURL=" + oneLine(redirect.toString(QUrl::FullyEncoded)) + "\r\n";
    if (!detail.isEmpty()) {
        body += "StatusDetail=" + oneLine(detail) + "\r\n";
    }
    return body;
}

NotificationIntake::Reply NotificationIntake::handle(const QByteArray& body) const
{
    Reply reply;
    if (body.size() > m_config.maxBodyBytes) {
        reply.httpStatus = 413;
        reply.body =
            replyBody(QStringLiteral("INVALID"), m_config.failureUrl, QStringLiteral("Request body too large"));
        reply.error = Error::security(QStringLiteral("opayo.notification.too_large"),
                                      tr("A notification of %1 bytes was refused unread (the limit is %2).")
                                          .arg(body.size())
                                          .arg(m_config.maxBodyBytes));
        return reply;
    }
    auto refuse = [&](const Error& e, const QString& reason) {
        reply.body = replyBody(QStringLiteral("INVALID"), m_config.failureUrl, reason);
        reply.error = e;
        log::get("opayo")->warn("notification refused: {}", reason.toStdString());
        return reply;
    };
    auto parsed = ServerNotification::parse(body);
    if (!parsed) {
        return refuse(parsed.error(), QStringLiteral("Malformed notification: ") + parsed.error().message);
    }
    const auto key = m_lookup ? m_lookup(parsed->vpsTxId(), parsed->vendorTxCode()) : std::nullopt;
    if (!key) {
        return refuse(Error::permanent(QStringLiteral("opayo.notification.unknown"),
                                       tr("A notification arrived for transaction %1 (%2), which the bridge did not "
                                          "register, so it cannot be verified.")
                                           .arg(parsed->vpsTxId(), parsed->vendorTxCode())),
                      QStringLiteral("Unknown VPSTxId"));
    }
    const auto verified = parsed->verify(m_config.vendorName, *key);
    if (!verified) {
        return refuse(verified.error(), QStringLiteral("VPSSignature does not match"));
    }
    // Opayo's guidance: answer OK for every genuine outcome, sending the shopper to the right page.
    const bool paid = parsed->status() == QLatin1String("OK") || parsed->status() == QLatin1String("AUTHENTICATED") ||
                      parsed->status() == QLatin1String("REGISTERED");
    reply.body = replyBody(QStringLiteral("OK"), paid ? m_config.successUrl : m_config.failureUrl, {});
    reply.notification = *parsed;
    return reply;
}

} // namespace bridge::opayo
