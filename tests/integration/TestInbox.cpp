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

private:
    static std::optional<qint64> id_unused() { return std::nullopt; }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "TestInbox.moc"
