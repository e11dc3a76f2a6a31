// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "demo/DemoHarness.h"

#include "engine/Engine.h"
#include "engine/IntakeListener.h"
#include "logging/Log.h"
#include "mapping/MappingDocument.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/shop/ShopSimulator.h"
#include "sandbox/syspro/SysproSandbox.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace bridge::demo {

namespace {

const QByteArray kShopSecret = QByteArrayLiteral("demo-shop-secret");

qint64 percentile(QList<qint64> values, int p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, (values.size() * p + 99) / 100 - 1);
    return values.at(std::max<qsizetype>(0, index));
}

} // namespace

void DemoHarness::stockShopProducts(sandbox::syspro::SbCompany& company)
{
    for (const sandbox::shop::ShopSimulator::Product& p : sandbox::shop::ShopSimulator::products()) {
        sandbox::syspro::SbStockItem item;
        item.stockCode = p.sku;
        item.description = p.description;
        item.sellingPrice = p.unitPriceMinor * 1000; // pence to scale 5
        item.warehouses.insert(QStringLiteral("FG"), {1'000'000'000LL * 1'000'000LL, 0});
        company.stock.insert(item.stockCode, item);
    }
}

QJsonObject DemoSummary::toJson() const
{
    QJsonObject dead;
    qint64 deadTotal = 0;
    for (auto it = deadLetters.begin(); it != deadLetters.end(); ++it) {
        dead.insert(it.key(), it.value());
        deadTotal += it.value();
    }
    return QJsonObject{
        {QStringLiteral("ordersPlaced"), ordersPlaced}, {QStringLiteral("shopEventsSent"), shopEventsSent},
        {QStringLiteral("eventsIn"), eventsIn},         {QStringLiteral("salesOrders"), salesOrders},
        {QStringLiteral("receipts"), receipts},         {QStringLiteral("creditNotes"), creditNotes},
        {QStringLiteral("ignored"), ignored},           {QStringLiteral("duplicatesSuppressed"), duplicatesSuppressed},
        {QStringLiteral("deadLetters"), deadTotal},     {QStringLiteral("deadLettersByReason"), dead},
        {QStringLiteral("retries"), retries},           {QStringLiteral("statusUpdates"), statusUpdates},
        {QStringLiteral("latencyP50Ms"), latencyP50Ms}, {QStringLiteral("latencyP99Ms"), latencyP99Ms},
        {QStringLiteral("elapsedMs"), elapsedMs}};
}

QString DemoSummary::toText() const
{
    QString dead;
    qint64 deadTotal = 0;
    for (auto it = deadLetters.begin(); it != deadLetters.end(); ++it) {
        dead += QStringLiteral("    %1: %2\n").arg(it.key()).arg(it.value());
        deadTotal += it.value();
    }
    return DemoHarness::tr("Orders placed by the shop:   %1 (%2 events sent, re-sends included)\n"
                           "Events in the inbox:         %3\n"
                           "SYSPRO sales orders:         %4\n"
                           "SYSPRO receipts:             %5\n"
                           "SYSPRO credit notes:         %6\n"
                           "Nothing to post (declined):  %7\n"
                           "Duplicates suppressed:       %8\n"
                           "Dead letters:                %9\n")
               .arg(ordersPlaced)
               .arg(shopEventsSent)
               .arg(eventsIn)
               .arg(salesOrders)
               .arg(receipts)
               .arg(creditNotes)
               .arg(ignored)
               .arg(duplicatesSuppressed)
               .arg(deadTotal) +
           dead +
           DemoHarness::tr("Retries:                     %1\n"
                           "Status updates to the shop:  %2\n"
                           "Latency p50 / p99:           %3 ms / %4 ms\n"
                           "Elapsed:                     %5 ms\n")
               .arg(retries)
               .arg(statusUpdates)
               .arg(latencyP50Ms)
               .arg(latencyP99Ms)
               .arg(elapsedMs);
}

DemoHarness::DemoHarness(DemoOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    m_settleTimer.setInterval(200);
    connect(&m_settleTimer, &QTimer::timeout, this, &DemoHarness::checkFinished);
}

DemoHarness::~DemoHarness()
{
    m_settleTimer.stop();
    if (m_shop) {
        m_shop->stop();
    }
    m_engine.reset(); // joins the threads
    m_listener.reset();
}

Result<void> DemoHarness::start()
{
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    // The database.
    QString url = m_options.databaseUrl;
    if (url.isEmpty()) {
        if (!m_dir.isValid()) {
            return fail(Error::configuration(
                QStringLiteral("demo.temp"),
                tr("Cannot create a temporary folder for the demo database: %1").arg(m_dir.errorString())));
        }
        url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo.sqlite"));
    }
    Result<store::DatabaseUrl> parsed = store::DatabaseUrl::parse(url);
    if (!parsed) {
        return fail(parsed.error());
    }
    Result<std::shared_ptr<store::Database>> db = store::Database::open(*parsed);
    if (!db) {
        return fail(db.error());
    }
    m_database = *db;

    // The two sandboxes, with faults when asked.
    sandbox::FaultPlan faults;
    faults.faultRate = m_options.faultPercent / 100.0;
    faults.seed = m_options.seed;
    faults.stallMs = 3'000;
    sandbox::opayo::OpayoSandboxConfig opayoConfig;
    opayoConfig.seed = m_options.seed;
    m_opayo = std::make_unique<sandbox::opayo::OpayoSandbox>(opayoConfig);
    Result<quint16> opayoPort = m_opayo->listenOn();
    if (!opayoPort) {
        return fail(opayoPort.error());
    }
    sandbox::syspro::SysproSandboxConfig sysproConfig;
    sysproConfig.seed = m_options.seed;
    m_syspro = std::make_unique<sandbox::syspro::SysproSandbox>(sysproConfig);
    stockShopProducts(m_syspro->company());
    Result<quint16> sysproPort = m_syspro->start();
    if (!sysproPort) {
        return fail(sysproPort.error());
    }
    sandbox::FaultPlan sysproFaults = faults;
    sysproFaults.latencyMs = m_options.sysproLatencyMs;
    m_syspro->setFaultPlan(sysproFaults);

    // The engine's view of them.
    m_config.pipelineWorkers = m_options.pipelineWorkers;
    m_config.postBatch = m_options.postBatch;
    m_config.leaseMs = 30'000;
    m_config.idlePollMs = 50;
    m_config.pi.baseUrl = QUrl(m_opayo->baseUrl() + QStringLiteral("/api"));
    m_config.pi.apiVersion = QStringLiteral("v1");
    m_config.pi.integrationKey = opayoConfig.integrationKey;
    m_config.pi.integrationPassword = opayoConfig.integrationPassword;
    m_config.pi.timeoutMs = 5'000;
    opayo::ReportingConfig reporting;
    reporting.url = QUrl(m_opayo->reportingUrl());
    reporting.vendor = opayoConfig.vendorName;
    reporting.user = opayoConfig.reportingUser;
    reporting.password = opayoConfig.reportingPassword;
    reporting.timeoutMs = 5'000;
    m_config.reporting = reporting;
    m_config.reportingPollMs = m_options.reportingPollMs;
    m_config.reportingGraceMs = m_options.reportingGraceMs;
    m_config.reportingLookbackMs = 3'600'000;
    m_config.syspro.endpoint.host = QStringLiteral("127.0.0.1");
    m_config.syspro.endpoint.port = *sysproPort;
    m_config.syspro.callTimeoutMs = 5'000;
    m_config.syspro.logonTimeoutMs = 5'000;
    m_config.sysproCredentials = std::make_shared<syspro::StaticSysproCredentials>(
        syspro::SysproCredentials{QStringLiteral("ADMIN"), QString(), sysproConfig.companyId, QString()});
    m_config.retry.baseMs = 200;
    m_config.retry.capMs = 5'000;
    m_config.shopStatusSecret = kShopSecret;

    // The listener the shop posts its events to.
    engine::IntakeListener::Settings listen;
    listen.handler.shopEvents.secret = kShopSecret;
    listen.handler.notification.vendorName = opayoConfig.vendorName;
    m_listener = std::make_unique<engine::IntakeListener>(
        listen, m_database, [](const QString&, const QString&) { return std::optional<QString>(); });
    QEventLoop wait;
    QString listenError;
    connect(m_listener.get(), &engine::IntakeListener::started, &wait, [this, &wait](quint16 port) {
        m_intakePort = port;
        wait.quit();
    });
    connect(m_listener.get(), &engine::IntakeListener::startFailed, &wait, [&wait, &listenError](const Error& e) {
        listenError = e.message;
        wait.quit();
    });
    m_listener->start();
    QTimer::singleShot(10'000, &wait, &QEventLoop::quit);
    wait.exec();
    if (m_intakePort == 0) {
        return fail(Error::configuration(QStringLiteral("demo.listener"),
                                         tr("The intake listener did not start: %1")
                                             .arg(listenError.isEmpty() ? tr("no answer within 10 s") : listenError)));
    }

    // The shop.
    sandbox::shop::ShopConfig shop;
    shop.piBaseUrl = QUrl(m_opayo->piBaseUrl());
    shop.vendorName = opayoConfig.vendorName;
    shop.integrationKey = opayoConfig.integrationKey;
    shop.integrationPassword = opayoConfig.integrationPassword;
    if (m_options.shopSendsEvents) {
        shop.bridgeEventUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/shop/events").arg(m_intakePort));
    }
    shop.eventSecret = kShopSecret;
    shop.orderCount = m_options.events;
    shop.orderIntervalMs = std::max(1, m_options.orderIntervalMs);
    shop.maxInFlight = m_options.shopInFlight;
    shop.seed = m_options.seed;
    shop.statusListen = m_options.statusSync;
    shop.statusFailPercent = m_options.faultPercent;
    if (m_options.failureScenarios) {
        shop.mix = sandbox::shop::ShopMix::everyCase();
        shop.resendPercent = 10;
        shop.resendCount = 3;
    }
    m_shop = std::make_unique<sandbox::shop::ShopSimulator>(shop);
    if (m_options.statusSync) {
        Result<QUrl> statusUrl = m_shop->startStatusListener();
        if (!statusUrl) {
            return fail(statusUrl.error());
        }
        m_config.shopStatusUrl = *statusUrl;
    }
    // Faults at Opayo only once the shop's listener is up (the shop's own calls see them too).
    m_opayo->setFaultPlan(faults);
    connect(m_shop.get(), &sandbox::shop::ShopSimulator::allFinished, this, [this] { m_shopDone = true; });

    if (m_options.startEngine) {
        if (Result<void> started = startEngine(); !started) {
            return started;
        }
    }
    m_shop->start();
    if (m_options.events > 0) {
        m_settleTimer.start();
    }
    return {};
}

Result<void> DemoHarness::startEngine()
{
    engine::EngineContext context;
    context.config = m_config;
    context.database = m_database;
    if (m_options.mappingFile.isEmpty()) {
        // The store's active mapping version (the built-in default becomes version 1 of a new
        // store), read by the engine at every start.
        context.mappingFromStore = true;
    } else {
        Result<mapping::MappingDocument> document = mapping::MappingDocument::fromFile(m_options.mappingFile);
        if (!document) {
            return fail(document.error());
        }
        Result<mapping::MappingEvaluator> evaluator = mapping::MappingEvaluator::create(*document);
        if (!evaluator) {
            return fail(evaluator.error());
        }
        context.mapping = std::make_shared<const mapping::MappingEvaluator>(*evaluator);
    }
    m_engine = std::make_unique<engine::Engine>(std::move(context));
    connect(m_engine.get(), &engine::Engine::stopped, this, &DemoHarness::stopped);
    return m_engine->start();
}

void DemoHarness::stop()
{
    m_settleTimer.stop();
    if (m_shop) {
        m_shop->stop();
    }
    if (m_engine && m_engine->isRunning()) {
        m_engine->stop();
    } else {
        QTimer::singleShot(0, this, &DemoHarness::stopped);
    }
}

void DemoHarness::checkFinished()
{
    if (!m_shopDone || !m_engine || !m_engine->isRunning()) {
        return;
    }
    Result<bool> settled = m_engine->isSettled();
    // Twice in a row, so that work handed between threads is not missed.
    m_settledChecks = settled && *settled ? m_settledChecks + 1 : 0;
    if (m_settledChecks >= 2) {
        m_settleTimer.stop();
        m_elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
        Q_EMIT finished();
    }
}

Result<DemoSummary> DemoHarness::summary() const
{
    DemoSummary s;
    s.elapsedMs = m_elapsedMs > 0 ? m_elapsedMs : QDateTime::currentMSecsSinceEpoch() - m_startedAt;
    if (m_shop) {
        s.ordersPlaced = m_shop->stats().started;
        s.shopEventsSent = m_shop->stats().eventsSent + m_shop->stats().eventsResent;
        s.statusUpdates = m_shop->stats().statusReceived;
    }
    if (m_engine) {
        s.retries = m_engine->counters().retries;
    }
    QList<qint64> latencies;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        auto scalar = [&db](const QString& sql) -> Result<qint64> {
            Result<QSqlQuery> q = store::Database::exec(db, sql);
            if (!q) {
                return fail(q.error());
            }
            q->next();
            return q->value(0).toLongLong();
        };
        for (auto [target, sql] : std::initializer_list<std::pair<qint64*, QString>>{
                 {&s.eventsIn, QStringLiteral("SELECT COUNT(*) FROM inbox")},
                 {&s.salesOrders, QStringLiteral("SELECT COUNT(*) FROM ledger_links WHERE command_kind = 'SORTOI'")},
                 {&s.receipts, QStringLiteral("SELECT COUNT(*) FROM ledger_links WHERE command_kind = 'ARSTPY'")},
                 {&s.creditNotes,
                  QStringLiteral("SELECT COUNT(*) FROM ledger_links WHERE command_kind IN ('ARSTIN', 'SORTCH')")},
                 {&s.ignored, QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'ignored' AND stage <> "
                                             "'duplicate'")},
                 {&s.duplicatesSuppressed, QStringLiteral("SELECT COUNT(*) FROM inbox WHERE stage = 'duplicate'")}}) {
            Result<qint64> v = scalar(sql);
            if (!v) {
                return fail(v.error());
            }
            *target = *v;
        }
        Result<QSqlQuery> dead = store::Database::exec(
            db,
            QStringLiteral("SELECT error_code, COUNT(*) FROM (SELECT error_code FROM inbox WHERE status = 'dead' "
                           "UNION ALL SELECT error_code FROM outbox WHERE status = 'dead') AS d GROUP BY error_code"));
        if (!dead) {
            return fail(dead.error());
        }
        while (dead->next()) {
            s.deadLetters.insert(dead->value(0).toString(), dead->value(1).toLongLong());
        }
        Result<QSqlQuery> times = store::Database::exec(
            db,
            QStringLiteral("SELECT MAX(o.updated_at) - i.received_at FROM inbox i JOIN outbox o ON o.inbox_id = i.id "
                           "WHERE o.command_kind <> 'SHOPSYNC' GROUP BY i.id, i.received_at "
                           "HAVING MIN(CASE WHEN o.status = 'done' THEN 1 ELSE 0 END) = 1"));
        if (!times) {
            return fail(times.error());
        }
        while (times->next()) {
            latencies.append(times->value(0).toLongLong());
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    if (m_shop) {
        // Re-sends are answered at intake and stored once.
        s.duplicatesSuppressed += m_shop->stats().eventsResent;
    }
    s.latencyP50Ms = percentile(latencies, 50);
    s.latencyP99Ms = percentile(latencies, 99);
    return s;
}

} // namespace bridge::demo
