// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The sync engine's figures (issue "Sync engine"), through the in-process demo (DemoHarness):
// both sandboxes, the shop simulator and the intake listener fill the inbox first; then the
// engine alone is timed from startEngine() to DemoHarness::finished.
//
//  1. end-to-end: zero-latency sandboxes, durable commits (SQLite, synchronous=FULL), events/s,
//     orders/s, receipts/s, CPU per event, latency p50/p99, peak RSS;
//  2. sales orders/s with SYSPRO answering after `--latency-ms` (20) through one session, with
//     `--post-batch` (50) orders per SORTOI post, and again with one order per post.
//
//   bench_engine [--events N=2000] [--workers W=2] [--latency-ms L=20] [--post-batch B=50]
//                [--scenario all|e2e|latency] [--db-dir DIR] [--reporting-poller] [--small]
//
// --reporting-poller leaves the Reporting API poller's watermark alone, so that the poller
// stores a second inbox row for every pre-filled payment once the fill took more than 10 s (the
// pipeline drops them as duplicates); by default the watermark is set to the end of the fill.
// --small is the CI run (200 events, every scenario). The 100,000-event memory figure is a
// manual run: `bench_engine --events 100000 --scenario e2e`. Nothing asserts on time; the
// program fails only when a run does not finish or something ends as a dead letter.
#include "demo/DemoHarness.h"
#include "engine/Engine.h"
#include "engine/ReportingPoller.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/shop/ShopSimulator.h"
#include "sandbox/syspro/SysproSandbox.h"
#include "store/Database.h"
#include "store/Watermarks.h"
#include "support/BenchSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using bridge::Result;
using bridge::bench::statusKb;
using bridge::demo::DemoHarness;
using bridge::demo::DemoOptions;
using bridge::demo::DemoSummary;

namespace {

struct Options {
    int events = 2000;
    int workers = 2;
    int latencyMs = 20;
    int postBatch = 50;
    QString scenario = QStringLiteral("all");
    QString dbDir; ///< empty: the system's temporary folder
    bool small = false;
    bool reportingPoller = false; ///< let the poller re-ingest the pre-filled payments
};

struct RunSpec {
    QString name;
    int events = 0;
    int workers = 2;
    int latencyMs = 0;
    int postBatch = 50;
};

// --- Process figures -------------------------------------------------------------------------

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct ThreadCpu {
    QString name;
    qint64 ticks = 0; ///< utime + stime in clock ticks
};

/// CPU by thread, from /proc/self/task/<tid>/stat (threads keep Qt's objectName as their name).
QMap<qint64, ThreadCpu> threadCpu()
{
    QMap<qint64, ThreadCpu> out;
    const QStringList tids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& tid : tids) {
        QFile f(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!f.open(QIODevice::ReadOnly)) {
            continue; // ended meanwhile
        }
        const QByteArray stat = f.readAll();
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            continue;
        }
        // After "(comm) ": state is field 3, utime 14, stime 15.
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13) {
            continue;
        }
        ThreadCpu t;
        t.name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        t.ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
        out.insert(tid.toLongLong(), t);
    }
    return out;
}

/// The 1-minute load average: the figures depend on what else the machine is doing.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly)) {
        return QStringLiteral("?");
    }
    return QString::fromLatin1(f.readAll().split(' ').value(0));
}

QString filesystemOf(const QString& path)
{
    struct statfs s {
    };
    if (statfs(QFile::encodeName(path).constData(), &s) != 0) {
        return QStringLiteral("?");
    }
    switch (static_cast<unsigned long>(s.f_type)) {
    case 0x01021994UL:
        return QStringLiteral("tmpfs (commits are not really durable!)");
    case 0xEF53UL:
        return QStringLiteral("ext4");
    case 0x58465342UL:
        return QStringLiteral("xfs");
    case 0x9123683EUL:
        return QStringLiteral("btrfs");
    case 0x794C7630UL:
        return QStringLiteral("overlayfs");
    default:
        return QStringLiteral("fs 0x%1").arg(static_cast<unsigned long>(s.f_type), 0, 16);
    }
}

QDateTime watermarkAfterFill()
{
    QDateTime t = QDateTime::currentDateTimeUtc().addSecs(2);
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

// --- Waiting ---------------------------------------------------------------------------------

/// Connects to `signal`, runs `trigger`, and spins the event loop until the signal or the timeout.
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, qint64 timeoutMs, const std::function<void()>& trigger = {})
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&fired, &loop] {
        fired = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(int(std::min<qint64>(timeoutMs, 2'000'000'000)));
    if (trigger) {
        trigger();
    }
    if (!fired) {
        loop.exec();
    }
    return fired;
}

// --- Reading the store -----------------------------------------------------------------------

struct KindFigures {
    qint64 done = 0;
    qint64 lastDoneAt = 0; ///< epoch ms of the last completion
};

struct StoreFigures {
    qint64 inboxEvents = 0;
    qint64 inboxLastUpdate = 0;
    QMap<QString, qint64> inboxBySource;
    QMap<QString, KindFigures> byKind; ///< outbox, by command kind
};

Result<StoreFigures> readStore(const std::shared_ptr<bridge::store::Database>& db)
{
    StoreFigures f;
    Result<void> ok = db->read([&f](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = bridge::store::Database::exec(
            c, QStringLiteral("SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM inbox"));
        if (!q) {
            return bridge::fail(q.error());
        }
        if (q->next()) {
            f.inboxEvents = q->value(0).toLongLong();
            f.inboxLastUpdate = q->value(1).toLongLong();
        }
        Result<QSqlQuery> s =
            bridge::store::Database::exec(c, QStringLiteral("SELECT source, COUNT(*) FROM inbox GROUP BY source"));
        if (!s) {
            return bridge::fail(s.error());
        }
        while (s->next()) {
            f.inboxBySource.insert(s->value(0).toString(), s->value(1).toLongLong());
        }
        Result<QSqlQuery> k = bridge::store::Database::exec(
            c, QStringLiteral("SELECT command_kind, COUNT(*), MAX(updated_at) FROM outbox WHERE status = 'done' "
                              "GROUP BY command_kind"));
        if (!k) {
            return bridge::fail(k.error());
        }
        while (k->next()) {
            f.byKind.insert(k->value(0).toString(), KindFigures{k->value(1).toLongLong(), k->value(2).toLongLong()});
        }
        return {};
    });
    if (!ok) {
        return bridge::fail(ok.error());
    }
    return f;
}

Result<qint64> inboxCount(const std::shared_ptr<bridge::store::Database>& db)
{
    qint64 n = 0;
    Result<void> ok = db->read([&n](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = bridge::store::Database::exec(c, QStringLiteral("SELECT COUNT(*) FROM inbox"));
        if (!q) {
            return bridge::fail(q.error());
        }
        q->next();
        n = q->value(0).toLongLong();
        return {};
    });
    if (!ok) {
        return bridge::fail(ok.error());
    }
    return n;
}

double perSecond(qint64 count, double seconds)
{
    return seconds > 0 ? double(count) / seconds : 0.0;
}

// --- One run ---------------------------------------------------------------------------------

bool run(const RunSpec& spec, const Options& options)
{
    const QString tempBase = options.dbDir.isEmpty() ? QDir::tempPath() : options.dbDir;
    QTemporaryDir dir(tempBase + QStringLiteral("/bench_engine-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "%s: cannot create a temporary folder under %s\n", qPrintable(spec.name),
                     qPrintable(tempBase));
        return false;
    }
    DemoOptions demo;
    demo.events = spec.events;
    demo.failureScenarios = false;
    demo.statusSync = true;
    demo.startEngine = false;
    demo.pipelineWorkers = spec.workers;
    demo.postBatch = spec.postBatch;
    demo.sysproLatencyMs = spec.latencyMs;
    demo.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));

    std::printf("--- %s: %d orders, %d pipeline worker(s), SYSPRO latency %d ms, post batch %d; SQLite %s (%s); "
                "load average %s\n",
                qPrintable(spec.name), spec.events, spec.workers, spec.latencyMs, spec.postBatch,
                qPrintable(dir.filePath(QStringLiteral("bench.sqlite"))), qPrintable(filesystemOf(dir.path())),
                qPrintable(loadAverage()));
    std::fflush(stdout);

    auto harness = std::make_unique<DemoHarness>(demo);

    // Phase 1: the shop fills the inbox (no engine).
    QElapsedTimer fillTimer;
    fillTimer.start();
    Result<void> started = harness->start();
    if (!started) {
        std::fprintf(stderr, "%s: the demo did not start: %s\n", qPrintable(spec.name),
                     qPrintable(started.error().toString()));
        return false;
    }
    const qint64 fillTimeoutMs = 60'000 + qint64(spec.events) * 20;
    if (!waitFor(&harness->shop(), &bridge::sandbox::shop::ShopSimulator::allFinished, fillTimeoutMs)) {
        std::fprintf(stderr, "%s: the shop did not finish its %d orders within %lld s\n", qPrintable(spec.name),
                     spec.events, static_cast<long long>(fillTimeoutMs / 1000));
        return false;
    }
    const qint64 fillMs = fillTimer.elapsed();
    Result<qint64> queued = inboxCount(harness->database());
    if (!queued) {
        std::fprintf(stderr, "%s: cannot count the inbox: %s\n", qPrintable(spec.name),
                     qPrintable(queued.error().toString()));
        return false;
    }
    std::printf("inbox filled: %lld events from %d orders in %.2f s (shop, sandboxes and intake; not timed below)\n",
                static_cast<long long>(*queued), spec.events, fillMs / 1e3);

    // The Reporting poller (DemoHarness: every 5 s, for payments older than 10 s, looking back an
    // hour) would store a second inbox row for every pre-filled payment as soon as the fill took
    // more than 10 s, and the pipeline would drop each as a duplicate: work that depends on how
    // long the fill took, not on the engine. Its watermark says "polled up to now" unless
    // --reporting-poller is given. (The Reporting API takes whole seconds, so the mark is the
    // next whole second but one: payments of the fill's last second are not read again.)
    if (!options.reportingPoller) {
        Result<void> marked = bridge::store::Watermarks(harness->database())
                                  .set(QString::fromLatin1(bridge::engine::ReportingPoller::kWatermark),
                                       watermarkAfterFill().toString(Qt::ISODateWithMs));
        if (!marked) {
            std::fprintf(stderr, "%s: cannot set the Reporting watermark: %s\n", qPrintable(spec.name),
                         qPrintable(marked.error().toString()));
            return false;
        }
    }

    // Phase 2: the engine alone.
    const qint64 rssBeforeKb = statusKb("VmRSS");
    const QMap<qint64, ThreadCpu> threadsBefore = threadCpu();
    const double cpuBefore = cpuSeconds();
    const quint64 sysproCallsBefore = harness->syspro().businessObjectCalls();
    const quint64 sysproRequestsBefore = harness->syspro().faults().requests();
    const quint64 opayoRequestsBefore = harness->opayo().faults().requests();
    const qint64 engineStartEpoch = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer engineTimer;
    engineTimer.start();
    bool engineStarted = true;
    // Two SYSPRO round trips per payment at worst (order and receipt, each alone), generously.
    const qint64 engineTimeoutMs = 120'000 + qint64(*queued) * (10 + 3 * qint64(spec.latencyMs));
    const bool finished =
        waitFor(harness.get(), &DemoHarness::finished, engineTimeoutMs, [&harness, &engineStarted, &spec] {
            Result<void> s = harness->startEngine();
            if (!s) {
                std::fprintf(stderr, "%s: the engine did not start: %s\n", qPrintable(spec.name),
                             qPrintable(s.error().toString()));
                engineStarted = false;
            }
        });
    const qint64 engineNs = engineTimer.nsecsElapsed();
    const double cpuAfter = cpuSeconds();
    const quint64 sysproCalls = harness->syspro().businessObjectCalls() - sysproCallsBefore;
    const quint64 sysproRequests = harness->syspro().faults().requests() - sysproRequestsBefore;
    const quint64 opayoRequests = harness->opayo().faults().requests() - opayoRequestsBefore;
    const QMap<qint64, ThreadCpu> threadsAfter = threadCpu();
    if (!engineStarted) {
        return false;
    }
    if (!finished) {
        std::fprintf(stderr, "%s: the engine did not settle within %lld s\n", qPrintable(spec.name),
                     static_cast<long long>(engineTimeoutMs / 1000));
        return false;
    }
    const double engineS = engineNs / 1e9; // a duration, not money

    Result<DemoSummary> summary = harness->summary();
    Result<StoreFigures> store = readStore(harness->database());
    if (!summary || !store) {
        std::fprintf(stderr, "%s: cannot read the results: %s\n", qPrintable(spec.name),
                     qPrintable((!summary ? summary.error() : store.error()).toString()));
        return false;
    }
    // The pre-filled events are the measure. With --reporting-poller, the rows the poller adds
    // (dropped by the pipeline as duplicates) are extra work, reported but not counted.
    const qint64 events = *queued;
    const qint64 addedLater = store->inboxEvents - events;
    const KindFigures orders = store->byKind.value(QStringLiteral("SORTOI"));
    const KindFigures receipts = store->byKind.value(QStringLiteral("ARSTPY"));
    const KindFigures syncs = store->byKind.value(QStringLiteral("SHOPSYNC"));
    qint64 lastCommit = store->inboxLastUpdate;
    for (const KindFigures& k : std::as_const(store->byKind)) {
        lastCommit = std::max(lastCommit, k.lastDoneAt);
    }
    const double busyS = std::max<qint64>(1, lastCommit - engineStartEpoch) / 1e3;
    const double ordersS = std::max<qint64>(1, orders.lastDoneAt - engineStartEpoch) / 1e3;
    const double receiptsS = std::max<qint64>(1, receipts.lastDoneAt - engineStartEpoch) / 1e3;

    std::printf("engine %s: %lld events in %.2f s = %.0f events/s (until DemoHarness::finished, which looks every "
                "200 ms and needs two settled looks; last commit at %.2f s = %.0f events/s)\n",
                qPrintable(spec.name), static_cast<long long>(events), engineS, perSecond(events, engineS), busyS,
                perSecond(events, busyS));
    if (addedLater != 0) {
        QStringList sources;
        for (auto it = store->inboxBySource.begin(); it != store->inboxBySource.end(); ++it) {
            sources.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        }
        std::printf("  + %lld inbox rows added while the engine ran, not counted above (inbox by source: %s)\n",
                    static_cast<long long>(addedLater), qPrintable(sources.join(QStringLiteral(", "))));
    }
    std::printf("  sales orders: %lld = %.0f orders/s (last order done at %.2f s: %.0f orders/s)\n",
                static_cast<long long>(orders.done), perSecond(orders.done, engineS), ordersS,
                perSecond(orders.done, ordersS));
    std::printf("  receipts:     %lld = %.0f receipts/s (last receipt done at %.2f s: %.0f receipts/s)\n",
                static_cast<long long>(receipts.done), perSecond(receipts.done, engineS), receiptsS,
                perSecond(receipts.done, receiptsS));
    std::printf("  SYSPRO: %llu business-object calls (%.2f per posted payment), %llu HTTP requests; Opayo: %llu "
                "requests\n",
                static_cast<unsigned long long>(sysproCalls),
                orders.done > 0 ? double(sysproCalls) / double(orders.done) : 0.0,
                static_cast<unsigned long long>(sysproRequests), static_cast<unsigned long long>(opayoRequests));
    std::printf("  status updates to the shop: %lld (received by the shop: %lld); ignored (declined/rejected): %lld\n",
                static_cast<long long>(syncs.done), static_cast<long long>(summary->statusUpdates),
                static_cast<long long>(summary->ignored));
    const double cpuS = cpuAfter - cpuBefore;
    std::printf("  CPU: %.0f µs per event, process CPU incl. in-process sandboxes, shop and intake (%.2f s CPU "
                "in %.2f s = %.2f cores)\n",
                events > 0 ? cpuS * 1e6 / double(events) : 0.0, cpuS, engineS, engineS > 0 ? cpuS / engineS : 0.0);

    // Threads that appeared with the engine are the engine's (its workers and their network
    // threads), and so is the SQLite writer thread: it served the intake while the inbox
    // filled, but while the engine is timed only the engine writes. The others are the
    // sandboxes, the shop (main thread) and the intake listener.
    const double tick = 1.0 / double(sysconf(_SC_CLK_TCK));
    QMap<QString, double> byName;
    double engineCpu = 0;
    double otherCpu = 0;
    for (auto it = threadsAfter.begin(); it != threadsAfter.end(); ++it) {
        const bool newThread = !threadsBefore.contains(it.key()) || it.value().name == QLatin1String("sqlite-writer");
        const qint64 ticks = it.value().ticks - threadsBefore.value(it.key()).ticks; // 0 for a new thread
        const double seconds = double(ticks) * tick;
        QString label = it.key() == qint64(getpid()) ? QStringLiteral("main: sandboxes+shop") : it.value().name;
        label = (newThread ? QStringLiteral("engine/") : QStringLiteral("other/")) + label;
        byName[label] += seconds;
        (newThread ? engineCpu : otherCpu) += seconds;
    }
    std::printf("  engine threads' CPU: %.0f µs per event (%.2f s); sandboxes, shop and intake: %.2f s\n",
                events > 0 ? engineCpu * 1e6 / double(events) : 0.0, engineCpu, otherCpu);
    QList<QPair<double, QString>> sorted;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        if (it.value() > 0) {
            sorted.append({it.value(), it.key()});
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& [seconds, label] : std::as_const(sorted)) {
        parts.append(QStringLiteral("%1 %2 s").arg(label).arg(seconds, 0, 'f', 2));
    }
    std::printf("  CPU by thread: %s\n", qPrintable(parts.join(QStringLiteral(", "))));
    std::printf("  latency p50 / p99: %lld / %lld ms (DemoSummary: intake to the last SYSPRO document, so it "
                "includes the wait in the pre-filled inbox)\n",
                static_cast<long long>(summary->latencyP50Ms), static_cast<long long>(summary->latencyP99Ms));
    const qint64 hwmKb = statusKb("VmHWM");
    std::printf("  memory: peak RSS %.1f MB (VmHWM, whole process so far: sandboxes, shop and engine); RSS %.1f MB "
                "before the engine started\n",
                hwmKb / 1024.0, rssBeforeKb / 1024.0);

    qint64 dead = 0;
    for (auto it = summary->deadLetters.begin(); it != summary->deadLetters.end(); ++it) {
        dead += it.value();
        std::printf("  DEAD LETTERS %s: %lld\n", qPrintable(it.key()), static_cast<long long>(it.value()));
    }
    if (summary->retries > 0) {
        std::printf("  retries: %lld\n", static_cast<long long>(summary->retries));
    }
    std::fflush(stdout);

    // An orderly stop: leases given back, SYSPRO logged off.
    const bool stopped = waitFor(harness.get(), &DemoHarness::stopped, 30'000, [&harness] { harness->stop(); });
    if (!stopped) {
        std::fprintf(stderr, "%s: the engine did not stop within 30 s\n", qPrintable(spec.name));
    }
    harness.reset();
    return dead == 0 && stopped;
}

bool parse(const QStringList& args, Options& o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto number = [&args, &i](int& target, int min) {
            bool ok = false;
            const int v = args.value(++i).toInt(&ok);
            if (!ok || v < min) {
                return false;
            }
            target = v;
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--events")) {
            ok = number(o.events, 1);
        } else if (a == QLatin1String("--workers")) {
            ok = number(o.workers, 1);
        } else if (a == QLatin1String("--latency-ms")) {
            ok = number(o.latencyMs, 0);
        } else if (a == QLatin1String("--post-batch")) {
            ok = number(o.postBatch, 1);
        } else if (a == QLatin1String("--scenario")) {
            o.scenario = args.value(++i);
            ok = o.scenario == QLatin1String("all") || o.scenario == QLatin1String("e2e") ||
                 o.scenario == QLatin1String("latency");
        } else if (a == QLatin1String("--db-dir")) {
            o.dbDir = args.value(++i);
            ok = !o.dbDir.isEmpty();
        } else if (a == QLatin1String("--reporting-poller")) {
            o.reportingPoller = true;
        } else if (a == QLatin1String("--small")) {
            o.small = true;
        } else {
            ok = false;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (!parse(app.arguments(), o)) {
        std::fprintf(stderr,
                     "usage: %s [--events N=2000] [--workers W=2] [--latency-ms L=20] [--post-batch B=50]\n"
                     "          [--scenario all|e2e|latency] [--db-dir DIR] [--reporting-poller] [--small]\n",
                     argv[0]);
        return 2;
    }
    if (o.small) {
        o.events = 200;
    }

    QList<RunSpec> runs;
    if (o.scenario != QLatin1String("latency")) {
        runs.append(RunSpec{QStringLiteral("end-to-end"), o.events, o.workers, 0, o.postBatch});
    }
    if (o.scenario != QLatin1String("e2e")) {
        runs.append(RunSpec{QStringLiteral("SYSPRO %1 ms, post batch %2").arg(o.latencyMs).arg(o.postBatch), o.events,
                            o.workers, o.latencyMs, o.postBatch});
        if (o.postBatch != 1) {
            runs.append(RunSpec{QStringLiteral("SYSPRO %1 ms, post batch 1").arg(o.latencyMs), o.events, o.workers,
                                o.latencyMs, 1});
        }
    }
    bool ok = true;
    for (const RunSpec& spec : std::as_const(runs)) {
        ok = run(spec, o) && ok;
    }
    return ok ? 0 : 1;
}
