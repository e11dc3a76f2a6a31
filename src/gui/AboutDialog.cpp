// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/AboutDialog.h"

#include "core/Settings.h"
#include "gui/AppContext.h"
#include "logging/Log.h"
#include "ui_AboutDialog.h"

#include <QDir>
#include <QSysInfo>

#include <spdlog/version.h>

namespace bridge::gui {

AboutDialog::AboutDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/bridge.svg")).pixmap(64, 64));
    m_ui->nameLabel->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                 .arg(tr("Opayo–SYSPRO Bridge").toHtmlEscaped(),
                                      tr("Version %1").arg(QStringLiteral(BRIDGE_VERSION)).toHtmlEscaped()));
    QStringList lines;
    lines << tr("Version: %1").arg(QStringLiteral(BRIDGE_VERSION));
    lines << tr("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << tr("spdlog: %1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
    lines << tr("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    lines << tr("Mode: %1").arg(context.isDemo() ? tr("demo, with its own data folder") : tr("production"));
    lines << tr("Data folder: %1").arg(QDir::toNativeSeparators(Settings::dataDirectory(context.isDemo())));
    lines << tr("Settings file: %1").arg(QDir::toNativeSeparators(context.settings().filePath()));
    lines << tr("Database: %1").arg(context.database()->url().displayName());
    lines << tr("Log file: %1").arg(QDir::toNativeSeparators(log::logFilePath()));
    lines << QString();
    lines << tr("Built on Qt 6 (LGPL-3.0), QtKeychain (BSD-3-Clause), spdlog and {fmt} (MIT).");
    m_ui->detailsTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
}

AboutDialog::~AboutDialog() = default;

} // namespace bridge::gui
