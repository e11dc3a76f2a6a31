// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bridge::sandbox::shop {

/// The share of each kind of order, as relative weights. The scenarios after
/// `repeatCustomerPercent` drive the sync engine's end-to-end cases; they default to 0, so that
/// the default mix (and the orders a given seed produces) stays as it was.
struct ShopMix {
    int ok = 70;                    ///< test card, AVS/CV2 match, no 3-D Secure
    int decline = 8;                ///< bank-decline test card → NotAuthed 2000
    int challenge = 8;              ///< 3-D Secure challenge, right password → Ok
    int challengeFailed = 2;        ///< challenge with the wrong password → Rejected 4026
    int frictionlessFailed = 2;     ///< cardholder NOTAUTH → Rejected 4026
    int avsFailed = 5;              ///< wrong address and CV2 with checks forced → Rejected 2001
    int repeatCustomerPercent = 30; ///< orders placed by a customer seen before
    int unknownStock = 0;           ///< paid order with a line for DISC-99, which the ERP does not stock
    int invalidCustomer = 0;        ///< paid order with order.accountCode ZZ9999, no such ERP customer
    int accountCustomer = 0;        ///< paid order with order.accountCode from ShopConfig::accountCodes
    int partialRefund = 0;          ///< paid order, then a real Pi refund of half of it and its event
    int refundAboveOriginal = 0;    ///< paid order, then a refund.completed event for total + 500 (no Pi call)

    /// Every case the bridge must handle, for the demo and the end-to-end tests: 60% plain
    /// payments, declines, 3-D Secure, AVS failures, unknown stock codes, invalid and account
    /// customers, partial refunds and refunds above the original.
    static ShopMix everyCase()
    {
        ShopMix m{60, 8, 6, 2, 2, 4, 30};
        m.unknownStock = 3;
        m.invalidCustomer = 3;
        m.accountCustomer = 5;
        m.partialRefund = 4;
        m.refundAboveOriginal = 3;
        return m;
    }
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
    /// Signs the events, and verifies the bridge's status webhooks.
    QByteArray eventSecret;
    QString currency = QStringLiteral("GBP");
    int orderIntervalMs = 200; ///< one new order every interval (5 orders/s by default)
    int orderCount = 0;        ///< stop after this many orders; 0: run until stop()
    int maxInFlight = 8;       ///< orders in progress at once
    int requestTimeoutMs = 10'000;
    quint64 seed = 1;
    ShopMix mix;
    /// The SYSPRO customer accounts of the shop's B2B customers (ShopMix::accountCustomer picks
    /// one per order). At most 15 characters each, like SYSPRO's customer codes.
    QStringList accountCodes{QStringLiteral("C00010")};

    /// Exactly-once intake: this share (0–100) of the events is sent `resendCount` more times,
    /// with the identical body and signature, each as a new request. Which events are re-sent
    /// depends only on the seed and the eventId.
    int resendPercent = 0;
    int resendCount = 3;

    /// The bridge's status webhook (docs/opayo-events.md, "Status webhook to the shop"): when
    /// set, start() listens on statusListenAddress:statusListenPort for POST /shop/status.
    bool statusListen = false;
    QHostAddress statusListenAddress{QHostAddress::LocalHost};
    quint16 statusListenPort = 0;     ///< 0: pick a free port (see ShopSimulator::statusUrl())
    int statusToleranceSeconds = 300; ///< the timestamp may be this far from the shop's clock
    /// Fault injection: answer this share (0–100) of the status webhooks 503 without recording
    /// them, so that the bridge's retries are exercised. Seeded by `seed`.
    int statusFailPercent = 0;
};

} // namespace bridge::sandbox::shop
