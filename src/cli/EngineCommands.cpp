// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The engine's commands of bridge-cli: demo, map, run, replay.
#include "cli/CliApplication.h"

#include "core/CanonicalPayment.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"
#include "demo/DemoHarness.h"
#include "engine/DatabaseOpener.h"
#include "engine/Engine.h"
#include "engine/ErpDocuments.h"
#include "engine/IntakeListener.h"
#include "engine/OpayoConnection.h"
#include "engine/SysproConnection.h"
#include "logging/Log.h"
#include "mapping/MappingDocument.h"
#include "store/Inbox.h"
#include "store/MappingVersions.h"
#include "store/Outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace bridge::cli {

namespace {

std::atomic<int> g_stopSignal{0};

void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

Result<mapping::MappingEvaluator> loadMapping(const QString& path)
{
    Result<mapping::MappingDocument> document =
        mapping::MappingDocument::fromFile(path.isEmpty() ? QStringLiteral(":/mappings/default.json") : path);
    if (!document) {
        return fail(document.error());
    }
    return mapping::MappingEvaluator::create(*document);
}

} // namespace

void CliApplication::demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption eventsOption(QStringLiteral("events"), tr("Orders the shop places (default 200)."),
                                          tr("N"), QStringLiteral("200"));
    const QCommandLineOption faultOption(QStringLiteral("fault-rate"),
                                         tr("Share of calls to both sandboxes that fail, 0 to 1 (default 0)."), tr("F"),
                                         QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed for the shop and the sandboxes (default 1)."),
                                        tr("S"), QStringLiteral("1"));
    const QCommandLineOption workersOption(QStringLiteral("workers"), tr("Pipeline worker threads (default 2)."),
                                           tr("N"), QStringLiteral("2"));
    const QCommandLineOption latencyOption(QStringLiteral("syspro-latency-ms"),
                                           tr("Latency added to every SYSPRO answer (default 0)."), tr("MS"),
                                           QStringLiteral("0"));
    const QCommandLineOption cleanOption(
        QStringLiteral("clean"), tr("Only good orders: no unknown stock, bad customers, bad refunds or re-sends."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: a temporary SQLite file)."),
                                      tr("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions(
        {eventsOption, faultOption, seedOption, workersOption, latencyOption, cleanOption, dbOption, jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("demo"),
                         tr("Starts the Opayo and SYSPRO sandboxes and a simulated shop in this process, runs the "
                            "engine until every order has settled, and prints what happened: events in, sales "
                            "orders, receipts, dead letters by reason, retries, duplicates suppressed, latency."),
                         arguments)) {
        return;
    }
    bool okEvents = false;
    bool okSeed = false;
    bool okWorkers = false;
    bool okLatency = false;
    demo::DemoOptions options;
    options.events = parser.value(eventsOption).toInt(&okEvents);
    options.seed = parser.value(seedOption).toULongLong(&okSeed);
    options.pipelineWorkers = parser.value(workersOption).toInt(&okWorkers);
    options.sysproLatencyMs = parser.value(latencyOption).toInt(&okLatency);
    // The fault rate is a probability (not money): read as a whole percentage, "0.2" → 20.
    const QString rate = parser.value(faultOption).trimmed();
    const qsizetype point = rate.indexOf(QLatin1Char('.'));
    bool okRate = false;
    int percent = 0;
    if (point < 0) {
        percent = rate.toInt(&okRate) * 100;
    } else {
        const QString whole = rate.left(point).isEmpty() ? QStringLiteral("0") : rate.left(point);
        const QString fraction = QString(rate.mid(point + 1) + QStringLiteral("00")).left(2);
        bool okWhole = false;
        percent = whole.toInt(&okWhole) * 100 + fraction.toInt(&okRate);
        okRate = okRate && okWhole && rate.mid(point + 1).size() <= 2;
    }
    if (!okEvents || options.events < 1) {
        usageError(
            tr("--events must be a whole number of orders, at least 1 (got '%1').").arg(parser.value(eventsOption)),
            QStringLiteral("demo"));
        return;
    }
    if (!okRate || percent < 0 || percent > 100) {
        usageError(tr("--fault-rate must be between 0 and 1 with at most two decimals, e.g. 0.2 (got '%1').").arg(rate),
                   QStringLiteral("demo"));
        return;
    }
    if (!okSeed || !okWorkers || options.pipelineWorkers < 1 || options.pipelineWorkers > 16 || !okLatency ||
        options.sysproLatencyMs < 0) {
        usageError(tr("--seed, --workers (1 to 16) and --syspro-latency-ms must be whole numbers."),
                   QStringLiteral("demo"));
        return;
    }
    options.faultPercent = percent;
    options.failureScenarios = !parser.isSet(cleanOption);
    options.databaseUrl = parser.value(dbOption);
    m_json = parser.isSet(jsonOption);

    auto* harness = new demo::DemoHarness(options, this);
    m_running = harness;
    if (!m_json) {
        m_out << tr("Running %1 shop orders against the sandboxes (fault rate %2%)…").arg(options.events).arg(percent)
              << '\n';
        m_out.flush();
    }
    connect(harness, &demo::DemoHarness::finished, this, [this, harness] {
        Result<demo::DemoSummary> summary = harness->summary();
        if (!summary) {
            failWith(summary.error());
            return;
        }
        if (m_json) {
            printJson(summary->toJson());
        } else {
            m_out << summary->toText();
            m_out.flush();
        }
        connect(harness, &demo::DemoHarness::stopped, this, [this] { finish(ExitOk); });
        harness->stop();
    });
    if (Result<void> started = harness->start(); !started) {
        failWith(started.error());
        return;
    }
}

void CliApplication::map(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"), tr("Mapping document (default: the built-in default template)."), tr("FILE"));
    const QCommandLineOption inputOption(QStringLiteral("input"), tr("A canonical payment as JSON."), tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({mappingOption, inputOption, jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("map"),
                         tr("Evaluates a mapping on one payment and prints the SYSPRO XmlIn of every command it "
                            "would post, or the first problem (which field, what is wrong). Nothing is posted."),
                         arguments)) {
        return;
    }
    if (!parser.isSet(inputOption)) {
        usageError(tr("--input FILE is required (a canonical payment as JSON)."), QStringLiteral("map"));
        return;
    }
    m_json = parser.isSet(jsonOption);
    QFile input(parser.value(inputOption));
    if (!input.open(QIODevice::ReadOnly)) {
        failWith(Error::permanent(QStringLiteral("cli.input"),
                                  tr("Cannot read %1: %2").arg(input.fileName(), input.errorString())));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        failWith(Error::permanent(QStringLiteral("cli.input"), tr("%1 is not a JSON object: %2 at offset %3.")
                                                                   .arg(input.fileName(), parseError.errorString())
                                                                   .arg(parseError.offset)));
        return;
    }
    Result<CanonicalPayment> payment = CanonicalPayment::fromJson(json.object());
    if (!payment) {
        failWith(payment.error());
        return;
    }
    Result<mapping::MappingEvaluator> evaluator = loadMapping(parser.value(mappingOption));
    if (!evaluator) {
        failWith(evaluator.error());
        return;
    }
    Result<QList<mapping::MappedCommand>> commands = evaluator->evaluate(payment->toJson());
    if (!commands) {
        failWith(commands.error());
        return;
    }
    QJsonArray out;
    for (const mapping::MappedCommand& c : *commands) {
        const QJsonObject command = c.toJson();
        Result<QString> xml = engine::ErpDocuments::xmlIn(command, syspro::FieldLimits{});
        if (!xml) {
            failWith(xml.error());
            return;
        }
        if (m_json) {
            out.append(QJsonObject{
                {QStringLiteral("target"), c.targetId},
                {QStringLiteral("object"), c.object},
                {QStringLiteral("businessKey"), engine::ErpDocuments::businessKey(command).value_or(QString())},
                {QStringLiteral("xmlIn"), *xml}});
        } else {
            m_out << QStringLiteral("<!-- %1: %2 -->").arg(c.targetId, c.object) << '\n' << *xml << '\n';
        }
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("commands"), out}});
    } else if (commands->isEmpty()) {
        m_out << tr("The mapping posts nothing for this payment (no target's condition holds).") << '\n';
    }
    finish(ExitOk);
}

void CliApplication::runEngine(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configOption(
        QStringLiteral("config"), tr("Settings file of this engine (default: the installation's)."), tr("FILE"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                           tr("Mapping document (default: the database's active mapping version)."),
                                           tr("FILE"));
    const QCommandLineOption workersOption(QStringLiteral("workers"), tr("Pipeline worker threads (default 2)."),
                                           tr("N"), QStringLiteral("2"));
    const QCommandLineOption leaseOption(QStringLiteral("lease-ms"), tr("How long a claim lasts (default 120000)."),
                                         tr("MS"), QStringLiteral("120000"));
    parser.addOptions({configOption, mappingOption, workersOption, leaseOption});
    if (!parseSubcommand(parser, QStringLiteral("run"),
                         tr("Runs the sync engine and its intake listener until SIGTERM or Ctrl+C, then stops in "
                            "order (no new work, calls in flight finish, SYSPRO is logged off). Secrets come from "
                            "the keychain, as the console stores them."),
                         arguments)) {
        return;
    }
    if (parser.isSet(configOption)) {
        m_settings = std::make_unique<Settings>(parser.value(configOption));
    }
    // --mapping FILE overrides; otherwise the database's active version (see below).
    std::shared_ptr<const mapping::MappingEvaluator> fileMapping;
    if (parser.isSet(mappingOption)) {
        Result<mapping::MappingEvaluator> evaluator = loadMapping(parser.value(mappingOption));
        if (!evaluator) {
            failWith(evaluator.error());
            return;
        }
        fileMapping = std::make_shared<const mapping::MappingEvaluator>(*evaluator);
    }
    engine::EngineConfig config;
    config.pipelineWorkers = qBound(1, parser.value(workersOption).toInt(), 16);
    config.leaseMs = qMax<qint64>(1'000, parser.value(leaseOption).toLongLong());
    const engine::SysproConnection::Details sysproDetails = engine::SysproConnection::fromSettings(*m_settings);
    Result<syspro::SysproConfig> sysproConfig = engine::SysproConnection::config(sysproDetails);
    if (!sysproConfig) {
        failWith(sysproConfig.error());
        return;
    }
    config.syspro = *sysproConfig;
    config.reportingPollMs = qMax(0, m_settings->value(SettingKeys::EngineReportingPollSeconds)) * 1000;
    config.reportingGraceMs = qMax(0, m_settings->value(SettingKeys::EngineReportingGraceSeconds)) * 1000;

    withDatabase({}, [this, config, fileMapping, sysproDetails](std::shared_ptr<store::Database> db) mutable {
        std::shared_ptr<const mapping::MappingEvaluator> mappingPtr = fileMapping;
        const bool fromStore = !fileMapping;
        if (!mappingPtr) {
            // The active mapping version; a database without any gets the built-in default as version 1.
            Result<store::MappingVersion> active = store::MappingVersions(db).activeOrDefault();
            if (!active) {
                failWith(active.error());
                return;
            }
            Result<mapping::MappingDocument> document = mapping::MappingDocument::fromJson(active->document);
            if (!document) {
                failWith(document.error());
                return;
            }
            Result<mapping::MappingEvaluator> evaluator = mapping::MappingEvaluator::create(*document);
            if (!evaluator) {
                failWith(evaluator.error());
                return;
            }
            m_err << tr("Mapping: version %1 (%2).").arg(active->version).arg(active->name) << '\n';
            mappingPtr = std::make_shared<const mapping::MappingEvaluator>(*evaluator);
        }
        engine::SysproConnection::loadCredentials(
            *m_credentials, sysproDetails, this,
            [this, config, mappingPtr, db, fromStore](Result<syspro::SysproCredentials> sysproCredentials) mutable {
                if (!sysproCredentials) {
                    failWith(sysproCredentials.error());
                    return;
                }
                config.sysproCredentials = std::make_shared<syspro::StaticSysproCredentials>(*sysproCredentials);
                engine::OpayoConnection::load(
                    *m_credentials, engine::OpayoConnection::fromSettings(*m_settings), this,
                    [this, config, mappingPtr, db,
                     fromStore](Result<std::shared_ptr<engine::OpayoConnection::Credentials>> opayo) mutable {
                        if (!opayo) {
                            failWith(opayo.error());
                            return;
                        }
                        config.pi = *(*opayo)->piConfig();
                        if (Result<opayo::ReportingConfig> r = (*opayo)->reportingConfig(); r && !r->user.isEmpty()) {
                            config.reporting = *r;
                        }
                        // The shop's shared secret (keychain): it signs the shop's events and the
                        // bridge's status updates back to the shop. Without it, shop events are
                        // refused and no status updates are sent.
                        m_credentials->read(
                            credentials::SecretRef{QStringLiteral("shop"), QStringLiteral("event-secret")}, this,
                            [this, config, mappingPtr, db, fromStore](Result<QString> secret) mutable {
                                const QString statusUrl = m_settings->value(SettingKeys::ShopStatusUrl).trimmed();
                                if (secret && !statusUrl.isEmpty()) {
                                    config.shopStatusUrl = QUrl(statusUrl);
                                    config.shopStatusSecret = secret->toUtf8();
                                } else if (!statusUrl.isEmpty()) {
                                    m_err << tr("No shop secret in the keychain (shop/event-secret): status updates "
                                                "to %1 are not sent.")
                                                 .arg(statusUrl)
                                          << '\n';
                                }
                                startService(config, mappingPtr, db, secret ? secret->toUtf8() : QByteArray(),
                                             fromStore);
                            });
                    });
            });
    });
}

void CliApplication::startService(engine::EngineConfig config, std::shared_ptr<const mapping::MappingEvaluator> mapping,
                                  std::shared_ptr<store::Database> db, const QByteArray& shopSecret,
                                  bool mappingFromStore)
{
    engine::EngineContext context;
    context.config = std::move(config);
    context.database = db;
    context.mapping = std::move(mapping);
    context.mappingFromStore = mappingFromStore;
    auto* engine = new engine::Engine(std::move(context), this);
    m_running = engine;
    if (Result<void> started = engine->start(); !started) {
        failWith(started.error());
        return;
    }
    // The intake listener: Opayo's notifications and the shop's events.
    engine::IntakeListener::Settings listen;
    listen.address = QHostAddress(m_settings->value(SettingKeys::IntakeAddress));
    listen.port = quint16(m_settings->value(SettingKeys::IntakePort));
    listen.handler.notification.vendorName = m_settings->value(SettingKeys::OpayoVendorName);
    listen.handler.shopEvents.secret = shopSecret;
    auto* listener = new engine::IntakeListener(
        listen, db, [](const QString&, const QString&) { return std::optional<QString>(); }, this);
    connect(listener, &engine::IntakeListener::started, this, [this](quint16 port) {
        m_out << tr("Engine running; intake listening on port %1. Stop with SIGTERM or Ctrl+C.").arg(port) << '\n';
        m_out.flush();
    });
    connect(listener, &engine::IntakeListener::startFailed, this, [this](const Error& e) {
        m_err << tr("Intake not started: %1").arg(e.message) << '\n';
        m_err.flush();
    });
    listener->start();
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    auto* watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [this, engine, watch] {
        if (g_stopSignal == 0) {
            return;
        }
        watch->stop();
        m_out << tr("Stopping…") << '\n';
        m_out.flush();
        connect(engine, &engine::Engine::stopped, this, [this] { finish(ExitOk); });
        engine->stop();
    });
    watch->start(100);
}

void CliApplication::replay(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption asOption(QStringLiteral("as"), tr("Who asks (for the audit log; default: $USER)."),
                                      tr("USER"));
    parser.addOptions({dbOption, asOption});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("event:N (an inbox event, from its start) or command:N (an outbox command); "
                                    "a bare number is an event."));
    if (!parseSubcommand(parser, QStringLiteral("replay"),
                         tr("Sends a dead-lettered event through the pipeline again, or a dead-lettered command to "
                            "SYSPRO again (looked up first, in case it was posted by hand). A running engine picks "
                            "it up; the audit log records who asked."),
                         arguments)) {
        return;
    }
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        usageError(tr("replay takes exactly one ID, e.g. 'replay event:42'."), QStringLiteral("replay"));
        return;
    }
    QString id = ids.first();
    const bool command = id.startsWith(QLatin1String("command:"));
    if (command || id.startsWith(QLatin1String("event:"))) {
        id = id.mid(id.indexOf(QLatin1Char(':')) + 1);
    }
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= 0) {
        usageError(tr("'%1' is not an ID; use event:N or command:N.").arg(ids.first()), QStringLiteral("replay"));
        return;
    }
    QString actor = parser.value(asOption);
    if (actor.isEmpty()) {
        actor = QString::fromLocal8Bit(qgetenv("USER"));
    }
    if (actor.isEmpty()) {
        actor = QStringLiteral("bridge-cli");
    }
    withDatabase(parser.value(dbOption), [this, command, number, actor](std::shared_ptr<store::Database> db) {
        Result<void> done = command ? store::Outbox(db).replay(number, actor) : store::Inbox(db).replay(number, actor);
        if (!done) {
            failWith(done.error());
            return;
        }
        m_out << (command ? tr("Command %1 queued again; it is looked up in SYSPRO before it is posted.").arg(number)
                          : tr("Event %1 queued again from its start.").arg(number))
              << '\n';
        finish(ExitOk);
    });
}

} // namespace bridge::cli
