// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EventLogPage;
}

namespace bridge::gui {

class LogFilterModel;
class LogTableModel;

/// The live log: the in-memory ring buffer of every component, filterable by level and component.
class EventLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogPage(QWidget* parent = nullptr);
    ~EventLogPage() override;

    [[nodiscard]] LogTableModel* model() const { return m_model; }
    [[nodiscard]] LogFilterModel* filter() const { return m_filter; }

private:
    void refreshComponents();
    void updateCount();

    std::unique_ptr<Ui::EventLogPage> m_ui;
    LogTableModel* m_model;
    LogFilterModel* m_filter;
};

} // namespace bridge::gui
