// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Runs on SQLite (ctest: store_sqlite) and on a real PostgreSQL server (store_postgres).
#include "core/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/UserDirectory.h"
#include "support/TestDatabase.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

#include <optional>

using namespace bridge;
using namespace bridge::store;
using bridge::test::TestDatabase;

namespace {
// Lets a test change audit rows as an attacker with direct database access would.
void disableAppendOnlyGuard(Database& db)
{
    auto conn = db.connection();
    QVERIFY(conn);
    if (db.isPostgres()) {
        QVERIFY(Database::exec(*conn, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")));
    } else {
        QVERIFY(Database::exec(*conn, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(Database::exec(*conn, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    }
}

void appendSome(AuditLog& audit, int n)
{
    for (int i = 1; i <= n; ++i) {
        const auto e = audit.append(QStringLiteral("alice"), QStringLiteral("test.event"),
                                    QStringLiteral("item:%1").arg(i), QJsonObject{{QStringLiteral("n"), i}});
        QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
        QCOMPARE(e->id, qint64(i));
    }
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qInfo("engine: %s", TestDatabase::usePostgres() ? "PostgreSQL" : "SQLite"); }

    void opensAndMigrates()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        QVERIFY(t.database()->schemaVersion().value_or(0) >= 1);
        const auto version = t.database()->serverVersion();
        QVERIFY(version);
        QVERIFY(
            version->startsWith(TestDatabase::usePostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));
        if (!TestDatabase::usePostgres()) {
            auto conn = t.database()->connection();
            auto mode = Database::exec(*conn, QStringLiteral("PRAGMA journal_mode"));
            QVERIFY(mode && mode->next());
            QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        }
        // A second handle (another process) finds the schema current and migrates nothing.
        auto again = t.reopen();
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion().value_or(-1), t.database()->schemaVersion().value_or(-2));
    }

    void writeRollsBackOnFailure()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const auto r = t.database()->write([](QSqlDatabase& tx) -> Result<void> {
            if (auto q = Database::exec(
                    tx, QStringLiteral("INSERT INTO users (login, display_name, created_at, last_seen_at) "
                                       "VALUES ('x', 'x', 0, 0)"));
                !q) {
                return fail(q.error());
            }
            return fail(Error::permanent(QStringLiteral("test.abort"), QStringLiteral("abort")));
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("test.abort"));
        auto conn = t.database()->connection();
        auto count = Database::exec(*conn, QStringLiteral("SELECT COUNT(*) FROM users"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 0);
        // A bad statement is reported with the statement and a permanent class.
        auto bad = Database::exec(*conn, QStringLiteral("SELECT nope FROM users"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().errorClass, ErrorClass::Permanent);
        QVERIFY(bad.error().message.contains(QStringLiteral("SELECT nope")));
    }

    void connectionPerThread()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        auto db = t.database();
        AuditLog audit(db);
        const int before = QSqlDatabase::connectionNames().size();
        constexpr int threads = 4;
        constexpr int perThread = 25;
        std::atomic<int> failures{0};
        QList<QThread*> workers;
        for (int w = 0; w < threads; ++w) {
            workers.append(QThread::create([&audit, &failures, w] {
                for (int i = 0; i < perThread; ++i) {
                    if (!audit.append(QStringLiteral("worker%1").arg(w), QStringLiteral("test.concurrent"),
                                      QStringLiteral("n:%1").arg(i))) {
                        ++failures;
                    }
                }
            }));
            workers.last()->start();
        }
        for (QThread* w : workers) {
            QVERIFY(w->wait(120000));
        }
        QCOMPARE(failures.load(), 0);
        // Each thread opened its own connection and closed it when it finished.
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);
        qDeleteAll(workers);
        const auto v = audit.verify();
        QVERIFY(v);
        QVERIFY2(v->ok, qPrintable(v->message));
        QCOMPARE(v->rowsChecked, qint64(threads * perThread));
    }

    void twoHandlesShareOneChain()
    {
        // Two Database handles are two engine processes: appends interleave into one chain.
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        auto other = t.reopen();
        QVERIFY(other);
        AuditLog a(t.database());
        AuditLog b(*other);
        std::atomic<int> failures{0};
        QThread* ta = QThread::create([&] {
            for (int i = 0; i < 30; ++i) {
                failures += a.append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s")) ? 0 : 1;
            }
        });
        QThread* tb = QThread::create([&] {
            for (int i = 0; i < 30; ++i) {
                failures += b.append(QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("s")) ? 0 : 1;
            }
        });
        ta->start();
        tb->start();
        QVERIFY(ta->wait(120000));
        QVERIFY(tb->wait(120000));
        delete ta;
        delete tb;
        QCOMPARE(failures.load(), 0);
        const auto v = a.verify();
        QVERIFY2(v && v->ok, qPrintable(v ? v->message : v.error().toString()));
        QCOMPARE(v->rowsChecked, qint64(60));
    }

    void writesFromEveryThreadShareOneConnectionOnSqlite()
    {
        // SQLite: one writer thread and connection per file (warm cache, prepared statements);
        // PostgreSQL: each thread writes on its own connection, so that workers run side by side.
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        auto db = t.database();
        QMutex mutex;
        QSet<QString> connections;
        std::atomic<int> failures{0};
        QList<QThread*> workers;
        for (int w = 0; w < 3; ++w) {
            workers.append(QThread::create([&, w] {
                for (int i = 0; i < 10; ++i) {
                    const Result<void> ok = db->write([&](QSqlDatabase& tx) -> Result<void> {
                        {
                            QMutexLocker lock(&mutex);
                            connections.insert(tx.connectionName());
                        }
                        return asVoid(Database::prepared(
                            tx,
                            QStringLiteral("INSERT INTO users (login, display_name, created_at, last_seen_at) "
                                           "VALUES (:login, :name, 0, 0)"),
                            {{"login", QStringLiteral("w%1-%2").arg(w).arg(i)}, {"name", QStringLiteral("W")}}));
                    });
                    failures += ok ? 0 : 1;
                }
            }));
            workers.last()->start();
        }
        for (QThread* w : std::as_const(workers)) {
            QVERIFY(w->wait(60'000));
        }
        qDeleteAll(workers);
        QCOMPARE(failures.load(), 0);
        QCOMPARE(connections.size(), db->isPostgres() ? 3 : 1);
        auto conn = db->connection();
        auto count = Database::exec(*conn, QStringLiteral("SELECT COUNT(*) FROM users"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 30);
    }

    void preparedStatementsAreReusedButNeverShared()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        auto db = t.database();
        QVERIFY(db->write([](QSqlDatabase& tx) -> Result<void> {
            for (const char* login : {"ann", "bob", "cy"}) {
                if (auto q = Database::exec(tx,
                                            QStringLiteral("INSERT INTO users (login, display_name, created_at, "
                                                           "last_seen_at) VALUES (:login, 'x', 0, 0)"),
                                            {{"login", QString::fromLatin1(login)}});
                    !q) {
                    return fail(q.error());
                }
            }
            return {};
        }));
        std::optional<Result<QSqlDatabase>> conn(db->connection());
        QVERIFY(*conn);
        const QString sql = QStringLiteral("SELECT login FROM users WHERE login >= :from ORDER BY login");
        {
            // Two uses of the same text at once: the second gets a statement of its own, so the
            // first one's rows are not disturbed.
            Result<Statement> outer = Database::prepared(**conn, sql, {{"from", QStringLiteral("a")}});
            QVERIFY2(outer, qPrintable(outer ? QString() : outer.error().toString()));
            QVERIFY((*outer)->next());
            QCOMPARE((*outer)->value(0).toString(), QStringLiteral("ann"));
            {
                Result<Statement> inner = Database::prepared(**conn, sql, {{"from", QStringLiteral("c")}});
                QVERIFY(inner);
                QVERIFY((*inner)->next());
                QCOMPARE((*inner)->value(0).toString(), QStringLiteral("cy"));
                QVERIFY(!(*inner)->next());
            }
            QVERIFY((*outer)->next());
            QCOMPARE((*outer)->value(0).toString(), QStringLiteral("bob"));
        }
        // Given back and used again with new values: the new values count.
        for (const auto& [from, first] : {std::pair{"b", "bob"}, std::pair{"c", "cy"}, std::pair{"a", "ann"}}) {
            Result<Statement> again = Database::prepared(**conn, sql, {{"from", QString::fromLatin1(from)}});
            QVERIFY(again);
            QVERIFY((*again)->next());
            QCOMPARE((*again)->value(0).toString(), QString::fromLatin1(first));
        }
        // A statement that cannot be prepared is named in the error.
        Result<Statement> bad = Database::prepared(**conn, QStringLiteral("SELECT nope FROM users"), {});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("SELECT nope")));
        // Closing the connection drops its statements first, without Qt's "still in use" warning.
        conn.reset();
        db->closeThreadConnection();
        auto reopened = db->connection();
        QVERIFY(reopened);
        Result<Statement> afterReopen = Database::prepared(*reopened, sql, {{"from", QStringLiteral("c")}});
        QVERIFY(afterReopen && (*afterReopen)->next());
        QCOMPARE((*afterReopen)->value(0).toString(), QStringLiteral("cy"));
    }

    void reconnectsAfterTheConnectionIsLost()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        AuditLog audit(t.database());
        QVERIFY(audit.append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s")));
        if (t.database()->isPostgres()) {
            // The server ends this session, as a restart or a network cut would.
            auto other = t.reopen(false);
            QVERIFY(other);
            auto conn = (*other)->connection();
            QVERIFY(Database::exec(*conn,
                                   QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                  "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
            const auto lost = audit.append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s"));
            QVERIFY(!lost);
            QCOMPARE(lost.error().code, QStringLiteral("database.connection"));
            QVERIFY(lost.error().isTransient());
        } else {
            // A closed handle is noticed and replaced.
            auto conn = t.database()->connection();
            conn->close();
        }
        // The next operation opens a fresh connection and succeeds; nothing was written twice.
        const auto again = audit.append(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("s"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->id, 2);
        QVERIFY(audit.verify()->ok);
    }

    void auditChainVerifies()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        AuditLog audit(t.database(), clock);
        const auto empty = audit.verify();
        QVERIFY(empty && empty->ok);
        QCOMPARE(empty->rowsChecked, 0);
        appendSome(audit, 12);
        const auto v = audit.verify();
        QVERIFY(v && v->ok);
        QCOMPARE(v->rowsChecked, 12);
        QCOMPARE(v->headId, 12);
        QCOMPARE(v->headHash.size(), 64);
        QVERIFY(audit.verify(v->headHash)->ok);
        const auto recent = audit.recent(3);
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->first().id, 12);
        QCOMPARE(recent->first().detail, QStringLiteral("{\"n\":12}"));
        QCOMPARE(recent->first().atMsecs, clock.nowMsecs());
    }

    void databaseRefusesAuditChanges()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        AuditLog audit(t.database());
        appendSome(audit, 2);
        auto conn = t.database()->connection();
        const auto update =
            Database::exec(*conn, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 1"));
        QVERIFY(!update);
        QVERIFY(update.error().detail.contains(QStringLiteral("append-only")));
        QVERIFY(!Database::exec(*conn, QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    }

    void changedRowIsNamed()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        AuditLog audit(t.database());
        appendSome(audit, 10);
        disableAppendOnlyGuard(*t.database());
        auto conn = t.database()->connection();
        QVERIFY(Database::exec(*conn, QStringLiteral("UPDATE audit_log SET detail = '{\"n\":999}' WHERE id = 7")));
        const auto v = audit.verify();
        QVERIFY(v);
        QVERIFY(!v->ok);
        QCOMPARE(v->problem, AuditVerification::Problem::ContentChanged);
        QCOMPARE(v->firstBadRow->id, 7);
        QCOMPARE(v->rowsChecked, 6);
        QVERIFY2(v->message.contains(QStringLiteral("row 7")), qPrintable(v->message));
    }

    void rehashedRowBreaksTheChainAfterIt()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        AuditLog audit(t.database());
        appendSome(audit, 6);
        disableAppendOnlyGuard(*t.database());
        // A careful attacker rewrites row 3 and recomputes its hash: row 4 no longer follows it.
        AuditEntry row3 = audit.recent(6)->at(3);
        QCOMPARE(row3.id, 3);
        row3.actor = QStringLiteral("mallory");
        row3.hash = AuditLog::computeHash(row3);
        auto conn = t.database()->connection();
        QVERIFY(Database::exec(*conn, QStringLiteral("UPDATE audit_log SET actor = :actor, hash = :hash WHERE id = 3"),
                               {{"actor", row3.actor}, {"hash", row3.hash}}));
        const auto v = audit.verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->problem, AuditVerification::Problem::ChainBroken);
        QCOMPARE(v->firstBadRow->id, 4);
    }

    void deletedRowIsFound()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        AuditLog audit(t.database());
        appendSome(audit, 5);
        const QString head = audit.verify()->headHash;
        disableAppendOnlyGuard(*t.database());
        auto conn = t.database()->connection();
        QVERIFY(Database::exec(*conn, QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        const auto v = audit.verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->problem, AuditVerification::Problem::RowMissing);
        QCOMPARE(v->firstBadRow->id, 3);
        QVERIFY(v->message.contains(QStringLiteral("rows 2 to 2")));
        // Removing the newest row leaves a valid chain; the remembered head catches it.
        QVERIFY(Database::exec(*conn, QStringLiteral("DELETE FROM audit_log WHERE id >= 2")));
        QVERIFY(audit.verify()->ok);
        const auto truncated = audit.verify(head);
        QVERIFY(!truncated->ok);
        QVERIFY(truncated->message.contains(QStringLiteral("removed from the end")));
    }

    void firstUserBecomesAdmin()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        UserDirectory users(t.database());
        const auto first = users.signIn(QStringLiteral("Alice"), QStringLiteral("Alice Adams"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->login, QStringLiteral("alice"));
        QVERIFY(first->roles == RoleSet{Role::Admin});
        const auto second = users.signIn(QStringLiteral("bob"));
        QVERIFY(second->roles == RoleSet{Role::Viewer});
        // Signing in again keeps the roles.
        QVERIFY(users.signIn(QStringLiteral("ALICE"))->roles == RoleSet{Role::Admin});
        QCOMPARE(users.users()->size(), 2);
        // Both registrations are in the audit log.
        const auto log = AuditLog(t.database()).recent(10);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->last().subject, QStringLiteral("user:alice"));
        QVERIFY(log->last().detail.contains(QStringLiteral("\"firstUser\":true")));
    }

    void rolesAreAssignedByAdminsOnly()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        UserDirectory users(t.database());
        QVERIFY(users.signIn(QStringLiteral("alice")));
        QVERIFY(users.signIn(QStringLiteral("bob")));
        const auto refused = users.setRoles(QStringLiteral("bob"), QStringLiteral("bob"), RoleSet{Role::Admin});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("permission.denied"));
        const auto granted =
            users.setRoles(QStringLiteral("alice"), QStringLiteral("bob"), RoleSet{Role::Preparer, Role::Approver});
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().toString()));
        // Another process sees the same assignment: roles live in the database.
        auto other = t.reopen();
        QVERIFY(UserDirectory(*other).user(QStringLiteral("bob"))->roles == (RoleSet{Role::Preparer, Role::Approver}));
        const auto entry = AuditLog(t.database()).recent(1)->first();
        QCOMPARE(entry.action, QStringLiteral("user.roles_changed"));
        QCOMPARE(entry.actor, QStringLiteral("alice"));
        QVERIFY(entry.detail.contains(QStringLiteral("\"after\":[\"preparer\",\"approver\"]")));
        QVERIFY(!users.setRoles(QStringLiteral("alice"), QStringLiteral("nobody"), RoleSet{Role::Viewer}));
    }

    void lastAdminCannotBeRemoved()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        UserDirectory users(t.database());
        QVERIFY(users.signIn(QStringLiteral("alice")));
        QVERIFY(users.signIn(QStringLiteral("bob")));
        const auto refused = users.setRoles(QStringLiteral("alice"), QStringLiteral("alice"), RoleSet{Role::Viewer});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("user.last_admin"));
        QVERIFY(users.setRoles(QStringLiteral("alice"), QStringLiteral("bob"), RoleSet{Role::Admin}));
        QVERIFY(users.setRoles(QStringLiteral("alice"), QStringLiteral("alice"), RoleSet{Role::Approver}));
        QVERIFY(users.user(QStringLiteral("alice"))->roles == RoleSet{Role::Approver});
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
