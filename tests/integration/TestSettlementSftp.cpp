// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Settlement files over SFTP (settlement_sftp, labels integration;sftp), against a real OpenSSH
// server that tests/support/with-sshd.sh starts on 127.0.0.1 with throw-away keys: the files are
// downloaded and imported once; an unknown or changed host key, a key the server refuses and a
// closed port are each refused with a message that says what to do.
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "settlement/SettlementImport.h"
#include "settlement/SftpSource.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace bridge::settlement;
using namespace Qt::StringLiterals;
using bridge::test::TestDatabase;

namespace {

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

template <typename T>
QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

} // namespace

class TestSettlementSftp : public QObject
{
    Q_OBJECT

    SftpConfig m_config;
    SftpSecret m_secret;

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* name : {"BRIDGE_TEST_SFTP_HOST", "BRIDGE_TEST_SFTP_PORT", "BRIDGE_TEST_SFTP_KEY",
                                 "BRIDGE_TEST_SFTP_HOST_KEY", "BRIDGE_TEST_SFTP_DIR"}) {
            QVERIFY2(qEnvironmentVariableIsSet(name), "run this test through tests/support/with-sshd.sh");
        }
        m_config.host = qEnvironmentVariable("BRIDGE_TEST_SFTP_HOST");
        m_config.port = qEnvironmentVariable("BRIDGE_TEST_SFTP_PORT").toInt();
        m_config.user = qEnvironmentVariable("BRIDGE_TEST_SFTP_USER");
        m_config.directory = qEnvironmentVariable("BRIDGE_TEST_SFTP_DIR");
        // As `ssh-keyscan` prints it: "[host]:port keytype base64".
        m_config.knownHost = u"[%1]:%2 "_s.arg(m_config.host).arg(m_config.port) +
                             readText(qEnvironmentVariable("BRIDGE_TEST_SFTP_HOST_KEY")).trimmed();
        m_config.timeoutSeconds = 10;
        m_secret.privateKey = readText(qEnvironmentVariable("BRIDGE_TEST_SFTP_KEY"));
        QVERIFY(!m_secret.privateKey.isEmpty());
        const QString dir = m_config.directory;
        writeFile(dir + u"/settle-2026-11-20.csv"_s,
                  "batch_id,settlement_date,type,transaction_id,amount,currency\n"
                  "S-1,2026-11-20,payment,TXN-1,10.00,GBP\nS-1,2026-11-20,fee,,0.30,GBP\n");
        writeFile(
            dir + u"/settle-2026-11-21.csv"_s,
            "batch_id,settlement_date,type,transaction_id,amount,currency\nS-2,2026-11-21,payment,TXN-2,5.00,GBP\n");
        writeFile(dir + u"/readme.txt"_s, "not a settlement file");
    }

    void downloadsAndImportsOnce()
    {
        Result<QList<SftpFile>> files = SftpSource::fetch(m_config, m_secret);
        QVERIFY2(files, qPrintable(errorOf(files)));
        QCOMPARE(files->size(), 2); // *.csv only, in name order
        QCOMPARE(files->first().name, u"settle-2026-11-20.csv"_s);
        QVERIFY(files->first().content.startsWith("batch_id"));

        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        SettlementImport import(tdb.database(), SettlementCsvLayout::defaults(), u"sftp-test"_s);
        qint64 lines = 0;
        for (const SftpFile& f : *files) {
            Result<FileImportReport> r = import.importContent(f.name, f.content, u"sftp"_s);
            QVERIFY2(r, qPrintable(errorOf(r)));
            QVERIFY(!r->alreadyImported);
            lines += r->linesAdded;
        }
        QCOMPARE(lines, 3);
        Result<QList<SftpFile>> again = SftpSource::fetch(m_config, m_secret);
        QVERIFY2(again, qPrintable(errorOf(again)));
        for (const SftpFile& f : *again) {
            Result<FileImportReport> r = import.importContent(f.name, f.content, u"sftp"_s);
            QVERIFY2(r, qPrintable(errorOf(r)));
            QVERIFY(r->alreadyImported);
        }
    }

    void refusesAnUnknownHostKey()
    {
        SftpConfig config = m_config;
        config.knownHost.clear();
        Result<QList<SftpFile>> files = SftpSource::fetch(config, m_secret);
        QVERIFY(!files);
        QCOMPARE(files.error().code, u"settlement.sftp_host_unknown"_s);
        QCOMPARE(files.error().errorClass, ErrorClass::Security);
        QVERIFY2(files.error().message.contains(u"SHA256:"_s) &&
                     files.error().message.contains(u"settlement/sftpKnownHost"_s),
                 qPrintable(files.error().message));
    }

    void refusesAChangedHostKey()
    {
        SftpConfig config = m_config;
        // Another ed25519 key where the server's should be: the server looks replaced.
        config.knownHost = readText(qEnvironmentVariable("BRIDGE_TEST_SFTP_KEY") + u".pub"_s).trimmed();
        Result<QList<SftpFile>> files = SftpSource::fetch(config, m_secret);
        QVERIFY(!files);
        QCOMPARE(files.error().code, u"settlement.sftp_host_changed"_s);
        QVERIFY2(files.error().message.contains(u"different host key"_s), qPrintable(files.error().message));
    }

    void refusesAKeyTheServerDoesNotAccept()
    {
        SftpSecret other;
        other.privateKey = readText(qEnvironmentVariable("BRIDGE_TEST_SFTP_OTHER_KEY"));
        Result<QList<SftpFile>> files = SftpSource::fetch(m_config, other);
        QVERIFY(!files);
        QCOMPARE(files.error().code, u"settlement.sftp_auth"_s);
        SftpSecret garbage;
        garbage.privateKey = u"not a key"_s;
        files = SftpSource::fetch(m_config, garbage);
        QVERIFY(!files);
        QCOMPARE(files.error().code, u"settlement.sftp_key"_s);
        QVERIFY(!SftpSource::fetch(m_config, SftpSecret{}));
    }

    void refusesAClosedPortAndAMissingFolder()
    {
        SftpConfig config = m_config;
        config.port = 1; // nothing listens on 127.0.0.1:1
        Result<QList<SftpFile>> files = SftpSource::fetch(config, m_secret);
        QVERIFY(!files);
        QCOMPARE(files.error().code, u"settlement.sftp_connect"_s);
        QVERIFY2(files.error().message.contains(u"settlement/sftpPort"_s), qPrintable(files.error().message));
        config = m_config;
        config.directory = m_config.directory + u"/missing"_s;
        files = SftpSource::fetch(config, m_secret);
        QVERIFY(!files);
        QCOMPARE(files.error().code, u"settlement.sftp_folder"_s);
    }

    void readsItsSettings()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        settings.setValue(SettingKeys::SettlementSftpHost, u"sftp.example.com"_s);
        settings.setValue(SettingKeys::SettlementSftpPort, 2222);
        settings.setValue(SettingKeys::SettlementSftpUser, u"acme"_s);
        settings.setValue(SettingKeys::SettlementSftpKeyRef, u"keychain:settlement#sftpKey"_s);
        const SftpConfig c = SftpConfig::fromSettings(settings);
        QCOMPARE(c.host, u"sftp.example.com"_s);
        QCOMPARE(c.port, 2222);
        QCOMPARE(c.user, u"acme"_s);
        QCOMPARE(c.pattern, u"*.csv"_s);
        QCOMPARE(c.keyRef.name, u"sftpKey"_s);
        QVERIFY(!c.passwordRef.isValid());
    }
};

QTEST_GUILESS_MAIN(TestSettlementSftp)
#include "TestSettlementSftp.moc"
