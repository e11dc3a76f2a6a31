// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SysproSandbox.h"
#include "sandbox/syspro/SysproSandboxOptions.h"

#include <QCoreApplication>

#include <cstdio>

using namespace bridge::sandbox::syspro;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("syspro-sandbox"));
    const auto options = SysproSandboxOptions::parse(QCoreApplication::arguments());
    if (!options) {
        const bool help = options.error().code == QLatin1String("sandbox.help");
        std::fprintf(help ? stdout : stderr, "%s\n", qPrintable(options.error().message));
        return help ? 0 : 2;
    }
    SysproSandbox sandbox(options->config);
    sandbox.setFaultPlan(options->faults);
    const auto port = sandbox.start(options->host, options->port);
    if (!port) {
        std::fprintf(stderr, "%s\n", qPrintable(port.error().message));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(sandbox.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
