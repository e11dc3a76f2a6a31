// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Crash safety of the engine: 5,000 shop payments are taken in, then `bridge-cli run` (a real
// process, secrets from a real keychain, the settings file of a real installation) is killed
// with SIGKILL at ten random moments while it posts them, and restarted each time. In the end
// the SYSPRO sandbox must hold exactly what the shop's ground truth says (nothing lost, nothing
// posted twice), and the shop must have heard "posted" for every payment. Runs under
// with-keyring.sh.
#include "EngineTruth.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"
#include "demo/DemoHarness.h"
#include "engine/IntakeListener.h"
#include "engine/OpayoConnection.h"
#include "engine/SysproConnection.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/syspro/SysproSandbox.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace bridge;

namespace {

const QByteArray kShopSecret = QByteArrayLiteral("kill-test-shop-secret");

qint64 scalar(store::Database& db, const QString& sql)
{
    qint64 value = -1;
    db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(c, sql);
        if (q && q->next()) {
            value = q->value(0).toLongLong();
        }
        return {};
    });
    return value;
}

const QString kOpenWork = QStringLiteral(
    "SELECT (SELECT COUNT(*) FROM inbox WHERE status = 'pending') + (SELECT COUNT(*) FROM outbox o WHERE "
    "o.status IN ('pending', 'in_flight', 'unknown') AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.ordering_key = "
    "o.ordering_key AND p.sequence < o.sequence AND p.status = 'dead'))");

} // namespace

class TestKillRestart : public QObject
{
    Q_OBJECT

    void storeSecret(credentials::CredentialStore& keychain, const QString& scope, const QString& name,
                     const QString& value)
    {
        bool written = false;
        keychain.write(credentials::SecretRef{scope, name}, value, this, [&](Result<void> r) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20'000);
    }

    /// Starts `bridge-cli run` and waits until it says it is running.
    bool startEngine(QProcess& process, const QString& config)
    {
        process.setProgram(QStringLiteral(BRIDGE_CLI_PATH));
        process.setArguments({QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("--lease-ms"),
                              QStringLiteral("5000")});
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
        if (!process.waitForStarted(10'000)) {
            return false;
        }
        QByteArray output;
        const bool running = QTest::qWaitFor(
            [&] {
                output += process.readAll();
                return process.state() != QProcess::Running || output.contains("Engine running");
            },
            30'000);
        if (!running || process.state() != QProcess::Running) {
            qWarning("bridge-cli run did not start: %s", output.constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void killedTenTimesEndsInTheSameState()
    {
        const int events = qEnvironmentVariableIntValue("BRIDGE_KILL_TEST_EVENTS") > 0
                               ? qEnvironmentVariableIntValue("BRIDGE_KILL_TEST_EVENTS")
                               : 5000;
        // The other side: Opayo and SYSPRO, in this process (they survive the engine's deaths).
        sandbox::opayo::OpayoSandbox opayo;
        QVERIFY(opayo.listenOn());
        sandbox::syspro::SysproSandboxConfig sysproConfig;
        sysproConfig.operators = {{QStringLiteral("ADMIN"), QStringLiteral("admin-pass")}};
        sandbox::syspro::SysproSandbox syspro(sysproConfig);
        demo::DemoHarness::stockShopProducts(syspro.company());
        QVERIFY(syspro.start());

        // An installation: a settings file and its secrets in the keychain.
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("bridge.ini"));
        const QString databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bridge.sqlite"));
        {
            Settings settings(config);
            settings.setValue(SettingKeys::DatabaseUrl, databaseUrl);
            settings.setValue(SettingKeys::OpayoEnvironment, QStringLiteral("custom"));
            settings.setValue(SettingKeys::OpayoBaseUrl, opayo.piBaseUrl());
            settings.setValue(SettingKeys::OpayoReportingUrl, opayo.reportingUrl());
            settings.setValue(SettingKeys::OpayoVendorName, opayo.config().vendorName);
            settings.setValue(SettingKeys::SysproBaseUrl, syspro.restUrl());
            settings.setValue(SettingKeys::SysproOperator, QStringLiteral("ADMIN"));
            settings.setValue(SettingKeys::SysproCompanyId, QStringLiteral("1"));
            settings.setValue(SettingKeys::IntakePort, 0);
            // The poller is tested on its own (TestEndToEnd); here every payment came by webhook.
            settings.setValue(SettingKeys::EngineReportingPollSeconds, 0);
            credentials::CredentialStore keychain(QStringLiteral("opayo-syspro-bridge"));
            const QString opayoScope =
                engine::OpayoConnection::credentialScope(engine::OpayoConnection::fromSettings(settings));
            storeSecret(keychain, opayoScope, QStringLiteral("integration-key"), opayo.config().integrationKey);
            storeSecret(keychain, opayoScope, QStringLiteral("integration-password"),
                        opayo.config().integrationPassword);
            storeSecret(keychain, opayoScope, QStringLiteral("reporting-user"), opayo.config().reportingUser);
            storeSecret(keychain, opayoScope, QStringLiteral("reporting-password"), opayo.config().reportingPassword);
            storeSecret(keychain,
                        engine::SysproConnection::credentialScope(engine::SysproConnection::fromSettings(settings)),
                        QStringLiteral("operator-password"), QStringLiteral("admin-pass"));
            if (QTest::currentTestFailed()) {
                return;
            }
        }

        // The shop's events come in first (intake is its own component; its crash safety is
        // tested on its own): this test is about the engine dying mid-work.
        Result<store::DatabaseUrl> url = store::DatabaseUrl::parse(databaseUrl);
        QVERIFY(url);
        Result<std::shared_ptr<store::Database>> db = store::Database::open(*url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        engine::IntakeListener::Settings listen;
        listen.handler.shopEvents.secret = kShopSecret;
        engine::IntakeListener listener(listen, *db, [](const QString&, const QString&) { return std::nullopt; });
        QSignalSpy listening(&listener, &engine::IntakeListener::started);
        listener.start();
        QVERIFY(listening.wait(10'000));
        sandbox::shop::ShopConfig shopConfig;
        shopConfig.piBaseUrl = QUrl(opayo.piBaseUrl());
        shopConfig.bridgeEventUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/shop/events").arg(listening.first().first().value<quint16>()));
        shopConfig.eventSecret = kShopSecret;
        shopConfig.orderCount = events;
        shopConfig.orderIntervalMs = 1;
        shopConfig.maxInFlight = 16;
        shopConfig.seed = 11;
        shopConfig.mix = sandbox::shop::ShopMix::everyCase();
        shopConfig.resendPercent = 10;
        ShopSimulator shop(shopConfig);
        {
            // The engine tells the shop what became of each payment: its status address in the
            // settings, the shared secret in the keychain.
            const Result<QUrl> statusUrl = shop.startStatusListener();
            QVERIFY(statusUrl);
            Settings settings(config);
            settings.setValue(SettingKeys::ShopStatusUrl, statusUrl->toString());
            credentials::CredentialStore keychain(QStringLiteral("opayo-syspro-bridge"));
            storeSecret(keychain, QStringLiteral("shop"), QStringLiteral("event-secret"),
                        QString::fromLatin1(kShopSecret));
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QSignalSpy shopDone(&shop, &ShopSimulator::allFinished);
        shop.start();
        QVERIFY(shopDone.wait(600'000));
        qInfo("shop done: %d orders, inbox %lld events", shop.stats().finished,
              scalar(**db, QStringLiteral("SELECT COUNT(*) FROM inbox")));

        // Ten deaths at random moments, each followed by a restart.
        std::mt19937 random(20261121);
        int killedWithWorkOpen = 0;
        for (int i = 0; i < 10; ++i) {
            QProcess engine;
            QVERIFY(startEngine(engine, config));
            QTest::qWait(int(100 + random() % 900));
            if (scalar(**db, kOpenWork) > 0) {
                ++killedWithWorkOpen;
            }
            qInfo("kill %d: %lld open, %lld linked", i + 1, scalar(**db, kOpenWork),
                  scalar(**db, QStringLiteral("SELECT COUNT(*) FROM ledger_links")));
            engine.kill(); // SIGKILL: no chance to give anything back
            QVERIFY(engine.waitForFinished(10'000));
            QCOMPARE(engine.exitStatus(), QProcess::CrashExit);
        }
        (*db)->read([&](QSqlDatabase& c) -> Result<void> {
            Result<QSqlQuery> q = store::Database::exec(
                c, QStringLiteral("SELECT 'in', id, status, stage, attempts, next_attempt_at, lease_owner, error_code, "
                                  "error_message FROM inbox WHERE status = 'pending' UNION ALL SELECT 'out', id, "
                                  "status, command_kind, attempts, next_attempt_at, lease_owner, error_code, "
                                  "error_message FROM outbox WHERE status IN ('pending', 'in_flight', 'unknown') "
                                  "LIMIT 10"));
            while (q && q->next()) {
                QStringList row;
                for (int k = 0; k < 9; ++k) {
                    row.append(q->value(k).toString());
                }
                qInfo("open: %s", qPrintable(row.join(QStringLiteral(" | "))));
            }
            return {};
        });
        QVERIFY2(killedWithWorkOpen >= 5, qPrintable(QString::number(killedWithWorkOpen)));

        // The last run finishes the work and stops in order on SIGTERM.
        QProcess engine;
        QVERIFY(startEngine(engine, config));
        QTRY_VERIFY_WITH_TIMEOUT(scalar(**db, kOpenWork) == 0, 1'800'000);
        // The engine's own peak memory (Linux), for docs/benchmarks.md: the sandboxes and the
        // shop live in this process, so this is the bridge alone.
        QFile status(QStringLiteral("/proc/%1/status").arg(engine.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM") || line.startsWith("VmRSS")) {
                    qInfo("bridge-cli run after %d events: %s", events, line.simplified().constData());
                }
            }
        }
        engine.terminate();
        if (!engine.waitForFinished(120'000)) {
            qWarning("bridge-cli run did not stop on SIGTERM; its output:\n%s",
                     engine.readAll().right(4000).constData());
            engine.kill();
            QFAIL("bridge-cli run did not stop within 120 s of SIGTERM");
        }
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);

        checkState(syspro.company(), shop, **db, true);
    }
};

QTEST_GUILESS_MAIN(TestKillRestart)
#include "TestKillRestart.moc"
