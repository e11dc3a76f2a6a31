// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "sandbox/shop/ShopConfig.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <random>

class QNetworkAccessManager;
class QNetworkReply;

namespace bridge::sandbox::shop {

class StatusReceiver; // ShopStatusReceiver.h

/// Behaves like an e-commerce site: creates customers and orders, pays each order through the
/// Opayo Pi API with test cards (declines, 3-D Secure challenges, AVS/CV2 failures, repeat
/// customers), and posts the signed payment event for it to the bridge. Same seed, same orders.
///
/// Scenarios (OrderResult::scenario, chosen by the weights of ShopMix): `ok`, `decline`,
/// `challenge`, `challenge-failed`, `frictionless-failed`, `avs-failed`, and for the sync
/// engine's end-to-end tests `unknown-stock`, `invalid-customer`, `account-customer`,
/// `partial-refund` and `refund-above-original` (all paid with the normal test card).
///
/// It can also receive the bridge's status webhook (POST /shop/status, signed like the events;
/// docs/opayo-events.md) and records the updates by eventId.
class ShopSimulator : public QObject
{
    Q_OBJECT

public:
    /// The SKU of a line that the ERP does not stock (`unknown-stock`); never in products().
    static constexpr const char* kDiscontinuedSku = "DISC-99";
    /// The account code of the `invalid-customer` scenario: no such ERP customer.
    static constexpr const char* kUnknownAccountCode = "ZZ9999";

    struct Stats {
        int started = 0;
        int finished = 0;
        int paid = 0;     ///< status Ok
        int declined = 0; ///< NotAuthed
        int rejected = 0; ///< Rejected (3-D Secure or AVS/CV2 rules)
        int challenged = 0;
        int repeatCustomers = 0;
        int eventsSent = 0;     ///< events (payment and refund), each counted once
        int eventsAccepted = 0; ///< the bridge answered 2xx (to the first sending)
        int eventsResent = 0;   ///< extra requests that repeated an event (resendPercent)
        int refunds = 0;        ///< refunds Opayo made (partial-refund)
        int errors = 0;         ///< a call to Opayo failed (network, 4xx/5xx)
        // The status webhook receiver.
        int statusReceived = 0;  ///< updates answered 200, repeats included
        int statusRepeats = 0;   ///< of those, updates for an eventId already recorded
        int statusRejected = 0;  ///< answered 401: no or stale timestamp, or a bad signature
        int statusMalformed = 0; ///< answered 400: not a JSON object, no eventId, unknown status
        int statusFaults = 0;    ///< answered 503 on purpose (statusFailPercent)
    };

    struct OrderResult {
        QString orderId;
        QString vendorTxCode;
        QString transactionId;
        QString scenario;
        QString status;
        QString statusCode;
        qint64 amountMinor = 0;
        QString accountCode; ///< order.accountCode as sent; empty for a consumer
        QString eventId;
        int eventHttpStatus = 0; ///< the bridge's answer to the first sending; 0: not sent
        // The refund scenarios (empty / 0 otherwise).
        QString refundTransactionId; ///< Opayo's for partial-refund; FAKE-REFUND-<orderId> for refund-above-original
        QString refundVendorTxCode;  ///< <vendorTxCode>-R1
        qint64 refundAmountMinor = 0;
        QString refundEventId; ///< evt-<orderId>-R1
        int refundEventHttpStatus = 0;
        /// Ground truth for end-to-end tests: what the bridge should end up doing for this order.
        ///  - "post": a sales order and a receipt;
        ///  - "ignore": nothing posted (declined or rejected by Opayo, or the order never got a
        ///    transaction because a call to Opayo failed, see `error`);
        ///  - "dead:stock": the order cannot be posted, a line's stock code is unknown (DISC-99);
        ///  - "dead:customer": the order cannot be posted, order.accountCode is no ERP customer;
        ///  - "post+refund": the payment posted, then a credit note for the refund;
        ///  - "post+refund-refused": the payment posted; the refund (more than was paid, and
        ///    unknown to Opayo) refused.
        /// A partial-refund whose refund Opayo did not make is "post". The value assumes that the
        /// bridge receives the events the shop sent (eventHttpStatus says whether it did).
        QString expected;
        QString error;
    };

    /// An item of the shop's catalogue.
    struct Product {
        QString sku;
        QString description;
        qint64 unitPriceMinor = 0;
    };

    explicit ShopSimulator(ShopConfig config, QObject* parent = nullptr);
    ~ShopSimulator() override;

    /// Starts placing orders; also starts the status listener if ShopConfig::statusListen is
    /// set and it is not listening yet (a failure to listen is logged with qWarning).
    void start();
    void stop();
    [[nodiscard]] const Stats& stats() const { return m_stats; }
    [[nodiscard]] const QList<OrderResult>& results() const { return m_results; }

    /// The products orders are made of, so that the ERP sandbox can stock them. DISC-99 is not
    /// among them.
    [[nodiscard]] static QList<Product> products();

    /// Listens for the bridge's status webhook on ShopConfig::statusListenAddress and
    /// statusListenPort (0: a free port). Returns statusUrl(). Calling it again while listening
    /// returns the same URL.
    [[nodiscard]] Result<QUrl> startStatusListener();
    /// http://<address>:<port>/shop/status, or an empty URL when not listening.
    [[nodiscard]] QUrl statusUrl() const;
    /// The updates received, by eventId; a repeat replaces the earlier update.
    [[nodiscard]] const QHash<QString, QJsonObject>& statusUpdates() const { return m_statusUpdates; }

Q_SIGNALS:
    void orderFinished(const bridge::sandbox::shop::ShopSimulator::OrderResult& result);
    /// All `orderCount` orders are done (never emitted when orderCount is 0).
    void allFinished();
    /// A status webhook was accepted (also a repeat).
    void statusUpdateReceived(const QString& eventId, const QJsonObject& update);

private:
    friend class StatusReceiver;

    struct Customer {
        QString id;
        QString firstName;
        QString lastName;
        QString email;
    };
    struct Order;
    struct EventSending;
    using Callback = std::function<void(int status, const QByteArray& body)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    void tick();
    void startOrder();
    void step(int orderNo);
    void challenge(int orderNo, const QJsonObject& threeDS);
    void sendEvent(int orderNo);
    void afterPaymentEvent(int orderNo);
    void refund(int orderNo);
    void sendRefundEvent(int orderNo);
    /// Signs and sends one event, and its re-sends; `done` gets the answer to the first sending
    /// once every copy has been answered.
    void postEvent(const QString& eventId, const QJsonObject& event, std::function<void(int status)> done);
    void sendEventCopy(const std::shared_ptr<EventSending>& sending, bool first);
    bool chosenForResend(const QString& eventId) const;
    void finishOrder(int orderNo, const QString& error = {});
    void request(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                 const Headers& headers, Callback done);
    QUrl pi(const QString& resource) const;
    QString pickScenario();
    Customer pickCustomer(bool* repeat);
    QJsonObject orderJson(const Order& order, const QJsonArray& lines) const;
    /// Called by the status receiver with a verified, well-formed update.
    void recordStatus(const QString& eventId, const QJsonObject& update);

    ShopConfig m_config;
    QNetworkAccessManager* m_network;
    QTimer m_timer;
    std::mt19937_64 m_random;
    QList<Customer> m_customers;
    QHash<int, Order*> m_orders;
    Stats m_stats;
    QList<OrderResult> m_results;
    QByteArray m_basic;
    int m_nextOrder = 1;
    bool m_running = false;
    std::unique_ptr<StatusReceiver> m_statusReceiver;
    QHash<QString, QJsonObject> m_statusUpdates;
};

} // namespace bridge::sandbox::shop

Q_DECLARE_METATYPE(bridge::sandbox::shop::ShopSimulator::OrderResult)
