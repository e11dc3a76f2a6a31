// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Against a real Secret Service (tests/support/with-keyring.sh). The postgresPassword case also
// needs the throw-away PostgreSQL cluster (with-postgres-and-keyring.sh).
#include "credentials/CredentialStore.h"
#include "engine/DatabaseOpener.h"
#include "logging/Log.h"
#include "support/TestDatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace bridge;
using namespace bridge::credentials;

namespace {
template <typename T>
struct Waiter {
    std::optional<Result<T>> result;
    bool wait(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

    // A service of its own per run, so a test never sees real or earlier secrets.
    const QString m_service = QStringLiteral("bridge-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase() { log::initialize({.level = log::Level::Debug}); }

    void roundTrip()
    {
        CredentialStore store(m_service);
        const SecretRef ref{QStringLiteral("opayo/acme@test"), QStringLiteral("integration-password")};
        const QString secret = QStringLiteral("s3cr\u00e9t-\u00a3-%1").arg(QUuid::createUuid().toString());
        const quint64 mark = log::ringBuffer().lastSequence();

        Waiter<void> written;
        store.write(ref, secret, this, [&](Result<void> r) { written.result = r; });
        QVERIFY(written.wait());
        QVERIFY2(*written.result,
                 qPrintable(written.result->has_value() ? QString() : written.result->error().toString()));

        Waiter<QString> read;
        store.read(ref, this, [&](Result<QString> r) { read.result = r; });
        QVERIFY(read.wait());
        QVERIFY(*read.result);
        QCOMPARE(**read.result, secret);

        // Keys are scoped per connection: the same name in another scope is another secret.
        Waiter<QString> other;
        store.read(SecretRef{QStringLiteral("opayo/other@live"), ref.name}, this,
                   [&](Result<QString> r) { other.result = r; });
        QVERIFY(other.wait());
        QVERIFY(!*other.result);

        // The value never reaches a log line, only the key does.
        bool keyLogged = false;
        for (const log::LogEntry& e : log::ringBuffer().since(mark)) {
            QVERIFY2(!e.message.contains(secret), qPrintable(e.message));
            keyLogged = keyLogged || e.message.contains(ref.keychainKey());
        }
        QVERIFY(keyLogged);

        Waiter<void> removed;
        store.remove(ref, this, [&](Result<void> r) { removed.result = r; });
        QVERIFY(removed.wait());
        QVERIFY(*removed.result);
        Waiter<QString> gone;
        store.read(ref, this, [&](Result<QString> r) { gone.result = r; });
        QVERIFY(gone.wait());
        QVERIFY(!*gone.result);
    }

    void missingSecretIsAClearError()
    {
        CredentialStore store(m_service);
        Waiter<QString> read;
        store.read(SecretRef{QStringLiteral("syspro/op@erp1"), QStringLiteral("operator-password")}, this,
                   [&](Result<QString> r) { read.result = r; });
        QVERIFY(read.wait());
        QVERIFY(!*read.result);
        const Error e = read.result->error();
        QCOMPARE(e.code, QStringLiteral("keychain.not_found"));
        QCOMPARE(e.errorClass, ErrorClass::Configuration);
        QVERIFY(e.message.contains(QStringLiteral("syspro/op@erp1#operator-password")));
        QVERIFY(e.message.contains(QStringLiteral("Settings")));
    }

    void callbackDroppedWithItsContext()
    {
        CredentialStore store(m_service);
        bool called = false;
        auto* context = new QObject;
        store.read(SecretRef{QStringLiteral("x"), QStringLiteral("y")}, context,
                   [&](Result<QString>) { called = true; });
        delete context;
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void invalidReferenceIsRefused()
    {
        CredentialStore store(m_service);
        Waiter<QString> read;
        store.read(SecretRef::fromString(QStringLiteral("plain:oops")), this,
                   [&](Result<QString> r) { read.result = r; });
        QVERIFY(read.wait());
        QCOMPARE(read.result->error().code, QStringLiteral("keychain.bad_ref"));
        QCOMPARE(SecretRef::fromString(QStringLiteral("keychain:opayo/a@test#integration-key")),
                 (SecretRef{QStringLiteral("opayo/a@test"), QStringLiteral("integration-key")}));
    }

    void postgresPassword()
    {
        if (!test::TestDatabase::usePostgres()) {
            QFAIL("run through tests/support/with-postgres-and-keyring.sh");
        }
        // The database must exist; TestDatabase creates one with the cluster's credentials.
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const store::DatabaseUrl url = db.url();
        CredentialStore store(m_service);

        // Without a stored password the opener says what to do.
        Waiter<std::shared_ptr<store::Database>> missing;
        engine::DatabaseOpener::open(url, store, this, [&](auto r) { missing.result = r; });
        QVERIFY(missing.wait());
        QVERIFY(!*missing.result);
        QVERIFY(missing.result->error().message.contains(url.displayName()));

        // A wrong password is reported as such.
        Waiter<void> wrong;
        store.write(SecretRef{url.credentialScope(), QStringLiteral("password")}, QStringLiteral("wrong"), this,
                    [&](Result<void> r) { wrong.result = r; });
        QVERIFY(wrong.wait() && *wrong.result);
        Waiter<std::shared_ptr<store::Database>> refused;
        engine::DatabaseOpener::open(url, store, this, [&](auto r) { refused.result = r; });
        QVERIFY(refused.wait());
        QVERIFY(!*refused.result);
        QCOMPARE(refused.result->error().code, QStringLiteral("database.authentication"));

        // With the right password in the keychain the database opens.
        Waiter<void> right;
        store.write(SecretRef{url.credentialScope(), QStringLiteral("password")},
                    test::TestDatabase::postgresPassword(), this, [&](Result<void> r) { right.result = r; });
        QVERIFY(right.wait() && *right.result);
        Waiter<std::shared_ptr<store::Database>> opened;
        engine::DatabaseOpener::open(url, store, this, [&](auto r) { opened.result = r; });
        QVERIFY(opened.wait());
        QVERIFY2(*opened.result,
                 qPrintable(opened.result->has_value() ? QString() : opened.result->error().toString()));
        QVERIFY((**opened.result)->serverVersion()->startsWith(QStringLiteral("PostgreSQL")));
    }

    void cleanupTestCase() { log::shutdown(); }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
