// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Migrator.h"

#include "logging/Log.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace bridge::store {

namespace {
constexpr qint64 kMigrationLockKey = 0x4f5342; // "OSB": pg_advisory_lock key for migrations

Result<void> ensureVersionTable(QSqlDatabase& db)
{
    return asVoid(Database::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                    " version INTEGER PRIMARY KEY,"
                                                    " name TEXT NOT NULL,"
                                                    " applied_at BIGINT NOT NULL)")));
}
} // namespace

QList<Migrator::Migration> Migrator::available(const QString& resourceDir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QStringList files = QDir(resourceDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (m.hasMatch()) {
            out.append(Migration{m.captured(1).toInt(), m.captured(2), resourceDir + QLatin1Char('/') + file});
        } else {
            log::get("store")->warn("ignoring migration file with an unexpected name: {}", file.toStdString());
        }
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return out;
}

Result<QStringList> Migrator::statements(const QString& sql, DatabaseUrl::Kind kind)
{
    QStringList out;
    QString current;
    bool include = true;
    bool inDollar = false;
    int triggerDepth = 0;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line == QLatin1String("-- @sqlite")) {
            include = kind == DatabaseUrl::Kind::Sqlite;
            continue;
        }
        if (line == QLatin1String("-- @postgres")) {
            include = kind == DatabaseUrl::Kind::Postgres;
            continue;
        }
        if (line == QLatin1String("-- @all")) {
            include = true;
            continue;
        }
        if (!include || line.isEmpty() || (line.startsWith(QLatin1String("--")) && !inDollar && triggerDepth == 0)) {
            continue;
        }
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1) {
            inDollar = !inDollar;
        }
        if (!inDollar && line.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0) {
            ++triggerDepth;
        }
        if (inDollar) {
            continue;
        }
        if (triggerDepth > 0) {
            if (line.startsWith(QLatin1String("END;"), Qt::CaseInsensitive)) {
                --triggerDepth;
            } else {
                continue;
            }
        }
        if (line.endsWith(QLatin1Char(';')) && triggerDepth == 0) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty() || inDollar || triggerDepth != 0) {
        return fail(Error::configuration(
            QStringLiteral("migration.syntax"),
            tr("A database migration is incomplete: its last statement has no ending ';'."), current.left(200)));
    }
    return out;
}

Result<int> Migrator::currentVersion(QSqlDatabase& db)
{
    if (Result<void> ok = ensureVersionTable(db); !ok) {
        return fail(ok.error());
    }
    Result<QSqlQuery> q = Database::exec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q) {
        return fail(q.error());
    }
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> Migrator::migrate(Database& database, const QString& resourceDir)
{
    Result<QSqlDatabase> connection = database.connection();
    if (!connection) {
        return fail(connection.error());
    }
    QSqlDatabase db = *connection;
    if (Result<void> ok = ensureVersionTable(db); !ok) {
        return fail(ok.error());
    }
    const bool postgres = database.isPostgres();
    if (postgres) {
        if (auto locked = Database::exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLockKey));
            !locked) {
            return fail(locked.error());
        }
    }
    const QList<Migration> migrations = available(resourceDir);
    Result<int> result = 0;
    for (const Migration& migration : migrations) {
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            result =
                fail(Error::configuration(QStringLiteral("migration.missing"),
                                          tr("The database migration %1 cannot be read.").arg(migration.resourcePath)));
            break;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        Result<QStringList> steps = statements(sql, database.kind());
        if (!steps) {
            result = fail(steps.error());
            break;
        }
        bool applied = false;
        Result<void> ran = database.write([&](QSqlDatabase& tx) -> Result<void> {
            // Re-read inside the transaction: another process may have applied it meanwhile.
            Result<int> version = currentVersion(tx);
            if (!version) {
                return fail(version.error());
            }
            if (*version >= migration.version) {
                return {};
            }
            for (const QString& statement : *steps) {
                if (Result<QSqlQuery> q = Database::exec(tx, statement); !q) {
                    Error e = q.error();
                    e.message = tr("Database migration %1 (%2) failed: %3")
                                    .arg(migration.version)
                                    .arg(migration.name, e.message);
                    return fail(e);
                }
            }
            applied = true;
            return asVoid(Database::exec(tx,
                                         QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                        "VALUES (:version, :name, :at)"),
                                         {{"version", migration.version},
                                          {"name", migration.name},
                                          {"at", QDateTime::currentMSecsSinceEpoch()}}));
        });
        if (!ran) {
            result = fail(ran.error());
            break;
        }
        if (applied) {
            log::get("store")->info("applied migration {:04d} {}", migration.version, migration.name.toStdString());
        }
    }
    if (result) {
        result = currentVersion(db);
    }
    if (postgres) {
        Database::exec(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey));
    }
    return result;
}

} // namespace bridge::store
