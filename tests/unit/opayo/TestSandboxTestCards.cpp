// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The sandbox's test-card table (opayo-api.md §1.17): every published card is Luhn-valid, has
// the published type, and only the two decline cards decline.
#include "sandbox/opayo/SandboxTestCards.h"

#include <QTest>

using bridge::sandbox::opayo::SandboxTestCards;

class TestSandboxTestCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedCards_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("declines");
        const char* cards[][2] = {{"4929000000006", "Visa"},
                                  {"4929000005559", "Visa"},
                                  {"4929000000014", "Visa"},
                                  {"4929000000022", "Visa"},
                                  {"4484000000002", "Visa"},
                                  {"4462000000000003", "VisaDebit"},
                                  {"4917300000000008", "VisaElectron"},
                                  {"5186150660000009", "MasterCard"},
                                  {"5186150660000025", "MasterCard"},
                                  {"5186150660000108", "MasterCard"},
                                  {"5186150660000207", "MasterCard"},
                                  {"5185690060000001", "DebitMasterCard"},
                                  {"6759000000005", "Maestro"},
                                  {"6705000000008", "Maestro"},
                                  {"5185570760000008", "Maestro"},
                                  {"6766000000000", "Maestro"},
                                  {"374200000000004", "AmericanExpress"},
                                  {"36000000000008", "Discover"},
                                  {"3569990000000009", "JCB"}};
        for (const auto& c : cards) {
            QTest::newRow(c[0]) << QString::fromLatin1(c[0]) << QString::fromLatin1(c[1]) << false;
        }
        QTest::newRow("decline visa") << QStringLiteral("4929602110085639") << QStringLiteral("Visa") << true;
        QTest::newRow("decline mastercard")
            << QStringLiteral("5403814948608092") << QStringLiteral("MasterCard") << true;
    }
    void publishedCards()
    {
        QFETCH(QString, number);
        QFETCH(QString, type);
        QFETCH(bool, declines);
        const auto facts = SandboxTestCards::inspect(number);
        QVERIFY(facts.valid);
        QVERIFY(facts.supported);
        QCOMPARE(facts.cardType, type);
        QCOMPARE(facts.declines, declines);
        QCOMPARE(facts.lastFour, number.right(4));
    }

    void invalidNumbers()
    {
        QVERIFY(!SandboxTestCards::inspect(u"4929000000007").valid);
        QVERIFY(!SandboxTestCards::inspect(u"4929 0000 0000 6").valid);
        QVERIFY(!SandboxTestCards::inspect(u"").valid);
        QVERIFY(!SandboxTestCards::inspect(u"9000000000000001").supported);
        QCOMPARE(SandboxTestCards::matchingSecurityCode(QStringLiteral("AmericanExpress")), QStringLiteral("1234"));
        QCOMPARE(SandboxTestCards::matchingSecurityCode(QStringLiteral("Visa")), QStringLiteral("123"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTestCards)
#include "TestSandboxTestCards.moc"
