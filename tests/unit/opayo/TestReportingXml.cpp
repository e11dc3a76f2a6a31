// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Reporting API requests (the MD5 signature as documented) and answers (ISO-8859-1 XML, UK
// dates, decimal amounts, errorcodes).
#include "opayo/ReportingRequest.h"
#include "opayo/ReportingXmlParser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace bridge;
using namespace bridge::opayo;

namespace {
QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(BRIDGE_TEST_DATA_DIR "/opayo/reporting/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return f.readAll();
}
} // namespace

class TestReportingXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureIsMd5OfTheDocumentedString()
    {
        const ReportingRequest::Params params{{QStringLiteral("vpstxid"), QStringLiteral("{ABC}")}};
        const QString text = ReportingRequest::signedText(
            QStringLiteral("getTransactionDetail"), QStringLiteral("myvendor"), QStringLiteral("apiuser"), params);
        QCOMPARE(text,
                 QStringLiteral("<command>getTransactionDetail</command><vendor>myvendor</vendor><user>apiuser</user>"
                                "<vpstxid>{ABC}</vpstxid>"));
        const QByteArray expected =
            QCryptographicHash::hash(
                "<command>getTransactionDetail</command><vendor>myvendor</vendor><user>apiuser</user>"
                "<vpstxid>{ABC}</vpstxid><password>s3cret</password>",
                QCryptographicHash::Md5)
                .toHex();
        QCOMPARE(ReportingRequest::signature(text, QStringLiteral("s3cret")), expected);
        // A value computed once by hand (md5sum), so a change in the recipe cannot go unnoticed.
        QCOMPARE(ReportingRequest::signature(
                     QStringLiteral("<command>version</command><vendor>v</vendor><user>u</user>"), QStringLiteral("p")),
                 QByteArray("7c81bbd67acd71f55bd9c3284738c9a1"));
        const QByteArray xml = ReportingRequest::xml(QStringLiteral("getTransactionDetail"), QStringLiteral("myvendor"),
                                                     QStringLiteral("apiuser"), params, QStringLiteral("s3cret"));
        QVERIFY(xml.startsWith("<vspaccess><command>getTransactionDetail</command>"));
        QVERIFY(xml.endsWith(QByteArray("<signature>" + expected + "</signature></vspaccess>")));
        QVERIFY(!xml.contains("s3cret"));
        QVERIFY(!xml.contains(' ') && !xml.contains('\n'));
        QVERIFY(ReportingRequest::formBody(xml).startsWith("XML=%3Cvspaccess%3E"));
    }

    void ukDates()
    {
        // Summer: UK time is UTC+1.
        QCOMPARE(ReportingRequest::ukDate(QDateTime(QDate(2026, 7, 1), QTime(9, 5, 7), Qt::UTC)),
                 QStringLiteral("01/07/2026 10:05:07"));
        QCOMPARE(ReportingXmlParser::parseUkDate(QStringLiteral("01/07/2026 10:05:07.250")),
                 QDateTime(QDate(2026, 7, 1), QTime(9, 5, 7, 250), Qt::UTC));
        QCOMPARE(ReportingXmlParser::parseUkDate(QStringLiteral("02/03/2026 10:00:00")),
                 QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        QVERIFY(!ReportingXmlParser::parseUkDate(QStringLiteral("2026-03-02 10:00")).isValid());
    }

    void transactionDetailInLatin1()
    {
        const auto root = ReportingXmlParser::parse(fixture("transaction-detail.xml"));
        QVERIFY2(root, qPrintable(root ? QString() : root.error().toString()));
        const auto d = ReportingXmlParser::transactionDetail(*root);
        QVERIFY(d);
        QCOMPARE(d->summary.vpsTxId, QStringLiteral("0E9C8D7A-6B5F-4A3E-9D2C-1B0A9F8E7D6C"));
        QCOMPARE(d->summary.cardholder, QStringLiteral("Zo\u00eb M\u00fcller"));
        QCOMPARE(d->description, QStringLiteral("Order 1001 \u00a3 Zo\u00eb"));
        QCOMPARE(d->summary.amount, std::optional<Money>(Money(123'450, Currency::of("GBP"))));
        QCOMPARE(d->summary.txStateId, 16);
        QCOMPARE(d->vpsAuthCode, QStringLiteral("8636128"));
        QCOMPARE(d->summary.started, QDateTime(QDate(2026, 3, 2), QTime(10, 14, 58, 433), Qt::UTC));
        QCOMPARE(d->fields.value(QStringLiteral("merchantnumber")), QStringLiteral("12345678"));
    }

    void latin1WithoutDeclaration()
    {
        const QByteArray body = "<vspaccess><errorcode>0000</errorcode><description>caf\xe9</description></vspaccess>";
        const auto root = ReportingXmlParser::parse(body);
        QVERIFY(root);
        QCOMPARE(root->value(u"description"), QStringLiteral("caf\u00e9"));
    }

    void transactionList()
    {
        const auto root = ReportingXmlParser::parse(fixture("transaction-list.xml"));
        QVERIFY(root);
        const auto page = ReportingXmlParser::transactionPage(*root);
        QVERIFY(page);
        QCOMPARE(page->totalRows, 5);
        QCOMPARE(page->rows.size(), 2);
        QCOMPARE(page->rows.at(1).transactionType, QStringLiteral("Refund"));
        QCOMPARE(page->rows.at(1).amount->minorUnits(), qint64(6'000));
        QCOMPARE(page->rows.at(1).started.date(), QDate(2026, 7, 2)); // dd/mm, not mm/dd
    }

    void batchList()
    {
        const auto root = ReportingXmlParser::parse(fixture("batch-list.xml"));
        QVERIFY(root);
        const auto batches = ReportingXmlParser::batches(*root);
        QVERIFY(batches);
        QCOMPARE(batches->size(), 2);
        const ReportingBatch& b = batches->first();
        QCOMPARE(b.acquirer, QStringLiteral("Elavon"));
        QCOMPARE(b.groups.size(), 2);
        QCOMPARE(b.groups.at(0).paymentValue, std::optional<Money>(Money(12'550, Currency::of("GBP"))));
        QCOMPARE(b.groups.at(0).refundValue, std::optional<Money>(Money(2'500, Currency::of("GBP"))));
        QCOMPARE(b.groups.at(1).paymentValue, std::optional<Money>(Money(1'500, Currency::of("JPY"))));
    }

    void errorCode()
    {
        const auto root = ReportingXmlParser::parse(fixture("error-signature.xml"));
        QVERIFY(!root);
        QCOMPARE(root.error().code, QStringLiteral("opayo.reporting.0010"));
        QCOMPARE(root.error().errorClass, ErrorClass::Configuration);
    }

    void amountsThatWouldNeedRoundingAreRefused()
    {
        const QByteArray body = "<vspaccess><errorcode>0000</errorcode><vpstxid>{A}</vpstxid><amount>10.005</amount>"
                                "<currency>GBP</currency></vspaccess>";
        const auto root = ReportingXmlParser::parse(body);
        QVERIFY(root);
        QVERIFY(!ReportingXmlParser::transactionDetail(*root));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("no errorcode") << QByteArray("<vspaccess></vspaccess>");
        QTest::newRow("unclosed") << QByteArray("<vspaccess><errorcode>0000</errorcode>");
        QTest::newRow("deep") << QByteArray("<vspaccess>").repeated(1) + QByteArray("<a>").repeated(100);
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ReportingXmlParser::parse(body));
    }
};

QTEST_GUILESS_MAIN(TestReportingXml)
#include "TestReportingXml.moc"
