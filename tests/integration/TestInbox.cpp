// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The inbox on SQLite (inbox_sqlite) and PostgreSQL (inbox_postgres).
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "store/Outbox.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace bridge;
using namespace bridge::store;
using bridge::test::TestDatabase;

namespace {
NewInboxEvent incoming(const QString& id, const QByteArray& payload = "{\"vendorTxCode\":\"ORDER-1\"}")
{
    return NewInboxEvent{QStringLiteral("shop-event"), id,
                         QStringLiteral("payment"),    payload,
                         QStringLiteral("ORDER-1"),    QStringLiteral("TX-1"),
                         QStringLiteral("WEB001"),     Money(1299, Currency::of("GBP"))};
}
} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatsAreStoredOnce()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Inbox inbox(t.database());
        const auto first = inbox.accept(incoming(QStringLiteral("evt-1")));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(!first->duplicate);
        // The same event sent three more times, as shops and Opayo do.
        for (int i = 0; i < 3; ++i) {
            const auto again = inbox.accept(incoming(QStringLiteral("evt-1")));
            QVERIFY(again->duplicate);
            QVERIFY(!again->contentDiffers);
            QCOMPARE(again->id, first->id);
        }
        // Same id, different contents: recognised, first version kept, reported.
        const auto altered =
            inbox.accept(incoming(QStringLiteral("evt-1"), "{\"vendorTxCode\":\"ORDER-1\",\"amount\":1}"));
        QVERIFY(altered->duplicate);
        QVERIFY(altered->contentDiffers);
        QCOMPARE(inbox.countByStatus()->value(QStringLiteral("pending")), 1);
        QVERIFY(!inbox.accept(incoming(QString())));
    }

    void cardNumbersNeverReachTheDatabase()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Inbox inbox(t.database());
        const auto accepted =
            inbox.accept(incoming(QStringLiteral("evt-pan"), "{\"note\":\"card 4111 1111 1111 1111 please\"}"));
        QVERIFY(accepted);
        QCOMPARE(accepted->cardNumbersMasked, 1);
        const auto stored = inbox.find(accepted->id);
        QVERIFY((*stored)->payload.contains(QStringLiteral("**** **** **** 1111")));
        QVERIFY(!(*stored)->payload.contains(QStringLiteral("4111 1111")));
    }

    void advanceCommitsTogetherWithItsCommands()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Inbox inbox(t.database(), clock);
        Outbox outbox(t.database(), clock);
        const qint64 id = inbox.accept(incoming(QStringLiteral("evt-2")))->id;
        auto claimed = inbox.claim(QStringLiteral("w"), 30'000, 10);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().attempts, 1);
        QVERIFY(inbox.claim(QStringLiteral("other"), 30'000, 10)->isEmpty());

        // If queueing the commands fails, the stage change is rolled back with it.
        const auto failed = inbox.advance(
            id, QStringLiteral("w"), QStringLiteral("queued"), QStringLiteral("done"), QStringLiteral("{}"),
            [](QSqlDatabase& tx, bool postgres, qint64 now) -> Result<void> {
                if (auto e = Outbox::enqueue(tx, postgres, now,
                                             {id_unused(), QStringLiteral("SORTOI"), QStringLiteral("PO-2"),
                                              QStringLiteral("ORDER-2"), QStringLiteral("{}")});
                    !e) {
                    return fail(e.error());
                }
                return fail(Error::permanent(QStringLiteral("test.fail"), QStringLiteral("boom")));
            });
        QVERIFY(!failed);
        QCOMPARE((*inbox.find(id))->stage, QStringLiteral("received"));
        QVERIFY(!outbox.findByKey(QStringLiteral("SORTOI"), QStringLiteral("PO-2"))->has_value());

        const auto done = inbox.advance(
            id, QStringLiteral("w"), QStringLiteral("queued"), QStringLiteral("done"), QStringLiteral("{\"c\":1}"),
            [id](QSqlDatabase& tx, bool postgres, qint64 now) -> Result<void> {
                return asVoid(Outbox::enqueue(tx, postgres, now,
                                              {id, QStringLiteral("SORTOI"), QStringLiteral("PO-2"),
                                               QStringLiteral("ORDER-2"), QStringLiteral("{}")}));
            });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        const auto stored = *inbox.find(id);
        QCOMPARE(stored->status, QStringLiteral("done"));
        QCOMPARE(stored->stage, QStringLiteral("queued"));
        QCOMPARE(stored->canonical, QStringLiteral("{\"c\":1}"));
        QCOMPARE((*outbox.findByKey(QStringLiteral("SORTOI"), QStringLiteral("PO-2")))->inboxId,
                 std::optional<qint64>(id));
        // Done events are not claimed again; a late writer without the lease is refused.
        QVERIFY(inbox.claim(QStringLiteral("w"), 30'000, 10)->isEmpty());
        QCOMPARE(inbox.advance(id, QStringLiteral("w"), QStringLiteral("x"), QStringLiteral("done"), {}).error().code,
                 QStringLiteral("inbox.lease_lost"));
    }

    void failuresRetryOrDeadLetter()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Inbox inbox(t.database(), clock);
        const qint64 a = inbox.accept(incoming(QStringLiteral("evt-a")))->id;
        const qint64 b = inbox.accept(incoming(QStringLiteral("evt-b")))->id;
        QCOMPARE(inbox.claim(QStringLiteral("w"), 30'000, 10)->size(), 2);
        QVERIFY(inbox.retryLater(a, QStringLiteral("w"),
                                 Error::transient(QStringLiteral("opayo.9999"), QStringLiteral("busy")),
                                 clock.nowMsecs() + 10'000));
        QVERIFY(inbox.deadLetter(b, QStringLiteral("w"),
                                 Error::permanent(QStringLiteral("mapping.value"), QStringLiteral("no rate")),
                                 QStringLiteral("Add an exchange rate for EUR to the mapping, then replay.")));
        QVERIFY(inbox.claim(QStringLiteral("w"), 30'000, 10)->isEmpty());
        clock.advance(10'000);
        const auto again = inbox.claim(QStringLiteral("w"), 30'000, 10);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().id, a);
        QCOMPARE(again->first().errorCode, QStringLiteral("opayo.9999"));
        QCOMPARE((*inbox.find(b))->errorFix,
                 QStringLiteral("Add an exchange rate for EUR to the mapping, then replay."));
        QCOMPARE(inbox.countByStatus()->value(QStringLiteral("dead")), 1);
        QCOMPARE(inbox.releaseAll(QStringLiteral("w")).value_or(-1), 1);
    }

    void recordManyCommitsTogetherAndIsolatesAFailure()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Inbox inbox(t.database(), clock);
        QList<qint64> ids;
        for (const char* name : {"evt-m1", "evt-m2", "evt-m3", "evt-m4"}) {
            ids.append(inbox.accept(incoming(QString::fromLatin1(name)))->id);
        }
        QCOMPARE(inbox.claim(QStringLiteral("w"), 30'000, 10)->size(), 4);
        int runs = 0;
        QList<Inbox::Outcome> outcomes(4);
        outcomes[0].id = ids[0];
        outcomes[0].stage = QStringLiteral("queued");
        outcomes[0].status = QStringLiteral("done");
        outcomes[0].canonical = QStringLiteral("{\"transactionId\":\"TX-1\"}");
        outcomes[0].alsoDo = [&runs](QSqlDatabase&, bool, qint64) -> Result<void> {
            ++runs; // runs again on its own after the batch is rolled back
            return {};
        };
        outcomes[1].id = ids[1];
        outcomes[1].stage = QStringLiteral("queued");
        outcomes[1].status = QStringLiteral("done");
        // A consequence the database refuses: only this event's outcome is lost.
        outcomes[1].alsoDo = [](QSqlDatabase& tx, bool, qint64) -> Result<void> {
            return asVoid(Database::exec(tx, QStringLiteral("INSERT INTO inbox (id) VALUES (NULL)")));
        };
        outcomes[2].id = ids[2];
        outcomes[2].kind = Inbox::Outcome::Kind::RetryLater;
        outcomes[2].error = Error::transient(QStringLiteral("opayo.9999"), QStringLiteral("busy"));
        outcomes[2].nextAttemptAt = clock.nowMsecs() + 5'000;
        outcomes[3].id = ids[3];
        outcomes[3].kind = Inbox::Outcome::Kind::DeadLetter;
        outcomes[3].error = Error::permanent(QStringLiteral("mapping.value"), QStringLiteral("no rate"));
        outcomes[3].fix = QStringLiteral("Add the rate, then replay.");
        const QList<Result<void>> results = inbox.recordMany(QStringLiteral("w"), outcomes);
        QCOMPARE(results.size(), 4);
        QVERIFY(results[0]);
        QVERIFY(!results[1]);
        QCOMPARE(results[1].error().code, QStringLiteral("database.constraint"));
        QVERIFY(results[2]);
        QVERIFY(results[3]);
        QCOMPARE(runs, 2);
        QCOMPARE((*inbox.find(ids[0]))->status, QStringLiteral("done"));
        QCOMPARE((*inbox.find(ids[0]))->canonical, QStringLiteral("{\"transactionId\":\"TX-1\"}"));
        QCOMPARE((*inbox.find(ids[1]))->status, QStringLiteral("pending")); // untouched, still leased
        QCOMPARE((*inbox.find(ids[2]))->errorCode, QStringLiteral("opayo.9999"));
        QCOMPARE((*inbox.find(ids[3]))->status, QStringLiteral("dead"));
        QCOMPARE((*inbox.find(ids[3]))->errorFix, QStringLiteral("Add the rate, then replay."));

        // Another worker's lease: refused as "lease lost", nothing changed.
        Inbox::Outcome theirs;
        theirs.id = ids[1];
        theirs.stage = QStringLiteral("ignored");
        theirs.status = QStringLiteral("ignored");
        const QList<Result<void>> lost = inbox.recordMany(QStringLiteral("other"), {theirs});
        QVERIFY(!lost[0]);
        QCOMPARE(lost[0].error().code, QStringLiteral("inbox.lease_lost"));
        QVERIFY(lost[0].error().isTransient());
        // An unknown status is refused before anything is written.
        theirs.status = QStringLiteral("finished");
        const QList<Result<void>> bad = inbox.recordMany(QStringLiteral("w"), {outcomes[0], theirs});
        QVERIFY(!bad[0] && !bad[1]);
        QCOMPARE(bad[1].error().code, QStringLiteral("inbox.status"));
        QVERIFY(bad[1].error().message.contains(QStringLiteral("finished")));
        QVERIFY(inbox.recordMany(QStringLiteral("w"), {}).isEmpty());
    }

private:
    static std::optional<qint64> id_unused() { return std::nullopt; }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "TestInbox.moc"
