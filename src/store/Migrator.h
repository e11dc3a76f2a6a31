// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bridge::store {

class Database;

/// Numbered schema migrations kept as resources (resources/migrations/NNNN_name.sql).
///
/// A migration file is SQL for both engines. Lines `-- @sqlite`, `-- @postgres` and `-- @all`
/// start sections for one engine or both. Statements end with a line ending in ';', except inside
/// `$$`-quoted bodies and BEGIN … END; trigger bodies. `{{AUTO_ID}}` stands for a 64-bit primary key
/// that the database assigns (SQLite AUTOINCREMENT, PostgreSQL identity). Each migration runs in one transaction and
/// is recorded in schema_migrations; on PostgreSQL an advisory lock keeps two processes that start
/// together from migrating twice.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Migrator)

public:
    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static Result<int> migrate(Database& database, const QString& resourceDir = QStringLiteral(":/migrations"));
    static Result<int> currentVersion(QSqlDatabase& db);
    static QList<Migration> available(const QString& resourceDir = QStringLiteral(":/migrations"));
    /// The statements of one migration file for one engine (exposed for tests).
    static Result<QStringList> statements(const QString& sql, DatabaseUrl::Kind kind);
};

} // namespace bridge::store
