// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Talks raw HTTP to the in-process Opayo sandbox in tests: the shopper's side of a payment
// (merchant session key, card identifier, transaction), so that the client under test has
// something to refund, void or release. Independent of src/opayo.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

namespace bridge::test {

class PiTestHelper
{
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonObject json;
    };

    struct Card {
        QString number = QStringLiteral("4929000000006");
        QString cardholderName = QStringLiteral("SAM JONES");
        QString expiryDate = QStringLiteral("0330");
        QString securityCode = QStringLiteral("123");
    };

    PiTestHelper(QString piBaseUrl, const QString& key, const QString& password);

    /// One request; waits at most 10 s. status 0 means no HTTP answer.
    Reply call(const QByteArray& method, const QString& path, const QByteArray& body,
               const QByteArray& authorization = {});
    Reply callJson(const QByteArray& method, const QString& path, const QJsonObject& body)
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QString sessionKey(const QString& vendor = QStringLiteral("sandbox"));
    /// Returns {sessionKey, cardIdentifier}, empty on failure.
    QPair<QString, QString> tokenise(const Card& card);
    /// A complete Payment/Deferred/Authenticate request body for a tokenised card.
    static QJsonObject paymentBody(const QString& type, const QPair<QString, QString>& token,
                                   const QString& vendorTxCode, qint64 amount,
                                   const QString& currency = QStringLiteral("GBP"));
    /// Creates a transaction and returns the 201 answer (or whatever came back).
    Reply pay(const QString& type, qint64 amount, const QString& vendorTxCode, const Card& card);
    Reply pay(const QString& type, qint64 amount, const QString& vendorTxCode)
    {
        return pay(type, amount, vendorTxCode, Card{});
    }

    QByteArray basic() const { return m_basic; }

private:
    QNetworkAccessManager m_nam;
    QString m_base;
    QByteArray m_basic;
};

} // namespace bridge::test
