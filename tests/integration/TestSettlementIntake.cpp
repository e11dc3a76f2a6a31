// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Settlement intake (settlement_intake): the settlement CSV reader (default and configured
// layouts, each refused line with its number and reason, the good lines kept), importing a file
// or a folder twice (nothing added the second time), and the Reporting API download against the
// Opayo sandbox, with catch-up of missed days (each batch fetched once).
#include "PiTestHelper.h"
#include "core/Clock.h"
#include "opayo/ReportingClient.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/opayo/SettlementBatcher.h"
#include "settlement/ReportingDownload.h"
#include "settlement/SettlementCsv.h"
#include "settlement/SettlementImport.h"
#include "store/Database.h"
#include "store/Settlements.h"
#include "store/Watermarks.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace bridge::settlement;
using namespace Qt::StringLiterals;
using bridge::test::TestDatabase;
using reconcile::LineType;

namespace {

template <typename T>
QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

qint64 count(store::Database& db, const QString& table)
{
    qint64 n = -1;
    const Result<void> ok = db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(c, u"SELECT COUNT(*) FROM "_s + table);
        if (!q) {
            return fail(q.error());
        }
        q->next();
        n = q->value(0).toLongLong();
        return {};
    });
    return ok ? n : -1;
}

const QByteArray kGoodFile = "batch_id,acquirer,settlement_date,type,transaction_id,vendor_tx_code,amount,currency,"
                             "fee,card_last_four\r\n"
                             "B-1,Elavon,2026-11-20,payment,{TXN-1},shop-1,100.00,GBP,1.20,4242\r\n"
                             "B-1,Elavon,2026-11-20,refund,TXN-2,shop-2,-25.50,GBP,,\r\n"
                             "B-1,Elavon,2026-11-20,fee,,,3.40,GBP,,\r\n"
                             "B-1,Elavon,2026-11-20,chargeback,TXN-3,shop-3,40.00,GBP,15.00,****1111\r\n"
                             "B-2,Amex,2026-11-20,payment,TXN-4,shop-4,70.00,GBP,,\r\n";

} // namespace

class TestSettlementIntake : public QObject
{
    Q_OBJECT

    const QDateTime m_start{QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};
    ManualClock m_clock{m_start};

private Q_SLOTS:
    void readsTheDefaultLayout()
    {
        Result<SettlementCsvFile> file = SettlementCsv::read(kGoodFile, SettlementCsvLayout::defaults(), u"a.csv"_s);
        QVERIFY2(file, qPrintable(errorOf(file)));
        QVERIFY(file->problems.isEmpty());
        QCOMPARE(file->linesRead, 5);
        QCOMPARE(file->batches.size(), 2);
        const store::SettlementBatchRecord& b1 = file->batches.first();
        QCOMPARE(b1.batchId, u"B-1"_s);
        QCOMPARE(b1.settledOn, QDate(2026, 11, 20));
        QCOMPARE(b1.lines.size(), 4);
        QCOMPARE(b1.lines[0].transactionId, u"TXN-1"_s); // braces dropped
        QCOMPARE(b1.lines[0].amount.minorUnits(), 10000);
        QCOMPARE(b1.lines[0].feeMinor, 120);
        QCOMPARE(b1.lines[1].type, LineType::Refund);
        QCOMPARE(b1.lines[1].amount.minorUnits(), 2550); // the sign is the type's
        QCOMPARE(b1.lines[2].type, LineType::Fee);
        QCOMPARE(b1.lines[3].type, LineType::Chargeback);
        QCOMPARE(b1.lines[3].cardLastFour, u"1111"_s);
        QCOMPARE(b1.lines[3].sourceLine, 5);
        QCOMPARE(b1.groups.size(), 1);
        QCOMPARE(b1.groups.first().paymentMinor, 10000);
        QCOMPARE(b1.groups.first().refundMinor, 2550);
    }

    void readsAConfiguredLayout()
    {
        Result<SettlementCsvLayout> layout = SettlementCsvLayout::parse(
            u"transactionId=VPSTxId; amount=Gross; currency=Ccy; settlementDate=Date; delimiter=semicolon; "
            "dateFormat=dd/MM/yyyy; defaultAcquirer=Barclaycard"_s);
        QVERIFY2(layout, qPrintable(errorOf(layout)));
        const QByteArray content = "Date;VPSTxId;Gross;Ccy\n20/11/2026;TXN-9;\"1,5\";EUR\n21/11/2026;TXN-8;2.00;EUR\n";
        Result<SettlementCsvFile> file = SettlementCsv::read(content, *layout, u"b.csv"_s);
        QVERIFY2(file, qPrintable(errorOf(file)));
        // "1,5" is not an amount; the other line is kept in a batch named after file and day.
        QCOMPARE(file->problems.size(), 1);
        QCOMPARE(file->problems.first().line, 2);
        QCOMPARE(file->batches.size(), 1);
        QCOMPARE(file->batches.first().acquirer, u"Barclaycard"_s);
        QCOMPARE(file->batches.first().batchId, u"b.csv:2026-11-21"_s);

        Result<SettlementCsvLayout> bad = SettlementCsvLayout::parse(u"amout=Gross"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"amout"_s) && bad.error().message.contains(u"settlement/csvColumns"_s),
                 qPrintable(bad.error().message));
        QVERIFY(!SettlementCsvLayout::parse(u"delimiter=pipe"_s));
    }

    void refusesBadLinesByNumberAndKeepsTheRest()
    {
        const QByteArray content = "settlement_date,type,transaction_id,amount,currency,card_last_four\n"
                                   "2026-11-20,payment,TXN-1,10.00,GBP,4242\n"             // 2 ok
                                   "20/11/2026,payment,TXN-2,10.00,GBP,\n"                 // 3 date
                                   "2026-11-20,bonus,TXN-3,10.00,GBP,\n"                   // 4 type
                                   "2026-11-20,payment,TXN-4,10.001,GBP,\n"                // 5 decimals
                                   "2026-11-20,payment,TXN-5,10.00,XXQ,\n"                 // 6 currency
                                   "2026-11-20,payment,TXN-6,10.00,GBP,4111111111111111\n" // 7 card number
                                   "2026-11-20,payment,TXN-7,10.00\n"                      // 8 cells
                                   "2026-11-20,payment,,0.00,GBP,\n"                       // 9 zero
                                   "2026-11-20,refund,TXN-9,5.00,GBP,\n";                  // 10 ok
        Result<SettlementCsvFile> file = SettlementCsv::read(content, SettlementCsvLayout::defaults(), u"c.csv"_s);
        QVERIFY2(file, qPrintable(errorOf(file)));
        QList<int> lines;
        for (const SettlementCsvProblem& p : file->problems) {
            lines.append(p.line);
            QVERIFY2(!p.reason.contains(u"4111111111111111"_s), qPrintable(p.reason));
        }
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 9}));
        QVERIFY2(file->problems[0].reason.contains(u"yyyy-MM-dd"_s), qPrintable(file->problems[0].reason));
        QVERIFY2(file->problems[1].reason.contains(u"bonus"_s), qPrintable(file->problems[1].reason));
        QVERIFY2(file->problems[3].reason.contains(u"XXQ"_s), qPrintable(file->problems[3].reason));
        QCOMPARE(file->batches.size(), 1);
        QCOMPARE(file->batches.first().lines.size(), 2);

        // A file without a needed column is refused whole, naming the column and what it has.
        Result<SettlementCsvFile> noAmount = SettlementCsv::read(
            "settlement_date,transaction_id,currency\n2026-11-20,T,GBP\n", SettlementCsvLayout::defaults(), u"d.csv"_s);
        QVERIFY(!noAmount);
        QVERIFY2(noAmount.error().message.contains(u"\"amount\""_s) &&
                     noAmount.error().message.contains(u"settlement_date, transaction_id, currency"_s) &&
                     noAmount.error().message.contains(u"d.csv"_s),
                 qPrintable(noAmount.error().message));
        QVERIFY(!SettlementCsv::read("\xff\xfe", SettlementCsvLayout::defaults(), u"e.csv"_s));
    }

    void importingAFileOrFolderTwiceAddsNothing()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        QTemporaryDir folder;
        QFile f(folder.filePath(u"settle-1.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kGoodFile);
        f.close();
        QFile bad(folder.filePath(u"settle-2.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("settlement_date,transaction_id,amount,currency\n2026-11-21,T-1,5.00,GBP\n2026-11-21,T-2,x,GBP\n");
        bad.close();

        SettlementImport import(tdb.database(), SettlementCsvLayout::defaults(), u"alice"_s);
        Result<QList<FileImportReport>> first = import.importFolder(folder.path());
        QVERIFY2(first, qPrintable(errorOf(first)));
        QCOMPARE(first->size(), 2);
        QCOMPARE(first->at(0).linesAdded, 5);
        QCOMPARE(first->at(0).batchesAdded, 2);
        QCOMPARE(first->at(1).linesAdded, 1);
        const QStringList described = SettlementImport::describe(first->at(1));
        QCOMPARE(described.size(), 1);
        QVERIFY2(described.first().contains(u"settle-2.csv line 3"_s), qPrintable(described.first()));

        Result<QList<FileImportReport>> again = import.importFolder(folder.path());
        QVERIFY2(again, qPrintable(errorOf(again)));
        QVERIFY(again->at(0).alreadyImported);
        QVERIFY(again->at(1).alreadyImported);
        // The same content under another name is still the same file.
        Result<FileImportReport> copy = import.importContent(u"renamed.csv"_s, kGoodFile);
        QVERIFY2(copy, qPrintable(errorOf(copy)));
        QVERIFY(copy->alreadyImported);
        // The same batches in a different file: the batches are known, nothing is added.
        Result<FileImportReport> other = import.importContent(u"other.csv"_s, kGoodFile + "\r\n");
        QVERIFY2(other, qPrintable(errorOf(other)));
        QVERIFY(!other->alreadyImported);
        QCOMPARE(other->batchesKnown, 2);
        QCOMPARE(other->linesAdded, 0);
        QCOMPARE(count(*tdb.database(), u"settlement_lines"_s), 6);

        Result<FileImportReport> missing = import.importFile(folder.filePath(u"nope.csv"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"nope.csv"_s), qPrintable(missing.error().message));
    }

    void reportingCatchUpFetchesMissedDaysOnce()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        m_clock.setNow(m_start);
        sandbox::opayo::OpayoSandboxConfig config;
        sandbox::opayo::OpayoSandbox sandbox(config, &m_clock);
        QVERIFY(sandbox.listenOn());
        test::PiTestHelper shop(sandbox.piBaseUrl(), config.integrationKey, config.integrationPassword);
        // Day 1 (2 March): 55 payments, more than one getBatchDetail page.
        for (int i = 0; i < 55; ++i) {
            QCOMPARE(shop.pay(u"Payment"_s, 1'000 + i, u"D1-%1"_s.arg(i)).status, 201);
        }
        m_clock.setNow(m_start.addDays(1));
        sandbox.settlement().catchUp();

        opayo::ReportingConfig rc;
        rc.url = QUrl(sandbox.reportingUrl());
        rc.vendor = config.vendorName;
        rc.user = config.reportingUser;
        rc.password = config.reportingPassword;
        rc.timeoutMs = 5'000;
        QNetworkAccessManager nam;
        opayo::ReportingClient client(&nam, rc);
        ReportingDownload download(&client, tdb.database(), m_clock);
        auto catchUp = [&]() -> Result<DownloadReport> {
            std::optional<Result<DownloadReport>> out;
            download.catchUp(QDate(2026, 3, 3), [&](Result<DownloadReport> r) { out = std::move(r); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000)) {
                return fail(Error::transient(u"test.timeout"_s, u"the download did not finish"_s));
            }
            return *out;
        };
        Result<DownloadReport> first = catchUp();
        QVERIFY2(first, qPrintable(errorOf(first)));
        QCOMPARE(first->batchesAdded, 1);
        QCOMPARE(first->linesAdded, 55);
        QCOMPARE(first->detailCalls, 2);

        // Day 2 and day 3 pay; the bridge does not run on 4 March; on 5 March it catches up.
        QCOMPARE(shop.pay(u"Payment"_s, 2'000, u"D2-1"_s).status, 201);
        QCOMPARE(shop.pay(u"Payment"_s, 2'100, u"D2-2"_s).status, 201);
        m_clock.setNow(m_start.addDays(2));
        sandbox.settlement().catchUp();
        QCOMPARE(shop.pay(u"Payment"_s, 3'000, u"D3-1"_s).status, 201);
        m_clock.setNow(m_start.addDays(3));
        sandbox.settlement().catchUp();

        Result<DownloadReport> second = catchUp();
        QVERIFY2(second, qPrintable(errorOf(second)));
        QCOMPARE(second->from, QDate(2026, 3, 3));
        QCOMPARE(second->to, QDate(2026, 3, 5));
        QCOMPARE(second->batchesKnown, 1); // 3 March again (a late batch would be found), not fetched
        QCOMPARE(second->batchesAdded, 2);
        QCOMPARE(second->linesAdded, 3);
        QCOMPARE(second->detailCalls, 2);
        QCOMPARE(*store::Watermarks(tdb.database(), m_clock).get(QString::fromLatin1(ReportingDownload::kWatermark)),
                 std::optional<QString>(u"2026-03-05"_s));

        Result<DownloadReport> third = catchUp();
        QVERIFY2(third, qPrintable(errorOf(third)));
        QCOMPARE(third->batchesAdded, 0);
        QCOMPARE(third->detailCalls, 0);
        QCOMPARE(count(*tdb.database(), u"settlement_lines"_s), 58);
        QCOMPARE(count(*tdb.database(), u"settlement_batches"_s), 3);
        Result<QList<store::SettlementBatchRecord>> batches =
            store::Settlements(tdb.database()).batches(QDate(2026, 3, 4), QDate(2026, 3, 4));
        QVERIFY2(batches, qPrintable(errorOf(batches)));
        QCOMPARE(batches->size(), 1);
        QCOMPARE(batches->first().groups.first().paymentMinor, 4'100);
    }
};

QTEST_GUILESS_MAIN(TestSettlementIntake)
#include "TestSettlementIntake.moc"
