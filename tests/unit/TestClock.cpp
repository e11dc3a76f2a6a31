// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Clock.h"

#include <QTest>
#include <QThread>

using namespace bridge;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockIsNow()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = Clock::system().nowMsecs();
        QVERIFY(now >= before);
        QVERIFY(now - before < 5000);
        QCOMPARE(Clock::system().nowUtc().timeSpec(), Qt::UTC);
    }

    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(23, 59, 59), Qt::UTC));
        const qint64 start = clock.nowMsecs();
        QThread::msleep(5);
        QCOMPARE(clock.nowMsecs(), start);
        clock.advance(1000);
        QCOMPARE(clock.nowUtc().date(), QDate(2026, 11, 22));
        clock.setNow(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(clock.nowUtc().date().year(), 2027);
    }

    void manualClockIsThreadSafe()
    {
        ManualClock clock(0);
        QList<QThread*> threads;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&clock] {
                for (int k = 0; k < 10000; ++k) {
                    clock.advance(1);
                }
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        QCOMPARE(clock.nowMsecs(), 40000);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
