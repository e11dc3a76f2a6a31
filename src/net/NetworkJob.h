// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

namespace bridge::net {

/// A complete HTTP answer, whatever its status.
struct HttpResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// Header value by case-insensitive name; empty if absent.
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    /// Retry-After in seconds (delta-seconds or HTTP-date), if present and valid.
    [[nodiscard]] std::optional<int> retryAfterSeconds() const;
};

/// One call to a remote service (ownCloud's AbstractNetworkJob pattern): it has a timeout, can be
/// aborted, and emits `finished` exactly once, after which `error()` says whether it succeeded.
/// Transport failures (refused, reset, timeout, TLS) become transient errors here; subclasses
/// turn a complete HTTP answer into their typed result in `parse()`.
class NetworkJob : public QObject
{
    Q_OBJECT

public:
    explicit NetworkJob(QNetworkAccessManager* manager, QObject* parent = nullptr);
    ~NetworkJob() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

    /// Sends the request. Calling start() twice is a programming error.
    void start();
    /// Cancels the call; `finished` is emitted with a transient "net.aborted" error (unless the
    /// job had already finished). The remote side may or may not have acted on the request.
    void abort();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool succeeded() const { return m_finished && !m_error.has_value(); }
    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }
    /// The raw answer, when one arrived (also on HTTP errors), for the stage view and support.
    [[nodiscard]] const std::optional<HttpResponse>& response() const { return m_response; }
    /// How long the call took, in milliseconds, once finished.
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }

    /// Classifies an HTTP status that a protocol does not handle itself: 408, 429 and 5xx are
    /// transient (with Retry-After), anything else is permanent. `service` names the other side.
    static Error httpStatusError(const HttpResponse& response, const QString& service);
    /// Classifies a transport failure; all are transient.
    static Error transportError(QNetworkReply::NetworkError code, const QString& detail, const QString& service);

Q_SIGNALS:
    void finished(bridge::net::NetworkJob* job);

protected:
    /// Issue the request on `manager` and return the reply (the job owns it from then on).
    virtual QNetworkReply* send(QNetworkAccessManager& manager) = 0;
    /// A complete answer arrived: parse it into the subclass's result, or return a typed error.
    virtual Result<void> parse(const HttpResponse& response) = 0;
    /// The name of the other side for messages ("Opayo", "SYSPRO").
    [[nodiscard]] virtual QString serviceName() const = 0;

private:
    void onReplyFinished();
    void onTimeout();
    void finish(std::optional<Error> error);

    QNetworkAccessManager* m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    int m_timeoutMs = 30'000;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    qint64 m_startedAt = 0;
    qint64 m_elapsedMs = 0;
    std::optional<Error> m_error;
    std::optional<HttpResponse> m_response;
};

} // namespace bridge::net
