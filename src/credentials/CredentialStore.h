// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "credentials/SecretRef.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace bridge::credentials {

/// The only place that talks to the OS keychain (QtKeychain: Secret Service on Linux, Credential
/// Manager on Windows, Keychain on macOS). Every call is asynchronous; the callback runs on the
/// thread of `context` and is dropped if `context` is destroyed first. Values are never logged.
/// There is no plain-text fallback: if the keychain is unavailable, the caller gets an error.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    /// `service` separates installations (tests use their own so they never touch real secrets).
    explicit CredentialStore(QString service = QStringLiteral("opayo-syspro-bridge"), QObject* parent = nullptr);

    void read(const SecretRef& ref, QObject* context, ReadCallback done);
    void write(const SecretRef& ref, const QString& value, QObject* context, DoneCallback done);
    void remove(const SecretRef& ref, QObject* context, DoneCallback done);

    [[nodiscard]] QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace bridge::credentials
