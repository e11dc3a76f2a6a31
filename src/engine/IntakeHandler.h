// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "net/HttpReply.h"
#include "opayo/NotificationIntake.h"
#include "opayo/PaymentEventVerifier.h"
#include "store/Alerts.h"
#include "store/Inbox.h"

#include <QCoreApplication>

#include <memory>

namespace bridge::store {
class Database;
}

namespace bridge::engine {

/// What the listener does with one request, without the HTTP around it:
/// - POST /opayo/notification: an Opayo Server-protocol notification. Verified (VPSSignature),
///   committed to the inbox, then answered Status=OK; a repeat is answered the same way and
///   stored once. Malformed or unsigned: Status=INVALID with the reason, nothing stored. When the
///   inbox cannot take it, Status=ERROR, so that Opayo sends it again.
/// - POST /shop/events: the shop's signed payment event (docs/opayo-events.md). 202 once
///   committed; 401 for a bad signature or a stale timestamp, 400 for a malformed event, 413 for
///   an oversized one, 503 with Retry-After when the inbox cannot take it. Nothing is stored on
///   any refusal.
/// - GET /health: 200.
class IntakeHandler
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::IntakeHandler)

public:
    struct Config {
        opayo::NotificationIntake::Config notification;
        opayo::PaymentEventVerifier::Config shopEvents;
        qsizetype maxBodyBytes = 256 * 1024;
    };

    IntakeHandler(Config config, std::shared_ptr<store::Database> database,
                  opayo::NotificationIntake::SecurityKeyLookup securityKeys, const Clock& clock = Clock::system());

    [[nodiscard]] net::HttpReply handle(const QByteArray& method, const QString& path,
                                        const QByteArray& timestampHeader, const QByteArray& signatureHeader,
                                        const QByteArray& body) const;

    /// How many events were committed (not counting repeats) and refused since start.
    [[nodiscard]] qint64 accepted() const { return m_accepted; }
    [[nodiscard]] qint64 refused() const { return m_refused; }

private:
    net::HttpReply notification(const QByteArray& body) const;
    net::HttpReply shopEvent(const QByteArray& timestampHeader, const QByteArray& signatureHeader,
                             const QByteArray& body) const;
    static net::HttpReply json(int status, const QJsonObject& object);
    void raiseAlert(const QString& kind, store::AlertSeverity severity, const QString& subject, const QString& message,
                    const QString& fix) const;

    Config m_config;
    opayo::NotificationIntake m_notifications;
    opayo::PaymentEventVerifier m_shopEvents;
    mutable store::Inbox m_inbox;
    mutable store::Alerts m_alerts;
    mutable qint64 m_accepted = 0;
    mutable qint64 m_refused = 0;
};

} // namespace bridge::engine
