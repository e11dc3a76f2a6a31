// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SalesOrderQuery.h"

#include "syspro/SysproErrors.h"
#include "syspro/XmlElement.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

namespace {
Result<FixedDecimal> number(const XmlElement& e, QStringView name, int scale)
{
    const QString text = e.childText(name);
    return text.isEmpty() ? Result<FixedDecimal>(FixedDecimal(0, scale)) : FixedDecimal::parse(text, scale, name);
}
} // namespace

Result<QString> SalesOrderQuery::buildXmlIn(const QString& salesOrder)
{
    FieldLimits limits;
    XmlInWriter w(limits);
    w.setLocation(tr("sales order query"));
    w.start(QStringLiteral("Query"));
    w.start(QStringLiteral("Key"));
    w.text(QStringLiteral("SalesOrder"), salesOrder, true);
    w.end();
    w.start(QStringLiteral("Option"));
    for (const char* flag : {"IncludeStockedLines", "IncludeNonStockedLines", "IncludeFreightLines", "IncludeMiscLines",
                             "IncludeCommentLines", "IncludeCompletedLines", "IncludeValues"}) {
        w.text(QString::fromLatin1(flag), QStringLiteral("Y"));
    }
    w.end();
    w.end();
    return w.finish();
}

Result<SalesOrderDetail> SalesOrderQuery::parse(const QString& xmlOut)
{
    Result<XmlElement> parsed = XmlElement::parse(xmlOut);
    if (!parsed) {
        return fail(parsed.error());
    }
    if (std::optional<Error> e = SysproErrors::fromXmlOut(*parsed, tr("a sales order query"))) {
        return fail(*e);
    }
    const XmlElement& root = *parsed;
    SalesOrderDetail d;
    d.salesOrder = root.childText(u"SalesOrder");
    d.customer = root.childText(u"Customer");
    d.customerName = root.childText(u"CustomerName");
    d.customerPoNumber = root.childText(u"CustomerPoNumber");
    d.orderStatus = root.childText(u"OrderStatus");
    d.currency = root.childText(u"Currency");
    if (d.salesOrder.isEmpty()) {
        return fail(Error::permanent(codes::notFound, tr("SYSPRO's sales order query answer holds no sales order.")));
    }
    for (const XmlElement* line : root.descendants(u"SalesOrderLine")) {
        const XmlElement* m = line->child(u"Merchandise");
        if (!m) {
            continue;
        }
        SalesOrderDetailLine l;
        l.line = m->childText(u"SalesOrderLine").toInt();
        l.stockCode = m->childText(u"MStockCode");
        l.warehouse = m->childText(u"MWarehouse");
        Result<FixedDecimal> qty = number(*m, u"MOrderQty", 6);
        Result<FixedDecimal> back = number(*m, u"MBackOrderQty", 6);
        Result<FixedDecimal> price = number(*m, u"MPrice", 5);
        for (const Result<FixedDecimal>* r : {&qty, &back, &price}) {
            if (!*r) {
                return fail(r->error());
            }
        }
        l.orderQty = *qty;
        l.backOrderQty = *back;
        l.price = *price;
        d.lines.append(l);
    }
    return d;
}

} // namespace bridge::syspro
