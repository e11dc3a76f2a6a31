// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"
#include "credentials/CredentialStore.h"
#include "demo/DemoHarness.h"
#include "demo/SettlementDemo.h"
#include "engine/DatabaseOpener.h"
#include "engine/DemoData.h"
#include "engine/Engine.h"
#include "gui/AppContext.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/ReconciliationPage.h"
#include "logging/Log.h"
#include "store/ChargebackCommands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace bridge;

namespace {

/// How long quitting waits for the demo's engine to finish its calls and log off SYSPRO.
constexpr int kDemoStopTimeoutMs = 10'000;

constexpr int kDemoRefundsAfterMs = 20'000;

/// `--demo`: both sandboxes, the shop placing an order every 0.7 s, the intake listener and the
/// engine, all in this process and on the demo database the console has open, so that the
/// console shows a living system. Its engine is the one the status bar and the Engine menu use.
std::unique_ptr<demo::DemoHarness> startDemo(gui::AppContext& context, gui::MainWindow& window)
{
    demo::DemoOptions options;
    options.events = 0; // until the console quits
    options.orderIntervalMs = 700;
    options.failureScenarios = true;
    options.statusSync = true;
    // The demo database keeps earlier runs; a new seed gives this run's orders new numbers (the
    // shop's order ids carry it), so that they are not taken for repeats. Five digits at most:
    // "demo-shop-<seed>-<number>-1" must stay below the 13 digits the card-number guard masks.
    options.seed = 1 + static_cast<quint64>(QDateTime::currentSecsSinceEpoch() % 99'999);
    options.databaseUrl = context.database()->url().toString();
    window.showEngineStarting();
    auto harness = std::make_unique<demo::DemoHarness>(options);
    if (Result<void> started = harness->start(); !started) {
        log::get("gui")->error("demo did not start: {}", started.error().toString().toStdString());
        // The harness may have created (and even started) its engine before the failure.
        harness.reset();
        window.setEngine(nullptr);
        gui::MessageBox::error(&window, QApplication::translate("main", "The live demo did not start"),
                               started.error());
        return nullptr;
    }
    window.setEngine(harness->engine());
    // "Run reconciliation now" settles the demo's day first (the Opayo sandbox's batch, the
    // acquirer's file with its fee and chargeback lines, a receipt SYSPRO lacks, a late refund).
    if (auto* reconciliation = qobject_cast<gui::ReconciliationPage*>(window.page(QStringLiteral("reconciliation")))) {
        reconciliation->setRequestSource([demo = QPointer<demo::DemoHarness>(harness.get())](
                                             const QDate&, const QDate&) -> Result<settlement::ReconcileRequest> {
            if (!demo) {
                return fail(Error::permanent(QStringLiteral("demo.stopped"),
                                             QApplication::translate("main", "The live demo has stopped.")));
            }
            Result<demo::SettlementDemoTruth> truth = demo::SettlementDemo::settle(*demo);
            if (!truth) {
                return fail(truth.error());
            }
            settlement::ReconcileRequest request;
            request.from = request.to = truth->settlementDay;
            request.reporting = demo->engineConfig().reporting;
            request.contents = truth->acquirerFiles;
            return request;
        });
    }
    log::get("gui")->info("demo running: intake on port {}", harness->intakePort());
    // Once the first payments are posted, a few refunds wait for approval and two chargebacks
    // for a decision (Refunds page).
    QTimer::singleShot(
        kDemoRefundsAfterMs, harness.get(),
        [database = context.database(), posting = store::ChargebackPosting::fromSettings(context.settings())] {
            if (Result<int> asked = engine::DemoData::seedRefundRequests(database, 3); !asked) {
                log::get("gui")->warn("demo refunds not seeded: {}", asked.error().toString().toStdString());
            }
            if (Result<int> cb = engine::DemoData::seedChargebacks(database, posting); !cb) {
                log::get("gui")->warn("demo chargebacks not seeded: {}", cb.error().toString().toStdString());
            }
        });
    return harness;
}

/// Orderly stop before the process ends: the shop stops ordering, the engine finishes its
/// calls, gives its leases back and logs off SYSPRO. Bounded, so that a hung call cannot keep
/// the process alive.
void stopDemo(demo::DemoHarness& harness)
{
    bool stopped = false;
    QEventLoop loop;
    QObject::connect(&harness, &demo::DemoHarness::stopped, &loop, [&stopped, &loop] {
        stopped = true;
        loop.quit();
    });
    QTimer::singleShot(kDemoStopTimeoutMs, &loop, &QEventLoop::quit);
    log::get("gui")->info("stopping the demo");
    harness.stop();
    if (!stopped) {
        loop.exec();
    }
    if (!stopped) {
        log::get("gui")->warn("the demo engine did not stop within {} s; quitting anyway", kDemoStopTimeoutMs / 1000);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpayoSysproBridge"));
    QApplication::setApplicationName(QStringLiteral("Opayo-SYSPRO Bridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Opayo–SYSPRO Bridge"));
    QApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bridge.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opayo–SYSPRO Bridge console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Run against the built-in sandboxes with demo data and demo users."));
    const QCommandLineOption settingsOption(QStringLiteral("settings"), QStringLiteral("Use this settings file."),
                                            QStringLiteral("FILE"));
    parser.addOptions({demoOption, settingsOption});
    parser.process(app);
    const bool demo = parser.isSet(demoOption);

    auto settings = std::make_unique<Settings>(parser.isSet(settingsOption) ? parser.value(settingsOption)
                                                                            : Settings::defaultFilePath(demo));
    log::initialize({.directory = Settings::dataDirectory(demo) + QStringLiteral("/logs"),
                     .level = log::levelFromName(settings->value(SettingKeys::LogLevel)).value_or(log::Level::Info),
                     .fileMaxBytes = static_cast<std::size_t>(settings->value(SettingKeys::LogFileMaxKiB)) * 1024u,
                     .fileCount = static_cast<std::size_t>(settings->value(SettingKeys::LogFileCount))});
    const QString language = Translations::install(*settings);
    log::get("gui")->info("console {} starting{} (language {})", BRIDGE_VERSION, demo ? " in demo mode" : "",
                          language.toStdString());

    auto* credentials = new credentials::CredentialStore(QStringLiteral("opayo-syspro-bridge"), &app);
    const Result<store::DatabaseUrl> url = engine::DatabaseOpener::configuredUrl(*settings, demo);
    if (!url) {
        gui::MessageBox::error(nullptr, QApplication::translate("main", "Cannot start"), url.error());
        return 1;
    }

    std::unique_ptr<gui::AppContext> context;
    std::unique_ptr<gui::MainWindow> window;
    std::unique_ptr<demo::DemoHarness> harness;
    engine::DatabaseOpener::open(*url, *credentials, &app, [&](Result<std::shared_ptr<store::Database>> db) {
        if (!db) {
            Error e = db.error();
            e.message += QLatin1Char('\n') + QLatin1Char('\n') +
                         QApplication::translate("main", "The database is chosen in %1 (key database/url).")
                             .arg(QDir::toNativeSeparators(settings->filePath()));
            gui::MessageBox::error(nullptr, QApplication::translate("main", "Cannot open the database"), e);
            QApplication::exit(1);
            return;
        }
        context = std::make_unique<gui::AppContext>(std::move(settings), credentials, *db, demo);
        if (Result<void> signedIn = context->signIn(); !signedIn) {
            gui::MessageBox::error(nullptr, QApplication::translate("main", "Cannot sign in"), signedIn.error());
            QApplication::exit(1);
            return;
        }
        window = std::make_unique<gui::MainWindow>(*context);
        window->show();
        if (demo) {
            // Once the window is on screen, so that the indicator is seen coming to life.
            QTimer::singleShot(0, window.get(), [&] { harness = startDemo(*context, *window); });
        }
    });
    const int code = app.exec();
    if (harness) {
        stopDemo(*harness);
    }
    window.reset(); // before the engine it shows
    harness.reset();
    context.reset();
    log::shutdown();
    return code;
}
