// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Database.h"
#include "store/Migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using store::DatabaseUrl;
using store::Migrator;

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsStatementsPerEngine()
    {
        const QString sql = QStringLiteral("-- comment\n"
                                           "CREATE TABLE a (id INTEGER);\n"
                                           "-- @sqlite\n"
                                           "CREATE TRIGGER t BEFORE UPDATE ON a\n"
                                           "BEGIN\n"
                                           "    SELECT RAISE(ABORT, 'no');\n"
                                           "END;\n"
                                           "-- @postgres\n"
                                           "CREATE FUNCTION f() RETURNS trigger AS $$\n"
                                           "BEGIN\n"
                                           "    RAISE EXCEPTION 'no';\n"
                                           "END;\n"
                                           "$$ LANGUAGE plpgsql;\n"
                                           "-- @all\n"
                                           "CREATE INDEX i ON a (id);\n");
        const auto sqlite = Migrator::statements(sql, DatabaseUrl::Kind::Sqlite);
        QVERIFY(sqlite);
        QCOMPARE(sqlite->size(), 3);
        QVERIFY(sqlite->at(1).contains(QStringLiteral("RAISE(ABORT")));
        QVERIFY(sqlite->at(1).endsWith(QStringLiteral("END;")));
        const auto postgres = Migrator::statements(sql, DatabaseUrl::Kind::Postgres);
        QVERIFY(postgres);
        QCOMPARE(postgres->size(), 3);
        QVERIFY(postgres->at(1).contains(QStringLiteral("RAISE EXCEPTION")));
        QVERIFY(postgres->at(1).endsWith(QStringLiteral("plpgsql;")));
    }

    void unterminatedStatementIsAnError()
    {
        const auto r = Migrator::statements(QStringLiteral("CREATE TABLE a (id INTEGER)\n"), DatabaseUrl::Kind::Sqlite);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("migration.syntax"));
    }

    void shippedMigrationsAreNumberedWithoutGaps()
    {
        const auto migrations = Migrator::available();
        QVERIFY(!migrations.isEmpty());
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, int(i + 1));
        }
    }

    void migratesOnceAndIsIdempotent()
    {
        QTemporaryDir dir;
        const auto url = DatabaseUrl::sqlite(dir.filePath(QStringLiteral("m.db")));
        store::Database::Options noMigrate;
        noMigrate.migrate = false;
        auto db = store::Database::open(url, {}, noMigrate);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion().value_or(-1), 0);
        const int latest = Migrator::available().last().version;
        QCOMPARE(Migrator::migrate(**db).value_or(-1), latest);
        QCOMPARE(Migrator::migrate(**db).value_or(-1), latest);
        QCOMPARE((*db)->schemaVersion().value_or(-1), latest);
    }

    void failedMigrationRollsBackAndNamesItself()
    {
        QTemporaryDir dir;
        QTemporaryDir migrations;
        QFile good(migrations.filePath(QStringLiteral("0001_good.sql")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("CREATE TABLE t1 (id INTEGER);\n");
        good.close();
        QFile bad(migrations.filePath(QStringLiteral("0002_bad.sql")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("CREATE TABLE t2 (id INTEGER);\nCREATE TABLE t1 (id INTEGER);\n");
        bad.close();
        store::Database::Options noMigrate;
        noMigrate.migrate = false;
        auto db = store::Database::open(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("m.db"))), {}, noMigrate);
        QVERIFY(db);
        const auto result = Migrator::migrate(**db, migrations.path());
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("migration 2 (bad)")),
                 qPrintable(result.error().message));
        QCOMPARE((*db)->schemaVersion().value_or(-1), 1);
        // t2 was rolled back with the failed migration.
        auto conn = (*db)->connection();
        QVERIFY(!store::Database::exec(*conn, QStringLiteral("SELECT * FROM t2")));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
