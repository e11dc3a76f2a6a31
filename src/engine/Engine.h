// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/EngineContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace bridge::engine {

class PipelineWorker;
class ReportingPoller;
class StatusSyncWorker;
class SysproGateway;
class SysproPoster;

/// A snapshot of the engine for the status bar, the dashboard and `bridge-cli status`.
struct EngineHealth {
    bool running = false;
    bool sysproLoggedOn = false;  ///< the engine's SYSPRO session is logged on right now
    QMap<QString, qint64> inbox;  ///< events by status
    QMap<QString, qint64> outbox; ///< commands by status
    qint64 oldestPendingMs = 0;   ///< age of the oldest event or command still waiting; 0 if none
    qint64 openAlerts = 0;
    qint64 criticalAlerts = 0;
};

/// The embedded sync engine: a controller (this object, on the caller's thread) and its
/// workers, each on its own QThread with its own database connection and network manager:
/// - `pipelineWorkers` pipeline threads (normalise → confirm → risk → map → validate → outbox);
/// - the SYSPRO thread: the one session (SysproGateway) and the poster;
/// - the Opayo thread: the status sync to the shop and the Reporting API poller.
/// Threads talk through queued calls only. stop() is orderly: no new claims, in-flight calls
/// finish, leases are given back, SYSPRO is logged off, then `stopped`.
class Engine : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChangeNoticeMs = 250;

    Engine(EngineContext context, QObject* parent = nullptr);
    ~Engine() override;

    /// Checks the configuration (mapping present, SYSPRO credentials present) and starts.
    Result<void> start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Intake committed something: workers look now.
    void wake();

    [[nodiscard]] const std::shared_ptr<EngineContext>& context() const { return m_context; }
    [[nodiscard]] const EngineCounters& counters() const { return *m_context->counters; }
    /// Reads the store (call from any thread with a database connection).
    [[nodiscard]] Result<EngineHealth> health() const;
    /// Whether nothing more will happen without new input: no event or command is waiting
    /// (commands held behind a dead letter of the same payment count as settled).
    [[nodiscard]] Result<bool> isSettled() const;
    /// Runs the Reporting API poller now (the console's "Poll now").
    void pollReportingNow();

Q_SIGNALS:
    void started();
    void stopped();
    /// Every second while running, for the status bar.
    void healthChanged(const bridge::engine::EngineHealth& health);
    /// The inbox ids of events whose state changed (committed), coalesced: at most one notice
    /// every `kChangeNoticeMs` while running.
    void eventsChanged(const QList<qint64>& inboxIds);

private:
    void checkAlerts();
    void workerStopped();
    void publishChanges();

    std::shared_ptr<EngineContext> m_context;
    QList<QThread*> m_threads;
    QList<PipelineWorker*> m_pipeline;
    SysproGateway* m_gateway = nullptr;
    std::shared_ptr<const std::atomic<bool>> m_sysproLoggedOn; ///< the gateway's, kept past its end
    SysproPoster* m_poster = nullptr;
    StatusSyncWorker* m_sync = nullptr;
    ReportingPoller* m_poller = nullptr;
    QTimer m_healthTimer;
    QTimer m_alertTimer;
    QTimer m_noticeTimer;
    int m_running_workers = 0;
    bool m_running = false;
    bool m_stopping = false;
    qint64 m_deadLettersAlerted = 0;
};

} // namespace bridge::engine

Q_DECLARE_METATYPE(bridge::engine::EngineHealth)
