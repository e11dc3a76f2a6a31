// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "net/NetworkJob.h"
#include "opayo/OpayoConfig.h"
#include "opayo/ReportingRequest.h"
#include "opayo/ReportingTypes.h"

#include <optional>

namespace bridge::opayo {

/// One signed Reporting & Admin API command. After `finished` without error, the getter that
/// matches the command holds the answer.
class ReportingJob : public net::NetworkJob
{
    Q_OBJECT

public:
    ReportingJob(QNetworkAccessManager* manager, const ReportingConfig& config, QString command,
                 ReportingRequest::Params params, QObject* parent = nullptr);

    [[nodiscard]] const QString& command() const { return m_command; }
    [[nodiscard]] const std::optional<ReportingTransactionPage>& transactionPage() const { return m_page; }
    [[nodiscard]] const std::optional<ReportingTransactionDetail>& transactionDetail() const { return m_detail; }
    [[nodiscard]] const std::optional<QList<ReportingBatch>>& batches() const { return m_batches; }

protected:
    QNetworkReply* send(QNetworkAccessManager& manager) override;
    Result<void> parse(const net::HttpResponse& response) override;
    [[nodiscard]] QString serviceName() const override { return QStringLiteral("the Opayo Reporting API"); }

private:
    ReportingConfig m_config;
    QString m_command;
    ReportingRequest::Params m_params;
    std::optional<ReportingTransactionPage> m_page;
    std::optional<ReportingTransactionDetail> m_detail;
    std::optional<QList<ReportingBatch>> m_batches;
};

} // namespace bridge::opayo
