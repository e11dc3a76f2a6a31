// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/CustomerQuery.h"

#include "syspro/SysproErrors.h"
#include "syspro/XmlElement.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

Result<QString> CustomerQuery::buildXmlIn(const QString& customer)
{
    FieldLimits limits;
    XmlInWriter w(limits);
    w.setLocation(tr("customer query"));
    w.start(QStringLiteral("Query"));
    w.start(QStringLiteral("Key"));
    w.text(QStringLiteral("Customer"), customer, true);
    w.end();
    w.start(QStringLiteral("Option"));
    w.text(QStringLiteral("IncludeTransactions"), QStringLiteral("N"));
    w.text(QStringLiteral("IncludeZeroBalances"), QStringLiteral("N"));
    w.text(QStringLiteral("AsOfPeriod"), QStringLiteral("C"));
    w.end();
    w.end();
    return w.finish();
}

Result<CustomerInfo> CustomerQuery::parse(const QString& xmlOut)
{
    Result<XmlElement> parsed = XmlElement::parse(xmlOut);
    if (!parsed) {
        return fail(parsed.error());
    }
    if (std::optional<Error> e = SysproErrors::fromXmlOut(*parsed, tr("a customer query"))) {
        return fail(*e);
    }
    const XmlElement* header = parsed->find(u"Header");
    if (!header || header->childText(u"Customer").isEmpty()) {
        return fail(Error::permanent(codes::notFound, tr("SYSPRO's customer query answer holds no customer.")));
    }
    CustomerInfo c;
    c.customer = header->childText(u"Customer");
    c.name = header->childText(u"Name");
    c.currency = header->childText(u"Currency");
    c.onHold = header->childText(u"CustomerOnHold").compare(u"Y", Qt::CaseInsensitive) == 0;
    if (const QString limit = header->childText(u"CreditLimit"); !limit.isEmpty()) {
        Result<FixedDecimal> v = FixedDecimal::parse(limit, 2, u"CreditLimit");
        if (!v) {
            return fail(v.error());
        }
        c.creditLimit = *v;
    }
    const XmlElement* balance = parsed->path(u"TotalSection/Balance");
    if (!balance) {
        balance = parsed->child(u"Balance");
    }
    if (balance && !balance->text().isEmpty()) {
        Result<FixedDecimal> v = FixedDecimal::parse(balance->text(), 2, u"Balance");
        if (!v) {
            return fail(v.error());
        }
        c.balance = *v;
    }
    return c;
}

} // namespace bridge::syspro
