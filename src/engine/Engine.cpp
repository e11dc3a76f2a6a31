// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/Engine.h"

#include "engine/PipelineWorker.h"
#include "engine/ReportingPoller.h"
#include "engine/StatusSync.h"
#include "engine/SysproGateway.h"
#include "engine/SysproPoster.h"
#include "logging/Log.h"
#include "store/Alerts.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "store/MappingVersions.h"
#include "store/Outbox.h"

#include <QPointer>
#include <QSysInfo>

namespace bridge::engine {

namespace {

/// Reads the health figures and raises the queue alerts, on the Opayo thread (never the GUI's).
class EngineMonitor : public QObject
{
public:
    EngineMonitor(std::shared_ptr<EngineContext> context, Engine* engine)
        : m_context(std::move(context))
        , m_engine(engine)
    {
        m_health.setParent(this); // moves with this object to its thread
        connect(&m_health, &QTimer::timeout, this, [this] { report(); });
        m_alerts.setParent(this); // moves with this object to its thread
        connect(&m_alerts, &QTimer::timeout, this, [this] { checkAlerts(); });
    }

    void start()
    {
        m_health.start(1'000);
        m_alerts.start(std::max(1'000, m_context->config.alertCheckMs));
    }
    void stop()
    {
        m_health.stop();
        m_alerts.stop();
    }

private:
    void report()
    {
        Result<EngineHealth> health = m_engine->health();
        if (!health) {
            return;
        }
        QPointer<Engine> engine(m_engine);
        QMetaObject::invokeMethod(
            m_engine,
            [engine, h = *health] {
                if (engine && engine->isRunning()) {
                    Q_EMIT engine->healthChanged(h);
                }
            },
            Qt::QueuedConnection);
    }

    void checkAlerts()
    {
        Result<EngineHealth> health = m_engine->health();
        if (!health) {
            return;
        }
        store::Alerts alerts(m_context->database, *m_context->clock);
        const qint64 dead = health->inbox.value(QStringLiteral("dead")) + health->outbox.value(QStringLiteral("dead"));
        if (dead - m_deadAlerted >= m_context->config.deadLetterAlertStep) {
            alerts.raise(store::NewAlert{
                QStringLiteral("dead-letters"), store::AlertSeverity::Warning, QString(),
                Engine::tr("%n item(s) are in the dead-letter queue (%1 since the last alert).", nullptr, int(dead))
                    .arg(dead - m_deadAlerted),
                Engine::tr("Each dead letter says why it failed and what to do: fix the cause, then replay it "
                           "(bridge-cli replay).")});
            m_deadAlerted = dead;
        }
        if (health->oldestPendingMs >= m_context->config.oldestPendingAlertMs) {
            alerts.raise(store::NewAlert{
                QStringLiteral("oldest-pending"), store::AlertSeverity::Warning, QString(),
                Engine::tr("The oldest payment still waiting has waited %1 minutes.")
                    .arg(health->oldestPendingMs / 60'000),
                Engine::tr("Check that SYSPRO and Opayo are reachable and that the engine is running; each "
                           "waiting item keeps its last error in the event log.")});
        }
    }

    std::shared_ptr<EngineContext> m_context;
    Engine* m_engine;
    QTimer m_health;
    QTimer m_alerts;
    qint64 m_deadAlerted = 0;
};

QString ownerPrefix()
{
    return QSysInfo::machineHostName() + QLatin1Char(':');
}

} // namespace

Engine::Engine(EngineContext context, QObject* parent)
    : QObject(parent)
    , m_context(std::make_shared<EngineContext>(std::move(context)))
{
    qRegisterMetaType<EngineHealth>();
    if (!m_context->retry) {
        m_context->retry = std::make_shared<RetryPolicy>(m_context->config.retry);
    }
    if (!m_context->lookups) {
        m_context->lookups = std::make_shared<LookupCache>(*m_context->clock);
    }
    m_noticeTimer.setParent(this);
    m_noticeTimer.setInterval(kChangeNoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, &Engine::publishChanges);
}

void Engine::publishChanges()
{
    const QList<qint64> ids = m_context->changes->take();
    if (!ids.isEmpty()) {
        Q_EMIT eventsChanged(ids);
    }
}

Engine::~Engine()
{
    for (QThread* t : std::as_const(m_threads)) {
        t->quit();
        t->wait();
        delete t;
    }
}

Result<void> Engine::start()
{
    if (m_running) {
        return {};
    }
    if (m_context->mappingFromStore) {
        // No worker runs while stopped: the context's mapping may change here.
        Result<store::MappingVersion> active = store::MappingVersions(m_context->database).activeOrDefault();
        if (!active) {
            return fail(active.error());
        }
        Result<mapping::MappingDocument> document = mapping::MappingDocument::fromJson(active->document);
        if (!document) {
            return fail(document.error());
        }
        Result<mapping::MappingEvaluator> evaluator = mapping::MappingEvaluator::create(*document);
        if (!evaluator) {
            return fail(evaluator.error());
        }
        m_context->mapping = std::make_shared<const mapping::MappingEvaluator>(*evaluator);
        log::get("engine")->info("mapping: version {} ({})", active->version, active->name.toStdString());
    }
    if (!m_context->mapping) {
        return fail(Error::configuration(
            QStringLiteral("engine.no_mapping"),
            tr("No mapping is active, so the engine would not know what to post. "
               "Give the engine a mapping document (bridge-cli run --mapping FILE, or the built-in "
               "default).")));
    }
    if (!m_context->config.sysproCredentials) {
        return fail(
            Error::configuration(QStringLiteral("engine.no_syspro"),
                                 tr("The SYSPRO operator is not set up. Enter it in Settings → SYSPRO e.net.")));
    }
    const QString prefix = ownerPrefix() + m_context->config.instanceName + QLatin1Char(':');
    // A previous run of this instance that ended without giving its leases back (a crash):
    // take them back now, marking commands for verification, instead of waiting for them to expire.
    store::Inbox inbox(m_context->database, *m_context->clock);
    store::Outbox outbox(m_context->database, *m_context->clock);
    for (int i = 0; i < m_context->config.pipelineWorkers; ++i) {
        inbox.releaseAll(prefix + QStringLiteral("pipeline-%1").arg(i));
    }
    outbox.releaseAll(prefix + QStringLiteral("poster"));
    outbox.releaseAll(prefix + QStringLiteral("sync"));

    m_stopping = false;
    m_running_workers = 0;

    auto* sysproThread = new QThread;
    sysproThread->setObjectName(QStringLiteral("engine-syspro"));
    m_gateway = new SysproGateway(m_context->config.syspro, m_context->config.sysproCredentials, m_context->lookups);
    m_gateway->moveToThread(sysproThread);
    m_context->gateway = m_gateway;
    m_sysproLoggedOn = m_gateway->loggedOnFlag();
    connect(sysproThread, &QThread::started, m_gateway, &SysproGateway::initialise);
    // The poster's database work on a thread of its own, so that the session is never idle
    // while an answer is recorded (calls are handed over with SysproGateway::call).
    auto* posterThread = new QThread;
    posterThread->setObjectName(QStringLiteral("engine-poster"));
    m_poster = new SysproPoster(m_context, prefix + QStringLiteral("poster"));
    m_poster->moveToThread(posterThread);
    connect(posterThread, &QThread::started, m_poster, &SysproPoster::start);
    connect(m_gateway, &SysproGateway::sessionLost, m_gateway, [context = m_context] {
        store::Alerts(context->database, *context->clock)
            .raise(store::NewAlert{QStringLiteral("syspro-session-lost"), store::AlertSeverity::Warning,
                                   QStringLiteral("syspro-session"),
                                   tr("SYSPRO ended the bridge's session (another logon of the same operator, or a "
                                      "timeout). The bridge logged on again; calls in progress were checked."),
                                   tr("Give the bridge an operator of its own, so that people logging on in SYSPRO "
                                      "do not end its session.")});
    });
    connect(m_poster, &SysproPoster::stopped, this, &Engine::workerStopped, Qt::QueuedConnection);
    connect(posterThread, &QThread::finished, m_poster, &QObject::deleteLater);
    connect(sysproThread, &QThread::finished, m_gateway, &QObject::deleteLater);
    ++m_running_workers;
    m_threads.append(sysproThread);
    m_threads.append(posterThread);

    for (int i = 0; i < m_context->config.pipelineWorkers; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("engine-pipeline-%1").arg(i));
        auto* worker = new PipelineWorker(m_context, prefix + QStringLiteral("pipeline-%1").arg(i));
        worker->moveToThread(thread);
        connect(thread, &QThread::started, worker, &PipelineWorker::start);
        connect(worker, &PipelineWorker::stopped, this, &Engine::workerStopped, Qt::QueuedConnection);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        m_pipeline.append(worker);
        m_threads.append(thread);
        ++m_running_workers;
    }

    auto* opayoThread = new QThread;
    opayoThread->setObjectName(QStringLiteral("engine-opayo"));
    m_poller = new ReportingPoller(m_context);
    m_poller->moveToThread(opayoThread);
    connect(m_poller, &ReportingPoller::eventsStored, this, &Engine::wake, Qt::QueuedConnection);
    auto* monitor = new EngineMonitor(m_context, this);
    monitor->moveToThread(opayoThread);
    connect(opayoThread, &QThread::started, m_poller, [poller = m_poller, monitor] {
        poller->start();
        monitor->start();
    });
    connect(opayoThread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(opayoThread, &QThread::finished, monitor, &QObject::deleteLater);
    if (!m_context->config.shopStatusUrl.isEmpty()) {
        m_sync = new StatusSyncWorker(m_context, prefix + QStringLiteral("sync"));
        m_sync->moveToThread(opayoThread);
        connect(opayoThread, &QThread::started, m_sync, &StatusSyncWorker::start);
        connect(m_sync, &StatusSyncWorker::stopped, this, &Engine::workerStopped, Qt::QueuedConnection);
        connect(opayoThread, &QThread::finished, m_sync, &QObject::deleteLater);
        connect(m_poster, &SysproPoster::committed, m_sync, &StatusSyncWorker::wake, Qt::QueuedConnection);
        ++m_running_workers;
    }
    // Whoever commits work for the next stage wakes it, instead of it finding the work at its
    // next idle poll.
    for (PipelineWorker* worker : std::as_const(m_pipeline)) {
        connect(worker, &PipelineWorker::committed, m_poster, &SysproPoster::wake, Qt::QueuedConnection);
        if (m_sync) {
            connect(worker, &PipelineWorker::committed, m_sync, &StatusSyncWorker::wake, Qt::QueuedConnection);
        }
    }
    m_threads.append(opayoThread);

    m_running = true;
    for (QThread* t : std::as_const(m_threads)) {
        t->start();
    }
    m_noticeTimer.start();
    log::get("engine")->info("engine started: {} pipeline worker(s), database {}", m_context->config.pipelineWorkers,
                             m_context->database->url().displayName().toStdString());
    Q_EMIT started();
    return {};
}

void Engine::wake()
{
    for (PipelineWorker* w : std::as_const(m_pipeline)) {
        QMetaObject::invokeMethod(w, &PipelineWorker::wake, Qt::QueuedConnection);
    }
    if (m_poster) {
        QMetaObject::invokeMethod(m_poster, &SysproPoster::wake, Qt::QueuedConnection);
    }
}

void Engine::pollReportingNow()
{
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, &ReportingPoller::pollNow, Qt::QueuedConnection);
    }
}

void Engine::stop()
{
    if (!m_running || m_stopping) {
        return;
    }
    m_stopping = true;
    log::get("engine")->info("engine stopping");
    QMetaObject::invokeMethod(m_poller, &ReportingPoller::stop, Qt::QueuedConnection);
    for (PipelineWorker* w : std::as_const(m_pipeline)) {
        QMetaObject::invokeMethod(w, &PipelineWorker::stop, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(m_poster, &SysproPoster::stop, Qt::QueuedConnection);
    if (m_sync) {
        QMetaObject::invokeMethod(m_sync, &StatusSyncWorker::stop, Qt::QueuedConnection);
    }
}

void Engine::workerStopped()
{
    if (--m_running_workers > 0) {
        return;
    }
    // Every worker has given its leases back: log off SYSPRO, then end the threads.
    QPointer<Engine> self(this);
    QMetaObject::invokeMethod(
        m_gateway,
        [self, gateway = m_gateway] {
            gateway->shutdown([self] {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self] {
                        if (!self) {
                            return;
                        }
                        for (QThread* t : std::as_const(self->m_threads)) {
                            t->quit();
                            t->wait();
                            delete t;
                        }
                        self->m_threads.clear();
                        self->m_noticeTimer.stop();
                        self->publishChanges(); // what the workers committed while stopping
                        self->m_pipeline.clear();
                        self->m_poster = nullptr;
                        self->m_gateway = nullptr;
                        self->m_sync = nullptr;
                        self->m_poller = nullptr;
                        self->m_context->gateway = nullptr;
                        self->m_running = false;
                        self->m_stopping = false;
                        log::get("engine")->info("engine stopped");
                        Q_EMIT self->stopped();
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

Result<EngineHealth> Engine::health() const
{
    EngineHealth h;
    h.running = m_running;
    Result<QMap<QString, qint64>> inbox = store::Inbox(m_context->database, *m_context->clock).countByStatus();
    Result<QMap<QString, qint64>> outbox = store::Outbox(m_context->database, *m_context->clock).countByStatus();
    if (!inbox) {
        return fail(inbox.error());
    }
    if (!outbox) {
        return fail(outbox.error());
    }
    h.inbox = *inbox;
    h.outbox = *outbox;
    const qint64 now = m_context->clock->nowMsecs();
    Result<void> ok = m_context->database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(
            db, QStringLiteral("SELECT MIN(t) FROM (SELECT MIN(received_at) AS t FROM inbox WHERE status = 'pending' "
                               "UNION ALL SELECT MIN(created_at) AS t FROM outbox WHERE status IN ('pending', "
                               "'in_flight', 'unknown')) AS waiting"));
        if (!q) {
            return fail(q.error());
        }
        if (q->next() && !q->value(0).isNull()) {
            h.oldestPendingMs = std::max<qint64>(0, now - q->value(0).toLongLong());
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    Result<QMap<store::AlertSeverity, int>> alerts = store::Alerts(m_context->database, *m_context->clock).countOpen();
    if (alerts) {
        for (auto it = alerts->begin(); it != alerts->end(); ++it) {
            h.openAlerts += it.value();
        }
        h.criticalAlerts = alerts->value(store::AlertSeverity::Critical);
    }
    // Not through m_gateway: this runs on the monitor's thread, and the gateway is deleted on its
    // own thread while the engine stops (AddressSanitizer caught the race in CI).
    h.sysproLoggedOn = m_running && m_sysproLoggedOn && m_sysproLoggedOn->load();
    return h;
}

Result<bool> Engine::isSettled() const
{
    bool settled = false;
    Result<void> ok = m_context->database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(
            db, QStringLiteral("SELECT (SELECT COUNT(*) FROM inbox WHERE status = 'pending') + "
                               "(SELECT COUNT(*) FROM outbox o WHERE o.status IN ('pending', 'in_flight', 'unknown') "
                               "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.ordering_key = o.ordering_key "
                               "AND p.sequence < o.sequence AND p.status = 'dead'))"));
        if (!q) {
            return fail(q.error());
        }
        q->next();
        settled = q->value(0).toLongLong() == 0;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return settled;
}

} // namespace bridge::engine
