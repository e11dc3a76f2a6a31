// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MainWindow.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "gui/AboutDialog.h"
#include "gui/AlertsPage.h"
#include "gui/AppContext.h"
#include "gui/AuditPage.h"
#include "gui/DashboardPage.h"
#include "gui/EngineStatusWidget.h"
#include "gui/EventLogPage.h"
#include "gui/MappingsPage.h"
#include "gui/MessageBox.h"
#include "gui/MonitorPage.h"
#include "gui/ReconciliationPage.h"
#include "gui/RefundsPage.h"
#include "gui/SettingsPage.h"
#include "gui/UsersPage.h"
#include "logging/Log.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace bridge::gui {

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/bridge.svg")));
    if (m_context.isDemo()) {
        setWindowTitle(tr("Opayo–SYSPRO Bridge (demo)"));
    }

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving a page with unsaved work asks first (the Mappings page); staying keeps its row.
        auto* mappings = qobject_cast<MappingsPage*>(m_ui->pageStack->currentWidget());
        if (mappings != nullptr && m_ui->pageStack->currentIndex() != row && !mappings->confirmLeave()) {
            const QSignalBlocker block(m_ui->navigationList);
            m_ui->navigationList->setCurrentRow(m_ui->pageStack->currentIndex());
            return;
        }
        m_ui->pageStack->setCurrentIndex(row);
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_context, this);
        dialog.exec();
    });

    // Status bar: who acts, and where the data is.
    if (m_context.isDemo()) {
        m_demoLabel = new QLabel(tr("DEMO"), this);
        m_demoLabel->setToolTip(tr("Demo mode: its own data folder, and you can act as any of the demo people to try "
                                   "maker-checker."));
        m_demoLabel->setStyleSheet(
            QStringLiteral("background: #4da3ff; color: white; font-weight: 700; padding: 1px 8px; "
                           "border-radius: 3px;"));
        statusBar()->addWidget(m_demoLabel);
        auto* actingAs = new QLabel(tr("Acting as:"), this);
        statusBar()->addWidget(actingAs);
        m_userComboBox = new QComboBox(this);
        m_userComboBox->setAccessibleName(tr("Demo user"));
        for (const AppContext::DemoUser& person : AppContext::demoUsers()) {
            QStringList roles;
            for (Role r : person.roles.roles()) {
                roles.append(Permissions::roleDisplayName(r));
            }
            m_userComboBox->addItem(tr("%1 (%2)").arg(person.displayName, roles.join(QStringLiteral(", "))),
                                    person.login);
        }
        actingAs->setBuddy(m_userComboBox);
        statusBar()->addWidget(m_userComboBox);
        connect(m_userComboBox, &QComboBox::activated, this, [this](int index) {
            const Result<void> switched = m_context.switchUser(m_userComboBox->itemData(index).toString());
            if (!switched) {
                MessageBox::error(this, tr("Cannot switch user"), switched.error());
            }
        });
    } else {
        m_userLabel = new QLabel(this);
        statusBar()->addWidget(m_userLabel);
    }
    // The sync engine: its indicator, and the Engine menu.
    m_engineStatus = new EngineStatusWidget(this);
    statusBar()->addPermanentWidget(m_engineStatus);
    m_startToolTip = m_ui->startEngineAction->toolTip();
    m_stopToolTip = m_ui->stopEngineAction->toolTip();
    connect(m_ui->startEngineAction, &QAction::triggered, this, &MainWindow::startEngine);
    connect(m_ui->stopEngineAction, &QAction::triggered, this, &MainWindow::stopEngine);
    m_engineHealthTimer.setInterval(2'000);
    connect(&m_engineHealthTimer, &QTimer::timeout, this, &MainWindow::refreshEngineHealth);
    connect(&m_engineHealthWatcher, &QFutureWatcher<Result<engine::EngineHealth>>::finished, this, [this] {
        const Result<engine::EngineHealth> health = m_engineHealthWatcher.result();
        if (!health) {
            log::get("gui")->warn("engine figures not read: {}", health.error().toString().toStdString());
        } else if (m_engineHealthFor != nullptr && m_engineHealthFor == m_engine.data()) {
            showEngineHealth(*health);
        }
    });

    // A long path gives way in the middle (the file name stays); the tooltip has all of it.
    const QString databaseName = m_context.database()->url().displayName();
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setText(m_databaseLabel->fontMetrics().elidedText(databaseName, Qt::ElideMiddle, 220));
    m_databaseLabel->setToolTip(tr("The database this console uses: %1\nChange it under Settings.").arg(databaseName));
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(&m_context, &AppContext::currentUserChanged, this, &MainWindow::updateUser);
    connect(&m_context, &AppContext::currentUserChanged, this, &MainWindow::updateEngineActions);
    createPages();
    updateUser();
    updateEngineActions();
    restoreState();
}

MainWindow::~MainWindow()
{
    m_engineHealthTimer.stop();
    m_engineHealthWatcher.waitForFinished();
}

void MainWindow::showEngineStarting()
{
    if (!m_engine) {
        showEngineState(EngineStatusWidget::State::Starting);
        updateEngineActions();
    }
}

void MainWindow::setEngine(engine::Engine* engine)
{
    for (const QMetaObject::Connection& c : std::as_const(m_engineConnections)) {
        disconnect(c);
    }
    m_engineConnections.clear();
    m_engineHealthTimer.stop();
    m_engineHealthWatcher.waitForFinished(); // it may be reading the previous engine
    m_engineHealthFor = nullptr;
    m_engine = engine;
    m_stopRequestedBy.clear();
    m_engineStatus->clearHealth();
    m_dashboard->clearEngineHealth();
    if (auto* monitor = qobject_cast<MonitorPage*>(page(QStringLiteral("monitor")))) {
        monitor->setEngine(engine);
    }
    if (auto* refunds = qobject_cast<RefundsPage*>(page(QStringLiteral("refunds")))) {
        refunds->setEngine(engine);
    }
    if (auto* reconciliation = qobject_cast<ReconciliationPage*>(page(QStringLiteral("reconciliation")))) {
        reconciliation->setEngine(engine);
    }
    if (engine == nullptr) {
        showEngineState(EngineStatusWidget::State::NotConfigured);
        updateEngineActions();
        return;
    }
    m_engineConnections.append(connect(engine, &engine::Engine::healthChanged, this,
                                       [this](const engine::EngineHealth& h) { showEngineHealth(h); }));
    m_engineConnections.append(connect(engine, &engine::Engine::started, this, [this] {
        if (!m_startingHere) {
            auditEngine(m_context.currentUser().login, QStringLiteral("engine.started"), QStringLiteral("application"));
        }
        m_engineHealthTimer.stop();
        showEngineState(EngineStatusWidget::State::Running);
        updateEngineActions();
    }));
    m_engineConnections.append(connect(engine, &engine::Engine::stopped, this, &MainWindow::engineStopped));
    if (engine->isRunning()) {
        // Started for this user as the console came up (demo mode).
        auditEngine(m_context.currentUser().login, QStringLiteral("engine.started"), QStringLiteral("launch"));
        showEngineState(EngineStatusWidget::State::Running);
    } else {
        showEngineState(EngineStatusWidget::State::Stopped);
        m_engineHealthTimer.start();
        refreshEngineHealth();
    }
    updateEngineActions();
}

void MainWindow::startEngine()
{
    if (const Result<void> allowed = m_context.check(Action::OperateEngine); !allowed) {
        MessageBox::error(this, tr("Cannot start the engine"), allowed.error());
        return;
    }
    if (!m_engine) {
        const auto answer = MessageBox::question(
            this, tr("No engine to start"),
            tr("So far this console runs the sync engine only in demo mode (bridge-console --demo).\n\n"
               "To run it against the real Opayo and SYSPRO, set up both connections and the database under "
               "Settings, then run the engine as a service with \"bridge-cli run\".\n\n"
               "Open Settings now?"),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer == QMessageBox::Open) {
            showPage(QStringLiteral("settings"));
        }
        return;
    }
    if (m_engine->isRunning()) {
        return;
    }
    const QString login = m_context.currentUser().login;
    log::get("gui")->info("{} starts the engine", login.toStdString());
    m_startingHere = true;
    const Result<void> started = m_engine->start();
    m_startingHere = false;
    if (!started) {
        auditEngine(login, QStringLiteral("engine.start_failed"), QStringLiteral("console"),
                    QJsonObject{{QStringLiteral("error"), started.error().code}});
        showEngineState(EngineStatusWidget::State::Stopped);
        updateEngineActions();
        MessageBox::error(this, tr("The engine did not start"), started.error());
        return;
    }
    auditEngine(login, QStringLiteral("engine.started"), QStringLiteral("console"));
}

void MainWindow::stopEngine()
{
    if (const Result<void> allowed = m_context.check(Action::OperateEngine); !allowed) {
        MessageBox::error(this, tr("Cannot stop the engine"), allowed.error());
        return;
    }
    if (!m_engine || !m_engine->isRunning() || m_engineStatus->state() == EngineStatusWidget::State::Stopping) {
        return;
    }
    m_stopRequestedBy = m_context.currentUser().login;
    log::get("gui")->info("{} stops the engine", m_stopRequestedBy.toStdString());
    showEngineState(EngineStatusWidget::State::Stopping);
    updateEngineActions();
    m_engine->stop();
}

void MainWindow::engineStopped()
{
    // Audited when it has happened, as whoever asked for it (or the signed-in user when the
    // application stopped it, e.g. on quit).
    const bool requestedHere = !m_stopRequestedBy.isEmpty();
    auditEngine(requestedHere ? m_stopRequestedBy : m_context.currentUser().login, QStringLiteral("engine.stopped"),
                requestedHere ? QStringLiteral("console") : QStringLiteral("application"));
    m_stopRequestedBy.clear();
    showEngineState(EngineStatusWidget::State::Stopped);
    updateEngineActions();
    m_engineHealthTimer.start();
    refreshEngineHealth();
}

void MainWindow::refreshEngineHealth()
{
    if (!m_engine || m_engine->isRunning() || m_engineHealthWatcher.isRunning()) {
        return;
    }
    engine::Engine* engine = m_engine.data();
    m_engineHealthFor = engine;
    m_engineHealthWatcher.setFuture(QtConcurrent::run([engine] {
        Result<engine::EngineHealth> health = engine->health();
        engine->context()->database->closeThreadConnection();
        return health;
    }));
}

void MainWindow::updateEngineActions()
{
    const Result<void> allowed = m_context.check(Action::OperateEngine);
    const EngineStatusWidget::State state = m_engineStatus->state();
    const bool running = m_engine && m_engine->isRunning();
    // Without an engine, Start stays available to operators: it says what to set up.
    m_ui->startEngineAction->setEnabled(allowed.has_value() && !running &&
                                        state != EngineStatusWidget::State::Starting);
    m_ui->stopEngineAction->setEnabled(allowed.has_value() && running && state != EngineStatusWidget::State::Stopping);
    const QString refused = allowed ? QString() : allowed.error().message;
    m_ui->startEngineAction->setToolTip(allowed ? m_startToolTip : refused);
    m_ui->stopEngineAction->setToolTip(allowed ? m_stopToolTip : refused);
}

void MainWindow::auditEngine(const QString& actor, const QString& action, const QString& trigger,
                             const QJsonObject& extra)
{
    QJsonObject detail = extra;
    detail.insert(QStringLiteral("trigger"), trigger);
    const QString instance = m_engine ? m_engine->context()->config.instanceName : QString();
    const auto audited = m_context.audit().append(actor, action, QStringLiteral("engine:") + instance, detail);
    if (!audited) {
        log::get("gui")->error("{} not audited: {}", action.toStdString(), audited.error().toString().toStdString());
    }
}

void MainWindow::showEngineState(EngineStatusWidget::State state)
{
    m_engineStatus->setState(state);
    m_dashboard->setEngineState(state);
}

void MainWindow::showEngineHealth(const engine::EngineHealth& health)
{
    m_engineStatus->setHealth(health);
    m_dashboard->setEngineHealth(health);
}

void MainWindow::createPages()
{
    m_dashboard = new DashboardPage(m_context, this);
    addPage(m_dashboard, QStringLiteral("dashboard"), tr("Dashboard"), QIcon(QStringLiteral(":/icons/dashboard.svg")));
    addPage(new MonitorPage(m_context, this), QStringLiteral("monitor"), tr("Monitor"),
            QIcon(QStringLiteral(":/icons/monitor.svg")));
    addPage(new RefundsPage(m_context, this), QStringLiteral("refunds"), tr("Refunds"),
            QIcon(QStringLiteral(":/icons/refunds.svg")));
    addPage(new ReconciliationPage(m_context, this), QStringLiteral("reconciliation"), tr("Reconciliation"),
            QIcon(QStringLiteral(":/icons/reconciliation.svg")));
    auto* alerts = new AlertsPage(m_context, this);
    addPage(alerts, QStringLiteral("alerts"), tr("Alerts"), QIcon(QStringLiteral(":/icons/alerts.svg")));
    addPage(new MappingsPage(m_context, this), QStringLiteral("mappings"), tr("Mappings"),
            QIcon(QStringLiteral(":/icons/mappings.svg")));
    connect(alerts, &AlertsPage::openAlertsChanged, this, &MainWindow::showOpenAlerts);
    alerts->countOpen();
    addPage(new EventLogPage(this), QStringLiteral("eventlog"), tr("Event log"),
            QIcon(QStringLiteral(":/icons/eventlog.svg")));
    addPage(new AuditPage(m_context, this), QStringLiteral("audit"), tr("Audit trail"),
            QIcon(QStringLiteral(":/icons/audit.svg")));
    addPage(new UsersPage(m_context, this), QStringLiteral("users"), tr("Users"),
            QIcon(QStringLiteral(":/icons/users.svg")));
    addPage(new SettingsPage(m_context, this), QStringLiteral("settings"), tr("Settings"),
            QIcon(QStringLiteral(":/icons/settings.svg")));
}

void MainWindow::showOpenAlerts(int open, int critical, const QString& newCritical)
{
    const qsizetype row = m_pageIds.indexOf(QStringLiteral("alerts"));
    QListWidgetItem* item = row >= 0 ? m_ui->navigationList->item(static_cast<int>(row)) : nullptr;
    if (item) {
        // The badge: how many alerts are open, in the navigation (and its tooltip says which kind).
        item->setText(open > 0 ? tr("Alerts (%1)").arg(open) : tr("Alerts"));
        item->setToolTip(open == 0      ? tr("No open alerts")
                         : critical > 0 ? tr("%n open alert(s), %1 critical", nullptr, open).arg(critical)
                                        : tr("%n open alert(s)", nullptr, open));
        QFont font = item->font();
        font.setBold(critical > 0);
        item->setFont(font);
    }
    if (newCritical.isEmpty()) {
        return;
    }
    // A new critical alert is told at once, through the system tray where there is one.
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showPage(QStringLiteral("alerts"));
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    if (m_tray) {
        m_tray->showMessage(tr("Critical alert"), newCritical, QSystemTrayIcon::Critical);
    }
    log::get("gui")->warn("critical alert: {}", newCritical.toStdString());
}

void MainWindow::addPage(QWidget* page, const QString& id, const QString& title, const QIcon& icon)
{
    page->setObjectName(id + QStringLiteral("Page"));
    m_ui->pageStack->addWidget(page);
    auto* item = new QListWidgetItem(icon, title, m_ui->navigationList);
    item->setData(Qt::UserRole, id);
    m_pageIds.append(id);
    const int number = static_cast<int>(m_pageIds.size());
    auto* action = m_ui->goMenu->addAction(icon, title);
    if (number <= 10) { // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth, as browsers number tabs
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number % 10)));
        item->setToolTip(tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
    if (m_ui->navigationList->currentRow() < 0) {
        m_ui->navigationList->setCurrentRow(0);
    }
}

void MainWindow::showPage(const QString& id)
{
    const qsizetype index = m_pageIds.indexOf(id);
    if (index >= 0) {
        m_ui->navigationList->setCurrentRow(static_cast<int>(index));
    }
}

QWidget* MainWindow::page(const QString& id) const
{
    const qsizetype index = m_pageIds.indexOf(id);
    return index >= 0 ? m_ui->pageStack->widget(static_cast<int>(index)) : nullptr;
}

QStringList MainWindow::pageIds() const
{
    return m_pageIds;
}

QString MainWindow::currentPageId() const
{
    const int row = m_ui->navigationList->currentRow();
    return row >= 0 ? m_pageIds.value(row) : QString();
}

void MainWindow::updateUser()
{
    const store::UserRecord& user = m_context.currentUser();
    QStringList roles;
    for (Role r : user.roles.roles()) {
        roles.append(Permissions::roleDisplayName(r));
    }
    const QString rolesText = roles.isEmpty() ? tr("no role") : roles.join(QStringLiteral(", "));
    if (m_userLabel != nullptr) {
        m_userLabel->setText(
            tr("Signed in as %1 (%2)").arg(user.displayName.isEmpty() ? user.login : user.displayName, rolesText));
        m_userLabel->setToolTip(tr("Login: %1").arg(user.login));
    }
    if (m_userComboBox != nullptr) {
        const int index = m_userComboBox->findData(user.login);
        if (index >= 0) {
            m_userComboBox->setCurrentIndex(index);
        }
    }
}

void MainWindow::restoreState()
{
    Settings& s = m_context.settings();
    const QByteArray geometry = s.value(SettingKeys::MainWindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1180, 760);
    }
    QMainWindow::restoreState(s.value(SettingKeys::MainWindowState));
    const QString pageId = s.value(SettingKeys::CurrentPage);
    if (!pageId.isEmpty()) {
        showPage(pageId);
    }
}

void MainWindow::saveState()
{
    Settings& s = m_context.settings();
    s.setValue(SettingKeys::MainWindowGeometry, saveGeometry());
    s.setValue(SettingKeys::MainWindowState, QMainWindow::saveState());
    s.setValue(SettingKeys::CurrentPage, currentPageId());
    if (!s.sync()) {
        log::get("gui")->warn("window state not saved: {} is not writable", s.filePath().toStdString());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (auto* mappings = qobject_cast<MappingsPage*>(page(QStringLiteral("mappings")));
        mappings != nullptr && !mappings->confirmLeave()) {
        event->ignore();
        return;
    }
    auto* settings = qobject_cast<SettingsPage*>(page(QStringLiteral("settings")));
    if (settings != nullptr && settings->hasUnsavedChanges()) {
        const auto answer =
            MessageBox::question(this, tr("Unsaved settings"),
                                 tr("The settings have changes that are not saved. Save them before "
                                    "quitting?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            settings->save();
        }
    }
    saveState();
    event->accept();
}

} // namespace bridge::gui
