// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Intake: verify, commit to the inbox, then answer; repeats answered identically and stored once;
// refusals store nothing. On SQLite (intake_sqlite) and PostgreSQL (intake_postgres).
#include "core/Clock.h"
#include "engine/IntakeHandler.h"
#include "engine/IntakeListener.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using bridge::test::TestDatabase;

namespace {
const QByteArray kSecret = "whsec_test_1";
const qint64 kNow = 1'772'445'600; // 2026-03-02T10:00:00Z
const QString kVpsTxId = QStringLiteral("F955C22E-F67B-4DA3-8EA3-6DAC68FA59D2");

QByteArray shopEvent(const QByteArray& eventId = "evt-1")
{
    return R"({"eventId":")" + eventId +
           R"(","type":"payment.completed","occurredAt":"2026-03-02T09:59:58Z","shop":"demo",)"
           R"("order":{"orderId":"ORD-1","customerId":"C-1","customer":{"firstName":"Sam","lastName":"Jones",)"
           R"("email":"sam@example.com"},"lines":[{"sku":"SKU-1","description":"Mug","quantity":2,"unitPrice":1250}],)"
           R"("total":2500,"currency":"GBP"},"payment":{"vendorTxCode":"ORD-1-1","transactionId":"ABC",)"
           R"("status":"Ok","statusCode":"0000","amount":2500,"currency":"GBP","cardType":"Visa","lastFourDigits":"0006"}})";
}

QByteArray notificationVector()
{
    QFile f(QStringLiteral(BRIDGE_TEST_DATA_DIR "/opayo/notifications/omnipay-vector.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

engine::IntakeHandler::Config config()
{
    engine::IntakeHandler::Config c;
    c.notification = {QString(), QUrl(QStringLiteral("https://shop.example/thanks")),
                      QUrl(QStringLiteral("https://shop.example/sorry"))};
    c.shopEvents.secret = kSecret;
    c.maxBodyBytes = 64 * 1024;
    return c;
}

opayo::NotificationIntake::SecurityKeyLookup keys()
{
    return [](const QString& vps, const QString& vtx) -> std::optional<QString> {
        if (vps == kVpsTxId && vtx == QLatin1String("438791")) {
            return QStringLiteral("JEUPDN1N7E");
        }
        return std::nullopt;
    };
}

qint64 stored(const std::shared_ptr<store::Database>& db)
{
    qint64 n = 0;
    for (qint64 v : store::Inbox(db).countByStatus().value_or(QMap<QString, qint64>{})) {
        n += v;
    }
    return n;
}
} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shopEventsAreCommittedOnceAndAnsweredIdentically()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock(kNow * 1000);
        engine::IntakeHandler handler(config(), t.database(), keys(), clock);
        const QByteArray body = shopEvent();
        const QByteArray ts = QByteArray::number(kNow);
        const QByteArray sig = opayo::PaymentEventVerifier::sign(kSecret, kNow, body);
        const net::HttpReply first = handler.handle("POST", QStringLiteral("/shop/events"), ts, sig, body);
        QCOMPARE(first.status, 202);
        QVERIFY(QJsonDocument::fromJson(first.body).object().value(QStringLiteral("accepted")).toBool());
        for (int i = 0; i < 3; ++i) {
            const net::HttpReply again = handler.handle("POST", QStringLiteral("/shop/events"), ts, sig, body);
            QCOMPARE(again.status, first.status);
            QCOMPARE(again.body, first.body);
        }
        QCOMPARE(stored(t.database()), 1);
        QCOMPARE(handler.accepted(), 1);
        const auto event =
            store::Inbox(t.database())
                .find(QJsonDocument::fromJson(first.body).object().value(QStringLiteral("id")).toInteger());
        QCOMPARE((*event)->vendorTxCode, QStringLiteral("ORD-1-1"));
        QCOMPARE((*event)->source, QStringLiteral("shop-event"));
    }

    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<bool>("signBody");
        QTest::addColumn<int>("status");
        QTest::newRow("wrong signature") << shopEvent() << QByteArray::number(kNow) << false << 401;
        QTest::newRow("stale timestamp") << shopEvent() << QByteArray::number(kNow - 3600) << true << 401;
        QTest::newRow("no timestamp") << shopEvent() << QByteArray() << true << 401;
        QTest::newRow("not json") << QByteArray("{\"eventId\": ") << QByteArray::number(kNow) << true << 400;
        QTest::newRow("decimal amount") << QByteArray(shopEvent()).replace("\"amount\":2500", "\"amount\":25.00")
                                        << QByteArray::number(kNow) << true << 400;
        QTest::newRow("oversized") << QByteArray(100 * 1024, 'x') << QByteArray::number(kNow) << true << 413;
    }
    void refusalsStoreNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, timestamp);
        QFETCH(bool, signBody);
        QFETCH(int, status);
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock(kNow * 1000);
        engine::IntakeHandler handler(config(), t.database(), keys(), clock);
        const QByteArray sig = signBody ? opayo::PaymentEventVerifier::sign(kSecret, timestamp.toLongLong(), body)
                                        : QByteArray("sha256=bad");
        const net::HttpReply reply = handler.handle("POST", QStringLiteral("/shop/events"), timestamp, sig, body);
        QCOMPARE(reply.status, status);
        QVERIFY(!QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(stored(t.database()), 0);
        QCOMPARE(handler.refused(), 1);
    }

    void opayoNotifications()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        engine::IntakeHandler handler(config(), t.database(), keys());
        const QByteArray vector = notificationVector();
        QVERIFY(!vector.isEmpty());
        const net::HttpReply ok = handler.handle("POST", QStringLiteral("/opayo/notification"), {}, {}, vector);
        QVERIFY2(ok.body.startsWith("Status=OK"), ok.body.constData());
        // Opayo re-sends until it hears OK: same answer, one row.
        QCOMPARE(handler.handle("POST", QStringLiteral("/opayo/notification"), {}, {}, vector).body, ok.body);
        QCOMPARE(stored(t.database()), 1);
        // Tampered (the amount of a signed field changed) or unsigned: INVALID with a reason, nothing stored.
        QByteArray tampered = vector;
        tampered.replace("TxAuthNo=4255", "TxAuthNo=4256");
        const net::HttpReply invalid = handler.handle("POST", QStringLiteral("/opayo/notification"), {}, {}, tampered);
        QVERIFY2(invalid.body.startsWith("Status=INVALID"), invalid.body.constData());
        QVERIFY(invalid.body.contains("StatusDetail="));
        QVERIFY(handler.handle("POST", QStringLiteral("/opayo/notification"), {}, {}, "garbage")
                    .body.startsWith("Status=INVALID"));
        QCOMPARE(stored(t.database()), 1);
        QCOMPARE(handler.handle("GET", QStringLiteral("/nowhere"), {}, {}, {}).status, 404);
        QCOMPARE(handler.handle("GET", QStringLiteral("/health"), {}, {}, {}).status, 200);
    }

    void listenerOnItsOwnThread()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        engine::IntakeListener::Settings settings;
        settings.handler = config();
        engine::IntakeListener listener(settings, t.database(), keys());
        QSignalSpy started(&listener, &engine::IntakeListener::started);
        listener.start();
        QVERIFY(started.wait(10000));
        const quint16 port = started.first().first().value<quint16>();
        QVERIFY(port > 0);
        // A real HTTP POST, signed with the current time (the listener uses the system clock).
        QNetworkAccessManager network;
        const QByteArray body = shopEvent("evt-http");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/shop/events").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader(opayo::PaymentEventVerifier::kTimestampHeader, QByteArray::number(now));
        request.setRawHeader(opayo::PaymentEventVerifier::kSignatureHeader,
                             opayo::PaymentEventVerifier::sign(kSecret, now, body));
        QNetworkReply* reply = network.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
        // Committed before the answer: the row is there as soon as the answer is.
        QCOMPARE(stored(t.database()), 1);
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "TestIntake.moc"
