// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/ArPayment.h"

#include "syspro/PostingOutcome.h"
#include "syspro/SysproErrors.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

Result<QString> ArPaymentPost::buildParameters(const ArPaymentParameters& p)
{
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(QStringLiteral("PostArPayment"));
    w.start(QStringLiteral("Parameters"));
    w.text(QStringLiteral("PostingPeriod"), p.postingPeriod);
    w.text(QStringLiteral("IgnoreWarnings"), QStringLiteral("N"));
    w.text(QStringLiteral("ApplyIfEntireDocumentValid"), QStringLiteral("Y"));
    w.flag(QStringLiteral("ValidateOnly"), p.validateOnly);
    w.text(QStringLiteral("AutoCorrectPaymentValue"), p.autoCorrectPaymentValue);
    w.end();
    w.end();
    return w.finish();
}

Result<QString> ArPaymentPost::buildXmlIn(const ArPayment& payment, const FieldLimits& limits)
{
    Money distributed = Money::zero(payment.paymentValue.currency());
    for (const InvoicePayment& i : payment.invoices) {
        Result<Money> sum = distributed.plus(i.grossPaymentValue);
        if (!sum) {
            return fail(sum.error());
        }
        distributed = *sum;
    }
    if (payment.unapplied) {
        Result<Money> sum = distributed.plus(*payment.unapplied);
        if (!sum) {
            return fail(sum.error());
        }
        distributed = *sum;
    }
    if (distributed != payment.paymentValue) {
        return fail(
            Error::permanent(QStringLiteral("syspro.payment_distribution"),
                             tr("Receipt %1 for customer %2 is %3 %4, but its distributions add up to %5. "
                                "Distribute the whole receipt to invoices or leave the remainder unapplied.")
                                 .arg(payment.reference, payment.customer, payment.paymentValue.toDecimalString(),
                                      payment.paymentValue.currency().code(), distributed.toDecimalString())));
    }
    XmlInWriter w(limits);
    w.setLocation(tr("receipt %1").arg(payment.reference));
    w.start(QStringLiteral("PostArPayment"));
    w.start(QStringLiteral("Item"));
    w.start(QStringLiteral("Payment"));
    w.text(QStringLiteral("Customer"), payment.customer, true);
    w.money(QStringLiteral("PaymentValue"), payment.paymentValue);
    w.text(QStringLiteral("Reference"), payment.reference);
    if (payment.paymentDate.isValid()) {
        w.text(QStringLiteral("PaymentDate"), payment.paymentDate.toString(Qt::ISODate));
    }
    w.text(QStringLiteral("JournalNotation"),
           payment.journalNotation.isEmpty() ? payment.reference : payment.journalNotation);
    w.text(QStringLiteral("Bank"), payment.bank);
    w.text(QStringLiteral("PaymentType"), payment.paymentType);
    for (const InvoicePayment& i : payment.invoices) {
        w.start(QStringLiteral("InvoiceToPay"));
        w.text(QStringLiteral("TransactionType"), i.transactionType);
        w.text(QStringLiteral("Invoice"), i.invoice, true);
        w.money(QStringLiteral("GrossPaymentValue"), i.grossPaymentValue);
        w.end();
    }
    if (payment.unapplied) {
        w.start(QStringLiteral("UnappliedPayment"));
        w.money(QStringLiteral("GrossPaymentValue"), *payment.unapplied);
        w.text(QStringLiteral("CustomerPurchaseOrder"),
               payment.unappliedPurchaseOrder.isEmpty() ? payment.reference.left(20) : payment.unappliedPurchaseOrder);
        w.end();
    }
    w.end();
    w.end();
    w.end();
    return w.finish();
}

Result<ArPaymentResult> ArPaymentPost::parse(const QString& xmlOut, const ArPayment& payment, const QString& company)
{
    Result<PostingOutcome> outcome = PostingOutcome::parse(xmlOut);
    if (!outcome) {
        return fail(outcome.error());
    }
    if (!outcome->succeeded()) {
        const QStringList errors = outcome->allErrors();
        return fail(
            Error::permanent(codes::business,
                             tr("SYSPRO company %1 refused receipt %2 for customer %3: %4. Check the customer "
                                "and invoice numbers, then post it again.")
                                 .arg(company, payment.reference, payment.customer,
                                      errors.isEmpty() ? tr("no reason was given") : errors.join(QStringLiteral("; "))),
                             errors.join(QLatin1Char('\n'))));
    }
    ArPaymentResult r;
    r.reference = payment.reference;
    for (const PostingItem& item : outcome->items) {
        if (const QString j = item.value(u"Journal"); !j.isEmpty()) {
            r.journal = j;
        }
    }
    return r;
}

} // namespace bridge::syspro
