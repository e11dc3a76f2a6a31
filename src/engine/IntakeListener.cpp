// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/IntakeListener.h"

#include "logging/Log.h"
#include "store/Database.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

namespace bridge::engine {

/// The HTTP side, living on the listener's thread (with its own database connection).
class IntakeServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    IntakeServer(IntakeListener::Settings settings, std::shared_ptr<store::Database> database,
                 opayo::NotificationIntake::SecurityKeyLookup securityKeys)
        : m_settings(settings)
        , m_database(database)
        , m_handler(settings.handler, std::move(database), std::move(securityKeys))
    {}

    Q_INVOKABLE void begin()
    {
        const quint16 port = listen(m_settings.address, m_settings.port);
        if (port == 0) {
            Q_EMIT failed(
                Error::configuration(QStringLiteral("intake.listen"),
                                     IntakeHandler::tr("The listener cannot use %1:%2; another program may be "
                                                       "using the port. Choose another one with the setting "
                                                       "intake/port.")
                                         .arg(m_settings.address.toString())
                                         .arg(m_settings.port)));
            return;
        }
        log::get("intake")->info("listening on {}:{}", m_settings.address.toString().toStdString(), port);
        Q_EMIT listening(port);
    }

    Q_INVOKABLE void end()
    {
        for (QTcpServer* server : servers()) {
            server->close();
        }
        m_database->closeThreadConnection();
    }

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const bridge::Error& error);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            method = "POST";
            break;
        default:
            method = "OTHER";
            break;
        }
        const net::HttpReply reply =
            m_handler.handle(method, request.url().path(), request.value(opayo::PaymentEventVerifier::kTimestampHeader),
                             request.value(opayo::PaymentEventVerifier::kSignatureHeader), request.body());
        QHttpServerResponder responder = makeResponder(request, socket);
        reply.writeTo(responder);
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        net::HttpReply{404, "text/plain", {}, "Not found\n"}.writeTo(responder);
    }

private:
    IntakeListener::Settings m_settings;
    std::shared_ptr<store::Database> m_database;
    IntakeHandler m_handler;
};

IntakeListener::IntakeListener(Settings settings, std::shared_ptr<store::Database> database,
                               opayo::NotificationIntake::SecurityKeyLookup securityKeys, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("intake"));
    m_server = new IntakeServer(std::move(settings), std::move(database), std::move(securityKeys));
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &IntakeServer::listening, this, [this](quint16 port) {
        m_port = port;
        Q_EMIT started(port);
    });
    connect(m_server, &IntakeServer::failed, this, &IntakeListener::startFailed);
    m_thread.start();
}

IntakeListener::~IntakeListener()
{
    QMetaObject::invokeMethod(m_server, "end", Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void IntakeListener::start()
{
    QMetaObject::invokeMethod(m_server, "begin", Qt::QueuedConnection);
}

} // namespace bridge::engine

#include "IntakeListener.moc"
