// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "sandbox/common/FaultInjector.h"
#include "sandbox/syspro/SysproSandboxConfig.h"

#include <QHostAddress>
#include <QStringList>

namespace bridge::sandbox::syspro {

/// The syspro-sandbox command line:
///   --port N [--host 127.0.0.1] [--operator O] [--operator-password P] [--company C]
///   [--company-password P] [--seed S] [--fault-rate F] [--latency-ms L] [--licensed LIST]
///   [--fault-kinds LIST] [--stall-ms N] [--clean-import-order] [--evict-every N] [--version V]
struct SysproSandboxOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    SysproSandboxConfig config;
    FaultPlan faults;

    /// `arguments` includes the program name first. `helpText` receives the --help text when
    /// asked for (the result is then an error with code "sandbox.help").
    static Result<SysproSandboxOptions> parse(const QStringList& arguments);
};

} // namespace bridge::sandbox::syspro
