// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// What the Reconciliation page reads, on SQLite (reconcile_reads_sqlite) and PostgreSQL
// (reconcile_reads_postgres): the runs, a run's batches with their figures and open
// discrepancies, the paged grid under each filter and order, totals by class, and one row's
// detail with both sides and the matcher's evidence.
#include "reconcile/Matcher.h"
#include "store/Database.h"
#include "store/Ledger.h"
#include "store/ReconcileReads.h"
#include "store/Settlements.h"
#include "support/TestDatabase.h"

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

const QDate kDay(2026, 11, 20);
const qint64 kPaidAt = QDateTime(kDay.addDays(-1), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch();

SettlementLineRecord line(const QString& txn, const QString& vendor, qint64 minor)
{
    SettlementLineRecord l;
    l.type = LineType::Payment;
    l.transactionId = txn;
    l.vendorTxCode = vendor;
    l.amount = gbp(minor);
    l.cardLastFour = u"4242"_s;
    return l;
}

Result<void> link(Database& db, const QString& txn, const QString& document, qint64 at = kPaidAt)
{
    return db.write([&](QSqlDatabase& tx) -> Result<void> {
        LedgerLink l;
        l.transactionId = txn;
        l.commandKind = u"ARSTPY"_s;
        l.businessKey = txn;
        l.documentKey = document;
        return Ledger::link(tx, at, l);
    });
}

/// Ledger: TXN-A 100.00 (receipted), TXN-B 50.00 (no receipt), TXN-C 20.00 on the settlement
/// day (not yet settled), TXN-D 30.00 in no batch. Batch 100005: TXN-A, TXN-B and TXN-X (7.00,
/// unknown to the ledger). Returns the run's id.
qint64 seedRun(const std::shared_ptr<Database>& db)
{
    const Result<void> ok = db->write([&db](QSqlDatabase& tx) -> Result<void> {
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
            if (Result<Ledger::Recorded> r = Ledger::recordPayment(tx, db->isPostgres(), at, p); !r) {
                return fail(r.error());
            }
        }
        return {};
    });
    if (!ok || !link(*db, u"TXN-A"_s, u"RCPT-0001"_s)) {
        return 0;
    }
    Settlements settlements(db);
    SettlementBatchRecord b;
    b.batchId = u"100005"_s;
    b.acquirer = u"Elavon"_s;
    b.settledOn = kDay;
    b.groups.append({u"GBP"_s, 3, 15700, 0, 0});
    b.lines = {line(u"TXN-A"_s, u"shop-A"_s, 10000), line(u"TXN-B"_s, u"shop-B"_s, 5000),
               line(u"TXN-X"_s, u"shop-X"_s, 700)};
    if (!settlements.record({b}, SettlementSource::Reporting)) {
        return 0;
    }
    const reconcile::MatchOptions options;
    Result<SettlementPeriod> period = settlements.load(kDay, kDay, options);
    if (!period) {
        return 0;
    }
    Result<reconcile::Reconciliation> result = reconcile::Matcher(options).run(period->input);
    if (!result) {
        return 0;
    }
    return settlements.storeRun(*period, *result, options, u"alice"_s).value_or(0);
}

QStringList ids(const QList<ReconcileResultRow>& rows)
{
    QStringList out;
    for (const ReconcileResultRow& r : rows) {
        out.append((r.isLine ? u"L:"_s : u"E:"_s) + r.transactionId);
    }
    return out;
}

} // namespace

class TestReconcileReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAndBatchesCarryTheFigures()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        const qint64 runId = seedRun(tdb.database());
        QVERIFY(runId > 0);
        ReconcileReads reads(tdb.database());
        Result<QList<ReconcileRunRow>> runs = reads.runs();
        QVERIFY2(runs, qPrintable(errorOf(runs)));
        QCOMPARE(runs->size(), 1);
        const ReconcileRunRow& run = runs->first();
        QCOMPARE(run.id, runId);
        QCOMPARE(run.startedBy, u"alice"_s);
        QCOMPARE(run.from, kDay);
        QCOMPARE(run.to, kDay);
        QCOMPARE(run.lines, 3);
        QCOMPARE(run.matched, 1);
        QCOMPARE(run.ledgerEntries, 4);
        // Lines TXN-B and TXN-X, entries TXN-B, TXN-C and TXN-D.
        QCOMPARE(run.openDiscrepancies, 5);

        Result<QList<ReconcileBatchRow>> batches = reads.batches(runId);
        QVERIFY2(batches, qPrintable(errorOf(batches)));
        const ReconcileBatchRow* settled = nullptr;
        qint64 unbatchedOpen = 0;
        for (const ReconcileBatchRow& b : *batches) {
            if (b.batchId == u"100005"_s) {
                settled = &b;
            } else {
                QVERIFY(b.batchId.isEmpty());
                unbatchedOpen += b.openDiscrepancies;
            }
        }
        QVERIFY(settled);
        QCOMPARE(batches->first().batchId, u"100005"_s);
        QVERIFY(batches->last().batchId.isEmpty()); // the entries in no batch come last
        QCOMPARE(settled->acquirer, u"Elavon"_s);
        QCOMPARE(settled->settledOn, kDay);
        QCOMPARE(settled->currency, u"GBP"_s);
        QCOMPARE(settled->lines, 3);
        QCOMPARE(settled->matched, 1);
        QCOMPARE(settled->matchedPerMille(), 333);
        QCOMPARE(settled->grossMinor, 15700);
        QCOMPARE(settled->refundsMinor, 0);
        QCOMPARE(settled->netMinor, 15700);
        QCOMPARE(settled->openDiscrepancies, 3); // lines TXN-B, TXN-X and entry TXN-B
        QCOMPARE(unbatchedOpen, 2);              // TXN-C, TXN-D

        Result<std::optional<ReconcileRunRow>> one = reads.run(runId);
        QVERIFY2(one && *one, qPrintable(errorOf(one)));
        QCOMPARE((*one)->openDiscrepancies, 5);
        QVERIFY(!reads.batches(runId + 100));
    }

    void theGridFiltersOrdersAndPages()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        const qint64 runId = seedRun(tdb.database());
        QVERIFY(runId > 0);
        ReconcileReads reads(tdb.database());
        ReconcileFilter f;
        f.runId = runId;
        QCOMPARE(reads.count(f).value_or(-1), 7); // 3 lines + 4 entries

        // Amount order, ascending then descending, ties by id.
        Result<QList<ReconcileResultRow>> byAmount = reads.page(f, ReconcileSort::Amount, false, 0, 100);
        QVERIFY2(byAmount, qPrintable(errorOf(byAmount)));
        QCOMPARE(ids(*byAmount), (QStringList{u"L:TXN-X"_s, u"E:TXN-C"_s, u"E:TXN-D"_s, u"L:TXN-B"_s, u"E:TXN-B"_s,
                                              u"L:TXN-A"_s, u"E:TXN-A"_s}));
        Result<QList<ReconcileResultRow>> down = reads.page(f, ReconcileSort::Amount, true, 1, 2);
        QVERIFY2(down, qPrintable(errorOf(down)));
        QCOMPARE(ids(*down), (QStringList{u"L:TXN-A"_s, u"E:TXN-B"_s}));

        // A row carries its type, vendorTxCode and counterpart.
        const ReconcileResultRow& lineB = byAmount->at(3);
        QCOMPARE(lineB.classId, u"missing_in_syspro"_s);
        QCOMPARE(lineB.discrepancy, Discrepancy::MissingInSyspro);
        QCOMPARE(lineB.rule, reconcile::MatchRule::TransactionId);
        QCOMPARE(lineB.type, u"payment"_s);
        QCOMPARE(lineB.vendorTxCode, u"shop-B"_s);
        QCOMPARE(lineB.counterpart, u"TXN-B"_s);
        QCOMPARE(lineB.batchId, u"100005"_s);
        QCOMPARE(lineB.status, u"open"_s);
        QCOMPARE(lineB.amount, gbp(5000));
        QCOMPARE(lineB.resolution, reconcile::Resolution::PostMissingReceipt);
        const ReconcileResultRow& entryB = byAmount->at(4);
        QCOMPARE(entryB.type, u"payment"_s);
        QCOMPARE(entryB.vendorTxCode, u"shop-B"_s);
        QCOMPARE(entryB.counterpart, u"100005#2"_s);

        // Class order: the class ids sort as text, then by id.
        Result<QList<ReconcileResultRow>> byClass = reads.page(f, ReconcileSort::Class, false, 0, 100);
        QVERIFY2(byClass, qPrintable(errorOf(byClass)));
        QStringList classes;
        for (const ReconcileResultRow& r : *byClass) {
            classes.append(r.classId);
        }
        QStringList sorted = classes;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(classes, sorted);

        ReconcileFilter d = f;
        d.classes = ReconcileFilter::Classes::Discrepancies;
        QCOMPARE(reads.count(d).value_or(-1), 5);
        d.side = ReconcileFilter::Side::Lines;
        QCOMPARE(reads.count(d).value_or(-1), 2);
        d.side = ReconcileFilter::Side::Entries;
        QCOMPARE(reads.count(d).value_or(-1), 3);

        ReconcileFilter c = f;
        c.classes = ReconcileFilter::Classes::Class;
        c.classId = u"unknown_transaction"_s;
        Result<QList<ReconcileResultRow>> unknown = reads.page(c, ReconcileSort::Class, false, 0, 10);
        QVERIFY2(unknown, qPrintable(errorOf(unknown)));
        QCOMPARE(ids(*unknown), QStringList{u"L:TXN-X"_s});

        ReconcileFilter b = f;
        b.batchId = u"100005"_s;
        QCOMPARE(reads.count(b).value_or(-1), 5); // 3 lines + entries A and B
        b.batchId = QString();
        Result<QList<ReconcileResultRow>> none = reads.page(b, ReconcileSort::Amount, false, 0, 10);
        QVERIFY2(none, qPrintable(errorOf(none)));
        QCOMPARE(ids(*none), (QStringList{u"E:TXN-C"_s, u"E:TXN-D"_s}));

        ReconcileFilter a = f;
        a.currency = u"GBP"_s;
        a.amountFrom = u"40"_s;
        a.amountTo = u"60.00"_s;
        QCOMPARE(reads.count(a).value_or(-1), 2);

        ReconcileFilter r = f;
        r.referencePrefix = u"TXN-B"_s;
        QCOMPARE(reads.count(r).value_or(-1), 2);
        r.referencePrefix = u"shop-D"_s; // the ledger's vendorTxCode
        Result<QList<ReconcileResultRow>> byVendor = reads.page(r, ReconcileSort::Class, false, 0, 10);
        QVERIFY2(byVendor, qPrintable(errorOf(byVendor)));
        QCOMPARE(ids(*byVendor), QStringList{u"E:TXN-D"_s});
        r.referencePrefix = u"shop-A"_s; // the line through its matched entry, and the entry
        QCOMPARE(reads.count(r).value_or(-1), 2);

        ReconcileFilter s = f;
        s.status = u"approved"_s;
        QCOMPARE(reads.count(s).value_or(-1), 0);
        s.status = u"open"_s; // a status is a discrepancy's: the matched rows are not "open"
        QCOMPARE(reads.count(s).value_or(-1), 5);
        s.batchId = u"100005"_s;
        Result<QList<ReconcileResultRow>> openInBatch = reads.page(s, ReconcileSort::Class, false, 0, 10);
        QVERIFY2(openInBatch, qPrintable(errorOf(openInBatch)));
        QCOMPARE(ids(*openInBatch), (QStringList{u"L:TXN-B"_s, u"E:TXN-B"_s, u"L:TXN-X"_s}));
        QVERIFY(!openInBatch->first().resolutionId);
    }

    void aFilterItCannotAnswerIsRefusedNamingTheField()
    {
        ReconcileFilter f;
        QVERIFY(!ReconcileReads::validate(f)); // no run
        f.runId = 1;
        QVERIFY(ReconcileReads::validate(f));
        ReconcileFilter noCurrency = f;
        noCurrency.amountFrom = u"10"_s;
        Result<void> r = ReconcileReads::validate(noCurrency);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"currency"_s), qPrintable(r.error().message));
        ReconcileFilter swapped = f;
        swapped.currency = u"GBP"_s;
        swapped.amountFrom = u"10"_s;
        swapped.amountTo = u"5"_s;
        r = ReconcileReads::validate(swapped);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"swap"_s), qPrintable(r.error().message));
        ReconcileFilter notAmount = f;
        notAmount.currency = u"GBP"_s;
        notAmount.amountTo = u"ten"_s;
        r = ReconcileReads::validate(notAmount);
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(u"Amount to"_s), qPrintable(r.error().message));
        ReconcileFilter badClass = f;
        badClass.classes = ReconcileFilter::Classes::Class;
        badClass.classId = u"lost"_s;
        r = ReconcileReads::validate(badClass);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"'lost'"_s), qPrintable(r.error().message));
        ReconcileFilter badStatus = f;
        badStatus.status = u"done"_s;
        QVERIFY(!ReconcileReads::validate(badStatus));
    }

    void totalsByClass()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        const qint64 runId = seedRun(tdb.database());
        QVERIFY(runId > 0);
        ReconcileFilter f;
        f.runId = runId;
        Result<QList<ReconcileClassTotal>> totals = ReconcileReads(tdb.database()).classTotals(f);
        QVERIFY2(totals, qPrintable(errorOf(totals)));
        QStringList seen;
        for (const ReconcileClassTotal& t : *totals) {
            seen.append(t.classId);
            QCOMPARE(t.currency, u"GBP"_s);
            if (t.classId == u"matched"_s) {
                QCOMPARE(t.count, 2);
                QCOMPARE(t.amountMinor, 20000);
            } else if (t.classId == u"missing_in_syspro"_s) {
                QCOMPARE(t.count, 2);
                QCOMPARE(t.amountMinor, 10000);
            }
        }
        // The matcher's order of classes.
        QCOMPARE(seen, (QStringList{u"matched"_s, u"missing_in_syspro"_s, u"not_yet_settled"_s,
                                    u"unknown_transaction"_s, u"missing_in_settlement"_s}));
    }

    void theDetailShowsBothSidesAndTheEvidence()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        const qint64 runId = seedRun(tdb.database());
        QVERIFY(runId > 0);
        ReconcileReads reads(tdb.database());
        ReconcileFilter f;
        f.runId = runId;
        Result<QList<ReconcileResultRow>> rows = reads.page(f, ReconcileSort::Amount, false, 0, 100);
        QVERIFY2(rows, qPrintable(errorOf(rows)));
        auto find = [&](bool isLine, const QString& txn) -> qint64 {
            for (const ReconcileResultRow& r : *rows) {
                if (r.isLine == isLine && r.transactionId == txn) {
                    return r.id;
                }
            }
            return 0;
        };
        Result<std::optional<ReconcileDetail>> a = reads.detail(find(true, u"TXN-A"_s));
        QVERIFY2(a && *a, qPrintable(errorOf(a)));
        QVERIFY((*a)->line && (*a)->entry);
        QCOMPARE((*a)->line->batchId, u"100005"_s);
        QCOMPARE((*a)->line->acquirer, u"Elavon"_s);
        QCOMPARE((*a)->line->seq, 1);
        QCOMPARE((*a)->line->cardLastFour, u"4242"_s);
        QCOMPARE((*a)->entry->customer, u"CUST01"_s);
        QCOMPARE((*a)->entry->documents.size(), 1);
        QCOMPARE((*a)->entry->documents.first().documentKey, u"RCPT-0001"_s);
        // Written from the stored row, in the matcher's words: the line's place in its batch.
        QVERIFY2((*a)->evidence.startsWith(u"Line 1 of batch 100005 (transaction TXN-A"_s), qPrintable((*a)->evidence));
        QVERIFY2((*a)->evidence.contains(u"ledger payment TXN-A"_s), qPrintable((*a)->evidence));
        QVERIFY((*a)->changesSinceRun.isEmpty());

        Result<std::optional<ReconcileDetail>> b = reads.detail(find(true, u"TXN-B"_s));
        QVERIFY2(b && *b, qPrintable(errorOf(b)));
        QVERIFY((*b)->entry && (*b)->entry->documents.isEmpty());
        QVERIFY2((*b)->evidence.contains(u"SYSPRO has no receipt or credit note"_s), qPrintable((*b)->evidence));
        QVERIFY((*b)->evidence.contains(u"Suggested: post the missing receipt."_s));

        Result<std::optional<ReconcileDetail>> d = reads.detail(find(false, u"TXN-D"_s));
        QVERIFY2(d && *d, qPrintable(errorOf(d)));
        QVERIFY(!(*d)->line);
        QVERIFY((*d)->entry);
        QCOMPARE((*d)->row.discrepancy, Discrepancy::MissingInSettlement);
        QVERIFY2((*d)->evidence.contains(u"is in no settlement batch although its batch has been settled"_s),
                 qPrintable((*d)->evidence));

        Result<std::optional<ReconcileDetail>> x = reads.detail(find(true, u"TXN-X"_s));
        QVERIFY2(x && *x, qPrintable(errorOf(x)));
        QVERIFY((*x)->line && !(*x)->entry);

        // The receipt arrives after the run: the evidence stays the run's, and the detail says
        // what changed since.
        QVERIFY(link(*tdb.database(), u"TXN-B"_s, u"RCPT-0002"_s, QDateTime::currentMSecsSinceEpoch() + 60'000));
        Result<std::optional<ReconcileDetail>> later = reads.detail(find(true, u"TXN-B"_s));
        QVERIFY2(later && *later, qPrintable(errorOf(later)));
        QCOMPARE((*later)->changesSinceRun.size(), 1);
        QVERIFY2((*later)->changesSinceRun.first().contains(u"RCPT-0002"_s),
                 qPrintable((*later)->changesSinceRun.first()));
        QCOMPARE((*later)->row.discrepancy, Discrepancy::MissingInSyspro); // as the run stored it
        QCOMPARE((*later)->evidence, (*b)->evidence);

        Result<std::optional<ReconcileDetail>> missing = reads.detail(999999);
        QVERIFY2(missing, qPrintable(errorOf(missing)));
        QVERIFY(!*missing);
    }
};

QTEST_GUILESS_MAIN(TestReconcileReads)
#include "TestReconcileReads.moc"
