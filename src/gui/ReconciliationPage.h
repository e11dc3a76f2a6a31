// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "settlement/ReconcileRunner.h"
#include "store/ReconcileReads.h"
#include "store/Resolutions.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ReconciliationPage;
}
class QStandardItemModel;
class QThread;
class QDialog;

namespace bridge::engine {
class Engine;
}

namespace bridge::gui {

class AppContext;
class DatabaseWorker;
class ReconcileResultsModel;

/// Settlement reconciliation (issue #8): pick a run (or run one now for a period, on a worker
/// thread), see its batches (day, acquirer, currency, gross, refunds, net, matched %, open
/// discrepancies, settlement journal, closed), page through its settlement lines and ledger
/// entries (ReconcileResultsModel, filtered), and see one row's two sides next to each other
/// with the matcher's evidence and the row's resolutions. A preparer proposes a resolution with
/// a comment; an approver approves (several rows of one class at once) or rejects, never their
/// own; the batch's settlement journal is proposed and approved the same way, and the batch is
/// closed when nothing is open. Exports the run or a batch as CSV and PDF. All database work
/// runs on the page's own threads.
class ReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    /// Builds the request "Run reconciliation now" runs for the chosen settlement days (where the
    /// settlement data comes from). Runs on the GUI thread. Without one the page uses what the
    /// settings configure, as `bridge-cli reconcile` does (settlement::completeFromSettings): the
    /// Reporting API, settlement/folder and SFTP.
    using RequestSource = std::function<Result<settlement::ReconcileRequest>(const QDate& from, const QDate& to)>;

    explicit ReconciliationPage(AppContext& context, QWidget* parent = nullptr);
    ~ReconciliationPage() override;

    /// The engine that posts approved resolutions (woken after an approval; its notices refresh
    /// the grid). nullptr: none in this process.
    void setEngine(engine::Engine* engine);
    void setRequestSource(RequestSource source);

    [[nodiscard]] ReconcileResultsModel* resultsModel() const { return m_results; }
    [[nodiscard]] QStandardItemModel* batchesModel() const { return m_batches; }
    [[nodiscard]] qint64 currentRun() const { return m_runId; }
    /// Whether database work or a run is queued or under way (tests wait for it to settle).
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isRunning() const { return m_runThread != nullptr; }
    /// The grid's filter as the widgets describe it, or why it cannot be used.
    [[nodiscard]] Result<store::ReconcileFilter> currentFilter() const;
    /// The detail shown (the selected row's), if any.
    [[nodiscard]] const std::optional<store::ReconcileDetail>& detail() const { return m_detail; }

    /// Runs intake and matching for the days in the date fields on a worker thread.
    void runReconciliation();
    /// Reads the list of runs again (keeping the run shown, or showing the newest).
    void refreshRuns();
    /// Shows a run; false if it is not in the list.
    bool selectRun(qint64 runId);
    /// Selects a batch (its rows in the grid); an empty id: the entries in no batch. False if absent.
    bool selectBatch(const QString& batchId);
    /// Selects a row of the grid by its result id; false if it is not among the rows read.
    bool selectResult(qint64 resultId);
    /// Adds rows to the selection (bulk approval); false if one is not among the rows read.
    bool selectResults(const QList<qint64>& resultIds);
    /// Applies the filter bar now (typing applies it after a pause).
    void applyFilter();

    /// Opens the dialog proposing a resolution for the selected row (window-modal); nullptr,
    /// with the reason shown, when not possible.
    QDialog* openProposeDialog();
    /// Proposes `proposal` for the selected row (what the dialog's OK does).
    void propose(const store::ResolutionProposal& proposal);
    /// Approves the proposals of the selected rows with the decision comment (one class only).
    void approveSelected();
    /// Rejects the selected row's proposal (the decision comment is needed).
    void rejectSelected();
    /// The selected batch's settlement journal (in the batch row's currency): propose, approve.
    void proposeSettlementJournal();
    void approveSettlementJournal();
    void closeSelectedBatch();

    /// Exports the run, or the selected batch, to `path` (asks for it when empty).
    void exportCsv(const QString& path = {});
    void exportPdf(const QString& path = {});

Q_SIGNALS:
    void actionFinished(const QString& message);
    void actionFailed(const bridge::Error& error);
    void runsLoaded();
    void batchesLoaded();
    void detailLoaded();
    /// A reconciliation run finished (stored as `runId`), or failed (0).
    void runFinished(qint64 runId);
    void exported(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpViews();
    void setUpFilters();
    void showRun(qint64 runId);
    void loadBatches();
    void loadDetail();
    void showDetail();
    void updateActions();
    void updateCount();
    void startRun(Result<settlement::ReconcileRequest> request);
    void finishRun(const Result<settlement::ReconcileReport>& outcome);
    void decide(bool approve);
    void batchAction(int kind);
    void exportTo(bool pdf, const QString& path);
    void refuse(const QString& title, const Error& error);
    void report(const QString& message);
    [[nodiscard]] QList<int> selectedRows() const;
    [[nodiscard]] int selectedBatchRow() const;
    [[nodiscard]] std::optional<store::ResolutionRecord> pendingJournal(int batchRow) const;

    AppContext& m_context;
    std::unique_ptr<Ui::ReconciliationPage> m_ui;
    ReconcileResultsModel* m_results;
    QStandardItemModel* m_batches;
    QPointer<engine::Engine> m_engine;
    QMetaObject::Connection m_engineConnection;
    RequestSource m_source;
    qint64 m_runId = 0;
    qint64 m_preferredRun = 0; ///< the run just made: shown once the list is read again
    QList<store::ReconcileRunRow> m_runs;
    bool m_runsRead = false;
    quint64 m_detailGeneration = 0;
    std::optional<store::ReconcileDetail> m_detail;
    QList<store::ResolutionRecord> m_history;
    QTimer* m_filterTimer = nullptr;
    QThread* m_runThread = nullptr;
    settlement::ReconcileRunner* m_runner = nullptr;
    QPointer<QDialog> m_proposeDialog;
    QString m_filterError;
    // Declared last, destroyed first: their destructors wait for the work under way.
    std::unique_ptr<DatabaseWorker> m_detailWorker; ///< detail reads, apart from the grid's pages
};

} // namespace bridge::gui
