// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The outbox's exactly-once bookkeeping, on SQLite (outbox_sqlite) and PostgreSQL (outbox_postgres).
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "support/TestDatabase.h"

#include <QMutex>
#include <QTest>
#include <QThread>

using namespace bridge;
using namespace bridge::store;
using bridge::test::TestDatabase;

namespace {
NewOutboxCommand command(const QString& kind, const QString& key, const QString& ordering)
{
    return NewOutboxCommand{std::nullopt, kind, key, ordering, QStringLiteral("{\"k\":\"%1\"}").arg(key)};
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameKeyIsQueuedOnce()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Outbox outbox(t.database());
        const auto first =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-1"), QStringLiteral("ORDER-1")));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(!first->duplicate);
        const auto again =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-1"), QStringLiteral("ORDER-1")));
        QVERIFY(again->duplicate);
        QCOMPARE(again->id, first->id);
        // Same business key, other kind: another command.
        QVERIFY(!outbox.enqueue(command(QStringLiteral("ARSTPY"), QStringLiteral("PO-1"), QStringLiteral("ORDER-1")))
                     ->duplicate);
        QCOMPARE(outbox.countByStatus()->value(QStringLiteral("pending")), 2);
        const auto bad = outbox.enqueue(command(QStringLiteral("SORTOI"), QString(), QStringLiteral("x")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("outbox.key"));
    }

    void sameOrderingKeyRunsInSequence()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Outbox outbox(t.database(), clock);
        const qint64 payment =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-7"), QStringLiteral("ORDER-7")))->id;
        const qint64 receipt =
            outbox.enqueue(command(QStringLiteral("ARSTPY"), QStringLiteral("PO-7"), QStringLiteral("ORDER-7")))->id;
        const qint64 refund =
            outbox.enqueue(command(QStringLiteral("SORTCH"), QStringLiteral("RF-7"), QStringLiteral("ORDER-7")))->id;
        const qint64 other =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-8"), QStringLiteral("ORDER-8")))->id;

        auto firstClaim = outbox.claim(QStringLiteral("w1"), 60'000, 10);
        QVERIFY(firstClaim);
        QList<qint64> ids;
        for (const OutboxCommand& c : *firstClaim) {
            ids.append(c.id);
        }
        // Only the first of ORDER-7, and ORDER-8 alongside: a refund never overtakes its payment.
        QCOMPARE(ids, (QList<qint64>{payment, other}));
        QVERIFY(outbox.claim(QStringLiteral("w2"), 60'000, 10)->isEmpty());
        QVERIFY(outbox.complete(payment, QStringLiteral("w1"), QStringLiteral("000123"), QStringLiteral("<in/>"),
                                QStringLiteral("<out/>")));
        auto next = outbox.claim(QStringLiteral("w2"), 60'000, 10);
        QCOMPARE(next->size(), 1);
        QCOMPARE(next->first().id, receipt);
        // A dead command holds the rest of its key until someone resolves it; other keys go on.
        QVERIFY(
            outbox.deadLetter(receipt, QStringLiteral("w2"),
                              Error::permanent(QStringLiteral("syspro.customer"), QStringLiteral("no such customer")),
                              QStringLiteral("Create the customer in SYSPRO, then replay.")));
        QVERIFY(outbox.claim(QStringLiteral("w3"), 60'000, 10)->isEmpty());
        const auto dead = outbox.find(receipt);
        QCOMPARE((*dead)->status, QStringLiteral("dead"));
        QCOMPARE((*dead)->errorFix, QStringLiteral("Create the customer in SYSPRO, then replay."));
        Q_UNUSED(refund);
    }

    void expiredLeaseIsClaimedAgainForVerification()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Outbox outbox(t.database(), clock);
        const qint64 id =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-9"), QStringLiteral("ORDER-9")))->id;
        auto claimed = outbox.claim(QStringLiteral("dies"), 30'000, 1);
        QCOMPARE(claimed->size(), 1);
        QVERIFY(!claimed->first().mustVerify);
        // The worker dies mid-call. Before the lease runs out nobody else may take it.
        clock.advance(29'000);
        QVERIFY(outbox.claim(QStringLiteral("rescuer"), 30'000, 1)->isEmpty());
        clock.advance(2'000);
        auto rescued = outbox.claim(QStringLiteral("rescuer"), 30'000, 1);
        QCOMPARE(rescued->size(), 1);
        QVERIFY(rescued->first().mustVerify);
        QCOMPARE(rescued->first().attempts, 2);
        // The dead worker's late result is refused; the rescuer's stands.
        const auto late = outbox.complete(id, QStringLiteral("dies"), QStringLiteral("X"), {}, {});
        QVERIFY(!late);
        QCOMPARE(late.error().code, QStringLiteral("outbox.lease_lost"));
        QVERIFY(outbox.complete(id, QStringLiteral("rescuer"), QStringLiteral("000124"), {}, {}));
        QCOMPARE((*outbox.find(id))->documentKey, QStringLiteral("000124"));
    }

    void retryWaitsAndUnknownOutcomesAreVerified()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Outbox outbox(t.database(), clock);
        const qint64 a =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-A"), QStringLiteral("A")))->id;
        const qint64 b =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-B"), QStringLiteral("B")))->id;
        QCOMPARE(outbox.claim(QStringLiteral("w"), 60'000, 10)->size(), 2);
        QVERIFY(outbox.retryLater(a, QStringLiteral("w"),
                                  Error::transient(QStringLiteral("net.http_503"), QStringLiteral("busy")),
                                  clock.nowMsecs() + 5'000, false));
        QVERIFY(outbox.retryLater(b, QStringLiteral("w"),
                                  Error::transient(QStringLiteral("net.timeout"), QStringLiteral("timeout")),
                                  clock.nowMsecs() + 5'000, true));
        QVERIFY(outbox.claim(QStringLiteral("w"), 60'000, 10)->isEmpty()); // not yet due
        clock.advance(5'000);
        const auto again = outbox.claim(QStringLiteral("w"), 60'000, 10);
        QCOMPARE(again->size(), 2);
        for (const OutboxCommand& c : *again) {
            QCOMPARE(c.mustVerify, c.id == b); // only the timed-out one may have reached SYSPRO
            QVERIFY(c.firstAttemptAt.has_value());
        }
        // Orderly shutdown gives the leases back; what was in flight is marked for verification.
        QCOMPARE(outbox.releaseAll(QStringLiteral("w")).value_or(-1), 2);
        QCOMPARE((*outbox.find(a))->status, QStringLiteral("unknown"));
    }

    void concurrentWorkersPostEachCommandOnceAndInOrder()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        // Two handles are two engine processes; two threads each.
        auto second = t.reopen();
        QVERIFY(second);
        Outbox producer(t.database());
        constexpr int keys = 20;
        constexpr int perKey = 8;
        for (int k = 0; k < keys; ++k) {
            for (int s = 0; s < perKey; ++s) {
                QVERIFY(producer.enqueue(command(QStringLiteral("CMD"), QStringLiteral("K%1-%2").arg(k).arg(s),
                                                 QStringLiteral("K%1").arg(k))));
            }
        }
        QMutex mutex;
        QMap<QString, QList<int>> completedOrder; // ordering key → sequence numbers in completion order
        int completions = 0;
        std::atomic<int> errors{0};
        auto work = [&](std::shared_ptr<Database> db, const QString& owner) {
            Outbox outbox(db);
            for (int round = 0; round < 2000; ++round) {
                const auto claimed = outbox.claim(owner, 60'000, 5);
                if (!claimed) {
                    if (!claimed.error().isTransient()) {
                        ++errors;
                    }
                    continue;
                }
                if (claimed->isEmpty()) {
                    QMutexLocker lock(&mutex);
                    if (completions == keys * perKey) {
                        return;
                    }
                    lock.unlock();
                    QThread::msleep(2);
                    continue;
                }
                for (const OutboxCommand& c : *claimed) {
                    // Record before completing: the next command of this key can only be
                    // claimed after the completion commits, so the recorded order is exactly
                    // the order in which the outbox released them.
                    {
                        QMutexLocker lock(&mutex);
                        completedOrder[c.orderingKey].append(static_cast<int>(c.sequence));
                        ++completions;
                    }
                    if (!outbox.complete(c.id, owner, QStringLiteral("doc"), {}, {})) {
                        ++errors;
                    }
                }
            }
        };
        QList<QThread*> threads{QThread::create(work, t.database(), QStringLiteral("p1-a")),
                                QThread::create(work, t.database(), QStringLiteral("p1-b")),
                                QThread::create(work, *second, QStringLiteral("p2-a")),
                                QThread::create(work, *second, QStringLiteral("p2-b"))};
        for (QThread* th : threads) {
            th->start();
        }
        for (QThread* th : threads) {
            QVERIFY(th->wait(180'000));
        }
        qDeleteAll(threads);
        QCOMPARE(errors.load(), 0);
        QCOMPARE(completions, keys * perKey); // each exactly once
        for (auto it = completedOrder.begin(); it != completedOrder.end(); ++it) {
            QList<int> expected;
            for (int s = 1; s <= perKey; ++s) {
                expected.append(s);
            }
            QCOMPARE(it.value(), expected);
        }
        QCOMPARE(producer.countByStatus()->value(QStringLiteral("done")), keys * perKey);
    }

    void recordManyGivesEachOutcomeItsOwnResult()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Outbox outbox(t.database(), clock);
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i) {
            ids.append(outbox
                           .enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-R%1").arg(i),
                                            QStringLiteral("ORDER-R%1").arg(i)))
                           ->id);
        }
        QCOMPARE(outbox.claim(QStringLiteral("poster"), 30'000, 10)->size(), 3);
        QList<Outbox::Outcome> outcomes(3);
        for (int i = 0; i < 3; ++i) {
            outcomes[i].id = ids[i];
            outcomes[i].documentKey = QStringLiteral("SO-%1").arg(i + 1);
        }
        outcomes[1].alsoDo = [](QSqlDatabase& tx, bool, qint64) -> Result<void> {
            return asVoid(Database::exec(tx, QStringLiteral("INSERT INTO outbox (id) VALUES (NULL)")));
        };
        const QList<Result<void>> results = outbox.recordMany(QStringLiteral("poster"), outcomes);
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0] && results[2]);
        QVERIFY(!results[1]);
        QCOMPARE((*outbox.find(ids[0]))->documentKey, QStringLiteral("SO-1"));
        QCOMPARE((*outbox.find(ids[1]))->status, QStringLiteral("in_flight"));
        QCOMPARE((*outbox.find(ids[2]))->status, QStringLiteral("done"));
        outcomes[1].alsoDo = {};
        const QList<Result<void>> lost = outbox.recordMany(QStringLiteral("someone-else"), {outcomes[1]});
        QCOMPARE(lost[0].error().code, QStringLiteral("outbox.lease_lost"));
        QVERIFY(outbox.recordMany(QStringLiteral("poster"), {outcomes[1]})[0]);
    }

    void claimServesKindsInTheOrderGiven()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Outbox outbox(t.database(), clock);
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(outbox.enqueue(
                command(QStringLiteral("ARSTPY"), QStringLiteral("R-%1").arg(i), QStringLiteral("txn:%1").arg(i))));
        }
        clock.advance(1);
        const qint64 credit =
            outbox.enqueue(command(QStringLiteral("ARSTIN"), QStringLiteral("CN-1"), QStringLiteral("txn:9")))->id;
        // The credit note is the newest, yet a rare kind named first is not starved by a deep queue.
        const auto claimed =
            outbox.claim(QStringLiteral("poster"), 30'000, 2, {QStringLiteral("ARSTIN"), QStringLiteral("ARSTPY")});
        QCOMPARE(claimed->size(), 2);
        QCOMPARE(claimed->at(0).id, credit);
        QCOMPARE(claimed->at(1).businessKey, QStringLiteral("R-1"));
        // Other kinds are never handed out, and what is leased is not handed out twice.
        const auto rest = outbox.claim(QStringLiteral("poster"), 30'000, 10, {QStringLiteral("ARSTPY")});
        QCOMPARE(rest->size(), 3);
        QVERIFY(outbox.claim(QStringLiteral("poster"), 30'000, 10, {QStringLiteral("SORTOI")})->isEmpty());
    }

    void oneClaimTakesEachGroupUpToItsOwnLimit()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock;
        Outbox outbox(t.database(), clock);
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(outbox.enqueue(
                command(QStringLiteral("SORTOI"), QStringLiteral("PO-%1").arg(i), QStringLiteral("txn:o%1").arg(i))));
            QVERIFY(outbox.enqueue(
                command(QStringLiteral("ARSTPY"), QStringLiteral("R-%1").arg(i), QStringLiteral("txn:r%1").arg(i))));
        }
        // The poster's claim: a post's worth of orders and one of receipts, in one transaction;
        // a deep queue of one group does not eat into the other's share.
        const auto claimed = outbox.claim(QStringLiteral("poster"), 30'000,
                                          {{{QStringLiteral("SORTOI")}, 2}, {{QStringLiteral("ARSTPY")}, 1}});
        QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().toString()));
        QCOMPARE(claimed->size(), 3);
        QCOMPARE(claimed->at(0).businessKey, QStringLiteral("PO-1"));
        QCOMPARE(claimed->at(1).businessKey, QStringLiteral("PO-2"));
        QCOMPARE(claimed->at(2).businessKey, QStringLiteral("R-1"));
        for (const OutboxCommand& c : *claimed) {
            QCOMPARE(c.status, QStringLiteral("in_flight"));
            QCOMPARE((*outbox.find(c.id))->status, QStringLiteral("in_flight"));
        }
        // What is left: one order and two receipts.
        const auto rest = outbox.claim(QStringLiteral("poster"), 30'000,
                                       {{{QStringLiteral("SORTOI")}, 5}, {{QStringLiteral("ARSTPY")}, 5}});
        QCOMPARE(rest->size(), 3);
        QCOMPARE(rest->at(0).businessKey, QStringLiteral("PO-3"));
    }

    void queueingNumbersEachOrderingKeyOnItsOwn()
    {
        // One statement both numbers a command after the last of its ordering key and refuses a
        // repeat; a repeat does not use up a number.
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Outbox outbox(t.database());
        const qint64 a1 =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-A"), QStringLiteral("txn:A")))->id;
        QVERIFY(outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-A"), QStringLiteral("txn:A")))
                    ->duplicate);
        const qint64 b1 =
            outbox.enqueue(command(QStringLiteral("SORTOI"), QStringLiteral("PO-B"), QStringLiteral("txn:B")))->id;
        const qint64 a2 =
            outbox.enqueue(command(QStringLiteral("ARSTPY"), QStringLiteral("R-A"), QStringLiteral("txn:A")))->id;
        QCOMPARE((*outbox.find(a1))->sequence, qint64(1));
        QCOMPARE((*outbox.find(b1))->sequence, qint64(1));
        QCOMPARE((*outbox.find(a2))->sequence, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
