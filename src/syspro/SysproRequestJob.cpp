// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SysproRequestJob.h"

#include "net/SingleAttemptReply.h"
#include "syspro/SysproErrors.h"
#include "syspro/Windows1252.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace bridge::syspro {

SysproRequestJob::SysproRequestJob(QNetworkAccessManager* manager, Target target, QObject* parent)
    : net::NetworkJob(manager, parent)
    , m_target(std::move(target))
{}

QUrl SysproRequestJob::buildUrl(const QUrl& baseUrl, const QString& path,
                                const QList<QPair<QString, QString>>& parameters)
{
    QByteArray encoded = baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    encoded += '/';
    encoded += QUrl::toPercentEncoding(path, "/");
    char separator = '?';
    for (const auto& [name, value] : parameters) {
        encoded += separator;
        encoded += QUrl::toPercentEncoding(name);
        encoded += '=';
        encoded += QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QNetworkReply* SysproRequestJob::send(QNetworkAccessManager& manager)
{
    QNetworkRequest request(buildUrl(m_target.baseUrl, m_target.path, m_target.parameters));
    request.setRawHeader("Accept", "*/*");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Postings and setups change SYSPRO: sent exactly once (QNetworkAccessManager would re-send a
    // call whose connection dropped before the answer, and SYSPRO would book it again). A dropped
    // connection is an unknown outcome for the engine, which looks the document up first.
    if (m_target.path.startsWith(QLatin1String("Transaction/Post"), Qt::CaseInsensitive) ||
        m_target.path.startsWith(QLatin1String("Setup/"), Qt::CaseInsensitive)) {
        return new net::SingleAttemptReply(request, "GET", {}, this);
    }
    return manager.get(request);
}

Result<void> SysproRequestJob::parse(const net::HttpResponse& response)
{
    if (response.status != 200) {
        return fail(httpStatusError(response, serviceName()));
    }
    m_text = Windows1252::decodeBody(response.body);
    if (SysproErrors::isErrorBody(m_text)) {
        return fail(
            SysproErrors::fromErrorBody(m_text, m_target.description, m_target.businessObject, m_target.company));
    }
    return {};
}

} // namespace bridge::syspro
