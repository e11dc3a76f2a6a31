// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Settlement batches and reconciliation runs on SQLite (settlements_sqlite) and PostgreSQL
// (settlements_postgres): recording a batch or a file twice adds nothing, a bad line refuses the
// whole record and names itself, a period loads into the matcher with its ledger entries and
// SYSPRO documents, and a run's results are stored (and how long a big run takes to store).
#include "core/Clock.h"
#include "reconcile/Matcher.h"
#include "reconcile/SettlementScenario.h"
#include "store/Database.h"
#include "store/Ledger.h"
#include "store/Settlements.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace bridge;
using namespace bridge::store;
using namespace Qt::StringLiterals;
using bridge::test::TestDatabase;
using reconcile::Discrepancy;
using reconcile::LineType;

namespace {

Money gbp(qint64 minor)
{
    return Money(minor, Currency::of("GBP"));
}

template <typename T>
QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

const QDate kDay(2026, 11, 20); // settlement day; the payments occurred the day before
const qint64 kPaidAt = QDateTime(kDay.addDays(-1), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch();

SettlementLineRecord line(LineType type, const QString& txn, const QString& vendor, qint64 minor)
{
    SettlementLineRecord l;
    l.type = type;
    l.transactionId = txn;
    l.vendorTxCode = vendor;
    l.amount = gbp(minor);
    l.cardLastFour = u"4242"_s;
    return l;
}

SettlementBatchRecord batch(const QString& id)
{
    SettlementBatchRecord b;
    b.batchId = id;
    b.acquirer = u"Elavon"_s;
    b.settledOn = kDay;
    b.completedAtMs = QDateTime(kDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    b.groups.append({u"GBP"_s, 2, 15000, 0, 0});
    b.lines.append(line(LineType::Payment, u"TXN-A"_s, u"shop-A"_s, 10000));
    b.lines.append(line(LineType::Payment, u"TXN-B"_s, u"shop-B"_s, 5000));
    return b;
}

qint64 count(Database& db, const QString& table)
{
    qint64 n = -1;
    const Result<void> ok = db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(c, u"SELECT COUNT(*) FROM "_s + table);
        if (!q) {
            return fail(q.error());
        }
        q->next();
        n = q->value(0).toLongLong();
        return {};
    });
    return ok ? n : -1;
}

/// TXN-A (100.00, receipted), TXN-B (50.00, no receipt yet), TXN-C (20.00 on the settlement day
/// itself: not settled yet), TXN-D (30.00 the day before, in no batch).
void seedLedger(Database& db)
{
    const Result<void> ok = db.write([&db](QSqlDatabase& tx) -> Result<void> {
        for (const auto& [id, minor, at] :
             {std::tuple{u"TXN-A"_s, 10000, kPaidAt}, std::tuple{u"TXN-B"_s, 5000, kPaidAt},
              std::tuple{u"TXN-C"_s, 2000, kPaidAt + reconcile::kDayMs}, std::tuple{u"TXN-D"_s, 3000, kPaidAt}}) {
            LedgerPayment p;
            p.transactionId = id;
            p.vendorTxCode = u"shop-"_s + id.right(1);
            p.customer = u"CUST01"_s;
            p.amount = gbp(minor);
            p.status = u"OK"_s;
            p.occurredAt = at;
            if (Result<Ledger::Recorded> r = Ledger::recordPayment(tx, db.isPostgres(), at, p); !r) {
                return fail(r.error());
            }
        }
        LedgerLink link;
        link.transactionId = u"TXN-A"_s;
        link.commandKind = u"ARSTPY"_s;
        link.businessKey = u"TXN-A"_s;
        link.documentKey = u"RCPT-0001"_s;
        return Ledger::link(tx, kPaidAt, link);
    });
    QVERIFY2(ok, qPrintable(errorOf(ok)));
}

} // namespace

class TestSettlements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordingABatchTwiceAddsNothing()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Settlements settlements(tdb.database());
        Result<SettlementRecordResult> first = settlements.record({batch(u"100001"_s)}, SettlementSource::Reporting);
        QVERIFY2(first, qPrintable(errorOf(first)));
        QCOMPARE(first->batchesAdded, 1);
        QCOMPARE(first->linesAdded, 2);
        Result<SettlementRecordResult> again =
            settlements.record({batch(u"100001"_s), batch(u"100002"_s)}, SettlementSource::Reporting);
        QVERIFY2(again, qPrintable(errorOf(again)));
        QCOMPARE(again->batchesKnown, 1);
        QCOMPARE(again->batchesAdded, 1);
        QCOMPARE(again->linesAdded, 2);
        QCOMPARE(count(*tdb.database(), u"settlement_lines"_s), 4);
        QCOMPARE(count(*tdb.database(), u"settlement_batch_groups"_s), 2);
        QVERIFY(*settlements.batchKnown(u"Elavon"_s, u"100002"_s));
        Result<QList<SettlementBatchRecord>> listed = settlements.batches(kDay, kDay);
        QVERIFY2(listed, qPrintable(errorOf(listed)));
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().groups.size(), 1);
        QCOMPARE(listed->first().groups.first().paymentMinor, 15000);
    }

    void importingAFileTwiceAddsNothing()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Settlements settlements(tdb.database());
        const SettlementFileRecord file{u"settle-2026-11-20.csv"_s, u"AB12"_s.repeated(16), u"file"_s, 2, 0};
        Result<SettlementRecordResult> first =
            settlements.record({batch(u"F-1"_s)}, SettlementSource::File, file, u"alice"_s);
        QVERIFY2(first, qPrintable(errorOf(first)));
        QCOMPARE(first->linesAdded, 2);
        QVERIFY(*settlements.fileKnown(u"ab12"_s.repeated(16)));
        // The same bytes under another name: known by its SHA-256, nothing added.
        SettlementFileRecord renamed = file;
        renamed.fileName = u"copy.csv"_s;
        Result<SettlementRecordResult> again =
            settlements.record({batch(u"F-1"_s), batch(u"F-2"_s)}, SettlementSource::File, renamed, u"alice"_s);
        QVERIFY2(again, qPrintable(errorOf(again)));
        QVERIFY(again->fileKnown);
        QCOMPARE(again->linesAdded, 0);
        QCOMPARE(count(*tdb.database(), u"settlement_lines"_s), 2);
        QCOMPARE(count(*tdb.database(), u"settlement_files"_s), 1);
    }

    void oddTextSurvivesTheBatchedInsert()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Settlements settlements(tdb.database());
        SettlementBatchRecord b = batch(u"100009"_s);
        const QString odd = u"shop \"7\", {x} \\ NULL é"_s;
        b.lines[0].vendorTxCode = odd;
        b.lines[1].transactionId.clear();
        b.lines[1].cardLastFour.clear();
        QVERIFY(settlements.record({b}, SettlementSource::Reporting));
        Result<SettlementPeriod> period = settlements.load(kDay, kDay, {});
        QVERIFY2(period, qPrintable(errorOf(period)));
        QCOMPARE(period->input.lines.size(), std::size_t(2));
        QCOMPARE(period->input.strings.text(period->input.lines[0].vendorTxCode), odd);
        QCOMPARE(period->input.lines[1].transactionId, reconcile::kNoString);
        QCOMPARE(period->input.lines[1].cardLastFour, reconcile::kNoLastFour);
        QCOMPARE(period->lineSeqs, (std::vector<qint32>{1, 2}));
    }

    void aBadLineRefusesTheRecordAndNamesItself()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Settlements settlements(tdb.database());
        SettlementBatchRecord b = batch(u"100003"_s);
        b.lines[1].amount = gbp(0);
        b.lines[1].sourceLine = 7;
        Result<SettlementRecordResult> r = settlements.record({b}, SettlementSource::File);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"Line 7"_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"100003"_s), qPrintable(r.error().message));
        SettlementBatchRecord card = batch(u"100004"_s);
        card.lines[0].cardLastFour = u"4111111111111111"_s;
        r = settlements.record({card}, SettlementSource::File);
        QVERIFY(!r);
        QVERIFY2(!r.error().message.contains(u"4111111111111111"_s), qPrintable(r.error().message));
        QCOMPARE(count(*tdb.database(), u"settlement_batches"_s), 0);
    }

    void aPeriodLoadsIntoTheMatcherAndTheRunIsStored()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        seedLedger(*tdb.database());
        Settlements settlements(tdb.database());
        SettlementBatchRecord b = batch(u"100005"_s);
        b.lines.append(line(LineType::Payment, u"TXN-X"_s, u"shop-X"_s, 700)); // unknown to the ledger
        QVERIFY(settlements.record({b}, SettlementSource::Reporting));

        const reconcile::MatchOptions options;
        Result<SettlementPeriod> period = settlements.load(kDay, kDay, options);
        QVERIFY2(period, qPrintable(errorOf(period)));
        QCOMPARE(period->input.lines.size(), std::size_t(3));
        QCOMPARE(period->input.entries.size(), std::size_t(4));
        QCOMPARE(period->input.documents.size(), std::size_t(1));
        Result<reconcile::Reconciliation> result = reconcile::Matcher(options).run(period->input);
        QVERIFY2(result, qPrintable(errorOf(result)));
        QCOMPARE(result->lines[0].discrepancy, Discrepancy::None);            // TXN-A
        QCOMPARE(result->lines[1].discrepancy, Discrepancy::MissingInSyspro); // TXN-B: no receipt
        QCOMPARE(result->lines[2].discrepancy, Discrepancy::UnknownTransaction);
        const auto& strings = period->input.strings;
        for (std::size_t i = 0; i < period->input.entries.size(); ++i) {
            const QString id = strings.text(period->input.entries[i].transactionId);
            if (id == u"TXN-C"_s) {
                QCOMPARE(result->entries[i].discrepancy, Discrepancy::NotYetSettled);
            } else if (id == u"TXN-D"_s) {
                QCOMPARE(result->entries[i].discrepancy, Discrepancy::MissingInSettlement);
            }
        }
        Result<qint64> run = settlements.storeRun(*period, *result, options, u"alice"_s);
        QVERIFY2(run, qPrintable(errorOf(run)));
        Result<std::optional<ReconcileRunRecord>> stored = settlements.run(*run);
        QVERIFY2(stored && *stored, qPrintable(errorOf(stored)));
        QCOMPARE((*stored)->lines, 3);
        QCOMPARE((*stored)->matched, 1);
        QCOMPARE((*stored)->startedBy, u"alice"_s);
        Result<QHash<QString, qint64>> counts = settlements.resultCounts(*run);
        QVERIFY2(counts, qPrintable(errorOf(counts)));
        QCOMPARE(counts->value(u"missing_in_syspro"_s), 2); // the line and its entry
        QCOMPARE(counts->value(u"unknown_transaction"_s), 1);
        QCOMPARE(counts->value(u"not_yet_settled"_s), 1);
        QCOMPARE(counts->value(u"missing_in_settlement"_s), 1);
    }

    void journalsAnswerFeesChargebacksAndFallbackReceipts()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        seedLedger(*tdb.database());
        // TXN-B's receipt went to SYSPRO as a journal (syspro/receiptFallback=glJournal); the
        // batch's fees and TXN-A's lost chargeback have their journals too.
        const Result<void> linked = tdb.database()->write([](QSqlDatabase& tx) -> Result<void> {
            for (const auto& [txn, key, document] : {std::tuple{u"TXN-B"_s, u"RCPT-B"_s, u"JNL-1"_s},
                                                     std::tuple{u"100010"_s, u"FEES-100010"_s, u"JNL-2"_s},
                                                     std::tuple{u"TXN-A"_s, u"CB-77"_s, u"JNL-3"_s}}) {
                LedgerLink link;
                link.transactionId = txn;
                link.commandKind = u"GENTJL"_s;
                link.businessKey = key;
                link.documentKey = document;
                if (Result<void> r = Ledger::link(tx, kPaidAt, link); !r) {
                    return fail(r.error());
                }
            }
            return {};
        });
        QVERIFY2(linked, qPrintable(errorOf(linked)));
        Settlements settlements(tdb.database());
        SettlementBatchRecord b = batch(u"100010"_s);
        b.lines.append(line(LineType::Fee, {}, {}, 300));
        b.lines.append(line(LineType::Chargeback, u"TXN-A"_s, {}, 10000));
        QVERIFY(settlements.record({b}, SettlementSource::File));
        Result<SettlementPeriod> period = settlements.load(kDay, kDay, {});
        QVERIFY2(period, qPrintable(errorOf(period)));
        QCOMPARE(period->input.documents.size(), std::size_t(4));
        Result<reconcile::Reconciliation> result = reconcile::Matcher().run(period->input);
        QVERIFY2(result, qPrintable(errorOf(result)));
        for (std::size_t i = 0; i < period->input.lines.size(); ++i) {
            QVERIFY2(result->lines[i].matched(), qPrintable(result->describeLine(period->input, quint32(i))));
        }
        QCOMPARE(result->lines[2].rule, reconcile::MatchRule::FeeJournal);
        QCOMPARE(result->lines[3].rule, reconcile::MatchRule::ChargebackJournal);
    }

    /// How long storing a big run's results takes (rows = BRIDGE_SETTLEMENT_ROWS ledger entries,
    /// default 20,000; about as many lines). Prints the figure; asserts only on the row count.
    void storingABigRun()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        const qint64 rows = qEnvironmentVariableIsSet("BRIDGE_SETTLEMENT_ROWS")
                                ? qEnvironmentVariable("BRIDGE_SETTLEMENT_ROWS").toLongLong()
                                : 20'000;
        reconcile::ScenarioOptions options;
        options.entries = rows;
        reconcile::SettlementScenario scenario = reconcile::SettlementScenario::generate(options);
        Result<reconcile::Reconciliation> result = reconcile::Matcher().run(scenario.input);
        QVERIFY2(result, qPrintable(errorOf(result)));
        SettlementPeriod period;
        period.from = options.firstDay;
        period.to = options.firstDay.addDays(options.days);
        period.input = std::move(scenario.input);
        period.lineIds.assign(period.input.lines.size(), 0);
        // line_ref must name real lines: store the run against one placeholder batch's lines.
        SettlementBatchRecord holder;
        holder.batchId = u"bench"_s;
        holder.acquirer = u"Elavon"_s;
        holder.settledOn = period.from;
        for (std::size_t i = 0; i < period.input.lines.size(); ++i) {
            SettlementLineRecord l;
            l.amount = period.input.lines[i].amount;
            holder.lines.append(l);
        }
        QElapsedTimer linesTimer;
        linesTimer.start();
        Settlements settlements(tdb.database());
        QVERIFY(settlements.record({holder}, SettlementSource::Reporting));
        const qint64 linesMs = linesTimer.elapsed();
        QElapsedTimer loadTimer;
        loadTimer.start();
        Result<SettlementPeriod> loaded = settlements.load(period.from, period.from, {});
        QVERIFY2(loaded, qPrintable(errorOf(loaded)));
        const qint64 loadMs = loadTimer.elapsed();
        period.lineIds = loaded->lineIds;
        QElapsedTimer timer;
        timer.start();
        Result<qint64> run = settlements.storeRun(period, *result, {}, u"bench"_s);
        QVERIFY2(run, qPrintable(errorOf(run)));
        const qint64 ms = timer.elapsed();
        const qint64 stored = qint64(period.input.lines.size() + period.input.entries.size());
        qInfo("%s: recorded %lld settlement lines in %lld ms, loaded them in %lld ms; stored %lld result rows in %lld "
              "ms (%.0f rows/s)",
              tdb.database()->isPostgres() ? "PostgreSQL" : "SQLite", qint64(period.input.lines.size()), linesMs,
              loadMs, stored, ms, ms > 0 ? double(stored) * 1000.0 / double(ms) : 0.0);
        QCOMPARE(count(*tdb.database(), u"reconcile_results"_s), stored);
    }
};

QTEST_GUILESS_MAIN(TestSettlements)
#include "TestSettlements.moc"
