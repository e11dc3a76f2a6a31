// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/OpayoSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using bridge::sandbox::FaultPlan;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::opayo::OpayoSandboxConfig;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opayo-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));
    const OpayoSandboxConfig defaults;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local Opayo: Pi REST API, Reporting & Admin API, Server-protocol "
                       "notifications, settlement batches and fault injection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption vendor(QStringLiteral("vendor"),
                                    QStringLiteral("Vendor name (default %1).").arg(defaults.vendorName),
                                    QStringLiteral("NAME"), defaults.vendorName);
    const QCommandLineOption key(QStringLiteral("integration-key"),
                                 QStringLiteral("Pi integration key (default %1).").arg(defaults.integrationKey),
                                 QStringLiteral("K"), defaults.integrationKey);
    const QCommandLineOption password(
        QStringLiteral("integration-password"),
        QStringLiteral("Pi integration password (default %1).").arg(defaults.integrationPassword), QStringLiteral("P"),
        defaults.integrationPassword);
    const QCommandLineOption reportUser(QStringLiteral("reporting-user"),
                                        QStringLiteral("Reporting API user (default %1).").arg(defaults.reportingUser),
                                        QStringLiteral("U"), defaults.reportingUser);
    const QCommandLineOption reportPassword(
        QStringLiteral("reporting-password"),
        QStringLiteral("Reporting API password (default %1).").arg(defaults.reportingPassword), QStringLiteral("P"),
        defaults.reportingPassword);
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for ids, keys and faults (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       QStringLiteral("Share of requests that get a fault, 0..1 (default 0)."),
                                       QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption faultKinds(
        QStringLiteral("fault-kinds"),
        QStringLiteral("Faults to draw from (default all): 5xx,408,reset,reset-after,stall."), QStringLiteral("LIST"),
        QStringLiteral("5xx,408,reset,reset-after,stall"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Latency added to every answer in ms (default 0)."),
                                     QStringLiteral("L"), QStringLiteral("0"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    QStringLiteral("Vendor rules on: 3-D Secure and AVS/CV2 checks (like sandboxEC)."));
    parser.addOptions(
        {port, host, vendor, key, password, reportUser, reportPassword, seed, faultRate, faultKinds, latency, strict});
    parser.process(app);

    auto failWith = [](const QString& message) {
        std::fprintf(stderr, "opayo-sandbox: %s\n", qPrintable(message));
        return 2;
    };
    if (!parser.isSet(port)) {
        return failWith(QStringLiteral("--port N is required (0 picks a free port)"));
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return failWith(QStringLiteral("--port must be a number from 0 to 65535"));
    }
    const QHostAddress address(parser.value(host));
    if (address.isNull()) {
        return failWith(QStringLiteral("--host must be an IP address, e.g. 127.0.0.1"));
    }
    OpayoSandboxConfig config;
    config.vendorName = parser.value(vendor);
    config.integrationKey = parser.value(key);
    config.integrationPassword = parser.value(password);
    config.reportingUser = parser.value(reportUser);
    config.reportingPassword = parser.value(reportPassword);
    config.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        return failWith(QStringLiteral("--seed must be a whole number"));
    }
    config.threeDSecureRules = config.avsCvcRules = parser.isSet(strict);

    FaultPlan plan;
    plan.seed = config.seed;
    // A probability, not money: double is the right type.
    plan.faultRate = parser.value(faultRate).toDouble(&ok);
    if (!ok || plan.faultRate < 0.0 || plan.faultRate > 1.0) {
        return failWith(QStringLiteral("--fault-rate must be between 0 and 1"));
    }
    plan.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || plan.latencyMs < 0) {
        return failWith(QStringLiteral("--latency-ms must be 0 or more"));
    }
    QString kindError;
    if (!FaultPlan::parseKinds(parser.value(faultKinds), &plan.kinds, &kindError)) {
        return failWith(kindError);
    }

    OpayoSandbox sandbox(config);
    sandbox.setFaultPlan(plan);
    const auto bound = sandbox.listenOn(address, static_cast<quint16>(portNumber));
    if (!bound) {
        return failWith(bound.error().message);
    }
    std::printf("listening on %s\n", qPrintable(sandbox.baseUrl()));
    std::printf("pi %s\nreporting %s\nvendor %s\n", qPrintable(sandbox.piBaseUrl()), qPrintable(sandbox.reportingUrl()),
                qPrintable(config.vendorName));
    std::fflush(stdout);
    return app.exec();
}
