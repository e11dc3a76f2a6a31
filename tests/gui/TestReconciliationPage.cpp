// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Reconciliation page, driven offscreen as people would, against the in-process sandboxes
// with a real engine (the DemoHarness): the demo's day is settled with its differences, the page
// runs the reconciliation on a worker thread, a preparer proposes an adjustment journal for the
// acquirer's fee line, approving it as the same person is refused with the reason shown, another
// person approves it and the engine posts the journal, which is then found, balanced, in the
// SYSPRO sandbox's state; two more fee lines of one class are approved together; that batch
// cannot close before its settlement journal is approved, which is then proposed, approved,
// posted (balanced, in SYSPRO) and the batch closed; the report is exported to CSV and PDF. The grid's model runs under
// QAbstractItemModelTester.
#include "GuiFixture.h"
#include "core/SettingsKeys.h"
#include "demo/DemoHarness.h"
#include "demo/SettlementDemo.h"
#include "gui/MessageBox.h"
#include "gui/ReconcileReport.h"
#include "gui/ReconcileResultsModel.h"
#include "gui/ReconciliationPage.h"
#include "logging/Log.h"
#include "sandbox/syspro/SbCompany.h"
#include "sandbox/syspro/SysproSandbox.h"
#include "store/Database.h"
#include "store/ReconcileReads.h"
#include "store/Resolutions.h"
#include "store/UserDirectory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTimeout = 20'000;

/// The rows of the grid (those read) whose class and batch are as asked.
QList<int> rowsOf(const gui::ReconcileResultsModel& model, const QString& classId, const QString& batch = {})
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const store::ReconcileResultRow* row = model.rowAt(r);
        if (row && row->classId == classId && (batch.isEmpty() || row->batchId == batch)) {
            rows.append(r);
        }
    }
    return rows;
}

bool settled(const gui::ReconciliationPage& page)
{
    if (page.isBusy()) {
        static int n = 0;
        if (++n % 50 == 0) {
            qInfo("DEBUG busy: loading=%d pending=%d running=%d", int(page.resultsModel()->isLoading()),
                  page.resultsModel()->worker().pending(), int(page.isRunning()));
        }
    }
    return !page.isBusy();
}

/// The SYSPRO sandbox's journal with this reference, if it is there and balances.
const sandbox::syspro::SbJournal* journal(demo::DemoHarness& harness, const QString& reference)
{
    for (const sandbox::syspro::SbJournal& j : harness.syspro().company().journals) {
        if (j.reference == reference) {
            return &j;
        }
    }
    return nullptr;
}

qint64 balance(const sandbox::syspro::SbJournal& j)
{
    qint64 sum = 0;
    for (const sandbox::syspro::SbJournalEntry& e : j.entries) {
        sum += e.amount;
    }
    return sum;
}

} // namespace

class TestReconciliationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDiscrepancyIsProposedApprovedByAnotherAndPosted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        demo::DemoOptions options;
        options.events = 12;
        options.failureScenarios = false;
        options.databaseUrl = u"sqlite:"_s + dir.filePath(u"engine.sqlite"_s);
        demo::DemoHarness harness(options);
        QSignalSpy ran(&harness, &demo::DemoHarness::finished);
        const Result<void> started = harness.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!ran.isEmpty(), 120'000);
        // The day is settled with the demo's differences while the engine keeps running (it posts
        // the approved resolutions).
        Result<demo::SettlementDemoTruth> truth = demo::SettlementDemo::settle(harness);
        QVERIFY2(truth, qPrintable(truth ? QString() : truth.error().toString()));

        test::GuiFixture f(harness.database()); // after the harness: the page goes first
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        // Priya prepares and may approve too, so that her own proposal is refused for being hers.
        QVERIFY(f.context().users().setRoles(u"alex"_s, u"priya"_s, RoleSet{Role::Preparer, Role::Approver}));
        QVERIFY(f.context().switchUser(u"priya"_s));
        gui::ReconciliationPage page(f.context());
        QAbstractItemModelTester tester(page.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setEngine(harness.engine());
        const QDate day = truth->settlementDay;
        // A second statement of the acquirer's: a batch with two fee lines (one class, for the
        // bulk approval).
        const QByteArray extra = QStringLiteral("batch_id,acquirer,settlement_date,type,transaction_id,"
                                                "vendor_tx_code,amount,currency,fee,card_last_four\n"
                                                "EXTRA-1,Elavon,%1,fee,,,1.25,GBP,,\n"
                                                "EXTRA-1,Elavon,%1,fee,,,2.50,GBP,,\n")
                                     .arg(day.toString(Qt::ISODate))
                                     .toUtf8();
        page.setRequestSource([&](const QDate&, const QDate&) -> Result<settlement::ReconcileRequest> {
            settlement::ReconcileRequest request;
            request.from = request.to = day;
            request.reporting = harness.engineConfig().reporting;
            request.contents = truth->acquirerFiles;
            request.contents.append({u"extra-statement.csv"_s, extra});
            return request;
        });
        QSignalSpy runsLoaded(&page, &gui::ReconciliationPage::runsLoaded);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!runsLoaded.isEmpty(), kTimeout);

        // Nothing reconciled yet: the page says how to get settlement data in.
        auto* stack = page.findChild<QStackedWidget*>(u"stack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
        const QString empty = page.findChild<QLabel*>(u"emptyLabel"_s)->text();
        QVERIFY2(empty.contains(u"bridge-cli reconcile --file"_s), qPrintable(empty));

        // Run it now: on a worker thread; the page stays responsive meanwhile.
        QSignalSpy ranRun(&page, &gui::ReconciliationPage::runFinished);
        QTest::mouseClick(page.findChild<QPushButton*>(u"runButton"_s), Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(!page.findChild<QPushButton*>(u"runButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!ranRun.isEmpty(), 60'000);
        const qint64 runId = ranRun.first().first().toLongLong();
        QVERIFY2(runId > 0, qPrintable(page.findChild<QLabel*>(u"footerLabel"_s)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(page.currentRun() == runId && settled(page), kTimeout);
        QCOMPARE(stack->currentWidget()->objectName(), u"contentPage"_s);
        // The new run is shown: its discrepancies first (the default filter).
        {
            store::ReconcileFilter all;
            all.runId = runId;
            all.classes = store::ReconcileFilter::Classes::Discrepancies;
            const qint64 rows = store::ReconcileReads(harness.database()).count(all).value_or(-1);
            QVERIFY(rows > 0);
            QTRY_COMPARE_WITH_TIMEOUT(page.resultsModel()->rowCount(), int(rows), kTimeout);
        }
        // The batches: the demo's and the extra statement's.
        QVERIFY(page.batchesModel()->rowCount() >= 2);
        QVERIFY(page.selectBatch(u"EXTRA-1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.resultsModel()->rowCount() == 2, kTimeout);
        page.findChild<QPushButton*>(u"clearFiltersButton"_s)->click();

        // Only fee differences: the demo batch's fee line and the two extra ones.
        auto* classes = page.findChild<QComboBox*>(u"classComboBox"_s);
        classes->setCurrentIndex(classes->findData(u"fee_difference"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.resultsModel()->rowCount() == 3, kTimeout);
        const QList<int> demoFee = [&] {
            QList<int> rows = rowsOf(*page.resultsModel(), u"fee_difference"_s);
            rows.removeIf([&](int r) { return page.resultsModel()->rowAt(r)->batchId == u"EXTRA-1"_s; });
            return rows;
        }();
        QCOMPARE(demoFee.size(), 1);
        const store::ReconcileResultRow feeRow = *page.resultsModel()->rowAt(demoFee.first());
        // The state is told by word and icon, not colour alone.
        const QModelIndex state = page.resultsModel()->index(demoFee.first(), gui::ReconcileResultsModel::StateColumn);
        QCOMPARE(state.data().toString(), gui::ReconcileResultsModel::className(u"fee_difference"_s));
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());

        // The detail: the settlement line, no ledger entry, and the matcher's evidence.
        QSignalSpy detailed(&page, &gui::ReconciliationPage::detailLoaded);
        QVERIFY(page.selectResult(feeRow.id));
        QTRY_VERIFY_WITH_TIMEOUT(!detailed.isEmpty(), 60'000);
        QVERIFY(page.detail() && page.detail()->line);
        QVERIFY(!page.detail()->evidence.isEmpty());
        QVERIFY(!page.findChild<QTextBrowser*>(u"evidenceBrowser"_s)->toPlainText().isEmpty());

        // Priya proposes an adjustment journal; the comment is needed.
        auto* dialog = page.openProposeDialog();
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QPlainTextEdit*>(u"commentEdit"_s)->setPlainText(u"Acquirer's fee for the day"_s);
        QVERIFY(ok->isEnabled());
        QSignalSpy finished(&page, &gui::ReconciliationPage::actionFinished);
        QSignalSpy failed(&page, &gui::ReconciliationPage::actionFailed);
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kTimeout);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.resultsModel()->rowOf(feeRow.id) >= 0 &&
                                     page.resultsModel()->resolutionAt(page.resultsModel()->rowOf(feeRow.id)),
                                 kTimeout);
        const store::ResolutionRecord proposal =
            *page.resultsModel()->resolutionAt(page.resultsModel()->rowOf(feeRow.id));
        QCOMPARE(proposal.state, store::ResolutionState::Proposed);
        QCOMPARE(proposal.proposedBy, u"priya"_s);
        QVERIFY2(page.resultsModel()
                     ->index(page.resultsModel()->rowOf(feeRow.id), gui::ReconcileResultsModel::StatusColumn)
                     .data()
                     .toString()
                     .contains(u"priya"_s),
                 "the status names who proposed");

        // Approving her own proposal is refused, and she is told why.
        QVERIFY(page.selectResult(feeRow.id));
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        failed.clear();
        page.approveSelected();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(gui::MessageBox::lastText().contains(u"priya prepared this, so priya cannot approve"_s),
                 qPrintable(gui::MessageBox::lastText()));
        gui::MessageBox::clearNextAnswer();
        QVERIFY(!journal(harness, store::Resolutions::reference(proposal.id)));

        // Sam approves; the engine posts the journal, balanced, into SYSPRO.
        QVERIFY(f.context().switchUser(u"sam"_s));
        QVERIFY(page.selectResult(feeRow.id));
        auto* approve = page.findChild<QPushButton*>(u"approveButton"_s);
        QTRY_VERIFY(approve->isEnabled());
        page.findChild<QLineEdit*>(u"decisionCommentEdit"_s)->setText(u"Matches the acquirer's statement"_s);
        finished.clear();
        failed.clear();
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kTimeout);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        QTRY_VERIFY_WITH_TIMEOUT(journal(harness, store::Resolutions::reference(proposal.id)), 60'000);
        QCOMPARE(balance(*journal(harness, store::Resolutions::reference(proposal.id))), 0);

        // The two extra fee lines: proposed one by one, approved together.
        QVERIFY(f.context().switchUser(u"priya"_s));
        const QList<int> extraRows = rowsOf(*page.resultsModel(), u"fee_difference"_s, u"EXTRA-1"_s);
        QCOMPARE(extraRows.size(), 2);
        QList<qint64> extraIds;
        for (int r : extraRows) {
            extraIds.append(page.resultsModel()->rowAt(r)->id);
        }
        for (qint64 id : extraIds) {
            QTRY_VERIFY_WITH_TIMEOUT(page.resultsModel()->rowOf(id) >= 0, kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(settled(page), kTimeout);
            QVERIFY(page.selectResult(id));
            store::ResolutionProposal p;
            p.action = store::ResolutionAction::AdjustmentJournal;
            p.comment = u"Second statement's fee"_s;
            finished.clear();
            failed.clear();
            page.propose(p);
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kTimeout);
            QVERIFY2(failed.isEmpty(),
                     qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) &&
                [&] {
                    for (qint64 id : extraIds) {
                        const int row = page.resultsModel()->rowOf(id);
                        if (row < 0 || !page.resultsModel()->resolutionAt(row)) {
                            return false;
                        }
                    }
                    return true;
                }(),
            kTimeout);
        QVERIFY(f.context().switchUser(u"sam"_s));
        QVERIFY(page.selectResults(extraIds));
        QTRY_COMPARE(approve->text(), u"&Approve 2"_s);
        QVERIFY(approve->isEnabled());
        QList<qint64> proposals;
        for (qint64 id : extraIds) {
            proposals.append(page.resultsModel()->resolutionAt(page.resultsModel()->rowOf(id))->id);
        }
        finished.clear();
        failed.clear();
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kTimeout);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        for (qint64 id : proposals) {
            QTRY_VERIFY_WITH_TIMEOUT(journal(harness, store::Resolutions::reference(id)), 60'000);
            QCOMPARE(balance(*journal(harness, store::Resolutions::reference(id))), 0);
        }

        // The extra batch has nothing open now; it closes once its settlement journal is approved.
        QVERIFY(page.selectBatch(u"EXTRA-1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kTimeout);
        auto* batchComment = page.findChild<QLineEdit*>(u"batchCommentEdit"_s);
        auto* closeBatch = page.findChild<QPushButton*>(u"closeBatchButton"_s);
        QTRY_VERIFY(closeBatch->isEnabled());
        batchComment->setText(u"Signed off"_s);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        failed.clear();
        closeBatch->click();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeout);
        QVERIFY2(gui::MessageBox::lastText().contains(u"settlement journal in GBP is not approved yet"_s),
                 qPrintable(gui::MessageBox::lastText()));
        gui::MessageBox::clearNextAnswer();
        QVERIFY(f.context().switchUser(u"priya"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.findChild<QPushButton*>(u"proposeJournalButton"_s)->isEnabled(),
                                 kTimeout);
        batchComment->setText(u"The acquirer's second statement"_s);
        finished.clear();
        failed.clear();
        page.findChild<QPushButton*>(u"proposeJournalButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kTimeout);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        const store::Resolutions resolutions(harness.database());
        const std::optional<qint64> extraRef = resolutions.findBatch(u"Elavon"_s, u"EXTRA-1"_s).value_or(std::nullopt);
        QVERIFY(extraRef);
        const QList<store::ResolutionRecord> journals =
            resolutions.batchJournals(*extraRef).value_or(QList<store::ResolutionRecord>{});
        QCOMPARE(journals.size(), 1);
        QCOMPARE(journals.first().state, store::ResolutionState::Proposed);
        QVERIFY(f.context().switchUser(u"sam"_s));
        auto* approveJournal = page.findChild<QPushButton*>(u"approveJournalButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && approveJournal->isEnabled(), kTimeout);
        finished.clear();
        failed.clear();
        approveJournal->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kTimeout);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        QTRY_VERIFY_WITH_TIMEOUT(journal(harness, store::Resolutions::reference(journals.first().id)), 60'000);
        QCOMPARE(balance(*journal(harness, store::Resolutions::reference(journals.first().id))), 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kTimeout);
        batchComment->setText(u"Signed off"_s);
        finished.clear();
        failed.clear();
        closeBatch->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), kTimeout);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
        QTRY_VERIFY_WITH_TIMEOUT(resolutions.batchStatus(*extraRef).value_or(store::BatchStatus{}).closed, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < page.batchesModel()->rowCount(); ++r) {
                    if (page.batchesModel()->item(r, 2)->text() == u"EXTRA-1"_s) {
                        return page.batchesModel()->item(r, 11)->text() == u"Closed by sam"_s;
                    }
                }
                return false;
            }(),
            kTimeout);

        // The report: CSV (every row of the run, formula-safe) and PDF.
        QSignalSpy exported(&page, &gui::ReconciliationPage::exported);
        page.findChild<QTableView*>(u"batchesView"_s)->clearSelection();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), kTimeout);
        const QString csv = dir.filePath(u"run.csv"_s);
        const QString pdf = dir.filePath(u"run.pdf"_s);
        page.exportCsv(csv);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kTimeout);
        page.exportPdf(pdf);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, kTimeout);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.first(), gui::ReconcileReport::csvHeader().join(QLatin1Char(',')).toUtf8());
        store::ReconcileFilter all;
        all.runId = runId;
        const qint64 total = store::ReconcileReads(harness.database()).count(all).value_or(-1);
        QCOMPARE(qint64(lines.size()) - 2, total); // the header, and the empty piece after the last newline
        int extraFees = 0;
        for (const QByteArray& line : lines) {
            if (line.contains(",EXTRA-1,fee,") && line.contains(",fee_difference,")) {
                ++extraFees;
                QVERIFY2(line.contains("Approved by sam"), line.constData());
            }
        }
        QCOMPARE(extraFees, 2);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
        const Result<QString> html = gui::ReconcileReport::html(harness.database(), {runId, std::nullopt, u"sam"_s});
        QVERIFY(html);
        QVERIFY(html->contains(gui::ReconcileResultsModel::className(u"fee_difference"_s)));
        QVERIFY(html->contains(day.toString(Qt::ISODate)));

        QSignalSpy stopped(&harness, &demo::DemoHarness::stopped);
        harness.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30'000);
    }

    /// Without a request source (the console sets one only in demo mode) "Run reconciliation now" uses what the
    /// settings configure, as bridge-cli reconcile does: a layout that does not parse and an SFTP server without a
    /// secret are refused with what to fix; then the statements of settlement/folder are imported and matched.
    void runNowUsesTheConfiguredSources()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        {
            QFile csv(folder.filePath(u"elavon-2026-11-20.csv"_s));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("batch_id,acquirer,settlement_date,type,transaction_id,vendor_tx_code,amount,currency,fee,"
                      "card_last_four\n"
                      "FOLDER-1,Elavon,2026-11-20,fee,,,1.25,GBP,,\n"
                      "FOLDER-1,Elavon,2026-11-20,payment,TXN-NOBODY,shop-1,10.00,GBP,,4242\n");
        }
        test::GuiFixture f; // the demo's people, but no demo source: the settings decide
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        QVERIFY(f.context().users().setRoles(u"alex"_s, u"priya"_s, RoleSet{Role::Preparer, Role::Approver}));
        QVERIFY(f.context().switchUser(u"priya"_s));
        f.context().settings().setValue(SettingKeys::SettlementFolder, folder.path());
        f.context().settings().setValue(SettingKeys::SettlementCsvColumns, u"batch_id"_s);
        gui::ReconciliationPage page(f.context());
        QSignalSpy runsLoaded(&page, &gui::ReconciliationPage::runsLoaded);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!runsLoaded.isEmpty(), kTimeout);
        page.findChild<QDateEdit*>(u"fromDateEdit"_s)->setDate(QDate(2026, 11, 20));
        page.findChild<QDateEdit*>(u"toDateEdit"_s)->setDate(QDate(2026, 11, 20));
        auto* run = page.findChild<QPushButton*>(u"runButton"_s);

        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(gui::MessageBox::lastText().contains(u"settlement CSV layout"_s), kTimeout);
        QVERIFY(run->isEnabled());
        f.context().settings().setValue(SettingKeys::SettlementCsvColumns, QString());

        f.context().settings().setValue(SettingKeys::SettlementSftpHost, u"127.0.0.1"_s);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(gui::MessageBox::lastText().contains(u"neither settlement/sftpKeyRef"_s), kTimeout);
        QVERIFY(run->isEnabled());
        f.context().settings().setValue(SettingKeys::SettlementSftpHost, QString());
        gui::MessageBox::clearNextAnswer();

        QSignalSpy ranRun(&page, &gui::ReconciliationPage::runFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ranRun.isEmpty(), 60'000);
        const qint64 runId = ranRun.first().first().toLongLong();
        QVERIFY2(runId > 0, qPrintable(page.findChild<QLabel*>(u"footerLabel"_s)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(page.currentRun() == runId && settled(page), kTimeout);
        QVERIFY(page.selectBatch(u"FOLDER-1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.resultsModel()->rowCount() == 2, kTimeout);
        QCOMPARE(rowsOf(*page.resultsModel(), u"unknown_transaction"_s).size(), 1);
        QCOMPARE(rowsOf(*page.resultsModel(), u"fee_difference"_s).size(), 1);
    }

    void cleanupTestCase() { log::shutdown(); }
};

QTEST_MAIN(TestReconciliationPage)
#include "TestReconciliationPage.moc"
