// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/ExactArithmetic.h"

#include <QTest>

#include <limits>

using namespace bridge;

class TestExactArithmetic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void halfEven_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("c");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(10) << qint64(3) << qint64(2) << qint64(15);
        QTest::newRow("2.5 to even 2") << qint64(5) << qint64(1) << qint64(2) << qint64(2);
        QTest::newRow("3.5 to even 4") << qint64(7) << qint64(1) << qint64(2) << qint64(4);
        QTest::newRow("2.51 up") << qint64(251) << qint64(1) << qint64(100) << qint64(3);
        QTest::newRow("2.49 down") << qint64(249) << qint64(1) << qint64(100) << qint64(2);
        QTest::newRow("-2.5 to even -2") << qint64(-5) << qint64(1) << qint64(2) << qint64(-2);
        QTest::newRow("-3.5 to even -4") << qint64(7) << qint64(-1) << qint64(2) << qint64(-4);
        QTest::newRow("negative divisor") << qint64(7) << qint64(1) << qint64(-2) << qint64(-4);
        QTest::newRow("zero") << qint64(0) << qint64(-5) << qint64(3) << qint64(0);
        // 10000.00 EUR at 0.8650: 1000000 × 8650 / 10000 = 865000 exactly.
        QTest::newRow("rate") << qint64(1000000) << qint64(8650) << qint64(10000) << qint64(865000);
        // 0.01 at 0.8650 = 0.00865 → 0.01 (above half).
        QTest::newRow("small rate") << qint64(1) << qint64(8650) << qint64(10000) << qint64(1);
        // The product exceeds 64 bits but the quotient fits.
        QTest::newRow("128-bit product") << std::numeric_limits<qint64>::max() << qint64(1000) << qint64(1000)
                                         << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << qint64(3) << qint64(3)
                             << std::numeric_limits<qint64>::min();
    }
    void halfEven()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(qint64, c);
        QFETCH(qint64, expected);
        const auto r = mulDivHalfEven(a, b, c);
        QVERIFY(r.has_value());
        QCOMPARE(*r, expected);
    }

    void refusals()
    {
        QVERIFY(!mulDivHalfEven(1, 1, 0));
        QVERIFY(!mulDivHalfEven(std::numeric_limits<qint64>::max(), 2, 1));
        QVERIFY(!mulDivHalfEven(std::numeric_limits<qint64>::min(), -1, 1));
        QCOMPARE(powerOfTen(0), 1);
        QCOMPARE(powerOfTen(18), qint64(1000000000000000000));
    }
};

QTEST_GUILESS_MAIN(TestExactArithmetic)
#include "TestExactArithmetic.moc"
