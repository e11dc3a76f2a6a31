// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "credentials/SecretRef.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bridge {
class Settings;
}

namespace bridge::settlement {

/// Where the acquirer's settlement files are on an SFTP server. Host, port, user, folder, file
/// pattern and the server's known-hosts entry are settings; the private key (OpenSSH or PEM text)
/// or the password is a secret in the keychain.
struct SftpConfig {
    QString host;
    int port = 22;
    QString user;
    QString directory = QStringLiteral(".");
    QString pattern = QStringLiteral("*.csv");
    /// The server's host key as one OpenSSH known_hosts line ("host keytype base64", e.g. from
    /// `ssh-keyscan -p PORT HOST`) or just "keytype base64". An empty entry, or a key that differs,
    /// refuses the connection: the key is never accepted blindly.
    QString knownHost;
    credentials::SecretRef keyRef;      ///< the private key's text
    credentials::SecretRef passwordRef; ///< or a password
    int timeoutSeconds = 30;
    qint64 maxFileBytes = 64LL * 1024 * 1024;

    [[nodiscard]] bool isConfigured() const { return !host.isEmpty(); }
    static SftpConfig fromSettings(const Settings& settings);
};

/// The secret that logs in: a private key's text, or a password.
struct SftpSecret {
    QString privateKey;
    QString password;
};

struct SftpFile {
    QString name; ///< the file's name in the folder
    QByteArray content;
};

/// Downloads the files matching the pattern from the folder, with libssh. Blocking (bounded by
/// the timeout): call it from a worker thread or a command-line run, never from a GUI thread.
/// Refuses an unknown or changed host key, naming the key's SHA-256 fingerprint so that an
/// administrator can compare it with the server's before putting it in the settings.
class SftpSource
{
    Q_DECLARE_TR_FUNCTIONS(bridge::settlement::SftpSource)

public:
    static Result<QList<SftpFile>> fetch(const SftpConfig& config, const SftpSecret& secret);
};

} // namespace bridge::settlement
