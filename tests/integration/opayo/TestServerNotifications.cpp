// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Server protocol end to end: registration at the sandbox, the sandbox's signed notification
// POST to a listener built on the bridge's NotificationIntake (two independent implementations
// of VPSSignature must agree), and re-sending when the reply is not Status=OK.
#include "opayo/NotificationIntake.h"
#include "sandbox/common/SandboxHttpServer.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/opayo/ServerProtocolSandbox.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace bridge;
using namespace bridge::sandbox;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::opayo::OpayoSandboxConfig;
using bridge::sandbox::opayo::ServerProtocolSandbox;

namespace {

class NotificationListener : public SandboxHttpServer
{
public:
    QHash<QString, QString> securityKeys; ///< VPSTxId (no braces) → SecurityKey
    int refuseFirst = 0;                  ///< answer Status=ERROR this many times first
    int posts = 0;
    QList<bridge::opayo::ServerNotification> stored;

protected:
    SandboxResponse handle(const SandboxRequest& request) override
    {
        ++posts;
        if (refuseFirst > 0) {
            --refuseFirst;
            return SandboxResponse{200, "text/plain", {}, "Status=ERROR\r\nRedirectURL=https://shop.example/x\r\n"};
        }
        bridge::opayo::NotificationIntake intake({QStringLiteral("sandbox"),
                                                  QUrl(QStringLiteral("https://shop.example/ok")),
                                                  QUrl(QStringLiteral("https://shop.example/failed"))},
                                                 [this](const QString& vps, const QString&) -> std::optional<QString> {
                                                     if (!securityKeys.contains(vps)) {
                                                         return std::nullopt;
                                                     }
                                                     return securityKeys.value(vps);
                                                 });
        const auto reply = intake.handle(request.body);
        if (reply.notification) {
            stored.append(*reply.notification);
        }
        return SandboxResponse{reply.httpStatus, reply.contentType, {}, reply.body};
    }
};

QHash<QString, QString> lines(const QByteArray& body)
{
    QHash<QString, QString> out;
    for (const QByteArray& line : body.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            out.insert(QString::fromLatin1(line.left(eq)), QString::fromLatin1(line.mid(eq + 1).trimmed()));
        }
    }
    return out;
}

} // namespace

class TestServerNotifications : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    QByteArray post(const QString& url, const QByteArray& body)
    {
        QNetworkRequest r{QUrl(url)};
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_nam.post(r, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10'000);
        const QByteArray out = reply->readAll();
        delete reply;
        return out;
    }

    /// Registers a Server transaction; returns {VPSTxId without braces, SecurityKey, NextURL}.
    QStringList registerTx(OpayoSandbox& sandbox, NotificationListener& listener, const QString& vendorTxCode)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("VPSProtocol"), QStringLiteral("4.00"));
        form.addQueryItem(QStringLiteral("TxType"), QStringLiteral("PAYMENT"));
        form.addQueryItem(QStringLiteral("Vendor"), QStringLiteral("sandbox"));
        form.addQueryItem(QStringLiteral("VendorTxCode"), vendorTxCode);
        form.addQueryItem(QStringLiteral("Amount"), QStringLiteral("12.50"));
        form.addQueryItem(QStringLiteral("Currency"), QStringLiteral("GBP"));
        form.addQueryItem(QStringLiteral("Description"), QStringLiteral("Order"));
        form.addQueryItem(QStringLiteral("NotificationURL"), listener.baseUrl() + QStringLiteral("/opayo/notify"));
        const auto reply = lines(post(sandbox.baseUrl() + ServerProtocolSandbox::registerPath(),
                                      form.toString(QUrl::FullyEncoded).toLatin1()));
        QString vps = reply.value(QStringLiteral("VPSTxId"));
        vps.remove(QLatin1Char('{'));
        vps.remove(QLatin1Char('}'));
        listener.securityKeys.insert(vps, reply.value(QStringLiteral("SecurityKey")));
        return {vps, reply.value(QStringLiteral("SecurityKey")), reply.value(QStringLiteral("Status")),
                reply.value(QStringLiteral("NextURL"))};
    }

private Q_SLOTS:
    void registrationAnswer()
    {
        OpayoSandbox sandbox;
        QVERIFY(sandbox.listenOn());
        NotificationListener listener;
        QVERIFY(listener.start());
        const QStringList r = registerTx(sandbox, listener, QStringLiteral("SRV-1"));
        QCOMPARE(r.at(2), QStringLiteral("OK"));
        QCOMPARE(r.at(1).size(), 10);
        QVERIFY(r.at(3).contains(ServerProtocolSandbox::payPath()));
        // The same VendorTxCode again: INVALID 4042.
        const QStringList again = registerTx(sandbox, listener, QStringLiteral("SRV-1"));
        QCOMPARE(again.at(2), QStringLiteral("INVALID"));
        const auto bad = lines(post(sandbox.baseUrl() + ServerProtocolSandbox::registerPath(), "VPSProtocol=4.00"));
        QCOMPARE(bad.value(QStringLiteral("Status")), QStringLiteral("MALFORMED"));
    }

    void notificationIsVerifiedAndAcknowledged()
    {
        OpayoSandbox sandbox;
        QVERIFY(sandbox.listenOn());
        NotificationListener listener;
        QVERIFY(listener.start());
        const QStringList r = registerTx(sandbox, listener, QStringLiteral("SRV-2"));
        QSignalSpy finished(&sandbox.serverProtocol(), &ServerProtocolSandbox::notificationFinished);
        QCOMPARE(
            post(sandbox.baseUrl() + ServerProtocolSandbox::payPath(),
                 "VPSTxId=" + QUrl::toPercentEncoding(QLatin1Char('{') + r.at(0) + QLatin1Char('}')) + "&Outcome=OK")
                .left(16),
            QByteArray("Payment recorded"));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toInt(), 1);
        QCOMPARE(listener.stored.size(), 1);
        QCOMPARE(listener.stored.first().vendorTxCode(), QStringLiteral("SRV-2"));
        QCOMPARE(listener.stored.first().status(), QStringLiteral("OK"));
        QCOMPARE(sandbox.serverProtocol().deliveries().value(r.at(0)).redirectUrl,
                 QStringLiteral("https://shop.example/ok"));
    }

    void notOkRepliesAreResent_data()
    {
        QTest::addColumn<int>("refuse");
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<int>("attempts");
        QTest::newRow("error once") << 1 << true << 2;
        QTest::newRow("never ok") << 5 << false << 3;
    }
    void notOkRepliesAreResent()
    {
        QFETCH(int, refuse);
        QFETCH(bool, acknowledged);
        QFETCH(int, attempts);
        OpayoSandboxConfig config;
        config.notificationRetryMs = 20;
        OpayoSandbox sandbox(config);
        QVERIFY(sandbox.listenOn());
        NotificationListener listener;
        listener.refuseFirst = refuse;
        QVERIFY(listener.start());
        const QStringList r = registerTx(sandbox, listener, QStringLiteral("SRV-3"));
        QSignalSpy finished(&sandbox.serverProtocol(), &ServerProtocolSandbox::notificationFinished);
        QVERIFY(sandbox.serverProtocol().pay(r.at(0), QStringLiteral("OK")));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(1).toBool(), acknowledged);
        QCOMPARE(finished.first().at(2).toInt(), attempts);
        QCOMPARE(listener.posts, attempts);
        if (!acknowledged) {
            QCOMPARE(sandbox.ledger().find(r.at(0))->statusCode, QStringLiteral("5006"));
        }
    }

    void forgedNotificationGetsInvalid()
    {
        OpayoSandbox sandbox;
        QVERIFY(sandbox.listenOn());
        NotificationListener listener;
        QVERIFY(listener.start());
        const QStringList r = registerTx(sandbox, listener, QStringLiteral("SRV-4"));
        listener.securityKeys.insert(r.at(0), QStringLiteral("WRONGKEY00")); // the attacker does not know the key
        QSignalSpy finished(&sandbox.serverProtocol(), &ServerProtocolSandbox::notificationFinished);
        QVERIFY(sandbox.serverProtocol().pay(r.at(0), QStringLiteral("OK")));
        QVERIFY(finished.wait(15'000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(listener.stored.isEmpty());
        QCOMPARE(sandbox.serverProtocol().deliveries().value(r.at(0)).lastReplyStatus, QStringLiteral("INVALID"));
    }
};

QTEST_GUILESS_MAIN(TestServerNotifications)
#include "TestServerNotifications.moc"
