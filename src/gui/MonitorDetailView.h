// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Monitor.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace bridge::gui {

/// One event's story in the monitor: the stage timeline (received → normalised → mapped →
/// posted → synced, with times and durations), why it stopped and what to do, and side by side
/// what came in (card numbers masked at intake), the canonical payment, the mapped commands,
/// the SYSPRO request and SYSPRO's response.
class MonitorDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorDetailView(QWidget* parent = nullptr);

    void showDetail(const store::MonitorDetail& detail);
    /// Nothing selected (or several rows): a hint instead of the story.
    void showHint(const QString& hint);
    [[nodiscard]] const std::optional<store::MonitorDetail>& detail() const { return m_detail; }

    /// The text of one of the five panes (raw, canonical, mapped, request, response).
    enum class Pane { Raw, Canonical, Mapped, Request, Response };
    [[nodiscard]] QString paneText(Pane pane) const;
    [[nodiscard]] QString timelineText() const;
    [[nodiscard]] QString problemText() const;

private:
    static QString pretty(const QString& text);

    std::optional<store::MonitorDetail> m_detail;
    QLabel* m_header = nullptr;
    QList<QLabel*> m_stages;
    QLabel* m_problem = nullptr;
    QList<QPlainTextEdit*> m_panes;
    QWidget* m_body = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace bridge::gui
