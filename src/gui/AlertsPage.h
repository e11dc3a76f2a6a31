// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Alerts.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class AlertsPage;
}

namespace bridge::gui {

class AppContext;
class AlertsModel;

/// The engine's operational alerts: newest first, open ones by default, each with what
/// happened and what to do; acknowledged with a comment (audited). Counts the open alerts every
/// few seconds, visible or not, for the navigation badge and the tray.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(AppContext& context, QWidget* parent = nullptr);
    ~AlertsPage() override;

    void reload();
    /// Acknowledges the selected alert with the comment typed; false (and why, shown) if not.
    bool acknowledgeSelected();
    [[nodiscard]] AlertsModel* model() const { return m_model; }
    /// Counts the open alerts now (the timer does it every few seconds).
    void countOpen();

Q_SIGNALS:
    /// The open alerts changed: how many, how many critical, and the newest critical one's text
    /// when a critical alert opened since the last count (empty otherwise).
    void openAlertsChanged(int open, int critical, const QString& newCritical);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void updatePermissions();

    AppContext& m_context;
    std::unique_ptr<Ui::AlertsPage> m_ui;
    AlertsModel* m_model;
    QTimer m_countTimer;
    int m_open = -1;
    int m_critical = -1;
    qint64 m_newestCriticalId = 0;
};

} // namespace bridge::gui
