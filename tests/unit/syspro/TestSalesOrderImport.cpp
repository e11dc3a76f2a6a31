// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/GenericFind.h"
#include "syspro/GlJournal.h"
#include "syspro/SalesOrderImport.h"
#include "syspro/SysproErrors.h"
#include "syspro/Windows1252.h"
#include "syspro/XmlElement.h"

#include <QFile>
#include <QTest>

using namespace bridge;
using namespace bridge::syspro;
using Status = SalesOrderOutcome::Status;

namespace {
QString fixture(const char* name)
{
    QFile f(QStringLiteral(BRIDGE_TEST_DATA_DIR "/syspro/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return Windows1252::decodeBody(f.readAll());
}

SalesOrder order(const QString& po)
{
    SalesOrder o;
    o.customerPoNumber = po;
    o.customer = QStringLiteral("WEB001");
    o.orderDate = QDate(2025, 1, 31);
    o.lines.append(FreightLine{2, Money(495, Currency::of("GBP")), {}});
    StockLine s;
    s.customerPoLine = 1;
    s.stockCode = QStringLiteral("A100");
    s.warehouse = QStringLiteral("FG");
    s.orderQty = *FixedDecimal::parse(u"2", 6);
    s.orderUom = QStringLiteral("EA");
    s.price = *FixedDecimal::parse(u"10.50", 5);
    o.lines.append(s);
    o.lines.append(CommentLine{3, QStringLiteral("Caf\u00e9 <fragile> & \u00a3"), {}, {}});
    return o;
}
} // namespace

class TestSalesOrderImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsAMultiOrderDocument()
    {
        const auto xml =
            SalesOrderImport::buildXmlIn({order(QStringLiteral("OPY-1")), order(QStringLiteral("OPY-2"))}, {});
        QVERIFY(xml.has_value());
        const auto doc = XmlElement::parse(*xml);
        QVERIFY(doc.has_value());
        QCOMPARE(doc->childrenNamed(u"Orders").size(), 2);
        const XmlElement* details = doc->path(u"Orders/OrderDetails");
        QVERIFY(details);
        QCOMPARE(details->children().at(0).name(), QStringLiteral("StockLine")); // sorted by CustomerPoLine
        QCOMPARE(details->children().at(0).childText(u"Price"), QStringLiteral("10.5"));
        QCOMPARE(details->children().at(0).childText(u"OrderQty"), QStringLiteral("2"));
        QCOMPARE(details->children().at(1).childText(u"FreightValue"), QStringLiteral("4.95"));
        QCOMPARE(details->children().at(2).childText(u"Comment"), QStringLiteral("Caf\u00e9 <fragile> & \u00a3"));
        const auto params = SalesOrderImport::buildParameters({});
        QVERIFY(params->contains(QStringLiteral("<Process>IMPORT</Process>")));
        QVERIFY(params->contains(QStringLiteral("<AllowDuplicateOrderNumbers>N</AllowDuplicateOrderNumbers>")));
    }

    void refusesBadDocumentsBeforeSending()
    {
        QCOMPARE(
            SalesOrderImport::buildXmlIn({order(QStringLiteral("A")), order(QStringLiteral("A"))}, {}).error().code,
            QStringLiteral("syspro.po_repeated"));
        SalesOrder longName = order(QStringLiteral("OPY-3"));
        longName.shipAddress = {QString(41, QLatin1Char('x'))};
        const auto r = SalesOrderImport::buildXmlIn({longName}, {});
        QCOMPARE(r.error().code, codes::fieldTooLong);
        QVERIFY(r.error().message.contains(QStringLiteral("ShipAddress1")));
        QVERIFY(r.error().message.contains(QStringLiteral("OPY-3")));
        FieldLimits truncating;
        truncating.truncate.insert(QStringLiteral("ShipAddress1"), true);
        const auto cut = SalesOrderImport::buildXmlIn({longName}, truncating);
        QVERIFY(cut.has_value());
        QVERIFY(cut->contains(QStringLiteral("<ShipAddress1>") + QString(40, QLatin1Char('x')) + QStringLiteral("</")));
        SalesOrder badLine = order(QStringLiteral("OPY-4"));
        badLine.lines.append(FreightLine{2, Money(1, Currency::of("GBP")), {}});
        QCOMPARE(SalesOrderImport::buildXmlIn({badLine}, {}).error().code, QStringLiteral("syspro.line_number"));
    }

    void shapeWithWarnings()
    {
        const auto r = SalesOrderImport::parse(fixture("sortoi-warnings.xml"), {QStringLiteral("OPY-000123")}, false);
        QVERIFY(r.has_value());
        QCOMPARE(r->orders.first().status, Status::Created);
        QCOMPARE(r->orders.first().salesOrder, QStringLiteral("015574"));
        QCOMPARE(r->orders.first().warnings.size(), 1);
        QCOMPARE(r->itemsProcessedWithWarnings, 1);
    }

    void shapeWithOrderNoWarning()
    {
        const auto r =
            SalesOrderImport::parse(fixture("sortoi-order-no-warning.xml"), {QStringLiteral("OPY-000124")}, false);
        QVERIFY(r.has_value());
        QCOMPARE(r->orders.first().status, Status::Created);
        QCOMPARE(r->orders.first().salesOrder, QStringLiteral("015575"));
        QVERIFY(r->orders.first().warnings.isEmpty());
    }

    void cleanShapeHasNoNumber()
    {
        const auto r = SalesOrderImport::parse(fixture("sortoi-clean.xml"), {QStringLiteral("OPY-000125")}, false);
        QVERIFY(r.has_value());
        QCOMPARE(r->orders.first().status, Status::CreatedNumberUnknown);
        QVERIFY(r->orders.first().salesOrder.isEmpty());
        // ...and the look-up that resolves it.
        const auto find = GenericFind::buildXmlIn(GenericFind::salesOrdersByPo({QStringLiteral("OPY-000125")}));
        QVERIFY(find->contains(QStringLiteral("<TableName>SorMaster</TableName>")));
        QVERIFY(find->contains(QStringLiteral("<Value>OPY-000125</Value>")));
        const auto rows = GenericFind::parse(fixture("comfnd-sormaster.xml"));
        QVERIFY(rows.has_value());
        QCOMPARE(rows->rows.first().value(u"salesorder"), QStringLiteral("015576"));
    }

    void rejectedShapeNamesTheLine()
    {
        const auto r = SalesOrderImport::parse(fixture("sortoi-rejected.xml"), {QStringLiteral("OPY-000126")}, false);
        QVERIFY(r.has_value());
        const SalesOrderOutcome& o = r->orders.first();
        QCOMPARE(o.status, Status::Rejected);
        QCOMPARE(o.errors.size(), 1);
        QCOMPARE(o.errors.first().customerPoLine, 3);
        QCOMPARE(o.errors.first().stockCode, QStringLiteral("ABC123"));
        const Error e = o.toError(QStringLiteral("1"));
        QCOMPARE(
            e.message,
            QStringLiteral("SYSPRO company 1 rejected sales order OPY-000126: Stock code 'ABC123' not found (order "
                           "line 3, stock code ABC123). Correct the order (or the mapping) and replay it."));
    }

    void validateShape()
    {
        const auto r = SalesOrderImport::parse(fixture("sortoi-validate.xml"), {QStringLiteral("OPY-000127")}, true);
        QVERIFY(r.has_value());
        QCOMPARE(r->orders.first().status, Status::Validated);
        QCOMPARE(r->validationSucceeded, std::optional<bool>(true));
    }

    void unbalancedJournalIsRefused()
    {
        GlJournal j;
        j.reference = QStringLiteral("J1");
        j.lines.append({QStringLiteral("1000"), Money(1000, Currency::of("GBP")), {}, {}});
        j.lines.append({QStringLiteral("4000"), Money(-999, Currency::of("GBP")), {}, {}});
        const auto r = GlJournalPost::buildXmlIn(j, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, codes::unbalanced);
        QVERIFY(r.error().message.contains(QStringLiteral("debits 10.00, credits 9.99, difference 0.01")));
        j.lines.last().amount = Money(-1000, Currency::of("GBP"));
        const auto ok = GlJournalPost::buildXmlIn(j, {});
        QVERIFY(ok.has_value());
        QVERIFY(ok->contains(QStringLiteral("<EntryAmount>-10.00</EntryAmount>")));
        const auto key = GlJournalPost::parse(fixture("gentjl.xml"), QStringLiteral("J1"), QStringLiteral("1"));
        QVERIFY(key.has_value());
        QCOMPARE(key->glJournal, QStringLiteral("7"));
        QCOMPARE(key->glPeriod, 1);
    }
};

QTEST_GUILESS_MAIN(TestSalesOrderImport)
#include "TestSalesOrderImport.moc"
