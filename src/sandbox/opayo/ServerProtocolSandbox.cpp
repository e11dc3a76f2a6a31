// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/ServerProtocolSandbox.h"

#include "core/Clock.h"
#include "core/Currency.h"
#include "core/Money.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace bridge::sandbox::opayo {

namespace {

SandboxResponse lines(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        body += name.toLatin1() + '=' + value.toLatin1() + "\r\n";
    }
    return SandboxResponse{200, "text/plain; charset=ISO-8859-1", {}, body};
}

SandboxResponse refuse(const QString& status, const QString& detail)
{
    return lines({{QStringLiteral("VPSProtocol"), QStringLiteral("4.00")},
                  {QStringLiteral("Status"), status},
                  {QStringLiteral("StatusDetail"), detail}});
}

/// Form fields as the classic protocols send them: '+' is a space, values percent-encoded.
QHash<QString, QString> formFields(const QByteArray& body)
{
    QHash<QString, QString> out;
    for (const QByteArray& pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0) {
            continue;
        }
        QByteArray value = pair.mid(eq + 1);
        value.replace('+', ' ');
        out.insert(QString::fromLatin1(pair.left(eq)), QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

} // namespace

ServerProtocolSandbox::ServerProtocolSandbox(const OpayoSandboxConfig& config, SandboxLedger& ledger,
                                             const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{}

SandboxResponse ServerProtocolSandbox::handleRegister(const SandboxRequest& request)
{
    const QHash<QString, QString> f = formFields(request.body);
    for (const char* required :
         {"VPSProtocol", "TxType", "Vendor", "VendorTxCode", "Amount", "Currency", "Description", "NotificationURL"}) {
        if (f.value(QString::fromLatin1(required)).isEmpty()) {
            return refuse(QStringLiteral("MALFORMED"),
                          QStringLiteral("3000 : The %1 field is missing.").arg(QString::fromLatin1(required)));
        }
    }
    if (f.value(QStringLiteral("Vendor")).compare(m_config.vendorName, Qt::CaseInsensitive) != 0) {
        return refuse(QStringLiteral("INVALID"), QStringLiteral("4009 : The Vendor name is not recognised."));
    }
    const QString txType = f.value(QStringLiteral("TxType")).toUpper();
    if (txType != QLatin1String("PAYMENT") && txType != QLatin1String("DEFERRED")) {
        return refuse(QStringLiteral("INVALID"), QStringLiteral("4006 : The TxType is not supported on this account."));
    }
    const auto currency = Currency::fromCode(f.value(QStringLiteral("Currency")));
    if (!currency) {
        return refuse(QStringLiteral("INVALID"),
                      QStringLiteral("4008 : The Currency is not supported on this account."));
    }
    const auto amount = Money::parse(f.value(QStringLiteral("Amount")), *currency);
    if (!amount || amount->minorUnits() <= 0) {
        return refuse(QStringLiteral("INVALID"), QStringLiteral("3006 : The Amount is not valid for this currency."));
    }
    const QUrl notificationUrl(f.value(QStringLiteral("NotificationURL")));
    if (!notificationUrl.isValid() || notificationUrl.scheme().isEmpty()) {
        return refuse(QStringLiteral("INVALID"), QStringLiteral("5007 : The NotificationURL is not a valid URL."));
    }
    const QString vendorTxCode = f.value(QStringLiteral("VendorTxCode"));
    if (m_ledger.byVendorTxCode.contains(vendorTxCode)) {
        return refuse(QStringLiteral("INVALID"),
                      QStringLiteral("4042 : The VendorTxCode has been used before for another transaction."));
    }
    SandboxTransaction tx;
    tx.id = m_ledger.newGuid();
    tx.protocol = QStringLiteral("Server");
    tx.type = txType == QLatin1String("PAYMENT") ? QStringLiteral("Payment") : QStringLiteral("Deferred");
    tx.vendorTxCode = vendorTxCode;
    tx.amount = amount->minorUnits();
    tx.currency = currency->code();
    tx.description = f.value(QStringLiteral("Description"));
    tx.status = QStringLiteral("Registered");
    tx.statusCode = QStringLiteral("2011");
    tx.securityKey = m_ledger.newSecurityKey();
    tx.createdMs = m_clock.nowMsecs();
    tx.customerFirstName = f.value(QStringLiteral("BillingFirstnames"));
    tx.customerLastName = f.value(QStringLiteral("BillingSurname"));
    tx.acquirer = m_config.acquirer;
    m_ledger.add(tx);
    m_notificationUrls.insert(tx.id, notificationUrl);
    const QString vps = QLatin1Char('{') + tx.id + QLatin1Char('}');
    return lines(
        {{QStringLiteral("VPSProtocol"), QStringLiteral("4.00")},
         {QStringLiteral("Status"), QStringLiteral("OK")},
         {QStringLiteral("StatusDetail"), QStringLiteral("2014 : The Transaction was Registered Successfully.")},
         {QStringLiteral("VPSTxId"), vps},
         {QStringLiteral("SecurityKey"), tx.securityKey},
         {QStringLiteral("NextURL"),
          m_baseUrl + payPath() + QStringLiteral("?VPSTxId=") + QString::fromLatin1(QUrl::toPercentEncoding(vps))}});
}

SandboxResponse ServerProtocolSandbox::handlePay(const SandboxRequest& request)
{
    QHash<QString, QString> f = formFields(request.body);
    const QString vps =
        f.value(QStringLiteral("VPSTxId"), request.query.queryItemValue(QStringLiteral("VPSTxId"), QUrl::FullyDecoded));
    const QString outcome = f.value(QStringLiteral("Outcome"), QStringLiteral("OK"));
    if (!pay(vps, outcome)) {
        return SandboxResponse{404, "text/plain; charset=utf-8", {}, "Unknown or already paid VPSTxId\n"};
    }
    return SandboxResponse{200, "text/plain; charset=utf-8", {}, "Payment recorded; notification sent\n"};
}

bool ServerProtocolSandbox::pay(const QString& vpsTxId, const QString& outcome)
{
    QString id = vpsTxId.trimmed();
    id.remove(QLatin1Char('{'));
    id.remove(QLatin1Char('}'));
    SandboxTransaction* tx = m_ledger.find(id.toUpper());
    if (!tx || tx->protocol != QLatin1String("Server") || tx->status != QLatin1String("Registered")) {
        return false;
    }
    const QString o = outcome.toUpper();
    tx->completedMs = m_clock.nowMsecs();
    tx->cardType = QStringLiteral("Visa");
    tx->lastFour = QStringLiteral("0006");
    tx->expiryDate = QStringLiteral("0730");
    tx->threeDSecureStatus = QStringLiteral("Authenticated");
    tx->avsStatus = QStringLiteral("AllMatched");
    tx->avsAddress = tx->avsPostalCode = tx->avsSecurityCode = QStringLiteral("Matched");
    if (o == QLatin1String("OK")) {
        tx->status = QStringLiteral("Ok");
        tx->statusCode = QStringLiteral("0000");
        tx->retrievalReference = m_ledger.nextRetrievalReference();
        tx->bankAuthorisationCode = QStringLiteral("999777");
        tx->bankResponseCode = QStringLiteral("00");
    } else if (o == QLatin1String("NOTAUTHED")) {
        tx->status = QStringLiteral("NotAuthed");
        tx->statusCode = QStringLiteral("2000");
        tx->bankResponseCode = QStringLiteral("05");
    } else if (o == QLatin1String("REJECTED")) {
        tx->status = QStringLiteral("Rejected");
        tx->statusCode = QStringLiteral("2001");
    } else {
        tx->status = QStringLiteral("Abort");
        tx->statusCode = QStringLiteral("2006");
    }
    m_outcomes.insert(tx->id,
                      o == QLatin1String("OK") || o == QLatin1String("NOTAUTHED") || o == QLatin1String("REJECTED")
                          ? o
                          : QStringLiteral("ABORT"));
    m_deliveries.insert(tx->id, Delivery{QLatin1Char('{') + tx->id + QLatin1Char('}'), 0, false, {}, {}});
    QTimer::singleShot(0, this, [this, txId = tx->id] { send(txId); });
    return true;
}

QList<QPair<QString, QString>> ServerProtocolSandbox::notificationFields(const SandboxTransaction& tx) const
{
    const QString status = m_outcomes.value(tx.id, QStringLiteral("OK"));
    const bool ok = status == QLatin1String("OK");
    QList<QPair<QString, QString>> f{
        {QStringLiteral("VPSProtocol"), QStringLiteral("4.00")},
        {QStringLiteral("TxType"), tx.type.toUpper()},
        {QStringLiteral("VendorTxCode"), tx.vendorTxCode},
        {QStringLiteral("VPSTxId"), QLatin1Char('{') + tx.id + QLatin1Char('}')},
        {QStringLiteral("Status"), status},
        {QStringLiteral("StatusDetail"), ok ? QStringLiteral("0000 : The Authorisation was Successful.")
                                            : QStringLiteral("2000 : The Authorisation was Declined by the bank.")},
        {QStringLiteral("TxAuthNo"), ok ? QString::number(tx.retrievalReference) : QString()},
        {QStringLiteral("AVSCV2"), QStringLiteral("ALL MATCH")},
        {QStringLiteral("AddressResult"), QStringLiteral("MATCHED")},
        {QStringLiteral("PostCodeResult"), QStringLiteral("MATCHED")},
        {QStringLiteral("CV2Result"), QStringLiteral("MATCHED")},
        {QStringLiteral("GiftAid"), QStringLiteral("0")},
        {QStringLiteral("3DSecureStatus"), QStringLiteral("OK")},
        {QStringLiteral("CAVV"), QStringLiteral("AAABARR5kwAAAAAAAAAAAAAAAAA=")},
        {QStringLiteral("AddressStatus"), QString()},
        {QStringLiteral("PayerStatus"), QString()},
        {QStringLiteral("CardType"), QStringLiteral("VISA")},
        {QStringLiteral("Last4Digits"), tx.lastFour},
        {QStringLiteral("DeclineCode"), ok ? QStringLiteral("00") : QStringLiteral("05")},
        {QStringLiteral("ExpiryDate"), tx.expiryDate},
        {QStringLiteral("FraudResponse"), QString()},
        {QStringLiteral("BankAuthCode"), ok ? tx.bankAuthorisationCode : QString()},
        {QStringLiteral("ACSTransID"), QString()},
        {QStringLiteral("DSTransID"), QString()},
        {QStringLiteral("SchemeTraceID"), QString()},
    };
    auto value = [&f](const char* name) {
        for (const auto& [k, v] : f) {
            if (k == QLatin1String(name)) {
                return v;
            }
        }
        return QString();
    };
    // opayo-api.md §2.2: plain concatenation, lower-case vendor, SecurityKey from registration.
    QString plain = value("VPSTxId") + value("VendorTxCode") + value("Status") + value("TxAuthNo") +
                    m_config.vendorName.toLower() + value("AVSCV2") + tx.securityKey + value("AddressResult") +
                    value("PostCodeResult") + value("CV2Result") + value("GiftAid") + value("3DSecureStatus") +
                    value("CAVV") + value("AddressStatus") + value("PayerStatus") + value("CardType") +
                    value("Last4Digits") + value("DeclineCode") + value("ExpiryDate") + value("FraudResponse") +
                    value("BankAuthCode") + value("ACSTransID") + value("DSTransID") + value("SchemeTraceID");
    f.append(
        {QStringLiteral("VPSSignature"),
         QString::fromLatin1(QCryptographicHash::hash(plain.toUtf8(), QCryptographicHash::Md5).toHex().toUpper())});
    return f;
}

void ServerProtocolSandbox::send(const QString& vpsTxId)
{
    const SandboxTransaction* tx = m_ledger.find(vpsTxId);
    auto delivery = m_deliveries.find(vpsTxId);
    if (!tx || delivery == m_deliveries.end()) {
        return;
    }
    QByteArray body;
    for (const auto& [name, value] : notificationFields(*tx)) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest request(m_notificationUrls.value(vpsTxId));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_config.notificationTimeoutMs);
    ++delivery->attempts;
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, vpsTxId] {
        reply->deleteLater();
        auto d = m_deliveries.find(vpsTxId);
        if (d == m_deliveries.end()) {
            return;
        }
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString status;
        QString redirect;
        if (http == 200) {
            for (const QByteArray& line : reply->readAll().split('\n')) {
                const QByteArray l = line.trimmed();
                if (l.startsWith("Status=")) {
                    status = QString::fromLatin1(l.mid(7));
                } else if (l.toLower().startsWith("redirecturl=")) {
                    redirect = QString::fromLatin1(l.mid(12));
                }
            }
        } else {
            status = http > 0 ? QStringLiteral("HTTP %1").arg(http) : QStringLiteral("transport");
        }
        d->lastReplyStatus = status;
        d->redirectUrl = redirect;
        if (status == QLatin1String("OK")) {
            d->acknowledged = true;
            Q_EMIT notificationFinished(d->vpsTxId, true, d->attempts);
            return;
        }
        if (d->attempts < m_config.notificationAttempts) {
            QTimer::singleShot(m_config.notificationRetryMs, this, [this, vpsTxId] { send(vpsTxId); });
            return;
        }
        // Opayo cancels the transaction when the vendor never confirms it (txstate 9).
        if (SandboxTransaction* t = m_ledger.find(vpsTxId)) {
            t->status = QStringLiteral("Error");
            t->statusCode = QStringLiteral("5006");
        }
        Q_EMIT notificationFinished(d->vpsTxId, false, d->attempts);
    });
}

} // namespace bridge::sandbox::opayo
