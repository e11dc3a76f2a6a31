// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Settlement reconciliation end to end (engine_settlement_end_to_end): the demo's shop orders go
// through the engine into SYSPRO; the Opayo sandbox settles the day with known differences; the
// batches come in through the Reporting API and the acquirer's file; the matcher's class for every
// settlement line and ledger entry equals the demo's truth, and at least 95% of the lines match
// on their own. Running intake again adds nothing.
#include "demo/DemoHarness.h"
#include "demo/SettlementDemo.h"
#include "settlement/ReconcileRunner.h"
#include "store/Database.h"
#include "store/ReconcileReads.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;
using reconcile::Discrepancy;

namespace {

Result<settlement::ReconcileReport> runOnce(settlement::ReconcileRunner& runner, settlement::ReconcileRequest request)
{
    std::optional<Result<settlement::ReconcileReport>> out;
    runner.run(std::move(request), [&](Result<settlement::ReconcileReport> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60'000)) {
        return fail(Error::transient(u"test.timeout"_s, u"the reconciliation did not finish"_s));
    }
    return std::move(*out);
}

} // namespace

class TestSettlementEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMatcherFindsWhatTheDemoPutIn()
    {
        demo::DemoOptions options;
        options.events = 150;
        options.failureScenarios = false;
        options.seed = 7;
        demo::DemoHarness harness(options);
        QSignalSpy finished(&harness, &demo::DemoHarness::finished);
        QSignalSpy stopped(&harness, &demo::DemoHarness::stopped);
        QVERIFY(harness.start());
        QVERIFY(finished.wait(300'000));
        harness.stop();
        QVERIFY(stopped.wait(60'000));

        Result<demo::SettlementDemoTruth> truth = demo::SettlementDemo::settle(harness);
        QVERIFY2(truth, qPrintable(truth ? QString() : truth.error().toString()));
        // Every kind of difference the demo promises is there.
        QList<Discrepancy> kinds;
        for (const auto& [key, d] : truth->lines) {
            kinds.append(d);
        }
        kinds.append(truth->entries.values());
        for (Discrepancy d :
             {Discrepancy::DuplicateInSettlement, Discrepancy::FeeDifference, Discrepancy::Chargeback,
              Discrepancy::MissingInSyspro, Discrepancy::NotYetSettled, Discrepancy::RefundNotSettled}) {
            QVERIFY2(kinds.contains(d), qPrintable(store::Settlements::discrepancyId(d)));
        }

        settlement::ReconcileRequest request;
        request.from = request.to = truth->settlementDay;
        request.reporting = harness.engineConfig().reporting;
        request.contents = truth->acquirerFiles;
        request.actor = u"e2e"_s;
        settlement::ReconcileRunner runner(harness.database());
        Result<settlement::ReconcileReport> report = runOnce(runner, request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(report->download);
        QVERIFY(report->download->batchesAdded >= 1);

        const demo::SettlementTruthCheck check = demo::SettlementDemo::check(*truth, report->period, report->result);
        QVERIFY2(check.agrees(), qPrintable(check.disagreements.join(u'\n')));
        QVERIFY(check.lines >= 100);
        const qint64 matched = report->result.matchedLines();
        qInfo("%lld of %lld settlement lines matched automatically", matched, check.lines);
        QVERIFY2(matched * 100 >= check.lines * 95, qPrintable(u"%1 of %2"_s.arg(matched).arg(check.lines)));

        // Every row's evidence, written from the stored run, says what the matcher said in memory
        // (with each line named by its place in its batch).
        const store::SettlementPeriod& period = report->period;
        const reconcile::Reconciliation& result = report->result;
        QHash<qint64, quint32> lineIndex;
        for (std::size_t i = 0; i < period.lineIds.size(); ++i) {
            lineIndex.insert(period.lineIds[i], quint32(i));
        }
        QHash<QString, quint32> entryIndex;
        for (std::size_t i = 0; i < period.input.entries.size(); ++i) {
            entryIndex.insert(period.input.strings.text(period.input.entries[i].transactionId), quint32(i));
        }
        store::ReconcileReads reads(harness.database());
        store::ReconcileFilter all;
        all.runId = report->runId;
        Result<QList<store::ReconcileResultRow>> rows =
            reads.page(all, store::ReconcileSort::Class, false, 0, 1'000'000);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), qsizetype(period.input.lines.size() + period.input.entries.size()));
        auto numbered = [&](std::optional<reconcile::EvidenceLine>& line, quint32 index) {
            if (line && index < period.lineSeqs.size()) {
                line->number = period.lineSeqs[index];
            }
        };
        int described = 0;
        for (const store::ReconcileResultRow& row : std::as_const(*rows)) {
            Result<std::optional<store::ReconcileDetail>> detail = reads.detail(row.id);
            QVERIFY2(detail && *detail, qPrintable(detail ? u"no row %1"_s.arg(row.id) : detail.error().toString()));
            reconcile::Evidence expected;
            if (row.isLine) {
                QVERIFY((*detail)->line);
                const quint32 i = lineIndex.value((*detail)->line->id, reconcile::kNone);
                QVERIFY(i != reconcile::kNone);
                expected = result.evidenceForLine(period.input, i);
                numbered(expected.line, i);
                numbered(expected.relatedLine, result.lines[i].related);
            } else {
                const quint32 i = entryIndex.value(row.transactionId, reconcile::kNone);
                QVERIFY(i != reconcile::kNone);
                expected = result.evidenceForEntry(period.input, i);
                numbered(expected.line, result.entries[i].counterpart);
            }
            QCOMPARE((*detail)->evidence, reconcile::Reconciliation::describe(expected));
            QVERIFY((*detail)->changesSinceRun.isEmpty());
            ++described;
        }
        QVERIFY(described > 100);

        // The same intake again adds nothing; the second run agrees with the first.
        Result<settlement::ReconcileReport> again = runOnce(runner, request);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->download->batchesAdded, 0);
        QCOMPARE(again->download->linesAdded, 0);
        for (const settlement::FileImportReport& f : std::as_const(again->files)) {
            QVERIFY(f.alreadyImported);
        }
        QCOMPARE(again->period.input.lines.size(), report->period.input.lines.size());
        QVERIFY(demo::SettlementDemo::check(*truth, again->period, again->result).agrees());
        QVERIFY(again->runId > report->runId);
    }
};

QTEST_GUILESS_MAIN(TestSettlementEndToEnd)
#include "TestSettlementEndToEnd.moc"
