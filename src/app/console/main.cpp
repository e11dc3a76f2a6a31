// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"
#include "credentials/CredentialStore.h"
#include "engine/DatabaseOpener.h"
#include "gui/AppContext.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "logging/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <memory>

using namespace bridge;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpayoSysproBridge"));
    QApplication::setApplicationName(QStringLiteral("Opayo-SYSPRO Bridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Opayo–SYSPRO Bridge"));
    QApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bridge.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opayo–SYSPRO Bridge console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Run against the built-in sandboxes with demo data and demo users."));
    const QCommandLineOption settingsOption(QStringLiteral("settings"), QStringLiteral("Use this settings file."),
                                            QStringLiteral("FILE"));
    parser.addOptions({demoOption, settingsOption});
    parser.process(app);
    const bool demo = parser.isSet(demoOption);

    auto settings = std::make_unique<Settings>(parser.isSet(settingsOption) ? parser.value(settingsOption)
                                                                            : Settings::defaultFilePath(demo));
    log::initialize({.directory = Settings::dataDirectory(demo) + QStringLiteral("/logs"),
                     .level = log::levelFromName(settings->value(SettingKeys::LogLevel)).value_or(log::Level::Info),
                     .fileMaxBytes = static_cast<std::size_t>(settings->value(SettingKeys::LogFileMaxKiB)) * 1024u,
                     .fileCount = static_cast<std::size_t>(settings->value(SettingKeys::LogFileCount))});
    const QString language = Translations::install(*settings);
    log::get("gui")->info("console {} starting{} (language {})", BRIDGE_VERSION, demo ? " in demo mode" : "",
                          language.toStdString());

    auto* credentials = new credentials::CredentialStore(QStringLiteral("opayo-syspro-bridge"), &app);
    const Result<store::DatabaseUrl> url = engine::DatabaseOpener::configuredUrl(*settings, demo);
    if (!url) {
        gui::MessageBox::error(nullptr, QApplication::translate("main", "Cannot start"), url.error());
        return 1;
    }

    std::unique_ptr<gui::AppContext> context;
    std::unique_ptr<gui::MainWindow> window;
    engine::DatabaseOpener::open(*url, *credentials, &app, [&](Result<std::shared_ptr<store::Database>> db) {
        if (!db) {
            Error e = db.error();
            e.message += QLatin1Char('\n') + QLatin1Char('\n') +
                         QApplication::translate("main", "The database is chosen in %1 (key database/url).")
                             .arg(QDir::toNativeSeparators(settings->filePath()));
            gui::MessageBox::error(nullptr, QApplication::translate("main", "Cannot open the database"), e);
            QApplication::exit(1);
            return;
        }
        context = std::make_unique<gui::AppContext>(std::move(settings), credentials, *db, demo);
        if (Result<void> signedIn = context->signIn(); !signedIn) {
            gui::MessageBox::error(nullptr, QApplication::translate("main", "Cannot sign in"), signedIn.error());
            QApplication::exit(1);
            return;
        }
        window = std::make_unique<gui::MainWindow>(*context);
        window->show();
    });
    const int code = app.exec();
    window.reset();
    context.reset();
    log::shutdown();
    return code;
}
