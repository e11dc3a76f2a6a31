// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SysproSession.h"

#include "logging/Log.h"
#include "syspro/SysproErrors.h"
#include "syspro/SysproRequestJob.h"

#include <QTimer>

namespace bridge::syspro {

namespace {
/// Only a short prefix of the token reaches the log: it is a live credential.
std::string tokenHint(const QString& token)
{
    return token.left(4).toStdString() + "…";
}
} // namespace

SysproSession::SysproSession(SysproConfig config, std::shared_ptr<const SysproCredentialsProvider> credentials,
                             QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_manager(manager)
{}

SysproSession::~SysproSession()
{
    if (!m_token.isEmpty()) {
        log::get("syspro")->warn("SYSPRO session {} destroyed without shutdown(); it stays open on the server until "
                                 "it is evicted or times out",
                                 tokenHint(m_token));
    }
}

void SysproSession::submit(const SysproCall& call, QObject* context, Callback done)
{
    Pending pending{call, QPointer<QObject>(context), std::move(done)};
    if (m_shuttingDown) {
        complete(std::move(pending),
                 fail(Error::transient(QStringLiteral("syspro.shutting_down"),
                                       tr("The SYSPRO connection is closing, so %1 was not sent. It will be sent "
                                          "after the next start.")
                                           .arg(call.description))));
        return;
    }
    m_queue.push_back(std::move(pending));
    pump();
}

void SysproSession::shutdown()
{
    if (m_shuttingDown) {
        return;
    }
    m_shuttingDown = true;
    pump();
}

void SysproSession::pump()
{
    if (m_busy) {
        return;
    }
    // Calls whose owner went away are dropped before anything is sent for them.
    while (!m_queue.empty() && !m_queue.front().context) {
        m_queue.pop_front();
    }
    if (m_queue.empty()) {
        if (m_shuttingDown && !m_shutdownDone) {
            startLogoff();
        }
        return;
    }
    if (m_token.isEmpty()) {
        startLogon(0);
    } else {
        startCall();
    }
}

SysproRequestJob* SysproSession::makeJob(const QString& path, QList<QPair<QString, QString>> parameters,
                                         const QString& description, const QString& businessObject, int timeoutMs)
{
    SysproRequestJob::Target target{
        m_config.endpoint.baseUrl(), path, std::move(parameters), description, businessObject, m_companyId};
    auto* job = new SysproRequestJob(m_manager, std::move(target), this);
    job->setTimeoutMs(timeoutMs);
    return job;
}

int SysproSession::retryDelay(int attempt) const
{
    return m_config.retryDelayMs * (1 << qMin(attempt, 6));
}

void SysproSession::startLogon(int attempt)
{
    const Result<SysproCredentials> credentials = m_credentials->credentials();
    if (!credentials) {
        failAll(credentials.error());
        return;
    }
    m_companyId = credentials->companyId;
    m_operatorCode = credentials->operatorCode;
    m_busy = true;
    SysproRequestJob* job = makeJob(
        QStringLiteral("Logon"),
        {{QStringLiteral("Operator"), credentials->operatorCode},
         {QStringLiteral("OperatorPassword"), credentials->operatorPassword},
         {QStringLiteral("CompanyId"), credentials->companyId},
         {QStringLiteral("CompanyPassword"), credentials->companyPassword}},
        tr("logging on to SYSPRO company %1 as operator %2").arg(credentials->companyId, credentials->operatorCode),
        QString(), m_config.logonTimeoutMs);
    connect(job, &net::NetworkJob::finished, this, [this, job, attempt]() { onLogonFinished(job, attempt); });
    job->start();
}

void SysproSession::onLogonFinished(SysproRequestJob* job, int attempt)
{
    job->deleteLater();
    m_busy = false;
    if (job->error()) {
        const Error& error = *job->error();
        if (error.isTransient() && attempt < m_config.maxTransientRetries) {
            log::get("syspro")->warn("SYSPRO logon failed ({}), retrying", error.code.toStdString());
            m_busy = true;
            QTimer::singleShot(retryDelay(attempt), this, [this, attempt]() {
                m_busy = false;
                if (!m_queue.empty()) {
                    startLogon(attempt + 1);
                } else {
                    pump();
                }
            });
            return;
        }
        log::get("syspro")->error("SYSPRO logon failed: {}", error.toString().toStdString());
        failAll(error);
        return;
    }
    const QString token = job->text().trimmed();
    if (token.isEmpty()) {
        failAll(Error::permanent(codes::serverError,
                                 tr("SYSPRO answered the logon to company %1 with an empty session id. Check that the "
                                    "address in Settings > SYSPRO points at the e.net REST service.")
                                     .arg(m_companyId)));
        return;
    }
    m_token = token;
    ++m_logonCount;
    log::get("syspro")->info("Logged on to SYSPRO company {} as {} (session {})", m_companyId.toStdString(),
                             m_operatorCode.toStdString(), tokenHint(m_token));
    Q_EMIT loggedOn();
    pump();
}

void SysproSession::startCall()
{
    m_busy = true;
    const SysproCall& call = m_queue.front().call;
    QList<QPair<QString, QString>> parameters{{QStringLiteral("UserId"), m_token}};
    parameters.append(call.parameters());
    SysproRequestJob* job =
        makeJob(call.path(), std::move(parameters), call.description, call.businessObject, m_config.callTimeoutMs);
    connect(job, &net::NetworkJob::finished, this, [this, job]() { onCallFinished(job); });
    job->start();
}

void SysproSession::onCallFinished(SysproRequestJob* job)
{
    job->deleteLater();
    m_busy = false;
    Pending& head = m_queue.front();
    if (!job->error()) {
        Pending done = std::move(head);
        m_queue.pop_front();
        complete(std::move(done), job->text());
        pump();
        return;
    }
    const Error& error = *job->error();
    if (error.code == codes::invalidSession) {
        log::get("syspro")->warn("SYSPRO session {} is no longer valid ({})", tokenHint(m_token),
                                 head.call.description.toStdString());
        m_token.clear();
        Q_EMIT sessionLost();
        if (!head.relogonUsed) {
            head.relogonUsed = true; // SYSPRO refused the call without acting on it: log on and repeat once
            pump();
            return;
        }
    } else if (error.isTransient() && head.call.idempotent && head.transientAttempts < m_config.maxTransientRetries) {
        const int attempt = head.transientAttempts++;
        log::get("syspro")->warn("{} failed ({}), retry {}", head.call.description.toStdString(),
                                 error.code.toStdString(), attempt + 1);
        m_busy = true;
        QTimer::singleShot(retryDelay(attempt), this, [this]() {
            m_busy = false;
            pump();
        });
        return;
    }
    Pending done = std::move(head);
    m_queue.pop_front();
    if (error.isTransient() && !done.call.idempotent && error.code != codes::invalidSession) {
        Error unknown = Error::transient(codes::outcomeUnknown,
                                         tr("SYSPRO did not confirm %1 (%2). It may or may not have been posted; "
                                            "check for the document before posting it again.")
                                             .arg(done.call.description, error.message),
                                         error.code + QLatin1String(": ") + error.detail);
        unknown.retryAfterSeconds = error.retryAfterSeconds;
        complete(std::move(done), fail(unknown));
    } else {
        complete(std::move(done), fail(error));
    }
    pump();
}

void SysproSession::startLogoff()
{
    if (m_token.isEmpty()) {
        m_shutdownDone = true;
        Q_EMIT shutdownFinished();
        return;
    }
    m_busy = true;
    SysproRequestJob* job = makeJob(QStringLiteral("Logoff"), {{QStringLiteral("UserId"), m_token}},
                                    tr("logging off from SYSPRO"), QString(), m_config.logonTimeoutMs);
    connect(job, &net::NetworkJob::finished, this, [this, job]() {
        job->deleteLater();
        m_busy = false;
        if (job->error()) {
            log::get("syspro")->warn("SYSPRO logoff failed: {}", job->error()->toString().toStdString());
        } else {
            log::get("syspro")->info("Logged off from SYSPRO (session {})", tokenHint(m_token));
        }
        m_token.clear();
        m_shutdownDone = true;
        Q_EMIT shutdownFinished();
    });
    job->start();
}

void SysproSession::complete(Pending pending, const Result<QString>& result)
{
    if (pending.context && pending.done) {
        pending.done(result);
    }
}

void SysproSession::failAll(const Error& error)
{
    std::deque<Pending> queue;
    queue.swap(m_queue);
    for (Pending& p : queue) {
        complete(std::move(p), fail(error));
    }
    pump();
}

} // namespace bridge::syspro
