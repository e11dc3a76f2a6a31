// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>
#include <QStringList>

namespace bridge {

class Settings;

/// Loads the bridge's compiled translations (embedded as :/i18n/bridge_<lang>.qm) and Qt's own,
/// for the language chosen in Settings ("system" follows the OS). Applied at start; a change in
/// Settings takes effect on the next start.
class Translations
{
public:
    /// The languages the bridge ships, as codes ("en", "de").
    static QStringList available();
    /// The native name of a language code, for the Settings page ("Deutsch").
    static QString nativeName(const QString& code);
    /// Installs translators for the configured language; returns the language in use.
    static QString install(const Settings& settings);
    /// Installs translators for one language code; returns false if the bridge has none for it.
    static bool installLanguage(const QString& code);
};

} // namespace bridge
