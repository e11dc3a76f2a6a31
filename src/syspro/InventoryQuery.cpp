// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/InventoryQuery.h"

#include "syspro/SysproErrors.h"
#include "syspro/XmlElement.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

Result<QString> InventoryQuery::buildXmlIn(const QString& stockCode, const QStringList& warehouses)
{
    FieldLimits limits;
    XmlInWriter w(limits);
    w.setLocation(tr("stock query"));
    w.start(QStringLiteral("Query"));
    w.start(QStringLiteral("Key"));
    w.text(QStringLiteral("StockCode"), stockCode, true);
    w.end();
    w.start(QStringLiteral("Option"));
    w.text(QStringLiteral("IncludeHistory"), QStringLiteral("N"));
    w.text(QStringLiteral("IncludeBins"), QStringLiteral("N"));
    w.text(QStringLiteral("IncludeLots"), QStringLiteral("N"));
    w.text(QStringLiteral("IncludeSerials"), QStringLiteral("N"));
    w.text(QStringLiteral("IncludeMovements"), QStringLiteral("N"));
    w.end();
    if (!warehouses.isEmpty()) {
        // The filter goes in <Filter> as attributes; SYSPRO ignores it inside <Option>.
        w.start(QStringLiteral("Filter"));
        w.start(QStringLiteral("Warehouse"));
        w.attribute(QStringLiteral("FilterType"), QStringLiteral("L"));
        w.attribute(QStringLiteral("FilterValue"), warehouses.join(QLatin1Char(',')));
        w.end();
        w.end();
    }
    w.end();
    return w.finish();
}

Result<StockItem> InventoryQuery::parse(const QString& xmlOut)
{
    Result<XmlElement> parsed = XmlElement::parse(xmlOut);
    if (!parsed) {
        return fail(parsed.error());
    }
    if (std::optional<Error> e = SysproErrors::fromXmlOut(*parsed, tr("a stock query"))) {
        return fail(*e);
    }
    const XmlElement* item = parsed->find(u"StockItem");
    if (!item) {
        return fail(Error::permanent(codes::notFound, tr("SYSPRO's stock query answer holds no stock item.")));
    }
    StockItem out;
    out.stockCode = item->childText(u"StockCode");
    out.description = item->childText(u"Description");
    out.stockUom = item->childText(u"StockUom");
    if (const QString price = item->childText(u"SellingPrice"); !price.isEmpty()) {
        Result<FixedDecimal> p = FixedDecimal::parse(price, 5, u"SellingPrice");
        if (!p) {
            return fail(p.error());
        }
        out.sellingPrice = *p;
    }
    for (const XmlElement* wh : parsed->descendants(u"WarehouseItem")) {
        WarehouseStock s;
        s.warehouse = wh->childText(u"Warehouse");
        const std::pair<const char16_t*, FixedDecimal*> fields[] = {
            {u"QtyOnHand", &s.qtyOnHand}, {u"AvailableQty", &s.availableQty}, {u"QtyAllocated", &s.qtyAllocated}};
        for (const auto& [name, target] : fields) {
            const QString text = wh->childText(name);
            if (text.isEmpty()) {
                *target = FixedDecimal(0, 6);
                continue;
            }
            Result<FixedDecimal> q = FixedDecimal::parse(text, 6, QStringView(name));
            if (!q) {
                return fail(q.error());
            }
            *target = *q;
        }
        out.warehouses.append(s);
    }
    return out;
}

} // namespace bridge::syspro
