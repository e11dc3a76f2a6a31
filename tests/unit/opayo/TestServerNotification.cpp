// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Server/Form-protocol notifications: the documented VPSSignature test vector (opayo-api.md
// §2.2), the reply Opayo expects, and refusal of anything malformed, unsigned or oversized.
#include "opayo/NotificationIntake.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace bridge;
using namespace bridge::opayo;

namespace {

QByteArray vectorBody()
{
    QFile f(QStringLiteral(BRIDGE_TEST_DATA_DIR "/opayo/notifications/omnipay-vector.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture");
    }
    return f.readAll();
}

const QString kVpsTxId = QStringLiteral("F955C22E-F67B-4DA3-8EA3-6DAC68FA59D2");

NotificationIntake intake(const QString& vendor = QString())
{
    return NotificationIntake({vendor, QUrl(QStringLiteral("https://shop.example/thanks")),
                               QUrl(QStringLiteral("https://shop.example/sorry"))},
                              [](const QString& vps, const QString& vtx) -> std::optional<QString> {
                                  if (vps == kVpsTxId && vtx == QLatin1String("438791")) {
                                      return QStringLiteral("JEUPDN1N7E");
                                  }
                                  return std::nullopt;
                              });
}

} // namespace

class TestServerNotification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedTestVector()
    {
        const auto n = ServerNotification::parse(vectorBody());
        QVERIFY2(n, qPrintable(n ? QString() : n.error().toString()));
        QCOMPARE(n->vpsTxId(), kVpsTxId);
        QCOMPARE(n->value(QStringLiteral("VPSTxId")), QStringLiteral("{F955C22E-F67B-4DA3-8EA3-6DAC68FA59D2}"));
        QCOMPARE(n->value(QStringLiteral("StatusDetail")), QStringLiteral("0000 : The Authorisation was Successful."));
        QCOMPARE(n->expectedSignature(QString(), QStringLiteral("JEUPDN1N7E")),
                 QByteArray("285765407193faa9b8e432e6b55f5849"));
        QVERIFY(n->verify(QString(), QStringLiteral("JEUPDN1N7E")));
        QVERIFY(!n->verify(QString(), QStringLiteral("JEUPDN1N7F")));
        QVERIFY(!n->verify(QStringLiteral("othervendor"), QStringLiteral("JEUPDN1N7E")));
    }

    void vendorIsLowerCased()
    {
        ServerNotification n = ServerNotification::fromFields({{QStringLiteral("VPSTxId"), QStringLiteral("{A}")},
                                                               {QStringLiteral("VendorTxCode"), QStringLiteral("1")},
                                                               {QStringLiteral("Status"), QStringLiteral("OK")}});
        QCOMPARE(n.expectedSignature(QStringLiteral("MyShop"), QStringLiteral("K")),
                 n.expectedSignature(QStringLiteral("myshop"), QStringLiteral("K")));
    }

    void tokenSignatureUsesItsOwnFieldList()
    {
        const ServerNotification n =
            ServerNotification::fromFields({{QStringLiteral("TxType"), QStringLiteral("TOKEN")},
                                            {QStringLiteral("VPSTxId"), QStringLiteral("{abc}")},
                                            {QStringLiteral("VendorTxCode"), QStringLiteral("v")},
                                            {QStringLiteral("Status"), QStringLiteral("OK")},
                                            {QStringLiteral("Token"), QStringLiteral("TOK")},
                                            {QStringLiteral("CardType"), QStringLiteral("ignored")}});
        QCOMPARE(n.expectedSignature(QStringLiteral("Ven"), QStringLiteral("KEY")),
                 QCryptographicHash::hash("ABCvOKvenTOKKEY", QCryptographicHash::Md5).toHex());
    }

    void validNotificationIsAcceptedWithOk()
    {
        const auto reply = intake().handle(vectorBody());
        QCOMPARE(reply.httpStatus, 200);
        QVERIFY(reply.notification);
        QCOMPARE(reply.body, QByteArray("Status=OK\r\nRedirectURL=https://shop.example/thanks\r\n"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QByteArray tampered = vectorBody();
        tampered.replace("TxAuthNo=4255", "TxAuthNo=4256");
        QByteArray unsignedBody = vectorBody();
        unsignedBody.truncate(unsignedBody.indexOf("&VPSSignature="));
        QByteArray unknown = vectorBody();
        unknown.replace("VendorTxCode=438791", "VendorTxCode=999");
        QTest::newRow("tampered") << tampered << "VPSSignature does not match";
        QTest::newRow("unsigned") << unsignedBody << "Malformed notification";
        QTest::newRow("unknown tx") << unknown << "Unknown VPSTxId";
        QTest::newRow("empty") << QByteArray() << "Malformed notification";
        QTest::newRow("json") << QByteArray(R"({"Status":"OK"})") << "Malformed notification";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02=\xff", 5) << "Malformed notification";
    }
    void refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto reply = intake().handle(body);
        QCOMPARE(reply.httpStatus, 200); // Opayo reads the body, not the status
        QVERIFY(!reply.notification);    // nothing to store
        QVERIFY(reply.error);
        QVERIFY2(reply.body.startsWith("Status=INVALID\r\nRedirectURL=https://shop.example/sorry\r\nStatusDetail="),
                 reply.body.constData());
        QVERIFY2(reply.body.contains(reason.toLatin1()), reply.body.constData());
        QVERIFY(reply.body.endsWith("\r\n"));
        QCOMPARE(reply.body.count('\n'), 3); // no injected lines
    }

    void oversizedIs413()
    {
        const QByteArray big = vectorBody() + "&Pad=" + QByteArray(ServerNotification::kMaxBodyBytes, 'x');
        const auto reply = intake().handle(big);
        QCOMPARE(reply.httpStatus, 413);
        QVERIFY(!reply.notification);
    }

    void declineIsStillAcknowledged()
    {
        // A genuine NOTAUTHED is answered OK (Opayo's guidance) with the failure page.
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("VPSProtocol"), QStringLiteral("4.00")},
            {QStringLiteral("VPSTxId"), QStringLiteral("{") + kVpsTxId + QStringLiteral("}")},
            {QStringLiteral("VendorTxCode"), QStringLiteral("438791")},
            {QStringLiteral("Status"), QStringLiteral("NOTAUTHED")}};
        const QByteArray sig = ServerNotification::fromFields(fields).expectedSignature(QStringLiteral("shop"),
                                                                                        QStringLiteral("JEUPDN1N7E"));
        QByteArray body;
        for (const auto& [k, v] : fields) {
            body += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v) + '&';
        }
        body += "VPSSignature=" + sig.toUpper();
        const auto reply = intake(QStringLiteral("Shop")).handle(body);
        QVERIFY(reply.notification);
        QCOMPARE(reply.body, QByteArray("Status=OK\r\nRedirectURL=https://shop.example/sorry\r\n"));
    }

    void signatureIsOverTheBytesOpayoSent()
    {
        // Opayo posts ISO-8859-1: an 0xE9 byte is signed as that byte, not as UTF-8.
        const QByteArray body = "VPSTxId=%7BA%7D&VendorTxCode=1&Status=OK&CAVV=caf%E9&VPSSignature=" +
                                QCryptographicHash::hash("{A}1OKvKEYcaf\xe9", QCryptographicHash::Md5).toHex();
        const auto n = ServerNotification::parse(body);
        QVERIFY(n);
        QCOMPARE(n->value(QStringLiteral("CAVV")), QStringLiteral("caf\u00e9"));
        QVERIFY(n->verify(QStringLiteral("V"), QStringLiteral("KEY")));
    }

    void safeFieldsMaskCardNumbers()
    {
        const ServerNotification n = ServerNotification::fromFields(
            {{QStringLiteral("StatusDetail"), QStringLiteral("card 4929000000006 declined")}});
        QVERIFY(!n.safeFields().first().second.contains(QStringLiteral("4929000000006")));
    }
};

QTEST_GUILESS_MAIN(TestServerNotification)
#include "TestServerNotification.moc"
