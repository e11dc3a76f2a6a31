// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/CanonicalPayment.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bridge {

/// Corrections an operator makes to a payment before it is replayed ("edit and replay"): a JSON
/// object of field → new value, every value a string. Fields are the canonical payment's own
/// names ("customerCode", "billingAddress.postalCode", "lines[0].sku", "amount").
/// Money fields (the amount, the currency, a line's quantity or unit price) change what is
/// posted, so an edit of one needs a second person's approval (maker-checker).
class PaymentEdits
{
    Q_DECLARE_TR_FUNCTIONS(bridge::PaymentEdits)

public:
    struct Field {
        QString path;
        QString value; ///< the payment's current value, as text (amounts as decimals)
        bool money = false;
    };

    /// The editable fields of `payment`, with their current values, in a stable order.
    static QList<Field> fieldsOf(const CanonicalPayment& payment);
    [[nodiscard]] static bool isMoneyField(const QString& path);
    /// A field's name for people ("Customer code", "Line 2 unit price"), translated.
    [[nodiscard]] static QString label(const QString& path);
    /// Whether any of the edits changes money.
    [[nodiscard]] static bool changesMoney(const QJsonObject& edits);
    /// Checks names and value shapes without a payment: an unknown field, a value that is not
    /// text, an empty customer code, a quantity that is not a positive whole number, a currency
    /// that is not ISO 4217 or an amount with letters in it is refused, naming the field.
    static Result<void> validate(const QJsonObject& edits);
    /// The payment with the edits applied. A line that does not exist, or an amount with more
    /// decimals than its currency has, is refused, naming the field.
    static Result<CanonicalPayment> apply(CanonicalPayment payment, const QJsonObject& edits);
};

} // namespace bridge
