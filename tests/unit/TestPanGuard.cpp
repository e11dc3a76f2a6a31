// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/PanGuard.h"

#include <QTest>

using namespace bridge;

class TestPanGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void luhn()
    {
        QVERIFY(PanGuard::luhnValid(u"4111111111111111"));
        QVERIFY(PanGuard::luhnValid(u"4929000000006"));    // Opayo test Visa, 13 digits
        QVERIFY(PanGuard::luhnValid(u"5404000000000001")); // Opayo test Mastercard
        QVERIFY(!PanGuard::luhnValid(u"4111111111111112"));
        QVERIFY(!PanGuard::luhnValid(u""));
        QVERIFY(!PanGuard::luhnValid(u"41x1"));
    }

    void mask_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("plain 16") << "card 4111111111111111 ok"
                                  << "card ************1111 ok" << 1;
        QTest::newRow("spaces") << "4111 1111 1111 1111"
                                << "**** **** **** 1111" << 1;
        QTest::newRow("dashes") << "4111-1111-1111-1111"
                                << "****-****-****-1111" << 1;
        QTest::newRow("13 digits") << "x4929000000006x"
                                   << "x*********0006x" << 1;
        QTest::newRow("19 digits") << "6011000990139424009"
                                   << "***************4009" << 1;
        QTest::newRow("amex spacing") << "3782 822463 10005"
                                      << "**** ****** *0005" << 1;
        QTest::newRow("json") << R"({"cardNumber":"5404000000000001","amount":1000})"
                              << R"({"cardNumber":"************0001","amount":1000})" << 1;
        QTest::newRow("two cards") << "4111111111111111/5404000000000001"
                                   << "************1111/************0001" << 2;
        QTest::newRow("prefix group then card") << "ref 1234 4111111111111111"
                                                << "ref 1234 ************1111" << 1;
        QTest::newRow("order number") << "order 000123456 shipped"
                                      << "order 000123456 shipped" << 0;
        QTest::newRow("non-luhn 16") << "4111111111111112"
                                     << "4111111111111112" << 0;
        QTest::newRow("12 digits") << "411111111111"
                                   << "411111111111" << 0;
        QTest::newRow("20 digit run") << "41111111111111111111"
                                      << "41111111111111111111" << 0;
        QTest::newRow("double separator") << "4111  1111 1111 1111"
                                          << "4111  1111 1111 1111" << 0;
        QTest::newRow("vendorTxCode") << "ORDER-2026-11-000042"
                                      << "ORDER-2026-11-000042" << 0;
        // Opayo's transactionIds are UUIDs; their digits can pass Luhn by chance (this one does).
        QTest::newRow("uuid") << "txn D1234567-8901-2345-6454-BF1593A6C654 ok"
                              << "txn D1234567-8901-2345-6454-BF1593A6C654 ok" << 0;
        QTest::newRow("card next to uuid") << "47E925EA-E93F-E7F7-A918-4D5F2BD45A59 4111111111111111"
                                           << "47E925EA-E93F-E7F7-A918-4D5F2BD45A59 ************1111" << 1;
        QTest::newRow("empty") << ""
                               << "" << 0;
    }
    void mask()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(int, count);
        int masked = -1;
        const QString out = PanGuard::mask(input, &masked);
        QCOMPARE(masked, count);
        if (count > 0) {
            QCOMPARE(out, expected);
        } else {
            QCOMPARE(out, input);
        }
        // The byte form agrees with the text form.
        int bytesMasked = -1;
        QCOMPARE(PanGuard::mask(input.toUtf8(), &bytesMasked), out.toUtf8());
        QCOMPARE(bytesMasked, count);
        // After masking nothing is found any more.
        QVERIFY(!PanGuard::containsPan(out));
    }

    void matchReportsLastFour()
    {
        const auto matches = PanGuard::find(u"pay with 4111 1111 1111 1111 today");
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().lastFour, QStringLiteral("1111"));
        QCOMPARE(matches.first().start, 9);
        QCOMPARE(matches.first().length, 19);
    }

    void nonAsciiAroundDigits()
    {
        // Latin-1 bytes next to a card number must not confuse the byte scanner.
        QByteArray latin1 = QByteArray("caf\xe9 4111111111111111 \xa3");
        int n = 0;
        const QByteArray out = PanGuard::mask(latin1, &n);
        QCOMPARE(n, 1);
        QCOMPARE(out, QByteArray("caf\xe9 ************1111 \xa3"));
    }
};

QTEST_GUILESS_MAIN(TestPanGuard)
#include "TestPanGuard.moc"
