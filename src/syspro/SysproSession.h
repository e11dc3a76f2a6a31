// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/SysproCall.h"
#include "syspro/SysproConfig.h"
#include "syspro/SysproCredentials.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bridge::syspro {

class SysproRequestJob;

/// One e.net session for one operator. SYSPRO allows one session per operator (a second logon
/// evicts the first), so every call goes through this object's queue, one at a time, in the order
/// submitted. It logs on when the first call arrives, logs on again once when SYSPRO says the
/// UserId is invalid (and repeats that call, which SYSPRO refused without acting on it), retries
/// read-only calls after transient failures, and logs off on shutdown().
///
/// Callbacks run on this object's thread, and only while their context object is alive.
class SysproSession : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Result<QString>&)>;

    SysproSession(SysproConfig config, std::shared_ptr<const SysproCredentialsProvider> credentials,
                  QNetworkAccessManager* manager, QObject* parent = nullptr);
    ~SysproSession() override;

    /// Queues a call. `done` receives the decoded XmlOut, or a typed error.
    void submit(const SysproCall& call, QObject* context, Callback done);

    /// Stops taking calls, lets queued calls finish, logs off, then emits shutdownFinished().
    void shutdown();

    [[nodiscard]] const SysproConfig& config() const { return m_config; }
    [[nodiscard]] bool isLoggedOn() const { return !m_token.isEmpty(); }
    [[nodiscard]] int pendingCalls() const { return int(m_queue.size()); }
    /// How many logons this session has made (1 normally; more after evictions).
    [[nodiscard]] int logonCount() const { return m_logonCount; }
    /// Company and operator of the last logon, for messages.
    [[nodiscard]] QString companyId() const { return m_companyId; }
    [[nodiscard]] QString operatorCode() const { return m_operatorCode; }

Q_SIGNALS:
    void loggedOn();
    /// SYSPRO dropped the session (evicted by another logon of the same operator, or expired).
    void sessionLost();
    void shutdownFinished();

private:
    struct Pending {
        SysproCall call;
        QPointer<QObject> context;
        Callback done;
        int transientAttempts = 0;
        bool relogonUsed = false;
    };

    void pump();
    void startLogon(int attempt);
    void onLogonFinished(SysproRequestJob* job, int attempt);
    void startCall();
    void onCallFinished(SysproRequestJob* job);
    void startLogoff();
    void complete(Pending pending, const Result<QString>& result);
    void failAll(const Error& error);
    SysproRequestJob* makeJob(const QString& path, QList<QPair<QString, QString>> parameters,
                              const QString& description, const QString& businessObject, int timeoutMs);
    [[nodiscard]] int retryDelay(int attempt) const;

    SysproConfig m_config;
    std::shared_ptr<const SysproCredentialsProvider> m_credentials;
    QNetworkAccessManager* m_manager;
    std::deque<Pending> m_queue;
    QString m_token;
    QString m_companyId;
    QString m_operatorCode;
    bool m_busy = false;
    bool m_shuttingDown = false;
    bool m_shutdownDone = false;
    int m_logonCount = 0;
};

} // namespace bridge::syspro
