// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "support/TestDatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace bridge::test {

namespace {
std::atomic<int> g_counter{0};

// Runs one statement on the cluster's maintenance database "postgres".
QString maintenance(const QString& sql)
{
    const QString name = QStringLiteral("bridge-test-maintenance");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qEnvironmentVariable("BRIDGE_TEST_PG_HOST"));
        db.setPort(qEnvironmentVariableIntValue("BRIDGE_TEST_PG_PORT"));
        db.setUserName(qEnvironmentVariable("BRIDGE_TEST_PG_USER"));
        db.setPassword(qEnvironmentVariable("BRIDGE_TEST_PG_PASSWORD"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                error = q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

bool TestDatabase::usePostgres()
{
    return !qEnvironmentVariableIsEmpty("BRIDGE_TEST_PG_PORT");
}

store::DatabaseUrl TestDatabase::postgresUrl(const QString& database)
{
    return store::DatabaseUrl::postgres(qEnvironmentVariable("BRIDGE_TEST_PG_HOST"),
                                        qEnvironmentVariableIntValue("BRIDGE_TEST_PG_PORT"), database,
                                        qEnvironmentVariable("BRIDGE_TEST_PG_USER"));
}

QString TestDatabase::postgresPassword()
{
    return qEnvironmentVariable("BRIDGE_TEST_PG_PASSWORD");
}

TestDatabase::TestDatabase(bool migrate)
{
    if (usePostgres()) {
        m_pgDatabase = QStringLiteral("bridge_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_counter++);
        if (const QString e = maintenance(QStringLiteral("CREATE DATABASE ") + m_pgDatabase); !e.isEmpty()) {
            m_error = QStringLiteral("cannot create test database %1: %2").arg(m_pgDatabase, e);
            return;
        }
        m_url = postgresUrl(m_pgDatabase);
        m_password = postgresPassword();
    } else {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder");
            return;
        }
        m_url = store::DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("test.db")));
    }
    Result<std::shared_ptr<store::Database>> db = reopen(migrate);
    if (!db) {
        m_error = db.error().toString();
        return;
    }
    m_database = *db;
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_pgDatabase.isEmpty()) {
        maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
    }
}

Result<std::shared_ptr<store::Database>> TestDatabase::reopen(bool migrate) const
{
    store::Database::Options options;
    options.migrate = migrate;
    return store::Database::open(m_url, m_password, options);
}

} // namespace bridge::test
