// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/PiJob.h"

#include "logging/Log.h"
#include "opayo/PiJsonParser.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace bridge::opayo {

PiJob::PiJob(QNetworkAccessManager* manager, const PiConfig& config, QByteArray method, QString resource,
             QByteArray body, Answer answer, QObject* parent)
    : NetworkJob(manager, parent)
    , m_config(config)
    , m_method(std::move(method))
    , m_resource(std::move(resource))
    , m_body(std::move(body))
    , m_answer(answer)
{
    setTimeoutMs(config.timeoutMs);
}

QNetworkReply* PiJob::send(QNetworkAccessManager& manager)
{
    QNetworkRequest request(m_config.url(m_resource));
    const QByteArray credentials = (m_config.integrationKey + QLatin1Char(':') + m_config.integrationPassword).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    log::get("opayo")->debug("{} {}", m_method.toStdString(), m_resource.toStdString());
    return manager.sendCustomRequest(request, m_method, m_body);
}

Result<void> PiJob::parse(const net::HttpResponse& response)
{
    if (response.status < 200 || response.status > 299) {
        const QList<PiJsonParser::FieldError> errors = PiJsonParser::parseErrors(response.body);
        m_opayoCode = errors.isEmpty() ? 0 : errors.first().code;
        Error e = PiJsonParser::errorFor(response.status, response.body);
        if (e.isTransient()) {
            e.retryAfterSeconds = response.retryAfterSeconds();
        }
        log::get("opayo")->info("{} {} failed: HTTP {} code {}", m_method.toStdString(), m_resource.toStdString(),
                                response.status, m_opayoCode);
        return fail(e);
    }
    if (m_answer == Answer::Instruction) {
        auto parsed = PiJsonParser::parseInstruction(response.body);
        if (!parsed) {
            return fail(parsed.error());
        }
        m_instruction = *parsed;
        return {};
    }
    auto parsed = PiJsonParser::parseTransaction(response.body);
    if (!parsed) {
        return fail(parsed.error());
    }
    m_transaction = *parsed;
    return {};
}

} // namespace bridge::opayo
