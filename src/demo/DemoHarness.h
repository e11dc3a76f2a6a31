// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/EngineContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace bridge::engine {
class Engine;
class IntakeListener;
} // namespace bridge::engine
namespace bridge::sandbox::opayo {
class OpayoSandbox;
}
namespace bridge::sandbox::syspro {
class SbCompany;
class SysproSandbox;
} // namespace bridge::sandbox::syspro
namespace bridge::sandbox::shop {
class ShopSimulator;
}
namespace bridge::store {
class Database;
}

namespace bridge::demo {

struct DemoOptions {
    int events = 200;     ///< shop orders; 0: keep placing orders until stopped (the console)
    int faultPercent = 0; ///< injected at both sandboxes and the shop's status listener
    quint64 seed = 1;
    int orderIntervalMs = 0; ///< 0: as fast as the shop can
    int shopInFlight = 16;
    int sysproLatencyMs = 0; ///< added to every SYSPRO answer
    int pipelineWorkers = 2;
    int postBatch = 50;
    bool failureScenarios = true; ///< unknown stock, invalid customers, refunds above the original, re-sends
    bool statusSync = true;
    bool startEngine = true;     ///< false: intake only (tests start the engine later)
    bool shopSendsEvents = true; ///< false: only the Reporting API poller finds the payments
    int reportingPollMs = 5'000;
    int reportingGraceMs = 10'000;
    QString databaseUrl; ///< empty: a SQLite file in a temporary folder
    QString mappingFile; ///< empty: the store's active mapping version
};

/// What a demo run did, read from the store (not from the engine's counters).
struct DemoSummary {
    int ordersPlaced = 0;
    int shopEventsSent = 0; ///< including re-sends
    qint64 eventsIn = 0;    ///< inbox rows
    qint64 salesOrders = 0;
    qint64 receipts = 0;
    qint64 creditNotes = 0;
    qint64 ignored = 0;                ///< declines and rejections: nothing to post
    qint64 duplicatesSuppressed = 0;   ///< re-sent events answered at intake plus transactions seen twice
    QMap<QString, qint64> deadLetters; ///< by error code
    qint64 retries = 0;
    qint64 statusUpdates = 0; ///< received by the shop
    qint64 latencyP50Ms = 0;  ///< from intake to the last SYSPRO document of the payment
    qint64 latencyP99Ms = 0;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText() const;
};

/// Everything demo mode needs in one process: both sandboxes (loopback, free ports, the SYSPRO
/// company stocked with the shop's products), the intake listener, the engine, and the shop
/// simulator placing orders. The console's `--demo` and `bridge-cli demo` both use it.
class DemoHarness : public QObject
{
    Q_OBJECT

public:
    explicit DemoHarness(DemoOptions options, QObject* parent = nullptr);
    ~DemoHarness() override;

    /// The SYSPRO company sells what the shop sells: its products as stock codes.
    static void stockShopProducts(sandbox::syspro::SbCompany& company);

    /// Starts the sandboxes, listener, engine (unless startEngine is false) and the shop.
    Result<void> start();
    /// Starts the engine later (tests that fill the inbox first).
    Result<void> startEngine();
    /// Orderly stop of the shop and the engine; `stopped` follows.
    void stop();

    [[nodiscard]] Result<DemoSummary> summary() const;
    [[nodiscard]] engine::Engine* engine() const { return m_engine.get(); }
    [[nodiscard]] std::shared_ptr<store::Database> database() const { return m_database; }
    [[nodiscard]] sandbox::opayo::OpayoSandbox& opayo() const { return *m_opayo; }
    [[nodiscard]] sandbox::syspro::SysproSandbox& syspro() const { return *m_syspro; }
    [[nodiscard]] sandbox::shop::ShopSimulator& shop() const { return *m_shop; }
    /// The engine configuration pointing at the sandboxes (for `bridge-cli run` in tests).
    [[nodiscard]] engine::EngineConfig engineConfig() const { return m_config; }
    [[nodiscard]] quint16 intakePort() const { return m_intakePort; }

Q_SIGNALS:
    /// All orders are placed and the engine has settled (finite runs only).
    void finished();
    void stopped();

private:
    void checkFinished();

    DemoOptions m_options;
    QTemporaryDir m_dir;
    std::shared_ptr<store::Database> m_database;
    std::unique_ptr<sandbox::opayo::OpayoSandbox> m_opayo;
    std::unique_ptr<sandbox::syspro::SysproSandbox> m_syspro;
    std::unique_ptr<sandbox::shop::ShopSimulator> m_shop;
    std::unique_ptr<engine::IntakeListener> m_listener;
    std::unique_ptr<engine::Engine> m_engine;
    engine::EngineConfig m_config;
    quint16 m_intakePort = 0;
    QTimer m_settleTimer;
    bool m_shopDone = false;
    int m_settledChecks = 0;
    qint64 m_startedAt = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace bridge::demo
