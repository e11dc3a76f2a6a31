// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The chargebacks panel offscreen, as the demo people: the empty state, who may press which
// button (and the tooltip saying why not), recording, disputing, losing with its SYSPRO
// documents queued, and importing the acquirer's file.
#include "GuiFixture.h"
#include "core/Translations.h"
#include "gui/ChargebacksPanel.h"
#include "gui/MessageBox.h"
#include "store/Database.h"
#include "store/Ledger.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace bridge;
using namespace bridge::gui;
using namespace Qt::StringLiterals;

namespace {

QString cell(const ChargebacksPanel& panel, int row, int column)
{
    const QTableWidgetItem* i = panel.table()->item(row, column);
    return i ? i->text() : QString();
}

constexpr int kAmount = 5;
constexpr int kState = 7;
constexpr int kSyspro = 9;

} // namespace

class TestChargebacksPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::installLanguage(u"en"_s)); }

    void workflowAsTheDemoPeople()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        AppContext& context = fixture.context();
        const std::shared_ptr<store::Database> db = context.database();
        const Result<void> seeded = db->write([&db](QSqlDatabase& tx) -> Result<void> {
            store::LedgerPayment p;
            p.transactionId = u"TXN-PAID-1"_s;
            p.vendorTxCode = u"shop-0001"_s;
            p.customer = u"CUST01"_s;
            p.amount = Money(10000, Currency::of("GBP"));
            p.status = u"OK"_s;
            p.occurredAt = 1'700'000'000'000;
            return asVoid(store::Ledger::recordPayment(tx, db->isPostgres(), 1'700'000'000'000, p));
        });
        QVERIFY(seeded);

        ChargebacksPanel panel(context);
        panel.resize(1000, 500);
        panel.show();
        auto* empty = panel.findChild<QLabel*>(u"emptyStateLabel"_s);
        auto* record = panel.findChild<QPushButton*>(u"recordButton"_s);
        auto* import = panel.findChild<QPushButton*>(u"importButton"_s);
        auto* dispute = panel.findChild<QPushButton*>(u"disputeButton"_s);
        auto* won = panel.findChild<QPushButton*>(u"wonButton"_s);
        auto* lost = panel.findChild<QPushButton*>(u"lostButton"_s);
        QVERIFY(empty && record && import && dispute && won && lost);

        // Alex, the administrator, sees the empty state and may not record.
        QVERIFY(empty->isVisible());
        QVERIFY(!panel.table()->isVisible());
        QVERIFY(!record->isEnabled());
        QVERIFY2(record->toolTip().contains(u"prepare a refund"_s), qPrintable(record->toolTip()));
        QVERIFY(!dispute->isEnabled());
        QCOMPARE(dispute->toolTip(), u"Select a chargeback first."_s);

        // Priya, the preparer, records one.
        QVERIFY(context.switchUser(u"priya"_s));
        QVERIFY(record->isEnabled() && import->isEnabled());
        store::NewChargeback c;
        c.transactionId = u"TXN-PAID-1"_s;
        c.acquirer = u"Elavon"_s;
        c.acquirerReference = u"ELV-GUI-1"_s;
        c.amount = Money(2500, Currency::of("GBP"));
        c.fee = Money(1500, Currency::of("GBP"));
        c.reason = u"Fraud"_s;
        QVERIFY(panel.recordChargeback(c));
        QVERIFY(!empty->isVisible());
        QCOMPARE(panel.table()->rowCount(), 1);
        QCOMPARE(cell(panel, 0, kState), u"Received"_s);
        QVERIFY2(cell(panel, 0, kAmount).contains(u"25.00"_s) && cell(panel, 0, kAmount).contains(u"GBP"_s),
                 qPrintable(cell(panel, 0, kAmount)));

        // She may dispute it, not decide it.
        panel.table()->selectRow(0);
        QVERIFY(dispute->isEnabled());
        QVERIFY(!won->isEnabled() && !lost->isEnabled());
        QVERIFY2(lost->toolTip().contains(u"approve a refund"_s), qPrintable(lost->toolTip()));
        QTest::mouseClick(dispute, Qt::LeftButton);
        QCOMPARE(cell(panel, 0, kState), u"Disputed"_s);
        QVERIFY(!dispute->isEnabled());
        QVERIFY2(dispute->toolTip().contains(u"already disputed"_s), qPrintable(dispute->toolTip()));

        // Sam, the approver, marks it lost after confirming: the debit note and journal are queued.
        QVERIFY(context.switchUser(u"sam"_s));
        QVERIFY(won->isEnabled() && lost->isEnabled());
        QVERIFY(!record->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(lost, Qt::LeftButton);
        QCOMPARE(cell(panel, 0, kState), u"Disputed"_s); // cancelled: nothing changed
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(lost, Qt::LeftButton);
        MessageBox::clearNextAnswer();
        QCOMPARE(cell(panel, 0, kState), u"Lost"_s);
        QVERIFY2(cell(panel, 0, kSyspro).contains(u"debit note: waiting to be posted"_s) &&
                     cell(panel, 0, kSyspro).contains(u"fee journal: waiting to be posted"_s),
                 qPrintable(cell(panel, 0, kSyspro)));
        QVERIFY(!won->isEnabled() && !lost->isEnabled());
        QVERIFY2(won->toolTip().contains(u"already lost"_s), qPrintable(won->toolTip()));

        // Priya imports the acquirer's file: the good lines appear, the bad ones are listed.
        QVERIFY(context.switchUser(u"priya"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(panel.importFile(QStringLiteral(BRIDGE_TEST_DATA_DIR "/chargebacks/acquirer-sample.csv")));
        MessageBox::clearNextAnswer();
        QVERIFY2(MessageBox::lastText().contains(u"Line 4:"_s), qPrintable(MessageBox::lastText()));
        // ELV-GUI-1, ELV-1001, ELV-1002 and ELV-1007 (TXN-PAID-2 is not in this ledger, so it is taken
        // as given); the rest are refused.
        QCOMPARE(panel.table()->rowCount(), 4);
        QCOMPARE(cell(panel, 3, kState), u"Lost"_s); // newest first
    }
};

QTEST_MAIN(TestChargebacksPanel)
#include "TestChargebacksPanel.moc"
