// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The signed JSON payment event (docs/opayo-events.md): HMAC-SHA256, timestamp window, format.
#include "core/Clock.h"
#include "opayo/PaymentEventVerifier.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace bridge;
using namespace bridge::opayo;

namespace {
const QByteArray kSecret = "whsec_test_1";
const qint64 kNow = 1'772'445'600; // 2026-03-02T10:00:00Z

QByteArray eventBody(const QByteArray& extra = {})
{
    return R"({"eventId":"evt-1","type":"payment.completed","occurredAt":"2026-03-02T09:59:58Z","shop":"demo",)"
           R"("order":{"orderId":"ORD-1","customerId":"C-1","customer":{"firstName":"Sam","lastName":"Jones",)"
           R"("email":"sam@example.com"},"lines":[{"sku":"SKU-1","description":"Mug","quantity":2,"unitPrice":1250}],)"
           R"("total":2500,"currency":"GBP"},"payment":{"vendorTxCode":"ORD-1-1","transactionId":"ABC",)"
           R"("status":"Ok","statusCode":"0000","amount":2500,"currency":"GBP","cardType":"Visa",)"
           R"("lastFourDigits":"0006")" +
           extra + "}}";
}

/// eventBody() with `order.accountCode` set to the given JSON value.
QByteArray withAccountCode(const QByteArray& jsonValue, const QByteArray& body = eventBody())
{
    const QByteArray field = R"("currency":"GBP","accountCode":)" + jsonValue + R"(},"payment")";
    return QByteArray(body).replace(R"("currency":"GBP"},"payment")", field);
}

/// A refund.completed event; `extra` is appended to the payment object.
QByteArray refundBody(const QByteArray& extra)
{
    return QByteArray(eventBody(extra))
        .replace(R"("type":"payment.completed")", R"("type":"refund.completed")")
        .replace(R"("eventId":"evt-1")", R"("eventId":"evt-1-R1")")
        .replace(R"("vendorTxCode":"ORD-1-1","transactionId":"ABC")",
                 R"("vendorTxCode":"ORD-1-1-R1","transactionId":"REF")")
        .replace(R"("amount":2500,"currency":"GBP","cardType")", R"("amount":1250,"currency":"GBP","cardType")");
}
} // namespace

class TestPaymentEvent : public QObject
{
    Q_OBJECT

    ManualClock m_clock{kNow * 1000};

    Result<PaymentEvent> verify(const QByteArray& body, qint64 ts, const QByteArray& signature)
    {
        PaymentEventVerifier v({kSecret, 300, 64 * 1024}, m_clock);
        return v.verify(QByteArray::number(ts), signature, body);
    }

private Q_SLOTS:
    void signatureIsHmacSha256OfTimestampDotBody()
    {
        const QByteArray expected =
            "v1=" +
            QMessageAuthenticationCode::hash("1772445600." + eventBody(), kSecret, QCryptographicHash::Sha256).toHex();
        QCOMPARE(PaymentEventVerifier::sign(kSecret, kNow, eventBody()), expected);
        // Fixed vector (computed with `openssl dgst -sha256 -hmac`), see docs/opayo-events.md.
        QCOMPARE(PaymentEventVerifier::sign("secret", 1700000000, "{}"),
                 QByteArray("v1=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163"));
    }

    void validEventParses()
    {
        const auto e = verify(eventBody(), kNow, PaymentEventVerifier::sign(kSecret, kNow, eventBody()));
        QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
        QCOMPARE(e->eventId, QStringLiteral("evt-1"));
        QCOMPARE(e->orderTotal, std::optional<Money>(Money(2'500, Currency::of("GBP"))));
        QCOMPARE(e->amount, std::optional<Money>(Money(2'500, Currency::of("GBP"))));
        QCOMPARE(e->lines.size(), 1);
        QCOMPARE(e->lines.first().quantity, qint64(2));
        QCOMPARE(e->vendorTxCode, QStringLiteral("ORD-1-1"));
        QCOMPARE(e->maskedPans, 0);
        QVERIFY(e->accountCode.isEmpty());
        QVERIFY(e->referenceTransactionId.isEmpty());
    }

    void accountCodeIsParsed()
    {
        const QByteArray body = withAccountCode(R"("C00010")");
        const auto e = verify(body, kNow, PaymentEventVerifier::sign(kSecret, kNow, body));
        QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
        QCOMPARE(e->accountCode, QStringLiteral("C00010"));
        // Exactly 15 characters is the limit, and null means "none".
        const QByteArray longest = withAccountCode(R"("ABCDEFGHIJKLMNO")");
        const auto e15 = PaymentEvent::parse(longest);
        QVERIFY(e15);
        QCOMPARE(e15->accountCode, QStringLiteral("ABCDEFGHIJKLMNO"));
        const auto none = PaymentEvent::parse(withAccountCode("null"));
        QVERIFY(none);
        QVERIFY(none->accountCode.isEmpty());
    }

    void refundNamesTheOriginalPayment()
    {
        const QByteArray body = refundBody(R"(,"referenceTransactionId":"ABC")");
        const auto e = verify(body, kNow, PaymentEventVerifier::sign(kSecret, kNow, body));
        QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
        QCOMPARE(e->type, QStringLiteral("refund.completed"));
        QCOMPARE(e->transactionId, QStringLiteral("REF"));
        QCOMPARE(e->referenceTransactionId, QStringLiteral("ABC"));
        QCOMPARE(e->vendorTxCode, QStringLiteral("ORD-1-1-R1"));
        QCOMPARE(e->amount, std::optional<Money>(Money(1'250, Currency::of("GBP"))));
        QCOMPARE(e->orderTotal, std::optional<Money>(Money(2'500, Currency::of("GBP"))));

        // A refund may carry no order lines.
        QByteArray noLines = body;
        noLines.replace(R"([{"sku":"SKU-1","description":"Mug","quantity":2,"unitPrice":1250}])", "[]");
        const auto bare = PaymentEvent::parse(noLines);
        QVERIFY2(bare, qPrintable(bare ? QString() : bare.error().toString()));
        QVERIFY(bare->lines.isEmpty());

        // On a payment the field is optional, and parsed when present.
        const auto payment = PaymentEvent::parse(eventBody(R"(,"referenceTransactionId":"XYZ")"));
        QVERIFY(payment);
        QCOMPARE(payment->referenceTransactionId, QStringLiteral("XYZ"));
    }

    void malformedEventsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("refund without reference") << refundBody({}) << "payment.referenceTransactionId";
        QTest::newRow("refund with empty reference")
            << refundBody(R"(,"referenceTransactionId":"")") << "payment.referenceTransactionId";
        QTest::newRow("account code too long") << withAccountCode(R"("ABCDEFGHIJKLMNOP")") << "order.accountCode";
        QTest::newRow("account code a number") << withAccountCode("10010") << "order.accountCode";
    }
    void malformedEventsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto e = verify(body, kNow, PaymentEventVerifier::sign(kSecret, kNow, body));
        QVERIFY(!e);
        QCOMPARE(e.error().code, QStringLiteral("opayo.event.malformed"));
        QVERIFY2(e.error().message.contains(field), qPrintable(e.error().message));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("code");
        const QByteArray good = PaymentEventVerifier::sign(kSecret, kNow, eventBody());
        QTest::newRow("no signature") << eventBody() << kNow << QByteArray() << "opayo.event.signature";
        QTest::newRow("other secret") << eventBody() << kNow << PaymentEventVerifier::sign("other", kNow, eventBody())
                                      << "opayo.event.signature";
        QTest::newRow("body changed") << eventBody(R"(,"x":1)") << kNow << good << "opayo.event.signature";
        QTest::newRow("timestamp changed") << eventBody() << kNow + 1 << good << "opayo.event.signature";
        QTest::newRow("stale") << eventBody() << kNow - 301
                               << PaymentEventVerifier::sign(kSecret, kNow - 301, eventBody()) << "opayo.event.stale";
        QTest::newRow("future") << eventBody() << kNow + 301
                                << PaymentEventVerifier::sign(kSecret, kNow + 301, eventBody()) << "opayo.event.stale";
        const QByteArray notJson = "not json";
        QTest::newRow("signed garbage") << notJson << kNow << PaymentEventVerifier::sign(kSecret, kNow, notJson)
                                        << "opayo.event.malformed";
        const QByteArray big(70 * 1024, ' ');
        QTest::newRow("too large") << big << kNow << PaymentEventVerifier::sign(kSecret, kNow, big)
                                   << "opayo.event.too_large";
        const QByteArray fractional = QByteArray(eventBody()).replace("\"amount\":2500", "\"amount\":25.00");
        QTest::newRow("decimal amount") << fractional << kNow << PaymentEventVerifier::sign(kSecret, kNow, fractional)
                                        << "opayo.event.malformed";
    }
    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, signature);
        QFETCH(QString, code);
        const auto e = verify(body, timestamp, signature);
        QVERIFY(!e);
        QCOMPARE(e.error().code, code);
        QVERIFY(!e.error().message.isEmpty());
    }

    void withinTheWindowIsAccepted()
    {
        const auto e = verify(eventBody(), kNow - 300, PaymentEventVerifier::sign(kSecret, kNow - 300, eventBody()));
        QVERIFY(e);
    }

    void cardNumbersAreMaskedAndCounted()
    {
        QByteArray body = eventBody();
        body.replace("\"Mug\"", "\"Mug for 4929 0000 0000 6\"");
        const auto e = verify(body, kNow, PaymentEventVerifier::sign(kSecret, kNow, body));
        QVERIFY(e);
        QCOMPARE(e->maskedPans, 1);
        QVERIFY(!e->lines.first().description.contains(QStringLiteral("0000 0000 6")));
    }
};

QTEST_GUILESS_MAIN(TestPaymentEvent)
#include "TestPaymentEvent.moc"
