// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// How many Pi requests per second the Opayo sandbox answers on loopback.
//   bench_opayo_sandbox [requests=20000] [connections=8]
// The sandbox runs on the main thread; a client thread keeps `connections` keep-alive sockets
// busy with one request in flight each: 3 GET /transactions/{id} for every POST
// /merchant-session-keys. Prints requests, seconds and requests/s.
#include "sandbox/opayo/OpayoSandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::opayo::SandboxTransaction;

namespace {

class Client : public QObject
{
    Q_OBJECT

public:
    Client(quint16 port, QByteArray transactionId, int total, int connections)
        : m_port(port)
        , m_id(std::move(transactionId))
        , m_total(total)
        , m_connections(connections)
    {}

    void run()
    {
        m_clock.start();
        for (int i = 0; i < m_connections; ++i) {
            auto* socket = new QTcpSocket(this);
            m_buffers.emplace_back();
            const std::size_t index = m_buffers.size() - 1;
            connect(socket, &QTcpSocket::connected, this, [this, socket] { sendNext(socket); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, index] { onData(socket, index); });
            socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        }
    }

    int ok = 0;
    int other = 0;
    qint64 elapsedMs = 0;

Q_SIGNALS:
    void done();

private:
    void sendNext(QTcpSocket* socket)
    {
        if (m_sent >= m_total) {
            return;
        }
        const QByteArray auth = "Authorization: Basic c2FuZGJveC1rZXk6c2FuZGJveC1wYXNzd29yZA==\r\n";
        QByteArray request;
        if (m_sent % 4 == 3) {
            const QByteArray body = R"({"vendorName":"sandbox"})";
            request = "POST /api/v1/merchant-session-keys HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth +
                      "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n\r\n" + body;
        } else {
            request = "GET /api/v1/transactions/" + m_id + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n";
        }
        ++m_sent;
        socket->write(request);
    }

    void onData(QTcpSocket* socket, std::size_t index)
    {
        QByteArray& buffer = m_buffers[index];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            const QByteArray head = buffer.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", at);
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
            if (buffer.size() < headerEnd + 4 + length) {
                return;
            }
            const bool good = head.startsWith("http/1.1 200") || head.startsWith("http/1.1 201");
            good ? ++ok : ++other;
            buffer.remove(0, headerEnd + 4 + length);
            if (ok + other >= m_total) {
                elapsedMs = m_clock.elapsed();
                Q_EMIT done();
                return;
            }
            sendNext(socket);
        }
    }

    quint16 m_port;
    QByteArray m_id;
    int m_total;
    int m_connections;
    int m_sent = 0;
    QElapsedTimer m_clock;
    std::vector<QByteArray> m_buffers;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 20'000;
    const int connections = argc > 2 ? QByteArray(argv[2]).toInt() : 8;
    if (total <= 0 || connections <= 0) {
        std::fprintf(stderr, "usage: bench_opayo_sandbox [requests] [connections]\n");
        return 2;
    }
    OpayoSandbox sandbox;
    const auto port = sandbox.listenOn();
    if (!port) {
        std::fprintf(stderr, "%s\n", qPrintable(port.error().message));
        return 1;
    }
    SandboxTransaction tx;
    tx.id = QStringLiteral("BENCH000-0000-0000-0000-000000000001");
    tx.type = QStringLiteral("Payment");
    tx.vendorTxCode = QStringLiteral("bench-1");
    tx.amount = 1'000;
    tx.currency = QStringLiteral("GBP");
    tx.status = QStringLiteral("Ok");
    tx.statusCode = QStringLiteral("0000");
    tx.cardType = QStringLiteral("Visa");
    tx.lastFour = QStringLiteral("0006");
    sandbox.ledger().add(tx);

    QThread thread;
    Client client(*port, tx.id.toLatin1(), total, connections);
    client.moveToThread(&thread);
    QObject::connect(
        &client, &Client::done, &app, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    thread.start();
    QMetaObject::invokeMethod(
        &client, [&client] { client.run(); }, Qt::QueuedConnection);
    app.exec();
    thread.quit();
    thread.wait();
    const double seconds = client.elapsedMs / 1000.0; // a duration, not money
    std::printf("sandbox Pi: %d requests (%d ok, %d other) over %d connections in %.3f s = %.0f requests/s\n",
                client.ok + client.other, client.ok, client.other, connections, seconds,
                seconds > 0 ? (client.ok + client.other) / seconds : 0.0);
    return client.other == 0 ? 0 : 1;
}

#include "BenchSandboxPi.moc"
