// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <type_traits>

namespace bridge {

/// One setting: its key in the settings file and its default, declared once in SettingsKeys.h.
template <typename T>
struct SettingKey {
    const char* name;
    T defaultValue;
};

/// Typed access to the settings file (INI format, so that support can read it). Secrets are never
/// stored here: secret settings hold a keychain reference (see credentials/SecretRef.h).
/// Not thread-safe; give each thread its own Settings on the same file.
class Settings
{
public:
    /// The file the installation uses: <app-data>/bridge.ini, or <app-data>/demo/bridge.ini in
    /// demo mode so that a demo never touches real settings.
    static QString defaultFilePath(bool demo);
    /// The application-data folder (created if missing): logs, the SQLite database, settings.
    static QString dataDirectory(bool demo);

    explicit Settings(const QString& filePath);
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    template <typename T>
    [[nodiscard]] T value(const SettingKey<T>& key) const
    {
        QVariant stored = m_settings.value(QLatin1String(key.name));
        if (!stored.isValid()) {
            return key.defaultValue;
        }
        // A hand-edited value that is not of the key's type (fileCount=lots) falls back to the
        // default instead of silently becoming 0, and says so in the log.
        if (!stored.convert(QMetaType::fromType<T>())) {
            qWarning("Setting %s in %s has a value of the wrong type; using the default.", key.name,
                     qPrintable(m_settings.fileName()));
            return key.defaultValue;
        }
        return stored.value<T>();
    }

    template <typename T>
    void setValue(const SettingKey<T>& key, const std::type_identity_t<T>& value)
    {
        m_settings.setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    template <typename T>
    void reset(const SettingKey<T>& key)
    {
        m_settings.remove(QLatin1String(key.name));
    }

    template <typename T>
    [[nodiscard]] bool contains(const SettingKey<T>& key) const
    {
        return m_settings.contains(QLatin1String(key.name));
    }

    /// Writes pending changes; returns false (and logs why) when the file cannot be written.
    bool sync();
    [[nodiscard]] QString filePath() const { return m_settings.fileName(); }

private:
    mutable QSettings m_settings;
};

} // namespace bridge
