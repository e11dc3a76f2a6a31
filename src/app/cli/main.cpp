// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "cli/CliApplication.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpayoSysproBridge"));
    QCoreApplication::setApplicationName(QStringLiteral("Opayo-SYSPRO Bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));

    const bool demo = app.arguments().contains(QStringLiteral("--demo"));
    bridge::log::initialize({.directory = bridge::Settings::dataDirectory(demo) + QStringLiteral("/logs")});
    bridge::Translations::install(bridge::Settings(bridge::Settings::defaultFilePath(demo)));

    QTextStream out(stdout);
    QTextStream err(stderr);
    bridge::cli::CliApplication cli(out, err);
    QObject::connect(
        &cli, &bridge::cli::CliApplication::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    QTimer::singleShot(0, &cli, [&cli, &app] { cli.run(app.arguments()); });
    const int code = app.exec();
    bridge::log::shutdown();
    return code;
}
