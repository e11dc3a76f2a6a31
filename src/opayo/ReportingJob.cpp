// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/ReportingJob.h"

#include "logging/Log.h"
#include "opayo/ReportingXmlParser.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace bridge::opayo {

ReportingJob::ReportingJob(QNetworkAccessManager* manager, const ReportingConfig& config, QString command,
                           ReportingRequest::Params params, QObject* parent)
    : NetworkJob(manager, parent)
    , m_config(config)
    , m_command(std::move(command))
    , m_params(std::move(params))
{
    setTimeoutMs(config.timeoutMs);
}

QNetworkReply* ReportingJob::send(QNetworkAccessManager& manager)
{
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray xml =
        ReportingRequest::xml(m_command, m_config.vendor, m_config.user, m_params, m_config.password);
    log::get("opayo")->debug("reporting {}", m_command.toStdString());
    return manager.post(request, ReportingRequest::formBody(xml));
}

Result<void> ReportingJob::parse(const net::HttpResponse& response)
{
    if (response.status != 200) {
        return fail(httpStatusError(response, serviceName()));
    }
    const auto root = ReportingXmlParser::parse(response.body);
    if (!root) {
        log::get("opayo")->info("reporting {} failed: {}", m_command.toStdString(), root.error().detail.toStdString());
        return fail(root.error());
    }
    if (m_command == QLatin1String("getTransactionList") || m_command == QLatin1String("getBatchDetail")) {
        auto page = ReportingXmlParser::transactionPage(*root);
        if (!page) {
            return fail(page.error());
        }
        m_page = *page;
    } else if (m_command == QLatin1String("getTransactionDetail")) {
        auto detail = ReportingXmlParser::transactionDetail(*root);
        if (!detail) {
            return fail(detail.error());
        }
        m_detail = *detail;
    } else if (m_command == QLatin1String("getBatchList")) {
        auto list = ReportingXmlParser::batches(*root);
        if (!list) {
            return fail(list.error());
        }
        m_batches = *list;
    }
    return {};
}

} // namespace bridge::opayo
