// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/ArPayment.h"

#include "syspro/PostingOutcome.h"
#include "syspro/SysproErrors.h"
#include "syspro/XmlInWriter.h"

#include <QSet>

namespace bridge::syspro {

Result<QString> ArPaymentPost::buildParameters(const ArPaymentParameters& parameters)
{
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(QStringLiteral("PostArPayment"));
    w.start(QStringLiteral("Parameters"));
    const ArPaymentParameters& p = parameters;
    w.text(QStringLiteral("PostingPeriod"), p.postingPeriod);
    w.text(QStringLiteral("IgnoreWarnings"), QStringLiteral("N"));
    w.text(QStringLiteral("ApplyIfEntireDocumentValid"),
           parameters.applyIfEntireDocumentValid ? QStringLiteral("Y") : QStringLiteral("N"));
    w.flag(QStringLiteral("ValidateOnly"), p.validateOnly);
    w.text(QStringLiteral("AutoCorrectPaymentValue"), p.autoCorrectPaymentValue);
    w.end();
    w.end();
    return w.finish();
}

namespace {

Result<void> writeItem(XmlInWriter& w, const ArPayment& payment)
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
                             ArPaymentPost::tr("Receipt %1 for customer %2 is %3 %4, but its distributions add up to "
                                               "%5. Distribute the whole receipt to invoices or leave the remainder "
                                               "unapplied.")
                                 .arg(payment.reference, payment.customer, payment.paymentValue.toDecimalString(),
                                      payment.paymentValue.currency().code(), distributed.toDecimalString())));
    }
    w.setLocation(ArPaymentPost::tr("receipt %1").arg(payment.reference));
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
    return {};
}

} // namespace

Result<QString> ArPaymentPost::buildXmlIn(const ArPayment& payment, const FieldLimits& limits)
{
    return buildXmlIn(QList<ArPayment>{payment}, limits);
}

Result<QString> ArPaymentPost::buildXmlIn(const QList<ArPayment>& payments, const FieldLimits& limits)
{
    QSet<QString> references;
    XmlInWriter w(limits);
    w.start(QStringLiteral("PostArPayment"));
    for (const ArPayment& payment : payments) {
        if (references.contains(payment.reference)) {
            return fail(Error::permanent(QStringLiteral("syspro.payment_duplicate_reference"),
                                         tr("Two receipts in one post share the reference %1; SYSPRO's answer could "
                                            "not be told apart. Post them separately.")
                                             .arg(payment.reference)));
        }
        references.insert(payment.reference);
        if (Result<void> item = writeItem(w, payment); !item) {
            return fail(item.error());
        }
    }
    w.end();
    return w.finish();
}

Result<QList<Result<ArPaymentResult>>> ArPaymentPost::parseEach(const QString& xmlOut, const QList<ArPayment>& payments,
                                                                const QString& company)
{
    Result<PostingOutcome> outcome = PostingOutcome::parse(xmlOut);
    if (!outcome) {
        return fail(outcome.error());
    }
    QList<Result<ArPaymentResult>> results;
    QList<bool> used(outcome->items.size(), false);
    for (const ArPayment& payment : payments) {
        const PostingItem* item = nullptr;
        for (qsizetype i = 0; i < outcome->items.size(); ++i) {
            if (!used[i] && outcome->items.at(i).value(u"Reference") == payment.reference) {
                used[i] = true;
                item = &outcome->items.at(i);
                break;
            }
        }
        if (!item) {
            const QStringList errors = outcome->documentErrors;
            results.append(fail(
                errors.isEmpty()
                    ? Error::transient(codes::outcomeUnknown,
                                       tr("SYSPRO's answer did not mention receipt %1; it will be looked up before it "
                                          "is posted again.")
                                           .arg(payment.reference))
                    : Error::permanent(codes::business, tr("SYSPRO company %1 refused receipt %2 for customer %3: %4.")
                                                            .arg(company, payment.reference, payment.customer,
                                                                 errors.join(QStringLiteral("; "))))));
            continue;
        }
        if (!item->succeeded()) {
            results.append(fail(Error::permanent(
                codes::business,
                tr("SYSPRO company %1 refused receipt %2 for customer %3: %4. Check the customer and invoice numbers, "
                   "then post it again.")
                    .arg(company, payment.reference, payment.customer, item->errors.join(QStringLiteral("; "))),
                item->errors.join(QLatin1Char('\n')))));
            continue;
        }
        results.append(ArPaymentResult{payment.reference, item->value(u"Journal")});
    }
    return results;
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
