// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Approved resolutions posted by the engine, end to end (engine_resolution_posting): the demo
// settles its day with known differences and is reconciled; a preparer proposes the missing
// receipt and the batch's settlement journal, an approver approves them; the engine posts them
// into the SYSPRO sandbox (checked in the sandbox's own state), once each, also after a crash
// between approval and posting (a poster that died holding the command) and after SYSPRO's answer
// to the journal was lost. The next run finds the receipt, so the item is matched.
#include "demo/DemoHarness.h"
#include "demo/SettlementDemo.h"
#include "engine/Engine.h"
#include "engine/EngineContext.h"
#include "sandbox/syspro/SbCompany.h"
#include "sandbox/syspro/SysproSandbox.h"
#include "settlement/ReconcileRunner.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Resolutions.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;
using reconcile::Discrepancy;

namespace {

const RoleSet kPreparer{Role::Preparer};
const RoleSet kApprover{Role::Approver};

Result<settlement::ReconcileReport> runOnce(settlement::ReconcileRunner& runner, settlement::ReconcileRequest request)
{
    std::optional<Result<settlement::ReconcileReport>> out;
    runner.run(std::move(request), [&](Result<settlement::ReconcileReport> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60'000)) {
        return fail(Error::transient(u"test.timeout"_s, u"the reconciliation did not finish"_s));
    }
    return std::move(*out);
}

/// The entry-side result of a transaction in a run: id and class.
std::pair<qint64, QString> entryResult(store::Database& db, qint64 run, const QString& transactionId)
{
    std::pair<qint64, QString> out{-1, {}};
    const Result<void> ok = db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(
            c,
            u"SELECT id, class FROM reconcile_results WHERE run_id = :run AND side = 'entry' AND transaction_id = :t"_s,
            {{"run", run}, {"t", transactionId}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            out = {q->value(0).toLongLong(), q->value(1).toString()};
        }
        return {};
    });
    return ok ? out : std::pair<qint64, QString>{-2, {}};
}

/// The settlement batch (database id) holding the line of a transaction, and its currency.
std::pair<qint64, QString> batchOf(store::Database& db, const QString& transactionId)
{
    std::pair<qint64, QString> out{-1, {}};
    const Result<void> ok = db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(
            c, u"SELECT batch_ref, currency FROM settlement_lines WHERE transaction_id = :t ORDER BY id"_s,
            {{"t", transactionId}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            out = {q->value(0).toLongLong(), q->value(1).toString()};
        }
        return {};
    });
    return ok ? out : std::pair<qint64, QString>{-2, {}};
}

int paymentsWith(const sandbox::syspro::SbCompany& company, const QString& reference)
{
    return int(std::count_if(company.payments.begin(), company.payments.end(),
                             [&reference](const auto& p) { return p.reference == reference; }));
}

int journalsWith(const sandbox::syspro::SbCompany& company, const QString& reference)
{
    return int(std::count_if(company.journals.begin(), company.journals.end(),
                             [&reference](const auto& j) { return j.reference == reference; }));
}

QString statusOf(const std::shared_ptr<store::Database>& db, qint64 outboxId)
{
    const Result<std::optional<store::OutboxCommand>> c = store::Outbox(db).find(outboxId);
    return c && *c ? (*c)->status : QString();
}

} // namespace

class TestResolutionPosting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approvedResolutionsArePostedOnce()
    {
        demo::DemoOptions options;
        options.events = 60;
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
        QString missing;
        for (auto it = truth->entries.cbegin(); it != truth->entries.cend(); ++it) {
            if (it.value() == Discrepancy::MissingInSyspro) {
                missing = it.key();
            }
        }
        QVERIFY(!missing.isEmpty());

        settlement::ReconcileRequest request;
        request.from = request.to = truth->settlementDay;
        request.reporting = harness.engineConfig().reporting;
        request.contents = truth->acquirerFiles;
        request.actor = u"paula"_s;
        settlement::ReconcileRunner runner(harness.database());
        Result<settlement::ReconcileReport> report = runOnce(runner, request);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const auto db = harness.database();
        const auto [resultId, cls] = entryResult(*db, report->runId, missing);
        QCOMPARE(cls, u"missing_in_syspro"_s);

        // Propose and approve while the engine is down: the approval commits its commands.
        store::Resolutions resolutions(db);
        store::ResolutionProposal receipt;
        receipt.action = store::ResolutionAction::PostMissingReceipt;
        receipt.comment = u"the receipt failed to post; the bank shows the money"_s;
        Result<qint64> receiptId = resolutions.propose(resultId, receipt, u"paula"_s, kPreparer);
        QVERIFY2(receiptId, qPrintable(receiptId ? QString() : receiptId.error().toString()));
        // Never one's own.
        Result<QList<store::ResolutionRecord>> self =
            resolutions.approve({*receiptId}, u"paula"_s, RoleSet{Role::Preparer, Role::Approver}, u"ok"_s);
        QVERIFY(!self);
        QCOMPARE(self.error().code, u"permission.maker_checker"_s);
        Result<QList<store::ResolutionRecord>> approved =
            resolutions.approve({*receiptId}, u"arthur"_s, kApprover, u"agreed"_s);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().toString()));
        const qint64 receiptCommand = *approved->first().outboxId;
        const QString receiptRef = store::Resolutions::reference(*receiptId);

        // A poster that died holding the command (its lease still running) after the approval.
        const QString owner = QSysInfo::machineHostName() + u":"_s + harness.engineConfig().instanceName + u":poster"_s;
        Result<QList<store::OutboxCommand>> claimed = store::Outbox(db).claim(owner, 600'000, 10, {u"ARSTPY"_s});
        QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().toString()));
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().id, receiptCommand);
        auto& company = harness.syspro().company();
        QCOMPARE(paymentsWith(company, receiptRef), 0);

        const Result<void> restarted = harness.startEngine();
        QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(db, receiptCommand), u"done"_s, 60'000);
        QCOMPARE(paymentsWith(company, receiptRef), 1);
        const auto payment = std::find_if(company.payments.begin(), company.payments.end(),
                                          [&receiptRef](const auto& p) { return p.reference == receiptRef; });
        QCOMPARE(payment->customer, u"WEB001"_s);
        QCOMPARE(payment->value, qint64(4'200));

        // The batch's settlement journal; SYSPRO takes it but its answer is lost.
        const auto [batchRef, currency] = batchOf(*db, missing);
        QVERIFY(batchRef > 0);
        Result<store::SettlementJournal> journal = resolutions.settlementJournal(batchRef, currency);
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().toString()));
        QCOMPARE(journal->imbalanceMinor().value_or(-1), 0);
        Result<qint64> journalId = resolutions.proposeSettlementJournal(
            batchRef, currency, u"totals agree with the bank"_s, u"paula"_s, kPreparer);
        QVERIFY2(journalId, qPrintable(journalId ? QString() : journalId.error().toString()));
        const QString journalRef = store::Resolutions::reference(*journalId);
        const qint64 bankBefore = company.ledgers.value(u"1000"_s).balance;
        const qint64 clearingBefore = company.ledgers.value(u"1200"_s).balance;
        sandbox::FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {sandbox::FaultKind::ResetAfter};
        harness.syspro().faults().setPlan(plan);
        approved = resolutions.approve({*journalId}, u"arthur"_s, kApprover, u"agreed"_s);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().toString()));
        const qint64 journalCommand = *approved->first().outboxId;
        QTRY_COMPARE_WITH_TIMEOUT(journalsWith(company, journalRef), 1, 30'000);
        QTest::qWait(500);
        harness.syspro().faults().setPlan({});
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(db, journalCommand), u"done"_s, 90'000);
        QTest::qWait(1'000);
        QCOMPARE(journalsWith(company, journalRef), 1);
        QCOMPARE(paymentsWith(company, receiptRef), 1);
        // It went through the unknown outcome: posted, answer lost, found on look-up.
        const Result<std::optional<store::OutboxCommand>> journalRow = store::Outbox(db).find(journalCommand);
        QVERIFY(journalRow && *journalRow);
        QVERIFY2((*journalRow)->attempts >= 2, qPrintable(QString::number((*journalRow)->attempts)));
        QVERIFY(harness.syspro().faults().count(sandbox::FaultKind::ResetAfter) >= 1);
        const auto posted = std::find_if(company.journals.begin(), company.journals.end(),
                                         [&journalRef](const auto& j) { return j.reference == journalRef; });
        qint64 sum = 0;
        for (const auto& e : posted->entries) {
            sum += e.amount;
        }
        QCOMPARE(sum, qint64(0)); // balanced in SYSPRO's books
        QCOMPARE(posted->entries.size(), journal->lines.size());
        QCOMPARE(company.ledgers.value(u"1000"_s).balance, bankBefore + journal->netMinor);
        QCOMPARE(company.ledgers.value(u"1200"_s).balance,
                 clearingBefore - (journal->paymentsMinor - journal->refundsMinor));
        Result<std::optional<store::ResolutionRecord>> record = resolutions.find(*journalId);
        QVERIFY(record && *record);
        QCOMPARE((*record)->postingStatus, u"done"_s);
        QVERIFY2((*record)->documentKey.startsWith(u"GL journal "_s), qPrintable((*record)->documentKey));

        // The next run finds the receipt in SYSPRO: the item is matched now.
        Result<settlement::ReconcileReport> again = runOnce(runner, request);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(entryResult(*db, again->runId, missing).second, u"matched"_s);

        QSignalSpy engineStopped(&harness, &demo::DemoHarness::stopped);
        harness.stop();
        QVERIFY(engineStopped.wait(60'000));
    }
};

QTEST_GUILESS_MAIN(TestResolutionPosting)
#include "TestResolutionPosting.moc"
