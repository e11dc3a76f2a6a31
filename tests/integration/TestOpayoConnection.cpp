// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Pi client authenticates with the integration key and password kept in the keychain
// (with-keyring.sh), against an in-process Opayo sandbox.
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"
#include "engine/OpayoConnection.h"
#include "opayo/PiClient.h"
#include "opayo/PiJob.h"
#include "sandbox/opayo/OpayoSandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bridge;

class TestOpayoConnection : public QObject
{
    Q_OBJECT

    const QString m_service = QStringLiteral("bridge-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    std::shared_ptr<engine::OpayoConnection::Credentials>
    load(credentials::CredentialStore& store, const engine::OpayoConnection::Details& details, Error* error)
    {
        std::optional<Result<std::shared_ptr<engine::OpayoConnection::Credentials>>> result;
        engine::OpayoConnection::load(store, details, this, [&](auto r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
            *error = Error::transient(QStringLiteral("test.timeout"), QStringLiteral("no answer from the keychain"));
            return nullptr;
        }
        if (!*result) {
            *error = result->error();
            return nullptr;
        }
        return **result;
    }

    void store(credentials::CredentialStore& keychain, const QString& scope, const char* name, const QString& value)
    {
        bool written = false;
        keychain.write(credentials::SecretRef{scope, QLatin1String(name)}, value, this,
                       [&](Result<void> r) { written = r.has_value(); });
        QTRY_VERIFY(written);
    }

private Q_SLOTS:
    void piClientUsesTheKeychainSecrets()
    {
        sandbox::opayo::OpayoSandbox opayo;
        QVERIFY(opayo.start());
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("bridge.ini")));
        settings.setValue(SettingKeys::OpayoEnvironment, QStringLiteral("custom"));
        settings.setValue(SettingKeys::OpayoBaseUrl, opayo.baseUrl() + QStringLiteral("/api/v1"));
        settings.setValue(SettingKeys::OpayoReportingUrl, opayo.baseUrl() + QStringLiteral("/access/access.htm"));
        settings.setValue(SettingKeys::OpayoVendorName, QStringLiteral("sandbox"));
        const auto details = engine::OpayoConnection::fromSettings(settings);
        credentials::CredentialStore keychain(m_service);

        // Nothing in the keychain yet: the message says what is missing and where to enter it.
        Error error;
        QVERIFY(!load(keychain, details, &error));
        QCOMPARE(error.code, QStringLiteral("keychain.not_found"));
        QVERIFY(error.message.contains(QStringLiteral("integration-key")));

        const QString scope = engine::OpayoConnection::credentialScope(details);
        QCOMPARE(scope, QStringLiteral("opayo/sandbox@custom"));
        store(keychain, scope, "integration-key", QStringLiteral("sandbox-key"));
        store(keychain, scope, "integration-password", QStringLiteral("wrong"));
        auto credentials = load(keychain, details, &error);
        QVERIFY2(credentials, qPrintable(error.toString()));
        QNetworkAccessManager network;
        {
            // A wrong password reaches Opayo as HTTP Basic and is refused as a configuration problem.
            opayo::PiClient client(&network, *credentials->piConfig());
            opayo::PiJob* job = client.getTransaction(QStringLiteral("0E4D5B3A-0000-0000-0000-000000000000"));
            QSignalSpy finished(job, &net::NetworkJob::finished);
            job->start();
            QVERIFY(finished.wait(10000));
            QVERIFY(job->error().has_value());
            QCOMPARE(job->error()->errorClass, ErrorClass::Configuration);
        }
        store(keychain, scope, "integration-password", QStringLiteral("sandbox-password"));
        credentials = load(keychain, details, &error);
        QVERIFY(credentials);
        QCOMPARE(credentials->piConfig()->apiVersion, QStringLiteral("v1"));
        QCOMPARE(credentials->reportingConfig()->vendor, QStringLiteral("sandbox"));
        {
            // The right secrets authenticate: an unknown transaction is now a plain "not found".
            opayo::PiClient client(&network, *credentials->piConfig());
            opayo::PiJob* job = client.getTransaction(QStringLiteral("0E4D5B3A-0000-0000-0000-000000000000"));
            QSignalSpy finished(job, &net::NetworkJob::finished);
            job->start();
            QVERIFY(finished.wait(10000));
            QVERIFY(job->error().has_value());
            QCOMPARE(job->error()->errorClass, ErrorClass::Permanent);
            QVERIFY2(job->error()->code.contains(QStringLiteral("1012")) || job->response()->status == 404,
                     qPrintable(job->error()->toString()));
        }
    }

    void addressesAreChecked()
    {
        engine::OpayoConnection::Details d{QStringLiteral("custom"), QStringLiteral("https://opayo.example.com/api"),
                                           QStringLiteral("https://opayo.example.com/access/access.htm"),
                                           QStringLiteral("v")};
        const auto noVersion = engine::OpayoConnection::piConfig(d);
        QVERIFY(!noVersion);
        QVERIFY(noVersion.error().message.contains(QStringLiteral("/api/v1")));
        d.piUrl = QStringLiteral("https://opayo.example.com/api/v1/");
        QCOMPARE(engine::OpayoConnection::piConfig(d)->url(QStringLiteral("/transactions/X")).toString(),
                 QStringLiteral("https://opayo.example.com/api/v1/transactions/X"));
        d.vendorName.clear();
        QVERIFY(!engine::OpayoConnection::reportingConfig(d));
    }
};

QTEST_GUILESS_MAIN(TestOpayoConnection)
#include "TestOpayoConnection.moc"
