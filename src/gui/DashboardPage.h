// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "engine/Engine.h"
#include "gui/EngineStatusWidget.h"
#include "store/Dashboard.h"

#include <QFutureWatcher>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DashboardPage;
}
class QChart;
class QChartView;
class QLabel;

namespace bridge::gui {

class AppContext;

/// The first page: tiles for today's payments, cash in and refunds, the last hour's events, what
/// is being retried, open dead letters, the engine and its SYSPRO session; charts of events per
/// minute (last hour) and cash in per hour (today) and per day (30 days), a series per currency.
/// "Today" is the local day. The figures are read on a pool thread, at once when the page is
/// shown and every 5 s while it is visible, never two reads at a time.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    /// Starts a read of the figures unless one is under way.
    void refresh();
    [[nodiscard]] bool isReading() const { return m_watcher.isRunning(); }
    /// The figures shown now; none before the first read has finished.
    [[nodiscard]] const std::optional<store::DashboardFigures>& figures() const { return m_figures; }

    /// The engine as the status bar shows it (MainWindow passes its state and figures on).
    void setEngineState(EngineStatusWidget::State state);
    void setEngineHealth(const engine::EngineHealth& health);
    void clearEngineHealth();

    /// What decides "today": the system clock and time zone unless a test fixes them. `clock`
    /// must outlive the page.
    void setClock(const Clock& clock, const QTimeZone& zone);

    /// The hint a chart shows while it has nothing to plot; empty when it has data.
    [[nodiscard]] static QString chartHint(const QChartView* view);

Q_SIGNALS:
    /// A read finished and its figures (or its error) are shown.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void readFinished();
    void showFigures(const store::DashboardFigures& f);
    void showEngine();
    void showThroughput(const store::DashboardFigures& f);
    void showCash(QChartView* view, const QList<store::MoneySeries>& series, const QStringList& categories,
                  const QStringList& bucketNames, const QString& axisTitle, const QString& emptyHint);
    static void setHint(QChartView* view, const QString& hint);
    static void setStatus(QLabel* icon, int status);
    static void setFigure(QLabel* label, const QString& text, bool number);
    [[nodiscard]] QStringList hourCategories(const QList<qint64>& boundaries, QStringList& names) const;
    [[nodiscard]] QStringList dayCategories(const QList<qint64>& boundaries, QStringList& names) const;
    [[nodiscard]] QString dayAxisTitle(const QList<qint64>& boundaries) const;

    AppContext& m_context;
    std::unique_ptr<Ui::DashboardPage> m_ui;
    const Clock* m_clock;
    QTimeZone m_zone;
    QTimer m_refreshTimer;
    QFutureWatcher<Result<store::DashboardFigures>> m_watcher;
    std::optional<store::DashboardFigures> m_figures;
    EngineStatusWidget::State m_engineState = EngineStatusWidget::State::NotConfigured;
    std::optional<engine::EngineHealth> m_health;
};

} // namespace bridge::gui
