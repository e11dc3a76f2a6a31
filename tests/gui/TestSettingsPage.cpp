// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Settings page against a real Secret Service (with-keyring.sh).
#include "GuiFixture.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"
#include "gui/SettingsPage.h"
#include "sandbox/syspro/SysproSandbox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace bridge;

namespace {
template <typename T>
T* child(QWidget* page, const char* name)
{
    return page->findChild<T*>(QLatin1String(name));
}
} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::installLanguage(QStringLiteral("en")); }

    void savesSettingsAndSecretsSeparately()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::SettingsPage page(f.context());
        page.show();
        QTest::keyClicks(child<QLineEdit>(&page, "vendorNameLineEdit"), QStringLiteral("acmeshop"));
        QTest::keyClicks(child<QLineEdit>(&page, "integrationKeyLineEdit"),
                         QStringLiteral("hJYxsw7HLbj40cB8udES8CDRFLhuJ8G54O6rDpUXvE6hYDrria"));
        QTest::keyClicks(child<QLineEdit>(&page, "integrationPasswordLineEdit"),
                         QStringLiteral("o4iXJw0fzDB6bWuvvWsvGkXLZGLqvuNnF3K9yhoQCEDKHtjQSlyq5NZ9ZGHtTKpl"));
        child<QLineEdit>(&page, "operatorLineEdit")->setText(QStringLiteral("BRIDGE"));
        QTest::keyClicks(child<QLineEdit>(&page, "operatorPasswordLineEdit"), QStringLiteral("op-s3cret"));
        child<QComboBox>(&page, "languageComboBox")
            ->setCurrentIndex(child<QComboBox>(&page, "languageComboBox")->findData(QStringLiteral("de")));
        QVERIFY(page.hasUnsavedChanges());

        QSignalSpy saved(&page, &gui::SettingsPage::saved);
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QVERIFY(!page.hasUnsavedChanges());

        Settings& s = f.context().settings();
        QCOMPARE(s.value(SettingKeys::OpayoVendorName), QStringLiteral("acmeshop"));
        QCOMPARE(s.value(SettingKeys::Language), QStringLiteral("de"));
        QCOMPARE(s.value(SettingKeys::OpayoIntegrationPasswordRef),
                 QStringLiteral("keychain:opayo/acmeshop@test#integration-password"));
        // The settings file holds references, never the secrets.
        QFile file(f.settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("acmeshop"));
        QVERIFY(!text.contains("o4iXJw0fzDB6"));
        QVERIFY(!text.contains("op-s3cret"));
        // The keychain has them.
        std::optional<Result<QString>> read;
        f.context().credentials().read(
            credentials::SecretRef::fromString(s.value(SettingKeys::SysproOperatorPasswordRef)), this,
            [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(*read);
        QCOMPARE(**read, QStringLiteral("op-s3cret"));
        // The change is in the audit log, by key only.
        const auto entry = f.context().audit().recent(1)->first();
        QCOMPARE(entry.action, QStringLiteral("settings.changed"));
        QVERIFY(entry.detail.contains(QStringLiteral("opayo/vendorName")));
        QVERIFY(!entry.detail.contains(QStringLiteral("op-s3cret")));
        // Fields show that a secret is stored without showing it.
        QVERIFY(child<QLineEdit>(&page, "integrationPasswordLineEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&page, "integrationPasswordLineEdit")
                    ->placeholderText()
                    .contains(QStringLiteral("keychain")));
    }

    void badInputIsNamedAndNothingIsSaved()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::SettingsPage page(f.context());
        page.show();
        auto* env = child<QComboBox>(&page, "environmentComboBox");
        // Test and live have fixed addresses: neither can be edited.
        QVERIFY(!child<QLineEdit>(&page, "opayoBaseUrlLineEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(&page, "reportingUrlLineEdit")->isEnabled());
        env->setCurrentIndex(env->findData(QStringLiteral("custom")));
        auto* url = child<QLineEdit>(&page, "opayoBaseUrlLineEdit");
        QVERIFY(url->isEnabled());
        QVERIFY(child<QLineEdit>(&page, "reportingUrlLineEdit")->isEnabled());
        url->setText(QStringLiteral("http://opayo.example.com/api/v1"));
        QSignalSpy failed(&page, &gui::SettingsPage::saveFailed);
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        const QString status = child<QLabel>(&page, "statusLabel")->text();
        QVERIFY2(status.startsWith(QStringLiteral("Opayo base URL")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("https://")));
        QCOMPARE(page.focusWidget(), url); // the window is never active offscreen, so ask the page
        QVERIFY(!f.context().settings().contains(SettingKeys::OpayoEnvironment));

        url->setText(QStringLiteral("https://opayo.example.com/api/v1"));
        child<QLineEdit>(&page, "sysproBaseUrlLineEdit")->setText(QStringLiteral("http://erp:31002/wrong"));
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QCOMPARE(failed.size(), 2);
        QVERIFY(child<QLabel>(&page, "statusLabel")->text().contains(QStringLiteral("SYSPROWCFService")));

        child<QLineEdit>(&page, "sysproBaseUrlLineEdit")
            ->setText(QStringLiteral("http://erp:31002/SYSPROWCFService/Rest"));
        auto* kind = child<QComboBox>(&page, "databaseKindComboBox");
        kind->setCurrentIndex(1);
        child<QLineEdit>(&page, "pgHostLineEdit")->clear();
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QCOMPARE(failed.size(), 3);
        QVERIFY(child<QLabel>(&page, "statusLabel")->text().contains(QStringLiteral("host")));
    }

    void refundLimitsAreCheckedBeforeSaving()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::SettingsPage page(f.context());
        page.show();
        auto* limits = child<QLineEdit>(&page, "singleApproverLimitsLineEdit");
        QVERIFY(limits->isEnabled());
        QTest::keyClicks(limits, QStringLiteral("GBP ten"));
        QSignalSpy failed(&page, &gui::SettingsPage::saveFailed);
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        const QString status = child<QLabel>(&page, "statusLabel")->text();
        QVERIFY2(status.startsWith(QStringLiteral("Refunds one person may make alone:")), qPrintable(status));
        QCOMPARE(page.focusWidget(), limits);
        QVERIFY(!f.context().settings().contains(SettingKeys::RefundSingleApproverLimits));

        limits->clear();
        QTest::keyClicks(limits, QStringLiteral("GBP 20.00, EUR 25"));
        QSignalSpy saved(&page, &gui::SettingsPage::saved);
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000); // no secret typed: saved at once
        QCOMPARE(f.context().settings().value(SettingKeys::RefundSingleApproverLimits),
                 QStringLiteral("GBP 20.00, EUR 25"));
        // Only administrators change it.
        QVERIFY(f.context().switchUser(QStringLiteral("priya")));
        QVERIFY(!limits->isEnabled());
    }

    void licenceProbeShowsWhatTheOperatorMayCall()
    {
        sandbox::syspro::SysproSandboxConfig config;
        config.operators = {{QStringLiteral("BRIDGE"), QStringLiteral("op-pass")}};
        config.licensed = sandbox::syspro::SysproSandboxConfig::allBusinessObjects();
        config.licensed.remove(QStringLiteral("ARSTPY")); // as at many sites
        sandbox::syspro::SysproSandbox erp(config);
        QVERIFY(erp.start());
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::SettingsPage page(f.context());
        page.show();
        child<QLineEdit>(&page, "sysproBaseUrlLineEdit")
            ->setText(erp.baseUrl() + QStringLiteral("/SYSPROWCFService/Rest"));
        child<QLineEdit>(&page, "operatorLineEdit")->setText(QStringLiteral("BRIDGE"));
        child<QLineEdit>(&page, "companyIdLineEdit")->setText(QStringLiteral("1"));
        QSignalSpy checked(&page, &gui::SettingsPage::licencesChecked);

        // A wrong password is reported as SYSPRO words it, not as a crash or a hang.
        child<QLineEdit>(&page, "operatorPasswordLineEdit")->setText(QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&page, "checkLicencesButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
        QCOMPARE(checked.last().at(0).toBool(), false);
        QVERIFY2(checked.last().at(1).toString().contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(checked.last().at(1).toString()));

        child<QLineEdit>(&page, "operatorPasswordLineEdit")->setText(QStringLiteral("op-pass"));
        QTest::mouseClick(child<QPushButton>(&page, "checkLicencesButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 30000);
        const QString report = checked.last().at(1).toString();
        QVERIFY2(checked.last().at(0).toBool(), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("ARSTPY")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("receipts will stop with an error")), qPrintable(report));
        QVERIFY(child<QLabel>(&page, "licenceResultLabel")->text().contains(QStringLiteral("SORTOI")));

        // Choosing the GL journal fallback needs both ledger codes before it can be saved.
        auto* fallback = child<QComboBox>(&page, "receiptFallbackComboBox");
        fallback->setCurrentIndex(fallback->findData(QStringLiteral("glJournal")));
        QVERIFY(child<QLineEdit>(&page, "bankLedgerLineEdit")->isEnabled());
        QSignalSpy failed(&page, &gui::SettingsPage::saveFailed);
        QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(child<QLabel>(&page, "statusLabel")->text().contains(QStringLiteral("ledger code")));
    }

    void testConnection()
    {
        test::GuiFixture f;
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        gui::SettingsPage page(f.context());
        page.show();
        QSignalSpy tested(&page, &gui::SettingsPage::connectionTested);
        // The database the console is using answers.
        if (!f.database().database()->isPostgres()) {
            child<QLineEdit>(&page, "sqlitePathLineEdit")->setText(f.database().url().filePath());
        }
        QTest::mouseClick(child<QPushButton>(&page, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY2(tested.first().at(1).toString().contains(QStringLiteral("is current")),
                 qPrintable(tested.first().at(1).toString()));
        // A server that is not there gives a clear failure, not a frozen window.
        auto* kind = child<QComboBox>(&page, "databaseKindComboBox");
        kind->setCurrentIndex(1);
        child<QLineEdit>(&page, "pgHostLineEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&page, "pgPortSpinBox")->setValue(1);
        child<QLineEdit>(&page, "pgPasswordLineEdit")->setText(QStringLiteral("x"));
        QTest::mouseClick(child<QPushButton>(&page, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 30000);
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(tested.last().at(1).toString().contains(QStringLiteral("PostgreSQL: bridge@127.0.0.1:1/bridge")),
                 qPrintable(tested.last().at(1).toString()));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
