// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/OpayoSandbox.h"

#include "core/Clock.h"
#include "sandbox/opayo/PiErrorTable.h"
#include "sandbox/opayo/PiSandboxApi.h"
#include "sandbox/opayo/ReportingSandboxApi.h"
#include "sandbox/opayo/ServerProtocolSandbox.h"
#include "sandbox/opayo/SettlementBatcher.h"

namespace bridge::sandbox::opayo {

OpayoSandbox::OpayoSandbox(OpayoSandboxConfig config, const Clock* clock, QObject* parent)
    : SandboxHttpServer(parent)
    , m_config(std::move(config))
    , m_clock(clock ? *clock : Clock::system())
    , m_ledger(m_config.seed)
    , m_batcher(std::make_unique<SettlementBatcher>(m_ledger, m_clock, m_config.settlementTimeZone))
    , m_pi(std::make_unique<PiSandboxApi>(m_config, m_ledger, m_clock))
    , m_reporting(std::make_unique<ReportingSandboxApi>(m_config, m_ledger, *m_batcher, m_clock))
    , m_server(new ServerProtocolSandbox(m_config, m_ledger, m_clock, this))
    , m_settlementTimer(this)
{
    FaultPlan plan;
    plan.seed = m_config.seed;
    setFaultPlan(plan);
    // Pi bodies are small; anything this large is refused with 413 before it is read as JSON.
    setMaxBodyBytes(256 * 1024);
    m_settlementTimer.setInterval(1000);
    connect(&m_settlementTimer, &QTimer::timeout, this, [this] { m_batcher->catchUp(); });
    m_settlementTimer.start();
}

OpayoSandbox::~OpayoSandbox() = default;

Result<quint16> OpayoSandbox::listenOn(const QHostAddress& address, quint16 port)
{
    const auto bound = start(address, port);
    if (!bound) {
        return bound;
    }
    m_pi->setBaseUrl(baseUrl());
    m_server->setBaseUrl(baseUrl());
    return bound;
}

SandboxResponse OpayoSandbox::handle(const SandboxRequest& request)
{
    const QString& path = request.path;
    if (path.startsWith(m_config.piBasePath + QLatin1Char('/'))) {
        return m_pi->handle(request, path.mid(m_config.piBasePath.size()));
    }
    if (path == m_config.reportingPath) {
        return m_reporting->handle(request);
    }
    if (path == PiSandboxApi::acsPath() && request.method == "POST") {
        return m_pi->handleAcs(request);
    }
    if (path == ServerProtocolSandbox::registerPath() && request.method == "POST") {
        return m_server->handleRegister(request);
    }
    if (path == ServerProtocolSandbox::payPath() && request.method == "POST") {
        return m_server->handlePay(request);
    }
    return SandboxResponse{404, "text/plain; charset=utf-8", {}, "Not found\n"};
}

SandboxResponse OpayoSandbox::faultResponse(FaultKind kind, int status, const SandboxRequest& request)
{
    if (request.path.startsWith(m_config.piBasePath + QLatin1Char('/'))) {
        if (kind == FaultKind::RequestTimeout) {
            return PiErrorTable::response(9998);
        }
        if (status == 500) {
            return PiErrorTable::response(9999);
        }
        // 502/503 come from the load balancer in front of Opayo, not from the API.
        return SandboxResponse{status,
                               "text/html",
                               {},
                               "<html><head><title>" + QByteArray::number(status) +
                                   "</title></head><body>Service Unavailable</body></html>"};
    }
    return SandboxHttpServer::faultResponse(kind, status, request);
}

} // namespace bridge::sandbox::opayo
