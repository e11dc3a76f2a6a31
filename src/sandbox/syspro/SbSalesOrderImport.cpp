// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SbSalesOrderImport.h"

#include "sandbox/syspro/SbDecimal.h"
#include "sandbox/syspro/SbXmlOut.h"

#include <QHash>
#include <QSet>

namespace bridge::sandbox::syspro {

namespace {

struct Options {
    bool validate = false;
    QString ignoreWarnings = QStringLiteral("N");
    QString allowDuplicates = QStringLiteral("N");
    QString checkPo = QStringLiteral("Y");
    QString allocation = QStringLiteral("F");
    bool alwaysUsePriceEntered = false;
    bool allowZeroPrice = false;
    bool warnIfOnHold = false;
    QString orderStatus = QStringLiteral("1");
};

Options readOptions(const SbXmlNode& parameters)
{
    Options o;
    const SbXmlNode* p = parameters.child(u"Parameters");
    if (!p) {
        return o;
    }
    const auto v = [p](const char16_t* name, const QString& fallback) {
        const QString value = p->value(QStringView(name)).toUpper();
        return value.isEmpty() ? fallback : value;
    };
    o.validate = v(u"Process", QStringLiteral("IMPORT")) == QLatin1String("VALIDATE");
    o.ignoreWarnings = v(u"IgnoreWarnings", o.ignoreWarnings);
    o.allowDuplicates = v(u"AllowDuplicateOrderNumbers", o.allowDuplicates);
    o.checkPo = v(u"CheckForCustomerPoNumbers", o.checkPo);
    o.allocation = v(u"AllocationAction", o.allocation);
    o.alwaysUsePriceEntered = v(u"AlwaysUsePriceEntered", QStringLiteral("N")) == QLatin1String("Y");
    o.allowZeroPrice = v(u"AllowZeroPrice", QStringLiteral("N")) == QLatin1String("Y");
    o.warnIfOnHold = v(u"WarnIfCustomerOnHold", QStringLiteral("N")) == QLatin1String("Y");
    o.orderStatus = v(u"OrderStatus", o.orderStatus);
    return o;
}

struct Checked {
    SbSalesOrder order;
    QHash<const SbXmlNode*, QStringList> errors;
    QStringList warnings;
    QString backOrderComment;
    QHash<QString, qint64> allocations; ///< "stock|warehouse" -> quantity to allocate
};

} // namespace

QByteArray SbSalesOrderImport::post(const SbXmlNode& parameters, const SbXmlNode& xmlIn)
{
    const Options opt = readOptions(parameters);
    SbXmlOut out(m_version);
    out.root(QStringLiteral("SalesOrders"));

    int processed = 0;
    int invalid = 0;
    int processedWithWarnings = 0;
    int rejectedWithWarnings = 0;
    QSet<QString> batchPos; // customer|po taken earlier in this call
    QList<const SbXmlNode*> echoes;
    QList<QHash<const SbXmlNode*, QStringList>> echoErrors;

    for (const SbXmlNode* orderNode : xmlIn.all(u"Orders")) {
        Checked c;
        const SbXmlNode* header = orderNode->child(u"OrderHeader");
        static const SbXmlNode emptyNode;
        const SbXmlNode& h = header ? *header : emptyNode;
        const auto headerError = [&](const QString& text) { c.errors[header ? header : orderNode].append(text); };

        const QString po = h.value(u"CustomerPoNumber");
        const QString action =
            h.value(u"OrderActionType").isEmpty() ? QStringLiteral("A") : h.value(u"OrderActionType").toUpper();
        QString customerCode = h.value(u"Customer");
        c.order.customerPoNumber = po;
        c.order.orderStatus = opt.orderStatus;
        c.order.orderDate = QDate::fromString(h.value(u"OrderDate"), Qt::ISODate);
        if (!c.order.orderDate.isValid()) {
            c.order.orderDate = m_company.companyDate;
        }
        if (action != QLatin1String("A")) {
            headerError(QStringLiteral("Order action type '%1' is not supported by the sandbox").arg(action));
        }
        if (po.isEmpty() && opt.checkPo == QLatin1String("Y")) {
            headerError(QStringLiteral("Customer purchase order number is required"));
        }
        if (po.size() > 30) {
            headerError(QStringLiteral("Customer purchase order number '%1' exceeds 30 characters").arg(po));
        }
        const auto customer = m_company.customers.constFind(customerCode);
        if (customerCode.isEmpty()) {
            headerError(QStringLiteral("Customer is required"));
        } else if (customer == m_company.customers.constEnd()) {
            headerError(QStringLiteral("Customer '%1' not on file").arg(customerCode));
        } else if (customer->onHold) {
            if (opt.warnIfOnHold) {
                c.warnings.append(QStringLiteral("Customer '%1' is on hold").arg(customerCode));
            } else {
                headerError(QStringLiteral("Customer '%1' is on hold").arg(customerCode));
            }
        }
        c.order.customer = customerCode;
        // Duplicate customer PO numbers (AllowDuplicateOrderNumbers N/Y/A with the company check).
        if (!po.isEmpty() && opt.allowDuplicates != QLatin1String("A") &&
            (opt.allowDuplicates == QLatin1String("N") || m_company.duplicatePoCheck)) {
            const QString existing = m_company.orderByCustomerPo.value(customerCode + QLatin1Char('|') + po);
            if (!existing.isEmpty()) {
                headerError(QStringLiteral("Customer purchase order number '%1' already exists for customer '%2' on "
                                           "sales order %3")
                                .arg(po, customerCode, existing));
            } else if (batchPos.contains(customerCode + QLatin1Char('|') + po)) {
                headerError(QStringLiteral("Customer purchase order number '%1' already exists for customer '%2'")
                                .arg(po, customerCode));
            }
        }
        for (int i = 1; i <= 5; ++i) {
            if (h.value(QStringLiteral("ShipAddress%1").arg(i)).size() > 40) {
                headerError(QStringLiteral("Ship address line %1 exceeds 40 characters").arg(i));
            }
        }

        const SbXmlNode* details = orderNode->child(u"OrderDetails");
        const QString headerWarehouse = h.value(u"Warehouse");
        QSet<int> lineNumbers;
        if (details) {
            for (const SbXmlNode& line : details->children) {
                const auto lineError = [&](const QString& text) { c.errors[&line].append(text); };
                SbOrderLine l;
                bool ok = false;
                l.line = line.value(u"CustomerPoLine").toInt(&ok);
                if (!ok || l.line < 1 || l.line > 9999 || lineNumbers.contains(l.line)) {
                    lineError(QStringLiteral("Customer PO line '%1' is invalid").arg(line.value(u"CustomerPoLine")));
                }
                lineNumbers.insert(l.line);
                const QString lineAction = line.value(u"LineActionType").toUpper();
                if (!lineAction.isEmpty() && lineAction != QLatin1String("A")) {
                    lineError(QStringLiteral("Line action type must be 'A' when adding an order"));
                }
                if (line.named(u"StockLine")) {
                    l.type = QStringLiteral("Merchandise");
                    l.stockCode = line.value(u"StockCode");
                    l.warehouse = line.value(u"Warehouse");
                    if (l.warehouse.isEmpty()) {
                        l.warehouse = headerWarehouse.isEmpty() ? m_company.defaultWarehouse : headerWarehouse;
                    }
                    const auto stock = m_company.stock.constFind(l.stockCode);
                    const std::optional<qint64> qty = SbDecimal::parse(line.value(u"OrderQty"), 6);
                    if (!qty || *qty == 0) {
                        lineError(QStringLiteral("Order quantity '%1' is not numeric").arg(line.value(u"OrderQty")));
                    }
                    const QString priceText = line.value(u"Price");
                    std::optional<qint64> price;
                    if (!priceText.isEmpty()) {
                        price = SbDecimal::parse(priceText, 5);
                        if (!price) {
                            lineError(QStringLiteral("Price '%1' is not numeric").arg(priceText));
                        }
                    }
                    if (stock == m_company.stock.constEnd()) {
                        lineError(QStringLiteral("Stock code '%1' not found").arg(l.stockCode));
                        continue;
                    }
                    if (!stock->warehouses.contains(l.warehouse)) {
                        lineError(QStringLiteral("Warehouse '%1' not found for stock code '%2'")
                                      .arg(l.warehouse, l.stockCode));
                        continue;
                    }
                    l.description = line.value(u"StockDescription").isEmpty() ? stock->description
                                                                              : line.value(u"StockDescription");
                    l.uom = line.value(u"OrderUom").isEmpty() ? stock->uom : line.value(u"OrderUom");
                    l.price =
                        (opt.alwaysUsePriceEntered || line.value(u"AlwaysUsePriceEntered") == QLatin1String("Y")) &&
                                price
                            ? *price
                            : stock->sellingPrice;
                    if (l.price == 0 && !opt.allowZeroPrice) {
                        lineError(QStringLiteral("Zero price is not allowed for stock code '%1'").arg(l.stockCode));
                    }
                    if (!qty) {
                        continue;
                    }
                    l.orderQty = *qty;
                    const QString key = l.stockCode + QLatin1Char('|') + l.warehouse;
                    const SbWarehouseQty wh = stock->warehouses.value(l.warehouse);
                    const qint64 available = wh.onHand - wh.allocated - c.allocations.value(key);
                    QString allocation = line.value(u"AllocationAction").toUpper();
                    if (allocation.isEmpty()) {
                        allocation = opt.allocation;
                    }
                    if (l.orderQty < 0) {
                        l.shipQty = l.orderQty;
                    } else if (allocation == QLatin1String("B")) {
                        l.backOrderQty = l.orderQty;
                    } else if (allocation == QLatin1String("A")) {
                        l.shipQty = qBound<qint64>(0, available, l.orderQty);
                        l.backOrderQty = l.orderQty - l.shipQty;
                    } else { // F: only if the full quantity is available
                        l.shipQty = available >= l.orderQty ? l.orderQty : 0;
                        l.backOrderQty = l.orderQty - l.shipQty;
                    }
                    c.allocations[key] += l.shipQty;
                    if (l.backOrderQty > 0) {
                        c.warnings.append(QStringLiteral("Line %1 stock code '%2': quantity %3 placed on back order")
                                              .arg(l.line)
                                              .arg(l.stockCode, SbDecimal::format(l.backOrderQty, 6)));
                    }
                    l.value = SbDecimal::multiply(l.orderQty, 6, l.price, 5, 2);
                } else if (line.named(u"FreightLine")) {
                    l.type = QStringLiteral("Freight");
                    const std::optional<qint64> v = SbDecimal::parse(line.value(u"FreightValue"), 2);
                    if (!v) {
                        lineError(QStringLiteral("Freight value '%1' is not numeric").arg(line.value(u"FreightValue")));
                        continue;
                    }
                    l.value = *v;
                } else if (line.named(u"MiscChargeLine")) {
                    l.type = QStringLiteral("Misc");
                    const std::optional<qint64> v = SbDecimal::parse(line.value(u"MiscChargeValue"), 2);
                    if (!v) {
                        lineError(QStringLiteral("Miscellaneous charge value '%1' is not numeric")
                                      .arg(line.value(u"MiscChargeValue")));
                        continue;
                    }
                    l.value = *v;
                    l.description = line.value(u"MiscDescription");
                    if (l.description.size() > 100) {
                        lineError(QStringLiteral("Miscellaneous description exceeds 100 characters"));
                    }
                } else if (line.named(u"CommentLine")) {
                    l.type = QStringLiteral("Comment");
                    l.description = line.value(u"Comment");
                    if (l.description.size() > 100) {
                        lineError(QStringLiteral("Comment exceeds 100 characters"));
                    }
                } else {
                    continue; // SYSPRO 8 silently ignores elements it does not know
                }
                c.order.lines.append(l);
            }
        }
        if (c.order.lines.isEmpty() && c.errors.isEmpty()) {
            headerError(QStringLiteral("Order has no detail lines"));
        }

        const bool warningsAreErrors = opt.ignoreWarnings == QLatin1String("N") && !c.warnings.isEmpty();
        if (warningsAreErrors) {
            for (const QString& w : std::as_const(c.warnings)) {
                headerError(w);
            }
        }
        if (!c.errors.isEmpty()) {
            ++invalid;
            if (warningsAreErrors) {
                ++rejectedWithWarnings;
            }
            out.open(QStringLiteral("Order"));
            out.leaf(QStringLiteral("CustomerPoNumber"), po);
            out.empty(QStringLiteral("SalesOrder"));
            out.leaf(QStringLiteral("OrderActionType"), action);
            out.close();
            echoes.append(orderNode);
            echoErrors.append(c.errors);
            continue;
        }
        batchPos.insert(customerCode + QLatin1Char('|') + po);
        const QStringList warnings = opt.ignoreWarnings == QLatin1String("Y") ? QStringList() : c.warnings;
        ++processed;
        if (!warnings.isEmpty()) {
            ++processedWithWarnings;
        }
        if (opt.validate) {
            echoes.append(orderNode);
            echoErrors.append(QHash<const SbXmlNode*, QStringList>());
            continue;
        }
        // Import: number, allocations, SorMaster.
        c.order.salesOrder = m_company.allocateSalesOrder();
        for (auto it = c.allocations.cbegin(); it != c.allocations.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('|'));
            m_company.stock[parts.at(0)].warehouses[parts.at(1)].allocated += it.value();
        }
        bool backOrdered = false;
        for (const SbOrderLine& l : std::as_const(c.order.lines)) {
            backOrdered = backOrdered || l.backOrderQty > 0;
        }
        m_company.addSalesOrder(c.order);
        if (warnings.isEmpty() && !m_cleanImportReturnsOrder) {
            continue; // clean import: StatusOfItems only, no order number (SYSPRO 8.0.161)
        }
        out.open(QStringLiteral("Order"));
        out.leaf(QStringLiteral("CustomerPoNumber"), po);
        out.leaf(QStringLiteral("SalesOrder"), c.order.salesOrder);
        out.leaf(QStringLiteral("OrderActionType"), action);
        if (backOrdered) {
            out.leaf(QStringLiteral("BackOrderComment"),
                     QStringLiteral("Back order created for sales order %1")
                         .arg(SbXmlOut::zeroPadded(c.order.salesOrder.toLongLong(), 15)));
        }
        if (!warnings.isEmpty()) {
            out.open(QStringLiteral("WarningMessages"));
            for (const QString& w : warnings) {
                out.leaf(QStringLiteral("WarningDescription"), w);
            }
            out.close();
        }
        out.close();
    }

    for (qsizetype i = 0; i < echoes.size(); ++i) {
        out.echo(*echoes.at(i), echoErrors.at(i));
    }
    out.open(QStringLiteral("StatusOfItems"));
    out.leaf(QStringLiteral("ItemsProcessed"), SbXmlOut::zeroPadded(processed, 6));
    out.leaf(QStringLiteral("ItemsInvalid"), SbXmlOut::zeroPadded(invalid, 6));
    out.leaf(QStringLiteral("ItemsRejectedWithWarnings"), SbXmlOut::zeroPadded(rejectedWithWarnings, 6));
    out.leaf(QStringLiteral("ItemsProcessedWithWarnings"), SbXmlOut::zeroPadded(processedWithWarnings, 6));
    out.close();
    if (opt.validate) {
        out.open(QStringLiteral("ValidationStatus"));
        out.leaf(QStringLiteral("Status"), invalid == 0 ? QStringLiteral("Successful") : QStringLiteral("Failed"));
        out.close();
    }
    return out.finish();
}

} // namespace bridge::sandbox::syspro
