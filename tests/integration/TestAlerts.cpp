// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Operational alerts on SQLite (alerts_sqlite) and PostgreSQL (alerts_postgres).
#include "core/Clock.h"
#include "store/Alerts.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace bridge;
using namespace bridge::store;
using bridge::test::TestDatabase;

namespace {
NewAlert alert(const QString& kind, const QString& subject, AlertSeverity severity = AlertSeverity::Warning,
               const QString& message = QStringLiteral("Something needs attention."))
{
    return NewAlert{kind, severity, subject, message, QStringLiteral("Do the obvious thing.")};
}

QString errorOf(const Result<void>& r)
{
    return r ? QString() : r.error().toString();
}
} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severityNames()
    {
        QCOMPARE(alertSeverityName(AlertSeverity::Info), QStringLiteral("info"));
        QCOMPARE(alertSeverityName(AlertSeverity::Warning), QStringLiteral("warning"));
        QCOMPARE(alertSeverityName(AlertSeverity::Critical), QStringLiteral("critical"));
    }

    void raisingAgainUpdatesTheOpenAlert()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Alerts alerts(t.database(), clock);
        const qint64 start = clock.nowMsecs();

        const auto first = alerts.raise(alert(QStringLiteral("dead_letters"), QStringLiteral("outbox:7")));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->isNew);
        auto stored = alerts.find(first->id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->kind, QStringLiteral("dead_letters"));
        QCOMPARE((*stored)->subject, QStringLiteral("outbox:7"));
        QCOMPARE((*stored)->severity, AlertSeverity::Warning);
        QCOMPARE((*stored)->occurrences, 1);
        QCOMPARE((*stored)->firstAt, start);
        QCOMPARE((*stored)->lastAt, start);
        QCOMPARE((*stored)->fix, QStringLiteral("Do the obvious thing."));
        QVERIFY(!(*stored)->acknowledged);
        QVERIFY((*stored)->acknowledgedBy.isEmpty());
        QCOMPARE((*stored)->acknowledgedAt, qint64(0));

        // Again, a lower severity and a new message: same row, counted, severity kept.
        clock.advance(60'000);
        const auto again = alerts.raise(alert(QStringLiteral("dead_letters"), QStringLiteral("outbox:7"),
                                              AlertSeverity::Info, QStringLiteral("Still dead.")));
        QVERIFY(again);
        QVERIFY(!again->isNew);
        QCOMPARE(again->id, first->id);
        stored = alerts.find(first->id);
        QCOMPARE((*stored)->occurrences, 2);
        QCOMPARE((*stored)->severity, AlertSeverity::Warning);
        QCOMPARE((*stored)->message, QStringLiteral("Still dead."));
        QCOMPARE((*stored)->firstAt, start);
        QCOMPARE((*stored)->lastAt, start + 60'000);

        // Up to critical, and a warning afterwards does not bring it down.
        clock.advance(1'000);
        QCOMPARE(
            alerts.raise(alert(QStringLiteral("dead_letters"), QStringLiteral("outbox:7"), AlertSeverity::Critical))
                ->id,
            first->id);
        QCOMPARE((*alerts.find(first->id))->severity, AlertSeverity::Critical);
        clock.advance(1'000);
        QVERIFY(!alerts.raise(alert(QStringLiteral("dead_letters"), QStringLiteral("outbox:7")))->isNew);
        stored = alerts.find(first->id);
        QCOMPARE((*stored)->severity, AlertSeverity::Critical);
        QCOMPARE((*stored)->occurrences, 4);
        QCOMPARE((*stored)->lastAt, start + 62'000);

        // Another subject, and another kind with the same subject, are separate alerts; an empty
        // subject is a subject like any other.
        const auto other = alerts.raise(alert(QStringLiteral("dead_letters"), QStringLiteral("outbox:8")));
        QVERIFY(other->isNew);
        QVERIFY(other->id != first->id);
        QVERIFY(alerts.raise(alert(QStringLiteral("item_too_old"), QStringLiteral("outbox:7")))->isNew);
        const auto global = alerts.raise(alert(QStringLiteral("syspro.auth_failed"), QString()));
        QVERIFY(global->isNew);
        QCOMPARE(alerts.raise(alert(QStringLiteral("syspro.auth_failed"), QString()))->id, global->id);
        QCOMPARE((*alerts.find(global->id))->occurrences, 2);
        QCOMPARE(alerts.list(true, 100)->size(), 4);
        QVERIFY(!alerts.find(999'999)->has_value());
    }

    void incompleteAlertsAreRefused()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Alerts alerts(t.database());
        const auto noKind = alerts.raise(alert(QStringLiteral("  "), QStringLiteral("x")));
        QVERIFY(!noKind);
        QCOMPARE(noKind.error().code, QStringLiteral("alert.no_kind"));
        const auto noMessage = alerts.raise(alert(QStringLiteral("k"), QStringLiteral("x"), AlertSeverity::Info, {}));
        QVERIFY(!noMessage);
        QCOMPARE(noMessage.error().code, QStringLiteral("alert.no_message"));
        QVERIFY(noMessage.error().message.contains(QStringLiteral("\"k\"")));
        QVERIFY(alerts.list(false, 10)->isEmpty());
    }

    void cardNumbersAreMasked()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Alerts alerts(t.database());
        const auto raised =
            alerts.raise(alert(QStringLiteral("pan_masked"), QStringLiteral("TX-1"), AlertSeverity::Critical,
                               QStringLiteral("Event TX-1 carried 4111 1111 1111 1111; it was masked.")));
        QVERIFY(raised);
        const auto stored = *alerts.find(raised->id);
        QVERIFY(stored->message.contains(QStringLiteral("**** **** **** 1111")));
        QVERIFY(!stored->message.contains(QStringLiteral("4111 1111")));
        QVERIFY(alerts.acknowledge(raised->id, QStringLiteral("alice"), QStringLiteral("card was 4111111111111111")));
        QCOMPARE((*alerts.find(raised->id))->comment, QStringLiteral("card was ************1111"));
        const auto audit = AuditLog(t.database()).recent(1);
        QVERIFY(!audit->first().detail.contains(QStringLiteral("4111111111111111")));
    }

    void raiseInsideACallersTransaction()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Alerts alerts(t.database(), clock);
        const bool postgres = t.database()->isPostgres();
        // Rolled back with the caller's work.
        const Result<void> failed = t.database()->write([&](QSqlDatabase& tx) -> Result<void> {
            if (auto r = Alerts::raise(tx, postgres, clock.nowMsecs(), alert(QStringLiteral("k"), QStringLiteral("s")));
                !r) {
                return fail(r.error());
            }
            return fail(Error::permanent(QStringLiteral("test.fail"), QStringLiteral("boom")));
        });
        QVERIFY(!failed);
        QVERIFY(alerts.list(false, 10)->isEmpty());
        // Committed with it.
        Alerts::Raised raised;
        const Result<void> ok = t.database()->write([&](QSqlDatabase& tx) -> Result<void> {
            auto r = Alerts::raise(tx, postgres, clock.nowMsecs(), alert(QStringLiteral("k"), QStringLiteral("s")));
            if (!r) {
                return fail(r.error());
            }
            raised = *r;
            return {};
        });
        QVERIFY2(ok, qPrintable(errorOf(ok)));
        QVERIFY(raised.isNew);
        QCOMPARE(alerts.list(false, 10)->size(), 1);
        QCOMPARE(alerts.list(false, 10)->first().id, raised.id);
    }

    void acknowledgeIsAuditedAndTheNextRaiseOpensANewAlert()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Alerts alerts(t.database(), clock);
        AuditLog audit(t.database(), clock);
        QVERIFY(audit.append(QStringLiteral("system"), QStringLiteral("test.before"), QStringLiteral("x")));
        const qint64 id = alerts.raise(alert(QStringLiteral("opayo.auth_failed"), QStringLiteral("opayo")))->id;
        QVERIFY(alerts.raise(alert(QStringLiteral("opayo.auth_failed"), QStringLiteral("opayo"))));

        clock.advance(5'000);
        const Result<void> acked = alerts.acknowledge(id, QStringLiteral("alice"), QStringLiteral("  Key rotated.  "));
        QVERIFY2(acked, qPrintable(errorOf(acked)));
        const auto stored = *alerts.find(id);
        QVERIFY(stored->acknowledged);
        QCOMPARE(stored->acknowledgedBy, QStringLiteral("alice"));
        QCOMPARE(stored->acknowledgedAt, clock.nowMsecs());
        QCOMPARE(stored->comment, QStringLiteral("Key rotated."));
        QCOMPARE(stored->occurrences, 2);

        const auto recent = audit.recent(10);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 2);
        const AuditEntry& entry = recent->first();
        QCOMPARE(entry.actor, QStringLiteral("alice"));
        QCOMPARE(entry.action, QStringLiteral("alert.acknowledged"));
        QCOMPARE(entry.subject, QStringLiteral("alert:%1").arg(id));
        QCOMPARE(entry.atMsecs, clock.nowMsecs());
        const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("comment")).toString(), QStringLiteral("Key rotated."));
        QCOMPARE(detail.value(QStringLiteral("kind")).toString(), QStringLiteral("opayo.auth_failed"));
        QCOMPARE(detail.value(QStringLiteral("subject")).toString(), QStringLiteral("opayo"));
        QCOMPARE(detail.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(detail.value(QStringLiteral("occurrences")).toInt(), 2);
        const auto verified = audit.verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->message));
        QCOMPARE(verified->rowsChecked, qint64(2));

        // The problem comes back: a new alert, the acknowledged one stays as it was.
        clock.advance(1'000);
        const auto reopened = alerts.raise(alert(QStringLiteral("opayo.auth_failed"), QStringLiteral("opayo")));
        QVERIFY(reopened);
        QVERIFY(reopened->isNew);
        QVERIFY(reopened->id != id);
        QCOMPARE((*alerts.find(reopened->id))->occurrences, 1);
        QVERIFY(!(*alerts.find(reopened->id))->acknowledged);
        QCOMPARE((*alerts.find(id))->occurrences, 2);
        QVERIFY((*alerts.find(id))->acknowledged);
        QCOMPARE(alerts.raise(alert(QStringLiteral("opayo.auth_failed"), QStringLiteral("opayo")))->id, reopened->id);
        QCOMPARE(alerts.list(true, 10)->size(), 1);
        QCOMPARE(alerts.list(false, 10)->size(), 2);
    }

    void acknowledgeErrors()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Alerts alerts(t.database(), clock);
        AuditLog audit(t.database(), clock);
        const qint64 id =
            alerts.raise(alert(QStringLiteral("syspro.session_evicted"), QStringLiteral("syspro-session")))->id;

        const Result<void> unknown = alerts.acknowledge(id + 1000, QStringLiteral("alice"), {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("alert.unknown"));
        QVERIFY(unknown.error().message.contains(QString::number(id + 1000)));

        for (const QString& nobody : {QString(), QStringLiteral("   ")}) {
            const Result<void> anonymous = alerts.acknowledge(id, nobody, QStringLiteral("x"));
            QVERIFY(!anonymous);
            QCOMPARE(anonymous.error().code, QStringLiteral("alert.no_user"));
        }
        QVERIFY(!(*alerts.find(id))->acknowledged);
        QVERIFY(audit.recent(10)->isEmpty());

        QVERIFY(alerts.acknowledge(id, QStringLiteral("alice"), QStringLiteral("Restarted the e.net service.")));
        clock.advance(1'000);
        const Result<void> twice = alerts.acknowledge(id, QStringLiteral("bob"), QStringLiteral("me too"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("alert.already_acknowledged"));
        QVERIFY(twice.error().message.contains(QStringLiteral("alice")));
        QCOMPARE((*alerts.find(id))->acknowledgedBy, QStringLiteral("alice"));
        QCOMPARE((*alerts.find(id))->comment, QStringLiteral("Restarted the e.net service."));
        // Only the successful acknowledgement was audited.
        QCOMPARE(audit.recent(10)->size(), 1);
        QVERIFY(audit.verify()->ok);
    }

    void listPagesNewestFirst()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Alerts alerts(t.database(), clock);
        QVERIFY(alerts.list(false, 10)->isEmpty());
        // Nine alerts; pairs share a time, so the id decides between them.
        QList<qint64> ids;
        for (int i = 0; i < 9; ++i) {
            if (i % 2 == 0) {
                clock.advance(1'000);
            }
            ids.append(alerts.raise(alert(QStringLiteral("amount_mismatch"), QStringLiteral("TX-%1").arg(i)))->id);
        }
        // The oldest comes back and moves to the top; two are acknowledged.
        clock.advance(1'000);
        QVERIFY(alerts.raise(alert(QStringLiteral("amount_mismatch"), QStringLiteral("TX-0"))));
        QVERIFY(alerts.acknowledge(ids[3], QStringLiteral("alice"), {}));
        QVERIFY(alerts.acknowledge(ids[6], QStringLiteral("alice"), {}));

        const QList<qint64> expectedAll{ids[0], ids[8], ids[7], ids[6], ids[5], ids[4], ids[3], ids[2], ids[1]};
        QList<qint64> expectedOpen = expectedAll;
        expectedOpen.removeOne(ids[3]);
        expectedOpen.removeOne(ids[6]);

        for (const bool openOnly : {false, true}) {
            QList<qint64> seen;
            qint64 before = 0;
            int pages = 0;
            for (;;) {
                const auto page = alerts.list(openOnly, 3, before);
                QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
                if (page->isEmpty()) {
                    break;
                }
                QVERIFY(page->size() <= 3);
                ++pages;
                for (const Alert& a : *page) {
                    seen.append(a.id);
                    QCOMPARE(a.acknowledged && openOnly, false);
                }
                before = page->last().id;
            }
            QCOMPARE(seen, openOnly ? expectedOpen : expectedAll);
            QCOMPARE(pages, 3);
        }
        const auto newest = alerts.list(false, 1);
        QCOMPARE(newest->size(), 1);
        QCOMPARE(newest->first().id, ids[0]);
        QCOMPARE(newest->first().occurrences, 2);

        const auto badLimit = alerts.list(false, 0);
        QVERIFY(!badLimit);
        QCOMPARE(badLimit.error().code, QStringLiteral("alert.page_size"));
        const auto badCursor = alerts.list(false, 10, 999'999);
        QVERIFY(!badCursor);
        QCOMPARE(badCursor.error().code, QStringLiteral("alert.unknown"));
    }

    void countOpenPerSeverity()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Alerts alerts(t.database());
        auto counts = alerts.countOpen();
        QVERIFY(counts);
        QCOMPARE(counts->size(), 3);
        QCOMPARE(counts->value(AlertSeverity::Critical), 0);

        QVERIFY(alerts.raise(alert(QStringLiteral("oldest_pending"), {}, AlertSeverity::Info)));
        QVERIFY(alerts.raise(alert(QStringLiteral("dead_letters"), {}, AlertSeverity::Warning)));
        const qint64 sig =
            alerts.raise(alert(QStringLiteral("signature_failed"), QStringLiteral("shop"), AlertSeverity::Critical))
                ->id;
        QVERIFY(alerts.raise(alert(QStringLiteral("opayo.auth_failed"), {}, AlertSeverity::Critical)));
        // Escalated from warning to critical: counted once, as critical.
        QVERIFY(alerts.raise(alert(QStringLiteral("item_too_old"), QStringLiteral("outbox:1"))));
        QVERIFY(
            alerts.raise(alert(QStringLiteral("item_too_old"), QStringLiteral("outbox:1"), AlertSeverity::Critical)));
        counts = alerts.countOpen();
        QCOMPARE(counts->value(AlertSeverity::Info), 1);
        QCOMPARE(counts->value(AlertSeverity::Warning), 1);
        QCOMPARE(counts->value(AlertSeverity::Critical), 3);

        QVERIFY(alerts.acknowledge(sig, QStringLiteral("alice"), QStringLiteral("Shop secret corrected.")));
        counts = alerts.countOpen();
        QCOMPARE(counts->value(AlertSeverity::Critical), 2);
        QCOMPARE(counts->value(AlertSeverity::Warning), 1);
        QCOMPARE(counts->value(AlertSeverity::Info), 1);
    }

    void concurrentRaisesKeepOneOpenAlert()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        // Two handles are two engine processes; two threads each, each with its own connection.
        auto second = t.reopen();
        QVERIFY(second);
        constexpr int threads = 4;
        constexpr int perThread = 50;
        std::atomic<int> failures{0};
        std::atomic<int> opened{0};
        QMutex mutex;
        QSet<qint64> ids;
        QStringList errors;
        auto work = [&](std::shared_ptr<Database> db) {
            Alerts alerts(std::move(db));
            for (int i = 0; i < perThread; ++i) {
                const auto raised = alerts.raise(alert(QStringLiteral("dead_letters"), QStringLiteral("outbox"),
                                                       i % 10 == 9 ? AlertSeverity::Critical : AlertSeverity::Warning));
                QMutexLocker lock(&mutex);
                if (!raised) {
                    ++failures;
                    errors.append(raised.error().toString());
                    continue;
                }
                ids.insert(raised->id);
                opened += raised->isNew ? 1 : 0;
            }
        };
        QList<QThread*> workers{QThread::create(work, t.database()), QThread::create(work, t.database()),
                                QThread::create(work, *second), QThread::create(work, *second)};
        QCOMPARE(workers.size(), threads);
        for (QThread* w : workers) {
            w->start();
        }
        for (QThread* w : workers) {
            QVERIFY(w->wait(180'000));
        }
        qDeleteAll(workers);
        QVERIFY2(failures.load() == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(opened.load(), 1);
        QCOMPARE(ids.size(), 1);

        Alerts alerts(t.database());
        const auto all = alerts.list(false, 100);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QVERIFY(!all->first().acknowledged);
        QCOMPARE(all->first().id, *ids.begin());
        QCOMPARE(all->first().occurrences, threads * perThread);
        QCOMPARE(all->first().severity, AlertSeverity::Critical);
        QCOMPARE(alerts.countOpen()->value(AlertSeverity::Critical), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "TestAlerts.moc"
