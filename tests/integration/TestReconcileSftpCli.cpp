// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// `bridge-cli reconcile` fetching settlement files over SFTP as an installation would
// (settlement_sftp_cli, labels integration;sftp;keychain): host, port, user and the server's
// known_hosts line from the settings, the private key from the keychain (a private Secret
// Service from with-keyring.sh), the server a real sshd from with-sshd.sh. The file is imported
// once; a server whose key is not in the settings is refused and nothing is imported.
#include "cli/CliApplication.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"
#include "credentials/CredentialStore.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestReconcileSftpCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_service = u"bridge-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    Run cli(const QStringList& args)
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        cli::CliApplication app(out, err);
        app.setKeychainService(m_service);
        QSignalSpy finished(&app, &cli::CliApplication::finished);
        app.run(QStringList{u"bridge-cli"_s, u"--settings"_s, m_dir.filePath(u"bridge.ini"_s)} + args);
        if (finished.isEmpty() && !finished.wait(60'000)) {
            return run;
        }
        run.code = finished.first().first().toInt();
        out.flush();
        err.flush();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::installLanguage(u"en"_s));
        QVERIFY2(qEnvironmentVariableIsSet("BRIDGE_TEST_SFTP_PORT"),
                 "run this test through with-keyring.sh with-sshd.sh");
        // The private key goes into the keychain; the settings only name it.
        credentials::CredentialStore store(m_service);
        std::optional<Result<void>> written;
        store.write(credentials::SecretRef{u"settlement"_s, u"sftp-key"_s},
                    readText(qEnvironmentVariable("BRIDGE_TEST_SFTP_KEY")), this, [&](Result<void> r) { written = r; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 20'000));
        QVERIFY2(*written, qPrintable(written->has_value() ? QString() : written->error().toString()));

        Settings settings(m_dir.filePath(u"bridge.ini"_s));
        settings.setValue(SettingKeys::SettlementSftpHost, qEnvironmentVariable("BRIDGE_TEST_SFTP_HOST"));
        settings.setValue(SettingKeys::SettlementSftpPort, qEnvironmentVariable("BRIDGE_TEST_SFTP_PORT").toInt());
        settings.setValue(SettingKeys::SettlementSftpUser, qEnvironmentVariable("BRIDGE_TEST_SFTP_USER"));
        settings.setValue(SettingKeys::SettlementSftpDirectory, qEnvironmentVariable("BRIDGE_TEST_SFTP_DIR"));
        settings.setValue(SettingKeys::SettlementSftpKeyRef, u"keychain:settlement#sftp-key"_s);
        settings.setValue(SettingKeys::SettlementSftpKnownHost,
                          u"[%1]:%2 "_s.arg(qEnvironmentVariable("BRIDGE_TEST_SFTP_HOST"),
                                            qEnvironmentVariable("BRIDGE_TEST_SFTP_PORT")) +
                              readText(qEnvironmentVariable("BRIDGE_TEST_SFTP_HOST_KEY")).trimmed());
        settings.sync();

        QFile f(qEnvironmentVariable("BRIDGE_TEST_SFTP_DIR") + u"/elavon-2026-11-20.csv"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("batch_id,acquirer,settlement_date,type,transaction_id,amount,currency,fee\n"
                "E-1,Elavon,2026-11-20,payment,TXN-1,10.00,GBP,0.12\n"
                "E-1,Elavon,2026-11-20,fee,,0.40,GBP,\n");
    }

    void reconcileFetchesOverSftpOnce()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QStringList args{u"reconcile"_s, u"--date"_s,         u"2026-11-20"_s,
                               u"--db"_s,      db.url().toString(), u"--json"_s};
        const Run first = cli(args);
        QVERIFY2(first.code == cli::ExitOk, qPrintable(first.out + first.err));
        const QJsonObject o = QJsonDocument::fromJson(first.out.toUtf8()).object();
        const QJsonObject file = o.value(u"files"_s).toArray().first().toObject();
        QCOMPARE(file.value(u"file"_s).toString(), u"elavon-2026-11-20.csv"_s);
        QCOMPARE(file.value(u"linesAdded"_s).toInt(), 2);
        QCOMPARE(o.value(u"lines"_s).toInt(), 2);
        const QJsonObject batch = o.value(u"batches"_s).toArray().first().toObject();
        QCOMPARE(batch.value(u"fees"_s).toString(), u"0.52"_s); // the fee line plus the line's fee

        const Run again = cli(args);
        QCOMPARE(again.code, int(cli::ExitOk));
        const QJsonObject o2 = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QVERIFY(o2.value(u"files"_s).toArray().first().toObject().value(u"alreadyImported"_s).toBool());
        QCOMPARE(o2.value(u"lines"_s).toInt(), 2);
    }

    void aMissingSecretIsNamed()
    {
        Settings settings(m_dir.filePath(u"bridge.ini"_s));
        settings.setValue(SettingKeys::SettlementSftpKeyRef, u"keychain:settlement#not-there"_s);
        settings.sync();
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QStringList args{u"reconcile"_s, u"--date"_s,         u"2026-11-20"_s,
                               u"--db"_s,      db.url().toString(), u"--json"_s};
        const Run missing = cli(args);
        QCOMPARE(missing.code, int(cli::ExitFailure));
        QCOMPARE(QJsonDocument::fromJson(missing.out.toUtf8()).object().value(u"error"_s).toObject().value(u"code"_s),
                 QJsonValue(u"keychain.not_found"_s));
        settings.setValue(SettingKeys::SettlementSftpKeyRef, QString());
        settings.sync();
        const Run none = cli(args);
        QCOMPARE(none.code, int(cli::ExitFailure));
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).object().value(u"error"_s).toObject().value(u"code"_s),
                 QJsonValue(u"settlement.sftp_secret"_s));
        settings.setValue(SettingKeys::SettlementSftpKeyRef, u"keychain:settlement#sftp-key"_s);
        settings.sync();
    }

    void anUnknownServerIsRefused()
    {
        Settings settings(m_dir.filePath(u"bridge.ini"_s));
        const QString known = settings.value(SettingKeys::SettlementSftpKnownHost);
        settings.setValue(SettingKeys::SettlementSftpKnownHost, QString());
        settings.sync();
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const Run run =
            cli({u"reconcile"_s, u"--date"_s, u"2026-11-20"_s, u"--db"_s, db.url().toString(), u"--json"_s});
        settings.setValue(SettingKeys::SettlementSftpKnownHost, known);
        settings.sync();
        QCOMPARE(run.code, int(cli::ExitFailure));
        const QJsonObject error = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"settlement.sftp_host_unknown"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"SHA256:"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestReconcileSftpCli)
#include "TestReconcileSftpCli.moc"
