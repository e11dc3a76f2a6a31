// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Smoke and behaviour tests of the real main window, offscreen.
#include "GuiFixture.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"
#include "gui/AlertsModel.h"
#include "gui/AlertsPage.h"
#include "gui/AuditModel.h"
#include "gui/AuditPage.h"
#include "gui/EventLogPage.h"
#include "gui/LogTableModel.h"
#include "gui/MainWindow.h"
#include "gui/SettingsPage.h"
#include "gui/UsersPage.h"
#include "logging/Log.h"
#include "store/Alerts.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <spdlog/spdlog.h>

using namespace bridge;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        log::initialize({.level = log::Level::Debug});
        Translations::installLanguage(QStringLiteral("en"));
    }

    void opensEveryPage()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::MainWindow window(f.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageIds(),
                 (QStringList{QStringLiteral("dashboard"), QStringLiteral("monitor"), QStringLiteral("refunds"),
                              QStringLiteral("reconciliation"), QStringLiteral("alerts"), QStringLiteral("mappings"),
                              QStringLiteral("eventlog"), QStringLiteral("audit"), QStringLiteral("users"),
                              QStringLiteral("settings")}));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        QVERIFY(stack && nav);
        QCOMPARE(nav->count(), 10);
        // Keyboard: Ctrl+1..9 and Ctrl+0 reach every page.
        for (int i = 0; i < window.pageIds().size(); ++i) {
            QTest::keyClick(&window, static_cast<Qt::Key>(i < 9 ? Qt::Key_1 + i : Qt::Key_0), Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), window.pageIds().at(i));
            QWidget* page = stack->currentWidget();
            QVERIFY(page->isVisible());
            auto* title = page->findChild<QLabel*>(QStringLiteral("titleLabel"));
            QVERIFY2(title && !title->text().isEmpty(), qPrintable(window.pageIds().at(i)));
        }
        // Arrow keys in the navigation move between pages too.
        nav->setFocus();
        nav->setCurrentRow(0);
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(window.currentPageId(), QStringLiteral("monitor"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    }

    void statusBarShowsWhoActsAndSwitchesInDemo()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::MainWindow window(f.context());
        window.show();
        auto* combo = window.statusBar()->findChild<QComboBox*>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        QVERIFY(combo->currentText().contains(QStringLiteral("Alex Morgan")));
        QVERIFY(combo->currentText().contains(QStringLiteral("Administrator")));
        // Act as Sam, the approver: the settings become read-only and say why.
        const int sam = combo->findData(QStringLiteral("sam"));
        combo->setCurrentIndex(sam);
        Q_EMIT combo->activated(sam);
        QCOMPARE(f.context().currentUser().login, QStringLiteral("sam"));
        window.showPage(QStringLiteral("settings"));
        auto* settings = window.page(QStringLiteral("settings"));
        QVERIFY(!settings->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
        auto* banner = settings->findChild<QLabel*>(QStringLiteral("permissionLabel"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Administrator")));
        QVERIFY(!settings->findChild<QLineEdit*>(QStringLiteral("vendorNameLineEdit"))->isEnabled());
        window.showPage(QStringLiteral("users"));
        QVERIFY(
            window.page(QStringLiteral("users"))->findChild<QLabel*>(QStringLiteral("permissionLabel"))->isVisible());
    }

    void productionModeShowsTheSignedInPerson()
    {
        test::GuiFixture f(false);
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::MainWindow window(f.context());
        window.show();
        QVERIFY(window.statusBar()->findChild<QComboBox*>() == nullptr);
        bool found = false;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            found = found || label->text().startsWith(QStringLiteral("Signed in as"));
        }
        QVERIFY(found);
        // The first user of a new database is its administrator.
        QVERIFY(f.context().currentUser().roles.has(Role::Admin));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("demo")));
    }

    void windowStateIsRestored()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        {
            gui::MainWindow window(f.context());
            window.show();
            window.resize(900, 610);
            window.showPage(QStringLiteral("users"));
            QVERIFY(window.close());
        }
        QCOMPARE(f.context().settings().value(SettingKeys::CurrentPage), QStringLiteral("users"));
        gui::MainWindow again(f.context());
        again.show();
        QCOMPARE(again.currentPageId(), QStringLiteral("users"));
        QCOMPARE(again.size(), QSize(900, 610));
    }

    void eventLogShowsAndFiltersLiveEntries()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::MainWindow window(f.context());
        window.show();
        auto* page = qobject_cast<gui::EventLogPage*>(window.page(QStringLiteral("eventlog")));
        QVERIFY(page);
        log::get("opayo")->warn("payment {} declined by the bank", "ORDER-77");
        log::get("syspro")->info("posted order {}", "000123");
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("ORDER-77"));
        // The page polls the log every 250 ms; the new entry shows up without any action.
        QTRY_COMPARE(page->filter()->rowCount(), 1);
        search->clear();
        auto* component = page->findChild<QComboBox*>(QStringLiteral("componentComboBox"));
        QTRY_VERIFY(component->findData(QStringLiteral("syspro")) >= 0);
        component->setCurrentIndex(component->findData(QStringLiteral("syspro")));
        QVERIFY(page->filter()->rowCount() >= 1);
        for (int r = 0; r < page->filter()->rowCount(); ++r) {
            QCOMPARE(page->filter()->index(r, gui::LogTableModel::ComponentColumn).data().toString(),
                     QStringLiteral("syspro"));
        }
        component->setCurrentIndex(0);
        auto* level = page->findChild<QComboBox*>(QStringLiteral("levelComboBox"));
        level->setCurrentIndex(2); // warnings and errors
        for (int r = 0; r < page->filter()->rowCount(); ++r) {
            QVERIFY(page->filter()->index(r, 0).data(gui::LogTableModel::LevelRole).toInt() >=
                    int(log::Level::Warning));
        }
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("Showing")));
        // The Level column shows the whole word of every level with its icon, whichever came first.
        auto* view = page->findChild<QTableView*>(QStringLiteral("logTableView"));
        QVERIFY(view);
        const int room = view->horizontalHeader()->sectionSize(gui::LogTableModel::LevelColumn) -
                         view->style()->pixelMetric(QStyle::PM_SmallIconSize);
        for (const QString& label : gui::LogTableModel::levelLabels()) {
            QVERIFY2(view->fontMetrics().horizontalAdvance(label) < room, qPrintable(label));
        }
    }

    void alertsPageAcknowledgesWithACommentAndCountsInTheNavigation()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        store::Alerts alerts(f.context().database());
        QVERIFY(alerts.raise(store::NewAlert{QStringLiteral("syspro-auth"), store::AlertSeverity::Critical,
                                             QStringLiteral("SORTOI"),
                                             QStringLiteral("SYSPRO refused the operator's password."),
                                             QStringLiteral("Check the SYSPRO operator in Settings.")}));
        QVERIFY(alerts.raise(store::NewAlert{QStringLiteral("retrying-long"), store::AlertSeverity::Warning,
                                             QStringLiteral("outbox:7"),
                                             QStringLiteral("ARSTPY R-1 has been failing for 12 minutes."),
                                             QStringLiteral("Check that SYSPRO is reachable.")}));
        gui::MainWindow window(f.context());
        window.show();
        auto* page = qobject_cast<gui::AlertsPage*>(window.page(QStringLiteral("alerts")));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        QCOMPARE(nav->item(4)->text(), QStringLiteral("Alerts (2)"));
        QVERIFY(nav->item(4)->font().bold()); // one of them is critical
        window.showPage(QStringLiteral("alerts"));
        QCOMPARE(page->model()->rowCount(), 2);
        auto* ack = page->findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
        QVERIFY(!ack->isEnabled()); // nothing selected yet
        int critical = -1;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->index(r, 0).data(gui::AlertsModel::SeverityRole).toInt() ==
                int(store::AlertSeverity::Critical)) {
                critical = r;
            }
        }
        QVERIFY(critical >= 0);
        QCOMPARE(page->model()->index(critical, gui::AlertsModel::SeverityColumn).data().toString(),
                 QStringLiteral("Critical"));
        QVERIFY(!page->model()
                     ->index(critical, gui::AlertsModel::SeverityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull()); // not colour alone
        page->findChild<QTableView*>(QStringLiteral("alertsTableView"))->selectRow(critical);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("detailLabel"))
                    ->text()
                    .contains(QStringLiteral("What to do: Check the SYSPRO operator in Settings.")));
        // Acknowledging is the operators' job: the administrator is told so, on the button.
        QVERIFY(!ack->isEnabled());
        QVERIFY2(ack->toolTip().contains(QStringLiteral("Operator")), qPrintable(ack->toolTip()));
        const QString login = f.context().currentUser().login;
        RoleSet roles = f.context().currentUser().roles;
        roles.add(Role::Operator);
        QVERIFY(f.context().users().setRoles(login, login, roles));
        QVERIFY(f.context().refreshCurrentUser());
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("commentLineEdit")),
                         QStringLiteral("Priya is resetting the password"));
        QVERIFY2(ack->isEnabled(), qPrintable(ack->toolTip()));
        QTest::mouseClick(ack, Qt::LeftButton);
        // Gone from the open alerts, the badge counts one, the store and the audit log know who.
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(nav->item(4)->text(), QStringLiteral("Alerts (1)"));
        QVERIFY(!nav->item(4)->font().bold());
        const auto all = alerts.list(false, 10);
        QVERIFY(all);
        const auto acknowledged = std::find_if(
            all->begin(), all->end(), [](const store::Alert& a) { return a.kind == QLatin1String("syspro-auth"); });
        QVERIFY(acknowledged != all->end());
        QVERIFY(acknowledged->acknowledged);
        QCOMPARE(acknowledged->acknowledgedBy, f.context().currentUser().login);
        QCOMPARE(acknowledged->comment, QStringLiteral("Priya is resetting the password"));
        const auto recent = f.context().audit().recent(5);
        QVERIFY(recent && std::any_of(recent->begin(), recent->end(), [](const store::AuditEntry& e) {
                    return e.action == QLatin1String("alert.acknowledged");
                }));
        // All alerts, acknowledged ones included, on request.
        page->findChild<QCheckBox*>(QStringLiteral("openOnlyCheckBox"))->setChecked(false);
        QCOMPARE(page->model()->rowCount(), 2);
    }

    void auditPageVerifiesAndShowsTampering()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::MainWindow window(f.context());
        window.show();
        window.showPage(QStringLiteral("audit"));
        auto* page = qobject_cast<gui::AuditPage*>(window.page(QStringLiteral("audit")));
        QVERIFY(page);
        // Seeding the demo people wrote the audit rows shown here.
        QVERIFY(page->model()->rowCount() >= 5);
        QSignalSpy verified(page, &gui::AuditPage::verified);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QTRY_COMPARE(verified.size(), 1);
        QCOMPARE(verified.first().at(0).toBool(), true);

        auto conn = f.database().database()->connection();
        if (f.database().database()->isPostgres()) {
            QVERIFY(store::Database::exec(*conn,
                                          QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")));
        } else {
            QVERIFY(store::Database::exec(*conn, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        }
        QVERIFY(store::Database::exec(*conn, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3")));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QTRY_COMPARE(verified.size(), 2);
        QCOMPARE(verified.last().at(0).toBool(), false);
        QVERIFY(verified.last().at(1).toString().contains(QStringLiteral("row 3")));

        // A viewer may not run the verification; the button says why.
        QVERIFY(f.context().switchUser(QStringLiteral("vic")));
        auto* button = page->findChild<QPushButton*>(QStringLiteral("verifyButton"));
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QStringLiteral("verify the audit log")));
    }

    void usersPageAssignsRolesWithAudit()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::MainWindow window(f.context());
        window.show();
        window.showPage(QStringLiteral("users"));
        auto* table = window.page(QStringLiteral("users"))->findChild<QTableView*>(QStringLiteral("usersTableView"));
        QAbstractItemModel* model = table->model();
        int priya = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == QStringLiteral("priya")) {
                priya = r;
            }
        }
        QVERIFY(priya >= 0);
        const int approverColumn = 2 + int(Role::Approver);
        QCOMPARE(model->index(priya, approverColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model->setData(model->index(priya, approverColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(f.context().users().user(QStringLiteral("priya"))->roles.has(Role::Approver));
        const auto last = f.context().audit().recent(1);
        QCOMPARE(last->first().action, QStringLiteral("user.roles_changed"));
        QCOMPARE(last->first().actor, QStringLiteral("alex"));
        // Removing the only administrator is refused with the reason shown.
        int alex = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString().startsWith(QStringLiteral("alex"))) {
                alex = r;
            }
        }
        QVERIFY(!model->setData(model->index(alex, 2 + int(Role::Admin)), Qt::Unchecked, Qt::CheckStateRole));
        auto* status = window.page(QStringLiteral("users"))->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("last administrator")));
    }

    void germanTranslationApplies()
    {
        QVERIFY(Translations::installLanguage(QStringLiteral("de")));
        {
            test::GuiFixture f;
            QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
            gui::MainWindow window(f.context());
            auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
            QCOMPARE(nav->item(9)->text(), QStringLiteral("Einstellungen"));
            QCOMPARE(nav->item(6)->text(), QStringLiteral("Ereignisprotokoll"));
            QCOMPARE(nav->item(3)->text(), QStringLiteral("Abstimmung"));
            QVERIFY(nav->item(4)->text().startsWith(QStringLiteral("Warnmeldungen")));
            QVERIFY(
                window.findChild<QAction*>(QStringLiteral("quitAction"))->text().contains(QStringLiteral("Beenden")));
        }
        QVERIFY(Translations::installLanguage(QStringLiteral("en")));
    }

    void cleanupTestCase() { log::shutdown(); }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
