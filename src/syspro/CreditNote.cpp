// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/CreditNote.h"

#include "syspro/PostingOutcome.h"
#include "syspro/SysproErrors.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

namespace {
Result<QString> parameters(const QString& root, const QDate& documentDate, bool validateOnly)
{
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(root);
    w.start(QStringLiteral("Parameters"));
    if (documentDate.isValid()) {
        w.text(QStringLiteral("DocumentDate"), documentDate.toString(Qt::ISODate));
    }
    w.text(QStringLiteral("IgnoreWarnings"), QStringLiteral("W"));
    w.text(QStringLiteral("ApplyIfEntireDocumentValid"), QStringLiteral("Y"));
    w.flag(QStringLiteral("ValidateOnly"), validateOnly);
    w.end();
    w.end();
    return w.finish();
}

Error refused(const QString& company, const QString& what, const QStringList& errors)
{
    return Error::permanent(
        codes::business,
        QCoreApplication::translate("bridge::syspro::CreditNotePost",
                                    "SYSPRO company %1 refused %2: %3. Correct the refund and "
                                    "post it again.")
            .arg(company, what,
                 errors.isEmpty() ? QCoreApplication::translate("bridge::syspro::CreditNotePost", "no reason was given")
                                  : errors.join(QStringLiteral("; "))),
        errors.join(QLatin1Char('\n')));
}
} // namespace

Result<QString> CreditNotePost::buildHeaderParameters(const QDate& documentDate, bool validateOnly)
{
    return parameters(QStringLiteral("SOCreditNoteHeader"), documentDate, validateOnly);
}

Result<QString> CreditNotePost::buildHeaderXmlIn(const CreditNote& note, const FieldLimits& limits)
{
    if (note.lines.isEmpty()) {
        return fail(Error::permanent(
            QStringLiteral("syspro.credit_note_empty"),
            tr("Credit note %1 for customer %2 has no lines.").arg(note.customerPoNumber, note.customer)));
    }
    XmlInWriter w(limits);
    w.setLocation(tr("credit note %1, header").arg(note.customerPoNumber));
    w.start(QStringLiteral("SOCreditNoteHeader"));
    w.start(QStringLiteral("Item"));
    w.text(QStringLiteral("Customer"), note.customer, true);
    w.text(QStringLiteral("CreditNoteNumber"), note.creditNoteNumber);
    w.text(QStringLiteral("CustomerPoNumber"), note.customerPoNumber);
    if (note.creditNoteDate.isValid()) {
        w.text(QStringLiteral("CreditNoteDate"), note.creditNoteDate.toString(Qt::ISODate));
    }
    w.text(QStringLiteral("InvoiceNumber"), note.invoiceNumber);
    w.end();
    w.end();
    return w.finish();
}

Result<QString> CreditNotePost::parseHeader(const QString& xmlOut, const CreditNote& note, const QString& company)
{
    Result<PostingOutcome> outcome = PostingOutcome::parse(xmlOut);
    if (!outcome) {
        return fail(outcome.error());
    }
    const QString what = tr("the credit note header for %1 (customer %2)").arg(note.customerPoNumber, note.customer);
    if (!outcome->succeeded()) {
        return fail(refused(company, what, outcome->allErrors()));
    }
    for (const PostingItem& item : outcome->items) {
        if (const QString n = item.value(u"CreditNoteNumber"); !n.isEmpty()) {
            return n;
        }
    }
    return fail(Error::permanent(codes::serverError,
                                 tr("SYSPRO accepted %1 but did not return a credit note number.").arg(what)));
}

Result<QString> CreditNotePost::buildLineParameters(const QDate& documentDate, bool validateOnly)
{
    return parameters(QStringLiteral("SOCreditNoteLine"), documentDate, validateOnly);
}

Result<QString> CreditNotePost::buildLineXmlIn(const QString& creditNoteNumber, const CreditNote& note,
                                               const FieldLimits& limits)
{
    XmlInWriter w(limits);
    w.start(QStringLiteral("SOCreditNoteLine"));
    int n = 0;
    for (const CreditNoteLine& line : note.lines) {
        w.setLocation(tr("credit note %1, line %2").arg(note.customerPoNumber).arg(++n));
        const bool nonStocked = line.stockCode.isEmpty();
        w.start(QStringLiteral("Item"));
        w.text(QStringLiteral("CreditNoteNumber"), creditNoteNumber, true);
        w.text(QStringLiteral("CreditReason"), line.creditReason);
        w.flag(QStringLiteral("NonStockedLine"), nonStocked);
        w.text(QStringLiteral("StockCode"), line.stockCode);
        w.text(QStringLiteral("Description"), line.description);
        w.text(QStringLiteral("Warehouse"), nonStocked ? QStringLiteral("**") : line.warehouse);
        w.decimal(QStringLiteral("OrderQty"), line.orderQty, NumericFormat::quantity());
        w.text(QStringLiteral("OrderUom"), line.orderUom);
        w.decimal(QStringLiteral("Price"), line.price, NumericFormat::price());
        w.text(QStringLiteral("PriceUom"), line.priceUom.isEmpty() ? line.orderUom : line.priceUom);
        w.text(QStringLiteral("NsProductClass"), line.nsProductClass);
        w.end();
    }
    w.end();
    return w.finish();
}

Result<void> CreditNotePost::parseLines(const QString& xmlOut, const QString& creditNoteNumber, const QString& company)
{
    Result<PostingOutcome> outcome = PostingOutcome::parse(xmlOut);
    if (!outcome) {
        return fail(outcome.error());
    }
    if (!outcome->succeeded()) {
        return fail(refused(company, tr("the lines of credit note %1").arg(creditNoteNumber), outcome->allErrors()));
    }
    return {};
}

} // namespace bridge::syspro
