// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace bridge {

QString Settings::dataDirectory(bool demo)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.opayo-syspro-bridge");
    }
    const QString path = demo ? base + QStringLiteral("/demo") : base;
    QDir().mkpath(path);
    return path;
}

QString Settings::defaultFilePath(bool demo)
{
    return dataDirectory(demo) + QStringLiteral("/bridge.ini");
}

Settings::Settings(const QString& filePath) : m_settings(filePath, QSettings::IniFormat) {}

bool Settings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

} // namespace bridge
