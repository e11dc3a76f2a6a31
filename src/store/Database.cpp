// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Database.h"

#include "logging/Log.h"
#include "store/Migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>

#include <spdlog/spdlog.h>

#include <atomic>
#include <map>

namespace bridge::store {

namespace {
std::atomic<quint64> g_nextInstance{1};

QString threadConnectionName(quint64 instance)
{
    return QStringLiteral("bridge-db%1-thread%2")
        .arg(instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}
/// One write lock per SQLite file in this process, shared by every Database opened on it.
std::shared_ptr<std::mutex> writeLockFor(const DatabaseUrl& url)
{
    if (url.kind() != DatabaseUrl::Kind::Sqlite) {
        return nullptr;
    }
    static std::mutex registryMutex;
    static std::map<QString, std::weak_ptr<std::mutex>> registry;
    const QString key = QFileInfo(url.filePath()).absoluteFilePath();
    std::lock_guard lock(registryMutex);
    std::shared_ptr<std::mutex> existing = registry[key].lock();
    if (!existing) {
        existing = std::make_shared<std::mutex>();
        registry[key] = existing;
    }
    return existing;
}
} // namespace

Database::Database(DatabaseUrl url, QString password, Options options)
    : m_url(std::move(url))
    , m_password(std::move(password))
    , m_options(options)
    , m_instance(g_nextInstance++)
    , m_writeLock(writeLockFor(m_url))
{}

Database::~Database()
{
    std::set<QString> names;
    {
        std::lock_guard lock(m_registry->mutex);
        names.swap(m_registry->names);
    }
    for (const QString& name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url, const QString& password,
                                                 const Options& options)
{
    const QString driver =
        url.kind() == DatabaseUrl::Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return fail(Error::configuration(
            QStringLiteral("database.driver_missing"),
            tr("The Qt SQL driver %1 is not installed, so %2 cannot be opened. Reinstall the bridge or install the "
               "Qt SQL driver package (Debian: libqt6sql6-sqlite or libqt6sql6-psql).")
                .arg(driver, url.displayName())));
    }
    if (url.kind() == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo file(url.filePath());
        if (!QDir().mkpath(file.absolutePath())) {
            return fail(Error::configuration(QStringLiteral("database.folder"),
                                             tr("Cannot create the folder %1 for the database. Check that it is "
                                                "writable or choose another location in Settings.")
                                                 .arg(QDir::toNativeSeparators(file.absolutePath()))));
        }
    }
    std::shared_ptr<Database> db(new Database(url, password, options));
    Result<QSqlDatabase> connection = db->connection();
    if (!connection) {
        return fail(connection.error());
    }
    if (options.migrate) {
        Result<int> migrated = Migrator::migrate(*db);
        if (!migrated) {
            return fail(migrated.error());
        }
    }
    log::get("store")->info("opened {} (schema version {})", url.displayName().toStdString(),
                            db->schemaVersion().value_or(-1));
    return db;
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = threadConnectionName(m_instance);
    bool stale = false;
    {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isValid()) {
            if (existing.isOpen()) {
                return existing;
            }
            stale = true;
        }
    }
    if (stale) {
        // Removed only once no handle to it is left in this scope.
        QSqlDatabase::removeDatabase(name);
    }
    return openConnection(name);
}

Result<QSqlDatabase> Database::openConnection(const QString& name)
{
    QSqlDatabase db;
    if (m_url.kind() == DatabaseUrl::Kind::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.sqliteBusyTimeoutMs));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setDatabaseName(m_url.databaseName());
        db.setUserName(m_url.user());
        db.setPassword(m_password);
        QString options = QStringLiteral("connect_timeout=10;application_name=opayo-syspro-bridge");
        if (!m_url.sslMode().isEmpty()) {
            options += QStringLiteral(";sslmode=") + m_url.sslMode();
        }
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        Error e = sqlError(error, tr("Cannot open %1").arg(m_url.displayName()));
        if (m_url.kind() == DatabaseUrl::Kind::Postgres &&
            error.text().contains(QLatin1String("authentication"), Qt::CaseInsensitive)) {
            e = Error::configuration(QStringLiteral("database.authentication"),
                                     tr("PostgreSQL refused the password for %1. Enter the correct password in "
                                        "Settings → Database; it is stored in the system keychain.")
                                         .arg(m_url.displayName()),
                                     error.text());
        }
        return fail(e);
    }
    if (m_url.kind() == DatabaseUrl::Kind::Sqlite) {
        // WAL lets readers (the console) work while the engine writes; FULL makes each commit
        // durable on power loss, which money needs; foreign keys are off by default in SQLite.
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            QSqlQuery q(db);
            if (!q.exec(QLatin1String(pragma))) {
                Error e = sqlError(q.lastError(), QLatin1String(pragma));
                q = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return fail(e);
            }
        }
    }
    {
        std::lock_guard lock(m_registry->mutex);
        m_registry->names.insert(name);
    }
    // Worker threads close their connection as they finish (the signal is delivered on the
    // finishing thread, so the connection is removed from the thread that used it).
    QThread* thread = QThread::currentThread();
    if (thread != nullptr && QCoreApplication::instance() != nullptr &&
        thread != QCoreApplication::instance()->thread()) {
        QObject::connect(
            thread, &QThread::finished, thread,
            [weak = std::weak_ptr<Registry>(m_registry), name] {
                const std::shared_ptr<Registry> registry = weak.lock();
                if (!registry) {
                    return; // the Database is gone and has removed its connections
                }
                {
                    std::lock_guard lock(registry->mutex);
                    if (registry->names.erase(name) == 0) {
                        return;
                    }
                }
                {
                    QSqlDatabase finished = QSqlDatabase::database(name, false);
                    finished.close();
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

void Database::closeThreadConnection()
{
    const QString name = threadConnectionName(m_instance);
    {
        std::lock_guard lock(m_registry->mutex);
        m_registry->names.erase(name);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

Result<int> Database::schemaVersion()
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return fail(db.error());
    }
    return Migrator::currentVersion(*db);
}

Result<QString> Database::serverVersion()
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return fail(db.error());
    }
    const bool sqlite = kind() == DatabaseUrl::Kind::Sqlite;
    Result<QSqlQuery> q =
        exec(*db, sqlite ? QStringLiteral("SELECT sqlite_version()") : QStringLiteral("SHOW server_version"));
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return fail(
            Error::permanent(QStringLiteral("database.version"), tr("The database did not report its version.")));
    }
    return (sqlite ? QStringLiteral("SQLite ") : QStringLiteral("PostgreSQL ")) + q->value(0).toString();
}

Result<void> Database::write(const std::function<Result<void>(QSqlDatabase&)>& work)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return fail(db.error());
    }
    std::unique_lock<std::mutex> turn;
    if (m_writeLock) {
        turn = std::unique_lock(*m_writeLock);
    }
    const QString begin =
        kind() == DatabaseUrl::Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (Result<QSqlQuery> started = exec(*db, begin); !started) {
        if (started.error().code == QLatin1String("database.connection")) {
            closeThreadConnection();
        }
        return fail(started.error());
    }
    Result<void> result = work(*db);
    if (!result && result.error().code == QLatin1String("database.connection")) {
        closeThreadConnection();
        return result;
    }
    if (result) {
        if (Result<QSqlQuery> committed = exec(*db, QStringLiteral("COMMIT")); !committed) {
            exec(*db, QStringLiteral("ROLLBACK"));
            return fail(committed.error());
        }
        return {};
    }
    if (Result<QSqlQuery> rolledBack = exec(*db, QStringLiteral("ROLLBACK")); !rolledBack) {
        log::get("store")->error("rollback failed: {}", rolledBack.error().toString().toStdString());
    }
    return result;
}

QList<Result<void>> Database::writeEach(qsizetype count,
                                        const std::function<Result<void>(QSqlDatabase&, qsizetype)>& work)
{
    QList<Result<void>> results;
    if (count == 0) {
        return results;
    }
    const Result<void> together = write([&](QSqlDatabase& tx) -> Result<void> {
        for (qsizetype i = 0; i < count; ++i) {
            if (Result<void> done = work(tx, i); !done) {
                return done;
            }
        }
        return {};
    });
    if (together || count == 1) {
        results.fill(together, count);
        return results;
    }
    results.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        results.append(write([&](QSqlDatabase& tx) { return work(tx, i); }));
    }
    return results;
}

Result<void> Database::read(const std::function<Result<void>(QSqlDatabase&)>& work)
{
    Result<QSqlDatabase> db = connection();
    if (!db) {
        return fail(db.error());
    }
    Result<void> result = work(*db);
    if (!result && result.error().code == QLatin1String("database.connection")) {
        closeThreadConnection(); // the next call opens a fresh one
    }
    return result;
}

Result<QSqlQuery> Database::exec(QSqlDatabase& db, const QString& sql, Bindings bindings)
{
    QSqlQuery query(db);
    if (bindings.size() == 0) {
        if (!query.exec(sql)) {
            return fail(sqlError(query.lastError(), sql.simplified().left(120)));
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return fail(sqlError(query.lastError(), sql.simplified().left(120)));
    }
    for (const auto& [name, value] : bindings) {
        query.bindValue(QLatin1Char(':') + QLatin1String(name), value);
    }
    if (!query.exec()) {
        return fail(sqlError(query.lastError(), sql.simplified().left(120)));
    }
    return query;
}

Result<QSqlQuery> Database::exec(QSqlDatabase& db, const QString& sql, const QVariantMap& bindings)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        return fail(sqlError(query.lastError(), sql.simplified().left(120)));
    }
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    }
    if (!query.exec()) {
        return fail(sqlError(query.lastError(), sql.simplified().left(120)));
    }
    return query;
}

Error Database::sqlError(const QSqlError& error, const QString& what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    const QString detail =
        QStringLiteral("%1 [native code %2]").arg(text, native.isEmpty() ? QStringLiteral("-") : native);
    // PostgreSQL reports a five-character SQLSTATE; SQLite a number (primary code in the low byte,
    // extended codes such as 2067 above it). Qt's SQLite driver marks every failed statement as a
    // ConnectionError, so the type alone cannot tell a lost connection from a refused row.
    const bool postgres = native.size() == 5;
    bool numeric = false;
    const int sqliteCode = postgres ? 0 : native.toInt(&numeric) & 0xff;
    const bool sqlite = !postgres && numeric;
    // PostgreSQL SQLSTATE class 08 (connection exception) and 57P01..03 (server shutting down);
    // SQLite 10 I/O error and 14 cannot open; the driver's own error when it has no code at all.
    const bool connectionLost =
        (postgres && (native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P")))) ||
        (sqlite && (sqliteCode == 10 || sqliteCode == 14)) ||
        (native.isEmpty() && error.type() == QSqlError::ConnectionError);
    if (connectionLost) {
        return Error::transient(
            QStringLiteral("database.connection"),
            tr("The connection to the database was lost; the operation will be tried again. (%1)").arg(what), detail);
    }
    // SQLite: 5 SQLITE_BUSY, 6 SQLITE_LOCKED. PostgreSQL: 40001 serialization failure, 40P01 deadlock.
    const bool busy = (sqlite && (sqliteCode == 5 || sqliteCode == 6)) || native == QLatin1String("40001") ||
                      native == QLatin1String("40P01");
    if (busy) {
        return Error::transient(QStringLiteral("database.busy"),
                                tr("The database is busy; the operation will be tried again. (%1)").arg(what), detail);
    }
    // SQLite 19 SQLITE_CONSTRAINT; PostgreSQL class 23 (integrity constraint violation).
    if ((sqlite && sqliteCode == 19) || (postgres && native.startsWith(QLatin1String("23")))) {
        return Error::permanent(QStringLiteral("database.constraint"),
                                tr("The database refused a row that breaks one of its rules: %1.").arg(what), detail);
    }
    return Error::permanent(QStringLiteral("database.failed"), tr("A database operation failed: %1.").arg(what),
                            detail);
}

} // namespace bridge::store
