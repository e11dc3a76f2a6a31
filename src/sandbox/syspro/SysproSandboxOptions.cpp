// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SysproSandboxOptions.h"

#include <QCommandLineParser>

namespace bridge::sandbox::syspro {

namespace {
Error usage(const QString& message)
{
    return Error::configuration(QStringLiteral("sandbox.usage"), message);
}

/// "0.2" -> 0.2 without locale surprises; rates are probabilities, not money.
std::optional<double> rate(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0) {
        return std::nullopt;
    }
    return value;
}
} // namespace

Result<SysproSandboxOptions> SysproSandboxOptions::parse(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A local SYSPRO e.net REST service for tests and demos."));
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."),
                                  QStringLiteral("N"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption op(QStringLiteral("operator"), QStringLiteral("Operator code (default ADMIN)."),
                                QStringLiteral("O"), QStringLiteral("ADMIN"));
    const QCommandLineOption opPassword(QStringLiteral("operator-password"),
                                        QStringLiteral("Operator password (default empty)."), QStringLiteral("P"));
    const QCommandLineOption company(QStringLiteral("company"), QStringLiteral("Company id (default 1)."),
                                     QStringLiteral("C"), QStringLiteral("1"));
    const QCommandLineOption companyPassword(QStringLiteral("company-password"),
                                             QStringLiteral("Company password (default empty)."), QStringLiteral("P"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed for data, tokens and faults (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       QStringLiteral("Share of requests that get a fault, 0..1 (default 0)."),
                                       QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption faultKinds(
        QStringLiteral("fault-kinds"),
        QStringLiteral("Faults to draw from: 5xx,408,reset,reset-after,stall (default all)."), QStringLiteral("LIST"));
    const QCommandLineOption stallMs(QStringLiteral("stall-ms"),
                                     QStringLiteral("How long a stalled request hangs (default 30000)."),
                                     QStringLiteral("N"), QStringLiteral("30000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Latency added to every answer (default 0)."), QStringLiteral("L"),
                                     QStringLiteral("0"));
    const QCommandLineOption licensed(
        QStringLiteral("licensed"),
        QStringLiteral("Comma list of licensed business objects (default all: COMFND,INVQRY,"
                       "SORQRY,ARSQRY,SORTOI,ARSSCS,ARSTPY,GENTJL,SORTCH,SORTCL,ARSTIN)."),
        QStringLiteral("LIST"));
    const QCommandLineOption cleanImportOrder(
        QStringLiteral("clean-import-order"),
        QStringLiteral("Return the Order block with the number on a clean SORTOI "
                       "import (default: StatusOfItems only, as SYSPRO 8.0.161)."));
    const QCommandLineOption evictEvery(
        QStringLiteral("evict-every"),
        QStringLiteral("Evict the session before every Nth business-object call (default 0: never)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption version(QStringLiteral("syspro-version"),
                                     QStringLiteral("Version reported (default 8.0.161)."), QStringLiteral("V"),
                                     QStringLiteral("8.0.161"));
    p.addOptions({port, host, op, opPassword, company, companyPassword, seed, faultRate, faultKinds, stallMs, latency,
                  licensed, cleanImportOrder, evictEvery, version});
    if (!p.parse(arguments)) {
        return fail(usage(p.errorText()));
    }
    if (p.isSet(QStringLiteral("help"))) {
        return fail(Error::configuration(QStringLiteral("sandbox.help"), p.helpText()));
    }
    SysproSandboxOptions o;
    if (!p.isSet(port)) {
        return fail(usage(QStringLiteral("--port is required (0 picks a free port).")));
    }
    bool ok = false;
    const uint portValue = p.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        return fail(usage(QStringLiteral("--port must be 0..65535, not \"%1\".").arg(p.value(port))));
    }
    o.port = quint16(portValue);
    if (!o.host.setAddress(p.value(host))) {
        return fail(usage(QStringLiteral("--host must be an IP address, not \"%1\".").arg(p.value(host))));
    }
    o.config.operators = {{p.value(op), p.value(opPassword)}};
    o.config.companyId = p.value(company);
    o.config.companyPassword = p.value(companyPassword);
    o.config.seed = p.value(seed).toULongLong(&ok);
    if (!ok) {
        return fail(usage(QStringLiteral("--seed must be a whole number.")));
    }
    const std::optional<double> r = rate(p.value(faultRate));
    if (!r) {
        return fail(usage(QStringLiteral("--fault-rate must be between 0 and 1, not \"%1\".").arg(p.value(faultRate))));
    }
    o.faults.faultRate = *r;
    o.faults.seed = o.config.seed;
    o.faults.latencyMs = p.value(latency).toInt(&ok);
    if (!ok || o.faults.latencyMs < 0) {
        return fail(usage(QStringLiteral("--latency-ms must be a whole number of milliseconds.")));
    }
    o.faults.stallMs = p.value(stallMs).toInt(&ok);
    if (!ok || o.faults.stallMs < 0) {
        return fail(usage(QStringLiteral("--stall-ms must be a whole number of milliseconds.")));
    }
    if (p.isSet(faultKinds)) {
        QString error;
        if (!FaultPlan::parseKinds(p.value(faultKinds), &o.faults.kinds, &error)) {
            return fail(usage(error));
        }
    }
    if (p.isSet(licensed)) {
        o.config.licensed.clear();
        for (const QString& bo : p.value(licensed).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            o.config.licensed.insert(bo.trimmed().toUpper());
        }
    }
    o.config.cleanImportReturnsOrder = p.isSet(cleanImportOrder);
    o.config.evictEvery = p.value(evictEvery).toInt(&ok);
    if (!ok || o.config.evictEvery < 0) {
        return fail(usage(QStringLiteral("--evict-every must be a whole number.")));
    }
    o.config.version = p.value(version);
    return o;
}

} // namespace bridge::sandbox::syspro
