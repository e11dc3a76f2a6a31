// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/shop/ShopConfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <random>

class QNetworkAccessManager;
class QNetworkReply;

namespace bridge::sandbox::shop {

/// Behaves like an e-commerce site: creates customers and orders, pays each order through the
/// Opayo Pi API with test cards (declines, 3-D Secure challenges, AVS/CV2 failures, repeat
/// customers), and posts the signed payment event for it to the bridge. Same seed, same orders.
class ShopSimulator : public QObject
{
    Q_OBJECT

public:
    struct Stats {
        int started = 0;
        int finished = 0;
        int paid = 0;     ///< status Ok
        int declined = 0; ///< NotAuthed
        int rejected = 0; ///< Rejected (3-D Secure or AVS/CV2 rules)
        int challenged = 0;
        int repeatCustomers = 0;
        int eventsSent = 0;
        int eventsAccepted = 0; ///< the bridge answered 2xx
        int errors = 0;         ///< a call to Opayo failed (network, 4xx/5xx)
    };

    struct OrderResult {
        QString orderId;
        QString vendorTxCode;
        QString transactionId;
        QString scenario;
        QString status;
        QString statusCode;
        qint64 amountMinor = 0;
        QString eventId;
        int eventHttpStatus = 0;
        QString error;
    };

    explicit ShopSimulator(ShopConfig config, QObject* parent = nullptr);
    ~ShopSimulator() override;

    void start();
    void stop();
    [[nodiscard]] const Stats& stats() const { return m_stats; }
    [[nodiscard]] const QList<OrderResult>& results() const { return m_results; }

Q_SIGNALS:
    void orderFinished(const bridge::sandbox::shop::ShopSimulator::OrderResult& result);
    /// All `orderCount` orders are done (never emitted when orderCount is 0).
    void allFinished();

private:
    struct Customer {
        QString id;
        QString firstName;
        QString lastName;
        QString email;
    };
    struct Order;
    using Callback = std::function<void(int status, const QByteArray& body)>;

    void tick();
    void startOrder();
    void step(int orderNo);
    void challenge(int orderNo, const QJsonObject& threeDS);
    void sendEvent(int orderNo);
    void finishOrder(int orderNo, const QString& error = {});
    void request(const QByteArray& method, const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                 const QList<QPair<QByteArray, QByteArray>>& headers, Callback done);
    QUrl pi(const QString& resource) const;
    QString pickScenario();
    Customer pickCustomer(bool* repeat);

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
};

} // namespace bridge::sandbox::shop

Q_DECLARE_METATYPE(bridge::sandbox::shop::ShopSimulator::OrderResult)
