// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bench_monitor [--payments N] [--live-seconds S] [--rate R] [--db FILE] [--keep]
//
// The Monitor page on a database of N stored payments (default 1,000,000), spread over 60 days
// with about N/60 of them today. A child process seeds the database, so that the figures below
// are the console's own:
// - first rows: from creating the page (default filter: today) to its first rows read;
// - prefix filter: a vendorTxCode prefix typed and Return pressed, to its rows read;
// - all time: the period set to "All time", to its rows read (a count of every payment);
// - scrolling end to end through every payment: the longest repaint of the table (every data()
//   call of the visible cells) and the time until the last page's rows arrive;
// - live: R new events a second written by another thread for S seconds, with a refresh every
//   250 ms (the engine's change-notice cadence); an event-loop latency probe (a 5 ms timer)
//   reports how late the GUI thread ever was;
// - memory: resident set size and its peak (VmRSS, VmHWM).
// It prints figures; nothing asserts on time.
#include "core/Settings.h"
#include "credentials/CredentialStore.h"
#include "gui/AppContext.h"
#include "gui/MonitorModel.h"
#include "gui/MonitorPage.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/Monitor.h"
#include "support/BenchSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace bridge;
using bridge::bench::statusKb;

namespace {

constexpr qint64 kDayMs = 86'400'000;

/// Writes `count` payments with ids [first, first + count) received between `from` and `to`.
Result<void> writePayments(store::Database& db, qint64 first, qint64 count, qint64 from, qint64 to)
{
    return db.write([&](QSqlDatabase& tx) -> Result<void> {
        for (qint64 n = first; n < first + count; ++n) {
            const qint64 at = from + (to - from) * (n - first) / std::max<qint64>(1, count);
            const bool dead = n % 50 == 7;
            const bool refund = n % 20 == 3;
            const QString code = QStringLiteral("ORD-%1").arg(n, 8, 10, QLatin1Char('0'));
            const QString txn = QStringLiteral("%1-%2")
                                    .arg(quint64(n) * 2654435761ULL % 0xFFFFFFFFULL, 8, 16, QLatin1Char('0'))
                                    .arg(n, 10, 10, QLatin1Char('0'))
                                    .toUpper();
            Result<store::Statement> i = store::Database::prepared(
                tx,
                QStringLiteral(
                    "INSERT INTO inbox (source, source_event_id, kind, received_at, payload, payload_sha256, "
                    "vendor_tx_code, transaction_id, customer, amount_minor, currency, status, stage, attempts, "
                    "next_attempt_at, canonical, error_code, error_message, updated_at) VALUES ('shop-event', :sid, "
                    ":kind, :at, '{\"demo\":true}', 'x', :vtc, :txn, :customer, :amount, 'GBP', :status, :stage, 0, "
                    ":at2, :canonical, :code, :message, :at3) RETURNING id"),
                {{"sid", code},
                 {"kind", refund ? QStringLiteral("refund") : QStringLiteral("payment")},
                 {"at", at},
                 {"vtc", code},
                 {"txn", txn},
                 {"customer", QStringLiteral("C-%1").arg(n % 5000, 5, 10, QLatin1Char('0'))},
                 {"amount", 100 + (n * 7919) % 50'000},
                 {"status", dead ? QStringLiteral("dead") : QStringLiteral("done")},
                 {"stage", dead ? QStringLiteral("received") : QStringLiteral("queued")},
                 {"at2", at},
                 {"canonical", QStringLiteral("{\"riskScore\":%1}").arg(n % 100)},
                 {"code", dead ? QVariant(QStringLiteral("engine.unknown_customer")) : QVariant()},
                 {"message", dead ? QVariant(QStringLiteral("Customer code does not exist in SYSPRO.")) : QVariant()},
                 {"at3", at}});
            if (!i) {
                return fail(i.error());
            }
            if (!(*i)->next()) {
                return fail(Error::permanent(QStringLiteral("bench.seed"), QStringLiteral("no inbox id")));
            }
            const qint64 inboxId = (*i)->value(0).toLongLong();
            if (dead) {
                continue;
            }
            Result<store::Statement> o = store::Database::prepared(
                tx,
                QStringLiteral(
                    "INSERT INTO outbox (inbox_id, transaction_id, command_kind, business_key, ordering_key, "
                    "sequence, payload, status, attempts, next_attempt_at, document_key, created_at, "
                    "updated_at) VALUES (:inbox, :txn, :kind, :key, :ordering, 1, '{}', :status, 1, :at, "
                    ":doc, :at2, :at3)"),
                {{"inbox", inboxId},
                 {"txn", txn},
                 {"kind", refund ? QStringLiteral("ARSTIN") : QStringLiteral("SORTOI")},
                 {"key", code},
                 {"ordering", QString(QStringLiteral("txn:") + txn)},
                 {"status", n % 100 == 11 ? QStringLiteral("dead") : QStringLiteral("done")},
                 {"at", at},
                 {"doc", QStringLiteral("%1").arg(n, 9, 10, QLatin1Char('0'))},
                 {"at2", at + 40},
                 {"at3", at + 300}});
            if (!o) {
                return fail(o.error());
            }
            if (n % 100 == 11) {
                continue; // dead: no document
            }
            Result<store::Statement> l = store::Database::prepared(
                tx,
                QStringLiteral("INSERT INTO ledger_links (transaction_id, command_kind, business_key, document_key, "
                               "linked_at) VALUES (:txn, :kind, :key, :doc, :at)"),
                {{"txn", txn},
                 {"kind", refund ? QStringLiteral("ARSTIN") : QStringLiteral("SORTOI")},
                 {"key", code},
                 {"doc", QStringLiteral("%1").arg(n, 9, 10, QLatin1Char('0'))},
                 {"at", at + 300}});
            if (!l) {
                return fail(l.error());
            }
        }
        return {};
    });
}

int seed(const QString& path, qint64 payments)
{
    Result<std::shared_ptr<store::Database>> db = store::Database::open(store::DatabaseUrl::sqlite(path));
    if (!db) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(db.error().toString()));
        return 1;
    }
    const qint64 todayStart = QDate::currentDate().startOfDay().toMSecsSinceEpoch();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 today = std::max<qint64>(1, payments / 60);
    const qint64 older = payments - today;
    QElapsedTimer t;
    t.start();
    constexpr qint64 kChunk = 50'000;
    for (qint64 first = 0; first < older; first += kChunk) {
        const qint64 count = std::min(kChunk, older - first);
        // Older payments: the 59 days before today, in order.
        const qint64 from = todayStart - 59 * kDayMs + (59 * kDayMs) * first / std::max<qint64>(1, older);
        const qint64 to = todayStart - 59 * kDayMs + (59 * kDayMs) * (first + count) / std::max<qint64>(1, older);
        if (Result<void> w = writePayments(**db, first, count, from, to); !w) {
            std::fprintf(stderr, "seed: %s\n", qPrintable(w.error().toString()));
            return 1;
        }
    }
    if (Result<void> w = writePayments(**db, older, today, todayStart, std::max(todayStart + 1, now - 60'000)); !w) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(w.error().toString()));
        return 1;
    }
    std::printf("seeded %lld payments (%lld today) in %.1f s\n", static_cast<long long>(payments),
                static_cast<long long>(today), double(t.elapsed()) / 1000.0);
    return 0;
}

/// Runs the event loop until `done` or `timeoutMs`; the milliseconds it took, or -1.
qint64 waitFor(const std::function<bool()>& done, qint64 timeoutMs = 120'000)
{
    return bench::waitFor(done, timeoutMs);
}

/// No read under way, and the rows of the view's top row are there.
bool settled(const gui::MonitorModel& model, const QTableView& table)
{
    const int top = table.rowAt(0); // -1 until the view has laid out the new rows
    return !model.isLoading() && (model.rowCount() == 0 || (top >= 0 && model.rowAt(top) != nullptr));
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures as they come, also into a file
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("payments"), QStringLiteral("Stored payments."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("live-seconds"), QStringLiteral("Seconds of live traffic."), QStringLiteral("s"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("New events per second while live."), QStringLiteral("r"),
                      QStringLiteral("500")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Use (or seed) this database file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("seed-only"), QStringLiteral("Only seed --db (the child process).")});
    parser.process(app);
    const qint64 payments = parser.value(QStringLiteral("payments")).toLongLong();

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : dir.filePath(QStringLiteral("monitor-bench.db"));
    if (parser.isSet(QStringLiteral("seed-only"))) {
        return seed(path, payments);
    }
    if (!QFile::exists(path)) {
        const int seeded = QProcess::execute(QCoreApplication::applicationFilePath(),
                                             {QStringLiteral("--seed-only"), QStringLiteral("--db"), path,
                                              QStringLiteral("--payments"), QString::number(payments)});
        if (seeded != 0) {
            return 1;
        }
    }

    QElapsedTimer opening;
    opening.start();
    Result<std::shared_ptr<store::Database>> db = store::Database::open(store::DatabaseUrl::sqlite(path));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    credentials::CredentialStore credentials(QStringLiteral("bridge-bench-monitor"));
    gui::AppContext context(std::make_unique<Settings>(dir.filePath(QStringLiteral("bench.ini"))), &credentials, *db,
                            true);
    if (Result<void> signedIn = context.signIn(); !signedIn) {
        std::fprintf(stderr, "%s\n", qPrintable(signedIn.error().toString()));
        return 1;
    }
    const qint64 openMs = opening.elapsed();
    std::printf("machine: %d cores; database: %s, %lld payments\n", QThread::idealThreadCount(), qPrintable(path),
                static_cast<long long>(payments));
    std::printf("open database and sign in: %lld ms\n", static_cast<long long>(openMs));

    // 1. First rows of the default view (today).
    QElapsedTimer t;
    t.start();
    gui::MonitorPage page(context);
    page.resize(1180, 760);
    page.show();
    gui::MonitorModel& model = *page.model();
    auto* table = page.findChild<QTableView*>(QStringLiteral("tableView"));
    qint64 first = waitFor([&] { return settled(model, *table) && model.rowCount() > 0; });
    table->viewport()->repaint();
    first = t.elapsed();
    std::printf("first rows shown (today, %d rows): %lld ms\n", model.rowCount(), static_cast<long long>(first));

    // 2. A vendorTxCode prefix (ten payments), typed and Return pressed.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* period = page.findChild<QComboBox*>(QStringLiteral("periodComboBox"));
    period->setCurrentIndex(period->findData(5)); // all time: the prefix must look through every payment
    waitFor([&] { return settled(model, *table); });
    QList<qint64> prefixMs;
    QString prefix;
    for (int k = 1; k <= 9; ++k) {
        // Ten payments each, spread over the whole table.
        prefix = QStringLiteral("ORD-%1").arg(payments * k / 10 / 10, 7, 10, QLatin1Char('0'));
        search->setText(prefix);
        t.restart();
        QTest::keyClick(search, Qt::Key_Return);
        waitFor([&] { return settled(model, *table); });
        prefixMs.append(t.elapsed());
        QTest::qWait(300); // a person reads the answer before typing again
    }
    std::sort(prefixMs.begin(), prefixMs.end());
    std::printf("prefix filter over all %lld payments, typed and Return pressed, 9 prefixes (last \"%s\", %d "
                "rows): median %lld ms, longest %lld ms\n",
                static_cast<long long>(payments), qPrintable(prefix), model.rowCount(),
                static_cast<long long>(prefixMs.at(4)), static_cast<long long>(prefixMs.last()));
    {
        store::MonitorFilter f;
        f.referencePrefix = prefix;
        const store::Monitor monitor(*db);
        QElapsedTimer s;
        s.start();
        constexpr int kRepeats = 20;
        for (int i = 0; i < kRepeats; ++i) {
            (void)monitor.count(f);
            (void)monitor.page(f, store::MonitorSort::Time, true, 0, 400);
        }
        std::printf("  the same in the store (count + page), mean of %d: %.2f ms\n", kRepeats,
                    double(s.nsecsElapsed()) / 1e6 / kRepeats);
        f.referencePrefix = QStringLiteral("%1").arg(payments / 2, 9, 10, QLatin1Char('0')).left(8);
        s.restart();
        (void)monitor.count(f);
        (void)monitor.page(f, store::MonitorSort::Time, true, 0, 400);
        std::printf("  a SYSPRO document prefix \"%s\" in the store: %.2f ms\n", qPrintable(f.referencePrefix),
                    double(s.nsecsElapsed()) / 1e6);
    }
    search->clear();

    // 3. All time, and scrolling end to end.
    t.restart();
    QTest::keyClick(search, Qt::Key_Return);
    waitFor([&] { return settled(model, *table); });
    std::printf("all time (%d rows): %lld ms\n", model.rowCount(), static_cast<long long>(t.elapsed()));
    QScrollBar* bar = table->verticalScrollBar();
    qint64 worstPaintNs = 0;
    qint64 totalPaintNs = 0;
    constexpr int kSteps = 200;
    for (int step = 0; step <= kSteps; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / kSteps));
        QElapsedTimer p;
        p.start();
        table->viewport()->repaint(); // every visible cell's data(), as the user scrolls
        const qint64 ns = p.nsecsElapsed();
        worstPaintNs = std::max(worstPaintNs, ns);
        totalPaintNs += ns;
        QCoreApplication::processEvents();
    }
    const int visibleRows = table->rowAt(table->viewport()->height() - 1) - table->rowAt(0) + 1;
    std::printf("scroll end to end in %d steps: longest repaint %.2f ms, mean %.2f ms (%d rows x %d columns "
                "visible, %.1f us per data() call of a repaint at most)\n",
                kSteps, double(worstPaintNs) / 1e6, double(totalPaintNs) / 1e6 / (kSteps + 1), visibleRows,
                model.columnCount(), double(worstPaintNs) / 1e3 / std::max(1, visibleRows * model.columnCount()));
    t.restart();
    const int last = model.rowCount() - 1;
    const qint64 bottom = waitFor([&] { return model.rowAt(last) != nullptr; });
    std::printf("last page's rows arrived after the scroll: %lld ms\n", static_cast<long long>(bottom));

    // 4. Live: new events written by another thread while the view refreshes at the engine's cadence.
    period->setCurrentIndex(0); // today
    waitFor([&] { return settled(model, *table); });
    bar->setValue(bar->maximum() / 3); // the reader is somewhere in the middle
    waitFor([&] { return settled(model, *table); });
    const store::MonitorRow* topBefore = model.rowAt(table->rowAt(0));
    if (topBefore == nullptr) {
        std::printf("debug: top row %d of %d not read (loading %d)\n", table->rowAt(0), model.rowCount(),
                    int(model.isLoading()));
    }
    const QString topCode = topBefore != nullptr ? topBefore->vendorTxCode : QString();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int liveSeconds = parser.value(QStringLiteral("live-seconds")).toInt();
    std::atomic<bool> stop{false};
    std::atomic<qint64> written{0};
    const int before = model.rowCount();
    std::thread writer([&] {
        constexpr int kBatchesPerSecond = 20;
        const qint64 perBatch = std::max(1, rate / kBatchesPerSecond);
        qint64 next = 0;
        (void)(*db)->read([&next](QSqlDatabase& c) -> Result<void> {
            Result<QSqlQuery> q = store::Database::exec(c, QStringLiteral("SELECT MAX(id) FROM inbox"));
            next = q && q->next() ? q->value(0).toLongLong() + 1 : 0;
            return {};
        });
        QElapsedTimer clock;
        clock.start();
        for (int batch = 0; !stop.load(); ++batch) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (Result<void> w = writePayments(**db, next, perBatch, now, now + 1); !w) {
                std::fprintf(stderr, "writer: %s\n", qPrintable(w.error().toString()));
                return;
            }
            next += perBatch;
            written += perBatch;
            const qint64 due = qint64(batch + 1) * 1000 / kBatchesPerSecond;
            if (const qint64 wait = due - clock.elapsed(); wait > 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(wait));
            }
        }
        (*db)->closeThreadConnection();
    });
    QTimer notices;
    QObject::connect(&notices, &QTimer::timeout, &page, [&page] { page.refreshNow(); });
    notices.start(250);
    QList<qint64> lateness;
    QElapsedTimer probe;
    probe.start();
    qint64 lastTick = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &page, [&] {
        const qint64 now = probe.elapsed();
        lateness.append(std::max<qint64>(0, now - lastTick - 5));
        lastTick = now;
    });
    int loads = 0;
    const QMetaObject::Connection counting =
        QObject::connect(&model, &gui::MonitorModel::loaded, &page, [&loads] { ++loads; });
    tick.start(5);
    waitFor([&] { return probe.elapsed() >= liveSeconds * 1000LL; }, liveSeconds * 1000LL + 5'000);
    tick.stop();
    QObject::disconnect(counting);
    stop = true;
    writer.join();
    notices.stop();
    page.refreshNow();
    waitFor([&] { return settled(model, *table) && model.rowCount() >= before + written.load(); }, 30'000);
    std::sort(lateness.begin(), lateness.end());
    const qint64 worst = lateness.isEmpty() ? 0 : lateness.last();
    const qint64 p99 = lateness.isEmpty() ? 0 : lateness.at(qsizetype(double(lateness.size() - 1) * 0.99));
    waitFor([&] { return model.rowAt(table->rowAt(0)) != nullptr; }, 10'000);
    const store::MonitorRow* topRow = model.rowAt(table->rowAt(0));
    const QString topAfter = topRow != nullptr ? topRow->vendorTxCode : QString();
    std::printf("live: %lld events in %d s (%.0f/s); GUI thread late by at most %lld ms (p99 %lld ms, %lld probes); "
                "rows %d -> %d, %d refreshes read; the top visible row stayed %s\n",
                static_cast<long long>(written.load()), liveSeconds, double(written.load()) / liveSeconds,
                static_cast<long long>(worst), static_cast<long long>(p99), static_cast<long long>(lateness.size()),
                before, model.rowCount(), loads,
                topAfter == topCode
                    ? "the same payment"
                    : qPrintable(QStringLiteral("NOT the same payment (%1, was %2)").arg(topAfter, topCode)));

    std::printf("memory: VmRSS %.1f MB, VmHWM %.1f MB\n", double(statusKb("VmRSS")) / 1024.0,
                double(statusKb("VmHWM")) / 1024.0);
    return 0;
}
