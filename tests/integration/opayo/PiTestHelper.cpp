// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "PiTestHelper.h"

#include <QNetworkReply>
#include <QSignalSpy>

namespace bridge::test {

PiTestHelper::PiTestHelper(QString piBaseUrl, const QString& key, const QString& password)
    : m_base(std::move(piBaseUrl))
    , m_basic("Basic " + (key + QLatin1Char(':') + password).toUtf8().toBase64())
{}

PiTestHelper::Reply PiTestHelper::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                       const QByteArray& authorization)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setRawHeader("Authorization", authorization.isEmpty() ? m_basic : authorization);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        done.wait(10'000);
    }
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

QString PiTestHelper::sessionKey(const QString& vendor)
{
    const Reply r =
        callJson("POST", QStringLiteral("/merchant-session-keys"), QJsonObject{{QStringLiteral("vendorName"), vendor}});
    return r.json.value(QStringLiteral("merchantSessionKey")).toString();
}

QPair<QString, QString> PiTestHelper::tokenise(const Card& card)
{
    const QString msk = sessionKey();
    if (msk.isEmpty()) {
        return {};
    }
    const QJsonObject details{{QStringLiteral("cardholderName"), card.cardholderName},
                              {QStringLiteral("cardNumber"), card.number},
                              {QStringLiteral("expiryDate"), card.expiryDate},
                              {QStringLiteral("securityCode"), card.securityCode}};
    const Reply r =
        call("POST", QStringLiteral("/card-identifiers"),
             QJsonDocument(QJsonObject{{QStringLiteral("cardDetails"), details}}).toJson(), "Bearer " + msk.toLatin1());
    return {msk, r.json.value(QStringLiteral("cardIdentifier")).toString()};
}

QJsonObject PiTestHelper::paymentBody(const QString& type, const QPair<QString, QString>& token,
                                      const QString& vendorTxCode, qint64 amount, const QString& currency)
{
    return QJsonObject{
        {QStringLiteral("transactionType"), type},
        {QStringLiteral("paymentMethod"),
         QJsonObject{{QStringLiteral("card"), QJsonObject{{QStringLiteral("merchantSessionKey"), token.first},
                                                          {QStringLiteral("cardIdentifier"), token.second}}}}},
        {QStringLiteral("vendorTxCode"), vendorTxCode},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("description"), QStringLiteral("Test order")},
        {QStringLiteral("customerFirstName"), QStringLiteral("Sam")},
        {QStringLiteral("customerLastName"), QStringLiteral("Jones")},
        {QStringLiteral("billingAddress"), QJsonObject{{QStringLiteral("address1"), QStringLiteral("88 High Street")},
                                                       {QStringLiteral("city"), QStringLiteral("London")},
                                                       {QStringLiteral("postalCode"), QStringLiteral("412")},
                                                       {QStringLiteral("country"), QStringLiteral("GB")}}},
    };
}

PiTestHelper::Reply PiTestHelper::pay(const QString& type, qint64 amount, const QString& vendorTxCode, const Card& card)
{
    const auto token = tokenise(card);
    return callJson("POST", QStringLiteral("/transactions"), paymentBody(type, token, vendorTxCode, amount));
}

} // namespace bridge::test
