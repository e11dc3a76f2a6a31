// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bridge::opayo {

struct PaymentEventLine {
    QString sku;
    QString description;
    qint64 quantity = 0;
    qint64 unitPriceMinor = 0;
};

/// The signed JSON payment event an e-commerce site sends for each order (format in
/// docs/opayo-events.md). Amounts are integers in minor units, like Pi. Free text is PAN-masked;
/// `maskedPans` counts what was masked so that the engine can raise a security alert.
struct PaymentEvent {
    QString eventId;
    QString type; ///< payment.completed, payment.failed, refund.completed
    QDateTime occurredAt;
    QString shop;
    QString orderId;
    QString customerId;
    /// order.accountCode: the SYSPRO customer account the shop knows for a B2B customer (at most
    /// 15 characters); empty when the shop sent none.
    QString accountCode;
    QString customerFirstName;
    QString customerLastName;
    QString customerEmail;
    QList<PaymentEventLine> lines;
    std::optional<Money> orderTotal;
    QString vendorTxCode;
    QString transactionId;
    /// payment.referenceTransactionId: for refund.completed (where it is required), the Opayo
    /// transactionId of the original payment the refund is against.
    QString referenceTransactionId;
    QString paymentStatus;
    QString statusCode;
    std::optional<Money> amount;
    QString cardType;
    QString lastFourDigits;
    QString threeDSecureStatus;
    QString avsCvcStatus;
    int maskedPans = 0;

    [[nodiscard]] static Result<PaymentEvent> parse(const QByteArray& body);
};

} // namespace bridge::opayo
