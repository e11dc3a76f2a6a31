// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/DatabaseUrl.h"

#include <QTest>

using namespace bridge;
using store::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteForms()
    {
        const auto a = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/bridge/bridge.db"));
        QVERIFY(a);
        QCOMPARE(a->kind(), DatabaseUrl::Kind::Sqlite);
        QCOMPARE(a->filePath(), QStringLiteral("/var/lib/bridge/bridge.db"));
        QCOMPARE(a->toString(), QStringLiteral("sqlite:///var/lib/bridge/bridge.db"));
        QCOMPARE(DatabaseUrl::parse(a->toString())->filePath(), a->filePath());
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db"))->filePath(), QStringLiteral("/tmp/x.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:///C:/Bridge/bridge.db"))->filePath(),
                 QStringLiteral("C:/Bridge/bridge.db"));
        QVERIFY(!a->needsPassword());
        const auto relative = DatabaseUrl::parse(QStringLiteral("sqlite://bridge.db"));
        QVERIFY(!relative);
        QVERIFY(relative.error().message.contains(QStringLiteral("absolute")));
    }

    void postgresForms()
    {
        const auto url =
            DatabaseUrl::parse(QStringLiteral("postgresql://bridge@db1.example.com:6543/payments?sslmode=require"));
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        QCOMPARE(url->kind(), DatabaseUrl::Kind::Postgres);
        QCOMPARE(url->host(), QStringLiteral("db1.example.com"));
        QCOMPARE(url->port(), 6543);
        QCOMPARE(url->databaseName(), QStringLiteral("payments"));
        QCOMPARE(url->user(), QStringLiteral("bridge"));
        QCOMPARE(url->sslMode(), QStringLiteral("require"));
        QVERIFY(url->needsPassword());
        QCOMPARE(url->credentialScope(), QStringLiteral("database/bridge@db1.example.com:6543/payments"));
        QCOMPARE(DatabaseUrl::parse(url->toString())->toString(), url->toString());
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://u@h/d"))->port(), 5432);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("password in url") << "postgresql://u:secret@h/d"
                                         << "database.url_password"
                                         << "keychain";
        QTest::newRow("no database") << "postgresql://u@h:5432/"
                                     << "database.url"
                                     << "one database";
        QTest::newRow("no user") << "postgresql://h:5432/d"
                                 << "database.url"
                                 << "user name";
        QTest::newRow("bad sslmode") << "postgresql://u@h/d?sslmode=maybe"
                                     << "database.url"
                                     << "maybe";
        QTest::newRow("unknown option") << "postgresql://u@h/d?timeout=3"
                                        << "database.url"
                                        << "timeout";
        QTest::newRow("mysql") << "mysql://u@h/d"
                               << "database.url"
                               << "sqlite://";
        QTest::newRow("empty") << ""
                               << "database.url"
                               << "postgresql://";
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url);
        QCOMPARE(url.error().code, code);
        QVERIFY2(url.error().message.contains(mentions), qPrintable(url.error().message));
        // The password never appears in what is reported.
        QVERIFY(!url.error().toString().contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
