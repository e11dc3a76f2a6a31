// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/common/SandboxHttpServer.h"
#include "sandbox/syspro/SbCompany.h"
#include "sandbox/syspro/SysproSandboxConfig.h"

#include <QHash>
#include <QString>

#include <random>

namespace bridge::sandbox::syspro {

/// A faithful local SYSPRO e.net REST service (/SYSPROWCFService/Rest/...): Logon/Logoff with
/// SYSPRO-shaped tokens and one session per operator, GetVersion, GetLogonProfile,
/// Query/Query, Setup/Add|Update, Transaction/Post for the business objects the bridge uses.
/// Every answer is HTTP 200 application/octet-stream; failures are "ERROR: ..." bodies or sit
/// inside XmlOut. Paths and parameter names match case-insensitively, in any order.
class SysproSandbox : public SandboxHttpServer
{
    Q_OBJECT

public:
    explicit SysproSandbox(SysproSandboxConfig config = {}, QObject* parent = nullptr);

    /// http://host:port/SYSPROWCFService/Rest
    [[nodiscard]] QString restUrl() const;

    [[nodiscard]] SbCompany& company() { return m_company; }
    [[nodiscard]] SysproSandboxConfig& config() { return m_config; }
    /// Ends every session of this operator, as a logon elsewhere would.
    void evictOperator(const QString& operatorCode);
    [[nodiscard]] int sessionCount() const { return int(m_sessions.size()); }
    [[nodiscard]] quint64 businessObjectCalls() const { return m_calls; }

protected:
    SandboxResponse handle(const SandboxRequest& request) override;

private:
    SandboxResponse logon(const SandboxRequest& request);
    SandboxResponse logoff(const SandboxRequest& request);
    SandboxResponse logonProfile(const SandboxRequest& request);
    SandboxResponse businessObject(const QString& route, const SandboxRequest& request);
    QString newToken();

    SysproSandboxConfig m_config;
    SbCompany m_company;
    QHash<QString, QString> m_sessions; ///< trimmed token -> operator
    std::mt19937_64 m_random;
    quint64 m_calls = 0;
};

} // namespace bridge::sandbox::syspro
