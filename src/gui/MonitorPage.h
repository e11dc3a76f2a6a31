// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/Monitor.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class MonitorPage;
}
class QAction;

namespace bridge::engine {
class Engine;
}

namespace bridge::gui {

class AppContext;
class MonitorDetailView;
class MonitorModel;

/// The live monitor: every payment and refund received, filtered through indexes (time window,
/// today by default; status, type, customer, amount, reference prefix, dead letters), newest
/// first, updated from the engine's change notices without losing the reader's place. Below the
/// table, the selected event's story; the actions (retry now, replay, edit and replay with
/// maker-checker for money, mark resolved, copy, CSV export) are audited.
class MonitorPage : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorPage(AppContext& context, QWidget* parent = nullptr);
    ~MonitorPage() override;

    /// The engine whose change notices keep the page live, and which is woken after a retry
    /// (nullptr: none in this process; the page then looks for changes every few seconds).
    void setEngine(engine::Engine* engine);
    [[nodiscard]] MonitorModel* model() const { return m_model; }
    [[nodiscard]] MonitorDetailView* detailView() const { return m_detail; }
    /// The filter the widgets describe (what the table shows once it is read).
    [[nodiscard]] Result<store::MonitorFilter> currentFilter() const;
    /// The time window shown above the table ("Today since 00:00").
    [[nodiscard]] QString windowText() const;
    /// The inbox id of the current row (0: none).
    [[nodiscard]] qint64 currentId() const;

    // The actions, on the current row (tests drive them directly; menus and buttons too).
    void retryNow();
    void replay();
    void editAndReplay();
    void markResolved();
    void decideEdit();
    /// What the dialogs of the three above hand on (tests call them directly).
    void submitEdits(const QJsonObject& edits, const QString& reason);
    void markResolvedWith(const QString& comment);
    void decideEditWith(bool approve, const QString& comment);
    void copyReferences();
    /// Writes the filtered rows to `path` (CSV), with progress; empty path: asks for one.
    void exportCsv(const QString& path = {});
    /// Asks the model for the rows and count again now (also F5).
    void refreshNow();

    [[nodiscard]] QAction* retryAction() const { return m_retry; }
    [[nodiscard]] QAction* replayAction() const { return m_replay; }
    [[nodiscard]] QAction* editAction() const { return m_edit; }
    [[nodiscard]] QAction* resolveAction() const { return m_resolve; }
    [[nodiscard]] QAction* approveAction() const { return m_approve; }
    [[nodiscard]] QAction* exportAction() const { return m_export; }

Q_SIGNALS:
    /// An action finished: what it did (for the footer and tests), or its error.
    void actionFinished(const QString& message);
    void actionFailed(const bridge::Error& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpFilters();
    void setUpActions();
    void applyFilter();
    void updateWindowControls();
    void eventsChanged(const QList<qint64>& ids);
    void loadDetail();
    void updateActions();
    void updateFooter();
    int topRow() const;
    /// Runs a correction on the reader thread, then reports it, refreshes and wakes the engine.
    void correct(const QString& what, std::function<Result<QString>(const std::shared_ptr<store::Database>&)> work);
    void audit(const QString& action, const QString& subject, const QJsonObject& detail);

    AppContext& m_context;
    std::unique_ptr<Ui::MonitorPage> m_ui;
    MonitorModel* m_model;
    MonitorDetailView* m_detail;
    QPointer<engine::Engine> m_engine;
    QMetaObject::Connection m_engineConnection;
    QTimer m_filterTimer; ///< waits for typing to pause before filtering
    QTimer m_pollTimer;   ///< without an engine in this process: look for changes now and then
    bool m_stale = false; ///< changes arrived while the page was hidden
    qint64 m_detailId = 0;
    quint64 m_detailRequest = 0;
    qint64 m_deadLetters = -1;
    QElapsedTimer m_deadLettersCounted;
    QString m_lastMessage;
    QAction* m_retry = nullptr;
    QAction* m_replay = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_resolve = nullptr;
    QAction* m_approve = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_export = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
};

} // namespace bridge::gui
