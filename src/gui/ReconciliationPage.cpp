// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/ReconciliationPage.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "engine/Engine.h"
#include "gui/AppContext.h"
#include "gui/CurrencyComboBox.h"
#include "gui/DatabaseWorker.h"
#include "gui/MessageBox.h"
#include "gui/ReconcileReport.h"
#include "gui/ReconcileResultsModel.h"
#include "logging/Log.h"
#include "reconcile/Reconciliation.h"
#include "settlement/ConfiguredSources.h"
#include "settlement/SettlementCsv.h"
#include "settlement/SettlementImport.h"
#include "store/Database.h"
#include "store/UserDirectory.h"
#include "ui_ReconciliationPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace bridge::gui {

namespace {

enum BatchColumn {
    DayColumn,
    AcquirerColumn,
    BatchIdColumn,
    CurrencyColumn,
    GrossColumn,
    RefundsColumn,
    FeesColumn,
    NetColumn,
    MatchedColumn,
    OpenColumn,
    JournalColumn,
    ClosedColumn,
    BatchColumnCount
};
enum BatchRole { BatchIdRole = Qt::UserRole + 1, BatchCurrencyRole, BatchRefRole, JournalProposalRole, JournalByRole };
enum BatchActionKind { ProposeJournal, ApproveJournal, CloseBatch };

struct BatchInfo {
    std::optional<qint64> ref;
    bool closed = false;
    QString closedBy;
    QStringList journalsMissing;
    QHash<QString, store::ResolutionRecord> journals; ///< newest proposal per currency
};

struct BatchesReply {
    QList<store::ReconcileBatchRow> rows;
    QHash<QString, BatchInfo> info; ///< by batch id
    std::optional<Error> error;
};

struct DetailReply {
    std::optional<store::ReconcileDetail> detail;
    QList<store::ResolutionRecord> history;
    std::optional<Error> error;
};

QString esc(const QString& t)
{
    return t.toHtmlEscaped();
}

store::ResolutionAction actionFor(reconcile::Resolution suggested)
{
    using reconcile::Resolution;
    using store::ResolutionAction;
    switch (suggested) {
    case Resolution::PostMissingReceipt:
        return ResolutionAction::PostMissingReceipt;
    case Resolution::PostMissingCreditNote:
        return ResolutionAction::PostMissingCreditNote;
    case Resolution::ReverseDuplicate:
        return ResolutionAction::ReverseDuplicate;
    case Resolution::WaitForNextBatch:
        return ResolutionAction::WaitForNextBatch;
    case Resolution::ConfirmMatch:
        return ResolutionAction::ConfirmMatch;
    case Resolution::Investigate:
        return ResolutionAction::ResolvedOutside;
    case Resolution::PostAdjustmentJournal:
    case Resolution::None:
        break;
    }
    return ResolutionAction::AdjustmentJournal;
}

const QList<store::ResolutionAction> kActions{
    store::ResolutionAction::PostMissingReceipt, store::ResolutionAction::PostMissingCreditNote,
    store::ResolutionAction::AdjustmentJournal,  store::ResolutionAction::ReverseDuplicate,
    store::ResolutionAction::WriteOff,           store::ResolutionAction::WaitForNextBatch,
    store::ResolutionAction::ConfirmMatch,       store::ResolutionAction::ResolvedOutside};

QString dateTime(qint64 ms)
{
    return ms <= 0 ? QString()
                   : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                        QStringLiteral("yyyy-MM-dd HH:mm")); // as the other pages
}

/// How a row is named in a sentence: its Opayo transactionId, else its vendorTxCode, else its batch.
QString reference(const store::ReconcileResultRow& row)
{
    if (!row.transactionId.isEmpty()) {
        return row.transactionId;
    }
    if (!row.vendorTxCode.isEmpty()) {
        return row.vendorTxCode;
    }
    return ReconciliationPage::tr("in batch %1").arg(row.batchId);
}

/// The proposal dialog: the action (the matcher's suggestion first), for a journal the amount and
/// the ledger codes (empty: the defaults), for a confirmed match the entry, and the comment,
/// without which OK stays disabled.
class ProposeDialog : public QDialog
{
public:
    ProposeDialog(const store::ReconcileResultRow& row, QWidget* parent) : QDialog(parent), m_row(row)
    {
        setObjectName(QStringLiteral("proposeDialog"));
        setWindowTitle(ReconciliationPage::tr("Propose a resolution"));
        setWindowModality(Qt::WindowModal);
        auto* layout = new QVBoxLayout(this);
        auto* intro = new QLabel(
            ReconciliationPage::tr("%1 of %2 %3 (%4). An approver other than you decides; "
                                   "approving posts it to SYSPRO through the engine.")
                .arg(ReconcileResultsModel::className(row.classId),
                     row.isLine ? ReconciliationPage::tr("settlement line") : ReconciliationPage::tr("ledger entry"),
                     reference(row), row.amount.toDisplayString(QLocale())),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto* form = new QFormLayout;
        m_action = new QComboBox(this);
        m_action->setObjectName(QStringLiteral("actionComboBox"));
        for (store::ResolutionAction a : kActions) {
            QString name = store::Resolutions::actionName(a);
            if (!name.isEmpty()) {
                name[0] = name.at(0).toUpper(); // a phrase for sentences; a choice starts upper case
            }
            m_action->addItem(name, int(a));
        }
        m_action->setCurrentIndex(m_action->findData(int(actionFor(row.resolution))));
        form->addRow(ReconciliationPage::tr("&Resolution:"), m_action);
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("amountLineEdit"));
        m_amount->setPlaceholderText(
            row.differenceMinor != 0
                ? ReconciliationPage::tr("The difference, %1")
                      .arg(Money(std::abs(row.differenceMinor), row.amount.currency()).toDisplayString(QLocale()))
                : ReconciliationPage::tr("The row's amount"));
        form->addRow(ReconciliationPage::tr("&Amount (%1):").arg(row.amount.currency().code()), m_amount);
        m_debit = new QLineEdit(this);
        m_debit->setObjectName(QStringLiteral("debitLineEdit"));
        m_debit->setPlaceholderText(ReconciliationPage::tr("The class's default"));
        form->addRow(ReconciliationPage::tr("&Debit ledger code:"), m_debit);
        m_credit = new QLineEdit(this);
        m_credit->setObjectName(QStringLiteral("creditLineEdit"));
        m_credit->setPlaceholderText(ReconciliationPage::tr("The class's default"));
        form->addRow(ReconciliationPage::tr("C&redit ledger code:"), m_credit);
        m_counterpart = new QLineEdit(this);
        m_counterpart->setObjectName(QStringLiteral("counterpartLineEdit"));
        m_counterpart->setPlaceholderText(ReconciliationPage::tr("Opayo transaction id of the ledger entry"));
        m_counterpart->setText(row.isLine ? row.counterpart : QString());
        form->addRow(ReconciliationPage::tr("&Confirmed entry:"), m_counterpart);
        m_comment = new QPlainTextEdit(this);
        m_comment->setObjectName(QStringLiteral("commentEdit"));
        m_comment->setPlaceholderText(ReconciliationPage::tr("Why this resolution (needed; the approver reads it)"));
        m_comment->setMaximumHeight(90);
        form->addRow(ReconciliationPage::tr("C&omment:"), m_comment);
        layout->addLayout(form);
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("hintLabel"));
        m_hint->setWordWrap(true);
        layout->addWidget(m_hint);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_buttons->button(QDialogButtonBox::Ok)->setText(ReconciliationPage::tr("&Propose"));
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_comment, &QPlainTextEdit::textChanged, this, [this] { check(); });
        connect(m_amount, &QLineEdit::textChanged, this, [this] { check(); });
        connect(m_action, &QComboBox::currentIndexChanged, this, [this] { check(); });
        check();
    }

    [[nodiscard]] store::ResolutionProposal proposal() const
    {
        store::ResolutionProposal p;
        p.action = store::ResolutionAction(m_action->currentData().toInt());
        if (!m_amount->text().trimmed().isEmpty()) {
            Result<Money> m = Money::parse(m_amount->text().trimmed(), m_row.amount.currency());
            if (m) {
                p.amount = *m;
            }
        }
        p.debitLedgerCode = m_debit->text().trimmed();
        p.creditLedgerCode = m_credit->text().trimmed();
        p.counterpartTransactionId = m_counterpart->text().trimmed();
        p.comment = m_comment->toPlainText().trimmed();
        return p;
    }

private:
    void check()
    {
        const auto action = store::ResolutionAction(m_action->currentData().toInt());
        const bool journal = store::resolutionActionIsJournal(action);
        m_amount->setEnabled(journal);
        m_debit->setEnabled(journal);
        m_credit->setEnabled(journal);
        m_counterpart->setEnabled(action == store::ResolutionAction::ConfirmMatch);
        QString problem;
        if (journal && !m_amount->text().trimmed().isEmpty()) {
            Result<Money> m = Money::parse(m_amount->text().trimmed(), m_row.amount.currency());
            if (!m) {
                problem = m.error().message;
            } else if (m->minorUnits() <= 0) {
                problem = ReconciliationPage::tr("The amount must be more than zero.");
            }
        }
        if (problem.isEmpty() && m_comment->toPlainText().trimmed().isEmpty()) {
            problem = ReconciliationPage::tr("Say in the comment why this resolution is right: it is needed, and the "
                                             "approver reads it.");
        }
        m_hint->setText(problem);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

    store::ReconcileResultRow m_row;
    QComboBox* m_action;
    QLineEdit* m_amount;
    QLineEdit* m_debit;
    QLineEdit* m_credit;
    QLineEdit* m_counterpart;
    QPlainTextEdit* m_comment;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace

ReconciliationPage::ReconciliationPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ReconciliationPage>())
    , m_results(new ReconcileResultsModel(context.database(), this))
    , m_batches(new QStandardItemModel(0, BatchColumnCount, this))
    , m_detailWorker(std::make_unique<DatabaseWorker>(context.database(), QStringLiteral("reconcile-detail")))
{
    m_ui->setupUi(this);
    const QDate yesterday = QDate::currentDate().addDays(-1);
    m_ui->fromDateEdit->setDate(yesterday);
    m_ui->toDateEdit->setDate(yesterday);
    m_ui->runProgressBar->setRange(0, 0);
    m_ui->runProgressBar->hide();
    setUpViews();
    setUpFilters();

    connect(m_ui->runButton, &QPushButton::clicked, this, &ReconciliationPage::runReconciliation);
    connect(m_ui->runComboBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_runs.size()) {
            showRun(m_runs.at(index).id);
        }
    });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(m_ui->proposeButton, &QPushButton::clicked, this, [this] { openProposeDialog(); });
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ReconciliationPage::approveSelected);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &ReconciliationPage::rejectSelected);
    connect(m_ui->proposeJournalButton, &QPushButton::clicked, this, &ReconciliationPage::proposeSettlementJournal);
    connect(m_ui->approveJournalButton, &QPushButton::clicked, this, &ReconciliationPage::approveSettlementJournal);
    connect(m_ui->closeBatchButton, &QPushButton::clicked, this, &ReconciliationPage::closeSelectedBatch);
    connect(&m_context, &AppContext::currentUserChanged, this, [this] {
        updateActions();
        if (isVisible()) {
            refreshRuns(); // the empty state says who may run it
        }
    });
    connect(m_results, &ReconcileResultsModel::loaded, this, [this] {
        updateCount();
        showDetail();
        updateActions();
    });
    connect(m_results, &ReconcileResultsModel::loadFailed, this, [this](const Error& error) {
        m_ui->countLabel->setText(error.message);
        Q_EMIT actionFailed(error);
    });
    updateActions();
}

ReconciliationPage::~ReconciliationPage()
{
    if (m_runThread) {
        // The run's database work finishes; what it would report back is dropped.
        QMetaObject::invokeMethod(
            m_runner, [database = m_context.database()] { database->closeThreadConnection(); },
            Qt::BlockingQueuedConnection);
        m_runThread->quit();
        m_runThread->wait();
        delete m_runner;
        delete m_runThread;
    }
}

void ReconciliationPage::setUpViews()
{
    QTableView* grid = m_ui->resultsView;
    grid->setModel(m_results);
    grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    grid->setSortingEnabled(true);
    grid->horizontalHeader()->setSortIndicator(ReconcileResultsModel::StateColumn, Qt::AscendingOrder);
    grid->horizontalHeader()->setStretchLastSection(true);
    grid->verticalHeader()->setDefaultSectionSize(grid->fontMetrics().height() + 8);
    grid->verticalHeader()->hide();
    grid->setColumnWidth(ReconcileResultsModel::StateColumn, 190);
    grid->setColumnWidth(ReconcileResultsModel::StatusColumn, 230);
    grid->setColumnWidth(ReconcileResultsModel::TransactionColumn, 170);
    grid->setColumnWidth(ReconcileResultsModel::VendorTxCodeColumn, 170);
    connect(grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        loadDetail();
        updateActions();
    });

    QTableView* batches = m_ui->batchesView;
    m_batches->setHorizontalHeaderLabels({tr("Day"), tr("Acquirer"), tr("Batch"), tr("Currency"), tr("Gross"),
                                          tr("Refunds"), tr("Fees"), tr("Net"), tr("Matched"), tr("Open discrepancies"),
                                          tr("Settlement journal"), tr("Closed")});
    batches->setModel(m_batches);
    batches->setSortingEnabled(false);
    batches->setSelectionMode(QAbstractItemView::SingleSelection);
    batches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    batches->verticalHeader()->hide();
    batches->horizontalHeader()->setStretchLastSection(true);
    connect(batches->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        applyFilter();
        updateActions();
    });
    // Small minimum heights: the page fits a 900 × 610 window; the splitters give the room.
    for (QAbstractScrollArea* area : std::initializer_list<QAbstractScrollArea*>{
             m_ui->batchesView, m_ui->resultsView, m_ui->lineBrowser, m_ui->entryBrowser, m_ui->evidenceBrowser}) {
        area->setMinimumHeight(36);
    }
    // The detail scrolls when the window is small rather than making the page taller.
    auto* detailScroll = new QScrollArea;
    detailScroll->setObjectName(QStringLiteral("detailScrollArea"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    m_ui->gridSplitter->replaceWidget(1, detailScroll);
    detailScroll->setWidget(m_ui->detailPanel);
    m_ui->batchesLayout->setStretchFactor(m_ui->batchesView, 1);
    m_ui->gridLayout->setStretchFactor(m_ui->gridSplitter, 1);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({200, 600});
    m_ui->gridSplitter->setSizes({640, 520});
    m_ui->gridSplitter->setStretchFactor(0, 3);
    m_ui->gridSplitter->setStretchFactor(1, 2);
}

void ReconciliationPage::setUpFilters()
{
    m_ui->sideComboBox->addItem(tr("Lines and entries"), int(store::ReconcileFilter::Side::Both));
    m_ui->sideComboBox->addItem(tr("Settlement lines"), int(store::ReconcileFilter::Side::Lines));
    m_ui->sideComboBox->addItem(tr("Ledger entries"), int(store::ReconcileFilter::Side::Entries));
    m_ui->classComboBox->addItem(tr("Every state"), QString());
    m_ui->classComboBox->addItem(tr("Discrepancies only"), QStringLiteral("*"));
    for (const QString& id : store::ReconcileReads::classIds()) {
        m_ui->classComboBox->addItem(ReconcileResultsModel::classIcon(id, false), ReconcileResultsModel::className(id),
                                     id);
    }
    // What the finance team works on: the discrepancies (Clear filters shows every row).
    m_ui->classComboBox->setCurrentIndex(1);
    m_ui->statusComboBox->addItem(tr("Any status"), QString());
    m_ui->statusComboBox->addItem(tr("Open"), QStringLiteral("open"));
    m_ui->statusComboBox->addItem(tr("Approved"), QStringLiteral("approved"));
    m_ui->statusComboBox->addItem(tr("Rejected"), QStringLiteral("rejected"));
    addCurrencies(m_ui->currencyComboBox);
    // Long class names must not make the page wider than a laptop's window.
    for (QComboBox* box : {m_ui->sideComboBox, m_ui->classComboBox, m_ui->statusComboBox, m_ui->runComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_ui->runComboBox ? 28 : 14);
    }
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filterTimer, &QTimer::timeout, this, &ReconciliationPage::applyFilter);
    for (QComboBox* box : {m_ui->sideComboBox, m_ui->classComboBox, m_ui->statusComboBox, m_ui->currencyComboBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ReconciliationPage::applyFilter);
    }
    for (QLineEdit* edit : {m_ui->amountFromEdit, m_ui->amountToEdit, m_ui->referenceEdit}) {
        connect(edit, &QLineEdit::textEdited, m_filterTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &ReconciliationPage::applyFilter);
    }
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        for (QComboBox* box : {m_ui->sideComboBox, m_ui->classComboBox, m_ui->statusComboBox}) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(0);
        }
        for (QLineEdit* edit : {m_ui->amountFromEdit, m_ui->amountToEdit, m_ui->referenceEdit}) {
            edit->clear();
        }
        m_ui->batchesView->clearSelection(); // applies the filter
        applyFilter();
    });
}

void ReconciliationPage::setEngine(engine::Engine* engine)
{
    disconnect(m_engineConnection);
    m_engine = engine;
    if (engine) {
        // Postings move on: the Status column follows (never more than one read at a time).
        m_engineConnection = connect(engine, &engine::Engine::eventsChanged, this, [this] {
            if (isVisible()) {
                m_results->refresh();
            }
        });
    }
}

void ReconciliationPage::setRequestSource(RequestSource source)
{
    m_source = std::move(source);
}

bool ReconciliationPage::isBusy() const
{
    return m_results->isLoading() || m_results->worker().pending() > 0 || m_detailWorker->pending() > 0 ||
           m_runThread != nullptr;
}

void ReconciliationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshRuns();
}

void ReconciliationPage::refreshRuns()
{
    m_results->run<Result<QList<store::ReconcileRunRow>>>(
        [](const std::shared_ptr<store::Database>& database) { return store::ReconcileReads(database).runs(); },
        [this](const Result<QList<store::ReconcileRunRow>>& runs) {
            if (!runs) {
                m_ui->footerLabel->setText(runs.error().message);
                Q_EMIT actionFailed(runs.error());
                return;
            }
            m_runs = *runs;
            m_runsRead = true;
            const QSignalBlocker block(m_ui->runComboBox);
            m_ui->runComboBox->clear();
            const QLocale locale;
            for (const store::ReconcileRunRow& r : std::as_const(m_runs)) {
                const QString days = r.from == r.to
                                         ? r.from.toString(Qt::ISODate)
                                         : tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
                m_ui->runComboBox->addItem(
                    tr("Run %1: %2, %n open", nullptr, int(r.openDiscrepancies)).arg(r.id).arg(days), r.id);
            }
            m_ui->runComboBox->setEnabled(!m_runs.isEmpty());
            if (m_runs.isEmpty()) {
                m_ui->stack->setCurrentWidget(m_ui->emptyPage);
                const Result<void> mayRun = m_context.check(Action::ProposeResolution);
                m_ui->emptyLabel->setText(
                    tr("<p><b>No reconciliation has run yet.</b></p>"
                       "<p>Reconciliation compares what Opayo settled with what the bridge recorded and SYSPRO "
                       "booked. It needs the settlement data first:</p><ul>"
                       "<li>the Opayo Reporting API (its user and password under Settings → Opayo), downloaded "
                       "daily, or</li>"
                       "<li>the acquirer's settlement files (CSV): put them in the folder named by the setting "
                       "<i>settlement/folder</i>, have them fetched over SFTP (<i>settlement/sftpHost</i>), or "
                       "import one on the command line with "
                       "<code>bridge-cli reconcile --file statement.csv</code>.</li></ul>"
                       "<p>Then choose the settlement days above and press <b>Run reconciliation now</b>.</p>") +
                    (mayRun ? QString()
                            : QStringLiteral("<p><i>%1</i></p>")
                                  .arg(esc(tr("A preparer runs it: %1").arg(mayRun.error().message)))));
                m_runId = 0;
                m_results->setQuery({}, store::ReconcileSort::Class, false);
                m_batches->removeRows(0, m_batches->rowCount());
            } else {
                m_ui->stack->setCurrentWidget(m_ui->contentPage);
                // The run just made, else the one shown, else the newest.
                qint64 show = m_runs.first().id;
                for (const store::ReconcileRunRow& r : std::as_const(m_runs)) {
                    if (r.id == m_runId && m_preferredRun == 0) {
                        show = r.id;
                    }
                    if (r.id == m_preferredRun) {
                        show = r.id;
                    }
                }
                m_preferredRun = 0;
                m_ui->runComboBox->setCurrentIndex(m_ui->runComboBox->findData(show));
                if (show != m_runId) {
                    showRun(show);
                } else {
                    loadBatches();
                    m_results->refresh();
                }
            }
            updateActions();
            Q_EMIT runsLoaded();
        });
}

bool ReconciliationPage::selectRun(qint64 runId)
{
    const int index = m_ui->runComboBox->findData(runId);
    if (index < 0) {
        return false;
    }
    m_ui->runComboBox->setCurrentIndex(index);
    showRun(runId);
    return true;
}

void ReconciliationPage::showRun(qint64 runId)
{
    m_runId = runId;
    m_detail.reset();
    for (const store::ReconcileRunRow& r : std::as_const(m_runs)) {
        if (r.id == runId) {
            m_ui->fromDateEdit->setDate(r.from);
            m_ui->toDateEdit->setDate(r.to);
            m_ui->runComboBox->setToolTip(tr("Run %1 by %2 on %3: %4 settlement lines, %5 matched; %6 ledger entries.")
                                              .arg(r.id)
                                              .arg(r.startedBy, dateTime(r.startedAt))
                                              .arg(r.lines)
                                              .arg(r.matched)
                                              .arg(r.ledgerEntries));
        }
    }
    {
        const QSignalBlocker block(m_ui->batchesView->selectionModel());
        m_batches->removeRows(0, m_batches->rowCount());
    }
    loadBatches();
    applyFilter();
}

void ReconciliationPage::loadBatches()
{
    const qint64 runId = m_runId;
    if (runId <= 0) {
        return;
    }
    m_results->run<BatchesReply>(
        [runId](const std::shared_ptr<store::Database>& database) {
            BatchesReply reply;
            Result<QList<store::ReconcileBatchRow>> rows = store::ReconcileReads(database).batches(runId);
            if (!rows) {
                reply.error = rows.error();
                return reply;
            }
            reply.rows = *rows;
            const store::Resolutions resolutions(database);
            for (const store::ReconcileBatchRow& b : std::as_const(reply.rows)) {
                if (b.batchId.isEmpty() || reply.info.contains(b.batchId)) {
                    continue;
                }
                BatchInfo info;
                Result<std::optional<qint64>> ref = resolutions.findBatch(b.acquirer, b.batchId);
                if (!ref) {
                    reply.error = ref.error();
                    return reply;
                }
                info.ref = *ref;
                if (info.ref) {
                    Result<store::BatchStatus> status = resolutions.batchStatus(*info.ref);
                    if (!status) {
                        reply.error = status.error();
                        return reply;
                    }
                    info.closed = status->closed;
                    info.closedBy = status->closedBy;
                    info.journalsMissing = status->journalsMissing;
                    Result<QList<store::ResolutionRecord>> journals = resolutions.batchJournals(*info.ref);
                    if (!journals) {
                        reply.error = journals.error();
                        return reply;
                    }
                    for (const store::ResolutionRecord& j : std::as_const(*journals)) {
                        const QString currency = j.amount.currency().code();
                        if (!info.journals.contains(currency)) {
                            info.journals.insert(currency, j); // newest first
                        }
                    }
                }
                reply.info.insert(b.batchId, info);
            }
            return reply;
        },
        [this, runId](const BatchesReply& reply) {
            if (runId != m_runId) {
                return;
            }
            if (reply.error) {
                m_ui->batchStatusLabel->setText(reply.error->message);
                Q_EMIT actionFailed(*reply.error);
                return;
            }
            // Keep the selected batch selected.
            const int selected = selectedBatchRow();
            const QString keepBatch =
                selected >= 0 ? m_batches->item(selected, 0)->data(BatchIdRole).toString() : QString();
            const QString keepCurrency =
                selected >= 0 ? m_batches->item(selected, 0)->data(BatchCurrencyRole).toString() : QString();
            const QSignalBlocker block(m_ui->batchesView->selectionModel());
            m_batches->removeRows(0, m_batches->rowCount());
            const QLocale locale;
            int reselect = -1;
            for (const store::ReconcileBatchRow& b : reply.rows) {
                const Currency currency = Currency::fromCode(b.currency).value_or(Currency::of("GBP"));
                auto money = [&](qint64 minor) { return Money(minor, currency).toDisplayString(locale); };
                const BatchInfo info = reply.info.value(b.batchId);
                QList<QStandardItem*> items;
                items.append(new QStandardItem(b.settledOn.isValid() ? b.settledOn.toString(Qt::ISODate) : QString()));
                items.append(new QStandardItem(b.acquirer));
                items.append(new QStandardItem(b.batchId.isEmpty() ? tr("(entries in no batch)") : b.batchId));
                items.append(new QStandardItem(b.currency));
                items.append(new QStandardItem(money(b.grossMinor)));
                items.append(new QStandardItem(money(b.refundsMinor)));
                items.append(new QStandardItem(money(b.feesMinor)));
                items.append(new QStandardItem(money(b.netMinor)));
                items.append(new QStandardItem(b.lines == 0
                                                   ? QString()
                                                   : tr("%1% (%2 of %3)")
                                                         .arg(locale.toString(b.matchedPerMille() / 10.0, 'f', 1))
                                                         .arg(b.matched)
                                                         .arg(b.lines)));
                auto* open = new QStandardItem(QString::number(b.openDiscrepancies));
                open->setIcon(ReconcileResultsModel::classIcon(
                    b.openDiscrepancies > 0 ? QStringLiteral("unknown") : QStringLiteral("matched"), false));
                items.append(open);
                QString journal;
                const auto j = info.journals.constFind(b.currency);
                if (b.batchId.isEmpty()) {
                    journal = QString();
                } else if (j == info.journals.constEnd()) {
                    journal = tr("Not proposed");
                } else if (j->state == store::ResolutionState::Proposed) {
                    journal = tr("Proposed by %1").arg(j->proposedBy);
                } else if (j->state == store::ResolutionState::Rejected) {
                    journal = tr("Rejected by %1").arg(j->decidedBy);
                } else if (!j->documentKey.isEmpty()) {
                    journal = tr("Posted: %1").arg(j->documentKey);
                } else {
                    journal = tr("Approved by %1").arg(j->decidedBy);
                }
                items.append(new QStandardItem(journal));
                items.append(new QStandardItem(b.batchId.isEmpty() ? QString()
                                               : info.closed       ? tr("Closed by %1").arg(info.closedBy)
                                                                   : tr("Open")));
                for (int c : {GrossColumn, RefundsColumn, FeesColumn, NetColumn, MatchedColumn, OpenColumn}) {
                    items.at(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                QStandardItem* first = items.first();
                first->setData(b.batchId, BatchIdRole);
                first->setData(b.currency, BatchCurrencyRole);
                first->setData(info.ref ? QVariant(*info.ref) : QVariant(), BatchRefRole);
                if (j != info.journals.constEnd() && j->state == store::ResolutionState::Proposed) {
                    first->setData(j->id, JournalProposalRole);
                    first->setData(j->proposedBy, JournalByRole);
                }
                for (QStandardItem* item : items) {
                    item->setEditable(false);
                }
                m_batches->appendRow(items);
                if (b.batchId == keepBatch && b.currency == keepCurrency && selected >= 0) {
                    reselect = m_batches->rowCount() - 1;
                }
            }
            m_ui->batchesView->resizeColumnsToContents();
            if (reselect >= 0) {
                m_ui->batchesView->selectRow(reselect);
            }
            updateActions();
            Q_EMIT batchesLoaded();
        });
}

int ReconciliationPage::selectedBatchRow() const
{
    const QModelIndexList rows = m_ui->batchesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool ReconciliationPage::selectBatch(const QString& batchId)
{
    for (int r = 0; r < m_batches->rowCount(); ++r) {
        if (m_batches->item(r, 0)->data(BatchIdRole).toString() == batchId) {
            m_ui->batchesView->selectRow(r);
            return true;
        }
    }
    return false;
}

Result<store::ReconcileFilter> ReconciliationPage::currentFilter() const
{
    store::ReconcileFilter f;
    f.runId = m_runId;
    f.side = store::ReconcileFilter::Side(m_ui->sideComboBox->currentData().toInt());
    const QString cls = m_ui->classComboBox->currentData().toString();
    if (cls == QLatin1String("*")) {
        f.classes = store::ReconcileFilter::Classes::Discrepancies;
    } else if (!cls.isEmpty()) {
        f.classes = store::ReconcileFilter::Classes::Class;
        f.classId = cls;
    }
    f.status = m_ui->statusComboBox->currentData().toString();
    const int batchRow = selectedBatchRow();
    if (batchRow >= 0) {
        f.batchId = m_batches->item(batchRow, 0)->data(BatchIdRole).toString();
    }
    f.amountFrom = m_ui->amountFromEdit->text().trimmed();
    f.amountTo = m_ui->amountToEdit->text().trimmed();
    if (!f.amountFrom.isEmpty() || !f.amountTo.isEmpty()) {
        f.currency = m_ui->currencyComboBox->currentData().toString();
    }
    f.referencePrefix = m_ui->referenceEdit->text().trimmed();
    if (Result<void> ok = store::ReconcileReads::validate(f); !ok && m_runId > 0) {
        return fail(ok.error());
    }
    return f;
}

void ReconciliationPage::applyFilter()
{
    m_filterTimer->stop();
    if (m_runId <= 0) {
        return;
    }
    Result<store::ReconcileFilter> f = currentFilter();
    if (!f) {
        m_filterError = f.error().message;
        updateCount();
        return;
    }
    m_filterError.clear();
    const QHeaderView* header = m_ui->resultsView->horizontalHeader();
    const bool byAmount = header->sortIndicatorSection() == ReconcileResultsModel::AmountColumn;
    m_results->setQuery(*f, byAmount ? store::ReconcileSort::Amount : store::ReconcileSort::Class,
                        header->sortIndicatorOrder() == Qt::DescendingOrder);
}

void ReconciliationPage::updateCount()
{
    if (!m_filterError.isEmpty()) {
        m_ui->countLabel->setText(m_filterError);
        return;
    }
    const int rows = m_results->rowCount();
    const store::ReconcileRunRow* run = nullptr;
    for (const store::ReconcileRunRow& r : std::as_const(m_runs)) {
        if (r.id == m_runId) {
            run = &r;
        }
    }
    if (run && run->lines == 0 && run->ledgerEntries == 0) {
        m_ui->countLabel->setText(tr("This run found no settlement lines and no ledger entries for its days: nothing "
                                     "was settled or imported for them yet. Import the statements (Reporting API or "
                                     "settlement files), then run again."));
    } else if (rows == 0) {
        m_ui->countLabel->setText(tr("No rows match the filter. Clear filters shows every row of the run."));
    } else {
        m_ui->countLabel->setText(tr("%n row(s); select one to see both sides and why.", nullptr, rows));
    }
}

QList<int> ReconciliationPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->resultsView->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ReconciliationPage::selectResult(qint64 resultId)
{
    const int row = m_results->rowOf(resultId);
    if (row < 0) {
        return false;
    }
    m_ui->resultsView->selectRow(row);
    m_ui->resultsView->scrollTo(m_results->index(row, 0));
    return true;
}

bool ReconciliationPage::selectResults(const QList<qint64>& resultIds)
{
    QItemSelection selection;
    for (qint64 id : resultIds) {
        const int row = m_results->rowOf(id);
        if (row < 0) {
            return false;
        }
        selection.select(m_results->index(row, 0), m_results->index(row, ReconcileResultsModel::ColumnCount - 1));
    }
    m_ui->resultsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return true;
}

void ReconciliationPage::loadDetail()
{
    const QList<int> rows = selectedRows();
    const store::ReconcileResultRow* r = rows.size() == 1 ? m_results->rowAt(rows.first()) : nullptr;
    const quint64 generation = ++m_detailGeneration;
    if (!r) {
        m_detail.reset();
        m_history.clear();
        showDetail();
        return;
    }
    const qint64 id = r->id;
    m_ui->detailTitleLabel->setText(tr("Reading both sides…"));
    m_detailWorker->run<DetailReply>(
        [id](const std::shared_ptr<store::Database>& database) {
            DetailReply reply;
            Result<std::optional<store::ReconcileDetail>> d = store::ReconcileReads(database).detail(id);
            if (!d) {
                reply.error = d.error();
                return reply;
            }
            reply.detail = *d;
            Result<QList<store::ResolutionRecord>> history = store::Resolutions(database).history(id);
            if (!history) {
                reply.error = history.error();
                return reply;
            }
            reply.history = *history;
            return reply;
        },
        [this, generation](const DetailReply& reply) {
            if (generation != m_detailGeneration) {
                return; // another row was selected meanwhile
            }
            if (reply.error) {
                m_detail.reset();
                m_history.clear();
                showDetail();
                m_ui->detailTitleLabel->setText(reply.error->message);
                Q_EMIT actionFailed(*reply.error);
                return;
            }
            m_detail = reply.detail;
            m_history = reply.history;
            showDetail();
            updateActions();
            Q_EMIT detailLoaded();
        });
}

void ReconciliationPage::showDetail()
{
    if (!m_detail) {
        const int n = int(selectedRows().size());
        m_ui->detailTitleLabel->setText(n > 1 ? tr("%1 rows selected: approve their proposals together (one class "
                                                   "at a time).")
                                                    .arg(n)
                                              : tr("Select a row to see both sides and why they matched or not."));
        m_ui->lineBrowser->clear();
        m_ui->entryBrowser->clear();
        m_ui->evidenceBrowser->clear();
        return;
    }
    const store::ReconcileDetail& d = *m_detail;
    const QLocale locale;
    m_ui->detailTitleLabel->setText(tr("%1: %2 %3")
                                        .arg(ReconcileResultsModel::className(d.row.classId),
                                             d.row.isLine ? tr("settlement line") : tr("ledger entry"),
                                             reference(d.row)));
    auto rowHtml = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td style=\"color:#555; white-space:nowrap;\">%1</td><td><b>%2</b></td></tr>")
            .arg(esc(name), esc(value));
    };
    if (d.line) {
        const store::ReconcileLineSide& l = *d.line;
        QString h = QStringLiteral("<table cellspacing=\"2\">");
        h += rowHtml(tr("Batch"), tr("%1 #%2").arg(l.batchId).arg(l.seq));
        h += rowHtml(tr("Acquirer"), l.acquirer);
        h += rowHtml(tr("Settled on"), l.settledOn.toString(Qt::ISODate));
        h += rowHtml(tr("Type"), l.type);
        h += rowHtml(tr("Opayo transaction"), l.transactionId);
        h += rowHtml(tr("VendorTxCode"), l.vendorTxCode);
        h += rowHtml(tr("Amount"), l.amount.toDisplayString(locale));
        if (l.feeMinor != 0) {
            h += rowHtml(tr("Fee"), Money(l.feeMinor, l.amount.currency()).toDisplayString(locale));
        }
        if (!l.cardLastFour.isEmpty()) {
            h += rowHtml(tr("Card"), tr("ending %1").arg(l.cardLastFour));
        }
        h += rowHtml(tr("From"), l.fileName.isEmpty() ? tr("Opayo Reporting API")
                                                      : tr("%1, line %2").arg(l.fileName).arg(l.sourceLine));
        h += QStringLiteral("</table>");
        m_ui->lineBrowser->setHtml(h);
    } else {
        m_ui->lineBrowser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                                       .arg(esc(tr("No settlement line: no batch of the run's days holds "
                                                   "this ledger entry."))));
    }
    if (d.entry) {
        const store::ReconcileEntrySide& e = *d.entry;
        QString h = QStringLiteral("<table cellspacing=\"2\">");
        h += rowHtml(tr("Opayo transaction"), e.transactionId);
        h += rowHtml(tr("Kind"), e.kind);
        h += rowHtml(tr("VendorTxCode"), e.vendorTxCode);
        h += rowHtml(tr("Customer"), e.customer);
        h += rowHtml(tr("Amount"), e.amount.toDisplayString(locale));
        h += rowHtml(tr("Status"), e.status);
        h += rowHtml(tr("Occurred"), dateTime(e.occurredAt));
        h += QStringLiteral("</table><p><b>%1</b></p>").arg(esc(tr("SYSPRO documents")));
        if (e.documents.isEmpty()) {
            h += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("None recorded for this transaction.")));
        } else {
            h += QStringLiteral("<ul>");
            for (const store::ReconcileDocument& doc : e.documents) {
                h += QStringLiteral("<li>%1 %2 (%3)</li>")
                         .arg(esc(doc.commandKind), esc(doc.documentKey), esc(dateTime(doc.linkedAt)));
            }
            h += QStringLiteral("</ul>");
        }
        m_ui->entryBrowser->setHtml(h);
    } else {
        m_ui->entryBrowser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                                        .arg(esc(tr("No ledger entry: the bridge never recorded this transaction."))));
    }
    QString ev = QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(esc(tr("Why:")), esc(d.evidence).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    if (!d.changesSinceRun.isEmpty()) {
        QString changed = QStringLiteral("<p style=\"color:#b26a00;\"><b>%1</b></p><ul style=\"color:#b26a00;\">")
                              .arg(esc(tr("Changed since this run (run the reconciliation again to update the "
                                          "grid and the evidence):")));
        for (const QString& change : d.changesSinceRun) {
            changed += QStringLiteral("<li>%1</li>").arg(esc(change));
        }
        ev.prepend(changed + QStringLiteral("</ul>"));
    }
    if (!m_history.isEmpty()) {
        ev += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Resolutions")));
        for (const store::ResolutionRecord& r : std::as_const(m_history)) {
            QString line =
                tr("%1 proposed %2 on %3: \"%4\"")
                    .arg(r.proposedBy, store::Resolutions::actionName(r.action), dateTime(r.proposedAt), r.comment);
            if (r.state != store::ResolutionState::Proposed) {
                line += QLatin1Char(' ') +
                        tr("%1 by %2 on %3%4")
                            .arg(store::Resolutions::stateName(r.state), r.decidedBy, dateTime(r.decidedAt),
                                 r.decisionComment.isEmpty() ? QString()
                                                             : QStringLiteral(": \"%1\"").arg(r.decisionComment));
            }
            if (!r.documentKey.isEmpty()) {
                line += QLatin1Char(' ') + tr("Posted to SYSPRO as %1 %2.").arg(r.commandKind, r.documentKey);
            } else if (!r.postingError.isEmpty()) {
                line += QLatin1Char(' ') + tr("Posting problem: %1").arg(r.postingError);
            }
            ev += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        ev += QStringLiteral("</ul>");
    }
    m_ui->evidenceBrowser->setHtml(ev);
}

void ReconciliationPage::updateActions()
{
    const bool hasRun = m_runId > 0;
    const bool running = m_runThread != nullptr;
    m_ui->runButton->setEnabled(!running && m_context.can(Action::ProposeResolution));
    m_ui->runButton->setToolTip(m_context.can(Action::ProposeResolution)
                                    ? tr("Imports what is new for these days, then matches every settlement line "
                                         "against the ledger and SYSPRO.")
                                    : m_context.check(Action::ProposeResolution).error().message);
    m_ui->exportCsvButton->setEnabled(hasRun && m_context.can(Action::ExportData));
    m_ui->exportPdfButton->setEnabled(hasRun && m_context.can(Action::ExportData));

    const QList<int> rows = selectedRows();
    QString hint;
    // Propose: one open discrepancy, preparer.
    const store::ReconcileResultRow* one = rows.size() == 1 ? m_results->rowAt(rows.first()) : nullptr;
    const store::ResolutionRecord* res = one ? m_results->resolutionAt(rows.first()) : nullptr;
    const bool openItem = one && one->discrepancy != reconcile::Discrepancy::None &&
                          (!res || res->state == store::ResolutionState::Rejected);
    const Result<void> mayPropose = m_context.check(Action::ProposeResolution);
    m_ui->proposeButton->setEnabled(openItem && mayPropose);
    // Approve: every selected row has a proposal waiting, one class.
    QStringList classes;
    int proposed = 0;
    for (int row : rows) {
        const store::ResolutionRecord* r = m_results->resolutionAt(row);
        if (r && r->state == store::ResolutionState::Proposed) {
            ++proposed;
            if (!classes.contains(r->discrepancyClass)) {
                classes.append(r->discrepancyClass);
            }
        }
    }
    const Result<void> mayApprove = m_context.check(Action::ApproveResolution);
    m_ui->approveButton->setEnabled(proposed > 0 && proposed == rows.size() && mayApprove);
    m_ui->approveButton->setText(proposed > 1 ? tr("&Approve %1").arg(proposed) : tr("&Approve"));
    m_ui->rejectButton->setEnabled(proposed == 1 && rows.size() == 1 && mayApprove);
    if (rows.isEmpty()) {
        hint = tr("Select a discrepancy to propose a resolution, or rows with proposals to approve them.");
    } else if (one && one->discrepancy == reconcile::Discrepancy::None) {
        hint = tr("This row matched: there is nothing to resolve.");
    } else if (openItem && !mayPropose) {
        hint = mayPropose.error().message;
    } else if (proposed > 0 && !mayApprove) {
        hint = mayApprove.error().message;
    } else if (proposed > 0 && proposed != rows.size()) {
        hint = tr("Some selected rows have no proposal waiting: select only rows with a proposal to approve.");
    } else if (classes.size() > 1) {
        hint = tr("The selected proposals are of %1 classes (%2); approve one class at a time.")
                   .arg(classes.size())
                   .arg(classes.join(QStringLiteral(", ")));
        m_ui->approveButton->setEnabled(false);
    } else if (res && res->state == store::ResolutionState::Approved) {
        hint = tr("Resolved: approved by %1.").arg(res->decidedBy);
    }
    m_ui->actionHintLabel->setText(hint);

    // Batch actions.
    const int batchRow = selectedBatchRow();
    const bool realBatch = batchRow >= 0 && !m_batches->item(batchRow, 0)->data(BatchIdRole).toString().isEmpty() &&
                           m_batches->item(batchRow, 0)->data(BatchRefRole).isValid();
    const bool journalWaiting = realBatch && m_batches->item(batchRow, 0)->data(JournalProposalRole).isValid();
    m_ui->proposeJournalButton->setEnabled(realBatch && !journalWaiting && mayPropose);
    m_ui->approveJournalButton->setEnabled(journalWaiting && mayApprove);
    m_ui->closeBatchButton->setEnabled(realBatch && mayApprove);
    if (batchRow < 0) {
        m_ui->batchStatusLabel->setText(hasRun ? tr("Select a batch to see only its rows, to post its settlement "
                                                    "journal or to close it.")
                                               : QString());
    } else if (!realBatch) {
        m_ui->batchStatusLabel->setText(tr("Ledger entries no settlement line took: nothing to post or close."));
    } else {
        m_ui->batchStatusLabel->setText(journalWaiting
                                            ? tr("Settlement journal proposed by %1, waiting for an approver.")
                                                  .arg(m_batches->item(batchRow, 0)->data(JournalByRole).toString())
                                            : m_batches->item(batchRow, ClosedColumn)->text());
    }
}

QDialog* ReconciliationPage::openProposeDialog()
{
    const QList<int> rows = selectedRows();
    const store::ReconcileResultRow* r = rows.size() == 1 ? m_results->rowAt(rows.first()) : nullptr;
    if (!r) {
        refuse(tr("Cannot propose a resolution"), Error::permanent(QStringLiteral("reconcile.select"),
                                                                   tr("Select the one discrepancy to resolve first.")));
        return nullptr;
    }
    if (Result<void> allowed = m_context.check(Action::ProposeResolution); !allowed) {
        refuse(tr("Cannot propose a resolution"), allowed.error());
        return nullptr;
    }
    if (m_proposeDialog) {
        m_proposeDialog->close();
    }
    auto* dialog = new ProposeDialog(*r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { propose(dialog->proposal()); });
    m_proposeDialog = dialog;
    dialog->open();
    return dialog;
}

void ReconciliationPage::propose(const store::ResolutionProposal& proposal)
{
    const QString title = tr("Cannot propose a resolution");
    const QList<int> rows = selectedRows();
    const store::ReconcileResultRow* r = rows.size() == 1 ? m_results->rowAt(rows.first()) : nullptr;
    if (!r) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.select"),
                                       tr("Select the one discrepancy to resolve first.")));
        return;
    }
    if (Result<void> allowed = m_context.check(Action::ProposeResolution); !allowed) {
        refuse(title, allowed.error());
        return;
    }
    if (proposal.comment.trimmed().isEmpty()) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.comment"),
                                       tr("Say in the comment why this resolution is right: the approver reads it.")));
        return;
    }
    const qint64 id = r->id;
    const QString actor = m_context.currentUser().login;
    const RoleSet roles = m_context.currentUser().roles;
    const store::ResolutionPosting posting = store::ResolutionPosting::fromSettings(m_context.settings());
    m_ui->proposeButton->setEnabled(false);
    m_results->run<Result<qint64>>(
        [=](const std::shared_ptr<store::Database>& database) {
            return store::Resolutions(database, posting).propose(id, proposal, actor, roles);
        },
        [this, title, proposal](const Result<qint64>& proposed) {
            if (!proposed) {
                refuse(title, proposed.error());
                updateActions();
                return;
            }
            report(tr("Resolution %1 proposed (%2); an approver other than you decides.")
                       .arg(*proposed)
                       .arg(store::Resolutions::actionName(proposal.action)));
            m_results->refresh();
            loadDetail();
            loadBatches();
        });
}

void ReconciliationPage::approveSelected()
{
    decide(true);
}

void ReconciliationPage::rejectSelected()
{
    decide(false);
}

void ReconciliationPage::decide(bool approve)
{
    const QString title = approve ? tr("Cannot approve") : tr("Cannot reject");
    QList<qint64> ids;
    QStringList classes;
    for (int row : selectedRows()) {
        const store::ResolutionRecord* r = m_results->resolutionAt(row);
        if (!r || r->state != store::ResolutionState::Proposed) {
            refuse(title, Error::permanent(QStringLiteral("reconcile.nothing_proposed"),
                                           tr("A selected row has no proposal waiting for a decision; select only "
                                              "rows whose status says \"Proposed\".")));
            return;
        }
        // Maker-checker, before the store is asked (it refuses too): never one's own proposal.
        if (Result<void> allowed = m_context.checkApproval(Action::ApproveResolution, r->proposedBy); !allowed) {
            refuse(title, allowed.error());
            return;
        }
        if (!ids.contains(r->id)) {
            ids.append(r->id);
        }
        if (!classes.contains(r->discrepancyClass)) {
            classes.append(r->discrepancyClass);
        }
    }
    if (ids.isEmpty()) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.select"),
                                       tr("Select the rows whose proposals to decide on first.")));
        return;
    }
    if (classes.size() > 1) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.bulk_classes"),
                                       tr("Only proposals of one class can be approved together; the selection holds "
                                          "%1. Filter the grid by one state first.")
                                           .arg(classes.join(QStringLiteral(", ")))));
        return;
    }
    if (!approve && ids.size() > 1) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.reject_one"), tr("Reject one proposal at a time.")));
        return;
    }
    const QString comment = m_ui->decisionCommentEdit->text().trimmed();
    if (!approve && comment.isEmpty()) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.reject_comment"),
                                       tr("Say in the comment why the proposal is rejected: its preparer reads it.")));
        return;
    }
    const QString actor = m_context.currentUser().login;
    const RoleSet roles = m_context.currentUser().roles;
    const store::ResolutionPosting posting = store::ResolutionPosting::fromSettings(m_context.settings());
    m_ui->approveButton->setEnabled(false);
    m_ui->rejectButton->setEnabled(false);
    m_results->run<Result<QList<store::ResolutionRecord>>>(
        [=](const std::shared_ptr<store::Database>& database) -> Result<QList<store::ResolutionRecord>> {
            store::Resolutions resolutions(database, posting);
            if (approve) {
                return resolutions.approve(ids, actor, roles, comment);
            }
            Result<store::ResolutionRecord> rejected = resolutions.reject(ids.first(), actor, roles, comment);
            if (!rejected) {
                return fail(rejected.error());
            }
            return QList<store::ResolutionRecord>{*rejected};
        },
        [this, approve, title](const Result<QList<store::ResolutionRecord>>& decided) {
            if (!decided) {
                refuse(title, decided.error());
                m_results->refresh();
                updateActions();
                return;
            }
            m_ui->decisionCommentEdit->clear();
            int posted = 0;
            for (const store::ResolutionRecord& r : *decided) {
                posted += r.outboxId ? 1 : 0;
            }
            if (approve) {
                report(posted > 0 ? tr("%n resolution(s) approved; the engine posts them to SYSPRO.", nullptr,
                                       int(decided->size()))
                                  : tr("%n resolution(s) approved.", nullptr, int(decided->size())));
                if (m_engine) {
                    m_engine->wake();
                }
            } else {
                report(tr("Proposal %1 rejected; the item is open again.").arg(decided->first().id));
            }
            m_results->refresh();
            loadDetail();
            loadBatches();
            refreshRuns();
        });
}

std::optional<store::ResolutionRecord> ReconciliationPage::pendingJournal(int batchRow) const
{
    if (batchRow < 0 || !m_batches->item(batchRow, 0)->data(JournalProposalRole).isValid()) {
        return std::nullopt;
    }
    store::ResolutionRecord r;
    r.id = m_batches->item(batchRow, 0)->data(JournalProposalRole).toLongLong();
    r.proposedBy = m_batches->item(batchRow, 0)->data(JournalByRole).toString();
    return r;
}

void ReconciliationPage::proposeSettlementJournal()
{
    batchAction(ProposeJournal);
}

void ReconciliationPage::approveSettlementJournal()
{
    batchAction(ApproveJournal);
}

void ReconciliationPage::closeSelectedBatch()
{
    batchAction(CloseBatch);
}

void ReconciliationPage::batchAction(int kind)
{
    const QString title = kind == ProposeJournal   ? tr("Cannot propose the settlement journal")
                          : kind == ApproveJournal ? tr("Cannot approve the settlement journal")
                                                   : tr("Cannot close the batch");
    const int row = selectedBatchRow();
    const QVariant ref = row >= 0 ? m_batches->item(row, 0)->data(BatchRefRole) : QVariant();
    if (!ref.isValid()) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.select_batch"),
                                       tr("Select a settlement batch in the batches table first.")));
        return;
    }
    const qint64 batchRef = ref.toLongLong();
    const QString currency = m_batches->item(row, 0)->data(BatchCurrencyRole).toString();
    const QString batchId = m_batches->item(row, 0)->data(BatchIdRole).toString();
    const QString comment = m_ui->batchCommentEdit->text().trimmed();
    const Action needed = kind == ProposeJournal ? Action::ProposeResolution : Action::ApproveResolution;
    if (Result<void> allowed = m_context.check(needed); !allowed) {
        refuse(title, allowed.error());
        return;
    }
    std::optional<store::ResolutionRecord> journal;
    if (kind == ApproveJournal) {
        journal = pendingJournal(row);
        if (!journal) {
            refuse(title, Error::permanent(QStringLiteral("reconcile.no_journal"),
                                           tr("Batch %1 has no settlement journal waiting for approval; propose it "
                                              "first.")
                                               .arg(batchId)));
            return;
        }
        if (Result<void> allowed = m_context.checkApproval(Action::ApproveResolution, journal->proposedBy); !allowed) {
            refuse(title, allowed.error());
            return;
        }
    }
    if (kind == ProposeJournal && comment.isEmpty()) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.comment"),
                                       tr("Write a comment for batch %1's settlement journal first (next to the "
                                          "buttons): the approver reads it.")
                                           .arg(batchId)));
        return;
    }
    const QString actor = m_context.currentUser().login;
    const RoleSet roles = m_context.currentUser().roles;
    const store::ResolutionPosting posting = store::ResolutionPosting::fromSettings(m_context.settings());
    const qint64 journalId = journal ? journal->id : 0;
    m_results->run<Result<QString>>(
        [=](const std::shared_ptr<store::Database>& database) -> Result<QString> {
            store::Resolutions resolutions(database, posting);
            if (kind == ProposeJournal) {
                Result<qint64> id = resolutions.proposeSettlementJournal(batchRef, currency, comment, actor, roles);
                if (!id) {
                    return fail(id.error());
                }
                return tr("Settlement journal of batch %1 (%2) proposed; an approver other than you decides.")
                    .arg(batchId, currency);
            }
            if (kind == ApproveJournal) {
                Result<QList<store::ResolutionRecord>> done = resolutions.approve({journalId}, actor, roles, comment);
                if (!done) {
                    return fail(done.error());
                }
                return tr("Settlement journal of batch %1 (%2) approved; the engine posts it to SYSPRO.")
                    .arg(batchId, currency);
            }
            Result<store::BatchStatus> closed = resolutions.closeBatch(batchRef, actor, roles, comment);
            if (!closed) {
                return fail(closed.error());
            }
            return tr("Batch %1 closed.").arg(batchId);
        },
        [this, title, kind](const Result<QString>& done) {
            if (!done) {
                refuse(title, done.error());
                return;
            }
            m_ui->batchCommentEdit->clear();
            if (kind == ApproveJournal && m_engine) {
                m_engine->wake();
            }
            report(*done);
            loadBatches();
        });
}

void ReconciliationPage::runReconciliation()
{
    const QString title = tr("Cannot run the reconciliation");
    if (m_runThread) {
        return;
    }
    if (Result<void> allowed = m_context.check(Action::ProposeResolution); !allowed) {
        refuse(title, allowed.error());
        return;
    }
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    if (to < from) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.period"),
                                       tr("The last settlement day (%1) is before the first (%2); swap them.")
                                           .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))));
        return;
    }
    if (m_source) {
        startRun(m_source(from, to));
        return;
    }
    // The sources the settings configure, as `bridge-cli reconcile` uses them: the Reporting API
    // for these days when its user is in the keychain, settlement/folder, SFTP.
    settlement::ReconcileRequest base;
    base.from = from;
    base.to = to;
    m_ui->runButton->setEnabled(false);
    report(tr("Reading the settlement sources' settings and keychain entries…"));
    QPointer<ReconciliationPage> self(this);
    settlement::completeFromSettings(std::move(base), false, m_context.settings(), m_context.credentials(), this,
                                     [self](Result<settlement::ReconcileRequest> request) {
                                         if (self) {
                                             self->startRun(std::move(request));
                                         }
                                     });
}

void ReconciliationPage::startRun(Result<settlement::ReconcileRequest> request)
{
    const QString title = tr("Cannot run the reconciliation");
    if (m_runThread) {
        return;
    }
    if (!request) {
        updateActions();
        refuse(title, request.error());
        return;
    }
    request->actor = m_context.currentUser().login;
    // The runner blocks while it imports, loads, matches and stores (seconds for a big period):
    // it runs on a thread of its own, with its own database connection and network access.
    m_runThread = new QThread;
    m_runThread->setObjectName(QStringLiteral("reconcile-run"));
    m_runner = new settlement::ReconcileRunner(m_context.database());
    m_runner->moveToThread(m_runThread);
    m_runThread->start();
    m_ui->runProgressBar->show();
    m_ui->runButton->setEnabled(false);
    report(tr("Reconciling settlement days %1 to %2: importing what is new, then matching…")
               .arg(request->from.toString(Qt::ISODate), request->to.toString(Qt::ISODate)));
    QPointer<ReconciliationPage> self(this);
    settlement::ReconcileRunner* runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [self, runner, request = *request, database = m_context.database()]() mutable {
            runner->run(std::move(request), [self, database](Result<settlement::ReconcileReport> report) {
                database->closeThreadConnection();
                // Only what the page shows goes back: the period and result can be large.
                Result<settlement::ReconcileReport> small = [&]() -> Result<settlement::ReconcileReport> {
                    if (!report) {
                        return fail(report.error());
                    }
                    settlement::ReconcileReport r;
                    r.runId = report->runId;
                    r.files = report->files;
                    r.download = report->download;
                    r.summary = report->summary;
                    return r;
                }();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, small] {
                        if (self) {
                            self->finishRun(small);
                        }
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void ReconciliationPage::finishRun(const Result<settlement::ReconcileReport>& outcome)
{
    if (m_runThread) {
        m_runThread->quit();
        m_runThread->wait();
        delete m_runner;
        delete m_runThread;
        m_runner = nullptr;
        m_runThread = nullptr;
    }
    m_ui->runProgressBar->hide();
    updateActions();
    if (!outcome) {
        refuse(tr("The reconciliation did not run"), outcome.error());
        Q_EMIT runFinished(0);
        return;
    }
    QStringList problems;
    for (const settlement::FileImportReport& f : outcome->files) {
        problems.append(settlement::SettlementImport::describe(f));
    }
    const QJsonObject& s = outcome->summary;
    QString message = tr("Run %1: %2 settlement lines, %3 matched; %4 ledger entries.")
                          .arg(outcome->runId)
                          .arg(s.value(QStringLiteral("lines")).toInteger())
                          .arg(s.value(QStringLiteral("matched")).toInteger())
                          .arg(s.value(QStringLiteral("ledgerEntries")).toInteger());
    if (!problems.isEmpty()) {
        message += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    }
    report(message);
    m_preferredRun = outcome->runId;
    refreshRuns();
    Q_EMIT runFinished(outcome->runId);
}

void ReconciliationPage::exportCsv(const QString& path)
{
    exportTo(false, path);
}

void ReconciliationPage::exportPdf(const QString& path)
{
    exportTo(true, path);
}

void ReconciliationPage::exportTo(bool pdf, const QString& chosen)
{
    const QString title = tr("Export failed");
    if (Result<void> allowed = m_context.check(Action::ExportData); !allowed) {
        refuse(title, allowed.error());
        return;
    }
    if (m_runId <= 0) {
        refuse(title, Error::permanent(QStringLiteral("reconcile.no_run"), tr("Choose a reconciliation run first.")));
        return;
    }
    ReconcileReportScope scope;
    scope.runId = m_runId;
    scope.exportedBy = m_context.currentUser().login;
    const int batchRow = selectedBatchRow();
    if (batchRow >= 0) {
        scope.batchId = m_batches->item(batchRow, 0)->data(BatchIdRole).toString();
    }
    QString path = chosen;
    if (path.isEmpty()) {
        const QString name = scope.batchId && !scope.batchId->isEmpty()
                                 ? QStringLiteral("reconciliation-run%1-batch-%2").arg(m_runId).arg(*scope.batchId)
                                 : QStringLiteral("reconciliation-run%1").arg(m_runId);
        path = pdf ? QFileDialog::getSaveFileName(this, tr("Export the reconciliation report"),
                                                  name + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"))
                   : QFileDialog::getSaveFileName(this, tr("Export the reconciliation rows"),
                                                  name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
    }
    report(tr("Exporting to %1…").arg(path));
    m_results->run<Result<qint64>>(
        [=](const std::shared_ptr<store::Database>& database) {
            return pdf ? ReconcileReport::writePdf(database, scope, path)
                       : ReconcileReport::writeCsv(database, scope, path);
        },
        [this, pdf, path, title](const Result<qint64>& done) {
            if (!done) {
                refuse(title, done.error());
                return;
            }
            report(pdf ? tr("Report with %n discrepancy(ies) written to %1.", nullptr, int(*done)).arg(path)
                       : tr("%n row(s) exported to %1.", nullptr, int(*done)).arg(path));
            Q_EMIT exported(path);
        });
}

void ReconciliationPage::report(const QString& message)
{
    m_ui->footerLabel->setText(message);
    log::get("gui")->info("reconciliation: {}", message.toStdString());
    Q_EMIT actionFinished(message);
}

void ReconciliationPage::refuse(const QString& title, const Error& error)
{
    log::get("gui")->warn("{}: {}", title.toStdString(), error.toString().toStdString());
    m_ui->footerLabel->setText(error.message);
    MessageBox::error(this, title, error);
    Q_EMIT actionFailed(error);
}

} // namespace bridge::gui
