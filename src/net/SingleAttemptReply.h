// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

class QAbstractSocket;

namespace bridge::net {

/// One HTTP/1.1 request on its own connection, sent exactly once.
///
/// QNetworkAccessManager re-sends a request by itself when the connection closes before any
/// answer arrives (up to three times, whatever the method; docs/architecture.md, "Known hazard").
/// For a call that changes something on the other side and has no key the other side checks
/// (a SYSPRO receipt), that can book it twice. This reply never re-sends: a connection that
/// closes before the answer is reported as RemoteHostClosedError, which the caller treats as an
/// unknown outcome (look the document up before posting again).
///
/// It behaves like the QNetworkReply the manager would return as far as NetworkJob uses it:
/// `finished`, the HTTP status attribute, raw headers, the body through read(), abort().
/// Plain HTTP and HTTPS (certificate checks on, as everywhere); `Connection: close`.
class SingleAttemptReply : public QNetworkReply
{
    Q_OBJECT

public:
    SingleAttemptReply(const QNetworkRequest& request, QByteArray method, QByteArray body, QObject* parent = nullptr);
    ~SingleAttemptReply() override;

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void sendRequest();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    /// Parses what arrived; true when a whole answer is there.
    bool tryComplete(bool connectionClosed);
    void failWith(NetworkError code, const QString& message);
    void done();

    QPointer<QAbstractSocket> m_socket;
    QByteArray m_method;
    QByteArray m_requestBody;
    QByteArray m_received;
    QByteArray m_body;
    qint64 m_readPos = 0;
    bool m_done = false;
};

} // namespace bridge::net
