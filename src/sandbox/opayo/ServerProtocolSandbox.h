// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/common/SandboxHttpServer.h"
#include "sandbox/opayo/OpayoSandboxConfig.h"
#include "sandbox/opayo/SandboxLedger.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace bridge {
class Clock;
}

namespace bridge::sandbox::opayo {

/// The Server protocol as far as the bridge meets it (opayo-api.md §2.2): registration at
/// /gateway/service/vspserver-register.vsp, a simulated shopper payment, and the notification
/// POST to the registered NotificationURL, signed with VPSSignature and sent again when the
/// reply is not `Status=OK` (up to the configured number of attempts).
class ServerProtocolSandbox : public QObject
{
    Q_OBJECT

public:
    struct Delivery {
        QString vpsTxId;
        int attempts = 0;
        bool acknowledged = false;
        QString lastReplyStatus; ///< Status= of the last reply, or "HTTP <n>"/"transport"
        QString redirectUrl;
    };

    ServerProtocolSandbox(const OpayoSandboxConfig& config, SandboxLedger& ledger, const Clock& clock,
                          QObject* parent = nullptr);

    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

    static QString registerPath() { return QStringLiteral("/gateway/service/vspserver-register.vsp"); }
    static QString payPath() { return QStringLiteral("/sandbox/server-payment"); }

    /// POST vspserver-register.vsp: form fields in, CRLF Name=Value lines out.
    SandboxResponse handleRegister(const SandboxRequest& request);
    /// POST /sandbox/server-payment (VPSTxId, Outcome=OK|NOTAUTHED|ABORT|REJECTED): the shopper
    /// "pays"; the notification goes out after this answer.
    SandboxResponse handlePay(const SandboxRequest& request);
    /// The same from code (in-process tests). Returns false if the VPSTxId is unknown or paid.
    bool pay(const QString& vpsTxId, const QString& outcome);

    [[nodiscard]] const QHash<QString, Delivery>& deliveries() const { return m_deliveries; }

    /// The notification fields and signature for a transaction (also used by tests as a
    /// generator of correctly signed notifications).
    [[nodiscard]] QList<QPair<QString, QString>> notificationFields(const SandboxTransaction& tx) const;

Q_SIGNALS:
    /// A notification was acknowledged with Status=OK, or its attempts ran out.
    void notificationFinished(const QString& vpsTxId, bool acknowledged, int attempts);

private:
    void send(const QString& vpsTxId);

    const OpayoSandboxConfig& m_config;
    SandboxLedger& m_ledger;
    const Clock& m_clock;
    QString m_baseUrl;
    QNetworkAccessManager* m_network;
    QHash<QString, QUrl> m_notificationUrls;
    QHash<QString, QString> m_outcomes;
    QHash<QString, Delivery> m_deliveries;
};

} // namespace bridge::sandbox::opayo
