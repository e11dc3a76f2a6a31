// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "net/NetworkJob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

namespace bridge::net {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<int> HttpResponse::retryAfterSeconds() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok) {
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid()) {
        return std::nullopt;
    }
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return static_cast<int>(qMax<qint64>(0, delta));
}

NetworkJob::NetworkJob(QNetworkAccessManager* manager, QObject* parent) : QObject(parent), m_manager(manager)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkJob::onTimeout);
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    m_reply = send(*m_manager);
    if (!m_reply) {
        finish(Error::permanent(QStringLiteral("net.no_request"),
                                tr("The request to %1 could not be created.").arg(serviceName())));
        return;
    }
    connect(m_reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
    if (m_timeoutMs > 0) {
        m_timer.start(m_timeoutMs);
    }
}

void NetworkJob::abort()
{
    if (m_finished) {
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish(Error::transient(QStringLiteral("net.aborted"),
                            tr("The call to %1 was cancelled before it finished; it may or may not have taken "
                               "effect there.")
                                .arg(serviceName())));
}

void NetworkJob::onTimeout()
{
    if (m_finished) {
        return;
    }
    m_timedOut = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish(Error::transient(QStringLiteral("net.timeout"),
                            tr("%1 did not answer within %L2 seconds. The request may or may not have taken effect; it "
                               "will be checked and tried again.")
                                .arg(serviceName())
                                .arg(m_timeoutMs / 1000.0, 0, 'g', 3)));
}

void NetworkJob::onReplyFinished()
{
    if (m_finished || !m_reply) {
        return;
    }
    QNetworkReply* reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        // No HTTP answer at all: refused, reset, DNS, TLS…
        finish(transportError(reply->error(), reply->errorString(), serviceName()));
        return;
    }
    HttpResponse response;
    response.status = status.toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    m_response = response;
    Result<void> parsed = parse(response);
    finish(parsed ? std::nullopt : std::optional<Error>(parsed.error()));
}

void NetworkJob::finish(std::optional<Error> error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
    m_error = std::move(error);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(this);
}

Error NetworkJob::httpStatusError(const HttpResponse& response, const QString& service)
{
    const int s = response.status;
    const QString detail = QStringLiteral("HTTP %1: %2").arg(s).arg(QString::fromUtf8(response.body.left(300)));
    if (s == 408 || s == 429 || (s >= 500 && s <= 599)) {
        Error e = Error::transient(
            QStringLiteral("net.http_%1").arg(s),
            tr("%1 is temporarily unavailable (HTTP %2); the request will be tried again.").arg(service).arg(s),
            detail);
        e.retryAfterSeconds = response.retryAfterSeconds();
        return e;
    }
    if (s == 401 || s == 403) {
        return Error::configuration(QStringLiteral("net.http_%1").arg(s),
                                    tr("%1 refused the credentials (HTTP %2). Check the user name and password in "
                                       "Settings.")
                                        .arg(service)
                                        .arg(s),
                                    detail);
    }
    return Error::permanent(QStringLiteral("net.http_%1").arg(s),
                            tr("%1 rejected the request (HTTP %2).").arg(service).arg(s), detail);
}

Error NetworkJob::transportError(QNetworkReply::NetworkError code, const QString& detail, const QString& service)
{
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive)) {
            return Error::security(QStringLiteral("net.tls"),
                                   tr("The TLS certificate of %1 could not be verified, so nothing was sent. Check "
                                      "the address in Settings and the system's certificate store.")
                                       .arg(service),
                                   detail);
        }
        break;
    default:
        break;
    }
    return Error::transient(QStringLiteral("net.transport"),
                            tr("Could not reach %1: %2. The request will be tried again.").arg(service, detail),
                            QStringLiteral("QNetworkReply::NetworkError %1").arg(int(code)));
}

} // namespace bridge::net
