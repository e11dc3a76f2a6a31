// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/IntakeHandler.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

namespace bridge::engine {

class IntakeServer;

/// The listener on its own thread: a Qt HTTP server bound to localhost unless configured
/// otherwise, handing each request to an IntakeHandler (which commits to the inbox before the
/// answer goes out). The destructor stops the server and waits for the thread.
class IntakeListener : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; ///< 0 picks a free port
        IntakeHandler::Config handler;
    };

    IntakeListener(Settings settings, std::shared_ptr<store::Database> database,
                   opayo::NotificationIntake::SecurityKeyLookup securityKeys, QObject* parent = nullptr);
    ~IntakeListener() override;

    /// Starts listening; `started` or `startFailed` follows.
    void start();
    [[nodiscard]] quint16 port() const { return m_port; }

Q_SIGNALS:
    void started(quint16 port);
    void startFailed(const bridge::Error& error);

private:
    QThread m_thread;
    IntakeServer* m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace bridge::engine
