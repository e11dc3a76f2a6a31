// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MonitorPage.h"

#include "engine/Engine.h"
#include "gui/AppContext.h"
#include "gui/CurrencyComboBox.h"
#include "gui/MessageBox.h"
#include "gui/MonitorDetailView.h"
#include "gui/MonitorModel.h"
#include "logging/Log.h"
#include "store/Database.h"
#include "ui_MonitorPage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>

namespace bridge::gui {

namespace {

enum class Period { Today, LastHour, Yesterday, Last7Days, Last30Days, AllTime, Custom };

qint64 startOfDay(const QDate& day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

MonitorPage::MonitorPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MonitorPage>())
    , m_model(new MonitorModel(context.database(), this))
    , m_detail(new MonitorDetailView(this))
{
    m_ui->setupUi(this);
    m_ui->detailLayout->addWidget(m_detail, 1);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({330, 330});

    QTableView* table = m_ui->tableView;
    table->setModel(m_model);
    table->setTextElideMode(Qt::ElideMiddle); // references differ at their end
    table->horizontalHeader()->setSortIndicator(MonitorModel::TimeColumn, Qt::DescendingOrder);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    const int ch = fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths{
        {MonitorModel::TimeColumn, 20},          {MonitorModel::VendorTxCodeColumn, 22},
        {MonitorModel::TransactionIdColumn, 24}, {MonitorModel::CustomerColumn, 11},
        {MonitorModel::AmountColumn, 15},        {MonitorModel::TypeColumn, 9},
        {MonitorModel::StatusColumn, 15},        {MonitorModel::DocumentsColumn, 28},
        {MonitorModel::AttemptsColumn, 9},       {MonitorModel::RiskColumn, 6}};
    for (const auto& [column, chars] : widths) {
        table->horizontalHeader()->resizeSection(column, chars * ch + 16);
    }
    table->horizontalHeader()->setStretchLastSection(true);

    setUpFilters();
    setUpActions();

    connect(m_model, &MonitorModel::loaded, this, [this] {
        updateFooter();
        updateActions();
    });
    connect(m_model, &MonitorModel::loadFailed, this, [this](const Error& error) {
        m_ui->filterErrorLabel->setText(error.message);
        m_ui->filterErrorLabel->setVisible(true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MonitorPage::loadDetail);
    // New rows above the view keep the reader's place, unless they watch the newest rows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        QScrollBar* bar = m_ui->tableView->verticalScrollBar();
        if (first == 0 && bar->value() > 0) {
            bar->setValue(bar->value() + (last - first + 1));
        }
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        QScrollBar* bar = m_ui->tableView->verticalScrollBar();
        if (first == 0 && bar->value() > 0) {
            bar->setValue(std::max(0, bar->value() - (last - first + 1)));
        }
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MonitorPage::loadDetail);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MonitorPage::loadDetail);
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!MonitorModel::isSortable(column)) {
            // Only indexed columns sort: put the indicator back where the rows are sorted.
            const QSignalBlocker block(m_ui->tableView->horizontalHeader());
            m_ui->tableView->horizontalHeader()->setSortIndicator(MonitorModel::columnFor(m_model->sortOrder()),
                                                                  m_model->isDescending() ? Qt::DescendingOrder
                                                                                          : Qt::AscendingOrder);
        }
    });
    connect(&m_context, &AppContext::currentUserChanged, this, &MonitorPage::updateActions);

    m_pollTimer.setParent(this);
    m_pollTimer.setInterval(5'000);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            m_model->refresh(topRow());
        }
    });
    m_pollTimer.start();
    applyFilter();
}

MonitorPage::~MonitorPage() = default;

void MonitorPage::setUpFilters()
{
    QComboBox* period = m_ui->periodComboBox;
    period->addItem(tr("Today"), int(Period::Today));
    period->addItem(tr("Last hour"), int(Period::LastHour));
    period->addItem(tr("Yesterday"), int(Period::Yesterday));
    period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    period->addItem(tr("All time"), int(Period::AllTime));
    period->addItem(tr("Between…"), int(Period::Custom));
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromDateTimeEdit->setDateTime(QDateTime(now.date(), QTime(0, 0)));
    m_ui->toDateTimeEdit->setDateTime(now.addSecs(3600));

    QComboBox* status = m_ui->statusComboBox;
    using S = store::MonitorFilter::Status;
    status->addItem(tr("Any status"), int(S::Any));
    status->addItem(MonitorModel::flowIcon(store::Flow::Posting), tr("In progress"), int(S::InProgress));
    status->addItem(MonitorModel::flowIcon(store::Flow::Retrying), tr("Retrying"), int(S::Retrying));
    status->addItem(MonitorModel::flowIcon(store::Flow::Completed), tr("Completed"), int(S::Completed));
    status->addItem(MonitorModel::flowIcon(store::Flow::DeadLetter), tr("Dead letters"), int(S::DeadLetters));
    status->addItem(MonitorModel::flowIcon(store::Flow::Resolved), tr("Resolved"), int(S::Resolved));
    status->addItem(MonitorModel::flowIcon(store::Flow::Ignored), tr("Ignored"), int(S::Ignored));
    status->addItem(MonitorModel::flowIcon(store::Flow::Ignored), tr("Repeats of known payments"), int(S::Repeats));
    status->setItemData(0,
                        tr("Every payment and refund once: a payment reported again (by Opayo or the Reporting "
                           "API's safety net) is listed under \"Repeats of known payments\"."),
                        Qt::ToolTipRole);

    m_ui->typeComboBox->addItem(tr("All types"), QString());
    m_ui->typeComboBox->addItem(tr("Payments"), QStringLiteral("payment"));
    m_ui->typeComboBox->addItem(tr("Refunds"), QStringLiteral("refund"));

    QComboBox* currency = m_ui->currencyComboBox;
    currency->addItem(tr("Currency"), QString()); // any: the first entry names what the box is for
    currency->setItemData(0, tr("Any currency; amounts are read in each currency's own units"), Qt::ToolTipRole);
    addCurrencies(currency);
    // The page fits a window half a laptop screen wide: combos as wide as their shortest sensible text.
    for (QComboBox* box : {m_ui->periodComboBox, m_ui->statusComboBox, m_ui->typeComboBox, m_ui->currencyComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    m_ui->deadLettersButton->setIcon(MonitorModel::flowIcon(store::Flow::DeadLetter));
    m_ui->deadLettersButton->setToolTip(tr("Show only the open dead letters: payments the bridge stopped for a "
                                           "reason a person must fix (any time)."));

    m_filterTimer.setParent(this);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(250);
    connect(&m_filterTimer, &QTimer::timeout, this, &MonitorPage::applyFilter);
    auto later = [this] { m_filterTimer.start(); };
    for (QLineEdit* edit :
         {m_ui->searchLineEdit, m_ui->customerLineEdit, m_ui->amountFromLineEdit, m_ui->amountToLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, later);
        connect(edit, &QLineEdit::returnPressed, this, &MonitorPage::applyFilter);
    }
    for (QComboBox* box : {m_ui->periodComboBox, m_ui->statusComboBox, m_ui->typeComboBox, m_ui->currencyComboBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, &MonitorPage::applyFilter);
    }
    connect(m_ui->fromDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->toDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->deadLettersButton, &QToolButton::toggled, this, &MonitorPage::applyFilter);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocks[]{QSignalBlocker(m_ui->periodComboBox), QSignalBlocker(m_ui->statusComboBox),
                                      QSignalBlocker(m_ui->typeComboBox), QSignalBlocker(m_ui->currencyComboBox),
                                      QSignalBlocker(m_ui->deadLettersButton)};
        m_ui->periodComboBox->setCurrentIndex(0);
        m_ui->statusComboBox->setCurrentIndex(0);
        m_ui->typeComboBox->setCurrentIndex(0);
        m_ui->currencyComboBox->setCurrentIndex(0);
        m_ui->deadLettersButton->setChecked(false);
        for (QLineEdit* edit :
             {m_ui->searchLineEdit, m_ui->customerLineEdit, m_ui->amountFromLineEdit, m_ui->amountToLineEdit}) {
            const QSignalBlocker block(edit);
            edit->clear();
        }
        applyFilter();
    });
    updateWindowControls();
}

void MonitorPage::setUpActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, const QIcon& icon, std::function<void()> slot,
                       QToolButton* button, const QString& description = {}) {
        auto* action = new QAction(icon, text, this);
        action->setStatusTip(description.isEmpty() ? QString(text).remove(QLatin1Char('&')) : description);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
        addAction(action);
        m_ui->tableView->addAction(action);
        if (button != nullptr) {
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        }
        return action;
    };
    QStyle* s = style();
    m_retry = make(
        tr("&Retry now"), QKeySequence(tr("Ctrl+R")), QIcon(QStringLiteral(":/icons/status-retrying.svg")),
        [this] { retryNow(); }, m_ui->retryButton,
        tr("Try what waits for its next attempt now, instead of after its back-off"));
    m_replay = make(
        tr("Re&play"), QKeySequence(tr("Ctrl+Shift+R")), s->standardIcon(QStyle::SP_BrowserReload),
        [this] { replay(); }, m_ui->replayButton,
        tr("Send a dead letter through again: the event from its start, or its SYSPRO commands after a "
           "look-up"));
    m_edit = make(
        tr("&Edit and replay…"), QKeySequence(tr("Ctrl+E")), s->standardIcon(QStyle::SP_FileDialogDetailedView),
        [this] { editAndReplay(); }, m_ui->editReplayButton,
        tr("Correct the payment and replay it; a change to money waits for an approver"));
    m_resolve = make(
        tr("&Resolve…"), QKeySequence(tr("Ctrl+M")), QIcon(QStringLiteral(":/icons/status-resolved.svg")),
        [this] { markResolved(); }, m_ui->resolveButton,
        tr("Mark the dead letter resolved: say how it was dealt with outside the bridge"));
    m_approve = make(
        tr("&Approve…"), QKeySequence(tr("Ctrl+Shift+A")), s->standardIcon(QStyle::SP_DialogApplyButton),
        [this] { decideEdit(); }, m_ui->approveButton, tr("Approve or reject the edit that waits for a second person"));
    m_copy = make(
        tr("&Copy"), QKeySequence::Copy, s->standardIcon(QStyle::SP_FileDialogContentsView),
        [this] { copyReferences(); }, m_ui->copyButton,
        tr("Copy the selected rows' vendorTxCode, Opayo transaction and SYSPRO documents"));
    m_export = make(
        tr("E&xport…"), QKeySequence(tr("Ctrl+Shift+E")), s->standardIcon(QStyle::SP_DialogSaveButton),
        [this] { exportCsv(); }, m_ui->exportButton, tr("Export every row the filter matches to a CSV file"));
    m_refresh = make(
        tr("Re&fresh"), QKeySequence::Refresh, s->standardIcon(QStyle::SP_BrowserReload), [this] { refreshNow(); },
        nullptr);
    m_find = new QAction(tr("Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus();
        m_ui->searchLineEdit->selectAll();
    });
    addAction(m_find);
    updateActions();
}

void MonitorPage::setEngine(engine::Engine* engine)
{
    disconnect(m_engineConnection);
    m_engine = engine;
    if (engine != nullptr) {
        m_engineConnection = connect(engine, &engine::Engine::eventsChanged, this, &MonitorPage::eventsChanged);
    }
}

void MonitorPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refreshNow();
    }
}

int MonitorPage::topRow() const
{
    return m_ui->tableView->rowAt(0);
}

void MonitorPage::refreshNow()
{
    m_model->refresh(topRow());
    loadDetail();
}

void MonitorPage::eventsChanged(const QList<qint64>& ids)
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // The engine publishes at most a few notices a second; each is one count and one window.
    m_model->refresh(topRow());
    if (m_detailId != 0 && ids.contains(m_detailId)) {
        loadDetail();
    }
}

Result<store::MonitorFilter> MonitorPage::currentFilter() const
{
    store::MonitorFilter f;
    const QDate today = QDate::currentDate();
    switch (Period(m_ui->periodComboBox->currentData().toInt())) {
    case Period::Today:
        f.from = startOfDay(today);
        break;
    case Period::LastHour:
        f.from = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
        break;
    case Period::Yesterday:
        f.from = startOfDay(today.addDays(-1));
        f.to = startOfDay(today);
        break;
    case Period::Last7Days:
        f.from = startOfDay(today.addDays(-6));
        break;
    case Period::Last30Days:
        f.from = startOfDay(today.addDays(-29));
        break;
    case Period::AllTime:
        break;
    case Period::Custom:
        f.from = m_ui->fromDateTimeEdit->dateTime().toMSecsSinceEpoch();
        f.to = m_ui->toDateTimeEdit->dateTime().toMSecsSinceEpoch();
        if (f.to <= f.from) {
            return fail(Error::permanent(QStringLiteral("monitor.period"),
                                         tr("The period ends before it starts: set \"to\" after \"from\".")));
        }
        break;
    }
    f.status = m_ui->deadLettersButton->isChecked()
                   ? store::MonitorFilter::Status::DeadLetters
                   : store::MonitorFilter::Status(m_ui->statusComboBox->currentData().toInt());
    if (m_ui->deadLettersButton->isChecked()) {
        f.from = 0; // open dead letters of any day: nothing may hide in an old window
        f.to = 0;
    }
    f.kind = m_ui->typeComboBox->currentData().toString();
    f.referencePrefix = m_ui->searchLineEdit->text().trimmed();
    f.customerPrefix = m_ui->customerLineEdit->text().trimmed();
    f.currency = m_ui->currencyComboBox->currentData().toString();
    f.amountFrom = m_ui->amountFromLineEdit->text().trimmed();
    f.amountTo = m_ui->amountToLineEdit->text().trimmed();
    if (Result<void> valid = store::Monitor::validate(f); !valid) {
        return fail(valid.error());
    }
    return f;
}

QString MonitorPage::windowText() const
{
    if (m_ui->deadLettersButton->isChecked()) {
        return tr("Open dead letters, any time");
    }
    const QLocale locale;
    const QDate today = QDate::currentDate();
    switch (Period(m_ui->periodComboBox->currentData().toInt())) {
    case Period::Today:
        return tr("Today, %1, since 00:00").arg(locale.toString(today, QLocale::LongFormat));
    case Period::LastHour:
        return tr("The last hour, since %1")
            .arg(locale.toString(QTime::currentTime().addSecs(-3600), QStringLiteral("HH:mm")));
    case Period::Yesterday:
        return tr("Yesterday, %1").arg(locale.toString(today.addDays(-1), QLocale::LongFormat));
    case Period::Last7Days:
        return tr("The last 7 days, since %1").arg(locale.toString(today.addDays(-6), QLocale::ShortFormat));
    case Period::Last30Days:
        return tr("The last 30 days, since %1").arg(locale.toString(today.addDays(-29), QLocale::ShortFormat));
    case Period::AllTime:
        return tr("All time");
    case Period::Custom:
        return tr("From %1 to %2")
            .arg(locale.toString(m_ui->fromDateTimeEdit->dateTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                 locale.toString(m_ui->toDateTimeEdit->dateTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return {};
}

void MonitorPage::updateWindowControls()
{
    const bool custom = Period(m_ui->periodComboBox->currentData().toInt()) == Period::Custom;
    m_ui->fromDateTimeEdit->setVisible(custom);
    m_ui->toDateTimeEdit->setVisible(custom);
    m_ui->periodComboBox->setEnabled(!m_ui->deadLettersButton->isChecked());
    m_ui->statusComboBox->setEnabled(!m_ui->deadLettersButton->isChecked());
    m_ui->windowLabel->setText(windowText());
}

void MonitorPage::applyFilter()
{
    m_filterTimer.stop();
    updateWindowControls();
    Result<store::MonitorFilter> f = currentFilter();
    if (!f) {
        m_ui->filterErrorLabel->setText(f.error().message);
        m_ui->filterErrorLabel->setVisible(true);
        return;
    }
    m_ui->filterErrorLabel->setVisible(false);
    m_model->setQuery(*f, m_model->sortOrder(), m_model->isDescending());
}

qint64 MonitorPage::currentId() const
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    return current.isValid() ? m_model->index(current.row(), 0).data(MonitorModel::IdRole).toLongLong() : 0;
}

void MonitorPage::loadDetail()
{
    const QModelIndexList selected = m_ui->tableView->selectionModel()->selectedRows();
    const qint64 id = selected.size() == 1 ? currentId() : 0;
    if (id == 0) {
        m_detailId = 0;
        m_detail->showHint(selected.size() > 1 ? tr("%n payments selected. Copy or export them, or select one to see "
                                                    "its way into SYSPRO.",
                                                    nullptr, int(selected.size()))
                                               : tr("Select a payment to see its way into SYSPRO: its stages, what "
                                                    "came in, what was posted and what SYSPRO answered."));
        updateActions();
        return;
    }
    m_detailId = id;
    const quint64 request = ++m_detailRequest;
    m_model->run<Result<std::optional<store::MonitorDetail>>>(
        [id](const std::shared_ptr<store::Database>& database) { return store::Monitor(database).detail(id); },
        [this, request, id](const Result<std::optional<store::MonitorDetail>>& detail) {
            if (request != m_detailRequest) {
                return; // the selection moved on meanwhile
            }
            if (!detail) {
                m_detail->showHint(detail.error().message);
            } else if (!*detail) {
                m_detail->showHint(tr("Event %1 is no longer in the database.").arg(id));
            } else {
                m_detail->showDetail(**detail);
            }
            updateActions();
        });
}

void MonitorPage::updateActions()
{
    const std::optional<store::MonitorDetail>& d = m_detail->detail();
    const bool one = d.has_value() && d->row.id == m_detailId;
    const store::Flow flow = one ? d->row.flow : store::Flow::Received;
    const bool dead = one && flow == store::Flow::DeadLetter;
    const bool pipelineDead = dead && d->status == QLatin1String("dead");
    bool pendingEdit = false;
    if (one) {
        for (const store::ReplayRequest& r : d->replayRequests) {
            pendingEdit = pendingEdit || r.status == QLatin1String("pending");
        }
    }
    auto set = [this](QAction* action, Action permission, bool applies, const QString& why) {
        const Result<void> allowed = m_context.check(permission);
        action->setEnabled(allowed.has_value() && applies);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(!allowed             ? allowed.error().message
                           : !applies           ? why
                           : shortcut.isEmpty() ? action->statusTip()
                                                : tr("%1 (%2)").arg(action->statusTip(), shortcut));
    };
    set(m_retry, Action::RetryPosting, one && (flow == store::Flow::Retrying || flow == store::Flow::Received),
        tr("Select a payment that waits for its next try."));
    set(m_replay, Action::RetryPosting,
        one && (flow == store::Flow::DeadLetter || flow == store::Flow::Resolved || flow == store::Flow::Ignored),
        tr("Select a dead letter (or an ignored event) to send it through again."));
    set(m_edit, Action::ReplayWithEdits, pipelineDead && !pendingEdit,
        pendingEdit ? tr("An edit of this payment waits for an approver.")
                    : tr("Select a payment the bridge stopped before posting (a dead letter) to correct it."));
    set(m_resolve, Action::ResolveDeadLetter, dead, tr("Select an open dead letter."));
    set(m_approve, Action::ApproveReplay, pendingEdit, tr("Select a payment whose edit waits for approval."));
    const bool any = m_ui->tableView->selectionModel()->hasSelection();
    set(m_copy, Action::ViewData, any, tr("Select one or more payments."));
    set(m_export, Action::ExportData, m_model->rowCount() > 0, tr("Nothing to export: no payment matches the filter."));
}

void MonitorPage::updateFooter()
{
    const QLocale locale;
    QString text;
    if (m_model->rowCount() == 0) {
        text = m_ui->deadLettersButton->isChecked()
                   ? tr("No open dead letters. Nothing needs fixing.")
                   : tr("No payments match: %1. Widen the period or clear the filters.").arg(windowText().toLower());
    } else {
        text = tr("%n payment event(s).", nullptr, m_model->rowCount());
    }
    text += QLatin1Char(' ') + (m_engine && m_engine->isRunning()
                                    ? tr("Live: updates as the engine works.")
                                    : tr("Looks for changes every 5 seconds (no engine in this console)."));
    if (!m_lastMessage.isEmpty()) {
        text += QLatin1Char(' ') + m_lastMessage;
    }
    m_ui->footerLabel->setText(text);
    m_ui->liveLabel->setText(m_engine && m_engine->isRunning() ? tr("● Live") : tr("○ Polling"));
    m_ui->liveLabel->setToolTip(m_engine && m_engine->isRunning()
                                    ? tr("The engine in this console tells the monitor about every change.")
                                    : tr("The monitor reads the database every 5 seconds."));
    // How many dead letters are open, any time: on the toggle, so that they are never missed.
    // Counted at most every 5 s, so that live refreshes do not queue it ahead of the user's reads.
    if (m_deadLettersCounted.isValid() && m_deadLettersCounted.elapsed() < 5'000) {
        return;
    }
    m_deadLettersCounted.start();
    store::MonitorFilter dead;
    dead.status = store::MonitorFilter::Status::DeadLetters;
    m_model->run<Result<qint64>>(
        [dead](const std::shared_ptr<store::Database>& database) { return store::Monitor(database).count(dead); },
        [this](const Result<qint64>& n) {
            if (n && *n != m_deadLetters) {
                m_deadLetters = *n;
                m_ui->deadLettersButton->setText(*n > 0 ? tr("&Dead letters only (%1)").arg(*n)
                                                        : tr("&Dead letters only"));
            }
        });
}

} // namespace bridge::gui
