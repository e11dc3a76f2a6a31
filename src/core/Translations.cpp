// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Translations.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bridge {

namespace {
// The translators live as long as the application; replacing them removes the old ones.
QList<QTranslator*>& installed()
{
    static QList<QTranslator*> list;
    return list;
}
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString Translations::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name;
}

bool Translations::installLanguage(const QString& code)
{
    if (!available().contains(code)) {
        return false;
    }
    for (QTranslator* t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    QLocale::setDefault(QLocale(code));
    auto* bridgeTranslator = new QTranslator(QCoreApplication::instance());
    if (bridgeTranslator->load(QStringLiteral(":/i18n/bridge_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(bridgeTranslator);
        installed().append(bridgeTranslator);
    } else {
        delete bridgeTranslator;
    }
    // Qt's own strings (standard buttons, dialogs) when the system has them.
    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installed().append(qtTranslator);
    } else {
        delete qtTranslator;
    }
    return true;
}

QString Translations::install(const Settings& settings)
{
    QString code = settings.value(SettingKeys::Language);
    if (code == QLatin1String("system") || !available().contains(code)) {
        code = QLocale::system().name().left(2);
        if (!available().contains(code)) {
            code = QStringLiteral("en");
        }
    }
    installLanguage(code);
    return code;
}

} // namespace bridge
