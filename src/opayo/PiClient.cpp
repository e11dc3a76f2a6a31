// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/PiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace bridge::opayo {

namespace {

QString idSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool validVendorTxCode(const QString& code)
{
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '.' ||
              u == '_' || u == '{' || u == '}')) {
            return false;
        }
    }
    return true;
}

} // namespace

PiClient::PiClient(QNetworkAccessManager* manager, PiConfig config, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_config(std::move(config))
{}

PiJob* PiClient::make(QByteArray method, const QString& resource, const QByteArray& body, PiJob::Answer answer)
{
    return new PiJob(m_manager, m_config, std::move(method), resource, body, answer, this);
}

Result<void> PiClient::checkCommon(const QString& vendorTxCode, const Money& amount, const QString& description,
                                   int descriptionMax) const
{
    if (vendorTxCode.isEmpty() || vendorTxCode.size() > 40 || !validVendorTxCode(vendorTxCode)) {
        return fail(Error::permanent(QStringLiteral("opayo.vendor_tx_code"),
                                     tr("The vendorTxCode \"%1\" cannot be sent to Opayo: it must be 1 to 40 letters, "
                                        "digits or - . _ { }.")
                                         .arg(vendorTxCode)));
    }
    if (amount.minorUnits() <= 0) {
        return fail(Error::permanent(
            QStringLiteral("opayo.amount"),
            tr("The amount %1 cannot be sent to Opayo: it must be more than zero.").arg(amount.toDecimalString())));
    }
    if (description.isEmpty() || description.size() > descriptionMax) {
        return fail(Error::permanent(QStringLiteral("opayo.description"),
                                     tr("The description must be 1 to %1 characters for Opayo; it has %2.")
                                         .arg(descriptionMax)
                                         .arg(description.size())));
    }
    return {};
}

PiJob* PiClient::getTransaction(const QString& transactionId)
{
    return make("GET", QStringLiteral("/transactions/") + idSegment(transactionId), {}, PiJob::Answer::Transaction);
}

Result<PiJob*> PiClient::refund(const RefundRequest& request)
{
    const auto ok = checkCommon(request.vendorTxCode, request.amount, request.description, 100);
    if (!ok) {
        return fail(ok.error());
    }
    const QJsonObject body{{QStringLiteral("transactionType"), QStringLiteral("Refund")},
                           {QStringLiteral("referenceTransactionId"), request.referenceTransactionId},
                           {QStringLiteral("vendorTxCode"), request.vendorTxCode},
                           {QStringLiteral("amount"), request.amount.minorUnits()},
                           {QStringLiteral("description"), request.description}};
    return make("POST", QStringLiteral("/transactions"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                PiJob::Answer::Transaction);
}

Result<PiJob*> PiClient::repeat(const RepeatRequest& request)
{
    const auto ok = checkCommon(request.vendorTxCode, request.amount, request.description, 40);
    if (!ok) {
        return fail(ok.error());
    }
    const QJsonObject credentialType{{QStringLiteral("cofUsage"), QStringLiteral("Subsequent")},
                                     {QStringLiteral("initiatedType"), QStringLiteral("MIT")},
                                     {QStringLiteral("mitType"), QStringLiteral("Unscheduled")}};
    const QJsonObject body{{QStringLiteral("transactionType"), QStringLiteral("Repeat")},
                           {QStringLiteral("referenceTransactionId"), request.referenceTransactionId},
                           {QStringLiteral("vendorTxCode"), request.vendorTxCode},
                           {QStringLiteral("amount"), request.amount.minorUnits()},
                           {QStringLiteral("currency"), request.amount.currency().code()},
                           {QStringLiteral("description"), request.description},
                           {QStringLiteral("credentialType"), credentialType}};
    return make("POST", QStringLiteral("/transactions"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                PiJob::Answer::Transaction);
}

PiJob* PiClient::instruction(const QString& transactionId, const QString& type, const std::optional<Money>& amount)
{
    QJsonObject body{{QStringLiteral("instructionType"), type}};
    if (amount) {
        body.insert(QStringLiteral("amount"), amount->minorUnits());
    }
    return make("POST", QStringLiteral("/transactions/") + idSegment(transactionId) + QStringLiteral("/instructions"),
                QJsonDocument(body).toJson(QJsonDocument::Compact), PiJob::Answer::Instruction);
}

PiJob* PiClient::voidTransaction(const QString& transactionId)
{
    return instruction(transactionId, QStringLiteral("void"), std::nullopt);
}

PiJob* PiClient::abortDeferred(const QString& transactionId)
{
    return instruction(transactionId, QStringLiteral("abort"), std::nullopt);
}

Result<PiJob*> PiClient::releaseDeferred(const QString& transactionId, const Money& amount)
{
    if (amount.minorUnits() <= 0) {
        return fail(
            Error::permanent(QStringLiteral("opayo.amount"),
                             tr("The release amount %1 must be more than zero.").arg(amount.toDecimalString())));
    }
    return instruction(transactionId, QStringLiteral("release"), amount);
}

PiJob* PiClient::cancelAuthenticate(const QString& transactionId)
{
    return instruction(transactionId, QStringLiteral("cancel"), std::nullopt);
}

PiJob* PiClient::submitChallengeResult(const QString& transactionId, const QString& cRes)
{
    const QJsonObject body{{QStringLiteral("cRes"), cRes}};
    return make("POST",
                QStringLiteral("/transactions/") + idSegment(transactionId) + QStringLiteral("/3d-secure-challenge"),
                QJsonDocument(body).toJson(QJsonDocument::Compact), PiJob::Answer::Transaction);
}

} // namespace bridge::opayo
