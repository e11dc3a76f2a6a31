// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Pi client against the in-process sandbox (127.0.0.1, port 0): every call, every outcome.
#include "PiTestHelper.h"
#include "core/Clock.h"
#include "opayo/PiClient.h"
#include "sandbox/opayo/OpayoSandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using namespace bridge::opayo;
using bridge::sandbox::FaultKind;
using bridge::sandbox::FaultPlan;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::opayo::OpayoSandboxConfig;
using bridge::test::PiTestHelper;

namespace {

bool run(net::NetworkJob* job)
{
    QSignalSpy spy(job, &net::NetworkJob::finished);
    job->start();
    if (spy.isEmpty()) {
        spy.wait(15'000);
    }
    return job->isFinished() && spy.size() == 1;
}

Money gbp(qint64 minor)
{
    return Money(minor, Currency::of("GBP"));
}

} // namespace

class TestPiClient : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<OpayoSandbox> m_sandbox;
    std::unique_ptr<PiTestHelper> m_shop;
    QNetworkAccessManager m_nam;
    std::unique_ptr<PiClient> m_client;
    int m_serial = 0;

    QString code() { return QStringLiteral("T-%1").arg(++m_serial); }

    QString payment(qint64 amount, const QString& type = QStringLiteral("Payment"))
    {
        const auto r = m_shop->pay(type, amount, code());
        return r.json.value(QStringLiteral("transactionId")).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<OpayoSandbox>(OpayoSandboxConfig{}, &m_clock);
        QVERIFY(m_sandbox->listenOn());
        m_shop = std::make_unique<PiTestHelper>(m_sandbox->piBaseUrl(), QStringLiteral("sandbox-key"),
                                                QStringLiteral("sandbox-password"));
        PiConfig config;
        config.baseUrl = QUrl(m_sandbox->baseUrl() + QStringLiteral("/api"));
        config.integrationKey = QStringLiteral("sandbox-key");
        config.integrationPassword = QStringLiteral("sandbox-password");
        config.timeoutMs = 5'000;
        m_client = std::make_unique<PiClient>(&m_nam, config);
    }

    void cleanup()
    {
        m_client.reset();
        m_shop.reset();
        m_sandbox.reset();
    }

    void urlKeepsVersionConfigurable()
    {
        PiConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://live.opayo.eu.elavon.com/api/"));
        c.apiVersion = QStringLiteral("v2");
        QCOMPARE(c.url(QStringLiteral("/transactions/X")).toString(),
                 QStringLiteral("https://live.opayo.eu.elavon.com/api/v2/transactions/X"));
    }

    void getTransaction()
    {
        const QString id = payment(10'000);
        QVERIFY(!id.isEmpty());
        PiJob* job = m_client->getTransaction(id);
        QVERIFY(run(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error() ? job->error()->toString() : QString()));
        const PiTransaction& t = *job->transaction();
        QCOMPARE(t.transactionId, id);
        QCOMPARE(t.transactionType, QStringLiteral("Payment"));
        QVERIFY(t.isOk());
        QCOMPARE(t.statusCode, QStringLiteral("0000"));
        QCOMPARE(t.totalAmount, std::optional<Money>(gbp(10'000)));
        QCOMPARE(t.lastFourDigits, QStringLiteral("0006"));
        QCOMPARE(t.expiryDate, QStringLiteral("0330"));
        QCOMPARE(t.threeDSecureStatus, QStringLiteral("NotChecked"));
        QVERIFY(!t.retrievalReference.isEmpty());
    }

    void unknownTransactionIs1012()
    {
        PiJob* job = m_client->getTransaction(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(run(job));
        QVERIFY(job->error());
        QCOMPARE(job->opayoCode(), 1012);
        QCOMPARE(job->error()->code, QStringLiteral("opayo.1012"));
        QCOMPARE(job->error()->errorClass, ErrorClass::Permanent);
    }

    void wrongCredentialsAreAConfigurationError()
    {
        PiConfig c = m_client->config();
        c.integrationPassword = QStringLiteral("wrong");
        PiClient client(&m_nam, c);
        PiJob* job = client.getTransaction(QStringLiteral("X"));
        QVERIFY(run(job));
        QCOMPARE(job->opayoCode(), 1002);
        QCOMPARE(job->error()->errorClass, ErrorClass::Configuration);
        QVERIFY(job->error()->message.contains(QStringLiteral("Settings")));
    }

    void refundsUpToTheOriginalThen1018()
    {
        const QString id = payment(10'000);
        auto first = m_client->refund({id, code(), gbp(6'000), QStringLiteral("Part refund")});
        QVERIFY(first);
        QVERIFY(run(*first));
        QVERIFY((*first)->succeeded());
        QCOMPARE((*first)->transaction()->transactionType, QStringLiteral("Refund"));
        QCOMPARE((*first)->transaction()->bankAuthorisationCode, QStringLiteral("999778"));
        QVERIFY((*first)->transaction()->isOk());

        auto tooMuch = m_client->refund({id, code(), gbp(4'001), QStringLiteral("Too much")});
        QVERIFY(tooMuch);
        QVERIFY(run(*tooMuch));
        QCOMPARE((*tooMuch)->opayoCode(), 1018);
        QCOMPARE((*tooMuch)->error()->errorClass, ErrorClass::Permanent);
        QVERIFY((*tooMuch)->error()->message.contains(QStringLiteral("remaining")));

        auto rest = m_client->refund({id, code(), gbp(4'000), QStringLiteral("The rest")});
        QVERIFY(run(*rest));
        QVERIFY((*rest)->succeeded());
    }

    void duplicateVendorTxCodeIsRefused()
    {
        const QString id = payment(5'000);
        const QString vtx = code();
        auto a = m_client->refund({id, vtx, gbp(100), QStringLiteral("r")});
        QVERIFY(run(*a));
        QVERIFY((*a)->succeeded());
        auto b = m_client->refund({id, vtx, gbp(100), QStringLiteral("r")});
        QVERIFY(run(*b));
        QCOMPARE((*b)->opayoCode(), 4042);
    }

    void refundRequestShapeIsCheckedBeforeSending()
    {
        QVERIFY(!m_client->refund({QStringLiteral("X"), QString(41, QLatin1Char('a')), gbp(1), QStringLiteral("d")}));
        QVERIFY(!m_client->refund({QStringLiteral("X"), QStringLiteral("ok"), gbp(0), QStringLiteral("d")}));
        QVERIFY(!m_client->refund({QStringLiteral("X"), QStringLiteral("bad code!"), gbp(1), QStringLiteral("d")}));
    }

    void repeat()
    {
        const QString id = payment(2'500);
        auto job = m_client->repeat({id, code(), gbp(3'840), QStringLiteral("Monthly box")});
        QVERIFY(job);
        QVERIFY(run(*job));
        QVERIFY((*job)->succeeded());
        QCOMPARE((*job)->transaction()->transactionType, QStringLiteral("Repeat"));
        QCOMPARE((*job)->transaction()->totalAmount, std::optional<Money>(gbp(3'840)));
        QVERIFY((*job)->transaction()->transactionId != id);
    }

    void voidSameDayOnceOnly()
    {
        const QString id = payment(1'000);
        PiJob* v = m_client->voidTransaction(id);
        QVERIFY(run(v));
        QVERIFY(v->succeeded());
        QCOMPARE(v->instruction()->instructionType, QStringLiteral("void"));
        QVERIFY(!v->instruction()->date.isEmpty());
        PiJob* again = m_client->voidTransaction(id);
        QVERIFY(run(again));
        QCOMPARE(again->opayoCode(), 1017);
        PiJob* get = m_client->getTransaction(id);
        QVERIFY(run(get));
        QCOMPARE(get->transaction()->statusCode, QStringLiteral("2005"));
        auto refund = m_client->refund({id, code(), gbp(100), QStringLiteral("after void")});
        QVERIFY(run(*refund));
        QCOMPARE((*refund)->opayoCode(), 1017);
    }

    void voidAfterMidnightIsRefused()
    {
        const QString id = payment(1'000);
        m_clock.advance(24LL * 3600 * 1000);
        PiJob* v = m_client->voidTransaction(id);
        QVERIFY(run(v));
        QCOMPARE(v->opayoCode(), 1017);
    }

    void deferredReleaseRules()
    {
        const QString id = payment(5'000, QStringLiteral("Deferred"));
        auto refundEarly = m_client->refund({id, code(), gbp(100), QStringLiteral("too early")});
        QVERIFY(run(*refundEarly));
        QCOMPARE((*refundEarly)->opayoCode(), 1014);
        auto tooMuch = m_client->releaseDeferred(id, gbp(5'001));
        QVERIFY(run(*tooMuch));
        QCOMPARE((*tooMuch)->opayoCode(), 1021);
        auto release = m_client->releaseDeferred(id, gbp(4'000));
        QVERIFY(run(*release));
        QVERIFY((*release)->succeeded());
        QCOMPARE((*release)->instruction()->instructionType, QStringLiteral("release"));
        auto twice = m_client->releaseDeferred(id, gbp(100));
        QVERIFY(run(*twice));
        QCOMPARE((*twice)->opayoCode(), 1017);
        // Refunds are limited by the released amount, not the deferred one.
        auto refund = m_client->refund({id, code(), gbp(4'001), QStringLiteral("over released")});
        QVERIFY(run(*refund));
        QCOMPARE((*refund)->opayoCode(), 1018);
        PiJob* voidDeferred = m_client->voidTransaction(id);
        QVERIFY(run(voidDeferred));
        QCOMPARE(voidDeferred->opayoCode(), 1013);
    }

    void abortDeferred()
    {
        const QString id = payment(5'000, QStringLiteral("Deferred"));
        PiJob* a = m_client->abortDeferred(id);
        QVERIFY(run(a));
        QVERIFY(a->succeeded());
        PiJob* get = m_client->getTransaction(id);
        QVERIFY(run(get));
        QCOMPARE(get->transaction()->statusCode, QStringLiteral("2006"));
        auto release = m_client->releaseDeferred(id, gbp(100));
        QVERIFY(run(*release));
        QCOMPARE((*release)->opayoCode(), 1017);
        PiJob* abortPayment = m_client->abortDeferred(payment(100));
        QVERIFY(run(abortPayment));
        QCOMPARE(abortPayment->opayoCode(), 1013);
    }

    void cancelAuthenticate()
    {
        const QString id = payment(5'000, QStringLiteral("Authenticate"));
        PiJob* c = m_client->cancelAuthenticate(id);
        QVERIFY(run(c));
        QVERIFY(c->succeeded());
        PiJob* again = m_client->cancelAuthenticate(id);
        QVERIFY(run(again));
        QCOMPARE(again->opayoCode(), 1017);
    }

    void declinedPaymentIsATransactionNotAnError()
    {
        PiTestHelper::Card card;
        card.number = QStringLiteral("4929602110085639");
        const auto r = m_shop->pay(QStringLiteral("Payment"), 1'000, code(), card);
        QCOMPARE(r.status, 201);
        PiJob* get = m_client->getTransaction(r.json.value(QStringLiteral("transactionId")).toString());
        QVERIFY(run(get));
        QVERIFY(get->succeeded());
        QCOMPARE(get->transaction()->status, QStringLiteral("NotAuthed"));
        QCOMPARE(get->transaction()->statusCode, QStringLiteral("2000"));
        QCOMPARE(get->transaction()->bankResponseCode, QStringLiteral("05"));
        auto refund = m_client->refund({get->transaction()->transactionId, code(), gbp(1), QStringLiteral("x")});
        QVERIFY(run(*refund));
        QCOMPARE((*refund)->opayoCode(), 1014);
    }

    void challengeRoundTrip()
    {
        PiTestHelper::Card card;
        card.cardholderName = QStringLiteral("CHALLENGE");
        const auto token = m_shop->tokenise(card);
        QJsonObject body = PiTestHelper::paymentBody(QStringLiteral("Payment"), token, code(), 7'000);
        body.insert(QStringLiteral("apply3DSecure"), QStringLiteral("Force"));
        body.insert(QStringLiteral("strongCustomerAuthentication"),
                    QJsonObject{{QStringLiteral("notificationURL"), QStringLiteral("https://shop.example/3ds")}});
        const auto r = m_shop->callJson("POST", QStringLiteral("/transactions"), body);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(QStringLiteral("statusCode")).toString(), QStringLiteral("2021"));
        const QString id = r.json.value(QStringLiteral("transactionId")).toString();
        const QString creq = r.json.value(QStringLiteral("cReq")).toString();

        // The shopper's browser at the ACS, with the right password.
        QNetworkRequest acs(QUrl(r.json.value(QStringLiteral("acsUrl")).toString()));
        acs.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* page = m_nam.post(acs, "creq=" + QUrl::toPercentEncoding(creq) + "&password=challenge");
        QSignalSpy done(page, &QNetworkReply::finished);
        QVERIFY(done.wait(10'000));
        const QString html = QString::fromUtf8(page->readAll());
        page->deleteLater();
        const qsizetype at = html.indexOf(QStringLiteral("name=\"cres\" value=\""));
        QVERIFY(at > 0);
        const qsizetype start = at + 19;
        const QString cres = html.mid(start, html.indexOf(QLatin1Char('"'), start) - start);

        PiJob* job = m_client->submitChallengeResult(id, cres);
        QVERIFY(run(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error() ? job->error()->toString() : QString()));
        QCOMPARE(job->transaction()->threeDSecureStatus, QStringLiteral("Authenticated"));
        QVERIFY(job->transaction()->isOk());
        PiJob* twice = m_client->submitChallengeResult(id, cres);
        QVERIFY(run(twice));
        QCOMPARE(twice->opayoCode(), 1014);
    }

    void opayoTimeoutAndInternalErrorAreTransient_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("opayoCode");
        QTest::newRow("408 9998") << int(FaultKind::RequestTimeout) << 9998;
        QTest::newRow("5xx") << int(FaultKind::ServerError) << -1;
    }
    void opayoTimeoutAndInternalErrorAreTransient()
    {
        QFETCH(int, kind);
        QFETCH(int, opayoCode);
        FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {FaultKind(kind)};
        m_sandbox->setFaultPlan(plan);
        PiJob* job = m_client->getTransaction(QStringLiteral("ANY"));
        QVERIFY(run(job));
        QVERIFY(job->error());
        QVERIFY(job->error()->isTransient());
        if (opayoCode > 0) {
            QCOMPARE(job->opayoCode(), opayoCode);
        } else {
            QVERIFY(job->opayoCode() == 9999 || job->opayoCode() == 0); // 500 has 9999; 502/503 are HTML
        }
    }

    void stallPastTheTimeoutIsTransient()
    {
        FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {FaultKind::Stall};
        plan.stallMs = 3'000;
        m_sandbox->setFaultPlan(plan);
        PiConfig c = m_client->config();
        c.timeoutMs = 300;
        PiClient client(&m_nam, c);
        PiJob* job = client.getTransaction(QStringLiteral("ANY"));
        QVERIFY(run(job));
        QCOMPARE(job->error()->code, QStringLiteral("net.timeout"));
        QVERIFY(job->error()->isTransient());
    }

    void resetIsTransient()
    {
        FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {FaultKind::ResetBefore};
        m_sandbox->setFaultPlan(plan);
        PiJob* job = m_client->getTransaction(QStringLiteral("ANY"));
        QVERIFY(run(job));
        QVERIFY(job->error());
        QVERIFY(job->error()->isTransient());
    }

    void abortEmitsFinishedOnce()
    {
        FaultPlan plan;
        plan.latencyMs = 2'000;
        m_sandbox->setFaultPlan(plan);
        PiJob* job = m_client->getTransaction(QStringLiteral("ANY"));
        QSignalSpy spy(job, &net::NetworkJob::finished);
        job->start();
        job->abort();
        job->abort();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(job->error()->code, QStringLiteral("net.aborted"));
    }
};

QTEST_GUILESS_MAIN(TestPiClient)
#include "TestPiClient.moc"
