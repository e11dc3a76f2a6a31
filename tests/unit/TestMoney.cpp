// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Money.h"

#include <QTest>

#include <limits>

using namespace bridge;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyTable()
    {
        QCOMPARE(Currency::of("GBP").exponent(), 2);
        QCOMPARE(Currency::of("JPY").exponent(), 0);
        QCOMPARE(Currency::of("BHD").exponent(), 3);
        QCOMPARE(Currency::of("KWD").exponent(), 3);
        QCOMPARE(Currency::of("CLF").exponent(), 4);
        QCOMPARE(Currency::of("EUR").numericCode(), 978);
        QVERIFY(Currency::fromCode(u"gbp").has_value());
        const auto unknown = Currency::fromCode(u"XYZ");
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("currency.unknown"));
        QVERIFY(unknown.error().message.contains(QStringLiteral("XYZ")));
        QVERIFY(!Currency::fromCode(u"GB").has_value());
        QVERIFY(!Currency::fromCode(u"G\u00c9P").has_value());
        QVERIFY(Currency::all().size() > 150);
    }

    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << "10"
                               << "GBP" << qint64(1000);
        QTest::newRow("one decimal") << "10.5"
                                     << "GBP" << qint64(1050);
        QTest::newRow("two decimals") << "10.55"
                                      << "GBP" << qint64(1055);
        QTest::newRow("negative cent") << "-0.01"
                                       << "GBP" << qint64(-1);
        QTest::newRow("plus sign") << "+3.20"
                                   << "EUR" << qint64(320);
        QTest::newRow("zero") << "0"
                              << "GBP" << qint64(0);
        QTest::newRow("surrounding space") << "  7.00 "
                                           << "USD" << qint64(700);
        QTest::newRow("yen") << "1000"
                             << "JPY" << qint64(1000);
        QTest::newRow("dinar") << "1.234"
                               << "BHD" << qint64(1234);
        QTest::newRow("dinar short") << "1.2"
                                     << "KWD" << qint64(1200);
        QTest::newRow("large") << "92233720368547758.07"
                               << "GBP" << std::numeric_limits<qint64>::max();
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto money = Money::parse(text, *Currency::fromCode(currency));
        QVERIFY2(money.has_value(), qPrintable(money ? QString() : money.error().message));
        QCOMPARE(money->minorUnits(), minor);
        QCOMPARE(money->currency().code(), currency);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("grouping without locale") << "1,000.00"
                                                 << "GBP"
                                                 << "money.separator"
                                                 << ",";
        QTest::newRow("exponent") << "1e3"
                                  << "GBP"
                                  << "money.exponent"
                                  << "1000";
        QTest::newRow("too many decimals") << "10.555"
                                           << "GBP"
                                           << "money.too_many_decimals"
                                           << "at most 2";
        QTest::newRow("decimals on yen") << "100.5"
                                         << "JPY"
                                         << "money.too_many_decimals"
                                         << "whole number";
        QTest::newRow("empty") << ""
                               << "GBP"
                               << "money.empty"
                               << "empty";
        QTest::newRow("letters") << "12a"
                                 << "GBP"
                                 << "money.character"
                                 << "'a'";
        QTest::newRow("two points") << "1.2.3"
                                    << "GBP"
                                    << "money.two_points"
                                    << "more than one";
        QTest::newRow("leading point") << ".50"
                                       << "GBP"
                                       << "money.digits_missing"
                                       << "0.50";
        QTest::newRow("trailing point") << "5."
                                        << "GBP"
                                        << "money.digits_missing"
                                        << "both sides";
        QTest::newRow("overflow") << "92233720368547758.08"
                                  << "GBP"
                                  << "money.overflow"
                                  << "too large";
        QTest::newRow("double sign") << "--1"
                                     << "GBP"
                                     << "money.character"
                                     << "'-'";
        QTest::newRow("currency symbol") << "\u00a310"
                                         << "GBP"
                                         << "money.character"
                                         << "\u00a3";
        QTest::newRow("inner space") << "1 000"
                                     << "GBP"
                                     << "money.separator"
                                     << "separator";
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto money = Money::parse(text, *Currency::fromCode(currency));
        QVERIFY2(!money.has_value(), qPrintable(text));
        QCOMPARE(money.error().code, code);
        QCOMPARE(money.error().errorClass, ErrorClass::Permanent);
        QVERIFY2(money.error().message.contains(mentions), qPrintable(money.error().message));
    }

    void surplusZeroDecimalsOnlyWhenAllowed()
    {
        const Currency gbp = Currency::of("GBP");
        QVERIFY(!Money::parse(u"10.500", gbp));
        Money::ParseOptions wire;
        wire.allowSurplusZeroDecimals = true;
        QCOMPARE(Money::parse(u"10.500", gbp, wire)->minorUnits(), 1050);
        // Never rounds: a non-zero surplus digit is refused even on the wire.
        QVERIFY(!Money::parse(u"10.501", gbp, wire));
    }

    void parseWithLocale()
    {
        const Currency eur = Currency::of("EUR");
        Money::ParseOptions german;
        german.locale = QLocale(QLocale::German, QLocale::Germany);
        QCOMPARE(Money::parse(u"1.234.567,89", eur, german)->minorUnits(), 123456789);
        QCOMPARE(Money::parse(u"1234,5", eur, german)->minorUnits(), 123450);
        QVERIFY(!Money::parse(u"12.34,5", eur, german)); // misplaced grouping
        Money::ParseOptions uk;
        uk.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money::parse(u"1,000.00", Currency::of("GBP"), uk)->minorUnits(), 100000);
        const auto misgrouped = Money::parse(u"1,00.00", Currency::of("GBP"), uk);
        QVERIFY(!misgrouped);
        QCOMPARE(misgrouped.error().code, QStringLiteral("money.grouping"));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("english");
        QTest::newRow("pounds") << qint64(123456) << "GBP"
                                << "1234.56"
                                << "1,234.56 GBP";
        QTest::newRow("negative cent") << qint64(-1) << "GBP"
                                       << "-0.01"
                                       << "-0.01 GBP";
        QTest::newRow("zero") << qint64(0) << "EUR"
                              << "0.00"
                              << "0.00 EUR";
        QTest::newRow("yen") << qint64(1000000) << "JPY"
                             << "1000000"
                             << "1,000,000 JPY";
        QTest::newRow("dinar") << qint64(5) << "BHD"
                               << "0.005"
                               << "0.005 BHD";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "GBP"
                             << "-92233720368547758.08"
                             << "-92,233,720,368,547,758.08 GBP";
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, plain);
        QFETCH(QString, english);
        const Money m(minor, *Currency::fromCode(currency));
        QCOMPARE(m.toDecimalString(), plain);
        QCOMPARE(m.toDisplayString(QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
        // Round trip through the plain form is exact.
        QCOMPARE(Money::parse(plain, m.currency())->minorUnits(), minor);
    }

    void germanDisplay()
    {
        const Money m(123456, Currency::of("EUR"));
        QCOMPARE(m.toDisplayString(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("1.234,56 EUR"));
    }

    void arithmetic()
    {
        const Currency gbp = Currency::of("GBP");
        QCOMPARE(Money(150, gbp).plus(Money(250, gbp))->minorUnits(), 400);
        QCOMPARE(Money(150, gbp).minus(Money(250, gbp))->minorUnits(), -100);
        const auto mixed = Money(1, gbp).plus(Money(1, Currency::of("EUR")));
        QVERIFY(!mixed);
        QCOMPARE(mixed.error().code, QStringLiteral("money.currency_mismatch"));
        QVERIFY(!Money(std::numeric_limits<qint64>::max(), gbp).plus(Money(1, gbp)));
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), gbp).minus(Money(1, gbp)));
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), gbp).negated());
        QCOMPARE(Money(-5, gbp).negated()->minorUnits(), 5);
        QVERIFY(Money(5, gbp) == Money(5, gbp));
        QVERIFY(!(Money(5, gbp) == Money(5, Currency::of("EUR"))));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
