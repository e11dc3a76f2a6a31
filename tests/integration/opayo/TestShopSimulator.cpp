// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The shop simulator pays through the sandbox and posts signed events to a bridge listener,
// which verifies them with the bridge's own PaymentEventVerifier.
#include "core/Clock.h"
#include "opayo/PaymentEventVerifier.h"
#include "sandbox/common/SandboxHttpServer.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/shop/ShopSimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using namespace bridge::sandbox;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::shop::ShopConfig;
using bridge::sandbox::shop::ShopSimulator;

namespace {

/// Stands in for the bridge's event listener.
class EventListener : public SandboxHttpServer
{
public:
    explicit EventListener(QByteArray secret) : m_verifier({std::move(secret), 300, 64 * 1024}, Clock::system()) {}
    QList<bridge::opayo::PaymentEvent> accepted;
    int refused = 0;

protected:
    SandboxResponse handle(const SandboxRequest& request) override
    {
        const auto event =
            m_verifier.verify(request.header("X-Bridge-Timestamp"), request.header("X-Bridge-Signature"), request.body);
        if (!event) {
            ++refused;
            return SandboxResponse{401, "application/json", {}, R"({"error":"signature"})"};
        }
        accepted.append(*event);
        return SandboxResponse{200, "application/json", {}, R"({"ok":true})"};
    }

private:
    bridge::opayo::PaymentEventVerifier m_verifier;
};

} // namespace

class TestShopSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersArePaidAndEventsSigned()
    {
        OpayoSandbox sandbox;
        QVERIFY(sandbox.listenOn());
        EventListener bridgeListener("shop-secret");
        QVERIFY(bridgeListener.start());

        ShopConfig config;
        config.piBaseUrl = QUrl(sandbox.piBaseUrl());
        config.bridgeEventUrl = QUrl(bridgeListener.baseUrl() + QStringLiteral("/events/shop"));
        config.eventSecret = "shop-secret";
        config.orderCount = 60;
        config.orderIntervalMs = 1;
        config.seed = 42;
        config.mix = {40, 10, 10, 5, 5, 10, 30};
        ShopSimulator shop(config);
        QSignalSpy done(&shop, &ShopSimulator::allFinished);
        shop.start();
        QVERIFY(done.wait(60'000));

        const ShopSimulator::Stats& s = shop.stats();
        QCOMPARE(s.finished, 60);
        QCOMPARE(s.errors, 0);
        QCOMPARE(s.paid + s.declined + s.rejected, 60);
        QVERIFY(s.declined > 0);
        QVERIFY(s.rejected > 0);
        QVERIFY(s.challenged > 0);
        QVERIFY(s.repeatCustomers > 0);
        QCOMPARE(s.eventsAccepted, 60);
        QCOMPARE(bridgeListener.refused, 0);
        QCOMPARE(bridgeListener.accepted.size(), 60);

        // Every event agrees with what Opayo recorded.
        for (const bridge::opayo::PaymentEvent& e : std::as_const(bridgeListener.accepted)) {
            const auto* tx = sandbox.ledger().find(e.transactionId);
            QVERIFY(tx);
            QCOMPARE(e.amount->minorUnits(), tx->amount);
            QCOMPARE(e.vendorTxCode, tx->vendorTxCode);
            QCOMPARE(e.paymentStatus, tx->status);
            QCOMPARE(e.type == QLatin1String("payment.completed"), tx->succeeded());
            qint64 sum = 0;
            for (const auto& line : e.lines) {
                sum += line.quantity * line.unitPriceMinor;
            }
            QCOMPARE(sum, e.orderTotal->minorUnits());
        }
        for (const auto& r : shop.results()) {
            if (r.scenario == QLatin1String("challenge")) {
                QCOMPARE(r.status, QStringLiteral("Ok"));
            } else if (r.scenario == QLatin1String("decline")) {
                QCOMPARE(r.statusCode, QStringLiteral("2000"));
            } else if (r.scenario == QLatin1String("avs-failed")) {
                QCOMPARE(r.statusCode, QStringLiteral("2001"));
            } else if (r.scenario != QLatin1String("ok")) {
                QCOMPARE(r.statusCode, QStringLiteral("4026"));
            }
        }
    }

    void sameSeedSameOrders()
    {
        QStringList runs[2];
        for (auto& run : runs) {
            OpayoSandbox sandbox;
            QVERIFY(sandbox.listenOn());
            ShopConfig config;
            config.piBaseUrl = QUrl(sandbox.piBaseUrl());
            config.orderCount = 10;
            config.orderIntervalMs = 1;
            config.maxInFlight = 1;
            config.seed = 9;
            ShopSimulator shop(config);
            QSignalSpy done(&shop, &ShopSimulator::allFinished);
            shop.start();
            QVERIFY(done.wait(30'000));
            for (const auto& r : shop.results()) {
                run.append(r.orderId + QLatin1Char('/') + r.scenario + QLatin1Char('/') +
                           QString::number(r.amountMinor));
            }
        }
        QCOMPARE(runs[0], runs[1]);
        QCOMPARE(runs[0].size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestShopSimulator)
#include "TestShopSimulator.moc"
