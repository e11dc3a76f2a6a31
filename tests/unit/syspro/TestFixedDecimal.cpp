// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/FixedDecimal.h"

#include <QTest>

using namespace bridge;
using namespace bridge::syspro;

class TestFixedDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWireValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<qint64>("units");
        QTest::newRow("padded quantity") << "          747.800000" << 6 << qint64(747'800'000);
        QTest::newRow("whole") << "2" << 6 << qint64(2'000'000);
        QTest::newRow("trailing minus") << "1.5-" << 2 << qint64(-150);
        QTest::newRow("leading minus") << "-0.01" << 2 << qint64(-1);
        QTest::newRow("surplus zeros") << "10.50000000" << 2 << qint64(1050);
        QTest::newRow("price") << "10.5" << 5 << qint64(1'050'000);
        QTest::newRow("max") << "92233720368547.75807" << 5 << std::numeric_limits<qint64>::max();
    }
    void parsesWireValues()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(qint64, units);
        const auto r = FixedDecimal::parse(text, scale);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->units(), units);
    }

    void refusesWhatCannotBeExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("too precise") << "1.001"
                                     << "syspro.number_decimals";
        QTest::newRow("float garbage") << "1.2345678901234567e2"
                                       << "syspro.number_character";
        QTest::newRow("grouping") << "1,554.53"
                                  << "syspro.number_character";
        QTest::newRow("empty") << "   "
                               << "syspro.number_empty";
        QTest::newRow("overflow") << "99999999999999999999"
                                  << "syspro.number_overflow";
    }
    void refusesWhatCannotBeExact()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto r = FixedDecimal::parse(text, 2, u"OrderQty");
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(code == QLatin1String("syspro.number_empty") || r.error().message.contains(QStringLiteral("OrderQty")));
    }

    void formatsPerFieldPrecision()
    {
        const FixedDecimal qty = *FixedDecimal::parse(u"2.5", 6);
        QCOMPARE(*qty.toWire(NumericFormat::quantity(), u"OrderQty"), QStringLiteral("2.5"));
        QCOMPARE(*qty.toWire(NumericFormat::quantity(), u"OrderQty", true), QStringLiteral("2.500000"));
        QCOMPARE(*moneyToWire(Money(1050, Currency::of("GBP")), u"FreightValue"), QStringLiteral("10.50"));
        QCOMPARE(*moneyToWire(Money(-1, Currency::of("GBP")), u"FreightValue"), QStringLiteral("-0.01"));
        QCOMPARE(*moneyToWire(Money(1000, Currency::of("JPY")), u"FreightValue"), QStringLiteral("1000.00"));
        QCOMPARE(*moneyToWire(Money(1230, Currency::of("BHD")), u"FreightValue"), QStringLiteral("1.23"));
        const auto tooPrecise = moneyToWire(Money(1234, Currency::of("BHD")), u"FreightValue");
        QVERIFY(!tooPrecise);
        QVERIFY(tooPrecise.error().message.contains(QStringLiteral("FreightValue")));
        const auto tooLarge = FixedDecimal::parse(u"12345678901.5", 5)->toWire(NumericFormat::price(), u"Price");
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, QStringLiteral("syspro.number_too_large"));
        QCOMPARE(*FixedDecimal(std::numeric_limits<qint64>::min(), 2).toString(2),
                 QStringLiteral("-92233720368547758.08"));
    }

    void convertsToMoneyExactly()
    {
        const auto m = FixedDecimal::parse(u"  25.450 ", 3)->toMoney(Currency::of("GBP"));
        QVERIFY(m.has_value());
        QCOMPARE(m->minorUnits(), 2545);
        QVERIFY(!FixedDecimal::parse(u"25.455", 3)->toMoney(Currency::of("GBP")));
        QCOMPARE(*FixedDecimal::parse(u"1.50", 2), *FixedDecimal::parse(u"1.5", 6));
    }
};

QTEST_GUILESS_MAIN(TestFixedDecimal)
#include "TestFixedDecimal.moc"
