// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace bridge::sandbox::shop {

/// The share of each kind of order, as relative weights.
struct ShopMix {
    int ok = 70;                    ///< test card, AVS/CV2 match, no 3-D Secure
    int decline = 8;                ///< bank-decline test card → NotAuthed 2000
    int challenge = 8;              ///< 3-D Secure challenge, right password → Ok
    int challengeFailed = 2;        ///< challenge with the wrong password → Rejected 4026
    int frictionlessFailed = 2;     ///< cardholder NOTAUTH → Rejected 4026
    int avsFailed = 5;              ///< wrong address and CV2 with checks forced → Rejected 2001
    int repeatCustomerPercent = 30; ///< orders placed by a customer seen before
};

struct ShopConfig {
    QString shopName = QStringLiteral("demo-shop");
    /// The Opayo Pi API, e.g. http://127.0.0.1:8401/api/v1
    QUrl piBaseUrl;
    QString vendorName = QStringLiteral("sandbox");
    QString integrationKey = QStringLiteral("sandbox-key");
    QString integrationPassword = QStringLiteral("sandbox-password");
    /// Where payment events go (docs/opayo-events.md); empty: events are not sent.
    QUrl bridgeEventUrl;
    QByteArray eventSecret;
    QString currency = QStringLiteral("GBP");
    int orderIntervalMs = 200; ///< one new order every interval (5 orders/s by default)
    int orderCount = 0;        ///< stop after this many orders; 0: run until stop()
    int maxInFlight = 8;       ///< orders in progress at once
    int requestTimeoutMs = 10'000;
    quint64 seed = 1;
    ShopMix mix;
};

} // namespace bridge::sandbox::shop
