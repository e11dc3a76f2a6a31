// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/DashboardPage.h"

#include "gui/AppContext.h"
#include "logging/Log.h"
#include "ui_DashboardPage.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStyle>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace bridge::gui {

namespace {

constexpr int kRefreshMs = 5'000;
constexpr qint64 kMinuteMs = 60'000;
constexpr int kHintKey = 0; ///< QGraphicsItem::data key that marks a chart's empty-state hint

enum Status { Good, Info, Warning, Critical };

/// "GBP 30.00", "JPY 500": the currency code and the exact amount.
QString moneyText(const Money& money)
{
    return money.currency().code() + QLatin1Char(' ') + money.toDecimalString();
}

/// The height of a bar. Plotting only: Qt Charts draws doubles, so the exact amount (int64
/// minor units) becomes a double here and nowhere else; every text (tooltips, tiles) uses
/// Money::toDecimalString(). A double holds every amount below 2^53 minor units exactly, far
/// above any day's takings.
double plotValue(const Money& money)
{
    return static_cast<double>(money.minorUnits()) / std::pow(10.0, money.currency().exponent());
}

void placeHint(QChart* chart);

QChart* prepareChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setChart(chart); // the view owns it
    view->setRenderHint(QPainter::Antialiasing);
    auto* hint = new QGraphicsTextItem(chart);
    hint->setData(kHintKey, QStringLiteral("hint"));
    hint->setDefaultTextColor(view->palette().color(QPalette::PlaceholderText));
    QTextOption centred = hint->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignHCenter);
    hint->document()->setDefaultTextOption(centred);
    hint->setVisible(false);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart](const QRectF& /*area*/) { placeHint(chart); });
    return chart;
}

QGraphicsTextItem* hintOf(const QChart* chart)
{
    if (chart == nullptr) {
        return nullptr;
    }
    for (QGraphicsItem* item : chart->childItems()) {
        if (item->data(kHintKey).toString() == QLatin1String("hint")) {
            return static_cast<QGraphicsTextItem*>(item);
        }
    }
    return nullptr;
}

/// The empty-state hint: wrapped to the plot area and centred in it.
void placeHint(QChart* chart)
{
    QGraphicsTextItem* hint = hintOf(chart);
    if (hint == nullptr) {
        return;
    }
    const QRectF area = chart->plotArea();
    hint->setTextWidth(std::max(80.0, area.width() - 24));
    const QRectF box = hint->boundingRect();
    hint->setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2);
}

void removeAxesAndSeries(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A y axis from 0 to a round number above `max`, with whole-number ticks for counts.
QValueAxis* countAxis(qint64 max, const QString& title)
{
    auto* axis = new QValueAxis();
    // Four steps of 1, 2 or 5 times a power of ten: 0, 50, 100, 150, 200 for a busiest minute of 186.
    qint64 step = 1;
    while (step * 4 < max) {
        const qint64 base = step;
        step = base * 2;
        if (step * 4 < max) {
            step = base * 5;
        }
        if (step * 4 < max) {
            step = base * 10;
        }
    }
    const qint64 top = step * 4;
    axis->setRange(0, static_cast<double>(top));
    axis->setTickCount(5);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

} // namespace

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_clock(&Clock::system())
    , m_zone(QTimeZone::systemTimeZone())
{
    m_ui->setupUi(this);
    const QString detailStyle = QStringLiteral("color: palette(placeholder-text);");
    for (QLabel* detail : findChildren<QLabel*>()) {
        if (detail->objectName().endsWith(QLatin1String("DetailLabel"))) {
            detail->setMinimumHeight(2 * detail->fontMetrics().lineSpacing());
        }
    }
    m_ui->updatedLabel->setStyleSheet(detailStyle);
    prepareChart(m_ui->throughputChartView, tr("Events received per minute, last hour"))->legend()->hide();
    prepareChart(m_ui->cashPerHourChartView, tr("Cash in per hour, today"));
    prepareChart(m_ui->cashPerDayChartView, tr("Cash in per day, last 30 days"));

    m_refreshTimer.setParent(this);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<store::DashboardFigures>>::finished, this, &DashboardPage::readFinished);

    // Until the first read: empty tiles that say so, charts with their axes and a hint.
    m_ui->updatedLabel->setText(tr("Reading the figures…"));
    store::DashboardFigures nothing;
    const store::DashboardPeriod period = store::DashboardPeriod::at(m_clock->nowMsecs(), m_zone);
    nothing.now = period.now;
    nothing.dayStart = period.dayStart;
    nothing.hourBoundaries = period.hourBoundaries;
    nothing.dayBoundaries = period.dayBoundaries;
    for (qint64 m = period.now / kMinuteMs - (store::Dashboard::kMinutes - 1); m <= period.now / kMinuteMs; ++m) {
        nothing.minuteStarts.append(m * kMinuteMs);
        nothing.eventsPerMinute.append(0);
    }
    showFigures(nothing);
    showEngine();
}

DashboardPage::~DashboardPage()
{
    m_refreshTimer.stop();
    m_watcher.waitForFinished();
}

void DashboardPage::setClock(const Clock& clock, const QTimeZone& zone)
{
    m_clock = &clock;
    m_zone = zone;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_refreshTimer.start();
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_refreshTimer.stop();
}

void DashboardPage::refresh()
{
    if (m_watcher.isRunning()) {
        return; // never two reads at once; the timer asks again
    }
    const store::DashboardPeriod period = store::DashboardPeriod::at(m_clock->nowMsecs(), m_zone);
    const std::shared_ptr<store::Database> database = m_context.database();
    m_watcher.setFuture(QtConcurrent::run([database, period] {
        Result<store::DashboardFigures> figures = store::Dashboard(database).read(period);
        database->closeThreadConnection();
        return figures;
    }));
}

void DashboardPage::readFinished()
{
    const Result<store::DashboardFigures> figures = m_watcher.result();
    if (!figures) {
        log::get("gui")->warn("dashboard figures not read: {}", figures.error().toString().toStdString());
        m_ui->updatedLabel->setText(tr("The figures could not be read: %1").arg(figures.error().message));
    } else {
        m_figures = *figures;
        showFigures(*figures);
        const QLocale locale;
        m_ui->updatedLabel->setText(
            tr("Updated %1")
                .arg(
                    locale.toString(QDateTime::fromMSecsSinceEpoch(figures->now, m_zone).time(), QLocale::LongFormat)));
    }
    Q_EMIT refreshed();
}

void DashboardPage::setFigure(QLabel* label, const QString& text, bool number)
{
    // A figure is big; the words that stand in for one ("No dead letters") a little smaller, so
    // that they wrap inside the tile rather than widen it.
    label->setStyleSheet(number ? QStringLiteral("font-size: 15pt; font-weight: 600;")
                                : QStringLiteral("font-size: 12pt; font-weight: 600;"));
    label->setText(text);
}

void DashboardPage::setStatus(QLabel* icon, int status)
{
    QStyle* style = QApplication::style();
    QIcon image;
    QString name;
    switch (status) {
    case Good:
        image = style->standardIcon(QStyle::SP_DialogApplyButton);
        name = tr("OK");
        break;
    case Info:
        image = style->standardIcon(QStyle::SP_MessageBoxInformation);
        name = tr("For information");
        break;
    case Warning:
        image = style->standardIcon(QStyle::SP_MessageBoxWarning);
        name = tr("Warning");
        break;
    default:
        image = style->standardIcon(QStyle::SP_MessageBoxCritical);
        name = tr("Needs attention");
        break;
    }
    icon->setPixmap(image.pixmap(16, 16));
    icon->setAccessibleName(name);
    icon->setToolTip(name);
    icon->setProperty("status", status);
}

void DashboardPage::showFigures(const store::DashboardFigures& f)
{
    const QLocale locale;
    auto moneyList = [](const QList<Money>& amounts) {
        QStringList parts;
        for (const Money& m : amounts) {
            parts.append(moneyText(m));
        }
        return parts;
    };

    // Tiles without a state of their own carry no icon.
    for (QLabel* icon :
         {m_ui->paymentsIconLabel, m_ui->cashInIconLabel, m_ui->refundsIconLabel, m_ui->throughputIconLabel}) {
        icon->hide();
    }

    if (f.paymentsToday == 0) {
        setFigure(m_ui->paymentsFigureLabel, tr("No payments yet today"), false);
    } else {
        setFigure(m_ui->paymentsFigureLabel, locale.toString(f.paymentsToday), true);
    }
    m_ui->paymentsDetailLabel->setText(
        tr("Since midnight, local time (%1).")
            .arg(QDateTime::fromMSecsSinceEpoch(f.dayStart, m_zone).timeZoneAbbreviation()));

    if (f.cashInToday.isEmpty()) {
        setFigure(m_ui->cashInFigureLabel, tr("Nothing yet today"), false);
        m_ui->cashInDetailLabel->setText(tr("Each currency is shown on its own, before refunds."));
    } else {
        const QStringList all = moneyList(f.cashInToday);
        setFigure(m_ui->cashInFigureLabel, all.mid(0, 3).join(QLatin1Char('\n')), true);
        m_ui->cashInDetailLabel->setText(all.size() > 3
                                             ? tr("Also %1. Before refunds.").arg(all.mid(3).join(QStringLiteral(", ")))
                                             : tr("Before refunds."));
    }

    if (f.refundsToday == 0) {
        setFigure(m_ui->refundsFigureLabel, tr("No refunds today"), false);
        m_ui->refundsDetailLabel->setText(QString());
    } else {
        setFigure(m_ui->refundsFigureLabel, locale.toString(f.refundsToday), true);
        m_ui->refundsDetailLabel->setText(moneyList(f.refundedToday).join(QStringLiteral(", ")));
    }

    qint64 lastHour = 0;
    qint64 busiest = 0;
    for (qint64 n : f.eventsPerMinute) {
        lastHour += n;
        busiest = std::max(busiest, n);
    }
    if (lastHour == 0) {
        setFigure(m_ui->throughputFigureLabel, tr("No events in the last hour"), false);
        m_ui->throughputDetailLabel->setText(QString());
    } else {
        setFigure(m_ui->throughputFigureLabel, locale.toString(lastHour), true);
        m_ui->throughputDetailLabel->setText(
            tr("This minute: %1 · busiest minute: %2")
                .arg(locale.toString(f.eventsPerMinute.isEmpty() ? 0 : f.eventsPerMinute.last()),
                     locale.toString(busiest)));
    }

    if (f.retrying() == 0) {
        setStatus(m_ui->retryingIconLabel, Good);
        setFigure(m_ui->retryingFigureLabel, tr("Nothing failing"), false);
        m_ui->retryingDetailLabel->setText(tr("No event or command is waiting for another attempt."));
    } else {
        setStatus(m_ui->retryingIconLabel, Warning);
        setFigure(m_ui->retryingFigureLabel, locale.toString(f.retrying()), true);
        m_ui->retryingDetailLabel->setText(
            tr("Being retried after a failure: events %1, commands %2.")
                .arg(locale.toString(f.retryingEvents), locale.toString(f.retryingCommands)));
    }

    if (f.deadLetters() == 0) {
        setStatus(m_ui->deadLettersIconLabel, Good);
        setFigure(m_ui->deadLettersFigureLabel, tr("No dead letters"), false);
        m_ui->deadLettersDetailLabel->setText(tr("Nothing needs a person."));
    } else {
        setStatus(m_ui->deadLettersIconLabel, Critical);
        setFigure(m_ui->deadLettersFigureLabel, locale.toString(f.deadLetters()), true);
        const qint64 oldest = f.oldestDeadLetterAt.value_or(f.now);
        m_ui->deadLettersDetailLabel->setText(
            tr("Needs a person. Oldest came in %1 ago (%2); events %3, commands %4.")
                .arg(EngineStatusWidget::formatAge(f.now - oldest),
                     oldest >= f.dayStart
                         ? locale.toString(QDateTime::fromMSecsSinceEpoch(oldest, m_zone).time(), QLocale::ShortFormat)
                         : locale.toString(QDateTime::fromMSecsSinceEpoch(oldest, m_zone), QLocale::ShortFormat),
                     locale.toString(f.deadEvents), locale.toString(f.deadCommands)));
    }

    showThroughput(f);
    QStringList hourNames;
    const QStringList hours = hourCategories(f.hourBoundaries, hourNames);
    showCash(m_ui->cashPerHourChartView, f.cashPerHour, hours, hourNames, tr("Hour, local time"),
             tr("No payments yet today: cash in appears here hour by hour."));
    QStringList dayNames;
    const QStringList days = dayCategories(f.dayBoundaries, dayNames);
    showCash(m_ui->cashPerDayChartView, f.cashPerDay, days, dayNames, dayAxisTitle(f.dayBoundaries),
             tr("No payments in the last 30 days."));
}

void DashboardPage::setEngineState(EngineStatusWidget::State state)
{
    m_engineState = state;
    showEngine();
}

void DashboardPage::setEngineHealth(const engine::EngineHealth& health)
{
    m_health = health;
    showEngine();
}

void DashboardPage::clearEngineHealth()
{
    m_health.reset();
    showEngine();
}

void DashboardPage::showEngine()
{
    using State = EngineStatusWidget::State;
    const QLocale locale;
    QString waiting;
    if (m_health) {
        const qint64 n = EngineStatusWidget::waitingCount(*m_health);
        waiting = n == 0 ? tr("Nothing is waiting.")
                         : tr("Waiting: %1, the oldest for %2.")
                               .arg(locale.toString(n), EngineStatusWidget::formatAge(m_health->oldestPendingMs));
    }
    switch (m_engineState) {
    case State::NotConfigured:
        setStatus(m_ui->engineIconLabel, Info);
        setFigure(m_ui->engineFigureLabel, tr("Not set up"), false);
        m_ui->engineDetailLabel->setText(tr("This console runs the engine in demo mode only so far; Engine → Start "
                                            "engine says what to set up."));
        break;
    case State::Starting:
        setStatus(m_ui->engineIconLabel, Info);
        setFigure(m_ui->engineFigureLabel, tr("Starting…"), false);
        m_ui->engineDetailLabel->setText(waiting);
        break;
    case State::Running:
        setStatus(m_ui->engineIconLabel, Good);
        setFigure(m_ui->engineFigureLabel, tr("Running"), false);
        m_ui->engineDetailLabel->setText(waiting);
        break;
    case State::Stopping:
        setStatus(m_ui->engineIconLabel, Info);
        setFigure(m_ui->engineFigureLabel, tr("Stopping…"), false);
        m_ui->engineDetailLabel->setText(tr("Calls in progress finish, then it logs off SYSPRO."));
        break;
    case State::Stopped:
        setStatus(m_ui->engineIconLabel, Warning);
        setFigure(m_ui->engineFigureLabel, tr("Stopped"), false);
        m_ui->engineDetailLabel->setText(
            tr("Payments wait in the inbox until it runs again. %1").arg(waiting).trimmed());
        break;
    }

    if (m_engineState != State::Running) {
        setStatus(m_ui->sysproIconLabel, Info);
        setFigure(m_ui->sysproFigureLabel, tr("No session"), false);
        m_ui->sysproDetailLabel->setText(tr("The engine is not running, so it holds no SYSPRO session."));
    } else if (!m_health) {
        setStatus(m_ui->sysproIconLabel, Info);
        setFigure(m_ui->sysproFigureLabel, tr("Checking…"), false);
        m_ui->sysproDetailLabel->setText(QString());
    } else if (m_health->sysproLoggedOn) {
        setStatus(m_ui->sysproIconLabel, Good);
        setFigure(m_ui->sysproFigureLabel, tr("Logged on"), false);
        m_ui->sysproDetailLabel->setText(tr("Postings go through this one session."));
    } else {
        const bool work = EngineStatusWidget::waitingCount(*m_health) > 0;
        setStatus(m_ui->sysproIconLabel, work ? Warning : Info);
        setFigure(m_ui->sysproFigureLabel, tr("Not logged on"), false);
        m_ui->sysproDetailLabel->setText(work ? tr("Work is waiting: if this lasts, check the SYSPRO connection "
                                                   "under Settings and the alerts.")
                                              : tr("The engine logs on when it has something to post."));
    }
}

void DashboardPage::showThroughput(const store::DashboardFigures& f)
{
    QChart* chart = m_ui->throughputChartView->chart();
    removeAxesAndSeries(chart);
    auto* series = new QLineSeries();
    series->setName(tr("Events received"));
    series->setPointsVisible(f.minuteStarts.size() <= 30); // 60 dots would hide the line
    qint64 max = 0;
    for (qsizetype i = 0; i < f.minuteStarts.size() && i < f.eventsPerMinute.size(); ++i) {
        series->append(static_cast<double>(f.minuteStarts.at(i)), static_cast<double>(f.eventsPerMinute.at(i)));
        max = std::max(max, f.eventsPerMinute.at(i));
    }
    chart->addSeries(series);
    auto* x = new QDateTimeAxis();
    x->setFormat(QStringLiteral("HH:mm"));
    // The axis labels its ticks in the system's time zone (Qt 6.4 has no other choice).
    x->setTickCount(5); // every 15 minutes
    x->setTitleText(tr("Time"));
    if (!f.minuteStarts.isEmpty()) {
        x->setRange(QDateTime::fromMSecsSinceEpoch(f.minuteStarts.first(), m_zone),
                    QDateTime::fromMSecsSinceEpoch(f.minuteStarts.last(), m_zone));
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(max, tr("Events"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QList<qint64> starts = f.minuteStarts;
    const QList<qint64> counts = f.eventsPerMinute;
    const QTimeZone zone = m_zone;
    connect(series, &QLineSeries::hovered, this, [starts, counts, zone](const QPointF& point, bool state) {
        if (!state || starts.isEmpty()) {
            QToolTip::hideText();
            return;
        }
        const qsizetype i = std::clamp<qsizetype>(
            static_cast<qsizetype>(std::llround((point.x() - static_cast<double>(starts.first())) / kMinuteMs)), 0,
            starts.size() - 1);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 events received")
                               .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(starts.at(i), zone).time(),
                                                       QLocale::ShortFormat),
                                    QLocale().toString(counts.value(i))));
    });
    setHint(m_ui->throughputChartView,
            max == 0 ? tr("No events in the last hour: they appear here minute by minute.") : QString());
}

void DashboardPage::showCash(QChartView* view, const QList<store::MoneySeries>& series, const QStringList& categories,
                             const QStringList& bucketNames, const QString& axisTitle, const QString& emptyHint)
{
    QChart* chart = view->chart();
    removeAxesAndSeries(chart);
    auto* bars = new QBarSeries();
    double max = 0;
    bool any = false;
    for (const store::MoneySeries& s : series) {
        auto* set = new QBarSet(s.currency.code());
        QStringList texts;
        for (const Money& m : s.perBucket) {
            set->append(plotValue(m));
            max = std::max(max, plotValue(m));
            any = any || !m.isZero();
            texts.append(moneyText(m));
        }
        connect(set, &QBarSet::hovered, this, [texts, bucketNames](bool status, int index) {
            if (!status || index < 0 || index >= texts.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(bucketNames.value(index), texts.at(index)));
        });
        bars->append(set);
    }
    chart->addSeries(bars);
    QAbstractAxis* x = nullptr;
    if (categories.contains(QString())) {
        // Labels under some bars only: Qt Charts gives a bar category label no more room than
        // its bar, so 24 hours in an ordinary window would each read "…". A category axis puts
        // each label under its bar (bar i stands at i) with the room up to the next label.
        auto* sparse = new QCategoryAxis();
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setStartValue(-0.5);
        sparse->setRange(-0.5, static_cast<double>(categories.size()) - 0.5);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            if (!categories.at(i).isEmpty()) {
                sparse->append(categories.at(i), static_cast<double>(i));
            }
        }
        sparse->setGridLineVisible(false);
        x = sparse;
    } else {
        auto* all = new QBarCategoryAxis();
        all->append(categories);
        x = all;
    }
    QFont small = x->labelsFont();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() - 1));
    x->setLabelsFont(small);
    x->setTitleText(axisTitle);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto* y = new QValueAxis();
    if (max > 0) {
        y->setRange(0, max);
        y->applyNiceNumbers();
        y->setLabelFormat(y->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    } else {
        y->setRange(0, 4); // an empty chart still has a readable scale
        y->setTickCount(5);
        y->setLabelFormat(QStringLiteral("%.0f"));
    }
    // One currency: the axis names it and a legend would only repeat it. Several: the legend
    // tells them apart.
    y->setTitleText(series.size() == 1 ? series.first().currency.code() : tr("Amount"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    chart->legend()->setVisible(series.size() > 1);
    setHint(view, any ? QString() : emptyHint);
}

void DashboardPage::setHint(QChartView* view, const QString& hint)
{
    QGraphicsTextItem* item = hintOf(view->chart());
    if (item == nullptr) {
        return;
    }
    item->setPlainText(hint);
    item->setVisible(!hint.isEmpty());
    placeHint(view->chart());
}

QString DashboardPage::chartHint(const QChartView* view)
{
    const QGraphicsTextItem* item = hintOf(view->chart());
    return item != nullptr && item->isVisible() ? item->toPlainText() : QString();
}

QStringList DashboardPage::hourCategories(const QList<qint64>& boundaries, QStringList& names) const
{
    // Every third local hour is labelled ("00", "03", … "21"): 24 labels do not fit under the bars
    // of a window of ordinary width. Every bar's tooltip names its hour. On the day the clocks go
    // back an hour happens twice; only its first time is labelled.
    QStringList categories;
    for (qsizetype i = 0; i + 1 < boundaries.size(); ++i) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(boundaries.at(i), m_zone);
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(boundaries.at(i + 1), m_zone);
        QString label = start.toString(QStringLiteral("HH"));
        if (start.time().hour() % 3 != 0 || categories.contains(label)) {
            label.clear(); // no label under this bar
        }
        categories.append(label);
        names.append(
            tr("%1 to %2").arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm"))));
    }
    return categories;
}

QStringList DashboardPage::dayCategories(const QList<qint64>& boundaries, QStringList& names) const
{
    // The day of the month under each bar, short enough for 30 bars side by side; the axis title
    // names the months. A 30-day window can hold two 1sts: the second one carries its month.
    const QLocale locale;
    QStringList categories;
    for (qsizetype i = 0; i + 1 < boundaries.size(); ++i) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(boundaries.at(i), m_zone).date();
        QString label = QString::number(day.day());
        if (categories.contains(label)) {
            label = locale.toString(day, QStringLiteral("d MMM"));
        }
        categories.append(label);
        names.append(locale.toString(day, QLocale::LongFormat));
    }
    return categories;
}

QString DashboardPage::dayAxisTitle(const QList<qint64>& boundaries) const
{
    if (boundaries.size() < 2) {
        return tr("Day");
    }
    const QLocale locale;
    const QDate first = QDateTime::fromMSecsSinceEpoch(boundaries.first(), m_zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(boundaries.at(boundaries.size() - 2), m_zone).date();
    return tr("Day, %1 to %2")
        .arg(locale.toString(first, QStringLiteral("d MMM")), locale.toString(last, QStringLiteral("d MMM")));
}

} // namespace bridge::gui
