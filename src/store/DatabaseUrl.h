// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace bridge::store {

/// Where the database is: `sqlite:///C:/path/bridge.db`, `sqlite:/home/me/bridge.db`, or
/// `postgresql://user@host:5432/dbname[?sslmode=require]`. A URL never carries a password:
/// the PostgreSQL password is read from the keychain under `credentialScope()`.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::DatabaseUrl)

public:
    enum class Kind { Sqlite, Postgres };

    static Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl sqlite(const QString& filePath);
    static DatabaseUrl postgres(const QString& host, int port, const QString& database, const QString& user,
                                const QString& sslMode = {});

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString filePath() const { return m_path; } ///< SQLite only
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString databaseName() const { return m_database; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString sslMode() const { return m_sslMode; }

    /// The canonical text form (what the settings file stores).
    [[nodiscard]] QString toString() const;
    /// A short, human description: "SQLite: /path/bridge.db" or "PostgreSQL: bridge@db1:5432/bridge".
    [[nodiscard]] QString displayName() const;
    /// The keychain scope of this connection's password.
    [[nodiscard]] QString credentialScope() const;
    [[nodiscard]] bool needsPassword() const { return m_kind == Kind::Postgres; }

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode;
};

} // namespace bridge::store
