// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SysproErrors.h"
#include "syspro/SysproRequestJob.h"
#include "syspro/Windows1252.h"
#include "syspro/XmlElement.h"

#include <QTest>

using namespace bridge;
using namespace bridge::syspro;

class TestSysproXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows1252BothWays()
    {
        const QByteArray bytes("Caf\xe9 \xa3"
                               "5 \x80 \x93quoted\x94");
        const QString text = Windows1252::decode(bytes);
        QCOMPARE(text, QStringLiteral("Caf\u00e9 \u00a35 \u20ac \u201cquoted\u201d"));
        bool lossless = false;
        QCOMPARE(Windows1252::encode(text, &lossless), bytes);
        QVERIFY(lossless);
        Windows1252::encode(QStringLiteral("\u4e2d"), &lossless);
        QVERIFY(!lossless);
    }

    void decodesBodyByDeclaration()
    {
        QCOMPARE(Windows1252::decodeBody("<?xml version=\"1.0\" encoding=\"Windows-1252\"?><a>\xa3</a>"),
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"Windows-1252\"?><a>\u00a3</a>"));
        QCOMPARE(Windows1252::decodeBody("<?xml version='1.0' encoding='utf-8'?><a>\xc2\xa3</a>"),
                 QStringLiteral("<?xml version='1.0' encoding='utf-8'?><a>\u00a3</a>"));
        QCOMPARE(Windows1252::decodeBody("ERROR: Caf\xe9"), QStringLiteral("ERROR: Caf\u00e9"));
    }

    void caseInsensitiveLookUpAndTrimmedValues()
    {
        const auto doc = XmlElement::parseBytes(
            "<?xml version=\"1.0\" encoding=\"Windows-1252\"?>\n<postgljournal Version='8.0.161'><Item><Transaction>"
            "<Key><GlYear>2026</GlYear><GLJOURNAL>     7</GLJOURNAL></Key></Transaction></Item></postgljournal>\n ");
        QVERIFY(doc.has_value());
        QVERIFY(doc->is(u"PostGlJournal"));
        QCOMPARE(doc->attribute(u"version"), QStringLiteral("8.0.161"));
        QCOMPARE(doc->pathText(u"item/transaction/key/GlJournal"), QStringLiteral("7"));
        QCOMPARE(doc->find(u"gljournal")->rawText(), QStringLiteral("     7"));
    }

    void malformedXmlIsATypedError()
    {
        for (const char* bad : {"", "<a>", "<a></b>", "<a/><b/>", "not xml"}) {
            const auto r = XmlElement::parse(QString::fromLatin1(bad));
            QVERIFY2(!r, bad);
            QCOMPARE(r.error().code, QStringLiteral("syspro.xml_malformed"));
        }
        QString deep;
        for (int i = 0; i < 200; ++i) {
            deep += QStringLiteral("<a>");
        }
        QVERIFY(!XmlElement::parse(deep));
    }

    void classifiesErrorBodies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("password") << "ERROR: Invalid operator password" << codes::authentication;
        QTest::newRow("company") << "ERROR: Invalid company 'X'" << codes::authentication;
        QTest::newRow("session") << "ERROR: The supplied UserID is invalid." << codes::invalidSession;
        QTest::newRow("licence") << "ERROR: e.net exception 100000" << codes::notLicensed;
        QTest::newRow("not found") << "ERROR: Stock code 'X' not found" << codes::notFound;
        QTest::newRow("other") << "ERROR: Unable to read the SYSPRO base directory registry string BaseDir8"
                               << codes::serverError;
    }
    void classifiesErrorBodies()
    {
        QFETCH(QString, body);
        QFETCH(QString, code);
        QVERIFY(SysproErrors::isErrorBody(body));
        const Error e =
            SysproErrors::fromErrorBody(body, QStringLiteral("testing"), QStringLiteral("ARSTPY"), QStringLiteral("1"));
        QCOMPARE(e.code, code);
        QCOMPARE(e.isTransient(), code == codes::invalidSession);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!SysproErrors::isErrorBody(QStringLiteral("<SalesOrders/>")));
    }

    void errorsInsideXmlOut()
    {
        const auto doc = XmlElement::parse(QStringLiteral(
            "<setuparcustomer><item><key><customer><Value>1004</Value><ErrorDescription>Customer '1004' not found"
            "</ErrorDescription></customer></key></item></setuparcustomer>"));
        QVERIFY(doc.has_value());
        const auto e = SysproErrors::fromXmlOut(*doc, QStringLiteral("customer 1004"));
        QVERIFY(e.has_value());
        QCOMPARE(e->code, codes::business);
        QVERIFY(e->message.contains(QStringLiteral("not found")));
    }

    void urlEncodingIsRfc3986()
    {
        const QUrl url = SysproRequestJob::buildUrl(
            QUrl(QStringLiteral("http://127.0.0.1:31002/SYSPROWCFService/Rest")), QStringLiteral("Query/Query"),
            {{QStringLiteral("UserId"), QStringLiteral("ABC00  ")},
             {QStringLiteral("XmlIn"), QStringLiteral("<a>x+y & z=\u00e9~</a>")}});
        const QByteArray encoded = url.toEncoded();
        QCOMPARE(encoded, QByteArray("http://127.0.0.1:31002/SYSPROWCFService/Rest/Query/Query?UserId=ABC00%20%20&"
                                     "XmlIn=%3Ca%3Ex%2By%20%26%20z%3D%C3%A9~%3C%2Fa%3E"));
    }
};

QTEST_GUILESS_MAIN(TestSysproXml)
#include "TestSysproXml.moc"
