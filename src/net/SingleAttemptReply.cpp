// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "net/SingleAttemptReply.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>

namespace bridge::net {

namespace {

/// Decodes a chunked body; false while it is incomplete or malformed.
bool dechunk(const QByteArray& raw, QByteArray* out)
{
    out->clear();
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            return false;
        }
        QByteArray sizeText = raw.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0) {
            sizeText.truncate(semicolon);
        }
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            return true; // trailers, if any, are ignored
        }
        if (raw.size() < pos + size + 2) {
            return false;
        }
        out->append(raw.constData() + pos, size);
        pos += size + 2;
    }
}

} // namespace

SingleAttemptReply::SingleAttemptReply(const QNetworkRequest& request, QByteArray method, QByteArray body,
                                       QObject* parent)
    : QNetworkReply(parent)
    , m_method(std::move(method))
    , m_requestBody(std::move(body))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setOpenMode(QIODevice::ReadOnly);
    const QUrl url = request.url();
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    QAbstractSocket* socket = nullptr;
    if (tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setSslConfiguration(request.sslConfiguration());
        connect(ssl, &QSslSocket::encrypted, this, &SingleAttemptReply::sendRequest);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            failWith(QNetworkReply::SslHandshakeFailedError,
                     errors.isEmpty() ? tr("TLS handshake failed") : errors.first().errorString());
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &SingleAttemptReply::sendRequest);
    }
    m_socket = socket;
    connect(socket, &QAbstractSocket::readyRead, this, &SingleAttemptReply::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &SingleAttemptReply::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &SingleAttemptReply::onSocketError);
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    // Connect after the caller has had the chance to connect to our signals.
    QTimer::singleShot(0, this, [this, tls, host = url.host(), port] {
        if (m_done || !m_socket) {
            return;
        }
        if (tls) {
            static_cast<QSslSocket*>(m_socket.data())->connectToHostEncrypted(host, port);
        } else {
            m_socket->connectToHost(host, port);
        }
    });
}

SingleAttemptReply::~SingleAttemptReply() = default;

void SingleAttemptReply::sendRequest()
{
    const QUrl url = request().url();
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty()) {
        target = "/";
    }
    QByteArray head = m_method + ' ' + target + " HTTP/1.1\r\n";
    head += "Host: " + url.host().toUtf8();
    if (url.port() > 0) {
        head += ':' + QByteArray::number(url.port());
    }
    head += "\r\nConnection: close\r\n";
    bool hasAccept = false;
    for (const QByteArray& name : request().rawHeaderList()) {
        hasAccept = hasAccept || name.compare("Accept", Qt::CaseInsensitive) == 0;
        head += name + ": " + request().rawHeader(name) + "\r\n";
    }
    if (!hasAccept) {
        head += "Accept: */*\r\n";
    }
    if (!m_requestBody.isEmpty() || m_method == "POST" || m_method == "PUT") {
        const QVariant type = request().header(QNetworkRequest::ContentTypeHeader);
        if (type.isValid()) {
            head += "Content-Type: " + type.toByteArray() + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(m_requestBody.size()) + "\r\n";
    }
    head += "\r\n";
    m_socket->write(head + m_requestBody);
}

void SingleAttemptReply::onReadyRead()
{
    if (m_done || !m_socket) {
        return;
    }
    m_received += m_socket->readAll();
    if (m_received.size() > 64 * 1024 * 1024) {
        failWith(QNetworkReply::ProtocolFailure, tr("The answer is larger than 64 MiB."));
        return;
    }
    if (tryComplete(false)) {
        done();
    }
}

void SingleAttemptReply::onDisconnected()
{
    if (m_done) {
        return;
    }
    if (m_socket) {
        m_received += m_socket->readAll();
    }
    if (tryComplete(true)) {
        done();
        return;
    }
    // Closed before a whole answer: the other side may or may not have acted. Never re-sent here.
    failWith(QNetworkReply::RemoteHostClosedError, m_received.isEmpty()
                                                       ? tr("The connection closed before any answer arrived")
                                                       : tr("The connection closed in the middle of the answer"));
}

void SingleAttemptReply::onSocketError()
{
    if (m_done || !m_socket) {
        return;
    }
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    const NetworkError code =
        m_socket->error() == QAbstractSocket::ConnectionRefusedError ? QNetworkReply::ConnectionRefusedError
        : m_socket->error() == QAbstractSocket::HostNotFoundError    ? QNetworkReply::HostNotFoundError
        : m_socket->error() == QAbstractSocket::SocketTimeoutError   ? QNetworkReply::TimeoutError
                                                                     : QNetworkReply::UnknownNetworkError;
    failWith(code, m_socket->errorString());
}

bool SingleAttemptReply::tryComplete(bool connectionClosed)
{
    const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return false;
    }
    const QList<QByteArray> lines = m_received.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
    if (!ok || !statusLine.first().startsWith("HTTP/1.")) {
        failWith(QNetworkReply::ProtocolFailure, tr("The answer does not start with an HTTP status line."));
        return false;
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            contentLength = value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            chunked = value.toLower().contains("chunked");
        }
    }
    const QByteArray raw = m_received.mid(headEnd + 4);
    QByteArray body;
    if (chunked) {
        if (!dechunk(raw, &body)) {
            return false;
        }
    } else if (contentLength >= 0) {
        if (raw.size() < contentLength) {
            return false;
        }
        body = raw.left(contentLength);
    } else if (!connectionClosed) {
        return false; // the body ends when the connection closes
    } else {
        body = raw;
    }
    m_body = body;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                 statusLine.size() > 2 ? QString::fromLatin1(statusLine.mid(2).join(' ')) : QString());
    for (const auto& [name, value] : headers) {
        setRawHeader(name, value);
    }
    if (status >= 400) {
        setError(status == 404 ? QNetworkReply::ContentNotFoundError : QNetworkReply::UnknownServerError,
                 QStringLiteral("HTTP %1").arg(status));
    }
    return true;
}

void SingleAttemptReply::failWith(NetworkError code, const QString& message)
{
    if (m_done) {
        return;
    }
    setError(code, message);
    Q_EMIT errorOccurred(code);
    done();
}

void SingleAttemptReply::done()
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    setFinished(true);
    Q_EMIT metaDataChanged();
    if (!m_body.isEmpty()) {
        Q_EMIT readyRead();
    }
    Q_EMIT finished();
}

void SingleAttemptReply::abort()
{
    if (m_done) {
        return;
    }
    failWith(QNetworkReply::OperationCanceledError, tr("The request was cancelled"));
}

qint64 SingleAttemptReply::bytesAvailable() const
{
    return m_body.size() - m_readPos + QIODevice::bytesAvailable();
}

qint64 SingleAttemptReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_readPos);
    if (n <= 0) {
        return m_done ? -1 : 0;
    }
    std::memcpy(data, m_body.constData() + m_readPos, size_t(n));
    m_readPos += n;
    return n;
}

} // namespace bridge::net
