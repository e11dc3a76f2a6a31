// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bridge-cli reconcile [--date D | --from D --to D] [--file F]… [--json]
#include "cli/CliApplication.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"
#include "demo/DemoHarness.h"
#include "demo/SettlementDemo.h"
#include "engine/OpayoConnection.h"
#include "settlement/ConfiguredSources.h"
#include "settlement/ReconcileRunner.h"
#include "store/UserDirectory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace bridge::cli {

namespace {

QDate todayInLondon()
{
    const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return QDateTime::currentDateTime().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

QJsonArray filesJson(const QList<settlement::FileImportReport>& files)
{
    QJsonArray out;
    for (const settlement::FileImportReport& f : files) {
        QJsonArray problems;
        for (const settlement::SettlementCsvProblem& p : f.problems) {
            problems.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
        }
        QJsonObject o{{QStringLiteral("file"), f.fileName},
                      {QStringLiteral("sha256"), f.sha256},
                      {QStringLiteral("alreadyImported"), f.alreadyImported},
                      {QStringLiteral("batchesAdded"), f.batchesAdded},
                      {QStringLiteral("batchesKnown"), f.batchesKnown},
                      {QStringLiteral("linesAdded"), f.linesAdded},
                      {QStringLiteral("refusedLines"), problems}};
        if (!f.error.isEmpty()) {
            o.insert(QStringLiteral("error"), f.error);
        }
        out.append(o);
    }
    return out;
}

} // namespace

void CliApplication::reconcile(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dateOption(QStringLiteral("date"), tr("Reconcile this settlement day (yyyy-MM-dd)."),
                                        tr("D"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First settlement day (yyyy-MM-dd)."), tr("D"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last settlement day (yyyy-MM-dd)."), tr("D"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        tr("Import this settlement CSV first (may be given several times)."), tr("F"));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          tr("With --demo: shop orders placed before the day is settled (default "
                                             "120)."),
                                          tr("N"), QStringLiteral("120"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({dateOption, fromOption, toOption, fileOption, dbOption, eventsOption, jsonOption});
    if (!parseSubcommand(
            parser, QStringLiteral("reconcile"),
            tr("Fetches the settlement batches (the Opayo Reporting API when its user is set up, catching up on "
               "missed days; the settlement/folder and SFTP server when set; the --file files), matches the "
               "period's settlement lines with the bridge's ledger and SYSPRO documents, stores the run and prints "
               "the summary: lines, matched, and per batch and currency the counts and amounts of each kind of "
               "difference. Default period: today's settlement. With --demo it runs the built-in sandboxes and "
               "a simulated shop, settles their day with realistic differences, and checks the result against "
               "them."),
            arguments)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                   QStringLiteral("reconcile"));
        return;
    }
    auto day = [](const QString& text) { return QDate::fromString(text, Qt::ISODate); };
    QDate from = todayInLondon();
    QDate to = from;
    if (parser.isSet(dateOption) && (parser.isSet(fromOption) || parser.isSet(toOption))) {
        usageError(tr("give either --date or --from and --to, not both."), QStringLiteral("reconcile"));
        return;
    }
    if (parser.isSet(dateOption)) {
        from = to = day(parser.value(dateOption));
        if (!from.isValid()) {
            usageError(
                tr("--date must be a day as yyyy-MM-dd, e.g. 2026-11-20 (got '%1').").arg(parser.value(dateOption)),
                QStringLiteral("reconcile"));
            return;
        }
    } else if (parser.isSet(fromOption) || parser.isSet(toOption)) {
        from = day(parser.value(fromOption));
        to = day(parser.value(toOption));
        if (!from.isValid() || !to.isValid() || to < from) {
            usageError(tr("--from and --to must both be days as yyyy-MM-dd, --to not before --from (got '%1' and "
                          "'%2').")
                           .arg(parser.value(fromOption), parser.value(toOption)),
                       QStringLiteral("reconcile"));
            return;
        }
    }
    bool okEvents = false;
    const int events = parser.value(eventsOption).toInt(&okEvents);
    if (!okEvents || events < 10) {
        usageError(tr("--events must be a whole number, at least 10 (got '%1').").arg(parser.value(eventsOption)),
                   QStringLiteral("reconcile"));
        return;
    }
    m_json = parser.isSet(jsonOption);
    Result<settlement::SettlementCsvLayout> layout =
        settlement::SettlementCsvLayout::parse(m_settings->value(SettingKeys::SettlementCsvColumns));
    if (!layout) {
        failWith(layout.error());
        return;
    }
    settlement::ReconcileRequest request;
    request.from = from;
    request.to = to;
    request.paths = parser.values(fileOption);
    request.layout = *layout;
    request.actor = store::UserDirectory::currentOsLogin();
    const bool explicitPeriod = parser.isSet(dateOption) || parser.isSet(fromOption);

    if (m_demo) {
        reconcileDemo(request, events, parser.value(dbOption), explicitPeriod);
        return;
    }
    withDatabase(parser.value(dbOption), [this, request, explicitPeriod](std::shared_ptr<store::Database> db) mutable {
        settlement::completeFromSettings(std::move(request), !explicitPeriod, *m_settings, *m_credentials, this,
                                         [this, db](Result<settlement::ReconcileRequest> complete) {
                                             if (!complete) {
                                                 failWith(complete.error());
                                                 return;
                                             }
                                             runReconcile(db, std::move(*complete), {});
                                         });
    });
}

void CliApplication::reconcileDemo(settlement::ReconcileRequest request, int events, const QString& dbUrl,
                                   bool explicitPeriod)
{
    demo::DemoOptions options;
    options.events = events;
    options.failureScenarios = false;
    options.databaseUrl = dbUrl;
    auto* harness = new demo::DemoHarness(options, this);
    m_running = harness;
    if (!m_json) {
        m_out << tr("Running %1 shop orders against the sandboxes, then settling the day…").arg(events) << '\n';
        m_out.flush();
    }
    connect(harness, &demo::DemoHarness::finished, this, [harness] { harness->stop(); });
    connect(harness, &demo::DemoHarness::stopped, this, [this, harness, request, explicitPeriod]() mutable {
        Result<demo::SettlementDemoTruth> truth = demo::SettlementDemo::settle(*harness);
        if (!truth) {
            failWith(truth.error());
            return;
        }
        if (!explicitPeriod) {
            request.from = request.to = truth->settlementDay;
        }
        request.reporting = harness->engineConfig().reporting;
        request.contents = truth->acquirerFiles;
        runReconcile(harness->database(), std::move(request), *truth);
    });
    if (Result<void> started = harness->start(); !started) {
        failWith(started.error());
    }
}

void CliApplication::runReconcile(std::shared_ptr<store::Database> db, settlement::ReconcileRequest request,
                                  std::optional<demo::SettlementDemoTruth> truth)
{
    auto* runner = new settlement::ReconcileRunner(db, Clock::system(), this);
    runner->run(std::move(request), [this, runner, truth](Result<settlement::ReconcileReport> report) {
        runner->deleteLater();
        if (!report) {
            failWith(report.error());
            return;
        }
        std::optional<demo::SettlementTruthCheck> check;
        if (truth) {
            check = demo::SettlementDemo::check(*truth, report->period, report->result);
        }
        bool filesRefused = false;
        for (const settlement::FileImportReport& f : std::as_const(report->files)) {
            filesRefused = filesRefused || !f.error.isEmpty() || !f.problems.isEmpty();
        }
        if (m_json) {
            QJsonObject out = report->summary;
            out.insert(QStringLiteral("ok"), true);
            out.insert(QStringLiteral("run"), report->runId);
            out.insert(QStringLiteral("from"), report->period.from.toString(Qt::ISODate));
            out.insert(QStringLiteral("to"), report->period.to.toString(Qt::ISODate));
            out.insert(QStringLiteral("files"), filesJson(report->files));
            if (report->download) {
                out.insert(QStringLiteral("reporting"),
                           QJsonObject{{QStringLiteral("from"), report->download->from.toString(Qt::ISODate)},
                                       {QStringLiteral("to"), report->download->to.toString(Qt::ISODate)},
                                       {QStringLiteral("batchesAdded"), report->download->batchesAdded},
                                       {QStringLiteral("batchesKnown"), report->download->batchesKnown},
                                       {QStringLiteral("linesAdded"), report->download->linesAdded}});
            }
            if (check) {
                out.insert(QStringLiteral("demoTruth"), check->toJson());
            }
            printJson(out);
        } else {
            for (const settlement::FileImportReport& f : std::as_const(report->files)) {
                if (f.alreadyImported) {
                    m_out << tr("%1: imported before, skipped.").arg(f.fileName) << '\n';
                } else if (f.error.isEmpty()) {
                    m_out << tr("%1: %2 lines in %3 new batches (%4 batches known).")
                                 .arg(f.fileName)
                                 .arg(f.linesAdded)
                                 .arg(f.batchesAdded)
                                 .arg(f.batchesKnown)
                          << '\n';
                }
                for (const QString& line : settlement::SettlementImport::describe(f)) {
                    m_err << line << '\n';
                }
            }
            if (report->download) {
                m_out << tr("Opayo Reporting API %1 to %2: %3 new batches, %4 lines (%5 batches known).")
                             .arg(report->download->from.toString(Qt::ISODate),
                                  report->download->to.toString(Qt::ISODate))
                             .arg(report->download->batchesAdded)
                             .arg(report->download->linesAdded)
                             .arg(report->download->batchesKnown)
                      << '\n';
            }
            const QJsonObject& s = report->summary;
            m_out << tr("Reconciliation run %1, settlement days %2 to %3: %4 lines, %5 matched; %6 ledger entries.")
                         .arg(report->runId)
                         .arg(report->period.from.toString(Qt::ISODate), report->period.to.toString(Qt::ISODate))
                         .arg(s.value(QStringLiteral("lines")).toInteger())
                         .arg(s.value(QStringLiteral("matched")).toInteger())
                         .arg(s.value(QStringLiteral("ledgerEntries")).toInteger())
                  << '\n';
            for (const QJsonValue& v : s.value(QStringLiteral("batches")).toArray()) {
                const QJsonObject b = v.toObject();
                const QString batch = b.value(QStringLiteral("batch")).toString();
                m_out << "  " << (batch.isEmpty() ? tr("(not in a batch)") : batch) << ' '
                      << b.value(QStringLiteral("currency")).toString() << ": "
                      << tr("%1 lines, %2 matched, gross %3, refunds %4, chargebacks %5, fees %6, net %7")
                             .arg(b.value(QStringLiteral("lines")).toInteger())
                             .arg(b.value(QStringLiteral("matched")).toInteger())
                             .arg(b.value(QStringLiteral("gross")).toString(),
                                  b.value(QStringLiteral("refunds")).toString(),
                                  b.value(QStringLiteral("chargebacks")).toString(),
                                  b.value(QStringLiteral("fees")).toString(), b.value(QStringLiteral("net")).toString())
                      << '\n';
                const QJsonObject classes = b.value(QStringLiteral("classes")).toObject();
                for (auto it = classes.begin(); it != classes.end(); ++it) {
                    const QJsonObject c = it.value().toObject();
                    m_out << "    " << it.key().leftJustified(24) << ' '
                          << QString::number(c.value(QStringLiteral("count")).toInteger()).rightJustified(6) << "  "
                          << c.value(QStringLiteral("amount")).toString() << '\n';
                }
            }
            if (check) {
                m_out << tr("Demo truth: %1 of %2 lines and %3 of %4 ledger entries as the demo made them.")
                             .arg(check->linesAgreeing)
                             .arg(check->lines)
                             .arg(check->entriesAgreeing)
                             .arg(check->entries)
                      << '\n';
                for (const QString& d : std::as_const(check->disagreements)) {
                    m_out << "  " << d << '\n';
                }
            }
        }
        // A refused file or line is reported and the run is still stored; the exit code says so.
        finish(filesRefused || (check && !check->agrees()) ? ExitFailure : ExitOk);
    });
}

} // namespace bridge::cli
