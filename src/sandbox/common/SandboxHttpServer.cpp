// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/common/SandboxHttpServer.h"

#include "net/HttpReply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace bridge::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

void writeResponse(QHttpServerResponder& responder, const SandboxResponse& response)
{
    net::HttpReply{response.status, response.contentType, response.headers, response.body}.writeTo(responder);
}

SandboxResponse plain(int status, const QByteArray& text)
{
    return SandboxResponse{status, "text/plain; charset=utf-8", {}, text};
}

} // namespace

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

SandboxHttpServer::SandboxHttpServer(QObject* parent) : QAbstractHttpServer(parent) {}

Result<quint16> SandboxHttpServer::start(const QHostAddress& address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        return fail(Error::configuration(
            QStringLiteral("sandbox.listen"),
            QStringLiteral("Cannot listen on %1:%2; is the port in use?").arg(address.toString()).arg(port)));
    }
    m_port = bound;
    m_address = address;
    return bound;
}

QString SandboxHttpServer::baseUrl() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
                             : m_address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();

    const FaultInjector::Decision decision = m_faults.next(r.path + QLatin1Char('?') + r.query.toString());
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);

    auto finish = [this, r, decision, responder, guard]() {
        if (!guard) {
            return; // the client went away while we waited
        }
        switch (decision.fault) {
        case FaultKind::ResetBefore:
        case FaultKind::Stall:
            guard->abort();
            return;
        case FaultKind::ServerError:
            writeResponse(*responder, faultResponse(FaultKind::ServerError, decision.serverErrorStatus, r));
            return;
        case FaultKind::RequestTimeout:
            writeResponse(*responder, faultResponse(FaultKind::RequestTimeout, 408, r));
            return;
        case FaultKind::ResetAfter: {
            // The request takes effect, but its answer is lost on the wire.
            const SandboxResponse ignored = handle(r);
            Q_UNUSED(ignored);
            guard->abort();
            return;
        }
        case FaultKind::None:
            break;
        }
        if (r.body.size() > m_maxBodyBytes) {
            writeResponse(*responder, plain(413, "Request body too large\n"));
            return;
        }
        writeResponse(*responder, handle(r));
    };

    if (decision.delayMs > 0) {
        QTimer::singleShot(decision.delayMs, this, finish);
    } else {
        finish();
    }
    return true;
}

SandboxResponse SandboxHttpServer::faultResponse(FaultKind kind, int status, const SandboxRequest& request)
{
    Q_UNUSED(request);
    return plain(status, kind == FaultKind::RequestTimeout ? "Injected fault: request timeout\n"
                                                           : "Injected fault: service unavailable\n");
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, plain(404, "Not found\n"));
}

} // namespace bridge::sandbox
