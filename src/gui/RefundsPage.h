// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/Refunds.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class RefundsPage;
}
class QTabWidget;

namespace bridge::engine {
class Engine;
}

namespace bridge::gui {

class AppContext;
class ChargebacksPanel;
class DatabaseWorker;
class RefundDialog;
class RefundRequestsModel;
class RefundablePaymentsModel;

/// Refunds and voids. "Find and refund": search payments (reference or customer prefix, exact
/// amount, date range) and see what is left of each; the selected payment's refunds below it;
/// the refund dialog asks for one. "Approvals": the queue of requests waiting for a second
/// person (who asked, when, why, how much), approved or rejected with a comment, never by the
/// person who asked. "History": every request and where it got to. All database work runs on
/// the page's own thread; the queue and history are read again every two seconds while shown.
class RefundsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { FindTab, ApprovalsTab, HistoryTab, ChargebacksTab };

    explicit RefundsPage(AppContext& context, QWidget* parent = nullptr);
    ~RefundsPage() override;

    /// The engine that carries approved refunds out: woken after each request and approval,
    /// and its change notices refresh the page (nullptr: none in this process).
    void setEngine(engine::Engine* engine);

    [[nodiscard]] QTabWidget* tabs() const;
    [[nodiscard]] RefundablePaymentsModel* paymentsModel() const { return m_payments; }
    [[nodiscard]] RefundRequestsModel* paymentHistoryModel() const { return m_paymentHistory; }
    [[nodiscard]] RefundRequestsModel* approvalsModel() const { return m_approvals; }
    [[nodiscard]] RefundRequestsModel* historyModel() const { return m_history; }
    /// The search the widgets describe, or why it cannot be run (an unreadable amount, dates
    /// the wrong way round).
    [[nodiscard]] Result<store::RefundSearch> currentSearch() const;
    /// The single-approver limits from the settings, or why they cannot be read.
    [[nodiscard]] Result<store::RefundPolicy> policy() const;
    /// Whether database work is queued or under way (tests wait for it to settle).
    [[nodiscard]] bool isBusy() const;

    /// Runs the search now (typing runs it after a pause; Enter and Search at once).
    void search();
    /// Reads the approval queue, the history and the selected payment's refunds again.
    void refreshRequests();
    /// Selects a payment among the results; false if it is not there.
    bool selectPayment(const QString& transactionId);
    /// Selects a request in the approval queue; false if it is not there.
    bool selectRequest(qint64 requestId);

    /// Opens the refund dialog for the selected payment (window-modal; the page sends the
    /// request when it is confirmed). nullptr, with the reason shown, when not possible.
    RefundDialog* openRefundDialog();
    [[nodiscard]] RefundDialog* refundDialog() const;
    void approveSelected();
    void rejectSelected();

Q_SIGNALS:
    /// An action finished: what it did (also in the footer), or why it was refused.
    void actionFinished(const QString& message);
    void actionFailed(const bridge::Error& error);
    /// Search results arrived.
    void searched();
    /// The approval queue and history were read.
    void requestsLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpViews();
    void setUpSearch();
    void loadPaymentHistory();
    void showSelectedPayment();
    void showSelectedRequest();
    void showSelectedHistory();
    void updateActions();
    void submitRefund();
    void decide(bool approve);
    void refuse(const QString& title, const Error& error);
    void report(const QString& message);
    [[nodiscard]] const store::RefundablePayment* selectedPayment() const;
    [[nodiscard]] const store::RefundRequest* selectedRequest() const;

    AppContext& m_context;
    std::unique_ptr<Ui::RefundsPage> m_ui;
    RefundablePaymentsModel* m_payments;
    RefundRequestsModel* m_paymentHistory;
    RefundRequestsModel* m_approvals;
    RefundRequestsModel* m_history;
    QPointer<RefundDialog> m_dialog;
    QPointer<engine::Engine> m_engine;
    QMetaObject::Connection m_engineConnection;
    QTimer m_searchTimer;  ///< waits for typing to pause
    QTimer m_refreshTimer; ///< the queue and history every two seconds while the page is shown
    quint64 m_searchGeneration = 0;
    bool m_searching = false;
    bool m_searchAgain = false;
    bool m_loadingRequests = false;
    quint64 m_paymentHistoryGeneration = 0;
    QString m_requestsSignature; ///< ids and states last read: a change re-reads the search
    bool m_requestsRead = false;
    bool m_paymentsStale = false; ///< the engine changed something since the last search
    int m_ticks = 0;
    QString m_searchError;
    // Declared last, destroyed first: its destructor waits for the work under way, whose
    // results would otherwise arrive at a page half gone.
    std::unique_ptr<DatabaseWorker> m_worker;
    ChargebacksPanel* m_chargebacks = nullptr;
};

} // namespace bridge::gui
