// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/ArInvoice.h"

#include "syspro/PostingOutcome.h"
#include "syspro/SysproErrors.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

Result<QString> ArInvoicePost::buildParameters(const ArDocument& document, bool validateOnly)
{
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(QStringLiteral("PostArInvoices"));
    w.start(QStringLiteral("Parameters"));
    w.text(QStringLiteral("IgnoreWarnings"), QStringLiteral("N"));
    w.text(QStringLiteral("ApplyIfEntireDocumentValid"), QStringLiteral("Y"));
    w.flag(QStringLiteral("ValidateOnly"), validateOnly);
    w.text(QStringLiteral("PostingPeriod"), document.postingPeriod);
    w.end();
    w.end();
    return w.finish();
}

Result<QString> ArInvoicePost::buildXmlIn(const ArDocument& document, const FieldLimits& limits)
{
    if (document.value.isNegative() || document.value.isZero()) {
        return fail(
            Error::permanent(QStringLiteral("syspro.ar_value"),
                             tr("AR document %1 for customer %2 has the value %3; SYSPRO needs a positive "
                                "value (it makes credit notes negative itself).")
                                 .arg(document.reference, document.customer, document.value.toDecimalString())));
    }
    XmlInWriter w(limits);
    w.setLocation(tr("AR document %1").arg(document.reference));
    w.start(QStringLiteral("PostArInvoices"));
    w.start(QStringLiteral("Item"));
    w.text(QStringLiteral("TransactionType"), document.transactionType);
    w.text(QStringLiteral("Customer"), document.customer, true);
    w.flag(QStringLiteral("GenerateInvoiceNumber"), document.invoice.isEmpty());
    w.text(QStringLiteral("Invoice"), document.invoice);
    if (document.invoiceDate.isValid()) {
        w.text(QStringLiteral("InvoiceDate"), document.invoiceDate.toString(Qt::ISODate));
    }
    w.text(QStringLiteral("Reference"), document.reference);
    w.money(QStringLiteral("InvoiceValue"), document.value);
    w.money(QStringLiteral("TaxValue"), document.taxValue);
    w.text(QStringLiteral("ProductClass"), document.productClass, true);
    w.end();
    w.end();
    return w.finish();
}

Result<QString> ArInvoicePost::parse(const QString& xmlOut, const ArDocument& document, const QString& company)
{
    Result<PostingOutcome> outcome = PostingOutcome::parse(xmlOut);
    if (!outcome) {
        return fail(outcome.error());
    }
    if (!outcome->succeeded()) {
        const QStringList errors = outcome->allErrors();
        return fail(
            Error::permanent(codes::business,
                             tr("SYSPRO company %1 refused AR document %2 for customer %3: %4.")
                                 .arg(company, document.reference, document.customer,
                                      errors.isEmpty() ? tr("no reason was given") : errors.join(QStringLiteral("; "))),
                             errors.join(QLatin1Char('\n'))));
    }
    for (const PostingItem& item : outcome->items) {
        if (const QString n = item.value(u"Invoice"); !n.isEmpty()) {
            return n;
        }
    }
    return document.invoice;
}

} // namespace bridge::syspro
