// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "syspro/FieldLimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bridge::syspro {

struct InvoicePayment {
    QString invoice;
    Money grossPaymentValue{0, Currency::of("GBP")};
    QString transactionType = QStringLiteral("I"); ///< I invoice, C credit note, D debit note
};

/// One card receipt for ARSTPY: paid against invoices, or left unapplied (or both).
struct ArPayment {
    QString customer;
    Money paymentValue{0, Currency::of("GBP")};
    QString reference; ///< the Opayo transaction id: the key for finding the receipt again
    QDate paymentDate;
    QString journalNotation;
    QString bank;
    QString paymentType = QStringLiteral("O"); ///< C check, S cash, O other
    QList<InvoicePayment> invoices;
    std::optional<Money> unapplied;
    QString unappliedPurchaseOrder; ///< CustomerPurchaseOrder of the unapplied part; empty: the reference
};

struct ArPaymentParameters {
    QString postingPeriod = QStringLiteral("C"); ///< C / P / B
    bool validateOnly = false;
    QString autoCorrectPaymentValue = QStringLiteral("N"); ///< N / Y / U
    /// Y: one bad receipt stops the whole post; N: the good ones are posted (batches).
    bool applyIfEntireDocumentValid = true;
};

struct ArPaymentResult {
    QString reference;
    QString journal; ///< AR cash journal, when SYSPRO returns it
};

/// ARSTPY (post AR payments). Often not licensed: see LicenceProbe and ReceiptFallback.
class ArPaymentPost
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::ArPaymentPost)

public:
    static constexpr const char* businessObject = "ARSTPY";
    [[nodiscard]] static Result<QString> buildParameters(const ArPaymentParameters& parameters);
    /// Refuses a payment whose distributions do not add up to its value (unless unapplied is
    /// used for the remainder), so SYSPRO never sees a half-distributed receipt.
    [[nodiscard]] static Result<QString> buildXmlIn(const ArPayment& payment, const FieldLimits& limits);
    /// Several receipts in one XmlIn (one Item each); references must differ, as the answer is
    /// matched to the receipts by reference.
    [[nodiscard]] static Result<QString> buildXmlIn(const QList<ArPayment>& payments, const FieldLimits& limits);
    /// The outcome of each receipt of a batch, in the order given: its journal, or why SYSPRO
    /// refused it. Fails as a whole only on malformed XML.
    [[nodiscard]] static Result<QList<Result<ArPaymentResult>>>
    parseEach(const QString& xmlOut, const QList<ArPayment>& payments, const QString& company);
    [[nodiscard]] static Result<ArPaymentResult> parse(const QString& xmlOut, const ArPayment& payment,
                                                       const QString& company);
};

} // namespace bridge::syspro
