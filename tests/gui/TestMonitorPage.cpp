// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The monitor page, driven offscreen as a user would: filters, the detail view, retry,
// edit-and-replay with maker-checker, mark resolved, CSV export, and live updates that keep the
// selection and the reader's place. Every model runs under QAbstractItemModelTester.
#include "GuiFixture.h"
#include "gui/MessageBox.h"
#include "gui/MonitorDetailView.h"
#include "gui/MonitorModel.h"
#include "gui/MonitorPage.h"
#include "store/AuditLog.h"
#include "store/Inbox.h"
#include "support/MonitorRows.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bridge;
using namespace Qt::StringLiterals;
using bridge::test::Command;
using bridge::test::Event;
using bridge::test::insertCommand;
using bridge::test::insertEvent;

namespace {

/// Events received today, a second apart, so that the default window ("today") shows them.
qint64 todayAt(int second)
{
    return QDate::currentDate().startOfDay().toMSecsSinceEpoch() + 60'000 + second * 1'000LL;
}

QStringList shownCodes(const gui::MonitorModel& model)
{
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r) {
        codes.append(model.index(r, gui::MonitorModel::VendorTxCodeColumn).data().toString());
    }
    return codes;
}

QString lastAudit(const std::shared_ptr<store::Database>& database)
{
    const auto entries = store::AuditLog(database).recent(1);
    return entries && !entries->isEmpty() ? entries->constFirst().action + u'/' + entries->constFirst().actor
                                          : QString();
}

} // namespace

class TestMonitorPage : public QObject
{
    Q_OBJECT

private:
    struct Seeded {
        qint64 completed = 0, retrying = 0, dead = 0, yesterday = 0;
    };
    static Seeded seed(store::Database& db)
    {
        Seeded s;
        s.completed = insertEvent(db, {todayAt(0), u"ORD-1001"_s, u"TXN-A1"_s, u"C0001"_s, 1050}).value();
        insertCommand(db, s.completed, {u"SORTOI"_s, u"done"_s, u"000101"_s}, todayAt(0)).value();
        s.retrying = insertEvent(db, {todayAt(1), u"ORD-1002"_s, u"TXN-B2"_s, u"C0002"_s, 2000}).value();
        insertCommand(db, s.retrying,
                      {u"SORTOI"_s, u"pending"_s, {}, 2, QDateTime::currentMSecsSinceEpoch() + 3'600'000}, todayAt(1))
            .value();
        Event dead{todayAt(2), u"ORD-2003"_s, u"TXN-C3"_s, u"ZZ9999"_s, 3000, u"GBP"_s, u"dead"_s, u"received"_s};
        dead.errorCode = u"engine.unknown_customer"_s;
        dead.canonical =
            uR"({"transactionId":"TXN-C3","vendorTxCode":"ORD-2003","customerCode":"ZZ9999","amount":{"minor":3000,"currency":"GBP"},"currency":"GBP","lines":[]})"_s;
        s.dead = insertEvent(db, dead).value();
        s.yesterday = insertEvent(db, {todayAt(0) - 86'400'000, u"OLD-1"_s, u"TXN-OLD"_s, u"C0001"_s, 500}).value();
        return s;
    }

    static void waitLoaded(gui::MonitorModel& model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
    }

    static void select(gui::MonitorPage& page, qint64 id)
    {
        auto* table = page.findChild<QTableView*>(u"tableView"_s);
        const int row = page.model()->rowOf(id);
        QVERIFY2(row >= 0, "row shown");
        table->setCurrentIndex(page.model()->index(row, 0));
        table->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(page.detailView()->detail() && page.detailView()->detail()->row.id == id, 10'000);
    }

private Q_SLOTS:
    void init() { gui::MessageBox::setNextAnswer(QMessageBox::Ok); }

    void filtersNarrowTheTodayWindow()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        const Seeded s = seed(*f.context().database());
        gui::MonitorPage page(f.context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        waitLoaded(*page.model());
        // Today by default, and it says so: yesterday's payment is not listed.
        QCOMPARE(shownCodes(*page.model()), (QStringList{u"ORD-2003"_s, u"ORD-1002"_s, u"ORD-1001"_s}));
        QVERIFY2(page.windowText().startsWith(u"Today"_s), qPrintable(page.windowText()));

        auto* search = page.findChild<QLineEdit*>(u"searchLineEdit"_s);
        QTest::keyClicks(search, u"ORD-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.model()), (QStringList{u"ORD-1002"_s, u"ORD-1001"_s}), 10'000);
        search->clear();
        QTest::keyClicks(search, u"00010"_s); // a SYSPRO sales order number
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.model()), QStringList{u"ORD-1001"_s}, 10'000);
        search->clear();

        auto* period = page.findChild<QComboBox*>(u"periodComboBox"_s);
        period->setCurrentIndex(period->findText(u"All time"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, 10'000);

        auto* dead = page.findChild<QToolButton*>(u"deadLettersButton"_s);
        dead->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.model()), QStringList{u"ORD-2003"_s}, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(dead->text().contains(u"(1)"_s), 10'000);
        dead->click();

        // A bad amount is named, and the rows shown stay.
        auto* from = page.findChild<QLineEdit*>(u"amountFromLineEdit"_s);
        QTest::keyClicks(from, u"ten"_s);
        QTest::keyClick(from, Qt::Key_Return);
        auto* error = page.findChild<QLabel*>(u"filterErrorLabel"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(u"Amount from:"_s), qPrintable(error->text()));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, 10'000); // still all of them
        from->clear();
        QTest::keyClicks(from, u"15"_s);
        QTest::keyClick(from, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.model()), (QStringList{u"ORD-2003"_s, u"ORD-1002"_s}), 10'000);
        QVERIFY(!error->isVisible());
        Q_UNUSED(s);
    }

    void detailShowsTheStoryAndRetryWorks()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        const Seeded s = seed(*f.context().database());
        gui::MonitorPage page(f.context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        waitLoaded(*page.model());

        select(page, s.completed);
        QVERIFY2(page.detailView()->timelineText().contains(u"✓ Posted to SYSPRO"_s),
                 qPrintable(page.detailView()->timelineText()));
        QVERIFY(page.detailView()->paneText(gui::MonitorDetailView::Pane::Mapped).contains(u"SORTOI"_s));

        select(page, s.dead);
        QVERIFY2(page.detailView()->timelineText().contains(u"✗ Mapped"_s),
                 qPrintable(page.detailView()->timelineText()));
        QVERIFY2(page.detailView()->problemText().contains(u"engine.unknown_customer"_s),
                 qPrintable(page.detailView()->problemText()));

        // The administrator may look but not retry; the button says why.
        select(page, s.retrying);
        QVERIFY(!page.retryAction()->isEnabled());
        QVERIFY2(page.retryAction()->toolTip().contains(u"Operator"_s), qPrintable(page.retryAction()->toolTip()));
        QVERIFY(f.context().switchUser(u"olu"_s));
        QTRY_VERIFY(page.retryAction()->isEnabled());
        QSignalSpy finished(&page, &gui::MonitorPage::actionFinished);
        page.retryAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QVERIFY2(finished.constFirst().constFirst().toString().contains(u"1 item"_s),
                 qPrintable(finished.constFirst().constFirst().toString()));
        QCOMPARE(lastAudit(f.context().database()), u"monitor.retry_now/olu"_s);
        // Nothing waits any more: a second retry is refused with the reason, shown to the user.
        QSignalSpy failed(&page, &gui::MonitorPage::actionFailed);
        page.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QVERIFY2(gui::MessageBox::lastText().contains(u"Nothing of event"_s), qPrintable(gui::MessageBox::lastText()));
    }

    void editAndReplayNeedsAnApproverForMoney()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        const Seeded s = seed(*f.context().database());
        gui::MonitorPage page(f.context());
        page.show();
        waitLoaded(*page.model());
        QVERIFY(f.context().switchUser(u"priya"_s)); // preparer
        select(page, s.dead);
        QTRY_VERIFY(page.editAction()->isEnabled());
        QVERIFY(!page.approveAction()->isEnabled());
        QSignalSpy finished(&page, &gui::MonitorPage::actionFinished);
        page.submitEdits(QJsonObject{{u"amount"_s, u"31.00"_s}, {u"customerCode"_s, u"C0001"_s}},
                         u"Shop sent the old account and a wrong total"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QVERIFY2(finished.constFirst().constFirst().toString().contains(u"waits for an approver"_s),
                 qPrintable(finished.constFirst().constFirst().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(page.detailView()->problemText().contains(u"waits for an approver"_s), 10'000);
        QCOMPARE(store::Inbox(f.context().database()).find(s.dead).value()->status, u"dead"_s);

        // The approver sees it and approves: the event runs again with the corrections.
        QVERIFY(f.context().switchUser(u"sam"_s));
        QTRY_VERIFY(page.approveAction()->isEnabled());
        QVERIFY(!page.editAction()->isEnabled());
        page.decideEditWith(true, u"Checked against Opayo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10'000);
        const auto event = store::Inbox(f.context().database()).find(s.dead).value();
        QCOMPARE(event->status, u"pending"_s);
        QVERIFY(event->edits.contains(u"31.00"_s));
        QCOMPARE(lastAudit(f.context().database()), u"engine.replay_event/sam"_s);
    }

    void resolveCopyAndExport()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        const Seeded s = seed(*f.context().database());
        gui::MonitorPage page(f.context());
        page.show();
        waitLoaded(*page.model());
        QVERIFY(f.context().switchUser(u"olu"_s));
        select(page, s.dead);
        QTRY_VERIFY(page.resolveAction()->isEnabled());
        QSignalSpy finished(&page, &gui::MonitorPage::actionFinished);
        page.markResolvedWith(u"Customer ZZ9999 was a test order; cancelled in the shop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model()->index(page.model()->rowOf(s.dead), gui::MonitorModel::StatusColumn).data().toString(),
            u"Resolved"_s, 10'000);
        QCOMPARE(lastAudit(f.context().database()), u"monitor.resolved/olu"_s);

        page.copyReferences();
        QCOMPARE(QApplication::clipboard()->text(), u"ORD-2003\tTXN-C3\t"_s);
        QTRY_COMPARE_WITH_TIMEOUT(lastAudit(f.context().database()), u"monitor.copy_references/olu"_s, 10'000);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"payments.csv"_s);
        page.exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10'000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the header and today's three events
        QVERIFY2(lines.at(0).startsWith(u"received_utc,vendor_tx_code,transaction_id"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u",ORD-2003,TXN-C3,ZZ9999,30.00,GBP,payment,Resolved,"_s),
                 qPrintable(lines.at(1)));
        QCOMPARE(lastAudit(f.context().database()), u"monitor.export/olu"_s);
    }

    void liveUpdatesKeepSelectionAndPlace()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        store::Database& db = *f.context().database();
        for (int i = 0; i < 600; ++i) {
            insertEvent(db,
                        {todayAt(i), u"SHOP-%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"T%1"_s.arg(i), u"C1"_s, 100 + i})
                .value();
        }
        gui::MonitorPage page(f.context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        waitLoaded(*page.model());
        QCOMPARE(page.model()->rowCount(), 600);
        auto* table = page.findChild<QTableView*>(u"tableView"_s);

        // Scrolled down, with a row selected: three payments arrive at the top.
        table->scrollTo(page.model()->index(300, 0), QAbstractItemView::PositionAtTop);
        const int topBefore = table->rowAt(0);
        const QString topCode = page.model()->index(topBefore, gui::MonitorModel::VendorTxCodeColumn).data().toString();
        table->selectRow(302);
        const QString selected = page.model()->index(302, gui::MonitorModel::VendorTxCodeColumn).data().toString();
        for (int i = 600; i < 603; ++i) {
            insertEvent(db, {todayAt(i), u"SHOP-%1"_s.arg(i), u"T%1"_s.arg(i), u"C1"_s, 100}).value();
        }
        page.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 603, 10'000);
        waitLoaded(*page.model());
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().row(), 305);
        QCOMPARE(rows.constFirst().siblingAtColumn(gui::MonitorModel::VendorTxCodeColumn).data().toString(), selected);
        QCOMPARE(page.model()->index(table->rowAt(0), gui::MonitorModel::VendorTxCodeColumn).data().toString(),
                 topCode);

        // At the top, the newest rows come into view.
        table->scrollToTop();
        insertEvent(db, {todayAt(700), u"SHOP-NEWEST"_s, u"TNEW"_s, u"C1"_s, 100}).value();
        page.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model()->index(table->rowAt(0), gui::MonitorModel::VendorTxCodeColumn).data().toString(),
            u"SHOP-NEWEST"_s, 10'000);

        // Far below the window read so far, rows arrive as they are scrolled to, never blocking.
        table->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->index(603, gui::MonitorModel::VendorTxCodeColumn).data().toString(),
                                  u"SHOP-0000"_s, 10'000);
    }
};

QTEST_MAIN(TestMonitorPage)
#include "TestMonitorPage.moc"
