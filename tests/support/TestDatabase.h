// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace bridge::test {

/// A fresh, migrated database for one test. SQLite (a file in a temporary folder) unless the
/// test runs under tests/support/with-postgres.sh, which exports BRIDGE_TEST_PG_* for a
/// throw-away cluster; then each call creates a new PostgreSQL database on it.
class TestDatabase
{
public:
    static bool usePostgres();
    /// The cluster's connection details (only under with-postgres.sh).
    static store::DatabaseUrl postgresUrl(const QString& database);
    static QString postgresPassword();

    /// Empty `error()` on success. `migrate=false` leaves the schema empty.
    explicit TestDatabase(bool migrate = true);
    ~TestDatabase();

    [[nodiscard]] const std::shared_ptr<store::Database>& database() const { return m_database; }
    [[nodiscard]] const store::DatabaseUrl& url() const { return m_url; }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] QString error() const { return m_error; }
    /// Opens a second, independent handle on the same database (another "process").
    Result<std::shared_ptr<store::Database>> reopen(bool migrate = true) const;

private:
    QTemporaryDir m_dir;
    store::DatabaseUrl m_url;
    QString m_password;
    QString m_pgDatabase;
    std::shared_ptr<store::Database> m_database;
    QString m_error;
};

} // namespace bridge::test
