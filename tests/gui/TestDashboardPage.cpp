// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The dashboard page, offscreen, on a fixed clock: empty state, then real rows.
#include "GuiFixture.h"
#include "core/Clock.h"
#include "core/Translations.h"
#include "gui/DashboardPage.h"
#include "logging/Log.h"
#include "store/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace bridge;
using store::Database;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;

const QTimeZone& london()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

QString errorOf(const Result<void>& r)
{
    return r ? QString() : r.error().toString();
}

Result<void> insertPayment(Database& database, const QString& id, const QString& kind, qint64 minor,
                           const QString& currency, qint64 occurredAt)
{
    return database.write([&](QSqlDatabase& tx) -> Result<void> {
        return asVoid(Database::exec(
            tx,
            QStringLiteral("INSERT INTO payments (transaction_id, kind, vendor_tx_code, amount_minor, currency, "
                           "status, occurred_at, accepted_at) VALUES (:id, :kind, :vendor, :amount, :currency, 'OK', "
                           ":occurred, :accepted)"),
            {{"id", id},
             {"kind", kind},
             {"vendor", QString(QStringLiteral("VTX-") + id)},
             {"amount", minor},
             {"currency", currency},
             {"occurred", occurredAt},
             {"accepted", occurredAt}}));
    });
}

Result<void> insertEvent(Database& database, const QString& eventId, qint64 receivedAt, const QString& status)
{
    return database.write([&](QSqlDatabase& tx) -> Result<void> {
        return asVoid(Database::exec(
            tx,
            QStringLiteral("INSERT INTO inbox (source, source_event_id, kind, received_at, payload, payload_sha256, "
                           "status, stage, attempts, next_attempt_at, updated_at) VALUES ('shop-event', :event, "
                           "'payment', :received, '{}', 'x', :status, 'received', 1, :next, :updated)"),
            {{"event", eventId},
             {"received", receivedAt},
             {"status", status},
             {"next", receivedAt},
             {"updated", receivedAt}}));
    });
}

QBarSeries* barsOf(QChartView* view)
{
    const QList<QAbstractSeries*> all = view->chart()->series();
    return all.size() == 1 ? qobject_cast<QBarSeries*>(all.first()) : nullptr;
}

int categoryCount(QChartView* view)
{
    for (QAbstractAxis* axis : view->chart()->axes(Qt::Horizontal)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            return static_cast<int>(categories->count());
        }
    }
    return -1;
}

/// The labels under the bars of an axis that labels some bars only.
QStringList sparseLabels(QChartView* view)
{
    for (QAbstractAxis* axis : view->chart()->axes(Qt::Horizontal)) {
        if (auto* categories = qobject_cast<QCategoryAxis*>(axis)) {
            return categories->categoriesLabels();
        }
    }
    return {};
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        log::initialize({.level = log::Level::Debug});
        Translations::installLanguage(QStringLiteral("en"));
    }

    void emptyThenFigures()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        // 15 June 2026, 14:37:20 in London.
        ManualClock clock(QDateTime(QDate(2026, 6, 15), QTime(14, 37, 20), london()));
        const qint64 now = clock.nowMsecs();
        const qint64 dayStart = QDate(2026, 6, 15).startOfDay(london()).toMSecsSinceEpoch();

        gui::DashboardPage page(f.context());
        page.setClock(clock, london());
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.figures().has_value(), 5000);

        auto label = [&page](const char* name) {
            auto* l = page.findChild<QLabel*>(QLatin1String(name));
            return l != nullptr ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
        };
        auto* throughput = page.findChild<QChartView*>(QStringLiteral("throughputChartView"));
        auto* perHour = page.findChild<QChartView*>(QStringLiteral("cashPerHourChartView"));
        auto* perDay = page.findChild<QChartView*>(QStringLiteral("cashPerDayChartView"));
        QVERIFY(throughput && perHour && perDay);

        // Empty: plain words, and charts with their axes and a hint instead of a blank.
        QCOMPARE(label("paymentsFigureLabel"), QStringLiteral("No payments yet today"));
        QCOMPARE(label("cashInFigureLabel"), QStringLiteral("Nothing yet today"));
        QCOMPARE(label("refundsFigureLabel"), QStringLiteral("No refunds today"));
        QCOMPARE(label("throughputFigureLabel"), QStringLiteral("No events in the last hour"));
        QCOMPARE(label("deadLettersFigureLabel"), QStringLiteral("No dead letters"));
        QCOMPARE(label("retryingFigureLabel"), QStringLiteral("Nothing failing"));
        QVERIFY(gui::DashboardPage::chartHint(perHour).startsWith(QStringLiteral("No payments yet today")));
        QVERIFY(!gui::DashboardPage::chartHint(perDay).isEmpty());
        QVERIFY(!gui::DashboardPage::chartHint(throughput).isEmpty());
        QVERIFY(barsOf(perHour) && barsOf(perHour)->count() == 0);
        // Every third hour is labelled under its bar; all 30 days are.
        QCOMPARE(sparseLabels(perHour),
                 (QStringList{QStringLiteral("00"), QStringLiteral("03"), QStringLiteral("06"), QStringLiteral("09"),
                              QStringLiteral("12"), QStringLiteral("15"), QStringLiteral("18"), QStringLiteral("21")}));
        QCOMPARE(categoryCount(perDay), 30);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("deadLettersIconLabel"))->accessibleName(),
                 QStringLiteral("OK"));
        // No engine: the tiles say so in words.
        QCOMPARE(label("engineFigureLabel"), QStringLiteral("Not set up"));

        // Rows: two GBP payments and a refund today, one payment yesterday, two events in the
        // last hour, and a dead letter that came in 2 h 5 min ago.
        Database& db = *f.context().database();
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-1"), QStringLiteral("payment"), 1000,
                                       QStringLiteral("GBP"), dayStart + 9 * kHour + 5 * kMinute)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-2"), QStringLiteral("payment"), 2000,
                                       QStringLiteral("GBP"), dayStart + 13 * kHour)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("R-1"), QStringLiteral("refund"), 250, QStringLiteral("GBP"),
                                       dayStart + 14 * kHour)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-0"), QStringLiteral("payment"), 4000,
                                       QStringLiteral("GBP"), dayStart - kHour)),
                 QString());
        QCOMPARE(errorOf(insertEvent(db, QStringLiteral("e1"), now - 10'000, QStringLiteral("done"))), QString());
        QCOMPARE(errorOf(insertEvent(db, QStringLiteral("e2"), now - 10 * kMinute, QStringLiteral("done"))), QString());
        QCOMPARE(errorOf(insertEvent(db, QStringLiteral("e3"), now - 2 * kHour - 5 * kMinute, QStringLiteral("dead"))),
                 QString());

        QTRY_VERIFY_WITH_TIMEOUT(!page.isReading(), 5000);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(label("paymentsFigureLabel"), QStringLiteral("2"), 5000);
        QCOMPARE(label("cashInFigureLabel"), QStringLiteral("GBP 30.00"));
        QCOMPARE(label("refundsFigureLabel"), QStringLiteral("1"));
        QCOMPARE(label("refundsDetailLabel"), QStringLiteral("GBP 2.50"));
        QCOMPARE(label("throughputFigureLabel"), QStringLiteral("2")); // the dead event came in 2 h ago
        QCOMPARE(label("deadLettersFigureLabel"), QStringLiteral("1"));
        QVERIFY2(label("deadLettersDetailLabel").contains(QStringLiteral("2 h 5 min ago")),
                 qPrintable(label("deadLettersDetailLabel")));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("deadLettersIconLabel"))->accessibleName(),
                 QStringLiteral("Needs attention"));

        // Charts: a GBP bar set per chart, a bar per hour and per day; 60 minutes of events.
        QBarSeries* hours = barsOf(perHour);
        QVERIFY(hours);
        QCOMPARE(hours->count(), 1);
        QCOMPARE(hours->barSets().first()->label(), QStringLiteral("GBP"));
        QCOMPARE(hours->barSets().first()->count(), 24);
        QCOMPARE(hours->barSets().first()->at(9), 10.0);
        QCOMPARE(hours->barSets().first()->at(13), 20.0);
        QCOMPARE(hours->barSets().first()->at(14), 0.0); // a refund is not cash in
        QVERIFY(gui::DashboardPage::chartHint(perHour).isEmpty());
        QBarSeries* days = barsOf(perDay);
        QVERIFY(days);
        QCOMPARE(days->count(), 1);
        QCOMPARE(days->barSets().first()->count(), 30);
        QCOMPARE(days->barSets().first()->at(29), 30.0);
        QCOMPARE(days->barSets().first()->at(28), 40.0);
        // One currency: the axis names it, no legend; a second currency brings the legend.
        QVERIFY(!perDay->chart()->legend()->isVisible());
        QCOMPARE(perDay->chart()->axes(Qt::Vertical).first()->titleText(), QStringLiteral("GBP"));
        const QList<QAbstractSeries*> lines = throughput->chart()->series();
        QCOMPARE(lines.size(), 1);
        auto* line = qobject_cast<QLineSeries*>(lines.first());
        QVERIFY(line);
        QCOMPARE(line->count(), 60);
        QCOMPARE(line->at(59).y(), 1.0);
        QCOMPARE(line->at(49).y(), 1.0);
        QVERIFY(gui::DashboardPage::chartHint(throughput).isEmpty());

        // While visible the page reads again by itself (every 5 s).
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-3"), QStringLiteral("payment"), 5, QStringLiteral("EUR"),
                                       now - kMinute)),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(label("paymentsFigureLabel"), QStringLiteral("3"), 8000);
        QCOMPARE(label("cashInFigureLabel"), QStringLiteral("EUR 0.05\nGBP 30.00"));
        QCOMPARE(barsOf(perHour)->count(), 2);
        QVERIFY(perHour->chart()->legend()->isVisible());
    }

    void engineAndSysproTiles()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::DashboardPage page(f.context());
        auto label = [&page](const char* name) { return page.findChild<QLabel*>(QLatin1String(name))->text(); };
        page.setEngineState(gui::EngineStatusWidget::State::Running);
        QCOMPARE(label("engineFigureLabel"), QStringLiteral("Running"));
        QCOMPARE(label("sysproFigureLabel"), QStringLiteral("Checking…"));
        engine::EngineHealth health;
        health.running = true;
        health.sysproLoggedOn = true;
        health.inbox.insert(QStringLiteral("pending"), 3);
        health.oldestPendingMs = 45'000;
        page.setEngineHealth(health);
        QCOMPARE(label("sysproFigureLabel"), QStringLiteral("Logged on"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("sysproIconLabel"))->accessibleName(), QStringLiteral("OK"));
        QCOMPARE(label("engineDetailLabel"), QStringLiteral("Waiting: 3, the oldest for 45 s."));
        health.sysproLoggedOn = false;
        page.setEngineHealth(health);
        QCOMPARE(label("sysproFigureLabel"), QStringLiteral("Not logged on"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("sysproIconLabel"))->accessibleName(),
                 QStringLiteral("Warning")); // work is waiting
        page.setEngineState(gui::EngineStatusWidget::State::Stopped);
        QCOMPARE(label("engineFigureLabel"), QStringLiteral("Stopped"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("engineIconLabel"))->accessibleName(),
                 QStringLiteral("Warning"));
        QCOMPARE(label("sysproFigureLabel"), QStringLiteral("No session"));
    }

    void cleanupTestCase() { log::shutdown(); }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
