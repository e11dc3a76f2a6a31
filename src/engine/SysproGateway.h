// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/LookupCache.h"
#include "syspro/SysproConfig.h"
#include "syspro/SysproCredentials.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bridge::syspro {
class SysproClient;
class SysproSession;
} // namespace bridge::syspro

namespace bridge::engine {

/// The engine's one SYSPRO session (SYSPRO evicts a second logon of the same operator) and
/// the client on it. Lives on the SYSPRO thread with the poster; other threads reach it
/// only through lookUp(), which hops threads with queued calls.
class SysproGateway : public QObject
{
    Q_OBJECT

public:
    SysproGateway(syspro::SysproConfig config, std::shared_ptr<const syspro::SysproCredentialsProvider> credentials,
                  std::shared_ptr<LookupCache> cache, QObject* parent = nullptr);
    ~SysproGateway() override;

    /// Creates the network manager, session and client on the calling thread (the gateway's).
    void initialise();
    [[nodiscard]] syspro::SysproClient* client() const { return m_client; }
    [[nodiscard]] syspro::SysproSession* session() const { return m_session; }
    [[nodiscard]] LookupCache& cache() const { return *m_cache; }
    /// Whether the session is logged on now (thread-safe, for the engine's health).
    [[nodiscard]] bool isLoggedOn() const { return m_loggedOn; }

    /// Thread-safe. Asks SYSPRO about the customer and stock codes the cache cannot answer and
    /// remembers the answers; `done` runs on `context`'s thread (dropped if it is gone).
    void lookUp(const QStringList& customers, const QStringList& stockCodes, QObject* context,
                std::function<void(Result<void>)> done);

    /// Logs off; `done` runs on the gateway's thread once SYSPRO has answered (or at once).
    void shutdown(std::function<void()> done);

Q_SIGNALS:
    void sessionLost();

private:
    void lookUpHere(QStringList customers, QStringList stockCodes, std::function<void(Result<void>)> done);
    void nextLookUp();

    struct PendingLookup {
        QStringList customers;
        QStringList stockCodes;
        std::function<void(Result<void>)> done;
    };
    std::deque<PendingLookup> m_lookups;
    bool m_lookingUp = false;
    std::atomic<bool> m_loggedOn{false};

    syspro::SysproConfig m_config;
    std::shared_ptr<const syspro::SysproCredentialsProvider> m_credentials;
    std::shared_ptr<LookupCache> m_cache;
    QNetworkAccessManager* m_network = nullptr;
    syspro::SysproSession* m_session = nullptr;
    syspro::SysproClient* m_client = nullptr;
};

} // namespace bridge::engine
