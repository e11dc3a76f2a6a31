// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Money.h"
#include "opayo/OpayoConfig.h"
#include "opayo/PiJob.h"

#include <QCoreApplication>
#include <QObject>

namespace bridge::opayo {

struct RefundRequest {
    QString referenceTransactionId;
    QString vendorTxCode; ///< new and unique for this refund
    Money amount;
    QString description;
};

struct RepeatRequest {
    QString referenceTransactionId;
    QString vendorTxCode;
    Money amount;
    QString description;
};

/// What the bridge needs from the Pi REST API. Each call returns a job that has not started:
/// connect to `finished`, then call start(). Requests that Opayo would reject for their shape
/// (amount not positive, vendorTxCode too long) fail here, before anything is sent.
/// Jobs are children of the client; call deleteLater() on a job once its `finished` was handled.
class PiClient : public QObject
{
    Q_OBJECT

public:
    PiClient(QNetworkAccessManager* manager, PiConfig config, QObject* parent = nullptr);

    [[nodiscard]] const PiConfig& config() const { return m_config; }

    PiJob* getTransaction(const QString& transactionId);
    Result<PiJob*> refund(const RefundRequest& request);
    Result<PiJob*> repeat(const RepeatRequest& request);
    PiJob* voidTransaction(const QString& transactionId);
    PiJob* abortDeferred(const QString& transactionId);
    Result<PiJob*> releaseDeferred(const QString& transactionId, const Money& amount);
    PiJob* cancelAuthenticate(const QString& transactionId);
    /// Step 4 of the 3-D Secure v2 flow: forwards the `cres` the ACS posted back.
    PiJob* submitChallengeResult(const QString& transactionId, const QString& cRes);

private:
    Result<void> checkCommon(const QString& vendorTxCode, const Money& amount, const QString& description,
                             int descriptionMax) const;
    PiJob* make(QByteArray method, const QString& resource, const QByteArray& body, PiJob::Answer answer);
    PiJob* instruction(const QString& transactionId, const QString& type, const std::optional<Money>& amount);

    QNetworkAccessManager* m_manager;
    PiConfig m_config;
};

} // namespace bridge::opayo
