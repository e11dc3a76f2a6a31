// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The sandbox's Pi API over raw HTTP, as curl would see it: the whole 1000–1021/9998/9999 error
// table with its HTTP statuses, session-key and card-identifier rules, test-card magic values.
#include "PiTestHelper.h"
#include "core/Clock.h"
#include "sandbox/opayo/OpayoSandbox.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using bridge::sandbox::FaultKind;
using bridge::sandbox::FaultPlan;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::opayo::OpayoSandboxConfig;
using bridge::test::PiTestHelper;
using Card = PiTestHelper::Card;

class TestSandboxPi : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<OpayoSandbox> m_sandbox;
    std::unique_ptr<PiTestHelper> m_http;
    int m_serial = 0;

    QString code() { return QStringLiteral("SB-%1").arg(++m_serial); }

    static int errorCode(const PiTestHelper::Reply& r)
    {
        if (r.json.contains(QStringLiteral("errors"))) {
            return r.json.value(QStringLiteral("errors"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("code"))
                .toInt();
        }
        return r.json.value(QStringLiteral("code")).toInt();
    }
    static QString property(const PiTestHelper::Reply& r)
    {
        return r.json.value(QStringLiteral("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("property"))
            .toString();
    }

    PiTestHelper::Reply cardIdentifier(const QString& msk, const QJsonObject& details)
    {
        return m_http->call("POST", QStringLiteral("/card-identifiers"),
                            QJsonDocument(QJsonObject{{QStringLiteral("cardDetails"), details}}).toJson(),
                            "Bearer " + msk.toLatin1());
    }
    static QJsonObject details(const QString& number, const QString& expiry = QStringLiteral("0330"))
    {
        return QJsonObject{{QStringLiteral("cardholderName"), QStringLiteral("SAM JONES")},
                           {QStringLiteral("cardNumber"), number},
                           {QStringLiteral("expiryDate"), expiry},
                           {QStringLiteral("securityCode"), QStringLiteral("123")}};
    }
    QString paid(qint64 amount, const QString& type = QStringLiteral("Payment"))
    {
        return m_http->pay(type, amount, code()).json.value(QStringLiteral("transactionId")).toString();
    }
    PiTestHelper::Reply instruct(const QString& id, const QJsonObject& body)
    {
        return m_http->callJson("POST", QStringLiteral("/transactions/") + id + QStringLiteral("/instructions"), body);
    }
    PiTestHelper::Reply refund(const QString& id, const QJsonValue& amount)
    {
        return m_http->callJson("POST", QStringLiteral("/transactions"),
                                {{QStringLiteral("transactionType"), QStringLiteral("Refund")},
                                 {QStringLiteral("referenceTransactionId"), id},
                                 {QStringLiteral("vendorTxCode"), code()},
                                 {QStringLiteral("amount"), amount},
                                 {QStringLiteral("description"), QStringLiteral("refund")}});
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setNow(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        m_sandbox = std::make_unique<OpayoSandbox>(OpayoSandboxConfig{}, &m_clock);
        QVERIFY(m_sandbox->listenOn());
        m_http = std::make_unique<PiTestHelper>(m_sandbox->piBaseUrl(), QStringLiteral("sandbox-key"),
                                                QStringLiteral("sandbox-password"));
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void authentication()
    {
        auto r = m_http->call("GET", QStringLiteral("/transactions/X"), {}, "Basic");
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), 1002);
        QNetworkAccessManager nam;
        QNetworkReply* none =
            nam.get(QNetworkRequest(QUrl(m_sandbox->piBaseUrl() + QStringLiteral("/transactions/X"))));
        QSignalSpy done(none, &QNetworkReply::finished);
        QVERIFY(done.wait(10'000));
        QCOMPARE(none->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(QJsonDocument::fromJson(none->readAll()).object().value(QStringLiteral("code")).toInt(), 1001);
        delete none;
    }

    void bodyErrors()
    {
        auto r = m_http->call("POST", QStringLiteral("/transactions"), "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), 1000);
        r = m_http->call("POST", QStringLiteral("/transactions"), " ");
        QCOMPARE(r.status, 422);
        QCOMPARE(errorCode(r), 1015);
        r = m_http->call("POST", QStringLiteral("/transactions"), "{}");
        QCOMPARE(r.status, 422);
        QCOMPARE(errorCode(r), 1003);
        QCOMPARE(property(r), QStringLiteral("transactionType"));
        r = m_http->call("DELETE", QStringLiteral("/transactions"), {});
        QCOMPARE(r.status, 405);
        r = m_http->call("POST", QStringLiteral("/transactions"), QByteArray(300 * 1024, ' '));
        QCOMPARE(r.status, 413);
    }

    void sessionKeys()
    {
        auto r = m_http->callJson("POST", QStringLiteral("/merchant-session-keys"),
                                  {{QStringLiteral("vendorName"), QStringLiteral("other")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorCode(r), 1009);
        QCOMPARE(property(r), QStringLiteral("vendorName"));
        r = m_http->callJson("POST", QStringLiteral("/merchant-session-keys"),
                             {{QStringLiteral("vendorName"), QStringLiteral("sandboxsandboxsandbox")}});
        QCOMPARE(errorCode(r), 1004);
        const QString msk = m_http->sessionKey();
        QVERIFY(!msk.isEmpty());
        QCOMPARE(m_http->call("GET", QStringLiteral("/merchant-session-keys/") + msk, {}).status, 200);
        m_clock.advance(401'000); // 400 seconds
        r = m_http->call("GET", QStringLiteral("/merchant-session-keys/") + msk, {});
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), 1006);
        QCOMPARE(cardIdentifier(msk, details(QStringLiteral("4929000000006"))).status, 401);
    }

    void sessionKeyDiesAfterThreeFailures()
    {
        const QString msk = m_http->sessionKey();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(cardIdentifier(msk, details(QStringLiteral("4929000000007"))).status, 422);
        }
        QCOMPARE(cardIdentifier(msk, details(QStringLiteral("4929000000006"))).status, 401);
    }

    void sessionKeyMakesOneCardIdentifier()
    {
        const QString msk = m_http->sessionKey();
        const auto r = cardIdentifier(msk, details(QStringLiteral("4929000000006")));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("cardType")).toString(), QStringLiteral("Visa"));
        QCOMPARE(cardIdentifier(msk, details(QStringLiteral("4929000000006"))).status, 401);
    }

    void cardValidation_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("property");
        QTest::newRow("luhn") << "4929000000007"
                              << "0330" << 1007 << "cardDetails.cardNumber";
        QTest::newRow("unsupported") << "9000000000000001"
                                     << "0330" << 1008 << "cardDetails.cardNumber";
        QTest::newRow("letters") << "4929abc"
                                 << "0330" << 1005 << "cardDetails.cardNumber";
        QTest::newRow("too long") << "49290000000000000"
                                  << "0330" << 1004 << "cardDetails.cardNumber";
        QTest::newRow("expired") << "4929000000006"
                                 << "0125" << 1009 << "cardDetails.expiryDate";
        QTest::newRow("month 13") << "4929000000006"
                                  << "1330" << 1005 << "cardDetails.expiryDate";
        QTest::newRow("missing") << ""
                                 << "0330" << 1003 << "cardDetails.cardNumber";
    }
    void cardValidation()
    {
        QFETCH(QString, number);
        QFETCH(QString, expiry);
        QFETCH(int, code);
        QFETCH(QString, property);
        const auto r = cardIdentifier(m_http->sessionKey(), details(number, expiry));
        QCOMPARE(r.status, 422);
        QCOMPARE(errorCode(r), code);
        QCOMPARE(this->property(r), property);
    }

    void transactionValidation()
    {
        const auto token = m_http->tokenise(Card{});
        QJsonObject body =
            PiTestHelper::paymentBody(QStringLiteral("Payment"), token, QString(41, QLatin1Char('x')), 100);
        auto r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(errorCode(r), 1004);
        body = PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 100, QStringLiteral("XXX"));
        r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(errorCode(r), 1010);
        body = PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 100);
        body.insert(QStringLiteral("amount"), QStringLiteral("100"));
        r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(errorCode(r), 1016);
        QByteArray decimal =
            QJsonDocument(PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 100)).toJson();
        decimal.replace("\"amount\": 100", "\"amount\": 100.00");
        r = m_http->call("POST", QStringLiteral("/transactions"), decimal);
        QCOMPARE(errorCode(r), 1016);
        body = PiTestHelper::paymentBody(QStringLiteral("Payment"), {token.first, QStringLiteral("NOPE")}, code(), 100);
        r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(errorCode(r), 1011);
        body = PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 100);
        body.remove(QStringLiteral("billingAddress"));
        body.remove(QStringLiteral("customerLastName"));
        r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json.value(QStringLiteral("errors")).toArray().size(), 2); // every missing field listed
    }

    void cardIdentifierIsSingleUse()
    {
        const auto token = m_http->tokenise(Card{});
        QCOMPARE(m_http
                     ->callJson("POST", QStringLiteral("/transactions"),
                                PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 100))
                     .status,
                 201);
        const auto again = m_http->callJson("POST", QStringLiteral("/transactions"),
                                            PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 100));
        QCOMPARE(errorCode(again), 1011);
    }

    void savedCardCannotBeSavedTwice()
    {
        const auto token = m_http->tokenise(Card{});
        QJsonObject body = PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 100);
        QJsonObject method = body.value(QStringLiteral("paymentMethod")).toObject();
        QJsonObject card = method.value(QStringLiteral("card")).toObject();
        card.insert(QStringLiteral("save"), true);
        method.insert(QStringLiteral("card"), card);
        body.insert(QStringLiteral("paymentMethod"), method);
        auto r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(r.status, 201);
        QVERIFY(r.json.value(QStringLiteral("paymentMethod"))
                    .toObject()
                    .value(QStringLiteral("card"))
                    .toObject()
                    .value(QStringLiteral("reusable"))
                    .toBool());
        body.insert(QStringLiteral("vendorTxCode"), code());
        r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(errorCode(r), 1020);
    }

    void businessRules()
    {
        const QString payment = paid(1'000);
        auto r = m_http->call("GET", QStringLiteral("/transactions/NOPE"), {});
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), 1012);
        r = instruct(payment,
                     {{QStringLiteral("instructionType"), QStringLiteral("release")}, {QStringLiteral("amount"), 1}});
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), 1013);
        r = m_http->call("GET", QStringLiteral("/transactions/") + payment + QStringLiteral("/instructions"), {});
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), 1019);
        r = refund(payment, 1'001);
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), 1018);
        QCOMPARE(refund(payment, 600).status, 201);
        r = refund(payment, 401);
        QCOMPARE(errorCode(r), 1018);
        r = instruct(payment, {{QStringLiteral("instructionType"), QStringLiteral("void")}});
        QCOMPARE(errorCode(r), 1017); // refunded already
        const QString deferred = paid(1'000, QStringLiteral("Deferred"));
        r = instruct(deferred, {{QStringLiteral("instructionType"), QStringLiteral("release")},
                                {QStringLiteral("amount"), 1'001}});
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), 1021);
        r = instruct(deferred, {{QStringLiteral("instructionType"), QStringLiteral("release")}});
        QCOMPARE(errorCode(r), 1003);
        r = refund(deferred, 1);
        QCOMPARE(errorCode(r), 1014);
        r = instruct(deferred, {{QStringLiteral("instructionType"), QStringLiteral("explode")}});
        QCOMPARE(errorCode(r), 1009);
        QCOMPARE(instruct(deferred, {{QStringLiteral("instructionType"), QStringLiteral("release")},
                                     {QStringLiteral("amount"), 1'000}})
                     .status,
                 201);
        r = m_http->call("GET", QStringLiteral("/transactions/") + deferred + QStringLiteral("/instructions"), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("instructions")).toArray().size(), 1);
        r = m_http->callJson("POST", QStringLiteral("/transactions"),
                             {{QStringLiteral("transactionType"), QStringLiteral("Repeat")},
                              {QStringLiteral("referenceTransactionId"), deferred},
                              {QStringLiteral("vendorTxCode"), code()},
                              {QStringLiteral("amount"), 5'000},
                              {QStringLiteral("currency"), QStringLiteral("GBP")},
                              {QStringLiteral("description"), QStringLiteral("repeat")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("transactionType")).toString(), QStringLiteral("Repeat"));
    }

    void duplicateVendorTxCode()
    {
        const QString vtx = code();
        QCOMPARE(m_http->pay(QStringLiteral("Payment"), 100, vtx).status, 201);
        const auto r = m_http->pay(QStringLiteral("Payment"), 100, vtx);
        QCOMPARE(r.status, 422);
        QCOMPARE(errorCode(r), 4042);
        QCOMPARE(property(r), QStringLiteral("vendorTxCode"));
    }

    void magicValues_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("cvv");
        QTest::addColumn<QString>("apply3DS");
        QTest::addColumn<QString>("applyAvs");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("statusCode");
        QTest::addColumn<QString>("threeDS");
        QTest::newRow("test card") << "4929000000006"
                                   << "SAM"
                                   << "123"
                                   << "UseMSPSetting"
                                   << "UseMSPSetting"
                                   << "Ok"
                                   << "0000"
                                   << "NotChecked";
        QTest::newRow("amex cvv") << "374200000000004"
                                  << "SAM"
                                  << "1234"
                                  << "UseMSPSetting"
                                  << "Force"
                                  << "Ok"
                                  << "0000"
                                  << "NotChecked";
        QTest::newRow("decline visa") << "4929602110085639"
                                      << "SAM"
                                      << "123"
                                      << "UseMSPSetting"
                                      << "UseMSPSetting"
                                      << "NotAuthed"
                                      << "2000"
                                      << "NotChecked";
        QTest::newRow("decline mc") << "5403814948608092"
                                    << "SAM"
                                    << "123"
                                    << "UseMSPSetting"
                                    << "UseMSPSetting"
                                    << "NotAuthed"
                                    << "2000"
                                    << "NotChecked";
        QTest::newRow("cvv wrong forced") << "4929000000006"
                                          << "SAM"
                                          << "999"
                                          << "UseMSPSetting"
                                          << "Force"
                                          << "Rejected"
                                          << "2001"
                                          << "NotChecked";
        QTest::newRow("3ds successful") << "4929000000006"
                                        << "SUCCESSFUL"
                                        << "123"
                                        << "Force"
                                        << "UseMSPSetting"
                                        << "Ok"
                                        << "0000"
                                        << "Authenticated";
        QTest::newRow("3ds notauth") << "4929000000006"
                                     << "NOTAUTH"
                                     << "123"
                                     << "Force"
                                     << "UseMSPSetting"
                                     << "Rejected"
                                     << "4026"
                                     << "NotAuthenticated";
        QTest::newRow("3ds proofattempt") << "4929000000006"
                                          << "PROOFATTEMPT"
                                          << "123"
                                          << "Force"
                                          << "UseMSPSetting"
                                          << "Ok"
                                          << "0000"
                                          << "AttemptOnly";
        QTest::newRow("3ds techdifficulties") << "4929000000006"
                                              << "TECHDIFFICULTIES"
                                              << "123"
                                              << "Force"
                                              << "UseMSPSetting"
                                              << "Rejected"
                                              << "4026"
                                              << "Incomplete";
        QTest::newRow("3ds error ignoring rules") << "4929000000006"
                                                  << "ERROR"
                                                  << "123"
                                                  << "ForceIgnoringRules"
                                                  << "UseMSPSetting"
                                                  << "Ok"
                                                  << "0000"
                                                  << "Error";
        QTest::newRow("3ds other name") << "4929000000006"
                                        << "SAM"
                                        << "123"
                                        << "Force"
                                        << "UseMSPSetting"
                                        << "Rejected"
                                        << "4026"
                                        << "NotAuthenticated";
    }
    void magicValues()
    {
        QFETCH(QString, number);
        QFETCH(QString, name);
        QFETCH(QString, cvv);
        QFETCH(QString, apply3DS);
        QFETCH(QString, applyAvs);
        QFETCH(QString, status);
        QFETCH(QString, statusCode);
        QFETCH(QString, threeDS);
        Card card;
        card.number = number;
        card.cardholderName = name;
        card.securityCode = cvv;
        const auto token = m_http->tokenise(card);
        QJsonObject body = PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 2'000);
        body.insert(QStringLiteral("apply3DSecure"), apply3DS);
        body.insert(QStringLiteral("applyAvsCvcCheck"), applyAvs);
        const auto r = m_http->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(r.status, 201); // declines and rejections too
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(r.json.value(QStringLiteral("statusCode")).toString(), statusCode);
        QCOMPARE(r.json.value(QStringLiteral("3DSecure")).toObject().value(QStringLiteral("status")).toString(),
                 threeDS);
        if (status == QLatin1String("Ok")) {
            QVERIFY(r.json.value(QStringLiteral("retrievalReference")).isDouble()); // an integer, as live
            QCOMPARE(r.json.value(QStringLiteral("bankAuthorisationCode")).toString(), QStringLiteral("999777"));
        }
    }

    void opayoFaultBodies()
    {
        FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {FaultKind::RequestTimeout};
        m_sandbox->setFaultPlan(plan);
        auto r = m_http->call("GET", QStringLiteral("/transactions/X"), {});
        QCOMPARE(r.status, 408);
        QCOMPARE(errorCode(r), 9998);
        plan.kinds = {FaultKind::ServerError};
        m_sandbox->setFaultPlan(plan);
        bool saw9999 = false;
        for (int i = 0; i < 20 && !saw9999; ++i) {
            r = m_http->call("GET", QStringLiteral("/transactions/X"), {});
            QVERIFY(r.status >= 500);
            saw9999 = r.status == 500 && errorCode(r) == 9999;
        }
        QVERIFY(saw9999);
    }

    void noCardNumberIsKept()
    {
        Card card;
        card.number = QStringLiteral("5186150660000009");
        QCOMPARE(m_http->pay(QStringLiteral("Payment"), 100, code(), card).status, 201);
        for (const auto& tx : std::as_const(m_sandbox->ledger().transactions)) {
            for (const QString& field : {tx.lastFour, tx.cardholderName, tx.description, tx.cardIdentifier}) {
                QVERIFY(!field.contains(QStringLiteral("5186150660000009")));
            }
        }
        QCOMPARE(m_sandbox->ledger().transactions.begin()->lastFour, QStringLiteral("0009"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPi)
#include "TestSandboxPi.moc"
