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

SalesOrder order(int n)
{
    SalesOrder o;
    o.customerPoNumber = QStringLiteral("FLT-%1").arg(n, 4, 10, QLatin1Char('0'));
    o.customer = n % 2 ? QStringLiteral("WEB001") : QStringLiteral("C00010");
    StockLine s;
    s.customerPoLine = 1;
    s.stockCode = QStringLiteral("A100");
    s.warehouse = QStringLiteral("FG");
    s.orderQty = *FixedDecimal::parse(u"1", 6);
    s.orderUom = QStringLiteral("EA");
    s.price = *FixedDecimal::parse(u"5", 5);
    o.lines.append(s);
    return o;
}

std::unique_ptr<SysproRig> faultyRig(double rate)
{
    sandbox::syspro::SysproSandboxConfig config;
    config.seed = 20260115;
    auto rig = SysproRig::start(config, [](SysproConfig& c) {
        c.callTimeoutMs = 1500;
        c.logonTimeoutMs = 1500;
        c.maxTransientRetries = 10;
        c.retryDelayMs = 5;
    });
    if (rig) {
        sandbox::FaultPlan plan;
        plan.faultRate = rate;
        plan.stallMs = 200;
        plan.seed = 7;
        rig->sandbox->setFaultPlan(plan);
    }
    return rig;
}

/// What the engine's poster will do: post; after an unknown outcome, ask SYSPRO whether the
/// order exists (by CustomerPoNumber) before posting again. Bounded attempts.
std::optional<QString> postExactlyOnce(SysproClient& client, const SalesOrder& o, int* unknownOutcomes)
{
    for (int attempt = 0; attempt < 12; ++attempt) {
        const auto r = await<SalesOrderImportResult>(
            [&](QObject* ctx, auto done) { client.importSalesOrders({o}, SortoiParameters{}, ctx, done); });
        if (r && r->has_value()) {
            const SalesOrderOutcome& outcome = (*r)->orders.first();
            if (outcome.status == Status::Created) {
                return outcome.salesOrder;
            }
            if (outcome.status == Status::Rejected) {
                // A repeat of an order that did go in earlier is rejected as a duplicate: look it up.
                const auto found = await<QHash<QString, QString>>(
                    [&](QObject* ctx, auto done) { client.findSalesOrdersByPo({o.customerPoNumber}, ctx, done); });
                if (found && found->has_value() && (*found)->contains(o.customerPoNumber)) {
                    return (*found)->value(o.customerPoNumber);
                }
                return std::nullopt;
            }
        } else if (r) {
            ++*unknownOutcomes;
            const auto found = await<QHash<QString, QString>>(
                [&](QObject* ctx, auto done) { client.findSalesOrdersByPo({o.customerPoNumber}, ctx, done); });
            if (found && found->has_value() && (*found)->contains(o.customerPoNumber)) {
                return (*found)->value(o.customerPoNumber);
            }
        }
    }
    return std::nullopt;
}

} // namespace

class TestSysproFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersArePostedExactlyOnce_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("no faults") << 0.0;
        QTest::newRow("20% faults") << 0.2;
    }
    void ordersArePostedExactlyOnce()
    {
        QFETCH(double, rate);
        auto rig = faultyRig(rate);
        QVERIFY(rig);
        const int count = 25;
        int unknown = 0;
        QStringList numbers;
        for (int i = 1; i <= count; ++i) {
            const auto number = postExactlyOnce(*rig->client, order(i), &unknown);
            QVERIFY2(number.has_value(), qPrintable(QStringLiteral("order %1 was never confirmed").arg(i)));
            numbers.append(*number);
        }
        // Exactly one sales order per PO number in SYSPRO, and the numbers the client reported.
        QHash<QString, int> perPo;
        for (const auto& so : rig->sandbox->company().salesOrders) {
            if (so.customerPoNumber.startsWith(QLatin1String("FLT-"))) {
                ++perPo[so.customerPoNumber];
                QVERIFY(numbers.contains(so.salesOrder));
            }
        }
        QCOMPARE(perPo.size(), count);
        for (auto it = perPo.cbegin(); it != perPo.cend(); ++it) {
            QCOMPARE(it.value(), 1);
        }
        if (rate > 0) {
            QVERIFY(rig->sandbox->faults().requests() > quint64(count));
            quint64 injected = 0;
            for (auto kind :
                 {sandbox::FaultKind::ServerError, sandbox::FaultKind::RequestTimeout, sandbox::FaultKind::ResetBefore,
                  sandbox::FaultKind::ResetAfter, sandbox::FaultKind::Stall}) {
                injected += rig->sandbox->faults().count(kind);
            }
            QVERIFY2(injected >= 5, qPrintable(QString::number(injected)));
        } else {
            QCOMPARE(unknown, 0);
        }
    }

    void queriesRetryThroughFaults()
    {
        auto rig = faultyRig(0.2);
        QVERIFY(rig);
        for (int i = 0; i < 20; ++i) {
            const auto r = await<StockItem>(
                [&](QObject* ctx, auto done) { rig->client->queryStock(QStringLiteral("C300"), ctx, done); });
            SYSPRO_VERIFY_OK(r);
            QCOMPARE((*r)->description, QStringLiteral("Cr\u00e8me br\u00fbl\u00e9e set"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSysproFaults)
#include "TestSysproFaults.moc"
