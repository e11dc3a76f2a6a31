// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SalesOrderImport.h"

#include "syspro/SysproErrors.h"
#include "syspro/XmlElement.h"
#include "syspro/XmlInWriter.h"

#include <QHash>
#include <QSet>

namespace bridge::syspro {

namespace {

QString yn(bool value)
{
    return value ? QStringLiteral("Y") : QStringLiteral("N");
}

int countOf(const XmlElement* status, QStringView name)
{
    if (!status) {
        return 0;
    }
    bool ok = false;
    const int n = status->childText(name).toInt(&ok);
    return ok ? n : 0;
}

struct WriteLine {
    XmlInWriter& w;
    void operator()(const StockLine& l) const
    {
        w.start(QStringLiteral("StockLine"));
        w.integer(QStringLiteral("CustomerPoLine"), l.customerPoLine);
        w.text(QStringLiteral("LineActionType"), QStringLiteral("A"));
        w.text(QStringLiteral("StockCode"), l.stockCode);
        w.text(QStringLiteral("StockDescription"), l.stockDescription);
        w.text(QStringLiteral("Warehouse"), l.warehouse);
        w.decimal(QStringLiteral("OrderQty"), l.orderQty, NumericFormat::quantity());
        w.text(QStringLiteral("OrderUom"), l.orderUom);
        if (l.price) {
            w.decimal(QStringLiteral("Price"), *l.price, NumericFormat::price());
            w.text(QStringLiteral("PriceUom"), l.priceUom.isEmpty() ? l.orderUom : l.priceUom);
        }
        w.text(QStringLiteral("AllocationAction"), l.allocationAction);
        w.end();
    }
    void operator()(const FreightLine& l) const
    {
        w.start(QStringLiteral("FreightLine"));
        w.integer(QStringLiteral("CustomerPoLine"), l.customerPoLine);
        w.text(QStringLiteral("LineActionType"), QStringLiteral("A"));
        w.money(QStringLiteral("FreightValue"), l.freightValue);
        w.text(QStringLiteral("FreightTaxCode"), l.freightTaxCode);
        w.end();
    }
    void operator()(const MiscChargeLine& l) const
    {
        w.start(QStringLiteral("MiscChargeLine"));
        w.integer(QStringLiteral("CustomerPoLine"), l.customerPoLine);
        w.text(QStringLiteral("LineActionType"), QStringLiteral("A"));
        w.money(QStringLiteral("MiscChargeValue"), l.miscChargeValue);
        w.text(QStringLiteral("MiscProductClass"), l.miscProductClass);
        w.text(QStringLiteral("MiscTaxCode"), l.miscTaxCode);
        w.text(QStringLiteral("MiscDescription"), l.miscDescription);
        w.end();
    }
    void operator()(const CommentLine& l) const
    {
        w.start(QStringLiteral("CommentLine"));
        w.integer(QStringLiteral("CustomerPoLine"), l.customerPoLine);
        w.text(QStringLiteral("LineActionType"), QStringLiteral("A"));
        w.text(QStringLiteral("Comment"), l.comment);
        if (l.attachedLineNumber) {
            w.integer(QStringLiteral("AttachedLineNumber"), *l.attachedLineNumber);
        }
        w.text(QStringLiteral("CommentType"), l.commentType);
        w.end();
    }
};

QList<SectionError> sectionErrors(const XmlElement& echo)
{
    QList<SectionError> out;
    for (const XmlElement& section : echo.children()) {
        if (section.is(u"OrderDetails")) {
            for (const XmlElement& line : section.children()) {
                bool ok = false;
                const int poLine = line.childText(u"CustomerPoLine").toInt(&ok);
                for (const QString& text : SysproErrors::errorDescriptions(line)) {
                    out.append({line.name(), ok ? poLine : 0, line.childText(u"StockCode"), text});
                }
            }
        } else {
            for (const QString& text : SysproErrors::errorDescriptions(section)) {
                out.append({section.is(u"OrderHeader") ? QStringLiteral("OrderHeader") : QStringLiteral("Order"), 0,
                            QString(), text});
            }
        }
    }
    return out;
}

QString describe(const SectionError& e)
{
    if (e.section == QLatin1String("OrderHeader") || e.section == QLatin1String("Order")) {
        return QCoreApplication::translate("bridge::syspro::SalesOrderImport", "%1 (order header)").arg(e.description);
    }
    if (!e.stockCode.isEmpty()) {
        return QCoreApplication::translate("bridge::syspro::SalesOrderImport", "%1 (order line %2, stock code %3)")
            .arg(e.description)
            .arg(e.customerPoLine)
            .arg(e.stockCode);
    }
    return QCoreApplication::translate("bridge::syspro::SalesOrderImport", "%1 (order line %2, %3)")
        .arg(e.description)
        .arg(e.customerPoLine)
        .arg(e.section);
}

} // namespace

Error SalesOrderOutcome::toError(const QString& company) const
{
    QStringList parts;
    for (const SectionError& e : errors) {
        parts.append(describe(e));
    }
    if (parts.isEmpty()) {
        parts.append(QCoreApplication::translate("bridge::syspro::SalesOrderImport", "no reason was given"));
    }
    return Error::permanent(codes::business,
                            QCoreApplication::translate("bridge::syspro::SalesOrderImport",
                                                        "SYSPRO company %1 rejected sales order %2: %3. Correct the "
                                                        "order (or the mapping) and replay it.")
                                .arg(company, customerPoNumber, parts.join(QStringLiteral("; "))),
                            parts.join(QLatin1Char('\n')));
}

const SalesOrderOutcome* SalesOrderImportResult::find(const QString& customerPoNumber) const
{
    for (const SalesOrderOutcome& o : orders) {
        if (o.customerPoNumber == customerPoNumber) {
            return &o;
        }
    }
    return nullptr;
}

Result<QString> SalesOrderImport::buildParameters(const SortoiParameters& p)
{
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(QStringLiteral("SalesOrders"));
    w.start(QStringLiteral("Parameters"));
    w.text(QStringLiteral("Process"), p.validateOnly ? QStringLiteral("VALIDATE") : QStringLiteral("IMPORT"));
    w.text(QStringLiteral("InBoxMsgReqd"), yn(p.inBoxMsgReqd));
    w.text(QStringLiteral("CustomerToUse"), p.customerToUse);
    w.text(QStringLiteral("WarehouseListToUse"), p.warehouseListToUse);
    w.text(QStringLiteral("TypeOfOrder"), p.typeOfOrder);
    w.text(QStringLiteral("OrderStatus"), p.orderStatus);
    w.text(QStringLiteral("AcceptOrdersIfNoCredit"), yn(p.acceptOrdersIfNoCredit));
    w.text(QStringLiteral("AllowDuplicateOrderNumbers"), p.allowDuplicateOrderNumbers);
    w.text(QStringLiteral("CheckForCustomerPoNumbers"), p.checkForCustomerPoNumbers);
    w.text(QStringLiteral("AlwaysUsePriceEntered"), yn(p.alwaysUsePriceEntered));
    w.text(QStringLiteral("AllowZeroPrice"), yn(p.allowZeroPrice));
    w.text(QStringLiteral("AllocationAction"), p.allocationAction);
    w.text(QStringLiteral("IgnoreWarnings"), p.ignoreWarnings);
    w.text(QStringLiteral("WarnIfCustomerOnHold"), yn(p.warnIfCustomerOnHold));
    w.end();
    w.end();
    return w.finish();
}

Result<QString> SalesOrderImport::buildXmlIn(const QList<SalesOrder>& orders, const FieldLimits& limits)
{
    if (orders.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("syspro.no_orders"), tr("There are no sales orders to send.")));
    }
    XmlInWriter w(limits);
    QSet<QString> seen;
    w.start(QStringLiteral("SalesOrders"));
    for (const SalesOrder& order : orders) {
        if (order.customerPoNumber.trimmed().isEmpty()) {
            w.setError(
                Error::permanent(QStringLiteral("syspro.po_missing"),
                                 tr("A sales order for customer %1 has no customer PO number. The bridge uses it "
                                    "to find the order in SYSPRO; set it in the mapping.")
                                     .arg(order.customer)));
        }
        if (seen.contains(order.customerPoNumber)) {
            w.setError(Error::permanent(QStringLiteral("syspro.po_repeated"),
                                        tr("Sales order %1 appears twice in one SYSPRO call; send the second one in a "
                                           "later call.")
                                            .arg(order.customerPoNumber)));
        }
        seen.insert(order.customerPoNumber);
        w.setLocation(tr("sales order %1, header").arg(order.customerPoNumber));
        w.start(QStringLiteral("Orders"));
        w.start(QStringLiteral("OrderHeader"));
        w.text(QStringLiteral("CustomerPoNumber"), order.customerPoNumber);
        w.text(QStringLiteral("OrderActionType"), order.orderActionType);
        w.text(QStringLiteral("Customer"), order.customer);
        if (order.orderDate.isValid()) {
            w.text(QStringLiteral("OrderDate"), order.orderDate.toString(Qt::ISODate));
        }
        w.text(QStringLiteral("CustomerName"), order.customerName);
        for (int i = 0; i < order.shipAddress.size() && i < 5; ++i) {
            w.text(QStringLiteral("ShipAddress%1").arg(i + 1), order.shipAddress.at(i));
        }
        if (order.shipAddress.size() > 5) {
            w.setError(Error::permanent(QStringLiteral("syspro.address_lines"),
                                        tr("Sales order %1 has %2 ship-to address lines; SYSPRO takes at most 5.")
                                            .arg(order.customerPoNumber)
                                            .arg(order.shipAddress.size())));
        }
        w.text(QStringLiteral("ShipPostalCode"), order.shipPostalCode);
        w.text(QStringLiteral("Email"), order.email);
        w.text(QStringLiteral("Warehouse"), order.warehouse);
        w.text(QStringLiteral("ShippingInstrs"), order.shippingInstrs);
        w.text(QStringLiteral("SpecialInstrs"), order.specialInstrs);
        w.text(QStringLiteral("AlternateReference"), order.alternateReference);
        w.text(QStringLiteral("SalesOrder"), order.salesOrder);
        w.end();
        w.start(QStringLiteral("OrderDetails"));
        // SYSPRO expects detail lines in CustomerPoLine order.
        QList<SalesOrderLine> lines = order.lines;
        std::stable_sort(lines.begin(), lines.end(), [](const SalesOrderLine& a, const SalesOrderLine& b) {
            return SalesOrder::lineNumber(a) < SalesOrder::lineNumber(b);
        });
        QSet<int> lineNumbers;
        for (const SalesOrderLine& line : lines) {
            const int number = SalesOrder::lineNumber(line);
            if (number < 1 || number > 9999 || lineNumbers.contains(number)) {
                w.setError(Error::permanent(QStringLiteral("syspro.line_number"),
                                            tr("Sales order %1 has line number %2 missing, out of range or repeated; "
                                               "SYSPRO needs unique line numbers from 1 to 9999.")
                                                .arg(order.customerPoNumber)
                                                .arg(number)));
            }
            lineNumbers.insert(number);
            w.setLocation(tr("sales order %1, order line %2").arg(order.customerPoNumber).arg(number));
            std::visit(WriteLine{w}, line);
        }
        w.end();
        w.end();
    }
    w.end();
    return w.finish();
}

Result<SalesOrderImportResult> SalesOrderImport::parse(const QString& xmlOut, const QStringList& sentPoNumbers,
                                                       bool validateOnly)
{
    Result<XmlElement> parsed = XmlElement::parse(xmlOut);
    if (!parsed) {
        return fail(parsed.error());
    }
    const XmlElement& root = *parsed;
    SalesOrderImportResult result;
    const XmlElement* status = root.find(u"StatusOfItems");
    result.itemsProcessed = countOf(status, u"ItemsProcessed");
    result.itemsInvalid = countOf(status, u"ItemsInvalid");
    result.itemsProcessedWithWarnings = countOf(status, u"ItemsProcessedWithWarnings");
    result.itemsRejectedWithWarnings = countOf(status, u"ItemsRejectedWithWarnings");
    if (const XmlElement* validation = root.find(u"ValidationStatus")) {
        result.validationSucceeded = validation->childText(u"Status").compare(u"Successful", Qt::CaseInsensitive) == 0;
    }

    // Order blocks (shapes 1, 2, 4) and echoed input sections with errors (shape 4, validate).
    QHash<QString, const XmlElement*> orderBlocks;
    for (const XmlElement* block : root.descendants(u"Order")) {
        orderBlocks.insert(block->childText(u"CustomerPoNumber"), block);
    }
    QHash<QString, QList<SectionError>> echoErrors;
    for (const XmlElement* echo : root.descendants(u"Orders")) {
        const QString po = echo->pathText(u"OrderHeader/CustomerPoNumber");
        echoErrors[po].append(sectionErrors(*echo));
    }
    // Errors outside any order (a document-level failure) apply to every order.
    QStringList documentErrors;
    for (const XmlElement& c : root.children()) {
        if (!c.is(u"Order") && !c.is(u"Orders")) {
            documentErrors.append(SysproErrors::errorDescriptions(c));
        }
    }

    int unexplained = result.itemsInvalid;
    for (const QString& po : sentPoNumbers) {
        if (!echoErrors.value(po).isEmpty()) {
            --unexplained;
        }
    }
    for (const QString& po : sentPoNumbers) {
        SalesOrderOutcome outcome;
        outcome.customerPoNumber = po;
        outcome.errors = echoErrors.value(po);
        const XmlElement* block = orderBlocks.value(po);
        if (block) {
            outcome.salesOrder = block->childText(u"SalesOrder");
            outcome.warnings = SysproErrors::warningDescriptions(*block);
            for (const QString& text : SysproErrors::errorDescriptions(*block)) {
                outcome.errors.append({QStringLiteral("Order"), 0, QString(), text});
            }
        }
        for (const QString& text : documentErrors) {
            outcome.errors.append({QStringLiteral("Order"), 0, QString(), text});
        }
        if (validateOnly) {
            const bool failed =
                !outcome.errors.isEmpty() ||
                (result.validationSucceeded && !*result.validationSucceeded && sentPoNumbers.size() == 1);
            outcome.status = failed ? SalesOrderOutcome::Status::Rejected : SalesOrderOutcome::Status::Validated;
        } else if (!outcome.errors.isEmpty()) {
            outcome.status = SalesOrderOutcome::Status::Rejected;
        } else if (block && !outcome.salesOrder.isEmpty()) {
            outcome.status = SalesOrderOutcome::Status::Created;
        } else if (block) {
            // Empty <SalesOrder/> without error text: rejected, reason not given.
            outcome.status = SalesOrderOutcome::Status::Rejected;
        } else if (unexplained <= 0 && (status != nullptr)) {
            outcome.status = SalesOrderOutcome::Status::CreatedNumberUnknown; // shape 3: counts only
        } else {
            outcome.status = SalesOrderOutcome::Status::Unknown;
        }
        result.orders.append(outcome);
    }
    return result;
}

} // namespace bridge::syspro
