// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/common/SandboxHttpServer.h"

#include <QByteArray>

#include <random>

namespace bridge::sandbox::shop {

class ShopSimulator;

/// "v1=" and the lower-case hex HMAC-SHA256 of "<timestamp>.<body>": how the shop signs its
/// events and checks the bridge's status webhooks (docs/opayo-events.md).
QByteArray signShopMessage(const QByteArray& secret, const QByteArray& timestamp, const QByteArray& body);

/// POST /shop/status: the bridge's signed status webhook (docs/opayo-events.md), checked and
/// recorded in its ShopSimulator (with the faults ShopConfig::statusFailPercent asks for).
class StatusReceiver : public SandboxHttpServer
{
public:
    explicit StatusReceiver(ShopSimulator& shop);

protected:
    SandboxResponse handle(const SandboxRequest& request) override;

private:
    ShopSimulator& m_shop;
    std::mt19937_64 m_random;
};

} // namespace bridge::sandbox::shop
