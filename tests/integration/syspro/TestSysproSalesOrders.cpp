// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "SysproTestFixture.h"

#include "syspro/SysproErrors.h"

#include <QTest>

using namespace bridge;
using namespace bridge::syspro;
using namespace bridge::syspro::test;
using Status = SalesOrderOutcome::Status;

namespace {

FixedDecimal qty(const char* text)
{
    return *FixedDecimal::parse(QString::fromLatin1(text), 6);
}
FixedDecimal price(const char* text)
{
    return *FixedDecimal::parse(QString::fromLatin1(text), 5);
}

SalesOrder order(const QString& po, const QString& customer = QStringLiteral("WEB001"),
                 const QString& stockCode = QStringLiteral("A100"), const char* quantity = "2")
{
    SalesOrder o;
    o.customerPoNumber = po;
    o.customer = customer;
    o.orderDate = QDate(2026, 1, 15);
    o.customerName = QStringLiteral("J\u00e9r\u00f4me M\u00fcller");
    o.shipAddress = {QStringLiteral("1 Rue de la Paix"), QStringLiteral("Paris")};
    StockLine s;
    s.customerPoLine = 1;
    s.stockCode = stockCode;
    s.warehouse = QStringLiteral("FG");
    s.orderQty = qty(quantity);
    s.orderUom = QStringLiteral("EA");
    s.price = price("10.5");
    o.lines.append(s);
    o.lines.append(FreightLine{2, Money(495, Currency::of("GBP")), {}});
    o.lines.append(MiscChargeLine{3, Money(150, Currency::of("GBP")), QStringLiteral("Gift wrap \u00a31.50"), {}, {}});
    o.lines.append(CommentLine{4, QStringLiteral("Leave with neighbour"), {}, {}});
    return o;
}

std::optional<Result<SalesOrderImportResult>> import(SysproClient& client, const QList<SalesOrder>& orders,
                                                     SortoiParameters params = {})
{
    return await<SalesOrderImportResult>(
        [&](QObject* ctx, auto done) { client.importSalesOrders(orders, params, ctx, done); });
}

} // namespace

class TestSysproSalesOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanImportIsLookedUpByPoNumber()
    {
        auto rig = SysproRig::start(); // default: clean import returns StatusOfItems only
        QVERIFY(rig);
        const auto r = import(*rig->client, {order(QStringLiteral("OPY-1"))});
        SYSPRO_VERIFY_OK(r);
        const SalesOrderOutcome& o = (*r)->orders.first();
        QCOMPARE(o.status, Status::Created);
        QCOMPARE(o.salesOrder, QStringLiteral("000102")); // seeded company's next number, six digits
        QCOMPARE((*r)->itemsProcessed, 1);
        // The order really is in SYSPRO, with every line.
        const auto& so = rig->sandbox->company().salesOrders.value(QStringLiteral("000102"));
        QCOMPARE(so.customerPoNumber, QStringLiteral("OPY-1"));
        QCOMPARE(so.lines.size(), 4);
        QCOMPARE(so.lines.at(0).orderQty, 2'000'000);
        QCOMPARE(so.lines.at(0).price, 1'050'000);
        QCOMPARE(so.lines.at(1).value, 495);
        const auto detail = await<SalesOrderDetail>(
            [&](QObject* ctx, auto done) { rig->client->querySalesOrder(o.salesOrder, ctx, done); });
        SYSPRO_VERIFY_OK(detail);
        QCOMPARE((*detail)->customerPoNumber, QStringLiteral("OPY-1"));
        QCOMPARE((*detail)->lines.size(), 1);
        QCOMPARE((*detail)->lines.first().orderQty, qty("2"));
        QCOMPARE((*detail)->lines.first().price, price("10.50"));
    }

    void cleanImportWithOrderBlockNeedsNoLookUp()
    {
        sandbox::syspro::SysproSandboxConfig config;
        config.cleanImportReturnsOrder = true;
        auto rig = SysproRig::start(config);
        QVERIFY(rig);
        const quint64 before = rig->sandbox->businessObjectCalls();
        const auto r = import(*rig->client, {order(QStringLiteral("OPY-2"))});
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->orders.first().status, Status::Created);
        QCOMPARE((*r)->orders.first().salesOrder, QStringLiteral("000102"));
        QCOMPARE(rig->sandbox->businessObjectCalls() - before, quint64(1)); // no COMFND
    }

    void backOrderWarningReturnsTheNumber()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = import(*rig->client,
                              {order(QStringLiteral("OPY-3"), QStringLiteral("WEB001"), QStringLiteral("B200"), "8")});
        SYSPRO_VERIFY_OK(r);
        const SalesOrderOutcome& o = (*r)->orders.first();
        QCOMPARE(o.status, Status::Created);
        QVERIFY(!o.salesOrder.isEmpty());
        QCOMPARE(o.warnings.size(), 1);
        QVERIFY2(o.warnings.first().contains(QStringLiteral("back order")), qPrintable(o.warnings.first()));
        QCOMPARE((*r)->itemsProcessedWithWarnings, 1);
        // AllocationAction A: the 5 available are allocated, 3 go to back order.
        const auto& wh =
            rig->sandbox->company().stock.value(QStringLiteral("B200")).warehouses.value(QStringLiteral("FG"));
        QCOMPARE(wh.allocated, 5'000'000);
    }

    void multiOrderCallIsolatesTheBadOrder()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        SalesOrder bad = order(QStringLiteral("OPY-BAD"), QStringLiteral("WEB001"), QStringLiteral("NOPE99"));
        const auto r = import(*rig->client, {order(QStringLiteral("OPY-10")), bad,
                                             order(QStringLiteral("OPY-11"), QStringLiteral("C00010"))});
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->orders.size(), 3);
        QCOMPARE((*r)->orders.at(0).status, Status::Created);
        QCOMPARE((*r)->orders.at(2).status, Status::Created);
        QVERIFY((*r)->orders.at(0).salesOrder != (*r)->orders.at(2).salesOrder);
        const SalesOrderOutcome& rejected = (*r)->orders.at(1);
        QCOMPARE(rejected.status, Status::Rejected);
        QCOMPARE(rejected.errors.size(), 1);
        QCOMPARE(rejected.errors.first().section, QStringLiteral("StockLine"));
        QCOMPARE(rejected.errors.first().customerPoLine, 1);
        QCOMPARE(rejected.errors.first().stockCode, QStringLiteral("NOPE99"));
        const Error e = rejected.toError(QStringLiteral("1"));
        QVERIFY2(e.message.contains(QStringLiteral("NOPE99")) && e.message.contains(QStringLiteral("order line 1")) &&
                     e.message.contains(QStringLiteral("company 1")),
                 qPrintable(e.message));
        QCOMPARE((*r)->itemsInvalid, 1);
        QCOMPARE((*r)->itemsProcessed, 2);
    }

    void repeatedPoNumberIsRejected()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        SYSPRO_VERIFY_OK(import(*rig->client, {order(QStringLiteral("OPY-20"))}));
        const auto again = import(*rig->client, {order(QStringLiteral("OPY-20"))});
        SYSPRO_VERIFY_OK(again);
        const SalesOrderOutcome& o = (*again)->orders.first();
        QCOMPARE(o.status, Status::Rejected);
        QCOMPARE(o.errors.first().section, QStringLiteral("OrderHeader"));
        QVERIFY(o.errors.first().description.contains(QStringLiteral("already exists")));
        // AllowDuplicateOrderNumbers=A bypasses the check.
        SortoiParameters params;
        params.allowDuplicateOrderNumbers = QStringLiteral("A");
        const auto forced = import(*rig->client, {order(QStringLiteral("OPY-20"))}, params);
        SYSPRO_VERIFY_OK(forced);
        QCOMPARE((*forced)->orders.first().status, Status::Created);
        int count = 0;
        for (const auto& so : rig->sandbox->company().salesOrders) {
            count += so.customerPoNumber == QLatin1String("OPY-20") ? 1 : 0;
        }
        QCOMPARE(count, 2);
    }

    void customerOnHoldIsRejectedUnlessWarned()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = import(*rig->client, {order(QStringLiteral("OPY-30"), QStringLiteral("HOLD01"))});
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->orders.first().status, Status::Rejected);
        QVERIFY((*r)->orders.first().errors.first().description.contains(QStringLiteral("on hold")));
        SortoiParameters params;
        params.warnIfCustomerOnHold = true;
        const auto warned = import(*rig->client, {order(QStringLiteral("OPY-31"), QStringLiteral("HOLD01"))}, params);
        SYSPRO_VERIFY_OK(warned);
        QCOMPARE((*warned)->orders.first().status, Status::Created);
        QVERIFY(!(*warned)->orders.first().warnings.isEmpty());
    }

    void unknownCustomerIsReportedInTheHeader()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = import(*rig->client, {order(QStringLiteral("OPY-40"), QStringLiteral("NOBODY"))});
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->orders.first().status, Status::Rejected);
        QCOMPARE((*r)->orders.first().errors.first().section, QStringLiteral("OrderHeader"));
        QVERIFY((*r)->orders.first().errors.first().description.contains(QStringLiteral("NOBODY")));
    }

    void validateOnlyPostsNothing()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const int before = int(rig->sandbox->company().salesOrders.size());
        SortoiParameters params;
        params.validateOnly = true;
        const auto r = import(*rig->client, {order(QStringLiteral("OPY-50"))}, params);
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->orders.first().status, Status::Validated);
        QCOMPARE((*r)->validationSucceeded, std::optional<bool>(true));
        QCOMPARE(int(rig->sandbox->company().salesOrders.size()), before);
    }

    void tooLongPoNumberFailsBeforeSending()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = import(*rig->client, {order(QString(31, QLatin1Char('X')))});
        QVERIFY(r.has_value() && !r->has_value());
        QCOMPARE(r->error().code, codes::fieldTooLong);
        QVERIFY(r->error().message.contains(QStringLiteral("CustomerPoNumber")));
        QCOMPARE(rig->sandbox->businessObjectCalls(), quint64(0));
    }

    void comfndFindsSeededDataOnFourTables()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const QList<QPair<QString, QString>> tables{{QStringLiteral("ArCustomer"), QStringLiteral("Customer")},
                                                    {QStringLiteral("InvMaster"), QStringLiteral("StockCode")},
                                                    {QStringLiteral("SorMaster"), QStringLiteral("SalesOrder")},
                                                    {QStringLiteral("GenMaster"), QStringLiteral("GlCode")}};
        for (const auto& [table, column] : tables) {
            FindQuery q;
            q.tableName = table;
            q.returnRows = 3;
            const auto r = await<FindResult>([&](QObject* ctx, auto done) { rig->client->find(q, ctx, done); });
            SYSPRO_VERIFY_OK(r);
            QVERIFY2(!(*r)->rows.isEmpty(), qPrintable(table));
            QVERIFY((*r)->rows.size() <= 3);
            QVERIFY2(!(*r)->rows.first().value(column).isEmpty(), qPrintable(table));
        }
        FindQuery like;
        like.tableName = QStringLiteral("InvMaster");
        like.where = {FindCondition{QStringLiteral("Description"), QStringLiteral("LIKE"), QStringLiteral("Cr*")}};
        const auto r = await<FindResult>([&](QObject* ctx, auto done) { rig->client->find(like, ctx, done); });
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->rows.size(), 1);
        QCOMPARE((*r)->rows.first().value(u"Description"), QStringLiteral("Cr\u00e8me br\u00fbl\u00e9e set"));
    }

    void comfndKeyedLookUpReturnsOnlyTheKeysAskedFor()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        for (const char* po : {"PO-K1", "PO-K2", "PO-K3"}) {
            const auto r = import(*rig->client, {order(QString::fromLatin1(po))});
            SYSPRO_VERIFY_OK(r);
        }
        // "CustomerPoNumber EQ a OR … EQ c": the sandbox builds only the rows it keeps.
        const auto found = await<QHash<QString, QString>>([&](QObject* ctx, auto done) {
            rig->client->findSalesOrdersByPo({QStringLiteral("PO-K1"), QStringLiteral("PO-K3")}, ctx, done);
        });
        SYSPRO_VERIFY_OK(found);
        QCOMPARE((*found)->size(), 2);
        QVERIFY((*found)->contains(QStringLiteral("PO-K1")));
        QVERIFY((*found)->contains(QStringLiteral("PO-K3")));
        QVERIFY((*found)->value(QStringLiteral("PO-K1")) != (*found)->value(QStringLiteral("PO-K3")));
    }

    void comfndRefusesAnUnknownColumnEvenOnAnEmptyTable()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        FindQuery q;
        q.tableName = QStringLiteral("ArCshJnlDet"); // no receipts posted yet
        q.where = {FindCondition{QStringLiteral("Referense"), QStringLiteral("EQ"), QStringLiteral("R-1")}};
        const auto r = await<FindResult>([&](QObject* ctx, auto done) { rig->client->find(q, ctx, done); });
        QVERIFY(r);
        QVERIFY(!*r);
        QVERIFY2((*r).error().message.contains(QStringLiteral("Referense")), qPrintable((*r).error().message));
    }

    void stockQueryReadsPaddedQuantities()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = await<StockItem>(
            [&](QObject* ctx, auto done) { rig->client->queryStock(QStringLiteral("A100"), ctx, done); });
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->description, QStringLiteral("Widget, \u00a35 pack"));
        QCOMPARE((*r)->sellingPrice, std::optional<FixedDecimal>(price("5")));
        QCOMPARE((*r)->warehouses.size(), 2);
        QCOMPARE((*r)->warehouses.first().qtyOnHand, qty("100000"));
        QCOMPARE((*r)->warehouses.first().availableQty, qty("99998"));
        const auto missing = await<StockItem>(
            [&](QObject* ctx, auto done) { rig->client->queryStock(QStringLiteral("ZZZ"), ctx, done); });
        QVERIFY(missing.has_value() && !missing->has_value());
        QCOMPARE(missing->error().code, codes::notFound);
    }
};

QTEST_GUILESS_MAIN(TestSysproSalesOrders)
#include "TestSysproSalesOrders.moc"
