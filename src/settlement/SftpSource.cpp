// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "settlement/SftpSource.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"

#include <QRegularExpression>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>

#include <memory>

namespace bridge::settlement {

namespace {

struct SessionDeleter {
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s)) {
            ssh_disconnect(s);
        }
        ssh_free(s);
    }
};
struct SftpDeleter {
    void operator()(sftp_session s) const { sftp_free(s); }
};
struct KeyDeleter {
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct DirDeleter {
    void operator()(sftp_dir d) const { sftp_closedir(d); }
};
struct FileDeleter {
    void operator()(sftp_file f) const { sftp_close(f); }
};
struct AttributesDeleter {
    void operator()(sftp_attributes a) const { sftp_attributes_free(a); }
};
using Session = std::unique_ptr<std::remove_pointer_t<ssh_session>, SessionDeleter>;
using Sftp = std::unique_ptr<std::remove_pointer_t<sftp_session>, SftpDeleter>;
using Key = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;
using Dir = std::unique_ptr<std::remove_pointer_t<sftp_dir>, DirDeleter>;
using File = std::unique_ptr<std::remove_pointer_t<sftp_file>, FileDeleter>;
using Attributes = std::unique_ptr<std::remove_pointer_t<sftp_attributes>, AttributesDeleter>;

QString where(const SftpConfig& c)
{
    return QStringLiteral("%1@%2:%3").arg(c.user, c.host).arg(c.port);
}

Error sftpError(const QString& code, const QString& message)
{
    return Error::transient(QStringLiteral("settlement.sftp_") + code, message);
}

QString fingerprint(ssh_key key)
{
    unsigned char* hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK) {
        return {};
    }
    char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString out = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return out;
}

/// "type base64" of the known-hosts entry (its host names and any marker dropped).
std::optional<std::pair<QString, QString>> knownKey(const QString& entry)
{
    const QStringList parts = entry.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).startsWith(QLatin1String("ssh-")) || parts.at(i).startsWith(QLatin1String("ecdsa-"))) {
            return std::pair{parts.at(i), parts.at(i + 1)};
        }
    }
    return std::nullopt;
}

} // namespace

SftpConfig SftpConfig::fromSettings(const Settings& settings)
{
    SftpConfig c;
    c.host = settings.value(SettingKeys::SettlementSftpHost).trimmed();
    c.port = settings.value(SettingKeys::SettlementSftpPort);
    c.user = settings.value(SettingKeys::SettlementSftpUser).trimmed();
    c.directory = settings.value(SettingKeys::SettlementSftpDirectory);
    c.pattern = settings.value(SettingKeys::SettlementSftpPattern);
    c.knownHost = settings.value(SettingKeys::SettlementSftpKnownHost).trimmed();
    c.keyRef = credentials::SecretRef::fromString(settings.value(SettingKeys::SettlementSftpKeyRef));
    c.passwordRef = credentials::SecretRef::fromString(settings.value(SettingKeys::SettlementSftpPasswordRef));
    return c;
}

Result<QList<SftpFile>> SftpSource::fetch(const SftpConfig& config, const SftpSecret& secret)
{
    if (config.host.isEmpty() || config.user.isEmpty()) {
        return fail(Error::configuration(QStringLiteral("settlement.sftp_config"),
                                         tr("The settlement SFTP server is not set up: set settlement/sftpHost and "
                                            "settlement/sftpUser.")));
    }
    const std::optional<std::pair<QString, QString>> expected = knownKey(config.knownHost);
    if (!expected) {
        // Without a known key nothing can be checked; connect only to show the fingerprint.
    }
    Session session(ssh_new());
    if (!session) {
        return fail(sftpError(QStringLiteral("session"), tr("libssh could not create a session.")));
    }
    const QByteArray host = config.host.toUtf8();
    const QByteArray user = config.user.toUtf8();
    const unsigned int port = unsigned(config.port);
    const long timeout = config.timeoutSeconds;
    const int noConfig = 0;
    ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
    ssh_options_set(session.get(), SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    // Never read or write ~/.ssh/known_hosts: the settings hold the one key we trust.
    ssh_options_set(session.get(), SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(session.get(), SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (ssh_connect(session.get()) != SSH_OK) {
        return fail(sftpError(QStringLiteral("connect"),
                              tr("Could not connect to the settlement SFTP server %1: %2. Check settlement/sftpHost "
                                 "and settlement/sftpPort, and that the server is reachable.")
                                  .arg(where(config), QString::fromUtf8(ssh_get_error(session.get())))));
    }
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session.get(), &rawKey) != SSH_OK) {
        return fail(
            sftpError(QStringLiteral("host_key"), tr("The SFTP server %1 sent no host key.").arg(where(config))));
    }
    Key serverKey(rawKey);
    char* base64 = nullptr;
    ssh_pki_export_pubkey_base64(serverKey.get(), &base64);
    const QString serverBase64 = QString::fromLatin1(base64);
    ssh_string_free_char(base64);
    const QString serverType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(serverKey.get())));
    const QString print = fingerprint(serverKey.get());
    if (!expected) {
        return fail(Error::security(
            QStringLiteral("settlement.sftp_host_unknown"),
            tr("The settlement SFTP server %1 is not known: its host key is %2 %3. Nothing was downloaded. Compare "
               "this fingerprint with the one the server's administrator gives you, then put the server's "
               "known_hosts line (ssh-keyscan -p %4 %5) in the setting settlement/sftpKnownHost.")
                .arg(where(config), serverType, print)
                .arg(config.port)
                .arg(config.host)));
    }
    if (expected->first != serverType || expected->second != serverBase64) {
        return fail(Error::security(
            QStringLiteral("settlement.sftp_host_changed"),
            tr("The settlement SFTP server %1 presented a different host key than the one in settlement/sftpKnownHost "
               "(it sent %2 %3). Nothing was sent or downloaded: the server may have been replaced, or someone is "
               "in between. Ask the server's administrator whether the key changed before updating the setting.")
                .arg(where(config), serverType, print)));
    }

    int auth = SSH_AUTH_DENIED;
    if (!secret.privateKey.isEmpty()) {
        ssh_key raw = nullptr;
        if (ssh_pki_import_privkey_base64(secret.privateKey.toUtf8().constData(), nullptr, nullptr, nullptr, &raw) !=
            SSH_OK) {
            return fail(Error::configuration(
                QStringLiteral("settlement.sftp_key"),
                tr("The private key for the settlement SFTP server (keychain entry settlement/sftpKeyRef) could not be "
                   "read. Store the key's OpenSSH or PEM text, without a passphrase.")));
        }
        Key privateKey(raw);
        auth = ssh_userauth_publickey(session.get(), nullptr, privateKey.get());
    } else if (!secret.password.isEmpty()) {
        auth = ssh_userauth_password(session.get(), nullptr, secret.password.toUtf8().constData());
    } else {
        return fail(Error::configuration(QStringLiteral("settlement.sftp_secret"),
                                         tr("No private key or password for the settlement SFTP server: store one in "
                                            "the keychain and name it in settlement/sftpKeyRef or "
                                            "settlement/sftpPasswordRef.")));
    }
    if (auth != SSH_AUTH_SUCCESS) {
        return fail(Error::configuration(
            QStringLiteral("settlement.sftp_auth"),
            tr("The settlement SFTP server %1 refused the %2: %3. Check the user and the secret in the keychain.")
                .arg(where(config), secret.privateKey.isEmpty() ? tr("password") : tr("private key"),
                     QString::fromUtf8(ssh_get_error(session.get())))));
    }
    Sftp sftp(sftp_new(session.get()));
    if (!sftp || sftp_init(sftp.get()) != SSH_OK) {
        return fail(sftpError(QStringLiteral("subsystem"),
                              tr("The server %1 offers no SFTP: %2")
                                  .arg(where(config), QString::fromUtf8(ssh_get_error(session.get())))));
    }
    const QByteArray directory = config.directory.toUtf8();
    Dir dir(sftp_opendir(sftp.get(), directory.constData()));
    if (!dir) {
        return fail(sftpError(QStringLiteral("folder"),
                              tr("The folder \"%1\" on the SFTP server %2 could not be opened (SFTP error %3). Check "
                                 "settlement/sftpDirectory.")
                                  .arg(config.directory, where(config))
                                  .arg(sftp_get_error(sftp.get()))));
    }
    const QRegularExpression match(QRegularExpression::fromWildcard(config.pattern, Qt::CaseInsensitive));
    QStringList names;
    while (Attributes a{sftp_readdir(sftp.get(), dir.get())}) {
        const QString name = QString::fromUtf8(a->name);
        if (a->type == SSH_FILEXFER_TYPE_REGULAR && match.match(name).hasMatch()) {
            names.append(name);
        }
    }
    names.sort();
    QList<SftpFile> files;
    for (const QString& name : std::as_const(names)) {
        const QByteArray path = (config.directory + QLatin1Char('/') + name).toUtf8();
        File file(sftp_open(sftp.get(), path.constData(), O_RDONLY, 0));
        if (!file) {
            return fail(sftpError(QStringLiteral("read"), tr("The file %1 on the SFTP server %2 could not be opened "
                                                             "(SFTP error %3).")
                                                              .arg(name, where(config))
                                                              .arg(sftp_get_error(sftp.get()))));
        }
        QByteArray content;
        char buffer[32768];
        for (;;) {
            const ssize_t n = sftp_read(file.get(), buffer, sizeof buffer);
            if (n < 0) {
                return fail(sftpError(QStringLiteral("read"),
                                      tr("Reading %1 from the SFTP server %2 failed: %3")
                                          .arg(name, where(config), QString::fromUtf8(ssh_get_error(session.get())))));
            }
            if (n == 0) {
                break;
            }
            content.append(buffer, n);
            if (content.size() > config.maxFileBytes) {
                return fail(Error::permanent(QStringLiteral("settlement.sftp_size"),
                                             tr("The file %1 on the SFTP server %2 is larger than %3 MB; it is not a "
                                                "settlement file the bridge can read.")
                                                 .arg(name, where(config))
                                                 .arg(config.maxFileBytes / (1024 * 1024))));
            }
        }
        files.append({name, content});
    }
    return files;
}

} // namespace bridge::settlement
