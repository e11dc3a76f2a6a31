// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "reconcile/Matcher.h"
#include "reconcile/SettlementScenario.h"

#include <QTest>

using namespace bridge;
using namespace bridge::reconcile;
using namespace Qt::StringLiterals;

namespace {

constexpr qint32 kDay0 = 20'500;

/// A small hand-made settlement period: days are relative to kDay0.
struct Books {
    SettlementInput in;
    Currency gbp = Currency::of("GBP");

    quint32 entry(QStringView txn, QStringView vendor, qint64 amount, int day, qint16 lastFour = 1234,
                  EntryKind kind = EntryKind::Payment, std::optional<Currency> currency = {})
    {
        in.entries.push_back(LedgerEntry{.transactionId = in.strings.intern(txn),
                                         .vendorTxCode = in.strings.intern(vendor),
                                         .originalTransactionId = kNoString,
                                         .amount = Money(amount, currency.value_or(gbp)),
                                         .occurredAtMs = qint64(kDay0 + day) * kDayMs + 12 * 3'600'000,
                                         .cardLastFour = lastFour,
                                         .kind = kind});
        return quint32(in.entries.size() - 1);
    }
    /// A payment entry with its receipt.
    quint32 paid(QStringView txn, QStringView vendor, qint64 amount, int day, qint16 lastFour = 1234)
    {
        const quint32 e = entry(txn, vendor, amount, day, lastFour);
        const QString reference = u"RCP-"_s + txn;
        doc(txn, reference, amount);
        return e;
    }
    quint32 line(QStringView txn, QStringView vendor, qint64 amount, int settlementDay, qint16 lastFour = 1234,
                 LineType type = LineType::Payment, std::optional<Currency> currency = {}, QStringView batch = u"B1")
    {
        in.lines.push_back(SettlementLine{.batch = in.strings.intern(batch),
                                          .acquirer = in.strings.intern(u"Elavon"),
                                          .transactionId = in.strings.intern(txn),
                                          .vendorTxCode = in.strings.intern(vendor),
                                          .amount = Money(amount, currency.value_or(gbp)),
                                          .feeMinor = 0,
                                          .settlementDay = kDay0 + settlementDay,
                                          .cardLastFour = lastFour,
                                          .type = type});
        return quint32(in.lines.size() - 1);
    }
    quint32 doc(QStringView key, QStringView reference, qint64 amount, DocumentKind kind = DocumentKind::Receipt)
    {
        in.documents.push_back(SysproDocument{.key = in.strings.intern(key),
                                              .reference = in.strings.intern(reference),
                                              .amount = Money(amount, gbp),
                                              .kind = kind});
        return quint32(in.documents.size() - 1);
    }
    Reconciliation run(const MatchOptions& options = {}) const
    {
        Result<Reconciliation> r = Matcher(options).run(in);
        if (!r) {
            qWarning("matcher refused: %s", qPrintable(r.error().toString()));
            return {};
        }
        return *std::move(r);
    }
};

} // namespace

class TestReconcileMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transactionIdComesFirst()
    {
        Books b;
        const quint32 e = b.paid(u"T1", u"V1", 1250, 0);
        b.paid(u"T2", u"V2", 1250, 0); // same vendorTxCode on the line below must not win over T1
        const quint32 l = b.line(u"T1", u"V2", 1250, 1);
        const Reconciliation r = b.run();
        QCOMPARE(r.lines.size(), 1u);
        QVERIFY(r.lines[l].matched());
        QCOMPARE(r.lines[l].rule, MatchRule::TransactionId);
        QCOMPARE(r.lines[l].counterpart, e);
        QCOMPARE(r.lines[l].confidence, quint16(1000));
        QCOMPARE(r.entries[e].counterpart, l);
        QVERIFY(r.entries[e].matched());
        QCOMPARE(r.entries[1].discrepancy, Discrepancy::MissingInSettlement);
        QCOMPARE(r.matchedLines(), 1);
    }

    void vendorTxCodeWhenNoTransactionId()
    {
        Books b;
        const quint32 e = b.paid(u"T1", u"V1", 990, 0);
        const quint32 l = b.line(u"", u"V1", 990, 1);
        const Reconciliation r = b.run();
        QVERIFY(r.lines[l].matched());
        QCOMPARE(r.lines[l].rule, MatchRule::VendorTxCode);
        QCOMPARE(r.lines[l].counterpart, e);
    }

    void fuzzyConfidenceFallsWithTheDate_data()
    {
        QTest::addColumn<int>("settlementDay");
        QTest::addColumn<int>("confidence");
        QTest::addColumn<bool>("matched");
        QTest::newRow("usual lag (1 day)") << 1 << 950 << true;
        QTest::newRow("same day") << 0 << 900 << true;
        QTest::newRow("2 days") << 2 << 900 << true;
        QTest::newRow("3 days: edge of the window") << 3 << 850 << true;
        QTest::newRow("4 days: outside") << 4 << 0 << false;
        QTest::newRow("before the payment") << -1 << 0 << false;
    }
    void fuzzyConfidenceFallsWithTheDate()
    {
        QFETCH(int, settlementDay);
        QFETCH(int, confidence);
        QFETCH(bool, matched);
        Books b;
        const quint32 e = b.paid(u"T1", u"V1", 4321, 0, 4242);
        const quint32 l = b.line(u"", u"", 4321, settlementDay, 4242);
        const Reconciliation r = b.run();
        QCOMPARE(r.lines[l].matched(), matched);
        if (matched) {
            QCOMPARE(r.lines[l].rule, MatchRule::AmountDateCard);
            QCOMPARE(int(r.lines[l].confidence), confidence);
            QCOMPARE(r.lines[l].counterpart, e);
            QCOMPARE(r.entries[e].confidence, r.lines[l].confidence);
        } else {
            QCOMPARE(r.lines[l].discrepancy, Discrepancy::UnknownTransaction);
            QCOMPARE(r.lines[l].resolution, Resolution::Investigate);
        }
    }

    void fuzzyNeedsTheSameCardAndAmount()
    {
        Books b;
        b.paid(u"T1", u"V1", 4321, 0, 4242);
        b.paid(u"T2", u"V2", 4322, 0, 1111);
        const quint32 otherCard = b.line(u"", u"", 4321, 1, 1111);
        const quint32 otherAmount = b.line(u"", u"", 4320, 1, 4242);
        const Reconciliation r = b.run();
        QCOMPARE(r.lines[otherCard].discrepancy, Discrepancy::UnknownTransaction);
        QCOMPARE(r.lines[otherAmount].discrepancy, Discrepancy::UnknownTransaction);
    }

    void fuzzyWithoutCardIsOnlyASuggestion()
    {
        Books b;
        const quint32 e = b.paid(u"T1", u"V1", 4321, 0, kNoLastFour);
        const quint32 l = b.line(u"", u"", 4321, 1, 4242);
        const Reconciliation r = b.run();
        QCOMPARE(r.lines[l].discrepancy, Discrepancy::UncertainMatch);
        QCOMPARE(r.lines[l].resolution, Resolution::ConfirmMatch);
        QCOMPARE(int(r.lines[l].confidence), 650);
        QCOMPARE(r.lines[l].counterpart, e);
        QCOMPARE(r.lines[l].related, kNone);
        QCOMPARE(r.entries[e].discrepancy, Discrepancy::UncertainMatch);
        QVERIFY(r.describeLine(b.in, l).contains(u"650"_s));
    }

    void twoEquallyGoodCandidatesAreNotMatched()
    {
        Books b;
        const quint32 a = b.paid(u"T1", u"V1", 4321, 0, 4242);
        const quint32 c = b.paid(u"T2", u"V2", 4321, 0, 4242);
        const quint32 l = b.line(u"", u"", 4321, 1, 4242);
        const Reconciliation r = b.run();
        QCOMPARE(r.lines[l].discrepancy, Discrepancy::UncertainMatch);
        QCOMPARE(int(r.lines[l].confidence), 950);
        QCOMPARE(r.lines[l].counterpart, a);
        QCOMPARE(r.lines[l].related, c);
        QCOMPARE(r.entries[a].discrepancy, Discrepancy::UncertainMatch);
        QCOMPARE(r.entries[c].discrepancy, Discrepancy::UncertainMatch);
        QCOMPARE(r.matchedLines(), 0);
        // A leader by exactly the margin (950 against 900, margin 50) is not enough...
        Books d;
        d.paid(u"T1", u"V1", 4321, -1, 4242);
        const quint32 near = d.paid(u"T2", u"V2", 4321, 0, 4242);
        d.line(u"", u"", 4321, 1, 4242);
        QCOMPARE(d.run().lines[0].discrepancy, Discrepancy::UncertainMatch);
        // ...one more than the margin is.
        const Reconciliation r2 = d.run(MatchOptions{.ambiguityMargin = 49});
        QVERIFY(r2.lines[0].matched());
        QCOMPARE(r2.lines[0].counterpart, near);
        QCOMPARE(r2.entries[0].discrepancy, Discrepancy::MissingInSettlement);
        // Two days apart (950 against 850) is a clear lead with the default margin.
        Books f;
        f.paid(u"T1", u"V1", 4321, -2, 4242);
        f.paid(u"T2", u"V2", 4321, 0, 4242);
        f.line(u"", u"", 4321, 1, 4242);
        QCOMPARE(f.run().lines[0].counterpart, 1u);
        QVERIFY(f.run().lines[0].matched());
    }

    void aLineWithAnUnknownTransactionIdIsNotGuessed()
    {
        Books b;
        b.paid(u"T1", u"V1", 4321, 0, 4242);
        const quint32 l = b.line(u"T-ELSEWHERE", u"", 4321, 1, 4242);
        QCOMPARE(b.run().lines[l].discrepancy, Discrepancy::UnknownTransaction);
        QVERIFY(b.run(MatchOptions{.fuzzyOnlyWithoutTransactionId = false}).lines[l].matched());
    }

    void manyLinesSettleOneEntry()
    {
        Books b;
        const quint32 e = b.paid(u"T1", u"V1", 10000, 0);
        const quint32 l1 = b.line(u"T1", u"V1", 6000, 1);
        const quint32 l2 = b.line(u"T1", u"V1", 4000, 2);
        const Reconciliation r = b.run();
        QVERIFY(r.lines[l1].matched());
        QVERIFY(r.lines[l2].matched());
        QCOMPARE(r.groups.size(), 1u);
        QCOMPARE(r.groups[0].kind, GroupKind::ManyToOne);
        QCOMPARE(r.groups[0].lines, (std::vector<quint32>{l1, l2}));
        QCOMPARE(r.groups[0].entries, std::vector<quint32>{e});
        QCOMPARE(r.lines[l2].group, 0u);
        QCOMPARE(r.entries[e].group, 0u);
        QVERIFY(r.entries[e].matched());
        QVERIFY(r.describeLine(b.in, l2).contains(u"group of 2 lines and 1 ledger entries"_s));
    }

    void oneLineSettlesSeveralEntries()
    {
        Books b;
        const quint32 e1 = b.paid(u"T1", u"ORDER-7", 3000, 0);
        const quint32 e2 = b.paid(u"T2", u"ORDER-7", 2000, 0);
        const quint32 l = b.line(u"", u"ORDER-7", 5000, 1);
        const Reconciliation r = b.run();
        QVERIFY(r.lines[l].matched());
        QCOMPARE(r.groups.size(), 1u);
        QCOMPARE(r.groups[0].kind, GroupKind::OneToMany);
        QCOMPARE(r.groups[0].entries, (std::vector<quint32>{e1, e2}));
        QVERIFY(r.entries[e1].matched());
        QVERIFY(r.entries[e2].matched());
        QCOMPARE(r.entries[e2].counterpart, l);
        // One of the entries without its receipt: the group is not reconciled.
        Books c;
        c.paid(u"T1", u"ORDER-7", 3000, 0);
        c.entry(u"T2", u"ORDER-7", 2000, 0);
        c.line(u"", u"ORDER-7", 5000, 1);
        const Reconciliation r2 = c.run();
        QCOMPARE(r2.lines[0].discrepancy, Discrepancy::MissingInSyspro);
        QVERIFY(r2.entries[0].matched());
        QCOMPARE(r2.entries[1].discrepancy, Discrepancy::MissingInSyspro);
    }

    void feeToleranceEdges_data()
    {
        QTest::addColumn<qint64>("settled");
        QTest::addColumn<qint64>("toleranceMinor");
        QTest::addColumn<Discrepancy>("expected");
        QTest::addColumn<qint64>("difference");
        // Ledger 100.00 GBP; 300 basis points allow up to 3.00 short.
        QTest::newRow("exact") << qint64(10000) << qint64(0) << Discrepancy::None << qint64(0);
        QTest::newRow("1p short") << qint64(9999) << qint64(0) << Discrepancy::FeeDifference << qint64(1);
        QTest::newRow("3.00 short: the edge") << qint64(9700) << qint64(0) << Discrepancy::FeeDifference << qint64(300);
        QTest::newRow("3.01 short") << qint64(9699) << qint64(0) << Discrepancy::AmountMismatch << qint64(301);
        QTest::newRow("1p over") << qint64(10001) << qint64(0) << Discrepancy::AmountMismatch << qint64(-1);
        QTest::newRow("1p over, 1p tolerated") << qint64(10001) << qint64(1) << Discrepancy::None << qint64(0);
        QTest::newRow("2p short, 1p tolerated") << qint64(9998) << qint64(1) << Discrepancy::FeeDifference << qint64(2);
    }
    void feeToleranceEdges()
    {
        QFETCH(qint64, settled);
        QFETCH(qint64, toleranceMinor);
        QFETCH(Discrepancy, expected);
        QFETCH(qint64, difference);
        Books b;
        const quint32 e = b.paid(u"T1", u"V1", 10000, 0);
        const quint32 l = b.line(u"T1", u"V1", settled, 1);
        const Reconciliation r = b.run(MatchOptions{.amountToleranceMinor = toleranceMinor});
        QCOMPARE(r.lines[l].discrepancy, expected);
        QCOMPARE(r.lines[l].difference, difference);
        QCOMPARE(r.entries[e].discrepancy, expected);
        if (expected != Discrepancy::None) {
            QCOMPARE(r.lines[l].resolution, Resolution::PostAdjustmentJournal);
        }
    }

    void sysproSide()
    {
        Books b;
        b.entry(u"T1", u"V1", 1250, 0); // no receipt
        b.line(u"T1", u"V1", 1250, 1);
        b.entry(u"T2", u"V2", 1250, 0);
        b.doc(u"T2", u"RCP-A", 1250);
        const quint32 dup = b.doc(u"T2", u"RCP-B", 1250);
        b.line(u"T2", u"V2", 1250, 1);
        b.entry(u"T3", u"V3", 1250, 0);
        b.doc(u"T3", u"RCP-C", 1000);
        b.doc(u"T3", u"RCP-D", 250); // a split receipt: fine
        b.line(u"T3", u"V3", 1250, 1);
        b.entry(u"T4", u"V4", 1250, 0);
        const quint32 off = b.doc(u"T4", u"RCP-E", 1200);
        b.line(u"T4", u"V4", 1250, 1);
        b.entry(u"R5", u"RV5", 500, 0, 1234, EntryKind::Refund); // no credit note
        b.line(u"R5", u"RV5", 500, 1, 1234, LineType::Refund);
        const Reconciliation r = b.run();
        QCOMPARE(r.lines[0].discrepancy, Discrepancy::MissingInSyspro);
        QCOMPARE(r.lines[0].resolution, Resolution::PostMissingReceipt);
        QCOMPARE(r.lines[1].discrepancy, Discrepancy::DuplicateInSyspro);
        QCOMPARE(r.lines[1].resolution, Resolution::ReverseDuplicate);
        QCOMPARE(r.lines[1].document, dup);
        QVERIFY(r.lines[2].matched());
        QCOMPARE(r.lines[3].discrepancy, Discrepancy::AmountMismatch);
        QCOMPARE(r.lines[3].document, off);
        QCOMPARE(r.lines[3].difference, qint64(50));
        QCOMPARE(r.lines[4].discrepancy, Discrepancy::MissingInSyspro);
        QCOMPARE(r.lines[4].resolution, Resolution::PostMissingCreditNote);
        const QString evidence = r.describeLine(b.in, 1);
        QVERIFY2(evidence.contains(u"RCP-B"_s) && evidence.contains(u"12.50 GBP"_s) && evidence.contains(u"T2"_s) &&
                     evidence.contains(u"reverse the duplicate"_s),
                 qPrintable(evidence));
    }

    void settlementSide()
    {
        Books b;
        const Currency eur = Currency::of("EUR");
        b.paid(u"T1", u"V1", 1250, 0);
        const quint32 first = b.line(u"T1", u"V1", 1250, 1);
        const quint32 again = b.line(u"T1", u"V1", 1250, 2);
        b.paid(u"T2", u"V2", 1250, 0);
        const quint32 euro = b.line(u"T2", u"V2", 1250, 1, 1234, LineType::Payment, eur);
        const quint32 unknown = b.line(u"T9", u"V9", 700, 1);
        b.paid(u"T3", u"V3", 800, 0);
        b.line(u"T3", u"V3", 800, 1);
        const quint32 chargeback = b.line(u"T3", u"V3", 800, 3, 1234, LineType::Chargeback);
        b.paid(u"T4", u"V4", 900, 0);
        b.line(u"T4", u"V4", 900, 1);
        const quint32 bookedChargeback = b.line(u"T4", u"V4", 900, 3, 1234, LineType::Chargeback);
        b.doc(u"T4", u"JNL-CB4", 900, DocumentKind::Journal);
        const quint32 fee = b.line(u"", u"", 1999, 3, kNoLastFour, LineType::Fee);
        b.doc(u"B1", u"JNL-FEE1", 1999, DocumentKind::Journal);
        const quint32 unbookedFee = b.line(u"", u"", 2500, 3, kNoLastFour, LineType::Fee, {}, u"B2");
        const Reconciliation r = b.run();
        QVERIFY(r.lines[first].matched());
        QCOMPARE(r.lines[again].discrepancy, Discrepancy::DuplicateInSettlement);
        QCOMPARE(r.lines[again].related, first);
        QCOMPARE(r.lines[again].resolution, Resolution::ReverseDuplicate);
        QVERIFY(r.entries[0].matched());
        QCOMPARE(r.lines[euro].discrepancy, Discrepancy::CurrencyMismatch);
        QCOMPARE(r.lines[euro].resolution, Resolution::Investigate);
        QCOMPARE(r.lines[unknown].discrepancy, Discrepancy::UnknownTransaction);
        QCOMPARE(r.lines[chargeback].discrepancy, Discrepancy::Chargeback);
        QCOMPARE(r.lines[chargeback].resolution, Resolution::PostAdjustmentJournal);
        QCOMPARE(r.lines[chargeback].counterpart, 2u);
        QVERIFY(r.lines[bookedChargeback].matched());
        QCOMPARE(r.lines[bookedChargeback].rule, MatchRule::ChargebackJournal);
        QVERIFY(r.lines[fee].matched());
        QCOMPARE(r.lines[fee].rule, MatchRule::FeeJournal);
        QCOMPARE(r.lines[unbookedFee].discrepancy, Discrepancy::FeeDifference);
        QCOMPARE(r.lines[unbookedFee].difference, qint64(2500));
        QVERIFY(r.describeLine(b.in, again).contains(u"line 1 of batch B1 already did"_s));
        QVERIFY(r.describeLine(b.in, unbookedFee).contains(u"25.00 GBP"_s));
    }

    void ledgerEntriesNoBatchHolds()
    {
        Books b;
        // The last batch is settled on day 5, holding day 4's transactions.
        b.paid(u"T0", u"V0", 100, 4);
        b.line(u"T0", u"V0", 100, 5);
        const quint32 old = b.paid(u"T1", u"V1", 100, 2);
        const quint32 today = b.paid(u"T2", u"V2", 100, 5);
        const quint32 oldRefund = b.entry(u"R3", u"RV3", 50, 2, 1234, EntryKind::Refund);
        const quint32 newRefund = b.entry(u"R4", u"RV4", 50, 5, 1234, EntryKind::Refund);
        const Reconciliation r = b.run();
        QCOMPARE(r.entries[old].discrepancy, Discrepancy::MissingInSettlement);
        QCOMPARE(r.entries[old].resolution, Resolution::Investigate);
        QCOMPARE(r.entries[today].discrepancy, Discrepancy::NotYetSettled);
        QCOMPARE(r.entries[today].resolution, Resolution::WaitForNextBatch);
        QCOMPARE(r.entries[oldRefund].discrepancy, Discrepancy::RefundNotSettled);
        QCOMPARE(r.entries[oldRefund].resolution, Resolution::Investigate);
        QCOMPARE(r.entries[newRefund].discrepancy, Discrepancy::RefundNotSettled);
        QCOMPARE(r.entries[newRefund].resolution, Resolution::WaitForNextBatch);
        QVERIFY(r.describeEntry(b.in, today).contains(u"next batch"_s));
    }

    void summaryPerBatchAndCurrency()
    {
        Books b;
        b.paid(u"T1", u"V1", 10000, 0);
        b.line(u"T1", u"V1", 10000, 1);
        b.in.lines.back().feeMinor = 120;
        b.paid(u"T2", u"V2", 5000, 0);
        b.line(u"T2", u"V2", 4990, 1); // fee difference 10
        b.entry(u"R3", u"RV3", 2000, 0, 1234, EntryKind::Refund);
        b.doc(u"R3", u"CRN-1", 2000, DocumentKind::CreditNote);
        b.line(u"R3", u"RV3", 2000, 1, 1234, LineType::Refund);
        b.line(u"", u"", 300, 1, kNoLastFour, LineType::Fee);
        b.paid(u"T4", u"V4", 700, 3); // after the cut-off
        const Reconciliation r = b.run();
        QCOMPARE(r.summaries.size(), 2u);
        const BatchSummary& none = r.summaries[0];
        QCOMPARE(none.batch, kNoString);
        QCOMPARE(none.byClass[std::size_t(Discrepancy::NotYetSettled)], (ClassTotal{1, 700}));
        const BatchSummary& s = r.summaries[1];
        QCOMPARE(b.in.strings.text(s.batch), u"B1"_s);
        QCOMPARE(s.currencyCode, u"GBP"_s);
        QCOMPARE(s.lines, 4);
        QCOMPARE(s.matched, 2);
        QCOMPARE(s.byClass[std::size_t(Discrepancy::FeeDifference)], (ClassTotal{2, 4990 + 300}));
        QCOMPARE(s.grossMinor, 14990);
        QCOMPARE(s.refundsMinor, 2000);
        QCOMPARE(s.feesMinor, 420);
        QCOMPARE(s.netMinor, 14990 - 2000 - 420);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("line amount") << 0 << u"reconcile.line_amount"_s << u"Settlement line 2 (batch B1)"_s;
        QTest::newRow("ledger transactionId twice") << 1 << u"reconcile.entry_twice"_s << u"T1"_s;
        QTest::newRow("entry amount") << 2 << u"reconcile.entry_amount"_s << u"-1.00"_s;
        QTest::newRow("card digits") << 3 << u"reconcile.line_card"_s << u"12345"_s;
        QTest::newRow("options") << 4 << u"reconcile.options"_s << u"basis points"_s;
        QTest::newRow("document amount") << 5 << u"reconcile.document_amount"_s << u"RCP-T1"_s;
    }
    void refusals()
    {
        QFETCH(int, breakage);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        Books b;
        b.paid(u"T1", u"V1", 100, 0);
        b.line(u"T1", u"V1", 100, 1);
        b.line(u"T1", u"V1", 100, 1);
        MatchOptions options;
        switch (breakage) {
        case 0:
            b.in.lines[1].amount = Money(0, b.gbp);
            break;
        case 1:
            b.entry(u"T1", u"V9", 100, 0);
            break;
        case 2:
            b.entry(u"T2", u"V2", -100, 0);
            break;
        case 3:
            b.in.lines[0].cardLastFour = 12345;
            break;
        case 4:
            options.feeToleranceBasisPoints = 10001;
            break;
        case 5:
            b.in.documents[0].amount = Money(0, b.gbp);
            break;
        }
        const Result<Reconciliation> r = Matcher(options).run(b.in);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void sameInputSameResultWhateverTheInterningOrder()
    {
        const SettlementScenario s = SettlementScenario::generate(ScenarioOptions{.seed = 7, .entries = 5000});
        const Result<Reconciliation> first = Matcher().run(s.input);
        const Result<Reconciliation> second = Matcher().run(s.input);
        QVERIFY(first && second);
        QVERIFY(first->lines == second->lines);
        QVERIFY(first->entries == second->entries);
        QVERIFY(first->summaries == second->summaries);
        // The same rows with every string interned in reverse order: other ids, same result.
        SettlementInput shuffled;
        std::vector<StringId> remap(std::size_t(s.input.strings.size()) + 1, kNoString);
        for (StringId id = s.input.strings.size(); id >= 1; --id) {
            remap[id] = shuffled.strings.intern(s.input.strings.view(id));
        }
        QVERIFY(remap[1] != 1);
        for (SettlementLine l : s.input.lines) {
            l.batch = remap[l.batch];
            l.acquirer = remap[l.acquirer];
            l.transactionId = remap[l.transactionId];
            l.vendorTxCode = remap[l.vendorTxCode];
            shuffled.lines.push_back(l);
        }
        for (LedgerEntry e : s.input.entries) {
            e.transactionId = remap[e.transactionId];
            e.vendorTxCode = remap[e.vendorTxCode];
            e.originalTransactionId = remap[e.originalTransactionId];
            shuffled.entries.push_back(e);
        }
        for (SysproDocument d : s.input.documents) {
            d.key = remap[d.key];
            d.reference = remap[d.reference];
            shuffled.documents.push_back(d);
        }
        const Result<Reconciliation> third = Matcher().run(shuffled);
        QVERIFY(third);
        QVERIFY(first->lines == third->lines);
        QVERIFY(first->entries == third->entries);
        QVERIFY(first->groups == third->groups);
        QCOMPARE(first->summaries.size(), third->summaries.size());
        for (std::size_t i = 0; i < first->summaries.size(); ++i) {
            BatchSummary a = first->summaries[i];
            BatchSummary c = third->summaries[i];
            QCOMPARE(s.input.strings.text(a.batch), shuffled.strings.text(c.batch));
            a.batch = c.batch = kNoString;
            QVERIFY(a == c);
        }
    }

    void generatorTruthAtTwentyThousand()
    {
        const SettlementScenario s = SettlementScenario::generate(ScenarioOptions{.entries = 20'000});
        QCOMPARE(s.lineTruth.size(), s.input.lines.size());
        QCOMPARE(s.entryTruth.size(), s.input.entries.size());
        const Result<Reconciliation> r = Matcher().run(s.input);
        QVERIFY(r);
        const auto lines = qint64(s.input.lines.size());
        const qint64 matched = r->matchedLines();
        qInfo("auto-matched %lld of %lld lines (%.2f%%)", static_cast<long long>(matched),
              static_cast<long long>(lines), 100.0 * double(matched) / double(lines));
        QVERIFY2(matched * 100 >= lines * 95, "fewer than 95% of the lines were matched automatically");
        // Every class the generator plants occurs, so that agreement below means something.
        for (int c = 0; c < kDiscrepancyCount; ++c) {
            const auto cls = Discrepancy(c);
            const bool planted = std::count(s.lineTruth.begin(), s.lineTruth.end(), cls) > 0 ||
                                 std::count(s.entryTruth.begin(), s.entryTruth.end(), cls) > 0;
            QVERIFY2(planted, qPrintable(u"the generator plants no "_s + Reconciliation::discrepancyName(cls)));
        }
        int wrong = 0;
        for (std::size_t i = 0; i < s.lineTruth.size(); ++i) {
            if (r->lines[i].discrepancy != s.lineTruth[i] && ++wrong <= 10) {
                qWarning("line %zu: %s; truth: %s", i + 1, qPrintable(r->describeLine(s.input, quint32(i))),
                         qPrintable(Reconciliation::discrepancyName(s.lineTruth[i])));
            }
        }
        for (std::size_t i = 0; i < s.entryTruth.size(); ++i) {
            if (r->entries[i].discrepancy != s.entryTruth[i] && ++wrong <= 10) {
                qWarning("ledger entry %zu: %s; truth: %s", i + 1, qPrintable(r->describeEntry(s.input, quint32(i))),
                         qPrintable(Reconciliation::discrepancyName(s.entryTruth[i])));
            }
        }
        QCOMPARE(wrong, 0);
    }
};

QTEST_GUILESS_MAIN(TestReconcileMatcher)
#include "TestReconcileMatcher.moc"
