// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The console's engine controls: the status-bar indicator and Engine → Start/Stop, against a
// real engine (the demo harness: both sandboxes, the shop and the engine in this process).
#include "GuiFixture.h"
#include "core/Translations.h"
#include "demo/DemoHarness.h"
#include "engine/Engine.h"
#include "gui/EngineStatusWidget.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "logging/Log.h"

#include <QAction>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

namespace {

/// The posted figure as the indicator writes it ("Engine running · 1,234 posted · …"); -1 if absent.
qint64 postedIn(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("([\\d,.\\x{00a0}\\x{202f}]+) posted"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return -1;
    }
    QString digits = m.captured(1);
    digits.remove(QRegularExpression(QStringLiteral("\\D")));
    return digits.toLongLong();
}

gui::EngineStatusWidget* indicatorOf(gui::MainWindow& window)
{
    return window.statusBar()->findChild<gui::EngineStatusWidget*>(QStringLiteral("engineStatus"));
}

} // namespace

class TestEngineControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        log::initialize({.level = log::Level::Info});
        Translations::installLanguage(QStringLiteral("en"));
    }

    void indicatorCountsUpAndStopActionStops()
    {
        test::GuiFixture f; // demo people: alex is the administrator
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        demo::DemoOptions options;
        options.events = 20;
        options.failureScenarios = false;
        options.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("engine.sqlite"));
        demo::DemoHarness harness(options);
        const Result<void> started = harness.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        QVERIFY(harness.engine() && harness.engine()->isRunning());

        gui::MainWindow window(f.context()); // after the harness: the window goes first
        window.setEngine(harness.engine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::EngineStatusWidget* indicator = indicatorOf(window);
        QVERIFY(indicator);
        QVERIFY2(indicator->text().startsWith(QStringLiteral("Engine running")), qPrintable(indicator->text()));
        QVERIFY(indicator->isVisible());
        // The launch start is audited as the signed-in person.
        QCOMPARE(f.context().audit().recent(1)->first().action, QStringLiteral("engine.started"));
        QCOMPARE(f.context().audit().recent(1)->first().actor, QStringLiteral("alex"));

        // The engine reports every second; the shop's orders get posted.
        QTRY_VERIFY_WITH_TIMEOUT(postedIn(indicator->text()) > 0, 60'000);
        QVERIFY2(indicator->text().contains(QStringLiteral("waiting")), qPrintable(indicator->text()));
        QVERIFY2(indicator->text().contains(QStringLiteral("SYSPRO logged on")), qPrintable(indicator->text()));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Open alerts")));
        QVERIFY(indicator->dotColor() != QColor(0x8a, 0x93, 0x9e)); // not the stopped grey

        auto* start = window.findChild<QAction*>(QStringLiteral("startEngineAction"));
        auto* stop = window.findChild<QAction*>(QStringLiteral("stopEngineAction"));
        QVERIFY(start && stop);
        QVERIFY(!start->isEnabled());
        QVERIFY(stop->isEnabled());
        QCOMPARE(stop->shortcut(), QKeySequence(QStringLiteral("Shift+F5")));

        stop->trigger();
        QVERIFY(!stop->isEnabled()); // no second stop while this one runs
        QVERIFY(!start->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(QStringLiteral("Engine stopped")), 30'000);
        QVERIFY(!harness.engine()->isRunning());
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        const auto stoppedRow = f.context().audit().recent(1);
        QVERIFY(stoppedRow && !stoppedRow->isEmpty());
        QCOMPARE(stoppedRow->first().action, QStringLiteral("engine.stopped"));
        QCOMPARE(stoppedRow->first().actor, QStringLiteral("alex"));
        QCOMPARE(stoppedRow->first().subject, QStringLiteral("engine:main"));
        QCOMPARE(QJsonDocument::fromJson(stoppedRow->first().detail.toUtf8())[QStringLiteral("trigger")].toString(),
                 QStringLiteral("console"));
        // A stopped engine still shows its queue.
        QVERIFY2(postedIn(indicator->text()) > 0, qPrintable(indicator->text()));

        // A viewer may not start it; the action says why.
        QVERIFY(f.context().switchUser(QStringLiteral("vic")));
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().contains(QStringLiteral("start or stop the sync engine")),
                 qPrintable(start->toolTip()));

        // An operator starts it again (F5), and that is audited under their name.
        QVERIFY(f.context().switchUser(QStringLiteral("olu")));
        QVERIFY(start->isEnabled());
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(harness.engine()->isRunning());
        QVERIFY2(indicator->text().startsWith(QStringLiteral("Engine running")), qPrintable(indicator->text()));
        QCOMPARE(f.context().audit().recent(1)->first().action, QStringLiteral("engine.started"));
        QCOMPARE(f.context().audit().recent(1)->first().actor, QStringLiteral("olu"));
        QVERIFY(stop->isEnabled());

        // Quitting stops it through the harness; the window audits that stop too.
        QSignalSpy harnessStopped(&harness, &demo::DemoHarness::stopped);
        harness.stop();
        QTRY_VERIFY_WITH_TIMEOUT(harnessStopped.size() == 1, 30'000);
        QVERIFY(indicator->text().startsWith(QStringLiteral("Engine stopped")));
        const auto quitRow = f.context().audit().recent(1);
        QCOMPARE(quitRow->first().action, QStringLiteral("engine.stopped"));
        QCOMPARE(QJsonDocument::fromJson(quitRow->first().detail.toUtf8())[QStringLiteral("trigger")].toString(),
                 QStringLiteral("application"));

        // A stopped engine attached afresh: its figures are read on a pool thread, not the GUI's.
        const qsizetype auditRows = f.context().audit().recent(1000)->size();
        window.setEngine(harness.engine());
        QCOMPARE(indicator->text(), QStringLiteral("Engine stopped"));
        QTRY_VERIFY_WITH_TIMEOUT(postedIn(indicator->text()) > 0, 10'000);
        QVERIFY(start->isEnabled());
        QCOMPARE(f.context().audit().recent(1000)->size(), auditRows); // attaching is not a start
        window.setEngine(nullptr);
        QCOMPARE(indicator->text(), QStringLiteral("Engine not set up"));
    }

    void withoutAnEngineStartSaysWhatToSetUp()
    {
        test::GuiFixture f(false); // production mode: the first user is the administrator
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::MainWindow window(f.context());
        window.show();
        gui::EngineStatusWidget* indicator = indicatorOf(window);
        QVERIFY(indicator);
        QCOMPARE(indicator->text(), QStringLiteral("Engine not set up"));
        auto* start = window.findChild<QAction*>(QStringLiteral("startEngineAction"));
        auto* stop = window.findChild<QAction*>(QStringLiteral("stopEngineAction"));
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        const qsizetype auditRows = f.context().audit().recent(1000)->size();
        gui::MessageBox::setNextAnswer(QMessageBox::Open);
        start->trigger();
        gui::MessageBox::clearNextAnswer();
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("Settings")),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(window.currentPageId(), QStringLiteral("settings"));
        QCOMPARE(indicator->text(), QStringLiteral("Engine not set up"));
        QCOMPARE(f.context().audit().recent(1000)->size(), auditRows); // nothing started, nothing audited
    }

    void indicatorTextAndColourFollowTheFigures()
    {
        gui::EngineStatusWidget w;
        w.setState(gui::EngineStatusWidget::State::Running);
        engine::EngineHealth h;
        h.running = true;
        h.sysproLoggedOn = true;
        h.outbox = {{QStringLiteral("done"), 1234}, {QStringLiteral("pending"), 2}, {QStringLiteral("dead"), 1}};
        h.inbox = {{QStringLiteral("pending"), 1}, {QStringLiteral("dead"), 1}};
        h.oldestPendingMs = 125'000;
        w.setHealth(h);
        // "letter(s)" until the English plural forms of this string are in translations/bridge_en.ts.
        static const QRegularExpression expected(QStringLiteral(
            "^Engine running · 1,234 posted · 3 waiting · 2 dead letter(s|\\(s\\)) · SYSPRO logged on$"));
        QVERIFY2(expected.match(w.text()).hasMatch(), qPrintable(w.text()));
        QVERIFY(w.toolTip().contains(QStringLiteral("Oldest waiting item: 2 min 5 s")));
        QCOMPARE(w.dotColor(), QColor(0xe0, 0x9b, 0x00)); // dead letters: amber
        h.criticalAlerts = 1;
        h.openAlerts = 1;
        w.setHealth(h);
        QVERIFY(w.text().contains(QStringLiteral("1 critical alert")));
        QCOMPARE(w.dotColor(), QColor(0xd6, 0x45, 0x45));
        // Narrow: the state word stays, the figures give way.
        QVERIFY(w.minimumSizeHint().width() < w.sizeHint().width());
        w.setState(gui::EngineStatusWidget::State::Stopped);
        QVERIFY(w.text().startsWith(QStringLiteral("Engine stopped · 1,234 posted")));
        QVERIFY(!w.text().contains(QStringLiteral("SYSPRO")));
    }

    void cleanupTestCase() { log::shutdown(); }
};

QTEST_MAIN(TestEngineControls)
#include "TestEngineControls.moc"
