// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <utility>

namespace bridge::store {

class SqliteWriter;

using Bindings = std::initializer_list<std::pair<const char*, QVariant>>;

/// A prepared statement lent by the calling thread's statement cache (Database::prepared). It
/// goes back to the cache, still prepared, when this handle is destroyed, so that the next use
/// of the same SQL on the same connection skips parsing it. While a handle is alive nobody else
/// gets its statement: a second use of the same SQL meanwhile prepares a statement of its own.
class Statement
{
public:
    Statement(Statement&& other) noexcept = default;
    Statement& operator=(Statement&& other) noexcept = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    QSqlQuery* operator->() { return &m_query; }
    QSqlQuery& operator*() { return m_query; }

private:
    friend class Database;
    Statement(QString connection, QString sql, QSqlQuery query);

    QString m_connection;
    QString m_sql;
    QSqlQuery m_query;
};

/// A database the bridge uses: SQLite (WAL) or PostgreSQL. Thread-safe handle; every thread gets
/// its own QSqlDatabase connection, opened on first use and closed when the thread finishes.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Database)

public:
    struct Options {
        bool migrate = true; ///< run pending migrations while opening
        int sqliteBusyTimeoutMs = 10'000;
    };

    /// Opens the calling thread's connection, checks it and (by default) migrates the schema.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, const QString& password,
                                                  const Options& options);
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, const QString& password = {})
    {
        return open(url, password, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The calling thread's connection, opened if needed.
    Result<QSqlDatabase> connection();
    /// Closes and forgets the calling thread's connection (threads that finish do this themselves).
    void closeThreadConnection();

    [[nodiscard]] const DatabaseUrl& url() const { return m_url; }
    [[nodiscard]] DatabaseUrl::Kind kind() const { return m_url.kind(); }
    [[nodiscard]] bool isPostgres() const { return m_url.kind() == DatabaseUrl::Kind::Postgres; }
    Result<int> schemaVersion();
    /// "SQLite 3.40.1" or "PostgreSQL 15.4".
    Result<QString> serverVersion();

    /// Runs `work` in one write transaction and waits for it: on SQLite on the file's writer
    /// thread (its one connection; `work` must not touch objects of the calling thread other
    /// than through what it captured), on PostgreSQL on the calling thread's connection. On
    /// SQLite the transaction takes the write lock at its start (BEGIN IMMEDIATE) so that another
    /// process's writer queues instead of failing at commit. Commits when `work` succeeds, rolls
    /// back otherwise.
    Result<void> write(const std::function<Result<void>(QSqlDatabase&)>& work);
    /// Runs `count` independent pieces of work with as few commits as possible: all of them in
    /// one transaction (one commit, one fsync), and only if that fails, each in a transaction of
    /// its own, so that one bad piece costs its own result and not the others'. A piece is
    /// therefore run again after a rollback and must set its outputs afresh each time it runs.
    QList<Result<void>> writeEach(qsizetype count, const std::function<Result<void>(QSqlDatabase&, qsizetype)>& work);
    /// Runs `work` on the calling thread's connection without a transaction (reads).
    Result<void> read(const std::function<Result<void>(QSqlDatabase&)>& work);
    /// Runs `work` (reads, including nested read() calls on this thread) in one read-only
    /// snapshot, so that several queries agree while others write: a deferred transaction on
    /// SQLite (WAL), REPEATABLE READ READ ONLY on PostgreSQL. Nothing is locked for the writers.
    Result<void> readSnapshot(const std::function<Result<void>(QSqlDatabase&)>& work);

    /// Prepares and executes `sql` with named bindings (":name"). Errors name the statement.
    static Result<QSqlQuery> exec(QSqlDatabase& db, const QString& sql, Bindings bindings = {});
    /// The same with bindings built at run time (names without the colon).
    static Result<QSqlQuery> exec(QSqlDatabase& db, const QString& sql, const QVariantMap& bindings);
    /// Like exec, on a statement kept prepared per thread and connection: for the statements
    /// that run for every payment. `sql` should be one of a few fixed texts (values go in
    /// bindings), since each text is kept.
    static Result<Statement> prepared(QSqlDatabase& db, const QString& sql, Bindings bindings);
    static Result<Statement> prepared(QSqlDatabase& db, const QString& sql, const QVariantMap& bindings);
    /// Drops the calling thread's cached statements of `connection` (before it is closed).
    static void dropStatements(const QString& connection);
    /// Converts a QSqlError into a typed error: busy/locked/connection problems are transient.
    static Error sqlError(const QSqlError& error, const QString& what);
    /// The first string after every string that starts with `prefix`, so that "starts with" is
    /// an index range (`>= prefix AND < upper`) on SQLite and PostgreSQL alike.
    static QString prefixUpper(const QString& prefix);

private:
    friend class SqliteWriter;
    Database(DatabaseUrl url, QString password, Options options);
    /// BEGIN, `work`, COMMIT (or ROLLBACK) on `db`.
    static Result<void> transaction(QSqlDatabase& db, bool sqlite,
                                    const std::function<Result<void>(QSqlDatabase&)>& work);
    Result<QSqlDatabase> openConnection(const QString& name);

    const DatabaseUrl m_url;
    const QString m_password; // kept in memory only, to open further per-thread connections
    const Options m_options;
    const quint64 m_instance;
    /// SQLite: every write transaction on this file in this process runs on one writer thread
    /// and its one connection (see SqliteWriter in Database.cpp). Other processes (a second
    /// console) still meet the busy timeout.
    const std::shared_ptr<SqliteWriter> m_writer;
    struct Registry {
        std::mutex mutex;
        std::set<QString> names;
    };
    // Shared with the thread-finished hooks, which may outlive this object.
    const std::shared_ptr<Registry> m_registry = std::make_shared<Registry>();
};

} // namespace bridge::store
