// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bridge {

/// A postal address as the shop or Opayo sent it (not yet standardised for SYSPRO).
struct PostalAddress {
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country; ///< ISO 3166-1 alpha-2, e.g. "GB"

    [[nodiscard]] QJsonObject toJson() const;
    static PostalAddress fromJson(const QJsonObject& json);
    friend bool operator==(const PostalAddress&, const PostalAddress&) = default;
};

/// One line of the order that was paid for. Quantities are whole units as shops send them.
struct PaymentOrderLine {
    QString sku;
    QString description;
    qint64 quantity = 1;
    std::optional<Money> unitPrice;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const PaymentOrderLine&, const PaymentOrderLine&) = default;
};

/// The bridge's own description of one card payment event, whatever its source (Opayo
/// notification, Reporting API, the shop's signed event). Amounts are Money; no card number is
/// ever part of it (only the last four digits). The mapping evaluator reads its JSON form.
struct CanonicalPayment {
    Q_DECLARE_TR_FUNCTIONS(bridge::CanonicalPayment)

public:
    QString source;                                      ///< "opayo-notification", "opayo-reporting", "shop-event"
    QString sourceEventId;                               ///< unique per source
    QString vendorTxCode;                                ///< the merchant's reference, up to 40 characters
    QString transactionId;                               ///< Opayo's id (VPSTxId)
    QString transactionType = QStringLiteral("Payment"); ///< Payment, Deferred, Repeat, Refund, Authorise, …
    QString status = QStringLiteral("OK");               ///< Opayo status: OK, PENDING, NOTAUTHED, REJECTED, …
    QString statusDetail;
    Money amount{0, Currency::of("GBP")};
    QString customerCode; ///< the SYSPRO customer, when the shop knows it
    QString customerEmail;
    QString customerFirstName;
    QString customerLastName;
    PostalAddress billingAddress;
    PostalAddress shippingAddress;
    QString paymentMethod = QStringLiteral("card");
    QString cardType;     ///< Visa, MasterCard, …
    QString cardLastFour; ///< at most four digits
    QString threeDSecureStatus;
    QString avsCv2Result;
    int riskScore = 0; ///< 0..100 from the risk stage
    QStringList riskReasons;
    QDateTime createdAt; ///< UTC
    QList<PaymentOrderLine> lines;

    /// The JSON the mapping evaluator reads. Money is {"minor": 1050, "currency": "GBP",
    /// "decimal": "10.50"}; times are ISO 8601 UTC.
    [[nodiscard]] QJsonObject toJson() const;
    /// Refuses documents that would be wrong to post: missing ids, an unknown currency, a card
    /// number where only the last four digits belong.
    static Result<CanonicalPayment> fromJson(const QJsonObject& json);
};

/// The JSON form of Money used in every document the bridge evaluates or stores.
QJsonObject moneyToJson(const Money& money);
/// Reads {"minor", "currency"}; an exact decimal string {"decimal", "currency"} is accepted too.
Result<Money> moneyFromJson(const QJsonValue& value, const QString& where);

} // namespace bridge
