// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/RefundsPage.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "engine/Engine.h"
#include "gui/AppContext.h"
#include "gui/ChargebacksPanel.h"
#include "gui/CurrencyComboBox.h"
#include "gui/DatabaseWorker.h"
#include "gui/MessageBox.h"
#include "gui/RefundDialog.h"
#include "gui/RefundRequestsModel.h"
#include "gui/RefundablePaymentsModel.h"
#include "logging/Log.h"
#include "store/Database.h"
#include "ui_RefundsPage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>

namespace bridge::gui {

namespace {

struct SearchReply {
    quint64 generation = 0;
    Result<QList<store::RefundablePayment>> rows;
};

struct RequestsReply {
    Result<QList<store::RefundRequest>> waiting;
    Result<QList<store::RefundRequest>> history;
};

struct PaymentHistoryReply {
    quint64 generation = 0;
    Result<QList<store::RefundRequest>> rows;
};

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// The columns a requests view shows; the rest are hidden.
void showColumns(QTableView* view, std::initializer_list<int> shown)
{
    for (int c = 0; c < RefundRequestsModel::ColumnCount; ++c) {
        view->setColumnHidden(c, std::find(shown.begin(), shown.end(), c) == shown.end());
    }
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int c : shown) {
        if (c != RefundRequestsModel::NoteColumn && c != RefundRequestsModel::ProblemColumn &&
            c != RefundRequestsModel::OpayoTransactionColumn && c != RefundRequestsModel::PaymentColumn) {
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        }
    }
    // Opayo's 36-character id: a set width, elided in the middle (the line below has all of it);
    // the note or the problem takes the rest.
    view->setTextElideMode(Qt::ElideMiddle);
    // A vendorTxCode can be 40 characters: a set width too.
    const int character = view->fontMetrics().averageCharWidth();
    header->resizeSection(RefundRequestsModel::OpayoTransactionColumn, 14 * character);
    header->resizeSection(RefundRequestsModel::PaymentColumn, 18 * character);
    header->setStretchLastSection(true);
}

} // namespace

RefundsPage::RefundsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::RefundsPage>())
    , m_payments(new RefundablePaymentsModel(this))
    , m_paymentHistory(new RefundRequestsModel(this))
    , m_approvals(new RefundRequestsModel(this))
    , m_history(new RefundRequestsModel(this))
    , m_worker(std::make_unique<DatabaseWorker>(context.database(), QStringLiteral("refunds-reader")))
{
    m_ui->setupUi(this);
    setUpViews();
    setUpSearch();

    // Chargebacks come from the acquirer, not from a refund request, but finance handles them
    // with the refunds: the fourth tab.
    m_chargebacks = new ChargebacksPanel(m_context, this);
    m_ui->tabWidget->addTab(m_chargebacks, tr("&Chargebacks"));

    connect(m_ui->refundButton, &QPushButton::clicked, this, &RefundsPage::openRefundDialog);
    connect(m_ui->paymentsTableView, &QAbstractItemView::doubleClicked, this, &RefundsPage::openRefundDialog);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &RefundsPage::approveSelected);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &RefundsPage::rejectSelected);
    connect(&m_context, &AppContext::currentUserChanged, this, &RefundsPage::updateActions);

    m_refreshTimer.setParent(this);
    m_refreshTimer.setInterval(2'000);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!isVisible()) {
            return;
        }
        refreshRequests();
        // New payments arrive all the time; the results follow them while they are looked at
        // (at once after an engine notice, otherwise every tenth tick), unless a search is
        // being typed.
        ++m_ticks;
        if (m_ui->tabWidget->currentIndex() == FindTab && !m_searchTimer.isActive() &&
            (m_paymentsStale || m_ticks % 10 == 0)) {
            m_paymentsStale = false;
            search();
        }
    });
    m_refreshTimer.start();
    updateActions(); // the first reads when the page is first shown
}

RefundsPage::~RefundsPage()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
    }
}

void RefundsPage::setUpViews()
{
    m_ui->paymentsTableView->setModel(m_payments);
    QHeaderView* header = m_ui->paymentsTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // An Opayo transactionId is 36 characters: a set width, elided in the middle (the tooltip and
    // the line below the table have all of it).
    header->setSectionResizeMode(RefundablePaymentsModel::TransactionIdColumn, QHeaderView::Interactive);
    header->resizeSection(RefundablePaymentsModel::TransactionIdColumn, 16 * fontMetrics().averageCharWidth());
    header->setSectionResizeMode(RefundablePaymentsModel::CustomerColumn, QHeaderView::Interactive);
    header->resizeSection(RefundablePaymentsModel::CustomerColumn, 14 * fontMetrics().averageCharWidth());
    header->setStretchLastSection(true);

    m_ui->paymentHistoryTableView->setModel(m_paymentHistory);
    showColumns(m_ui->paymentHistoryTableView,
                {RefundRequestsModel::RequestedAtColumn, RefundRequestsModel::RequestedByColumn,
                 RefundRequestsModel::KindColumn, RefundRequestsModel::AmountColumn, RefundRequestsModel::ReasonColumn,
                 RefundRequestsModel::StateColumn, RefundRequestsModel::DecidedByColumn,
                 RefundRequestsModel::OpayoTransactionColumn, RefundRequestsModel::ProblemColumn});
    m_ui->approvalsTableView->setModel(m_approvals);
    showColumns(m_ui->approvalsTableView,
                {RefundRequestsModel::RequestedAtColumn, RefundRequestsModel::RequestedByColumn,
                 RefundRequestsModel::PaymentColumn, RefundRequestsModel::CustomerColumn,
                 RefundRequestsModel::KindColumn, RefundRequestsModel::AmountColumn, RefundRequestsModel::ReasonColumn,
                 RefundRequestsModel::NoteColumn});
    m_ui->historyTableView->setModel(m_history);
    showColumns(m_ui->historyTableView,
                {RefundRequestsModel::RequestedAtColumn, RefundRequestsModel::RequestedByColumn,
                 RefundRequestsModel::PaymentColumn, RefundRequestsModel::KindColumn, RefundRequestsModel::AmountColumn,
                 RefundRequestsModel::ReasonColumn, RefundRequestsModel::StateColumn,
                 RefundRequestsModel::DecidedByColumn, RefundRequestsModel::OpayoTransactionColumn,
                 RefundRequestsModel::ProblemColumn});
    m_ui->findSplitter->setStretchFactor(0, 3);
    m_ui->findSplitter->setStretchFactor(1, 2);

    connect(m_ui->paymentsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RefundsPage::showSelectedPayment);
    connect(m_payments, &QAbstractItemModel::modelReset, this, &RefundsPage::showSelectedPayment);
    connect(m_ui->approvalsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RefundsPage::showSelectedRequest);
    connect(m_approvals, &QAbstractItemModel::modelReset, this, &RefundsPage::showSelectedRequest);
    connect(m_ui->historyTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RefundsPage::showSelectedHistory);
    connect(m_history, &QAbstractItemModel::modelReset, this, &RefundsPage::showSelectedHistory);
}

void RefundsPage::setUpSearch()
{
    QComboBox* currency = m_ui->currencyComboBox;
    addCurrencies(currency);
    currency->setToolTip(tr("The currency of the exact amount (amounts are compared in each currency's own units)."));
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-30));
    m_ui->toDateEdit->setDate(today);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->toDateEdit->setEnabled(false);
    m_ui->datesCheckBox->setToolTip(tr("Only payments taken between these days (inclusive, UTC)."));

    m_searchTimer.setParent(this);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &RefundsPage::search);
    auto later = [this] { m_searchTimer.start(); };
    for (QLineEdit* edit : {m_ui->searchLineEdit, m_ui->amountLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, later);
        connect(edit, &QLineEdit::returnPressed, this, &RefundsPage::search);
    }
    connect(m_ui->currencyComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_ui->amountLineEdit->text().trimmed().isEmpty()) {
            search();
        }
    });
    connect(m_ui->datesCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        search();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, later);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, later);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &RefundsPage::search);
}

QTabWidget* RefundsPage::tabs() const
{
    return m_ui->tabWidget;
}

bool RefundsPage::isBusy() const
{
    return m_worker->pending() > 0 || m_searching || m_loadingRequests;
}

void RefundsPage::setEngine(engine::Engine* engine)
{
    disconnect(m_engineConnection);
    m_engine = engine;
    if (engine) {
        // A refund's inbox event moving on (sent to Opayo, credit note booked) changes its state.
        m_engineConnection = connect(engine, &engine::Engine::eventsChanged, this, [this] {
            m_paymentsStale = true; // read at the next tick: a busy engine sends many notices
        });
    }
}

void RefundsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshRequests();
    search();
}

Result<store::RefundSearch> RefundsPage::currentSearch() const
{
    store::RefundSearch s;
    s.text = m_ui->searchLineEdit->text().trimmed();
    const QString amount = m_ui->amountLineEdit->text().trimmed();
    if (!amount.isEmpty()) {
        Result<Currency> currency = Currency::fromCode(m_ui->currencyComboBox->currentData().toString());
        if (!currency) {
            return fail(currency.error());
        }
        Result<Money> money = Money::parse(amount, *currency, Money::ParseOptions{.locale = QLocale()});
        if (!money) {
            return fail(Error::permanent(QStringLiteral("refunds.search_amount"),
                                         tr("The amount \"%1\" cannot be read: %2 Write it like 12.50, or clear the "
                                            "field to search any amount.")
                                             .arg(amount, money.error().message)));
        }
        s.amount = *money;
    }
    if (m_ui->datesCheckBox->isChecked()) {
        s.from = m_ui->fromDateEdit->date();
        s.to = m_ui->toDateEdit->date();
        if (*s.to < *s.from) {
            return fail(Error::permanent(QStringLiteral("refunds.search_dates"),
                                         tr("The dates run backwards: set \"to\" on or after \"from\".")));
        }
    }
    return s;
}

Result<store::RefundPolicy> RefundsPage::policy() const
{
    const QString text = m_context.settings().value(SettingKeys::RefundSingleApproverLimits);
    Result<store::RefundPolicy> parsed = store::RefundPolicy::parse(text);
    if (!parsed) {
        return fail(
            Error::permanent(QStringLiteral("refunds.policy"), tr("\"%1\": %2").arg(text, parsed.error().message)));
    }
    return parsed;
}

void RefundsPage::search()
{
    m_searchTimer.stop();
    const Result<store::RefundSearch> s = currentSearch();
    if (!s) {
        m_searchError = s.error().message;
        m_ui->resultsLabel->setText(m_searchError);
        return;
    }
    m_searchError.clear();
    if (m_searching) {
        m_searchAgain = true;
        return;
    }
    m_searching = true;
    const quint64 generation = ++m_searchGeneration;
    const store::RefundSearch query = *s;
    m_worker->run<SearchReply>(
        [generation, query](const std::shared_ptr<store::Database>& database) {
            return SearchReply{generation, store::Refunds(database).search(query)};
        },
        [this](const SearchReply& reply) {
            m_searching = false;
            if (std::exchange(m_searchAgain, false)) {
                search();
                return;
            }
            if (!reply.rows) {
                m_ui->resultsLabel->setText(tr("The payments cannot be read: %1").arg(reply.rows.error().message));
                Q_EMIT searched();
                return;
            }
            const QString selected = selectedPayment() ? selectedPayment()->payment.transactionId : QString();
            m_payments->setRows(*reply.rows);
            if (!selected.isEmpty()) {
                selectPayment(selected);
            }
            const bool anySearch = !m_ui->searchLineEdit->text().trimmed().isEmpty() ||
                                   !m_ui->amountLineEdit->text().trimmed().isEmpty() ||
                                   m_ui->datesCheckBox->isChecked();
            if (m_payments->rowCount() == 0 && !anySearch) {
                m_ui->resultsLabel->setText(tr("No payments yet: a payment appears here once the bridge has accepted "
                                               "it from Opayo."));
            } else if (m_payments->rowCount() == 0) {
                m_ui->resultsLabel->setText(tr("No payment matches. Try the start of a vendorTxCode or customer "
                                               "account, a whole Opayo transaction id, or clear the amount and "
                                               "dates."));
            } else {
                m_ui->resultsLabel->setText(tr("%n payment(s) found, newest first. Select one to see its refunds.",
                                               nullptr, m_payments->rowCount()));
            }
            showSelectedPayment();
            Q_EMIT searched();
        });
}

void RefundsPage::refreshRequests()
{
    if (m_loadingRequests) {
        return;
    }
    m_loadingRequests = true;
    m_worker->run<RequestsReply>(
        [](const std::shared_ptr<store::Database>& database) {
            const store::Refunds refunds(database);
            return RequestsReply{refunds.awaitingApproval(), refunds.history({})};
        },
        [this](const RequestsReply& reply) {
            m_loadingRequests = false;
            const qint64 selectedWaiting = selectedRequest() ? selectedRequest()->id : 0;
            if (reply.waiting) {
                m_approvals->setRows(*reply.waiting);
                if (selectedWaiting != 0) {
                    selectRequest(selectedWaiting);
                }
            } else {
                m_ui->approvalDetailLabel->setText(
                    tr("The approval queue cannot be read: %1").arg(reply.waiting.error().message));
            }
            const QModelIndex current = m_ui->historyTableView->currentIndex();
            const qint64 selectedHistory =
                current.isValid() ? current.siblingAtColumn(0).data(RefundRequestsModel::IdRole).toLongLong() : 0;
            if (reply.history) {
                m_history->setRows(*reply.history);
                const int row = m_history->rowOf(selectedHistory);
                if (row >= 0) {
                    m_ui->historyTableView->selectRow(row);
                }
                // A request that changed (asked, approved, sent) changes what is left of its
                // payment: the search shows the new figures, the payment its refunds.
                QStringList signature;
                for (const store::RefundRequest& r : *reply.history) {
                    signature.append(QString::number(r.id) + store::Refunds::stateId(r.state));
                }
                const QString joined = signature.join(QLatin1Char(','));
                if (joined != m_requestsSignature) {
                    const bool first = !std::exchange(m_requestsRead, true);
                    m_requestsSignature = joined;
                    if (!first) {
                        search();
                        loadPaymentHistory();
                    }
                }
            } else {
                m_ui->historyDetailLabel->setText(
                    tr("The history cannot be read: %1").arg(reply.history.error().message));
            }
            const int waiting = m_approvals->rowCount();
            //: The Approvals tab's title with the number of requests waiting.
            m_ui->tabWidget->setTabText(ApprovalsTab,
                                        waiting > 0 ? tr("&Approvals (%1)").arg(waiting) : tr("&Approvals"));
            showSelectedRequest();
            showSelectedHistory();
            Q_EMIT requestsLoaded();
        });
}

const store::RefundablePayment* RefundsPage::selectedPayment() const
{
    if (!m_ui->paymentsTableView->selectionModel()->hasSelection()) {
        return nullptr;
    }
    return m_payments->paymentAt(m_ui->paymentsTableView->currentIndex().row());
}

const store::RefundRequest* RefundsPage::selectedRequest() const
{
    if (!m_ui->approvalsTableView->selectionModel()->hasSelection()) {
        return nullptr;
    }
    return m_approvals->requestAt(m_ui->approvalsTableView->currentIndex().row());
}

bool RefundsPage::selectPayment(const QString& transactionId)
{
    const int row = m_payments->rowOf(transactionId);
    if (row < 0) {
        return false;
    }
    if (m_ui->paymentsTableView->currentIndex().row() != row ||
        !m_ui->paymentsTableView->selectionModel()->hasSelection()) {
        m_ui->paymentsTableView->selectRow(row);
    }
    return true;
}

bool RefundsPage::selectRequest(qint64 requestId)
{
    const int row = m_approvals->rowOf(requestId);
    if (row < 0) {
        return false;
    }
    if (m_ui->approvalsTableView->currentIndex().row() != row ||
        !m_ui->approvalsTableView->selectionModel()->hasSelection()) {
        m_ui->approvalsTableView->selectRow(row);
    }
    return true;
}

void RefundsPage::showSelectedPayment()
{
    const store::RefundablePayment* p = selectedPayment();
    if (p == nullptr) {
        m_ui->paymentLabel->setText(m_payments->rowCount() > 0
                                        ? tr("Select a payment to see its refunds and to refund it.")
                                        : tr("Find a payment above to see its refunds and to refund it."));
        m_paymentHistory->setRows({});
        updateActions();
        return;
    }
    const QLocale locale;
    //: %1 vendorTxCode, %2 customer account, %3 Opayo transactionId, then amounts.
    QString text =
        tr("%1, customer %2, Opayo transaction %3\nPaid %4 · refunded %5 · waiting %6 · left to refund %7")
            .arg(p->payment.vendorTxCode, p->payment.customer.isEmpty() ? tr("unknown") : p->payment.customer,
                 p->payment.transactionId, p->payment.amount.toDisplayString(locale),
                 p->refunded.toDisplayString(locale), p->pending.toDisplayString(locale),
                 p->remaining.toDisplayString(locale));
    if (p->voidable) {
        text += QStringLiteral(" · ") + tr("taken today and not settled: it can still be voided");
    }
    m_ui->paymentLabel->setText(text);
    loadPaymentHistory();
    updateActions();
}

void RefundsPage::loadPaymentHistory()
{
    const store::RefundablePayment* p = selectedPayment();
    if (p == nullptr) {
        return;
    }
    const quint64 generation = ++m_paymentHistoryGeneration;
    const QString id = p->payment.transactionId;
    m_worker->run<PaymentHistoryReply>(
        [generation, id](const std::shared_ptr<store::Database>& database) {
            return PaymentHistoryReply{generation, store::Refunds(database).history(id)};
        },
        [this](const PaymentHistoryReply& reply) {
            if (reply.generation != m_paymentHistoryGeneration) {
                return; // another payment was selected meanwhile
            }
            if (!reply.rows) {
                m_ui->footerLabel->setText(
                    tr("The payment's refunds cannot be read: %1").arg(reply.rows.error().message));
                return;
            }
            m_paymentHistory->setRows(*reply.rows);
        });
}

void RefundsPage::showSelectedRequest()
{
    const store::RefundRequest* r = selectedRequest();
    if (r == nullptr) {
        m_ui->approvalDetailLabel->setText(m_approvals->rowCount() > 0 ? tr("Select a request to approve or reject it.")
                                                                       : tr("Nothing waits for approval."));
        updateActions();
        return;
    }
    const QLocale locale;
    m_ui->approvalDetailLabel->setText(
        //: %1 person, %2 time, %3 refund/void, %4 amount, %5 customer, %6 vendorTxCode, %7 Opayo id,
        //: %8 reason, %9 note.
        (r->kind == store::RefundKind::Void
             ? tr("%1 asked at %2 to void %3 (all of it) for customer %4.\nPayment %5, Opayo transaction %6\n"
                  "Reason: %7. Note: %8")
                   .arg(r->requestedBy, when(r->requestedAt), r->amount.toDisplayString(locale),
                        r->customer.isEmpty() ? tr("unknown") : r->customer, r->originalVendorTxCode,
                        r->originalTransactionId, store::Refunds::reasonName(r->reason), r->note)
             : tr("%1 asked at %2 for a refund of %3 to customer %4.\nPayment %5, Opayo transaction %6\n"
                  "Reason: %7. Note: %8")
                   .arg(r->requestedBy, when(r->requestedAt), r->amount.toDisplayString(locale),
                        r->customer.isEmpty() ? tr("unknown") : r->customer, r->originalVendorTxCode,
                        r->originalTransactionId, store::Refunds::reasonName(r->reason), r->note)));
    updateActions();
}

void RefundsPage::showSelectedHistory()
{
    const QModelIndex current = m_ui->historyTableView->currentIndex();
    const store::RefundRequest* r =
        m_ui->historyTableView->selectionModel()->hasSelection() ? m_history->requestAt(current.row()) : nullptr;
    if (r == nullptr) {
        m_ui->historyDetailLabel->setText(m_history->rowCount() > 0 ? tr("Select a request to see all of it.")
                                                                    : tr("No refunds asked for yet."));
        return;
    }
    const QLocale locale;
    QStringList lines{tr("%1 %2 of %3 (Opayo %4), %5: %6.")
                          .arg(RefundRequestsModel::kindName(r->kind), QString::number(r->id), r->originalVendorTxCode,
                               r->originalTransactionId, r->amount.toDisplayString(locale),
                               store::Refunds::stateName(r->state)),
                      tr("Asked by %1 at %2. Reason: %3. Note: %4")
                          .arg(r->requestedBy, when(r->requestedAt), store::Refunds::reasonName(r->reason), r->note)};
    if (!r->decidedBy.isEmpty()) {
        lines.append(r->decisionComment.isEmpty()
                         ? tr("Decided by %1 at %2.").arg(r->decidedBy, when(r->decidedAt))
                         : tr("Decided by %1 at %2: %3").arg(r->decidedBy, when(r->decidedAt), r->decisionComment));
    }
    if (!r->opayoTransactionId.isEmpty()) {
        lines.append(tr("Opayo's transaction: %1 (vendorTxCode %2).").arg(r->opayoTransactionId, r->vendorTxCode));
    }
    if (!r->errorMessage.isEmpty()) {
        lines.append(tr("Problem: %1").arg(r->errorMessage));
    }
    m_ui->historyDetailLabel->setText(lines.join(QLatin1Char('\n')));
}

void RefundsPage::updateActions()
{
    const store::RefundablePayment* p = selectedPayment();
    const Result<void> prepare = m_context.check(Action::PrepareRefund);
    const bool refundable = p != nullptr && p->remaining.minorUnits() > 0;
    m_ui->refundButton->setEnabled(prepare.has_value() && refundable && !m_dialog);
    m_ui->refundButton->setToolTip(
        !prepare ? prepare.error().message
        : !p     ? tr("Select a payment first.")
        : !refundable
            ? tr("Nothing is left to refund of %1: refunds done and on their way already add up to the payment.")
                  .arg(p->payment.vendorTxCode)
            : tr("Ask for a refund of %1 (up to %2 left).")
                  .arg(p->payment.vendorTxCode, p->remaining.toDisplayString(QLocale())));

    const store::RefundRequest* r = selectedRequest();
    const Result<void> approve = m_context.check(Action::ApproveRefund);
    for (QPushButton* button : {m_ui->approveButton, m_ui->rejectButton}) {
        button->setEnabled(approve.has_value() && r != nullptr);
    }
    m_ui->commentLineEdit->setEnabled(approve.has_value());
    const QString whyNot = !approve       ? approve.error().message
                           : r == nullptr ? tr("Select a request first.")
                                          : QString();
    const bool own = r != nullptr && r->requestedBy.compare(m_context.currentUser().login, Qt::CaseInsensitive) == 0;
    m_ui->approveButton->setToolTip(
        !whyNot.isEmpty() ? whyNot
        : own             ? tr("You asked for this refund, so another approver must approve it (maker-checker rule).")
                          : tr("Approve it: the bridge then refunds it with Opayo and books the credit note."));
    m_ui->rejectButton->setToolTip(!whyNot.isEmpty() ? whyNot : tr("Reject it, saying why in the comment."));
}

void RefundsPage::report(const QString& message)
{
    m_ui->footerLabel->setText(message);
    log::get("gui")->info("refunds: {}", message.toStdString());
    Q_EMIT actionFinished(message);
}

void RefundsPage::refuse(const QString& title, const Error& error)
{
    log::get("gui")->warn("{}: {}", title.toStdString(), error.toString().toStdString());
    m_ui->footerLabel->setText(error.message);
    MessageBox::error(this, title, error);
    Q_EMIT actionFailed(error);
}

RefundDialog* RefundsPage::refundDialog() const
{
    return m_dialog;
}

RefundDialog* RefundsPage::openRefundDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    if (Result<void> allowed = m_context.check(Action::PrepareRefund); !allowed) {
        refuse(tr("Cannot refund"), allowed.error());
        return nullptr;
    }
    const store::RefundablePayment* p = selectedPayment();
    if (p == nullptr) {
        m_ui->footerLabel->setText(tr("Select the payment to refund first."));
        return nullptr;
    }
    if (p->remaining.minorUnits() <= 0) {
        const QLocale locale;
        refuse(tr("Cannot refund"),
               Error::permanent(QStringLiteral("refunds.nothing_left"),
                                tr("Nothing is left to refund of %1: paid %2, refunded %3, waiting %4.")
                                    .arg(p->payment.vendorTxCode, p->payment.amount.toDisplayString(locale),
                                         p->refunded.toDisplayString(locale), p->pending.toDisplayString(locale))));
        return nullptr;
    }
    m_dialog = new RefundDialog(*p, policy(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RefundDialog::submitted, this, &RefundsPage::submitRefund);
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr; // closed (it deletes itself): the next refund may be asked for
        updateActions();
    });
    m_dialog->open(); // window-modal, without a nested event loop
    updateActions();
    return m_dialog;
}

void RefundsPage::submitRefund()
{
    QPointer<RefundDialog> dialog = m_dialog;
    if (!dialog) {
        return;
    }
    const Result<Money> amount = dialog->amount();
    if (!amount) {
        dialog->showRefusal(amount.error());
        return;
    }
    if (Result<void> allowed = m_context.check(Action::PrepareRefund); !allowed) {
        dialog->showRefusal(allowed.error()); // the user was switched while the dialog was open
        return;
    }
    dialog->setBusy(true);
    const QString id = dialog->payment().payment.transactionId;
    const store::RefundKind kind = dialog->kind();
    const store::RefundReason reason = dialog->reason();
    const QString note = dialog->note();
    const store::RefundPolicy policy = dialog->policy();
    const QString actor = m_context.currentUser().login;
    const RoleSet roles = m_context.currentUser().roles;
    const Money money = *amount;
    m_worker->run<Result<store::RefundRequest>>(
        [=](const std::shared_ptr<store::Database>& database) {
            return store::Refunds(database).request(id, kind, money, reason, note, actor, roles, policy);
        },
        [this, dialog](const Result<store::RefundRequest>& made) {
            if (!made) {
                log::get("gui")->warn("refund refused: {}", made.error().toString().toStdString());
                m_ui->footerLabel->setText(made.error().message);
                if (dialog) {
                    dialog->showRefusal(made.error()); // the store's own words, the dialog stays open
                }
                Q_EMIT actionFailed(made.error());
                search(); // what is left may have changed meanwhile
                return;
            }
            if (dialog) {
                dialog->accept();
            }
            const QLocale locale;
            const QString what = RefundRequestsModel::kindName(made->kind);
            if (made->state == store::RefundState::Requested) {
                report(tr("%1 %2 of %3 for %4 asked for: it waits for an approver other than you.")
                           .arg(what, QString::number(made->id), made->originalVendorTxCode,
                                made->amount.toDisplayString(locale)));
            } else {
                report(tr("%1 %2 of %3 for %4 needs no second person (refund policy): the bridge sends it to Opayo.")
                           .arg(what, QString::number(made->id), made->originalVendorTxCode,
                                made->amount.toDisplayString(locale)));
                if (m_engine) {
                    m_engine->wake();
                }
            }
            search();
            refreshRequests();
        });
}

void RefundsPage::approveSelected()
{
    decide(true);
}

void RefundsPage::rejectSelected()
{
    decide(false);
}

void RefundsPage::decide(bool approve)
{
    const QString title = approve ? tr("Cannot approve the refund") : tr("Cannot reject the refund");
    const store::RefundRequest* r = selectedRequest();
    if (r == nullptr) {
        m_ui->footerLabel->setText(tr("Select the request to decide on first."));
        return;
    }
    // The one permission check, with maker-checker: whoever asked may not approve.
    if (Result<void> allowed = approve ? m_context.checkApproval(Action::ApproveRefund, r->requestedBy)
                                       : m_context.check(Action::ApproveRefund);
        !allowed) {
        refuse(title, allowed.error());
        return;
    }
    const QString comment = m_ui->commentLineEdit->text().trimmed();
    if (!approve && comment.isEmpty()) {
        refuse(title, Error::permanent(QStringLiteral("refunds.reject_comment"),
                                       tr("Say in the comment why the refund is rejected: %1 sees it in the "
                                          "history.")
                                           .arg(r->requestedBy)));
        return;
    }
    const qint64 id = r->id;
    const QString actor = m_context.currentUser().login;
    const RoleSet roles = m_context.currentUser().roles;
    m_ui->approveButton->setEnabled(false);
    m_ui->rejectButton->setEnabled(false);
    m_worker->run<Result<store::RefundRequest>>(
        [=](const std::shared_ptr<store::Database>& database) {
            store::Refunds refunds(database);
            return approve ? refunds.approve(id, actor, roles, comment) : refunds.reject(id, actor, roles, comment);
        },
        [this, approve, title](const Result<store::RefundRequest>& decided) {
            if (!decided) {
                refuse(title, decided.error()); // the store's own words (e.g. what is left changed)
                refreshRequests();
                updateActions();
                return;
            }
            m_ui->commentLineEdit->clear();
            const QString amount = decided->amount.toDisplayString(QLocale());
            if (approve) {
                report(tr("%1 %2 of %3 for %4 approved: the bridge sends it to Opayo, then books the credit note.")
                           .arg(RefundRequestsModel::kindName(decided->kind), QString::number(decided->id),
                                decided->originalVendorTxCode, amount));
                if (m_engine) {
                    m_engine->wake();
                }
            } else {
                report(tr("%1 %2 of %3 for %4 rejected.")
                           .arg(RefundRequestsModel::kindName(decided->kind), QString::number(decided->id),
                                decided->originalVendorTxCode, amount));
            }
            refreshRequests();
            search();
        });
}

} // namespace bridge::gui
