// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Refunds page, driven offscreen as people would: find a payment, ask for a refund (refused
// above what is left, with the amounts), approve it as a second person (never the one who
// asked), and, against the in-process sandboxes with a real engine, find the refund in Opayo's
// state and the credit note in SYSPRO's. Every model runs under QAbstractItemModelTester.
#include "GuiFixture.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"
#include "demo/DemoHarness.h"
#include "engine/Engine.h"
#include "gui/ChargebacksPanel.h"
#include "gui/MessageBox.h"
#include "gui/RefundDialog.h"
#include "gui/RefundRequestsModel.h"
#include "gui/RefundablePaymentsModel.h"
#include "gui/RefundsPage.h"
#include "logging/Log.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/syspro/SysproSandbox.h"
#include "store/Database.h"
#include "store/Ledger.h"
#include "store/Refunds.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <optional>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTimeout = 10'000;

Result<void> addPayment(store::Database& database, const QString& transactionId, const QString& vendorTxCode,
                        const QString& customer, qint64 minor, const char* currency, qint64 occurredAt)
{
    store::LedgerPayment p;
    p.transactionId = transactionId;
    p.vendorTxCode = vendorTxCode;
    p.customer = customer;
    p.amount = Money(minor, Currency::of(currency));
    p.status = u"OK"_s;
    p.occurredAt = occurredAt;
    return database.write([&](QSqlDatabase& tx) -> Result<void> {
        return asVoid(store::Ledger::recordPayment(tx, database.isPostgres(), QDateTime::currentMSecsSinceEpoch(), p));
    });
}

QStringList shownCodes(const gui::RefundablePaymentsModel& model)
{
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r) {
        codes.append(model.index(r, gui::RefundablePaymentsModel::VendorTxCodeColumn).data().toString());
    }
    return codes;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestRefundsPage : public QObject
{
    Q_OBJECT

private:
    static void selectPayment(gui::RefundsPage& page, const QString& transactionId)
    {
        QTRY_VERIFY_WITH_TIMEOUT(page.paymentsModel()->rowOf(transactionId) >= 0, kTimeout);
        QVERIFY(page.selectPayment(transactionId));
    }

    static void selectRequest(gui::RefundsPage& page, qint64 requestId)
    {
        page.tabs()->setCurrentIndex(gui::RefundsPage::ApprovalsTab);
        page.refreshRequests();
        QTRY_VERIFY_WITH_TIMEOUT(page.approvalsModel()->rowOf(requestId) >= 0, kTimeout);
        QVERIFY(page.selectRequest(requestId));
    }

    /// Clicks "Refund or void…" on the selected payment; the dialog it opened.
    static gui::RefundDialog* openDialog(gui::RefundsPage& page)
    {
        auto* refund = page.findChild<QPushButton*>(u"refundButton"_s);
        if (!refund->isEnabled()) {
            qWarning() << "refund button disabled:" << refund->toolTip();
            return nullptr;
        }
        QTest::mouseClick(refund, Qt::LeftButton);
        if (!page.refundDialog()) {
            qWarning() << "no dialog:" << page.findChild<QLabel*>(u"footerLabel"_s)->text();
        }
        return page.refundDialog();
    }

    static void type(gui::RefundDialog* dialog, const char* field, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QPushButton* okButton(gui::RefundDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }

    /// Asks for a refund of the selected payment through the dialog; the new request's id, or 0.
    static qint64 askForRefund(gui::RefundsPage& page, const std::shared_ptr<store::Database>& database,
                               const QString& amount, const QString& note)
    {
        gui::RefundDialog* dialog = openDialog(page);
        if (!dialog) {
            return 0;
        }
        const QString transactionId = dialog->payment().payment.transactionId;
        type(dialog, "amountLineEdit", amount);
        type(dialog, "noteLineEdit", note);
        if (!okButton(dialog)->isEnabled()) {
            qWarning() << "OK disabled:" << dialog->message();
            return 0;
        }
        QSignalSpy finished(&page, &gui::RefundsPage::actionFinished);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(kTimeout)) {
            qWarning() << "no answer; the dialog says:"
                       << (page.refundDialog() ? page.refundDialog()->message() : u""_s);
            return 0;
        }
        const auto history = store::Refunds(database).history(transactionId);
        if (!history || history->isEmpty()) {
            qWarning() << "no request stored:" << finished.constFirst().constFirst().toString()
                       << (history ? u"empty"_s : history.error().toString());
        }
        return history && !history->isEmpty() ? history->constFirst().id : 0;
    }

    /// Three payments: ORD-1001 (50.00 GBP, now), ORD-1002 (12.34 GBP, three days ago), ORD-2001
    /// (75.00 EUR, now).
    static void seed(store::Database& database)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(addPayment(database, u"1D0E2A5C-0000-4000-8000-000000001001"_s, u"ORD-1001"_s, u"C0001"_s, 5000, "GBP",
                           now - 60'000));
        QVERIFY(addPayment(database, u"2B7C9F10-0000-4000-8000-000000001002"_s, u"ORD-1002"_s, u"C0002"_s, 1234, "GBP",
                           now - 3 * 86'400'000LL));
        QVERIFY(addPayment(database, u"3C3C3C3C-0000-4000-8000-000000002001"_s, u"ORD-2001"_s, u"C0003"_s, 7500, "EUR",
                           now - 30'000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        log::initialize({.level = log::Level::Warning, .console = true});
        Translations::installLanguage(u"en"_s);
    }

    void init() { gui::MessageBox::setNextAnswer(QMessageBox::Ok); }

    void findsPaymentsByReferenceAmountAndDate()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        seed(*f.context().database());
        QVERIFY(f.context().switchUser(u"priya"_s));
        gui::RefundsPage page(f.context());
        QAbstractItemModelTester t1(page.paymentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.paymentHistoryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        // The chargebacks are the fourth tab.
        QVERIFY(qobject_cast<gui::ChargebacksPanel*>(page.tabs()->widget(gui::RefundsPage::ChargebacksTab)));
        QTRY_COMPARE_WITH_TIMEOUT(page.paymentsModel()->rowCount(), 3, kTimeout);
        QCOMPARE(shownCodes(*page.paymentsModel()), (QStringList{u"ORD-2001"_s, u"ORD-1001"_s, u"ORD-1002"_s}));
        const int row = page.paymentsModel()->rowOf(u"1D0E2A5C-0000-4000-8000-000000001001"_s);
        QCOMPARE(cell(*page.paymentsModel(), row, gui::RefundablePaymentsModel::OriginalColumn), u"50.00 GBP"_s);
        QCOMPARE(cell(*page.paymentsModel(), row, gui::RefundablePaymentsModel::RemainingColumn), u"50.00 GBP"_s);
        // The three-day-old payment can no longer be voided; the marker says so only where it can.
        const int old = page.paymentsModel()->rowOf(u"2B7C9F10-0000-4000-8000-000000001002"_s);
        QCOMPARE(cell(*page.paymentsModel(), old, gui::RefundablePaymentsModel::VoidColumn), QString());

        auto* search = page.findChild<QLineEdit*>(u"searchLineEdit"_s);
        QTest::keyClicks(search, u"ORD-10"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.paymentsModel()), (QStringList{u"ORD-1001"_s, u"ORD-1002"_s}),
                                  kTimeout);
        search->clear();
        QTest::keyClicks(search, u"2B7C9F10-0000-4000-8000-000000001002"_s); // a whole Opayo transactionId
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.paymentsModel()), QStringList{u"ORD-1002"_s}, kTimeout);
        search->clear();
        QTest::keyClicks(search, u"C0003"_s); // a customer account
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.paymentsModel()), QStringList{u"ORD-2001"_s}, kTimeout);
        search->clear();

        // An exact amount, in its currency.
        auto* amount = page.findChild<QLineEdit*>(u"amountLineEdit"_s);
        QTest::keyClicks(amount, u"12.34"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.paymentsModel()), QStringList{u"ORD-1002"_s}, kTimeout);
        amount->clear();
        QTest::keyClicks(amount, u"twelve"_s);
        QTest::keyClick(amount, Qt::Key_Return);
        auto* results = page.findChild<QLabel*>(u"resultsLabel"_s);
        QVERIFY2(results->text().contains(u"\"twelve\" cannot be read"_s), qPrintable(results->text()));
        amount->clear();
        QTRY_COMPARE_WITH_TIMEOUT(page.paymentsModel()->rowCount(), 3, kTimeout);

        // Taken in the last two days: not the old one.
        auto* dates = page.findChild<QCheckBox*>(u"datesCheckBox"_s);
        page.findChild<QDateEdit*>(u"fromDateEdit"_s)->setDate(QDate::currentDate().addDays(-2));
        dates->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(shownCodes(*page.paymentsModel()), (QStringList{u"ORD-2001"_s, u"ORD-1001"_s}),
                                  kTimeout);
        page.findChild<QDateEdit*>(u"toDateEdit"_s)->setDate(QDate::currentDate().addDays(-3));
        QTRY_VERIFY_WITH_TIMEOUT(results->text().contains(u"dates run backwards"_s), kTimeout);
        dates->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(page.paymentsModel()->rowCount(), 3, kTimeout);

        // Nothing found: the page says what to try.
        QTest::keyClicks(search, u"NOPE"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.paymentsModel()->rowCount(), 0, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(results->text().startsWith(u"No payment matches"_s), kTimeout);
    }

    void refusesAboveWhatIsLeftThenApprovesAsAnotherPerson()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        seed(*f.context().database());
        const QString paymentId = u"1D0E2A5C-0000-4000-8000-000000001001"_s;
        QVERIFY(f.context().switchUser(u"priya"_s)); // the preparer
        gui::RefundsPage page(f.context());
        QAbstractItemModelTester t1(page.paymentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.paymentHistoryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(page.approvalsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(page.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        selectPayment(page, paymentId);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto* paymentLabel = page.findChild<QLabel*>(u"paymentLabel"_s);
        QVERIFY2(paymentLabel->text().contains(u"left to refund 50.00 GBP"_s), qPrintable(paymentLabel->text()));
        QVERIFY2(paymentLabel->text().contains(u"1D0E2A5C-0000-4000-8000-000000001001"_s),
                 qPrintable(paymentLabel->text())); // the whole id, elided in the table

        // Above what is left: refused in the dialog, naming the amounts; nothing can be sent.
        gui::RefundDialog* dialog = openDialog(page);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        type(dialog, "noteLineEdit", u"Two mugs came back broken"_s);
        type(dialog, "amountLineEdit", u"60.00"_s);
        QVERIFY2(dialog->message().contains(u"60.00 GBP is more than is left to refund of ORD-1001: 50.00 GBP"_s),
                 qPrintable(dialog->message()));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(okButton(dialog)->toolTip(), dialog->message());
        // Not an amount, more decimals than the currency has: refused too, never rounded.
        type(dialog, "amountLineEdit", u"10.005"_s);
        QVERIFY2(dialog->message().contains(u"\"10.005\" has 3 decimals, but GBP allows at most 2"_s),
                 qPrintable(dialog->message()));
        QVERIFY(!okButton(dialog)->isEnabled());
        // "Full amount" fills in what is left.
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"fullAmountButton"_s), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"amountLineEdit"_s)->text(), u"50.00"_s);
        QVERIFY(dialog->amount());
        QCOMPARE(dialog->amount()->minorUnits(), 5000);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(okButton(dialog)->text(), u"&Ask for approval"_s);
        // Taken today with nothing refunded: a void is offered instead, for the whole payment.
        auto* voidBox = dialog->findChild<QCheckBox*>(u"voidCheckBox"_s);
        QVERIFY(!voidBox->isHidden());
        voidBox->setChecked(true);
        QCOMPARE(dialog->kind(), store::RefundKind::Void);
        QVERIFY(!dialog->findChild<QLineEdit*>(u"amountLineEdit"_s)->isEnabled());
        QCOMPARE(dialog->amount()->minorUnits(), 5000);
        QCOMPARE(okButton(dialog)->text(), u"&Ask to void"_s);
        voidBox->setChecked(false);
        QCOMPARE(dialog->kind(), store::RefundKind::Refund);
        // A reason for each kind, translated.
        auto* reason = dialog->findChild<QComboBox*>(u"reasonComboBox"_s);
        QCOMPARE(reason->count(), 6);
        reason->setCurrentIndex(reason->findData(int(store::RefundReason::GoodsReturned)));
        QCOMPARE(dialog->reason(), store::RefundReason::GoodsReturned);
        dialog->reject();
        QTRY_VERIFY(!page.refundDialog());

        // A partial refund: asked for, waiting for an approver.
        const qint64 first = askForRefund(page, f.context().database(), u"20.00"_s, u"Two mugs came back broken"_s);
        QVERIFY(first > 0);
        auto* footer = page.findChild<QLabel*>(u"footerLabel"_s);
        QVERIFY2(footer->text().contains(u"waits for an approver other than you"_s), qPrintable(footer->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.refundDialog(), kTimeout);
        const auto made = store::Refunds(f.context().database()).find(first);
        QVERIFY(made && *made);
        QCOMPARE((*made)->state, store::RefundState::Requested);
        QCOMPARE((*made)->amount, Money(2000, Currency::of("GBP")));
        QCOMPARE((*made)->requestedBy, u"priya"_s);
        QCOMPARE((*made)->note, u"Two mugs came back broken"_s);
        // What is left counts the pending request; the payment's own history lists it.
        QTRY_COMPARE_WITH_TIMEOUT(cell(*page.paymentsModel(), page.paymentsModel()->rowOf(paymentId),
                                       gui::RefundablePaymentsModel::RemainingColumn),
                                  u"30.00 GBP"_s, kTimeout);
        QCOMPARE(cell(*page.paymentsModel(), page.paymentsModel()->rowOf(paymentId),
                      gui::RefundablePaymentsModel::PendingColumn),
                 u"20.00 GBP"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.paymentHistoryModel()->rowCount(), 1, kTimeout);
        QCOMPARE(cell(*page.paymentHistoryModel(), 0, gui::RefundRequestsModel::StateColumn),
                 store::Refunds::stateName(store::RefundState::Requested));
        // Now 30.01 is too much, and the refusal names the new figures.
        dialog = openDialog(page);
        QVERIFY(dialog);
        type(dialog, "amountLineEdit", u"30.01"_s);
        QVERIFY2(dialog->message().contains(u"30.01 GBP is more than is left to refund of ORD-1001: 30.00 GBP"_s),
                 qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(u"waiting 20.00 GBP"_s), qPrintable(dialog->message()));
        dialog->reject();
        QTRY_VERIFY(!page.refundDialog());

        // The approval queue shows who asked, when, for what, why and how much.
        page.tabs()->setCurrentIndex(gui::RefundsPage::ApprovalsTab);
        QTRY_COMPARE_WITH_TIMEOUT(page.approvalsModel()->rowCount(), 1, kTimeout);
        using C = gui::RefundRequestsModel;
        QCOMPARE(cell(*page.approvalsModel(), 0, C::RequestedByColumn), u"priya"_s);
        QVERIFY(!cell(*page.approvalsModel(), 0, C::RequestedAtColumn).isEmpty());
        QCOMPARE(cell(*page.approvalsModel(), 0, C::PaymentColumn), u"ORD-1001"_s);
        QCOMPARE(cell(*page.approvalsModel(), 0, C::AmountColumn), u"20.00 GBP"_s);
        QCOMPARE(cell(*page.approvalsModel(), 0, C::ReasonColumn),
                 store::Refunds::reasonName(store::RefundReason::CustomerRequest));
        QCOMPARE(cell(*page.approvalsModel(), 0, C::NoteColumn), u"Two mugs came back broken"_s);
        QVERIFY(page.tabs()->tabText(gui::RefundsPage::ApprovalsTab).contains(u"(1)"_s));

        // The preparer may not approve: the buttons say why.
        selectRequest(page, first);
        // The queue is read again every two seconds and after each action; the selection stays,
        // also when another request joins the queue.
        auto* approvalsView = page.findChild<QTableView*>(u"approvalsTableView"_s);
        const auto second = store::Refunds(f.context().database())
                                .request(u"3C3C3C3C-0000-4000-8000-000000002001"_s, store::RefundKind::Refund,
                                         Money(500, Currency::of("EUR")), store::RefundReason::Goodwill,
                                         u"Late parcel"_s, u"priya"_s, RoleSet{Role::Preparer}, store::RefundPolicy{});
        QVERIFY(second);
        QTRY_COMPARE_WITH_TIMEOUT(page.approvalsModel()->rowCount(), 2, kTimeout);
        QVERIFY(approvalsView->selectionModel()->hasSelection());
        QCOMPARE(approvalsView->currentIndex().siblingAtColumn(0).data(gui::RefundRequestsModel::IdRole).toLongLong(),
                 first);
        QVERIFY(page.tabs()->tabText(gui::RefundsPage::ApprovalsTab).contains(u"(2)"_s));
        auto* approve = page.findChild<QPushButton*>(u"approveButton"_s);
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(u"approve a refund"_s), qPrintable(approve->toolTip()));

        // Sam, an approver, approves it with a comment.
        QVERIFY(f.context().switchUser(u"sam"_s));
        QTRY_VERIFY(approve->isEnabled());
        QTest::keyClicks(page.findChild<QLineEdit*>(u"commentLineEdit"_s), u"Checked the returns note"_s);
        QSignalSpy finished(&page, &gui::RefundsPage::actionFinished);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QVERIFY2(finished.constFirst().constFirst().toString().contains(u"approved"_s),
                 qPrintable(finished.constFirst().constFirst().toString()));
        const auto approved = store::Refunds(f.context().database()).find(first);
        QVERIFY(approved && *approved);
        QVERIFY((*approved)->state != store::RefundState::Requested);
        QVERIFY((*approved)->state != store::RefundState::Rejected);
        QCOMPARE((*approved)->decidedBy, u"sam"_s);
        QCOMPARE((*approved)->decisionComment, u"Checked the returns note"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.approvalsModel()->rowCount(), 1, kTimeout); // the other one waits
        QVERIFY(page.tabs()->tabText(gui::RefundsPage::ApprovalsTab).contains(u"(1)"_s));
        // The history says who decided.
        page.tabs()->setCurrentIndex(gui::RefundsPage::HistoryTab);
        QTRY_COMPARE_WITH_TIMEOUT(page.historyModel()->rowCount(), 2, kTimeout);
        const int approvedRow = page.historyModel()->rowOf(first);
        QVERIFY(approvedRow >= 0);
        QCOMPARE(cell(*page.historyModel(), approvedRow, C::DecidedByColumn), u"sam"_s);
        QVERIFY(page.historyModel()
                    ->index(approvedRow, C::DecidedByColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(u": Checked the returns note"_s));
        QCOMPARE(cell(*page.historyModel(), approvedRow, C::StateColumn),
                 store::Refunds::stateName((*approved)->state));
    }

    void refusesSelfApprovalAndRejectsWithAComment()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        seed(*f.context().database());
        // Sam both prepares and approves in this company.
        QVERIFY(f.context().users().setRoles(u"alex"_s, u"sam"_s, RoleSet{Role::Preparer, Role::Approver}));
        QVERIFY(f.context().switchUser(u"sam"_s));
        gui::RefundsPage page(f.context());
        QAbstractItemModelTester t3(page.approvalsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        selectPayment(page, u"3C3C3C3C-0000-4000-8000-000000002001"_s);
        if (QTest::currentTestFailed()) {
            return;
        }
        const qint64 own = askForRefund(page, f.context().database(), u"5.00"_s, u"Goodwill for a late parcel"_s);
        QVERIFY(own > 0);
        selectRequest(page, own);
        auto* approve = page.findChild<QPushButton*>(u"approveButton"_s);
        QVERIFY(approve->isEnabled()); // an approver; the tooltip warns that this one is theirs
        QVERIFY2(approve->toolTip().contains(u"another approver must approve it"_s), qPrintable(approve->toolTip()));
        QSignalSpy failed(&page, &gui::RefundsPage::actionFailed);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeout);
        QVERIFY2(gui::MessageBox::lastText().contains(u"sam prepared this, so sam cannot approve a refund"_s),
                 qPrintable(gui::MessageBox::lastText()));
        QVERIFY2(page.findChild<QLabel*>(u"footerLabel"_s)->text().contains(u"maker-checker"_s),
                 qPrintable(page.findChild<QLabel*>(u"footerLabel"_s)->text()));
        // The store refuses it too, whoever asks it to.
        const auto direct = store::Refunds(f.context().database())
                                .approve(own, u"sam"_s, RoleSet{Role::Preparer, Role::Approver}, QString());
        QVERIFY(!direct);
        const auto still = store::Refunds(f.context().database()).find(own);
        QVERIFY(still && *still);
        QCOMPARE((*still)->state, store::RefundState::Requested);

        // Rejecting needs a comment, then works (an approver may withdraw a request).
        QVERIFY(f.context().switchUser(u"alex"_s));
        QVERIFY(f.context().users().setRoles(u"alex"_s, u"alex"_s, RoleSet{Role::Admin, Role::Approver}));
        QVERIFY(f.context().refreshCurrentUser());
        selectRequest(page, own);
        auto* reject = page.findChild<QPushButton*>(u"rejectButton"_s);
        QTRY_VERIFY(reject->isEnabled());
        QTest::mouseClick(reject, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kTimeout);
        QVERIFY2(gui::MessageBox::lastText().contains(u"Say in the comment why"_s),
                 qPrintable(gui::MessageBox::lastText()));
        QTest::keyClicks(page.findChild<QLineEdit*>(u"commentLineEdit"_s), u"Already refunded by cheque"_s);
        QSignalSpy finished(&page, &gui::RefundsPage::actionFinished);
        QTest::mouseClick(reject, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const auto rejected = store::Refunds(f.context().database()).find(own);
        QVERIFY(rejected && *rejected);
        QCOMPARE((*rejected)->state, store::RefundState::Rejected);
        QCOMPARE((*rejected)->decidedBy, u"alex"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.approvalsModel()->rowCount(), 0, kTimeout);
    }

    void showsTheStoresRefusalAndThePolicy()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        seed(*f.context().database());
        const QString paymentId = u"2B7C9F10-0000-4000-8000-000000001002"_s; // 12.34 GBP
        QVERIFY(f.context().switchUser(u"priya"_s));
        f.context().settings().setValue(SettingKeys::RefundSingleApproverLimits, u"GBP 5.00"_s);
        gui::RefundsPage page(f.context());
        page.show();
        selectPayment(page, paymentId);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Under the limit: one person is enough, and the dialog says so before it is sent.
        gui::RefundDialog* dialog = openDialog(page);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QCheckBox*>(u"voidCheckBox"_s)->isHidden()); // three days old: no void
        type(dialog, "amountLineEdit", u"2.00"_s);
        type(dialog, "noteLineEdit", u"Postage refunded"_s);
        auto* policy = dialog->findChild<QLabel*>(u"policyLabel"_s);
        QVERIFY2(policy->text().contains(u"Refunds up to 5.00 GBP need no second person"_s),
                 qPrintable(policy->text()));
        QCOMPARE(okButton(dialog)->text(), u"&Refund now"_s);
        type(dialog, "amountLineEdit", u"5.01"_s);
        QVERIFY2(policy->text().contains(u"An approver other than you"_s), qPrintable(policy->text()));
        type(dialog, "amountLineEdit", u"2.00"_s);
        QSignalSpy finished(&page, &gui::RefundsPage::actionFinished);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QVERIFY2(finished.constFirst().constFirst().toString().contains(u"needs no second person"_s),
                 qPrintable(finished.constFirst().constFirst().toString()));
        const auto history = store::Refunds(f.context().database()).history(paymentId);
        QVERIFY(history && history->size() == 1);
        QCOMPARE(history->constFirst().decidedBy, u"policy"_s);

        // Someone else takes what is left while the dialog is open: the store refuses, in its
        // own words, and the dialog stays open with everything typed.
        QTRY_COMPARE_WITH_TIMEOUT(cell(*page.paymentsModel(), page.paymentsModel()->rowOf(paymentId),
                                       gui::RefundablePaymentsModel::RemainingColumn),
                                  u"10.34 GBP"_s, kTimeout);
        dialog = openDialog(page);
        QVERIFY(dialog);
        type(dialog, "amountLineEdit", u"10.00"_s);
        type(dialog, "noteLineEdit", u"Rest of the order"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        const auto other = store::Refunds(f.context().database())
                               .request(paymentId, store::RefundKind::Refund, Money(1000, Currency::of("GBP")),
                                        store::RefundReason::Other, u"Phoned in"_s, u"olu"_s, RoleSet{Role::Preparer},
                                        store::RefundPolicy{});
        QVERIFY(other);
        QSignalSpy failed(&page, &gui::RefundsPage::actionFailed);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeout);
        const QString storeText = failed.constFirst().constFirst().value<Error>().message;
        QVERIFY(!storeText.isEmpty());
        QVERIFY(page.refundDialog());
        QVERIFY2(dialog->message().startsWith(u"Not accepted: "_s + storeText), qPrintable(dialog->message()));
        QVERIFY2(storeText.contains(u"0.34 GBP"_s), qPrintable(storeText)); // names what is left
        QCOMPARE(dialog->note(), u"Rest of the order"_s);
        dialog->reject();
        QTRY_VERIFY(!page.refundDialog());

        // A policy that cannot be read: the dialog says so, and everything waits for an approver.
        f.context().settings().setValue(SettingKeys::RefundSingleApproverLimits, u"GBP five"_s);
        QVERIFY(!page.policy());
        dialog = openDialog(page);
        QVERIFY(dialog);
        policy = dialog->findChild<QLabel*>(u"policyLabel"_s);
        QVERIFY2(policy->text().contains(u"cannot be read"_s), qPrintable(policy->text()));
        QVERIFY2(policy->text().contains(u"GBP five"_s), qPrintable(policy->text()));
        type(dialog, "amountLineEdit", u"0.10"_s);
        QCOMPARE(okButton(dialog)->text(), u"&Ask for approval"_s);
        dialog->reject();

        // A viewer cannot refund at all; the button says why.
        QVERIFY(f.context().switchUser(u"vic"_s));
        auto* refund = page.findChild<QPushButton*>(u"refundButton"_s);
        QTRY_VERIFY(!refund->isEnabled());
        QVERIFY2(refund->toolTip().contains(u"prepare a refund"_s), qPrintable(refund->toolTip()));
    }

    void approvedRefundReachesOpayoAndSyspro()
    {
        // Both sandboxes, the shop and a real engine in this process; the shop's orders are
        // posted first, then a person refunds part of one through the page.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        demo::DemoOptions options;
        options.events = 3;
        options.failureScenarios = false;
        options.databaseUrl = u"sqlite:"_s + dir.filePath(u"engine.sqlite"_s);
        demo::DemoHarness harness(options);
        QSignalSpy ran(&harness, &demo::DemoHarness::finished);
        const Result<void> started = harness.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!ran.isEmpty(), 90'000);

        test::GuiFixture f(harness.database()); // after the harness: the page goes first
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        QVERIFY(f.context().switchUser(u"priya"_s));
        gui::RefundsPage page(f.context());
        page.setEngine(harness.engine());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.paymentsModel()->rowCount() > 0, kTimeout);
        std::optional<store::RefundablePayment> chosen;
        for (int r = 0; r < page.paymentsModel()->rowCount() && !chosen; ++r) {
            const store::RefundablePayment* p = page.paymentsModel()->paymentAt(r);
            if (p->refunded.isZero() && p->pending.isZero() && p->payment.amount.minorUnits() >= 2) {
                chosen = *p;
            }
        }
        QVERIFY2(chosen, "a payment with nothing refunded");
        const QString paymentId = chosen->payment.transactionId;
        const Money half(chosen->payment.amount.minorUnits() / 2, chosen->payment.amount.currency());
        QSet<QString> creditNotesBefore;
        for (const auto& i : harness.syspro().company().invoices) {
            if (i.documentType == QLatin1String("C")) {
                creditNotesBefore.insert(i.invoice);
            }
        }

        // Priya asks; above what is left is refused with the amounts; half is accepted.
        selectPayment(page, paymentId);
        gui::RefundDialog* dialog = openDialog(page);
        QVERIFY(dialog);
        const Money tooMuch(chosen->payment.amount.minorUnits() + 1, half.currency());
        type(dialog, "amountLineEdit", tooMuch.toDisplayString(QLocale()).chopped(4));
        QVERIFY2(dialog->message().contains(tooMuch.toDisplayString(QLocale()) + u" is more than is left"_s),
                 qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(chosen->remaining.toDisplayString(QLocale())),
                 qPrintable(dialog->message()));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!page.refundDialog());
        const qint64 id = askForRefund(page, f.context().database(), half.toDisplayString(QLocale()).chopped(4),
                                       u"Half the order came back"_s);
        QVERIFY(id > 0);

        // Sam approves; the engine carries it out.
        QVERIFY(f.context().switchUser(u"sam"_s));
        selectRequest(page, id);
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy finished(&page, &gui::RefundsPage::actionFinished);
        QTest::mouseClick(page.findChild<QPushButton*>(u"approveButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);

        // Opayo's own state: a successful Refund transaction of that payment, for that amount.
        auto opayoRefund = [&]() -> QString {
            for (const auto& t : std::as_const(harness.opayo().ledger().transactions)) {
                if (t.type == QLatin1String("Refund") && t.referenceTransactionId == paymentId &&
                    t.amount == half.minorUnits() && t.succeeded()) {
                    return t.id;
                }
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!opayoRefund().isEmpty(), 60'000);
        // SYSPRO's own state: a new ARSTIN credit note for that amount.
        auto creditNote = [&]() -> QString {
            for (const auto& i : harness.syspro().company().invoices) {
                if (i.documentType == QLatin1String("C") && !i.invoice.startsWith(QLatin1String("_CRD")) &&
                    !creditNotesBefore.contains(i.invoice) && std::abs(i.value) == half.minorUnits()) {
                    return i.invoice;
                }
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!creditNote().isEmpty(), 60'000);
        // The bridge's ledger ties the two together: Opayo's refund → SYSPRO's credit note.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto links = store::Ledger(harness.database()).links(opayoRefund());
                return links && std::any_of(links->begin(), links->end(), [&](const store::LedgerLink& l) {
                           return l.commandKind == QLatin1String("ARSTIN") && l.documentKey == creditNote();
                       });
            }(),
            kTimeout);
        // The history shows it sent, with Opayo's transaction id.
        page.tabs()->setCurrentIndex(gui::RefundsPage::HistoryTab);
        QTRY_VERIFY_WITH_TIMEOUT(page.historyModel()->rowOf(id) >= 0 &&
                                     cell(*page.historyModel(), page.historyModel()->rowOf(id),
                                          gui::RefundRequestsModel::OpayoTransactionColumn) == opayoRefund(),
                                 kTimeout);
        QCOMPARE(cell(*page.historyModel(), page.historyModel()->rowOf(id), gui::RefundRequestsModel::StateColumn),
                 store::Refunds::stateName(store::RefundState::Sent));
        // And what is left of the payment counts the refund as done.
        page.tabs()->setCurrentIndex(gui::RefundsPage::FindTab);
        page.search();
        QTRY_COMPARE_WITH_TIMEOUT(cell(*page.paymentsModel(), page.paymentsModel()->rowOf(paymentId),
                                       gui::RefundablePaymentsModel::RefundedColumn),
                                  half.toDisplayString(QLocale()), 30'000);

        // An orderly stop, so that the SYSPRO session is logged off.
        QSignalSpy stopped(&harness, &demo::DemoHarness::stopped);
        harness.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30'000);
    }

    void cleanupTestCase() { log::shutdown(); }
};

QTEST_MAIN(TestRefundsPage)
#include "TestRefundsPage.moc"
