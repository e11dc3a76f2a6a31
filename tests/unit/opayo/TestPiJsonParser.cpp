// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Pi JSON as the live API sends it (fixtures in tests/data/opayo/pi, shaped after the public
// fixtures listed in opayo-api.md §4.2).
#include "opayo/PiJsonParser.h"

#include <QFile>
#include <QTest>

using namespace bridge;
using namespace bridge::opayo;

namespace {
QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(BRIDGE_TEST_DATA_DIR "/opayo/pi/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return f.readAll();
}
} // namespace

class TestPiJsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paymentOk()
    {
        const auto t = PiJsonParser::parseTransaction(fixture("payment-ok.json"));
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        QCOMPARE(t->transactionId, QStringLiteral("T6569400-1516-0A3F-E3FA-7F222CC79221"));
        QVERIFY(t->isOk());
        QCOMPARE(t->retrievalReference, QStringLiteral("8636128"));    // an integer on the wire
        QCOMPARE(t->threeDSecureStatus, QStringLiteral("NotChecked")); // "3DSecure" key
        QCOMPARE(t->expiryDate, QStringLiteral("0317"));
        QCOMPARE(t->avsCvcStatus, QStringLiteral("SecurityCodeMatchOnly"));
        QCOMPARE(t->totalAmount, std::optional<Money>(Money(10'000, Currency::of("GBP"))));
        QCOMPARE(t->surchargeAmount, std::optional<Money>(Money(0, Currency::of("GBP"))));
        QCOMPARE(t->cardIdentifier, QStringLiteral("C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6"));
    }

    void declineIsATransaction()
    {
        const auto t = PiJsonParser::parseTransaction(fixture("payment-notauthed.json"));
        QVERIFY(t);
        QCOMPARE(t->status, QStringLiteral("NotAuthed"));
        QCOMPARE(t->statusCode, QStringLiteral("2000"));
        QCOMPARE(t->bankResponseCode, QStringLiteral("05"));
        QVERIFY(t->retrievalReference.isEmpty()); // omitted, not null
        QVERIFY(!t->totalAmount);                 // older answers carry no amount
    }

    void challenge()
    {
        const auto t = PiJsonParser::parseTransaction(fixture("payment-3ds-challenge.json"));
        QVERIFY(t);
        QVERIFY(t->needsChallenge());
        QCOMPARE(t->statusCode, QStringLiteral("2021"));
        QVERIFY(!t->acsUrl.isEmpty());
        QVERIFY(!t->cReq.isEmpty());
        QVERIFY(t->transactionType.isEmpty());
    }

    void repeatWithStringRetrievalReference()
    {
        const auto t = PiJsonParser::parseTransaction(fixture("repeat-ok.json"));
        QVERIFY(t);
        QCOMPARE(t->retrievalReference, QStringLiteral("8636130"));
        QCOMPARE(t->transactionType, QStringLiteral("Repeat"));
        QCOMPARE(t->totalAmount->minorUnits(), qint64(3'840));
    }

    void refundWithSpecSpelling()
    {
        const auto t = PiJsonParser::parseTransaction(fixture("refund-ok.json"));
        QVERIFY(t);
        QCOMPARE(t->expiryDate, QStringLiteral("0317")); // "expiry", as the spec's schema names it
    }

    void instruction()
    {
        const auto i = PiJsonParser::parseInstruction(fixture("instruction-void.json"));
        QVERIFY(i);
        QCOMPARE(i->instructionType, QStringLiteral("void"));
        QCOMPARE(i->date, QStringLiteral("2016-09-08T11:27:34.728+01:00"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("property");
        QTest::addColumn<int>("errorClass");
        QTest::newRow("422 integer codes") << fixture("error-422.json") << 422 << 1009
                                           << "paymentMethod.card.merchantSessionKey" << int(ErrorClass::Permanent);
        QTest::newRow("422 string code") << fixture("error-422-string-code.json") << 422 << 1005
                                         << "cardDetails.cardholderName" << int(ErrorClass::Permanent);
        QTest::newRow("403 1018") << fixture("error-1018.json") << 403 << 1018 << "" << int(ErrorClass::Permanent);
        QTest::newRow("500 9999") << fixture("error-9999.json") << 500 << 9999 << "" << int(ErrorClass::Transient);
        QTest::newRow("408 9998") << QByteArray(R"({"code":9998,"description":"Request timeout"})") << 408 << 9998 << ""
                                  << int(ErrorClass::Transient);
        QTest::newRow("401 1002") << QByteArray(R"({"code":1002,"description":"Authentication failed"})") << 401 << 1002
                                  << "" << int(ErrorClass::Configuration);
        QTest::newRow("502 html") << QByteArray("<html>Bad gateway</html>") << 502 << 0 << ""
                                  << int(ErrorClass::Transient);
        QTest::newRow("404 empty") << QByteArray() << 404 << 0 << "" << int(ErrorClass::Permanent);
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(QString, property);
        QFETCH(int, errorClass);
        const auto list = PiJsonParser::parseErrors(body);
        if (code > 0) {
            QVERIFY(!list.isEmpty());
            QCOMPARE(list.first().code, code);
            QCOMPARE(list.first().property, property);
        }
        const Error e = PiJsonParser::errorFor(http, body);
        QCOMPARE(int(e.errorClass), errorClass);
        QCOMPARE(e.code, code > 0 ? QStringLiteral("opayo.%1").arg(code) : QStringLiteral("opayo.http_%1").arg(http));
        QVERIFY(!e.message.isEmpty());
        if (!property.isEmpty()) {
            QVERIFY(e.message.contains(property) || e.detail.contains(property));
        }
    }

    void everyErrorOfTheTableHasAMessage()
    {
        for (int code : {1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011,
                         1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 9998, 9999}) {
            const QByteArray body = QByteArray(R"({"code":)") + QByteArray::number(code) + R"(,"description":"x"})";
            const Error e = PiJsonParser::errorFor(code == 9998 ? 408 : (code == 9999 ? 500 : 422), body);
            QCOMPARE(e.code, QStringLiteral("opayo.%1").arg(code));
            QVERIFY2(e.message.size() > 20, qPrintable(e.message));
        }
    }

    void cardNumbersInTextAreMasked()
    {
        const auto list = PiJsonParser::parseErrors(fixture("error-pan-in-detail.json"));
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().description.contains(QStringLiteral("4929 0000 0000 6")));
        const Error e = PiJsonParser::errorFor(422, fixture("error-pan-in-detail.json"));
        QVERIFY(!e.detail.contains(QStringLiteral("0000 0000 6")));
    }

    void badInputIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << fixture("payment-ok.json").left(80);
        QTest::newRow("no id") << QByteArray(R"({"status":"Ok"})");
        QTest::newRow("fractional amount")
            << QByteArray(R"({"transactionId":"A","currency":"GBP","amount":{"totalAmount":10.5}})");
        QTest::newRow("unknown currency")
            << QByteArray(R"({"transactionId":"A","currency":"XXZ","amount":{"totalAmount":10}})");
    }
    void badInputIsAnErrorNotACrash()
    {
        QFETCH(QByteArray, body);
        const auto t = PiJsonParser::parseTransaction(body);
        QVERIFY(!t);
        QVERIFY(!t.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPiJsonParser)
#include "TestPiJsonParser.moc"
