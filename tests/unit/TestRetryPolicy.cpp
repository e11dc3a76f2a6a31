// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/RetryPolicy.h"

#include <QTest>

#include <algorithm>

using namespace bridge;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullJitterWithinTheExponentialCeiling()
    {
        engine::RetryPolicy policy({.baseMs = 1000, .capMs = 60'000, .alertAfterMs = 600'000}, 7);
        const Error e = Error::transient(QStringLiteral("net.timeout"), QStringLiteral("t"));
        for (int attempt = 0; attempt < 12; ++attempt) {
            const qint64 ceiling = std::min<qint64>(60'000, qint64(1000) << attempt);
            qint64 maxSeen = 0;
            for (int i = 0; i < 200; ++i) {
                const qint64 d = policy.delayMs(attempt, e);
                QVERIFY(d >= 0 && d <= ceiling);
                maxSeen = std::max(maxSeen, d);
            }
            // Full jitter spreads over the whole range, not just near the ceiling.
            QVERIFY2(maxSeen > ceiling / 2, qPrintable(QString::number(attempt)));
        }
        // Huge attempt counts do not overflow and stay capped.
        QVERIFY(policy.delayMs(10'000, e) <= 60'000);
    }

    void retryAfterIsHonoured()
    {
        engine::RetryPolicy policy({.baseMs = 100, .capMs = 1000}, 1);
        Error e = Error::transient(QStringLiteral("net.http_429"), QStringLiteral("slow down"));
        e.retryAfterSeconds = 30;
        for (int i = 0; i < 50; ++i) {
            QVERIFY(policy.delayMs(0, e) >= 30'000);
        }
    }

    void aWaitIsLookedAtAgainWithinItsBound()
    {
        // A refund waiting for its payment backs off no further than the error says, however
        // many attempts it has had; an ordinary transient error keeps the exponential ceiling.
        engine::RetryPolicy policy({.baseMs = 1000, .capMs = 300'000}, 3);
        Error wait = Error::transient(QStringLiteral("ledger.refund_original_unknown"), QStringLiteral("wait"));
        wait.retryWithinMs = 5'000;
        const Error failure = Error::transient(QStringLiteral("net.timeout"), QStringLiteral("timeout"));
        qint64 longestFailure = 0;
        for (int i = 0; i < 200; ++i) {
            QVERIFY(policy.delayMs(12, wait) <= 5'000);
            longestFailure = std::max(longestFailure, policy.delayMs(12, failure));
        }
        QVERIFY(longestFailure > 5'000);
    }

    void alertsAfterTheConfiguredAge()
    {
        engine::RetryPolicy policy({.baseMs = 100, .capMs = 1000, .alertAfterMs = 30 * 60'000});
        QVERIFY(!policy.shouldAlert(0, 29 * 60'000));
        QVERIFY(policy.shouldAlert(0, 30 * 60'000));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
