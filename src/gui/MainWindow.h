// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/Engine.h"
#include "gui/EngineStatusWidget.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}
class QComboBox;
class QJsonObject;
class QLabel;

namespace bridge::gui {

class AppContext;
class DashboardPage;

/// The console: navigation on the left, one page at a time, who is signed in, the sync engine and
/// which database is open in the status bar. Pages appear only when they have real content.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a page; its navigation entry gets Ctrl+<n> in order. `id` names it in the settings.
    void addPage(QWidget* page, const QString& id, const QString& title, const QIcon& icon);
    void showPage(const QString& id);
    [[nodiscard]] QWidget* page(const QString& id) const;
    [[nodiscard]] QStringList pageIds() const;
    [[nodiscard]] QString currentPageId() const;

    /// The engine that the status bar shows and the Engine menu starts and stops; nullptr: this
    /// console has none (the menu then says what to set up). The window does not own it: it must
    /// outlive the window, or be detached with setEngine(nullptr) first. An engine that is already
    /// running when attached was started for the signed-in user at launch (demo mode); that start
    /// is audited here, like every start and stop the window sees.
    void setEngine(engine::Engine* engine);
    /// Demo mode, before setEngine(): the console is preparing its engine; the indicator says so.
    void showEngineStarting();
    [[nodiscard]] engine::Engine* engine() const { return m_engine.data(); }
    /// Engine → Start engine: permission check, start, audit; a failure is shown, not hidden.
    void startEngine();
    /// Engine → Stop engine: permission check, then an orderly stop (audited when it completes).
    void stopEngine();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    /// The navigation badge, and a tray message for a new critical alert.
    void showOpenAlerts(int open, int critical, const QString& newCritical);
    void updateUser();
    void restoreState();
    void saveState();
    void updateEngineActions();
    void engineStopped();
    void refreshEngineHealth();
    /// The engine's state and figures go to the status bar and the dashboard alike.
    void showEngineState(EngineStatusWidget::State state);
    void showEngineHealth(const engine::EngineHealth& health);
    void auditEngine(const QString& actor, const QString& action, const QString& trigger,
                     const QJsonObject& extra = {});

    AppContext& m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QStringList m_pageIds;
    QLabel* m_userLabel = nullptr;
    QComboBox* m_userComboBox = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_demoLabel = nullptr;
    EngineStatusWidget* m_engineStatus = nullptr;
    DashboardPage* m_dashboard = nullptr;
    QPointer<engine::Engine> m_engine;
    QList<QMetaObject::Connection> m_engineConnections;
    /// While the engine is stopped its figures are read on a pool thread every few seconds.
    QTimer m_engineHealthTimer;
    QFutureWatcher<Result<engine::EngineHealth>> m_engineHealthWatcher;
    const engine::Engine* m_engineHealthFor = nullptr; ///< whose figures the watcher is reading
    bool m_startingHere = false;
    QString m_stopRequestedBy; ///< login of whoever asked for the stop in progress; empty: not this window
    QString m_startToolTip;
    QString m_stopToolTip;
    QSystemTrayIcon* m_tray = nullptr; ///< created for the first critical alert, where there is a tray
};

} // namespace bridge::gui
