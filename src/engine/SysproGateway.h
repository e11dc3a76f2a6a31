// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/LookupCache.h"
#include "syspro/SysproClient.h"
#include "syspro/SysproConfig.h"
#include "syspro/SysproCredentials.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QNetworkAccessManager;

namespace bridge::syspro {
class SysproSession;
} // namespace bridge::syspro

namespace bridge::engine {

/// The engine's one SYSPRO session (SYSPRO evicts a second logon of the same operator) and
/// the client on it. Lives on the SYSPRO thread with the poster; other threads reach it
/// only through lookUp(), which hops threads with queued calls.
/// The SYSPRO side of the engine on a thread of its own: the one session (every call queued
/// through it, one at a time) and the cached look-ups. The poster works on another thread and
/// hands its calls over with call(), so that recording one answer in the database never delays
/// sending the next call.
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
    [[nodiscard]] bool isLoggedOn() const { return *m_loggedOn; }
    /// The same, shared: a reader on another thread (the engine's health report) keeps the flag
    /// and never touches the gateway, which its own thread deletes when the engine stops.
    [[nodiscard]] std::shared_ptr<const std::atomic<bool>> loggedOnFlag() const { return m_loggedOn; }

    /// Thread-safe. Asks SYSPRO about the customer and stock codes the cache cannot answer and
    /// remembers the answers; `done` runs on `context`'s thread (dropped if it is gone).
    void lookUp(const QStringList& customers, const QStringList& stockCodes, QObject* context,
                std::function<void(Result<void>)> done);

    /// Thread-safe. Runs `start` with the client on the gateway's thread; the result comes back
    /// on `context`'s thread (dropped if `context` is gone). Counted in callsInFlight().
    template <typename T>
    void call(QObject* context,
              std::function<void(syspro::SysproClient&, QObject* guard, syspro::SysproClient::Done<T>)> start,
              syspro::SysproClient::Done<T> done)
    {
        ++m_callsInFlight;
        QPointer<QObject> target(context);
        syspro::SysproClient::Done<T> back = [this, target, done = std::move(done)](const Result<T>& result) {
            --m_callsInFlight;
            if (target) {
                QMetaObject::invokeMethod(
                    target.data(), [done, result] { done(result); }, Qt::QueuedConnection);
            }
        };
        QMetaObject::invokeMethod(
            this,
            [this, start = std::move(start), back = std::move(back)] {
                if (!m_client) {
                    back(fail(notReady()));
                    return;
                }
                start(*m_client, this, back);
            },
            Qt::QueuedConnection);
    }
    /// Calls handed over with call() and not yet answered (thread-safe).
    [[nodiscard]] int callsInFlight() const { return m_callsInFlight; }
    /// The SYSPRO company the session logged on to, or "?" before the first logon (thread-safe).
    [[nodiscard]] QString companyId() const;

    /// Logs off; `done` runs on the gateway's thread once SYSPRO has answered (or at once).
    void shutdown(std::function<void()> done);

Q_SIGNALS:
    void sessionLost();

private:
    static Error notReady();
    void lookUpHere(QStringList customers, QStringList stockCodes, std::function<void(Result<void>)> done);
    void nextLookUp();

    struct PendingLookup {
        QStringList customers;
        QStringList stockCodes;
        std::function<void(Result<void>)> done;
    };
    std::deque<PendingLookup> m_lookups;
    bool m_lookingUp = false;
    std::shared_ptr<std::atomic<bool>> m_loggedOn = std::make_shared<std::atomic<bool>>(false);
    std::atomic<int> m_callsInFlight{0};
    mutable std::mutex m_companyMutex;
    QString m_companyId;

    syspro::SysproConfig m_config;
    std::shared_ptr<const syspro::SysproCredentialsProvider> m_credentials;
    std::shared_ptr<LookupCache> m_cache;
    QNetworkAccessManager* m_network = nullptr;
    syspro::SysproSession* m_session = nullptr;
    syspro::SysproClient* m_client = nullptr;
};

} // namespace bridge::engine
