// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SbPostings.h"

#include "sandbox/syspro/SbDecimal.h"
#include "sandbox/syspro/SbXmlOut.h"

#include <QHash>
#include <functional>

namespace bridge::sandbox::syspro {

namespace {

QString param(const SbXmlNode& parameters, const char16_t* name, const QString& fallback)
{
    const SbXmlNode* p = parameters.child(u"Parameters");
    const QString v = p ? p->value(QStringView(name)).toUpper() : QString();
    return v.isEmpty() ? fallback : v;
}

using Errors = QHash<const SbXmlNode*, QStringList>;

/// Shared shape of the posting answers: every item echoed (errors inside) or its result, then
/// StatusOfItems. `commit` runs per valid item unless validate-only or all-or-nothing failed.
struct ItemRun {
    QList<const SbXmlNode*> items;
    QList<Errors> errors;
    int invalid = 0;
};

} // namespace

QByteArray SbPostings::arstpy(const SbXmlNode& parameters, const SbXmlNode& xmlIn)
{
    const bool validateOnly = param(parameters, u"ValidateOnly", QStringLiteral("N")) == QLatin1String("Y");
    const bool allOrNothing =
        param(parameters, u"ApplyIfEntireDocumentValid", QStringLiteral("Y")) == QLatin1String("Y");
    const QString autoCorrect = param(parameters, u"AutoCorrectPaymentValue", QStringLiteral("N"));
    const auto [year, month] = m_company.relativePeriod(param(parameters, u"PostingPeriod", QStringLiteral("C")).at(0));
    const bool periodOpen = m_company.periodOpen(year, month).value_or(false);

    struct Planned {
        const SbXmlNode* item;
        const SbXmlNode* payment;
        QString customer;
        qint64 value = 0;
        QList<QPair<QString, qint64>> invoices;
        qint64 unapplied = 0;
        Errors errors;
    };
    QList<Planned> plans;
    for (const SbXmlNode* item : xmlIn.all(u"Item")) {
        Planned p{item, item->child(u"Payment"), {}, 0, {}, 0, {}};
        if (!p.payment) {
            p.errors[item].append(QStringLiteral("Only Payment items are supported by the sandbox"));
            plans.append(p);
            continue;
        }
        const SbXmlNode& pay = *p.payment;
        p.customer = pay.value(u"Customer");
        if (!m_company.customers.contains(p.customer)) {
            p.errors[p.payment].append(QStringLiteral("Customer '%1' not found").arg(p.customer));
        }
        if (!periodOpen) {
            p.errors[p.payment].append(QStringLiteral("AR period %1/%2 is closed").arg(year).arg(month));
        }
        const std::optional<qint64> value = SbDecimal::parse(pay.value(u"PaymentValue"), 2);
        if (!value || *value == 0) {
            p.errors[p.payment].append(
                QStringLiteral("Payment value '%1' is not numeric").arg(pay.value(u"PaymentValue")));
        } else {
            p.value = *value;
        }
        qint64 distributed = 0;
        for (const SbXmlNode* inv : pay.all(u"InvoiceToPay")) {
            const QString number = inv->value(u"Invoice");
            const auto found = m_company.invoices.constFind(number);
            if (found == m_company.invoices.constEnd() || found->customer != p.customer) {
                p.errors[inv].append(
                    QStringLiteral("Invoice '%1' not found for customer '%2'").arg(number, p.customer));
                continue;
            }
            const QString grossText = inv->value(u"GrossPaymentValue");
            const std::optional<qint64> gross =
                grossText.isEmpty() ? std::optional<qint64>(found->balance) : SbDecimal::parse(grossText, 2);
            if (!gross) {
                p.errors[inv].append(QStringLiteral("Gross payment value '%1' is not numeric").arg(grossText));
                continue;
            }
            if (*gross > found->balance) {
                p.errors[inv].append(
                    QStringLiteral("Payment %1 exceeds the balance %2 of invoice '%3'")
                        .arg(SbDecimal::format(*gross, 2), SbDecimal::format(found->balance, 2), number));
            }
            distributed += *gross;
            p.invoices.append({number, *gross});
        }
        for (const SbXmlNode* un : pay.all(u"UnappliedPayment")) {
            const std::optional<qint64> gross = SbDecimal::parse(un->value(u"GrossPaymentValue"), 2);
            if (!gross) {
                p.errors[un].append(
                    QStringLiteral("Gross payment value '%1' is not numeric").arg(un->value(u"GrossPaymentValue")));
                continue;
            }
            distributed += *gross;
            p.unapplied += *gross;
        }
        if (value && distributed != *value) {
            if (autoCorrect == QLatin1String("Y")) {
                p.value = distributed;
            } else if (autoCorrect == QLatin1String("U") && distributed < *value) {
                p.unapplied += *value - distributed;
            } else {
                p.errors[p.payment].append(QStringLiteral("Payment value %1 is not fully distributed (%2 distributed)")
                                               .arg(SbDecimal::format(*value, 2), SbDecimal::format(distributed, 2)));
            }
        }
        plans.append(p);
    }
    int invalid = 0;
    for (const Planned& p : plans) {
        invalid += p.errors.isEmpty() ? 0 : 1;
    }
    const bool post = !validateOnly && !(allOrNothing && invalid > 0);
    SbXmlOut out(m_version);
    out.root(QStringLiteral("postarpayment"));
    int processed = 0;
    for (const Planned& p : plans) {
        if (!p.errors.isEmpty()) {
            out.echo(*p.item, p.errors);
            continue;
        }
        ++processed;
        int journal = 0;
        if (post) {
            journal = m_company.nextArJournal++;
            for (const auto& [number, gross] : p.invoices) {
                m_company.invoices[number].balance -= gross;
            }
            if (p.unapplied != 0) {
                SbInvoice crd;
                crd.invoice = QStringLiteral("_CRD%1").arg(m_company.nextCreditNoteSuffix++, 2, 10, QLatin1Char('0'));
                crd.customer = p.customer;
                crd.documentType = QStringLiteral("C");
                crd.value = -p.unapplied;
                crd.balance = -p.unapplied;
                crd.reference = p.payment->value(u"Reference");
                crd.date = m_company.companyDate;
                m_company.invoices.insert(crd.invoice, crd);
            }
            m_company.customers[p.customer].balance -= p.value;
            m_company.payments.append(
                {year, month, journal, p.customer, p.payment->value(u"Reference"), p.value, m_company.companyDate});
        }
        out.open(QStringLiteral("Item"));
        out.open(QStringLiteral("Key"));
        out.leaf(QStringLiteral("Customer"), p.customer);
        out.leaf(QStringLiteral("Reference"), p.payment->value(u"Reference"));
        out.close();
        out.leaf(QStringLiteral("TrnYear"), QString::number(year));
        out.leaf(QStringLiteral("TrnMonth"), QString::number(month));
        out.padded(QStringLiteral("Journal"), post ? QString::number(journal) : QString(), 6);
        out.padded(QStringLiteral("PaymentValue"), SbDecimal::format(p.value, 2), 16);
        out.close();
    }
    out.open(QStringLiteral("StatusOfItems"));
    out.leaf(QStringLiteral("ItemsProcessed"), SbXmlOut::zeroPadded(post || validateOnly ? processed : 0, 6));
    out.leaf(QStringLiteral("ItemsInvalid"), SbXmlOut::zeroPadded(invalid, 6));
    out.close();
    return out.finish();
}

QByteArray SbPostings::gentjl(const SbXmlNode& parameters, const SbXmlNode& xmlIn)
{
    const bool validateOnly = param(parameters, u"ValidateOnly", QStringLiteral("N")) == QLatin1String("Y");
    const bool allOrNothing =
        param(parameters, u"ApplyIfEntireDocumentValid", QStringLiteral("Y")) == QLatin1String("Y");
    struct Planned {
        const SbXmlNode* item;
        SbJournal journal;
        qint64 debit = 0;
        qint64 credit = 0;
        Errors errors;
    };
    QList<Planned> plans;
    for (const SbXmlNode* item : xmlIn.all(u"Item")) {
        Planned p{item, {}, 0, 0, {}};
        bool okYear = false;
        bool okPeriod = false;
        p.journal.year = item->value(u"PostingYear").toInt(&okYear);
        p.journal.period = item->value(u"PostingPeriod").toInt(&okPeriod);
        if (!okYear) {
            p.journal.year = m_company.currentYear;
        }
        if (!okPeriod) {
            p.journal.period = m_company.currentPeriod;
        }
        p.journal.reference = item->value(u"JournalReference");
        p.journal.date = QDate::fromString(item->value(u"JournalDate"), Qt::ISODate);
        if (!p.journal.date.isValid()) {
            p.journal.date = m_company.companyDate;
        }
        const std::optional<bool> open = m_company.periodOpen(p.journal.year, p.journal.period);
        if (!open) {
            p.errors[item].append(
                QStringLiteral("GL period %1/%2 does not exist").arg(p.journal.year).arg(p.journal.period));
        } else if (!*open) {
            p.errors[item].append(
                QStringLiteral("GL period %1/%2 is closed").arg(p.journal.year).arg(p.journal.period));
        }
        const QList<const SbXmlNode*> details = item->all(u"JournalDetails");
        if (details.isEmpty()) {
            p.errors[item].append(QStringLiteral("Journal has no entries"));
        }
        for (const SbXmlNode* d : details) {
            const QString code = d->value(u"LedgerCode");
            const auto ledger = m_company.ledgers.constFind(code);
            if (ledger == m_company.ledgers.constEnd()) {
                p.errors[d].append(QStringLiteral("Ledger code '%1' not found").arg(code));
            } else if (ledger->onHold) {
                p.errors[d].append(QStringLiteral("Ledger code '%1' is on hold").arg(code));
            }
            const std::optional<qint64> amount = SbDecimal::parse(d->value(u"EntryAmount"), 2);
            if (!amount || *amount == 0) {
                p.errors[d].append(QStringLiteral("Entry amount '%1' is not numeric").arg(d->value(u"EntryAmount")));
                continue;
            }
            (*amount > 0 ? p.debit : p.credit) += *amount > 0 ? *amount : -*amount;
            p.journal.entries.append({code, *amount, d->value(u"Reference")});
        }
        if (p.debit != p.credit) {
            p.errors[item].append(QStringLiteral("Journal does not balance: debits %1, credits %2")
                                      .arg(SbDecimal::format(p.debit, 2), SbDecimal::format(p.credit, 2)));
        }
        plans.append(p);
    }
    int invalid = 0;
    int postings = 0;
    int postingsInvalid = 0;
    for (const Planned& p : plans) {
        invalid += p.errors.isEmpty() ? 0 : 1;
        (p.errors.isEmpty() ? postings : postingsInvalid) += int(p.item->all(u"JournalDetails").size());
    }
    const bool post = !validateOnly && !(allOrNothing && invalid > 0);
    SbXmlOut out(m_version);
    out.root(QStringLiteral("postgljournal"));
    int journals = 0;
    for (Planned& p : plans) {
        if (!p.errors.isEmpty()) {
            out.echo(*p.item, p.errors);
            continue;
        }
        if (post) {
            p.journal.journal = m_company.allocateGlJournal(p.journal.year, p.journal.period);
            for (const SbJournalEntry& e : std::as_const(p.journal.entries)) {
                m_company.ledgers[e.glCode].balance += e.amount;
            }
            m_company.journals.append(p.journal);
            ++journals;
        }
        out.open(QStringLiteral("Item"));
        out.open(QStringLiteral("Transaction"));
        out.open(QStringLiteral("Key"));
        out.leaf(QStringLiteral("GlYear"), QString::number(p.journal.year));
        out.leaf(QStringLiteral("GlPeriod"), QString::number(p.journal.period));
        out.padded(QStringLiteral("GlJournal"), post ? QString::number(p.journal.journal) : QString(), 6);
        out.close();
        out.leaf(QStringLiteral("JournalDate"), p.journal.date.toString(Qt::ISODate));
        out.leaf(QStringLiteral("NumOfEntries"), QString::number(p.journal.entries.size()));
        out.padded(QStringLiteral("DebitAmount"), SbDecimal::format(p.debit, 2), 16);
        out.padded(QStringLiteral("CreditAmount"), SbDecimal::format(p.credit, 2), 16);
        out.leaf(QStringLiteral("JnlPostingType"), QStringLiteral("N"));
        out.leaf(QStringLiteral("Jnlstatus"), post ? QStringLiteral("P") : QStringLiteral("V"));
        out.leaf(QStringLiteral("Currency"), QStringLiteral("GBP"));
        out.close();
        out.close();
    }
    out.open(QStringLiteral("StatusOfItems"));
    out.leaf(QStringLiteral("JournalsProcessed"), SbXmlOut::zeroPadded(journals, 6));
    out.leaf(QStringLiteral("PostingsProcessed"), SbXmlOut::zeroPadded(post ? postings : 0, 6));
    out.leaf(QStringLiteral("PostingsInvalid"), SbXmlOut::zeroPadded(postingsInvalid, 6));
    out.close();
    return out.finish();
}

QByteArray SbPostings::arstin(const SbXmlNode& parameters, const SbXmlNode& xmlIn)
{
    const bool validateOnly = param(parameters, u"ValidateOnly", QStringLiteral("N")) == QLatin1String("Y");
    const bool allOrNothing =
        param(parameters, u"ApplyIfEntireDocumentValid", QStringLiteral("Y")) == QLatin1String("Y");
    const auto [year, month] = m_company.relativePeriod(param(parameters, u"PostingPeriod", QStringLiteral("C")).at(0));
    const bool periodOpen = m_company.periodOpen(year, month).value_or(false);
    QList<QPair<const SbXmlNode*, Errors>> checked;
    int invalid = 0;
    for (const SbXmlNode* item : xmlIn.all(u"Item")) {
        Errors errors;
        const QString type = item->value(u"TransactionType").toUpper();
        if (type != QLatin1String("I") && type != QLatin1String("C") && type != QLatin1String("D")) {
            errors[item].append(QStringLiteral("Transaction type '%1' is invalid").arg(type));
        }
        if (!m_company.customers.contains(item->value(u"Customer"))) {
            errors[item].append(QStringLiteral("Customer '%1' not found").arg(item->value(u"Customer")));
        }
        const std::optional<qint64> value = SbDecimal::parse(item->value(u"InvoiceValue"), 2);
        if (!value || *value <= 0) {
            errors[item].append(
                QStringLiteral("Invoice value '%1' must be a positive number").arg(item->value(u"InvoiceValue")));
        }
        if (item->value(u"ProductClass").isEmpty()) {
            errors[item].append(QStringLiteral("Product class is required"));
        }
        const QString number = item->value(u"Invoice");
        if (!number.isEmpty() && m_company.invoices.contains(number)) {
            errors[item].append(QStringLiteral("Invoice '%1' already exists").arg(number));
        }
        if (!periodOpen) {
            errors[item].append(QStringLiteral("AR period %1/%2 is closed").arg(year).arg(month));
        }
        invalid += errors.isEmpty() ? 0 : 1;
        checked.append({item, errors});
    }
    const bool post = !validateOnly && !(allOrNothing && invalid > 0);
    SbXmlOut out(m_version);
    out.root(QStringLiteral("postarinvoices"));
    int processed = 0;
    for (const auto& [item, errors] : checked) {
        if (!errors.isEmpty()) {
            out.echo(*item, errors);
            continue;
        }
        ++processed;
        QString number = item->value(u"Invoice");
        if (number.isEmpty()) {
            number = SbXmlOut::zeroPadded(m_company.nextInvoice, 6);
        }
        if (post) {
            if (item->value(u"Invoice").isEmpty()) {
                ++m_company.nextInvoice;
            }
            const qint64 value = *SbDecimal::parse(item->value(u"InvoiceValue"), 2);
            const bool credit = item->value(u"TransactionType").toUpper() == QLatin1String("C");
            SbInvoice inv;
            inv.invoice = number;
            inv.customer = item->value(u"Customer");
            inv.documentType = item->value(u"TransactionType").toUpper();
            inv.value = credit ? -value : value;
            inv.balance = inv.value;
            inv.reference = item->value(u"Reference");
            inv.date = m_company.companyDate;
            m_company.invoices.insert(number, inv);
            m_company.customers[inv.customer].balance += inv.value;
        }
        out.open(QStringLiteral("Item"));
        out.leaf(QStringLiteral("Customer"), item->value(u"Customer"));
        out.leaf(QStringLiteral("Invoice"), post ? number : QString());
        out.leaf(QStringLiteral("TransactionType"), item->value(u"TransactionType").toUpper());
        out.leaf(QStringLiteral("TrnYear"), QString::number(year));
        out.leaf(QStringLiteral("TrnMonth"), QString::number(month));
        out.close();
    }
    out.open(QStringLiteral("StatusOfItems"));
    out.leaf(QStringLiteral("ItemsProcessed"), SbXmlOut::zeroPadded(post || validateOnly ? processed : 0, 6));
    out.leaf(QStringLiteral("ItemsInvalid"), SbXmlOut::zeroPadded(invalid, 6));
    out.close();
    return out.finish();
}

QByteArray SbPostings::sortch(const SbXmlNode& parameters, const SbXmlNode& xmlIn)
{
    const bool validateOnly = param(parameters, u"ValidateOnly", QStringLiteral("N")) == QLatin1String("Y");
    SbXmlOut out(m_version);
    out.root(QStringLiteral("SOCreditNoteHeader"));
    int processed = 0;
    int invalid = 0;
    for (const SbXmlNode* item : xmlIn.all(u"Item")) {
        Errors errors;
        const QString customer = item->value(u"Customer");
        const auto cu = m_company.customers.constFind(customer);
        if (cu == m_company.customers.constEnd()) {
            errors[item].append(QStringLiteral("Customer '%1' not found").arg(customer));
        }
        const QString invoice = item->value(u"InvoiceNumber");
        if (!invoice.isEmpty() && !m_company.invoices.contains(invoice)) {
            errors[item].append(QStringLiteral("Invoice '%1' not found").arg(invoice));
        }
        if (!errors.isEmpty()) {
            ++invalid;
            out.echo(*item, errors);
            continue;
        }
        ++processed;
        QString number;
        if (!validateOnly) {
            SbSalesOrder note;
            note.salesOrder = m_company.allocateSalesOrder();
            note.documentType = QStringLiteral("C");
            note.customer = customer;
            note.customerPoNumber = item->value(u"CustomerPoNumber");
            note.orderStatus = QStringLiteral("1");
            note.orderDate = m_company.companyDate;
            m_company.salesOrders.insert(note.salesOrder, note);
            number = note.salesOrder;
        }
        out.open(QStringLiteral("Item"));
        out.leaf(QStringLiteral("Customer"), customer);
        out.leaf(QStringLiteral("CreditNoteNumber"), number);
        out.leaf(QStringLiteral("CustomerPoNumber"), item->value(u"CustomerPoNumber"));
        out.close();
    }
    out.open(QStringLiteral("StatusOfItems"));
    out.leaf(QStringLiteral("ItemsProcessed"), SbXmlOut::zeroPadded(processed, 6));
    out.leaf(QStringLiteral("ItemsInvalid"), SbXmlOut::zeroPadded(invalid, 6));
    out.close();
    return out.finish();
}

QByteArray SbPostings::sortcl(const SbXmlNode& parameters, const SbXmlNode& xmlIn)
{
    const bool validateOnly = param(parameters, u"ValidateOnly", QStringLiteral("N")) == QLatin1String("Y");
    const bool allOrNothing =
        param(parameters, u"ApplyIfEntireDocumentValid", QStringLiteral("Y")) == QLatin1String("Y");
    QList<QPair<const SbXmlNode*, Errors>> checked;
    QList<SbOrderLine> lines;
    int invalid = 0;
    for (const SbXmlNode* item : xmlIn.all(u"Item")) {
        Errors errors;
        SbOrderLine l;
        QString number = item->value(u"CreditNoteNumber");
        bool numeric = false;
        const qint64 n = number.toLongLong(&numeric);
        if (numeric) {
            number = SbXmlOut::zeroPadded(n, 6);
        }
        const auto note = m_company.salesOrders.constFind(number);
        if (note == m_company.salesOrders.constEnd() || note->documentType != QLatin1String("C")) {
            errors[item].append(QStringLiteral("Credit note '%1' not found").arg(item->value(u"CreditNoteNumber")));
        }
        const bool nonStocked = item->value(u"NonStockedLine").toUpper() == QLatin1String("Y");
        l.stockCode = item->value(u"StockCode");
        l.warehouse = item->value(u"Warehouse");
        l.description = item->value(u"Description");
        l.type = QStringLiteral("Merchandise");
        if (!nonStocked && !m_company.stock.contains(l.stockCode)) {
            errors[item].append(QStringLiteral("Stock code '%1' not found").arg(l.stockCode));
        }
        const std::optional<qint64> qty = SbDecimal::parse(item->value(u"OrderQty"), 6);
        const std::optional<qint64> price = SbDecimal::parse(item->value(u"Price"), 5);
        if (!qty || *qty <= 0) {
            errors[item].append(QStringLiteral("Order quantity '%1' is not numeric").arg(item->value(u"OrderQty")));
        }
        if (!price) {
            errors[item].append(QStringLiteral("Price '%1' is not numeric").arg(item->value(u"Price")));
        }
        if (qty && price) {
            l.orderQty = *qty;
            l.price = *price;
            l.value = SbDecimal::multiply(*qty, 6, *price, 5, 2);
        }
        l.uom = item->value(u"OrderUom");
        l.description = l.description.isEmpty() ? number : l.description;
        l.line = int(number.toLongLong()); // carries the note number until posted
        invalid += errors.isEmpty() ? 0 : 1;
        checked.append({item, errors});
        lines.append(l);
    }
    const bool post = !validateOnly && !(allOrNothing && invalid > 0);
    SbXmlOut out(m_version);
    out.root(QStringLiteral("SOCreditNoteLine"));
    int processed = 0;
    for (qsizetype i = 0; i < checked.size(); ++i) {
        const auto& [item, errors] = checked.at(i);
        if (!errors.isEmpty()) {
            out.echo(*item, errors);
            continue;
        }
        ++processed;
        const QString number = SbXmlOut::zeroPadded(lines.at(i).line, 6);
        int lineNumber = 0;
        if (post) {
            SbSalesOrder& note = m_company.salesOrders[number];
            SbOrderLine l = lines.at(i);
            l.line = int(note.lines.size()) + 1;
            lineNumber = l.line;
            note.lines.append(l);
        }
        out.open(QStringLiteral("Item"));
        out.leaf(QStringLiteral("CreditNoteNumber"), number);
        out.leaf(QStringLiteral("LineNumber"), post ? QString::number(lineNumber) : QString());
        out.padded(QStringLiteral("LineValue"), SbDecimal::format(lines.at(i).value, 2), 16);
        out.close();
    }
    out.open(QStringLiteral("StatusOfItems"));
    out.leaf(QStringLiteral("ItemsProcessed"), SbXmlOut::zeroPadded(post || validateOnly ? processed : 0, 6));
    out.leaf(QStringLiteral("ItemsInvalid"), SbXmlOut::zeroPadded(invalid, 6));
    out.close();
    return out.finish();
}

QByteArray SbPostings::arsscs(const SbXmlNode& parameters, const SbXmlNode& xmlIn, bool add)
{
    const bool validateOnly = param(parameters, u"ValidateOnly", QStringLiteral("N")) == QLatin1String("Y");
    SbXmlOut out(m_version);
    out.root(QStringLiteral("setuparcustomer"));
    int read = 0;
    int invalid = 0;
    for (const SbXmlNode* item : xmlIn.all(u"Item")) {
        ++read;
        const SbXmlNode* key = item->child(u"Key");
        const QString code = key ? key->value(u"Customer") : QString();
        QString error;
        QString errorNumber;
        if (code.isEmpty() || code.size() > 15) {
            error = QStringLiteral("Customer code '%1' is invalid").arg(code);
            errorNumber = QStringLiteral("110001");
        } else if (add && m_company.customers.contains(code)) {
            error = QStringLiteral("Customer '%1' already exists").arg(code);
            errorNumber = QStringLiteral("110002");
        } else if (!add && !m_company.customers.contains(code)) {
            error = QStringLiteral("Customer '%1' not found").arg(code);
            errorNumber = QStringLiteral("110003");
        }
        QString fieldError;
        if (item->value(u"Name").size() > 50) {
            fieldError = QStringLiteral("Name exceeds 50 characters");
        }
        std::optional<qint64> creditLimit;
        if (!item->value(u"CreditLimit").isEmpty()) {
            creditLimit = SbDecimal::parse(item->value(u"CreditLimit"), 2);
            if (!creditLimit) {
                fieldError = QStringLiteral("Credit limit '%1' is not numeric").arg(item->value(u"CreditLimit"));
            }
        }
        out.open(QStringLiteral("item"));
        out.open(QStringLiteral("key"));
        if (!error.isEmpty()) {
            ++invalid;
            out.open(QStringLiteral("customer"));
            out.leaf(QStringLiteral("Value"), code);
            out.leaf(QStringLiteral("ErrorNumber"), errorNumber);
            out.leaf(QStringLiteral("ErrorDescription"), error);
            out.close();
        } else {
            out.leaf(QStringLiteral("customer"), code);
        }
        out.close();
        if (error.isEmpty() && !fieldError.isEmpty()) {
            ++invalid;
            out.leaf(QStringLiteral("ErrorDescription"), fieldError);
        }
        out.close();
        if (!error.isEmpty() || !fieldError.isEmpty() || validateOnly) {
            continue;
        }
        SbCustomer c = m_company.customers.value(code);
        c.customer = code;
        const auto set = [item](const char16_t* name, QString* target) {
            if (item->child(QStringView(name))) {
                *target = item->value(QStringView(name));
            }
        };
        set(u"Name", &c.name);
        set(u"Currency", &c.currency);
        set(u"Email", &c.email);
        if (c.currency.isEmpty()) {
            c.currency = QStringLiteral("GBP");
        }
        if (creditLimit) {
            c.creditLimit = *creditLimit;
        }
        if (item->child(u"CustomerOnHold")) {
            c.onHold = item->value(u"CustomerOnHold").toUpper() == QLatin1String("Y");
        }
        m_company.customers.insert(code, c);
    }
    out.open(QStringLiteral("StatusOfItems"));
    out.leaf(QStringLiteral("RecordsRead"), QString::number(read));
    out.leaf(QStringLiteral("RecordsInvalid"), QString::number(invalid));
    out.close();
    return out.finish();
}

} // namespace bridge::sandbox::syspro
