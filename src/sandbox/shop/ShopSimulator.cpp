// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/shop/ShopSimulator.h"

#include "sandbox/shop/ShopStatusReceiver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <QtEndian>

#include <array>

namespace bridge::sandbox::shop {

namespace {

constexpr std::array<const char*, 12> kFirstNames{"Amelia", "Oliver", "Isla",  "George", "Ava", "Noah",
                                                  "Mia",    "Arthur", "Freya", "Leo",    "Zoë", "Jürgen"};
constexpr std::array<const char*, 10> kLastNames{"Smith", "Jones",  "Taylor",  "Brown",  "Williams",
                                                 "Evans", "Thomas", "Roberts", "Müller", "O'Brien"};

struct CatalogueEntry {
    const char* sku;
    const char* description;
    qint64 priceMinor;
};
constexpr std::array<CatalogueEntry, 8> kProducts{{{"MUG-01", "Enamel mug", 1250},
                                                   {"TEE-02", "Organic T-shirt", 2400},
                                                   {"CAP-03", "Baseball cap", 1599},
                                                   {"BAG-04", "Canvas tote bag", 899},
                                                   {"BTL-05", "Steel water bottle", 1999},
                                                   {"NTB-06", "A5 notebook", 650},
                                                   {"HDY-07", "Hoodie", 4500},
                                                   {"STK-08", "Sticker pack", 300}}};
/// Not in the catalogue the ERP is seeded with (unknown-stock).
constexpr CatalogueEntry kDiscontinued{ShopSimulator::kDiscontinuedSku, "Discontinued item", 1500};

const QByteArray kJson = "application/json";

bool isRefundScenario(const QString& scenario)
{
    return scenario == QLatin1String("partial-refund") || scenario == QLatin1String("refund-above-original");
}

QString expectedFor(const ShopSimulator::OrderResult& r)
{
    if (r.status != QLatin1String("Ok")) {
        return QStringLiteral("ignore");
    }
    if (r.scenario == QLatin1String("unknown-stock")) {
        return QStringLiteral("dead:stock");
    }
    if (r.scenario == QLatin1String("invalid-customer")) {
        return QStringLiteral("dead:customer");
    }
    if (r.scenario == QLatin1String("partial-refund")) {
        return r.refundTransactionId.isEmpty() ? QStringLiteral("post") : QStringLiteral("post+refund");
    }
    if (r.scenario == QLatin1String("refund-above-original")) {
        return QStringLiteral("post+refund-refused");
    }
    return QStringLiteral("post");
}

QString cardNumberFor(const QString& scenario)
{
    if (scenario == QLatin1String("decline")) {
        return QStringLiteral("4929602110085639");
    }
    return QStringLiteral("4929000000006");
}

} // namespace

struct ShopSimulator::Order {
    int number = 0;
    QString orderId;
    QString vendorTxCode;
    QString scenario;
    Customer customer;
    bool repeatCustomer = false;
    QJsonArray lines;
    qint64 totalMinor = 0;
    QString accountCode;
    // Progress.
    int stage = 0; // 0 msk, 1 card, 2 transaction, 3 event, 4 refund, 5 refund event
    QString sessionKey;
    QString cardIdentifier;
    QJsonObject transaction;
    OrderResult result;
};

ShopSimulator::ShopSimulator(ShopConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
    , m_random(m_config.seed)
{
    m_basic =
        "Basic " + (m_config.integrationKey + QLatin1Char(':') + m_config.integrationPassword).toUtf8().toBase64();
    m_timer.setInterval(std::max(1, m_config.orderIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &ShopSimulator::tick);
}

ShopSimulator::~ShopSimulator()
{
    m_statusReceiver.reset();
    qDeleteAll(m_orders);
}

QList<ShopSimulator::Product> ShopSimulator::products()
{
    QList<Product> list;
    list.reserve(static_cast<qsizetype>(kProducts.size()));
    for (const CatalogueEntry& p : kProducts) {
        list.append({QString::fromLatin1(p.sku), QString::fromLatin1(p.description), p.priceMinor});
    }
    return list;
}

Result<QUrl> ShopSimulator::startStatusListener()
{
    if (m_statusReceiver) {
        return statusUrl();
    }
    if (m_config.eventSecret.isEmpty()) {
        return fail(Error::configuration(QStringLiteral("shop.status.no_secret"),
                                         QStringLiteral("The shop cannot check the bridge's status webhooks without "
                                                        "a shared secret: set ShopConfig::eventSecret.")));
    }
    auto receiver = std::make_unique<StatusReceiver>(*this);
    const Result<quint16> port = receiver->start(m_config.statusListenAddress, m_config.statusListenPort);
    if (!port) {
        return fail(port.error());
    }
    m_statusReceiver = std::move(receiver);
    return statusUrl();
}

QUrl ShopSimulator::statusUrl() const
{
    if (!m_statusReceiver) {
        return {};
    }
    return QUrl(m_statusReceiver->baseUrl() + QStringLiteral("/shop/status"));
}

void ShopSimulator::recordStatus(const QString& eventId, const QJsonObject& update)
{
    if (m_statusUpdates.contains(eventId)) {
        ++m_stats.statusRepeats;
    }
    m_statusUpdates.insert(eventId, update);
    ++m_stats.statusReceived;
    Q_EMIT statusUpdateReceived(eventId, update);
}

void ShopSimulator::start()
{
    if (m_config.statusListen && !m_statusReceiver) {
        if (const Result<QUrl> url = startStatusListener(); !url) {
            qWarning("Shop simulator: no status listener: %s", qUtf8Printable(url.error().message));
        }
    }
    m_running = true;
    m_timer.start();
    tick();
}

void ShopSimulator::stop()
{
    m_running = false;
    m_timer.stop();
}

void ShopSimulator::tick()
{
    if (!m_running) {
        return;
    }
    if (m_config.orderCount > 0 && m_stats.started >= m_config.orderCount) {
        m_timer.stop();
        return;
    }
    if (m_orders.size() >= m_config.maxInFlight) {
        return;
    }
    startOrder();
}

QUrl ShopSimulator::pi(const QString& resource) const
{
    QUrl u = m_config.piBaseUrl;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    u.setPath(path + resource);
    return u;
}

QString ShopSimulator::pickScenario()
{
    const ShopMix& m = m_config.mix;
    // New scenarios go at the end: with their weight 0, a seed still gives the same orders.
    const std::array<std::pair<int, const char*>, 11> weights{{{m.ok, "ok"},
                                                               {m.decline, "decline"},
                                                               {m.challenge, "challenge"},
                                                               {m.challengeFailed, "challenge-failed"},
                                                               {m.frictionlessFailed, "frictionless-failed"},
                                                               {m.avsFailed, "avs-failed"},
                                                               {m.unknownStock, "unknown-stock"},
                                                               {m.invalidCustomer, "invalid-customer"},
                                                               {m.accountCustomer, "account-customer"},
                                                               {m.partialRefund, "partial-refund"},
                                                               {m.refundAboveOriginal, "refund-above-original"}}};
    int total = 0;
    for (const auto& w : weights) {
        total += std::max(0, w.first);
    }
    if (total <= 0) {
        return QStringLiteral("ok");
    }
    int pick = static_cast<int>(m_random() % static_cast<quint64>(total));
    for (const auto& w : weights) {
        if (pick < std::max(0, w.first)) {
            return QString::fromLatin1(w.second);
        }
        pick -= std::max(0, w.first);
    }
    return QStringLiteral("ok");
}

ShopSimulator::Customer ShopSimulator::pickCustomer(bool* repeat)
{
    *repeat = !m_customers.isEmpty() && static_cast<int>(m_random() % 100) < m_config.mix.repeatCustomerPercent;
    if (*repeat) {
        return m_customers.at(static_cast<qsizetype>(m_random() % static_cast<quint64>(m_customers.size())));
    }
    Customer c;
    c.id = QStringLiteral("C-%1").arg(m_customers.size() + 1, 5, 10, QLatin1Char('0'));
    c.firstName = QString::fromUtf8(kFirstNames[m_random() % kFirstNames.size()]);
    c.lastName = QString::fromUtf8(kLastNames[m_random() % kLastNames.size()]);
    c.email = c.firstName.toLower()
                  .normalized(QString::NormalizationForm_KD)
                  .remove(QRegularExpression(QStringLiteral("[^a-z]"))) +
              QLatin1Char('.') + c.id.toLower() + QStringLiteral("@example.com");
    m_customers.append(c);
    return c;
}

void ShopSimulator::startOrder()
{
    auto* order = new Order;
    order->number = m_nextOrder++;
    order->orderId = QStringLiteral("%1-%2-%3")
                         .arg(m_config.shopName)
                         .arg(m_config.seed)
                         .arg(order->number, 6, 10, QLatin1Char('0'));
    order->vendorTxCode = order->orderId + QStringLiteral("-1");
    order->scenario = pickScenario();
    order->customer = pickCustomer(&order->repeatCustomer);
    const bool unknownStock = order->scenario == QLatin1String("unknown-stock");
    const int lineCount = 1 + static_cast<int>(m_random() % 3);
    for (int i = 0; i < lineCount; ++i) {
        const CatalogueEntry& drawn = kProducts[m_random() % kProducts.size()];
        const CatalogueEntry& p = unknownStock && i == 0 ? kDiscontinued : drawn;
        const qint64 quantity = 1 + static_cast<qint64>(m_random() % 3);
        order->lines.append(QJsonObject{{QStringLiteral("sku"), QString::fromLatin1(p.sku)},
                                        {QStringLiteral("description"), QString::fromLatin1(p.description)},
                                        {QStringLiteral("quantity"), quantity},
                                        {QStringLiteral("unitPrice"), p.priceMinor}});
        order->totalMinor += quantity * p.priceMinor;
    }
    if (order->scenario == QLatin1String("invalid-customer")) {
        order->accountCode = QString::fromLatin1(kUnknownAccountCode);
    } else if (order->scenario == QLatin1String("account-customer")) {
        order->accountCode = m_config.accountCodes.isEmpty()
                                 ? QStringLiteral("C00010")
                                 : m_config.accountCodes.at(static_cast<qsizetype>(
                                       m_random() % static_cast<quint64>(m_config.accountCodes.size())));
    }
    order->result.orderId = order->orderId;
    order->result.accountCode = order->accountCode;
    order->result.vendorTxCode = order->vendorTxCode;
    order->result.scenario = order->scenario;
    order->result.amountMinor = order->totalMinor;
    m_orders.insert(order->number, order);
    ++m_stats.started;
    if (order->repeatCustomer) {
        ++m_stats.repeatCustomers;
    }
    step(order->number);
}

void ShopSimulator::request(const QByteArray& method, const QUrl& url, const QByteArray& body,
                            const QByteArray& contentType, const Headers& headers, Callback done)
{
    QNetworkRequest r(url);
    if (!contentType.isEmpty()) {
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    for (const auto& [name, value] : headers) {
        r.setRawHeader(name, value);
    }
    r.setTransferTimeout(m_config.requestTimeoutMs);
    QNetworkReply* reply = m_network->sendCustomRequest(r, method, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

void ShopSimulator::step(int orderNo)
{
    Order* o = m_orders.value(orderNo);
    if (!o) {
        return;
    }
    const QByteArray json = "application/json";
    switch (o->stage) {
    case 0: {
        const QJsonObject body{{QStringLiteral("vendorName"), m_config.vendorName}};
        request("POST", pi(QStringLiteral("/merchant-session-keys")),
                QJsonDocument(body).toJson(QJsonDocument::Compact), json, {{"Authorization", m_basic}},
                [this, orderNo](int status, const QByteArray& reply) {
                    Order* order = m_orders.value(orderNo);
                    if (!order) {
                        return;
                    }
                    order->sessionKey =
                        QJsonDocument::fromJson(reply).object().value(QStringLiteral("merchantSessionKey")).toString();
                    if (status != 201 || order->sessionKey.isEmpty()) {
                        finishOrder(orderNo, QStringLiteral("merchant session key: HTTP %1").arg(status));
                        return;
                    }
                    order->stage = 1;
                    step(orderNo);
                });
        return;
    }
    case 1: {
        QString name = o->customer.firstName.toUpper() + QLatin1Char(' ') + o->customer.lastName.toUpper();
        if (o->scenario.startsWith(QLatin1String("challenge"))) {
            name = QStringLiteral("CHALLENGE");
        } else if (o->scenario == QLatin1String("frictionless-failed")) {
            name = QStringLiteral("NOTAUTH");
        }
        const QJsonObject card{{QStringLiteral("cardholderName"), name},
                               {QStringLiteral("cardNumber"), cardNumberFor(o->scenario)},
                               {QStringLiteral("expiryDate"), QStringLiteral("1230")},
                               {QStringLiteral("securityCode"), o->scenario == QLatin1String("avs-failed")
                                                                    ? QStringLiteral("999")
                                                                    : QStringLiteral("123")}};
        request("POST", pi(QStringLiteral("/card-identifiers")),
                QJsonDocument(QJsonObject{{QStringLiteral("cardDetails"), card}}).toJson(QJsonDocument::Compact), json,
                {{"Authorization", "Bearer " + o->sessionKey.toLatin1()}},
                [this, orderNo](int status, const QByteArray& reply) {
                    Order* order = m_orders.value(orderNo);
                    if (!order) {
                        return;
                    }
                    order->cardIdentifier =
                        QJsonDocument::fromJson(reply).object().value(QStringLiteral("cardIdentifier")).toString();
                    if (status != 201 || order->cardIdentifier.isEmpty()) {
                        finishOrder(orderNo, QStringLiteral("card identifier: HTTP %1").arg(status));
                        return;
                    }
                    order->stage = 2;
                    step(orderNo);
                });
        return;
    }
    case 2: {
        const bool avsFail = o->scenario == QLatin1String("avs-failed");
        const bool threeDS =
            o->scenario.startsWith(QLatin1String("challenge")) || o->scenario == QLatin1String("frictionless-failed");
        QJsonObject body{
            {QStringLiteral("transactionType"), QStringLiteral("Payment")},
            {QStringLiteral("paymentMethod"),
             QJsonObject{{QStringLiteral("card"), QJsonObject{{QStringLiteral("merchantSessionKey"), o->sessionKey},
                                                              {QStringLiteral("cardIdentifier"), o->cardIdentifier}}}}},
            {QStringLiteral("vendorTxCode"), o->vendorTxCode},
            {QStringLiteral("amount"), o->totalMinor},
            {QStringLiteral("currency"), m_config.currency},
            {QStringLiteral("description"), QStringLiteral("Order %1").arg(o->orderId)},
            {QStringLiteral("customerFirstName"), o->customer.firstName.left(20)},
            {QStringLiteral("customerLastName"), o->customer.lastName.left(20)},
            {QStringLiteral("customerEmail"), o->customer.email},
            {QStringLiteral("billingAddress"),
             QJsonObject{{QStringLiteral("address1"),
                          avsFail ? QStringLiteral("1 Nowhere Lane") : QStringLiteral("88 High Street")},
                         {QStringLiteral("city"), QStringLiteral("London")},
                         {QStringLiteral("postalCode"), avsFail ? QStringLiteral("ZZ1 1ZZ") : QStringLiteral("412")},
                         {QStringLiteral("country"), QStringLiteral("GB")}}},
            {QStringLiteral("entryMethod"), QStringLiteral("Ecommerce")},
            {QStringLiteral("apply3DSecure"), threeDS ? QStringLiteral("Force") : QStringLiteral("UseMSPSetting")},
            {QStringLiteral("applyAvsCvcCheck"), avsFail ? QStringLiteral("Force") : QStringLiteral("UseMSPSetting")},
        };
        if (threeDS) {
            body.insert(
                QStringLiteral("strongCustomerAuthentication"),
                QJsonObject{{QStringLiteral("notificationURL"), QStringLiteral("https://shop.example/3ds/notify")},
                            {QStringLiteral("browserIP"), QStringLiteral("192.0.2.10")},
                            {QStringLiteral("browserAcceptHeader"), QStringLiteral("text/html")},
                            {QStringLiteral("browserJavascriptEnabled"), false},
                            {QStringLiteral("browserUserAgent"), QStringLiteral("ShopSimulator/1.0")},
                            {QStringLiteral("challengeWindowSize"), QStringLiteral("Medium")},
                            {QStringLiteral("transType"), QStringLiteral("GoodsAndServicePurchase")},
                            {QStringLiteral("browserLanguage"), QStringLiteral("en-GB")}});
        }
        request(
            "POST", pi(QStringLiteral("/transactions")), QJsonDocument(body).toJson(QJsonDocument::Compact), json,
            {{"Authorization", m_basic}}, [this, orderNo](int status, const QByteArray& reply) {
                Order* order = m_orders.value(orderNo);
                if (!order) {
                    return;
                }
                const QJsonObject answer = QJsonDocument::fromJson(reply).object();
                if (status == 202) {
                    ++m_stats.challenged;
                    challenge(orderNo, answer);
                    return;
                }
                if (status != 201) {
                    finishOrder(
                        orderNo,
                        QStringLiteral("transaction: HTTP %1 %2").arg(status).arg(QString::fromUtf8(reply.left(200))));
                    return;
                }
                order->transaction = answer;
                order->stage = 3;
                sendEvent(orderNo);
            });
        return;
    }
    default:
        return;
    }
}

void ShopSimulator::challenge(int orderNo, const QJsonObject& threeDS)
{
    Order* o = m_orders.value(orderNo);
    const QString transactionId = threeDS.value(QStringLiteral("transactionId")).toString();
    const QString creq = threeDS.value(QStringLiteral("cReq")).toString();
    const QString password =
        o->scenario == QLatin1String("challenge") ? QStringLiteral("challenge") : QStringLiteral("wrong");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("creq"), QString::fromLatin1(QUrl::toPercentEncoding(creq)));
    form.addQueryItem(QStringLiteral("threeDSSessionData"),
                      QString::fromLatin1(o->orderId.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
    form.addQueryItem(QStringLiteral("password"), password);
    // The shopper's browser posts the challenge to the issuer's ACS page.
    request("POST", QUrl(threeDS.value(QStringLiteral("acsUrl")).toString()),
            form.toString(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded", {},
            [this, orderNo, transactionId](int status, const QByteArray& page) {
                Order* order = m_orders.value(orderNo);
                if (!order) {
                    return;
                }
                const QString html = QString::fromUtf8(page);
                const QString marker = QStringLiteral("name=\"cres\" value=\"");
                const qsizetype at = html.indexOf(marker);
                if (status != 200 || at < 0) {
                    finishOrder(orderNo, QStringLiteral("ACS page: HTTP %1").arg(status));
                    return;
                }
                const qsizetype start = at + marker.size();
                const QString cres = html.mid(start, html.indexOf(QLatin1Char('"'), start) - start);
                // The ACS posted cres to our notificationURL; the shop forwards it to Opayo.
                const QJsonObject body{{QStringLiteral("cRes"), cres}};
                request("POST",
                        pi(QStringLiteral("/transactions/") + transactionId + QStringLiteral("/3d-secure-challenge")),
                        QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                        {{"Authorization", m_basic}}, [this, orderNo](int s, const QByteArray& reply) {
                            Order* o2 = m_orders.value(orderNo);
                            if (!o2) {
                                return;
                            }
                            if (s != 201) {
                                finishOrder(orderNo, QStringLiteral("3-D Secure result: HTTP %1").arg(s));
                                return;
                            }
                            o2->transaction = QJsonDocument::fromJson(reply).object();
                            o2->stage = 3;
                            sendEvent(orderNo);
                        });
            });
}

QJsonObject ShopSimulator::orderJson(const Order& order, const QJsonArray& lines) const
{
    QJsonObject json{{QStringLiteral("orderId"), order.orderId},
                     {QStringLiteral("customerId"), order.customer.id},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("firstName"), order.customer.firstName},
                                                              {QStringLiteral("lastName"), order.customer.lastName},
                                                              {QStringLiteral("email"), order.customer.email}}},
                     {QStringLiteral("lines"), lines},
                     {QStringLiteral("total"), order.totalMinor},
                     {QStringLiteral("currency"), m_config.currency}};
    if (!order.accountCode.isEmpty()) {
        json.insert(QStringLiteral("accountCode"), order.accountCode);
    }
    return json;
}

void ShopSimulator::sendEvent(int orderNo)
{
    Order* o = m_orders.value(orderNo);
    const QJsonObject& t = o->transaction;
    o->result.transactionId = t.value(QStringLiteral("transactionId")).toString();
    o->result.status = t.value(QStringLiteral("status")).toString();
    o->result.statusCode = t.value(QStringLiteral("statusCode")).toString();
    const bool ok = o->result.status == QLatin1String("Ok");
    if (ok) {
        ++m_stats.paid;
    } else if (o->result.status == QLatin1String("NotAuthed")) {
        ++m_stats.declined;
    } else {
        ++m_stats.rejected;
    }
    if (m_config.bridgeEventUrl.isEmpty()) {
        afterPaymentEvent(orderNo);
        return;
    }
    const QJsonObject card =
        t.value(QStringLiteral("paymentMethod")).toObject().value(QStringLiteral("card")).toObject();
    o->result.eventId = QStringLiteral("evt-") + o->orderId;
    const QJsonObject event{
        {QStringLiteral("eventId"), o->result.eventId},
        {QStringLiteral("type"), ok ? QStringLiteral("payment.completed") : QStringLiteral("payment.failed")},
        {QStringLiteral("occurredAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("shop"), m_config.shopName},
        {QStringLiteral("order"), orderJson(*o, o->lines)},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("vendorTxCode"), o->vendorTxCode},
                     {QStringLiteral("transactionId"), o->result.transactionId},
                     {QStringLiteral("status"), o->result.status},
                     {QStringLiteral("statusCode"), o->result.statusCode},
                     {QStringLiteral("amount"), o->totalMinor},
                     {QStringLiteral("currency"), m_config.currency},
                     {QStringLiteral("cardType"), card.value(QStringLiteral("cardType"))},
                     {QStringLiteral("lastFourDigits"), card.value(QStringLiteral("lastFourDigits"))},
                     {QStringLiteral("threeDSecureStatus"),
                      t.value(QStringLiteral("3DSecure")).toObject().value(QStringLiteral("status"))},
                     {QStringLiteral("avsCvcStatus"),
                      t.value(QStringLiteral("avsCvcCheck")).toObject().value(QStringLiteral("status"))}}},
    };
    postEvent(o->result.eventId, event, [this, orderNo](int status) {
        Order* order = m_orders.value(orderNo);
        if (!order) {
            return;
        }
        order->result.eventHttpStatus = status;
        afterPaymentEvent(orderNo);
    });
}

void ShopSimulator::afterPaymentEvent(int orderNo)
{
    Order* o = m_orders.value(orderNo);
    if (!o) {
        return;
    }
    if (o->result.status != QLatin1String("Ok") || !isRefundScenario(o->scenario)) {
        finishOrder(orderNo);
        return;
    }
    o->result.refundVendorTxCode = o->vendorTxCode + QStringLiteral("-R1");
    if (o->scenario == QLatin1String("partial-refund")) {
        o->stage = 4;
        refund(orderNo);
        return;
    }
    // refund-above-original: a faulty shop claims a refund Opayo would refuse (more than was paid),
    // so there is no Pi call; only the event.
    o->result.refundTransactionId = QStringLiteral("FAKE-REFUND-") + o->orderId;
    o->result.refundAmountMinor = o->totalMinor + 500;
    o->stage = 5;
    sendRefundEvent(orderNo);
}

void ShopSimulator::refund(int orderNo)
{
    Order* o = m_orders.value(orderNo);
    const qint64 amount = std::max<qint64>(1, o->totalMinor / 2);
    const QJsonObject body{{QStringLiteral("transactionType"), QStringLiteral("Refund")},
                           {QStringLiteral("referenceTransactionId"), o->result.transactionId},
                           {QStringLiteral("vendorTxCode"), o->result.refundVendorTxCode},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("description"), QStringLiteral("Refund for order %1").arg(o->orderId)}};
    request("POST", pi(QStringLiteral("/transactions")), QJsonDocument(body).toJson(QJsonDocument::Compact), kJson,
            {{"Authorization", m_basic}}, [this, orderNo, amount](int status, const QByteArray& reply) {
                Order* order = m_orders.value(orderNo);
                if (!order) {
                    return;
                }
                const QJsonObject answer = QJsonDocument::fromJson(reply).object();
                const QString transactionId = answer.value(QStringLiteral("transactionId")).toString();
                if (status != 201 || answer.value(QStringLiteral("status")).toString() != QLatin1String("Ok") ||
                    transactionId.isEmpty()) {
                    finishOrder(
                        orderNo,
                        QStringLiteral("refund: HTTP %1 %2").arg(status).arg(QString::fromUtf8(reply.left(200))));
                    return;
                }
                ++m_stats.refunds;
                order->result.refundTransactionId = transactionId;
                order->result.refundAmountMinor = amount;
                order->stage = 5;
                sendRefundEvent(orderNo);
            });
}

void ShopSimulator::sendRefundEvent(int orderNo)
{
    Order* o = m_orders.value(orderNo);
    if (m_config.bridgeEventUrl.isEmpty()) {
        finishOrder(orderNo);
        return;
    }
    const QJsonObject card =
        o->transaction.value(QStringLiteral("paymentMethod")).toObject().value(QStringLiteral("card")).toObject();
    o->result.refundEventId = QStringLiteral("evt-") + o->orderId + QStringLiteral("-R1");
    const QJsonObject event{
        {QStringLiteral("eventId"), o->result.refundEventId},
        {QStringLiteral("type"), QStringLiteral("refund.completed")},
        {QStringLiteral("occurredAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("shop"), m_config.shopName},
        {QStringLiteral("order"), orderJson(*o, QJsonArray{})},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("vendorTxCode"), o->result.refundVendorTxCode},
                     {QStringLiteral("transactionId"), o->result.refundTransactionId},
                     {QStringLiteral("referenceTransactionId"), o->result.transactionId},
                     {QStringLiteral("status"), QStringLiteral("Ok")},
                     {QStringLiteral("statusCode"), QStringLiteral("0000")},
                     {QStringLiteral("amount"), o->result.refundAmountMinor},
                     {QStringLiteral("currency"), m_config.currency},
                     {QStringLiteral("cardType"), card.value(QStringLiteral("cardType"))},
                     {QStringLiteral("lastFourDigits"), card.value(QStringLiteral("lastFourDigits"))}}},
    };
    postEvent(o->result.refundEventId, event, [this, orderNo](int status) {
        Order* order = m_orders.value(orderNo);
        if (!order) {
            return;
        }
        order->result.refundEventHttpStatus = status;
        finishOrder(orderNo);
    });
}

bool ShopSimulator::chosenForResend(const QString& eventId) const
{
    if (m_config.resendPercent <= 0 || m_config.resendCount <= 0) {
        return false;
    }
    if (m_config.resendPercent >= 100) {
        return true;
    }
    // Decided by the seed and the eventId alone, so that it does not depend on the order in
    // which concurrent orders reach this point.
    const QByteArray key = QByteArray::number(m_config.seed) + ':' + eventId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return static_cast<int>(qFromBigEndian<quint64>(digest.constData()) % 100) < m_config.resendPercent;
}

struct ShopSimulator::EventSending {
    QByteArray body;
    Headers headers;
    int firstStatus = 0;
    int resendsLeft = 0; ///< repeats not sent yet
    int pending = 0;     ///< requests in flight
    std::function<void(int status)> done;
};

void ShopSimulator::postEvent(const QString& eventId, const QJsonObject& event, std::function<void(int status)> done)
{
    auto sending = std::make_shared<EventSending>();
    sending->body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    // The shop's clock, as a real shop would use its own.
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    sending->headers = {{"X-Bridge-Timestamp", timestamp},
                        {"X-Bridge-Signature", signShopMessage(m_config.eventSecret, timestamp, sending->body)}};
    sending->resendsLeft = chosenForResend(eventId) ? m_config.resendCount : 0;
    sending->done = std::move(done);
    ++m_stats.eventsSent;
    sendEventCopy(sending, true);
    // The first repeat goes out at once, while the first sending may still be in flight; the
    // others one after another, each when the one before has been answered.
    if (sending->resendsLeft > 0) {
        sendEventCopy(sending, false);
    }
}

void ShopSimulator::sendEventCopy(const std::shared_ptr<EventSending>& sending, bool first)
{
    ++sending->pending;
    if (!first) {
        --sending->resendsLeft;
        ++m_stats.eventsResent;
    }
    request("POST", m_config.bridgeEventUrl, sending->body, kJson, sending->headers,
            [this, sending, first](int status, const QByteArray&) {
                --sending->pending;
                if (first) {
                    sending->firstStatus = status;
                    if (status >= 200 && status < 300) {
                        ++m_stats.eventsAccepted;
                    }
                } else if (sending->resendsLeft > 0) {
                    sendEventCopy(sending, false);
                }
                if (sending->pending == 0 && sending->resendsLeft == 0 && sending->done) {
                    const auto done = std::move(sending->done);
                    sending->done = nullptr;
                    done(sending->firstStatus);
                }
            });
}

void ShopSimulator::finishOrder(int orderNo, const QString& error)
{
    Order* o = m_orders.take(orderNo);
    if (!o) {
        return;
    }
    o->result.error = error;
    o->result.expected = expectedFor(o->result);
    if (!error.isEmpty()) {
        ++m_stats.errors;
    }
    ++m_stats.finished;
    m_results.append(o->result);
    const OrderResult result = o->result;
    delete o;
    Q_EMIT orderFinished(result);
    if (m_config.orderCount > 0 && m_stats.finished >= m_config.orderCount) {
        m_running = false;
        m_timer.stop();
        Q_EMIT allFinished();
    } else if (m_running && m_timer.isActive() == false &&
               (m_config.orderCount == 0 || m_stats.started < m_config.orderCount)) {
        m_timer.start();
    }
}

} // namespace bridge::sandbox::shop
