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

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using namespace bridge::sandbox;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::shop::ShopConfig;
using bridge::sandbox::shop::ShopMix;
using bridge::sandbox::shop::ShopSimulator;

namespace {

/// Stands in for the bridge's event listener.
class EventListener : public SandboxHttpServer
{
public:
    explicit EventListener(QByteArray secret) : m_verifier({std::move(secret), 300, 64 * 1024}, Clock::system()) {}
    QList<bridge::opayo::PaymentEvent> accepted; ///< every accepted request, repeats included
    int refused = 0;
    /// Every request as it arrived (timestamp, signature and body), by eventId.
    QHash<QString, QList<QByteArray>> copies;

    [[nodiscard]] std::optional<bridge::opayo::PaymentEvent> byEventId(const QString& eventId) const
    {
        for (const auto& e : accepted) {
            if (e.eventId == eventId) {
                return e;
            }
        }
        return std::nullopt;
    }

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
        copies[event->eventId].append(request.header("X-Bridge-Timestamp") + '\n' +
                                      request.header("X-Bridge-Signature") + '\n' + request.body);
        return SandboxResponse{200, "application/json", {}, R"({"ok":true})"};
    }

private:
    bridge::opayo::PaymentEventVerifier m_verifier;
};

/// A mix of one scenario only.
ShopMix only(int ShopMix::*scenario)
{
    ShopMix mix{};
    mix.ok = 0;
    mix.decline = 0;
    mix.challenge = 0;
    mix.challengeFailed = 0;
    mix.frictionlessFailed = 0;
    mix.avsFailed = 0;
    mix.*scenario = 1;
    return mix;
}

/// The sandbox, a bridge listener, and a shop that places `orders` orders of one mix.
struct Run {
    OpayoSandbox sandbox;
    EventListener bridgeListener{"shop-secret"};
    std::unique_ptr<ShopSimulator> shop;

    bool start(const ShopMix& mix, int orders, ShopConfig config = {})
    {
        if (!sandbox.listenOn() || !bridgeListener.start()) {
            return false;
        }
        config.piBaseUrl = QUrl(sandbox.piBaseUrl());
        config.bridgeEventUrl = QUrl(bridgeListener.baseUrl() + QStringLiteral("/events/shop"));
        config.eventSecret = "shop-secret";
        config.orderCount = orders;
        config.orderIntervalMs = 1;
        config.seed = 7;
        config.mix = mix;
        shop = std::make_unique<ShopSimulator>(config);
        QSignalSpy done(shop.get(), &ShopSimulator::allFinished);
        shop->start();
        return done.wait(60'000);
    }
};

/// What the test bridge signs its status webhooks with.
QByteArray statusSignature(const QByteArray& secret, const QByteArray& timestamp, const QByteArray& body)
{
    return "v1=" + QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}

/// POSTs one status update and returns the HTTP status (0 on a transport error or timeout).
int postStatus(QNetworkAccessManager& network, const QUrl& url, const QByteArray& body, const QByteArray& timestamp,
               const QByteArray& signature)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Bridge-Timestamp", timestamp);
    request.setRawHeader("X-Bridge-Signature", signature);
    request.setTransferTimeout(10'000);
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15'000)) {
        return 0;
    }
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray statusBody(const QString& eventId, const QString& status, const QString& salesOrder = {})
{
    return QJsonDocument(QJsonObject{{QStringLiteral("eventId"), eventId},
                                     {QStringLiteral("vendorTxCode"), QString(eventId.mid(4) + QStringLiteral("-1"))},
                                     {QStringLiteral("transactionId"), QString(QStringLiteral("TX-") + eventId)},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("salesOrder"), salesOrder},
                                     {QStringLiteral("receipt"), QString()},
                                     {QStringLiteral("creditNote"), QString()},
                                     {QStringLiteral("reason"), QString()}})
        .toJson(QJsonDocument::Compact);
}

QByteArray now()
{
    return QByteArray::number(QDateTime::currentSecsSinceEpoch());
}

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

    void defaultsLeaveTheNewScenariosOff()
    {
        const ShopConfig config;
        QCOMPARE(config.mix.unknownStock, 0);
        QCOMPARE(config.mix.invalidCustomer, 0);
        QCOMPARE(config.mix.accountCustomer, 0);
        QCOMPARE(config.mix.partialRefund, 0);
        QCOMPARE(config.mix.refundAboveOriginal, 0);
        QCOMPARE(config.resendPercent, 0);
        QCOMPARE(config.resendCount, 3);
        QCOMPARE(config.accountCodes, QStringList{QStringLiteral("C00010")});
        QVERIFY(!config.statusListen);
        QCOMPARE(config.statusFailPercent, 0);
    }

    void catalogueForTheErp()
    {
        const QList<ShopSimulator::Product> products = ShopSimulator::products();
        QCOMPARE(products.size(), 8);
        QSet<QString> skus;
        for (const auto& p : products) {
            QVERIFY(!p.sku.isEmpty());
            QVERIFY(!p.description.isEmpty());
            QVERIFY(p.unitPriceMinor > 0);
            skus.insert(p.sku);
        }
        QCOMPARE(skus.size(), products.size());
        QVERIFY(!skus.contains(QLatin1String(ShopSimulator::kDiscontinuedSku)));
        QCOMPARE(products.first().sku, QStringLiteral("MUG-01"));
        QCOMPARE(products.first().unitPriceMinor, qint64(1250));
    }

    void unknownStock()
    {
        Run run;
        QVERIFY(run.start(only(&ShopMix::unknownStock), 5));
        const QSet<QString> catalogue = [] {
            QSet<QString> skus;
            for (const auto& p : ShopSimulator::products()) {
                skus.insert(p.sku);
            }
            return skus;
        }();
        QCOMPARE(run.shop->stats().paid, 5);
        QCOMPARE(run.shop->stats().errors, 0);
        for (const auto& r : run.shop->results()) {
            QCOMPARE(r.scenario, QStringLiteral("unknown-stock"));
            QCOMPARE(r.status, QStringLiteral("Ok"));
            QCOMPARE(r.expected, QStringLiteral("dead:stock"));
            QCOMPARE(r.eventHttpStatus, 200);
            QVERIFY(r.accountCode.isEmpty());
            const auto e = run.bridgeListener.byEventId(r.eventId);
            QVERIFY(e);
            QCOMPARE(e->type, QStringLiteral("payment.completed"));
            int unknown = 0;
            qint64 sum = 0;
            for (const auto& line : e->lines) {
                sum += line.quantity * line.unitPriceMinor;
                if (line.sku == QLatin1String("DISC-99")) {
                    ++unknown;
                    QCOMPARE(line.description, QStringLiteral("Discontinued item"));
                } else {
                    QVERIFY(catalogue.contains(line.sku));
                }
            }
            QCOMPARE(unknown, 1);
            QCOMPARE(sum, e->orderTotal->minorUnits());
            QCOMPARE(e->amount->minorUnits(), r.amountMinor);
            QCOMPARE(run.sandbox.ledger().find(r.transactionId)->amount, r.amountMinor);
        }
    }

    void invalidCustomer()
    {
        Run run;
        QVERIFY(run.start(only(&ShopMix::invalidCustomer), 3));
        QCOMPARE(run.shop->stats().paid, 3);
        for (const auto& r : run.shop->results()) {
            QCOMPARE(r.scenario, QStringLiteral("invalid-customer"));
            QCOMPARE(r.status, QStringLiteral("Ok"));
            QCOMPARE(r.accountCode, QStringLiteral("ZZ9999"));
            QCOMPARE(r.expected, QStringLiteral("dead:customer"));
            const auto e = run.bridgeListener.byEventId(r.eventId);
            QVERIFY(e);
            QCOMPARE(e->accountCode, QStringLiteral("ZZ9999"));
        }
    }

    void accountCustomer()
    {
        ShopConfig config;
        config.accountCodes = {QStringLiteral("C00010"), QStringLiteral("C00020"), QStringLiteral("C00030")};
        Run run;
        QVERIFY(run.start(only(&ShopMix::accountCustomer), 12, config));
        QCOMPARE(run.shop->stats().paid, 12);
        QSet<QString> used;
        for (const auto& r : run.shop->results()) {
            QCOMPARE(r.scenario, QStringLiteral("account-customer"));
            QCOMPARE(r.expected, QStringLiteral("post"));
            QVERIFY2(config.accountCodes.contains(r.accountCode), qPrintable(r.accountCode));
            const auto e = run.bridgeListener.byEventId(r.eventId);
            QVERIFY(e);
            QCOMPARE(e->accountCode, r.accountCode);
            used.insert(r.accountCode);
        }
        QVERIFY(used.size() > 1);
        // A consumer order carries no account code at all.
        Run plain;
        QVERIFY(plain.start(only(&ShopMix::ok), 2));
        for (const auto& e : std::as_const(plain.bridgeListener.accepted)) {
            QVERIFY(e.accountCode.isEmpty());
        }
    }

    void partialRefund()
    {
        Run run;
        QVERIFY(run.start(only(&ShopMix::partialRefund), 4));
        const ShopSimulator::Stats& s = run.shop->stats();
        QCOMPARE(s.errors, 0);
        QCOMPARE(s.paid, 4);
        QCOMPARE(s.refunds, 4);
        QCOMPARE(s.eventsSent, 8);
        QCOMPARE(s.eventsAccepted, 8);
        QCOMPARE(run.bridgeListener.refused, 0);
        for (const auto& r : run.shop->results()) {
            QCOMPARE(r.scenario, QStringLiteral("partial-refund"));
            QCOMPARE(r.expected, QStringLiteral("post+refund"));
            QCOMPARE(r.refundVendorTxCode, r.vendorTxCode + QStringLiteral("-R1"));
            QCOMPARE(r.refundAmountMinor, std::max<qint64>(1, r.amountMinor / 2));
            QCOMPARE(r.refundEventId, QStringLiteral("evt-") + r.orderId + QStringLiteral("-R1"));
            QCOMPARE(r.refundEventHttpStatus, 200);

            // Opayo made the refund, against the original payment.
            const auto* original = run.sandbox.ledger().find(r.transactionId);
            QVERIFY(original);
            QCOMPARE(original->refundedAmount, r.refundAmountMinor);
            const auto* refund = run.sandbox.ledger().find(r.refundTransactionId);
            QVERIFY(refund);
            QCOMPARE(refund->type, QStringLiteral("Refund"));
            QCOMPARE(refund->status, QStringLiteral("Ok"));
            QCOMPARE(refund->amount, r.refundAmountMinor);
            QCOMPARE(refund->vendorTxCode, r.refundVendorTxCode);
            QCOMPARE(refund->referenceTransactionId, r.transactionId);

            // The event says the same.
            const auto e = run.bridgeListener.byEventId(r.refundEventId);
            QVERIFY(e);
            QCOMPARE(e->type, QStringLiteral("refund.completed"));
            QCOMPARE(e->transactionId, r.refundTransactionId);
            QCOMPARE(e->referenceTransactionId, r.transactionId);
            QCOMPARE(e->vendorTxCode, r.refundVendorTxCode);
            QCOMPARE(e->amount->minorUnits(), r.refundAmountMinor);
            QCOMPARE(e->orderTotal->minorUnits(), r.amountMinor);
            QCOMPARE(e->orderId, r.orderId);
            QVERIFY(e->lines.isEmpty());
            QCOMPARE(e->paymentStatus, QStringLiteral("Ok"));
        }
    }

    void refundAboveOriginal()
    {
        Run run;
        QVERIFY(run.start(only(&ShopMix::refundAboveOriginal), 3));
        const ShopSimulator::Stats& s = run.shop->stats();
        QCOMPARE(s.errors, 0);
        QCOMPARE(s.refunds, 0);
        QCOMPARE(s.eventsSent, 6);
        for (const auto& r : run.shop->results()) {
            QCOMPARE(r.scenario, QStringLiteral("refund-above-original"));
            QCOMPARE(r.expected, QStringLiteral("post+refund-refused"));
            QCOMPARE(r.refundTransactionId, QStringLiteral("FAKE-REFUND-") + r.orderId);
            QCOMPARE(r.refundAmountMinor, r.amountMinor + 500);
            QCOMPARE(r.refundEventId, QStringLiteral("evt-") + r.orderId + QStringLiteral("-R1"));
            // Opayo never heard of it.
            QVERIFY(!run.sandbox.ledger().find(r.refundTransactionId));
            QVERIFY(!run.sandbox.ledger().findByVendorTxCode(r.refundVendorTxCode));
            QCOMPARE(run.sandbox.ledger().find(r.transactionId)->refundedAmount, qint64(0));
            const auto e = run.bridgeListener.byEventId(r.refundEventId);
            QVERIFY(e);
            QCOMPARE(e->type, QStringLiteral("refund.completed"));
            QCOMPARE(e->referenceTransactionId, r.transactionId);
            QCOMPARE(e->amount->minorUnits(), r.amountMinor + 500);
            QVERIFY(e->amount->minorUnits() > e->orderTotal->minorUnits());
        }
    }

    void expectedOutcomesOfTheOldScenarios()
    {
        Run run;
        ShopMix mix{};
        mix.repeatCustomerPercent = 0;
        QVERIFY(run.start(mix, 40));
        QCOMPARE(run.shop->stats().errors, 0);
        int ignored = 0;
        for (const auto& r : run.shop->results()) {
            QCOMPARE(r.expected, r.status == QLatin1String("Ok") ? QStringLiteral("post") : QStringLiteral("ignore"));
            QVERIFY(r.refundEventId.isEmpty());
            ignored += r.expected == QLatin1String("ignore") ? 1 : 0;
        }
        QVERIFY(ignored > 0);
    }

    void resendsRepeatTheSameSignedEvent()
    {
        ShopConfig config;
        config.resendPercent = 100;
        config.resendCount = 3;
        ShopMix mix = only(&ShopMix::ok);
        mix.partialRefund = 1;
        Run run;
        QVERIFY(run.start(mix, 6, config));
        const ShopSimulator::Stats& s = run.shop->stats();
        QCOMPARE(s.errors, 0);
        const int events = s.eventsSent;
        QVERIFY(s.refunds > 0); // refund events are re-sent as well
        QCOMPARE(events, 6 + s.refunds);
        QCOMPARE(s.eventsResent, 3 * events);
        QCOMPARE(s.eventsAccepted, events);
        QCOMPARE(run.bridgeListener.refused, 0);
        QCOMPARE(run.bridgeListener.copies.size(), events);
        QCOMPARE(run.bridgeListener.accepted.size(), 4 * events);
        for (auto it = run.bridgeListener.copies.cbegin(); it != run.bridgeListener.copies.cend(); ++it) {
            QCOMPARE(it.value().size(), 4);
            for (const QByteArray& copy : it.value()) {
                QCOMPARE(copy, it.value().first()); // same timestamp, signature and body
            }
        }
        for (const auto& r : run.shop->results()) {
            QCOMPARE(r.eventHttpStatus, 200);
        }
    }

    void resendsOnlyTheChosenShare()
    {
        ShopConfig config;
        config.resendPercent = 50;
        config.resendCount = 2;
        Run run;
        QVERIFY(run.start(only(&ShopMix::ok), 24, config));
        const ShopSimulator::Stats& s = run.shop->stats();
        QCOMPARE(s.eventsSent, 24);
        int resent = 0;
        for (auto it = run.bridgeListener.copies.cbegin(); it != run.bridgeListener.copies.cend(); ++it) {
            QVERIFY(it.value().size() == 1 || it.value().size() == 3);
            resent += it.value().size() == 3 ? 1 : 0;
        }
        QVERIFY2(resent > 0 && resent < 24, qPrintable(QString::number(resent)));
        QCOMPARE(s.eventsResent, 2 * resent);
        QCOMPARE(run.bridgeListener.accepted.size(), 24 + 2 * resent);
    }

    void statusReceiverChecksTheSignature()
    {
        ShopConfig config;
        config.eventSecret = "shop-secret";
        ShopSimulator shop(config);
        QVERIFY(shop.statusUrl().isEmpty());
        const auto url = shop.startStatusListener();
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        QCOMPARE(shop.statusUrl(), *url);
        QCOMPARE(url->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url->path(), QStringLiteral("/shop/status"));
        QVERIFY(url->port() > 0);
        QCOMPARE(*shop.startStatusListener(), *url); // already listening
        QSignalSpy received(&shop, &ShopSimulator::statusUpdateReceived);
        QNetworkAccessManager network;

        // Good signature: 200 and recorded.
        const QByteArray posted = statusBody(QStringLiteral("evt-a"), QStringLiteral("posted"), QStringLiteral("SO1"));
        QByteArray ts = now();
        QCOMPARE(postStatus(network, *url, posted, ts, statusSignature("shop-secret", ts, posted)), 200);
        QCOMPARE(received.count(), 1);
        QCOMPARE(shop.statusUpdates().size(), 1);
        QCOMPARE(shop.statusUpdates().value(QStringLiteral("evt-a")).value(QStringLiteral("salesOrder")).toString(),
                 QStringLiteral("SO1"));

        // Bad signature, other secret, no signature, stale timestamp: 401 and not recorded.
        const QByteArray other = statusBody(QStringLiteral("evt-b"), QStringLiteral("posted"));
        ts = now();
        QCOMPARE(postStatus(network, *url, other, ts, statusSignature("wrong-secret", ts, other)), 401);
        QCOMPARE(postStatus(network, *url, other, ts, statusSignature("shop-secret", ts, posted)), 401);
        QCOMPARE(postStatus(network, *url, other, ts, QByteArray()), 401);
        const QByteArray old = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 3600);
        QCOMPARE(postStatus(network, *url, other, old, statusSignature("shop-secret", old, other)), 401);
        QCOMPARE(postStatus(network, *url, other, QByteArray(), statusSignature("shop-secret", "", other)), 401);
        QVERIFY(!shop.statusUpdates().contains(QStringLiteral("evt-b")));
        QCOMPARE(shop.stats().statusRejected, 5);

        // Signed but malformed: 400 and not recorded.
        for (const QByteArray& bad :
             {QByteArray("{not json"), QByteArray("[1,2]"), QByteArray(R"({"status":"posted"})"),
              statusBody(QStringLiteral("evt-c"), QStringLiteral("shipped"))}) {
            ts = now();
            QCOMPARE(postStatus(network, *url, bad, ts, statusSignature("shop-secret", ts, bad)), 400);
        }
        QCOMPARE(shop.stats().statusMalformed, 4);
        QCOMPARE(shop.statusUpdates().size(), 1);

        // A repeat of the same eventId updates the record and is counted.
        const QByteArray failed = statusBody(QStringLiteral("evt-a"), QStringLiteral("failed"));
        ts = now();
        QCOMPARE(postStatus(network, *url, failed, ts, statusSignature("shop-secret", ts, failed)), 200);
        QCOMPARE(shop.statusUpdates().size(), 1);
        QCOMPARE(shop.statusUpdates().value(QStringLiteral("evt-a")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        const QByteArray refunded = statusBody(QStringLiteral("evt-a-R1"), QStringLiteral("refunded"));
        QCOMPARE(postStatus(network, *url, refunded, ts, statusSignature("shop-secret", ts, refunded)), 200);
        QCOMPARE(shop.statusUpdates().size(), 2);
        QCOMPARE(shop.stats().statusReceived, 3);
        QCOMPARE(shop.stats().statusRepeats, 1);
        QCOMPARE(received.count(), 3);
        QCOMPARE(received.at(1).at(0).toString(), QStringLiteral("evt-a"));

        // Other paths and methods.
        QNetworkRequest get(*url);
        std::unique_ptr<QNetworkReply> reply(network.get(get));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        QUrl elsewhere = *url;
        elsewhere.setPath(QStringLiteral("/shop/other"));
        QCOMPARE(postStatus(network, elsewhere, posted, ts, statusSignature("shop-secret", ts, posted)), 404);
        QCOMPARE(shop.stats().statusReceived, 3);
    }

    void statusListenerStartsWithTheShop()
    {
        OpayoSandbox sandbox;
        QVERIFY(sandbox.listenOn());
        ShopConfig config;
        config.piBaseUrl = QUrl(sandbox.piBaseUrl());
        config.eventSecret = "shop-secret";
        config.statusListen = true;
        config.orderCount = 1;
        config.orderIntervalMs = 1;
        ShopSimulator shop(config);
        QSignalSpy done(&shop, &ShopSimulator::allFinished);
        shop.start();
        QVERIFY(!shop.statusUrl().isEmpty());
        QVERIFY(done.wait(30'000));
        QNetworkAccessManager network;
        const QByteArray body = statusBody(QStringLiteral("evt-x"), QStringLiteral("posted"));
        const QByteArray ts = now();
        // Still listening after the orders are done.
        QCOMPARE(postStatus(network, shop.statusUrl(), body, ts, statusSignature("shop-secret", ts, body)), 200);

        ShopConfig noSecret;
        ShopSimulator unsigned_(noSecret);
        const auto refused = unsigned_.startStatusListener();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("eventSecret")));
        QVERIFY(unsigned_.statusUrl().isEmpty());
    }

    void statusFaultsAreInjected()
    {
        ShopConfig config;
        config.eventSecret = "shop-secret";
        config.statusFailPercent = 50;
        ShopSimulator shop(config);
        const auto url = shop.startStatusListener();
        QVERIFY(url);
        QNetworkAccessManager network;
        int unavailable = 0;
        for (int i = 0; i < 30; ++i) {
            const QByteArray body = statusBody(QStringLiteral("evt-%1").arg(i), QStringLiteral("posted"));
            const QByteArray ts = now();
            const int status = postStatus(network, *url, body, ts, statusSignature("shop-secret", ts, body));
            QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
            unavailable += status == 503 ? 1 : 0;
        }
        QVERIFY2(unavailable > 0 && unavailable < 30, qPrintable(QString::number(unavailable)));
        QCOMPARE(shop.stats().statusFaults, unavailable);
        QCOMPARE(shop.stats().statusReceived, 30 - unavailable);
        QCOMPARE(shop.statusUpdates().size(), 30 - unavailable);

        // A retry of a refused update gets through eventually.
        const QByteArray body = statusBody(QStringLiteral("evt-retry"), QStringLiteral("posted"));
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
            const QByteArray ts = now();
            status = postStatus(network, *url, body, ts, statusSignature("shop-secret", ts, body));
        }
        QCOMPARE(status, 200);
        QVERIFY(shop.statusUpdates().contains(QStringLiteral("evt-retry")));
    }
};

QTEST_GUILESS_MAIN(TestShopSimulator)
#include "TestShopSimulator.moc"
