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
#include <condition_variable>
#include <deque>
#include <future>
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
/// SQLite: the pragmas every connection gets. WAL lets readers (the console) work while the
/// engine writes; FULL makes each commit durable on power loss, which money needs; foreign keys
/// are off by default in SQLite.
Result<void> applySqlitePragmas(QSqlDatabase& db, const QStringList& extra = {})
{
    QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                        QStringLiteral("PRAGMA foreign_keys=ON")};
    pragmas.append(extra);
    for (const QString& pragma : std::as_const(pragmas)) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            return fail(Database::sqlError(q.lastError(), pragma));
        }
    }
    return {};
}

} // namespace

/// Every write transaction on one SQLite file in this process runs here, on one connection,
/// one at a time. SQLite lets one writer in at a time anyway; what one thread gains over
/// writers taking turns on their own connections is the page cache: a connection must drop
/// its cache whenever another connection has written, so taking turns meant every
/// transaction started cold and read its B-tree pages back from the operating system.
/// (Committing queued transactions together, each in a savepoint, was measured and was slower:
/// the savepoints' statement journals cost more than the commits they saved.)
class SqliteWriter
{
public:
    SqliteWriter(QString filePath, int busyTimeoutMs)
        : m_filePath(std::move(filePath))
        , m_busyTimeoutMs(busyTimeoutMs)
        , m_name(QStringLiteral("bridge-sqlite-writer-%1").arg(g_nextInstance++))
        , m_thread(QThread::create([this] { loop(); }))
    {
        m_thread->setObjectName(QStringLiteral("sqlite-writer"));
        m_thread->start();
    }
    ~SqliteWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread->wait();
    }
    SqliteWriter(const SqliteWriter&) = delete;
    SqliteWriter& operator=(const SqliteWriter&) = delete;

    [[nodiscard]] bool isWriterThread() const { return QThread::currentThread() == m_thread.get(); }

    /// Runs `work` in a write transaction on the writer's connection and waits for its result.
    Result<void> run(const std::function<Result<void>(QSqlDatabase&)>& work)
    {
        Task task{&work, {}};
        std::future<Result<void>> done = task.result.get_future();
        {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back(&task);
        }
        m_wake.notify_one();
        return done.get();
    }

private:
    struct Task {
        const std::function<Result<void>(QSqlDatabase&)>* work;
        std::promise<Result<void>> result;
    };
    void loop()
    {
        for (;;) {
            Task* task = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
                if (m_tasks.empty()) {
                    break; // stopping, and nothing is waiting
                }
                task = m_tasks.front();
                m_tasks.pop_front();
            }
            Result<QSqlDatabase> db = connection();
            Result<void> result = db ? Database::transaction(*db, true, *task->work) : Result<void>(fail(db.error()));
            if (!result && result.error().code == QLatin1String("database.connection")) {
                close(); // the next task opens a fresh one
            }
            task->result.set_value(std::move(result));
        }
        close();
    }

    Result<QSqlDatabase> connection()
    {
        {
            QSqlDatabase existing = QSqlDatabase::database(m_name, false);
            if (existing.isOpen()) {
                return existing;
            }
        }
        close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        if (!db.open()) {
            const Error e = Database::sqlError(db.lastError(), tr("Cannot open %1").arg(m_filePath));
            db = QSqlDatabase();
            close();
            return fail(e);
        }
        // The cache is this one connection's (about 16 MB at most), kept warm across writes. The
        // WAL is copied back into the database every 10,000 pages (about 40 MB) instead of
        // SQLite's 1,000: a page written many times between two checkpoints is copied once,
        // and the checkpoint's writes and fsync stall the writer less often (engine benchmark,
        // 10,000 events: 1,880 to 2,030 events/s). Commits stay fully synchronous.
        if (Result<void> ok = applySqlitePragmas(
                db, {QStringLiteral("PRAGMA cache_size=-16000"), QStringLiteral("PRAGMA wal_autocheckpoint=10000")});
            !ok) {
            db = QSqlDatabase();
            close();
            return fail(ok.error());
        }
        return db;
    }

    void close()
    {
        if (!QSqlDatabase::contains(m_name)) {
            return;
        }
        Database::dropStatements(m_name); // before the connection goes: they free themselves on it
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Q_DECLARE_TR_FUNCTIONS(bridge::store::Database)

    const QString m_filePath;
    const int m_busyTimeoutMs;
    const QString m_name;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task*> m_tasks;
    bool m_stopping = false;
    const std::unique_ptr<QThread> m_thread; // last: starts once everything above exists
};

namespace {
/// One writer thread per SQLite file in this process, shared by every Database opened on it.
std::shared_ptr<SqliteWriter> writerFor(const DatabaseUrl& url, int busyTimeoutMs)
{
    if (url.kind() != DatabaseUrl::Kind::Sqlite) {
        return nullptr;
    }
    static std::mutex registryMutex;
    static std::map<QString, std::weak_ptr<SqliteWriter>> registry;
    const QString key = QFileInfo(url.filePath()).absoluteFilePath();
    std::lock_guard lock(registryMutex);
    std::shared_ptr<SqliteWriter> existing = registry[key].lock();
    if (!existing) {
        existing = std::make_shared<SqliteWriter>(key, busyTimeoutMs);
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
    , m_writer(writerFor(m_url, m_options.sqliteBusyTimeoutMs))
{}

Database::~Database()
{
    std::set<QString> names;
    {
        std::lock_guard lock(m_registry->mutex);
        names.swap(m_registry->names);
    }
    for (const QString& name : names) {
        Database::dropStatements(name); // this thread's; before the connection goes
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
        if (Result<void> ok = applySqlitePragmas(db); !ok) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(ok.error());
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
                Database::dropStatements(name);
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
    Database::dropStatements(name);
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
    const bool sqlite = kind() == DatabaseUrl::Kind::Sqlite;
    if (m_writer && !m_writer->isWriterThread()) {
        return m_writer->run(work);
    }
    Result<void> result = [&]() -> Result<void> {
        Result<QSqlDatabase> db = connection();
        if (!db) {
            return fail(db.error());
        }
        return transaction(*db, sqlite, work);
    }(); // no handle to the connection is left past here
    if (!result && result.error().code == QLatin1String("database.connection")) {
        closeThreadConnection(); // the next call opens a fresh one
    }
    return result;
}

Result<void> Database::transaction(QSqlDatabase& db, bool sqlite,
                                   const std::function<Result<void>(QSqlDatabase&)>& work)
{
    // SQLite: take the write lock at the start, so that another process's writer makes this
    // one wait (busy timeout) instead of failing at commit.
    // SQLite keeps these three prepared; PostgreSQL cannot prepare transaction control.
    auto control = [&db, sqlite](const QString& sql) -> Result<void> {
        return sqlite ? asVoid(prepared(db, sql, {})) : asVoid(exec(db, sql));
    };
    if (Result<void> started = control(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        !started) {
        return fail(started.error());
    }
    Result<void> result = work(db);
    if (!result && result.error().code == QLatin1String("database.connection")) {
        return result;
    }
    if (result) {
        if (Result<void> committed = control(QStringLiteral("COMMIT")); !committed) {
            control(QStringLiteral("ROLLBACK"));
            return fail(committed.error());
        }
        return {};
    }
    if (Result<void> rolledBack = control(QStringLiteral("ROLLBACK")); !rolledBack) {
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

Result<void> Database::readSnapshot(const std::function<Result<void>(QSqlDatabase&)>& work)
{
    const bool postgres = isPostgres();
    return read([&](QSqlDatabase& db) -> Result<void> {
        if (Result<QSqlQuery> begun =
                exec(db, postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                  : QStringLiteral("BEGIN"));
            !begun) {
            return fail(begun.error());
        }
        Result<void> done = work(db);
        const Result<QSqlQuery> ended = exec(db, done ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        if (done && !ended) {
            return fail(ended.error());
        }
        return done;
    });
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

namespace {

/// The calling thread's prepared statements: connection name → SQL → an idle statement.
struct StatementCache {
    QHash<QString, QHash<QString, QSqlQuery>> idle;
    qsizetype count = 0;
};
thread_local StatementCache t_statements;
/// Kept per thread; more than this many texts means SQL built with values in it: start over.
constexpr qsizetype kMaxCachedStatements = 256;

Result<QSqlQuery> borrow(QSqlDatabase& db, const QString& sql)
{
    auto connection = t_statements.idle.find(db.connectionName());
    if (connection != t_statements.idle.end()) {
        auto cached = connection->find(sql);
        if (cached != connection->end()) {
            QSqlQuery query = std::move(*cached);
            connection->erase(cached);
            --t_statements.count;
            return query;
        }
    }
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        return fail(Database::sqlError(query.lastError(), sql.simplified().left(120)));
    }
    return query;
}

} // namespace

Statement::Statement(QString connection, QString sql, QSqlQuery query)
    : m_connection(std::move(connection))
    , m_sql(std::move(sql))
    , m_query(std::move(query))
{}

Statement::~Statement()
{
    if (m_sql.isEmpty()) {
        return; // moved from
    }
    if (!QSqlDatabase::contains(m_connection)) {
        return;
    }
    m_query.finish(); // resets the statement and frees its result; it stays prepared
    if (t_statements.count >= kMaxCachedStatements) {
        t_statements.idle.clear();
        t_statements.count = 0;
    }
    QHash<QString, QSqlQuery>& connection = t_statements.idle[m_connection];
    if (!connection.contains(m_sql)) {
        connection.insert(m_sql, std::move(m_query));
        ++t_statements.count;
    }
}

void Database::dropStatements(const QString& connection)
{
    const auto it = t_statements.idle.constFind(connection);
    if (it != t_statements.idle.cend()) {
        t_statements.count -= it->size();
        t_statements.idle.erase(it);
    }
}

Result<Statement> Database::prepared(QSqlDatabase& db, const QString& sql, Bindings bindings)
{
    Result<QSqlQuery> query = borrow(db, sql);
    if (!query) {
        return fail(query.error());
    }
    for (const auto& [name, value] : bindings) {
        query->bindValue(QLatin1Char(':') + QLatin1String(name), value);
    }
    Statement statement(db.connectionName(), sql, std::move(*query));
    if (!statement->exec()) {
        Error e = sqlError(statement->lastError(), sql.simplified().left(120));
        return fail(e);
    }
    return statement;
}

Result<Statement> Database::prepared(QSqlDatabase& db, const QString& sql, const QVariantMap& bindings)
{
    Result<QSqlQuery> query = borrow(db, sql);
    if (!query) {
        return fail(query.error());
    }
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        query->bindValue(QLatin1Char(':') + it.key(), it.value());
    }
    Statement statement(db.connectionName(), sql, std::move(*query));
    if (!statement->exec()) {
        Error e = sqlError(statement->lastError(), sql.simplified().left(120));
        return fail(e);
    }
    return statement;
}

QString Database::prefixUpper(const QString& prefix)
{
    QString upper = prefix;
    if (upper.isEmpty()) {
        return QString(QChar(0xFFFF));
    }
    QChar& last = upper[upper.size() - 1];
    last = last.unicode() == 0xFFFF ? last : QChar(ushort(last.unicode() + 1));
    return upper;
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
