// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "opayo/ServerNotification.h"

#include <QUrl>

#include <functional>
#include <optional>

namespace bridge::opayo {

/// The HTTP side of a Server/Form-protocol notification: size cap, parsing, VPSSignature check,
/// and the plain-text reply Opayo expects (`Status=OK|INVALID|ERROR`, `RedirectURL=`,
/// `StatusDetail=`, CRLF-separated, HTTP 200). `notification` is set only when the caller should
/// store it; an INVALID answer comes with nothing to store.
class NotificationIntake
{
    Q_DECLARE_TR_FUNCTIONS(bridge::opayo::NotificationIntake)

public:
    /// Finds the SecurityKey stored at registration; nullopt if the transaction is unknown.
    using SecurityKeyLookup =
        std::function<std::optional<QString>(const QString& vpsTxId, const QString& vendorTxCode)>;

    struct Config {
        QString vendorName;
        QUrl successUrl; ///< where Opayo sends the shopper after an OK payment
        QUrl failureUrl; ///< after a decline, abort or refusal
        qsizetype maxBodyBytes = ServerNotification::kMaxBodyBytes;
    };

    struct Reply {
        int httpStatus = 200;
        QByteArray contentType = "text/plain";
        QByteArray body;
        std::optional<ServerNotification> notification; ///< set only when accepted
        std::optional<Error> error;                     ///< why it was refused
    };

    NotificationIntake(Config config, SecurityKeyLookup lookup);

    [[nodiscard]] Reply handle(const QByteArray& body) const;

    /// "Status=…\r\nRedirectURL=…\r\nStatusDetail=…\r\n" (CR/LF removed from the values).
    [[nodiscard]] static QByteArray replyBody(const QString& status, const QUrl& redirect, const QString& detail);

private:
    Config m_config;
    SecurityKeyLookup m_lookup;
};

} // namespace bridge::opayo
