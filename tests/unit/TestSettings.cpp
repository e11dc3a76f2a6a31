// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenUnset()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("bridge.ini")));
        QCOMPARE(settings.value(SettingKeys::OpayoEnvironment), QStringLiteral("test"));
        QCOMPARE(settings.value(SettingKeys::LogFileCount), 5);
        QVERIFY(settings.value(SettingKeys::MainWindowGeometry).isEmpty());
        QVERIFY(!settings.contains(SettingKeys::OpayoVendorName));
    }

    void valuesPersistAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bridge.ini"));
        {
            Settings settings(file);
            settings.setValue(SettingKeys::OpayoVendorName, QStringLiteral("acmeshop"));
            settings.setValue(SettingKeys::LogFileCount, 9);
            settings.setValue(SettingKeys::MainWindowGeometry, QByteArray("\x01\x02\xff", 3));
            QVERIFY(settings.sync());
        }
        Settings again(file);
        QCOMPARE(again.value(SettingKeys::OpayoVendorName), QStringLiteral("acmeshop"));
        QCOMPARE(again.value(SettingKeys::LogFileCount), 9);
        QCOMPARE(again.value(SettingKeys::MainWindowGeometry), QByteArray("\x01\x02\xff", 3));
        again.reset(SettingKeys::LogFileCount);
        QCOMPARE(again.value(SettingKeys::LogFileCount), 5);
        // The file is readable text, and it never holds a secret: only keychain references.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("acmeshop"));
    }

    void unconvertibleValueFallsBackToDefault()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bridge.ini"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[log]\nfileCount=lots\n");
        f.close();
        Settings settings(file);
        // A hand-edited non-number does not turn into 0.
        QCOMPARE(settings.value(SettingKeys::LogFileCount), 5);
    }

    void germanTranslationIsEmbedded()
    {
        QVERIFY(Translations::available().contains(QStringLiteral("de")));
        QVERIFY(Translations::installLanguage(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("bridge::Permissions", "Approver"), QStringLiteral("Freigeber"));
        // Strings of other libraries resolve under the context their tr() uses at run time.
        const char* step = "a step must be an object with a \"type\".";
        QVERIFY(QCoreApplication::translate("bridge::mapping::Transform", step) != QLatin1String(step));
        const char* lost = "The connection to the database was lost; the operation will be tried again. (%1)";
        QVERIFY(QCoreApplication::translate("bridge::store::Database", lost) != QLatin1String(lost));
        QVERIFY(Translations::installLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("bridge::Permissions", "Approver"), QStringLiteral("Approver"));
        QVERIFY(!Translations::installLanguage(QStringLiteral("xx")));
        QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
