// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/CustomerSetup.h"

#include "syspro/PostingOutcome.h"
#include "syspro/SysproErrors.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

Result<QString> CustomerSetup::buildParameters(bool validateOnly)
{
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(QStringLiteral("SetupArCustomer"));
    w.start(QStringLiteral("Parameters"));
    w.text(QStringLiteral("IgnoreWarnings"), QStringLiteral("N"));
    w.text(QStringLiteral("ApplyIfEntireDocumentValid"), QStringLiteral("Y"));
    w.flag(QStringLiteral("ValidateOnly"), validateOnly);
    w.end();
    w.end();
    return w.finish();
}

Result<QString> CustomerSetup::buildXmlIn(const CustomerRecord& c, const FieldLimits& limits)
{
    XmlInWriter w(limits);
    w.setLocation(tr("customer %1").arg(c.customer));
    w.start(QStringLiteral("SetupArCustomer"));
    w.start(QStringLiteral("Item"));
    w.start(QStringLiteral("Key"));
    w.text(QStringLiteral("Customer"), c.customer, true);
    w.end();
    w.text(QStringLiteral("Name"), c.name);
    w.text(QStringLiteral("ShortName"), c.shortName);
    w.text(QStringLiteral("Currency"), c.currency);
    w.text(QStringLiteral("Email"), c.email);
    w.text(QStringLiteral("Telephone"), c.telephone);
    for (int i = 0; i < c.soldToAddress.size() && i < 3; ++i) {
        w.text(QStringLiteral("SoldToAddr%1").arg(i + 1), c.soldToAddress.at(i));
    }
    w.text(QStringLiteral("SoldPostalCode"), c.soldPostalCode);
    w.optionalMoney(QStringLiteral("CreditLimit"), c.creditLimit);
    if (c.onHold) {
        w.flag(QStringLiteral("CustomerOnHold"), *c.onHold);
    }
    w.end();
    w.end();
    return w.finish();
}

Result<void> CustomerSetup::parse(const QString& xmlOut, const CustomerRecord& customer, const QString& company)
{
    Result<PostingOutcome> outcome = PostingOutcome::parse(xmlOut);
    if (!outcome) {
        return fail(outcome.error());
    }
    if (!outcome->succeeded()) {
        const QStringList errors = outcome->allErrors();
        return fail(
            Error::permanent(codes::business,
                             tr("SYSPRO company %1 refused customer %2: %3. Correct the customer details and "
                                "try again.")
                                 .arg(company, customer.customer,
                                      errors.isEmpty() ? tr("no reason was given") : errors.join(QStringLiteral("; "))),
                             errors.join(QLatin1Char('\n'))));
    }
    return {};
}

} // namespace bridge::syspro
