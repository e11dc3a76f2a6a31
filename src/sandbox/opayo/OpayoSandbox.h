// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/common/SandboxHttpServer.h"
#include "sandbox/opayo/OpayoSandboxConfig.h"
#include "sandbox/opayo/SandboxLedger.h"

#include <QTimer>

#include <memory>

namespace bridge {
class Clock;
}

namespace bridge::sandbox::opayo {

class PiSandboxApi;
class ReportingSandboxApi;
class ServerProtocolSandbox;
class SettlementBatcher;

/// A faithful local Opayo, in-process or behind the `opayo-sandbox` executable: Pi REST under
/// `piBasePath`, the Reporting & Admin API, the Server protocol with notifications, daily
/// settlement and seeded fault injection. Lives on one thread; the clock may be a ManualClock.
class OpayoSandbox : public SandboxHttpServer
{
    Q_OBJECT

public:
    explicit OpayoSandbox(OpayoSandboxConfig config = {}, const Clock* clock = nullptr, QObject* parent = nullptr);
    ~OpayoSandbox() override;

    /// Starts listening (port 0: any free port) and sets the URLs the APIs hand out.
    Result<quint16> listenOn(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);

    [[nodiscard]] const OpayoSandboxConfig& config() const { return m_config; }
    [[nodiscard]] QString piBaseUrl() const { return baseUrl() + m_config.piBasePath; }
    [[nodiscard]] QString reportingUrl() const { return baseUrl() + m_config.reportingPath; }

    [[nodiscard]] SandboxLedger& ledger() { return m_ledger; }
    [[nodiscard]] SettlementBatcher& settlement() { return *m_batcher; }
    [[nodiscard]] ServerProtocolSandbox& serverProtocol() { return *m_server; }

protected:
    SandboxResponse handle(const SandboxRequest& request) override;
    SandboxResponse faultResponse(FaultKind kind, int status, const SandboxRequest& request) override;

private:
    OpayoSandboxConfig m_config;
    const Clock& m_clock;
    SandboxLedger m_ledger;
    std::unique_ptr<SettlementBatcher> m_batcher;
    std::unique_ptr<PiSandboxApi> m_pi;
    std::unique_ptr<ReportingSandboxApi> m_reporting;
    ServerProtocolSandbox* m_server;
    QTimer m_settlementTimer;
};

} // namespace bridge::sandbox::opayo
