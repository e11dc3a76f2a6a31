// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MainWindow.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "gui/AboutDialog.h"
#include "gui/AppContext.h"
#include "gui/AuditPage.h"
#include "gui/EventLogPage.h"
#include "gui/MessageBox.h"
#include "gui/SettingsPage.h"
#include "gui/UsersPage.h"
#include "logging/Log.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>

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

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
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
    m_databaseLabel = new QLabel(m_context.database()->url().displayName(), this);
    m_databaseLabel->setToolTip(tr("The database this console uses. Change it under Settings."));
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(&m_context, &AppContext::currentUserChanged, this, &MainWindow::updateUser);
    createPages();
    updateUser();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    addPage(new EventLogPage(this), QStringLiteral("eventlog"), tr("Event log"),
            QIcon(QStringLiteral(":/icons/eventlog.svg")));
    addPage(new AuditPage(m_context, this), QStringLiteral("audit"), tr("Audit trail"),
            QIcon(QStringLiteral(":/icons/audit.svg")));
    addPage(new UsersPage(m_context, this), QStringLiteral("users"), tr("Users"),
            QIcon(QStringLiteral(":/icons/users.svg")));
    addPage(new SettingsPage(m_context, this), QStringLiteral("settings"), tr("Settings"),
            QIcon(QStringLiteral(":/icons/settings.svg")));
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
    if (number <= 9) {
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number)));
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
