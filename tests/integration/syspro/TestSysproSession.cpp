// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "SysproTestFixture.h"

#include "syspro/SysproErrors.h"

#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using namespace bridge::syspro;
using namespace bridge::syspro::test;

namespace {
FindQuery customerQuery(const QString& code)
{
    FindQuery q;
    q.tableName = QStringLiteral("ArCustomer");
    q.columns = {QStringLiteral("Customer"), QStringLiteral("Name")};
    q.where = {FindCondition{QStringLiteral("Customer"), QStringLiteral("EQ"), code}};
    return q;
}

std::optional<Result<FindResult>> findCustomer(SysproClient& client, const QString& code)
{
    return await<FindResult>([&](QObject* ctx, auto done) { client.find(customerQuery(code), ctx, done); });
}
} // namespace

class TestSysproSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsOnOnceAndReusesTheSession()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        QSignalSpy loggedOn(rig->session.get(), &SysproSession::loggedOn);
        for (int i = 0; i < 3; ++i) {
            const auto r = findCustomer(*rig->client, QStringLiteral("WEB001"));
            SYSPRO_VERIFY_OK(r);
            QCOMPARE((*r)->rows.size(), 1);
        }
        QCOMPARE(rig->session->logonCount(), 1);
        QCOMPARE(loggedOn.count(), 1);
        QCOMPARE(rig->sandbox->sessionCount(), 1);
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        auto rig = SysproRig::start({}, {}, QStringLiteral("wrong"));
        QVERIFY(rig);
        const auto r = findCustomer(*rig->client, QStringLiteral("WEB001"));
        QVERIFY(r.has_value());
        QVERIFY(!r->has_value());
        QCOMPARE(r->error().code, codes::authentication);
        QCOMPARE(r->error().errorClass, ErrorClass::Configuration);
        QVERIFY2(r->error().message.contains(QStringLiteral("Invalid operator password")),
                 qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(QStringLiteral("Settings")));
        QCOMPARE(rig->sandbox->sessionCount(), 0);
    }

    void evictedSessionLogsOnAgainAndRepeatsTheCall()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        SYSPRO_VERIFY_OK(findCustomer(*rig->client, QStringLiteral("WEB001")));
        QSignalSpy lost(rig->session.get(), &SysproSession::sessionLost);
        rig->sandbox->evictOperator(QStringLiteral("ADMIN"));
        QCOMPARE(rig->sandbox->sessionCount(), 0);
        const auto r = findCustomer(*rig->client, QStringLiteral("C00010"));
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->rows.first().value(u"Name"), QStringLiteral("Caf\u00e9 \u00c9lan Ltd"));
        QCOMPARE(lost.count(), 1);
        QCOMPARE(rig->session->logonCount(), 2);
    }

    void secondLogonOfTheSameOperatorEvictsTheFirst()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        SysproSession other(SysproRig::configFor(*rig->sandbox),
                            std::make_shared<StaticSysproCredentials>(SysproRig::credentials()), rig->manager.get());
        SysproClient otherClient(&other);
        SYSPRO_VERIFY_OK(findCustomer(*rig->client, QStringLiteral("WEB001")));
        SYSPRO_VERIFY_OK(findCustomer(otherClient, QStringLiteral("WEB001"))); // evicts the first session
        QCOMPARE(rig->sandbox->sessionCount(), 1);
        SYSPRO_VERIFY_OK(findCustomer(*rig->client, QStringLiteral("WEB001"))); // logs on again
        QCOMPARE(rig->session->logonCount(), 2);
        QCOMPARE(rig->sandbox->sessionCount(), 1);
        SYSPRO_VERIFY_OK(findCustomer(otherClient, QStringLiteral("WEB001")));
        QCOMPARE(other.logonCount(), 2);
        bool done = false;
        QObject ctx;
        connect(&other, &SysproSession::shutdownFinished, &ctx, [&done]() { done = true; });
        other.shutdown();
        QVERIFY(QTest::qWaitFor([&done]() { return done; }, 5000));
    }

    void reLogonHappensOnlyOnce()
    {
        sandbox::syspro::SysproSandboxConfig config;
        config.evictEvery = 1; // every business-object call finds its session gone
        auto rig = SysproRig::start(config);
        QVERIFY(rig);
        const auto r = findCustomer(*rig->client, QStringLiteral("WEB001"));
        QVERIFY(r.has_value());
        QVERIFY(!r->has_value());
        QCOMPARE(r->error().code, codes::invalidSession);
        QVERIFY(r->error().isTransient());
        QCOMPARE(rig->session->logonCount(), 2);
    }

    void callsRunOneAtATimeInOrder()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        QStringList completed;
        QObject ctx;
        const QStringList codesInOrder{QStringLiteral("WEB001"), QStringLiteral("C00010"), QStringLiteral("HOLD01"),
                                       QStringLiteral("C00100"), QStringLiteral("C00101")};
        for (const QString& code : codesInOrder) {
            rig->client->find(customerQuery(code), &ctx, [&completed](const Result<FindResult>& r) {
                completed.append(r && !r->rows.isEmpty() ? r->rows.first().value(u"Customer") : QStringLiteral("?"));
            });
        }
        QCOMPARE(rig->session->pendingCalls(), 5);
        QVERIFY(QTest::qWaitFor([&completed]() { return completed.size() == 5; }, 10000));
        QCOMPARE(completed, codesInOrder);
        QCOMPARE(rig->session->logonCount(), 1);
    }

    void shutdownLogsOff()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        SYSPRO_VERIFY_OK(findCustomer(*rig->client, QStringLiteral("WEB001")));
        QCOMPARE(rig->sandbox->sessionCount(), 1);
        QSignalSpy finished(rig->session.get(), &SysproSession::shutdownFinished);
        rig->session->shutdown();
        QVERIFY(finished.wait(5000));
        QCOMPARE(rig->sandbox->sessionCount(), 0);
        QVERIFY(!rig->session->isLoggedOn());
        // After shutdown nothing more is sent.
        const auto r = findCustomer(*rig->client, QStringLiteral("WEB001"));
        QVERIFY(r.has_value() && !r->has_value());
        QCOMPARE(r->error().code, QStringLiteral("syspro.shutting_down"));
    }

    void unlicensedBusinessObjectIsNamed()
    {
        sandbox::syspro::SysproSandboxConfig config;
        config.licensed.remove(QStringLiteral("INVQRY"));
        auto rig = SysproRig::start(config);
        QVERIFY(rig);
        const auto r = await<StockItem>(
            [&](QObject* ctx, auto done) { rig->client->queryStock(QStringLiteral("A100"), ctx, done); });
        QVERIFY(r.has_value() && !r->has_value());
        QCOMPARE(r->error().code, codes::notLicensed);
        QVERIFY(r->error().message.contains(QStringLiteral("INVQRY")));
        QVERIFY(r->error().message.contains(QStringLiteral("licence")));
    }

    void wrongBasePathIsAPermanentHttpError()
    {
        auto rig =
            SysproRig::start({}, [](SysproConfig& c) { c.endpoint.basePath = QStringLiteral("/api/harmony/2.0"); });
        QVERIFY(rig);
        const auto r = findCustomer(*rig->client, QStringLiteral("WEB001"));
        QVERIFY(r.has_value() && !r->has_value());
        QCOMPARE(r->error().code, QStringLiteral("net.http_404"));
        QVERIFY(!r->error().isTransient());
    }
};

QTEST_GUILESS_MAIN(TestSysproSession)
#include "TestSysproSession.moc"
