// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "cli/CliApplication.h"
#include "core/Translations.h"
#include "store/AuditLog.h"
#include "store/Migrator.h"
#include "store/UserDirectory.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(QStringList args)
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        cli::CliApplication app(out, err);
        QSignalSpy finished(&app, &cli::CliApplication::finished);
        args.prepend(QStringLiteral("bridge-cli"));
        // Never touch the real settings of whoever runs the tests.
        if (!args.contains(QStringLiteral("--settings"))) {
            args.insert(1, QStringLiteral("--settings"));
            args.insert(2, m_dir.filePath(QStringLiteral("bridge.ini")));
        }
        app.run(args);
        if (finished.isEmpty() && !finished.wait(30000)) {
            return run;
        }
        run.code = finished.first().first().toInt();
        out.flush();
        err.flush();
        return run;
    }

    QString dbUrl(const test::TestDatabase& db) const { return db.url().toString(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::installLanguage(QStringLiteral("en"))); }

    void helpAndUsage()
    {
        const Run none = cli({});
        QCOMPARE(none.code, int(cli::ExitUsage));
        QVERIFY(none.out.contains(QStringLiteral("audit verify")));
        QCOMPARE(cli({QStringLiteral("--help")}).code, int(cli::ExitOk));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, int(cli::ExitOk));
        QVERIFY(version.out.contains(QStringLiteral(BRIDGE_VERSION)));
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, int(cli::ExitUsage));
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        const Run sub = cli({QStringLiteral("audit")});
        QCOMPARE(sub.code, int(cli::ExitUsage));
        const Run subHelp = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--help")});
        QCOMPARE(subHelp.code, int(cli::ExitOk));
        QVERIFY(subHelp.out.startsWith(QStringLiteral("Usage: bridge-cli audit verify")));
        QVERIFY(subHelp.out.contains(QStringLiteral("--expect-head")));
        const Run badOption = cli({QStringLiteral("status"), QStringLiteral("--bogus")});
        QCOMPARE(badOption.code, int(cli::ExitUsage));
        QVERIFY(badOption.err.contains(QStringLiteral("bogus")));
        const Run badUrl = cli({QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("mysql://x/y")});
        QCOMPARE(badUrl.code, int(cli::ExitUsage));
    }

    void statusReportsTheDatabase()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const Run status = cli({QStringLiteral("status"), QStringLiteral("--db"), dbUrl(db)});
        QCOMPARE(status.code, int(cli::ExitOk));
        const int latest = store::Migrator::available().last().version;
        QVERIFY2(status.out.contains(QStringLiteral("Schema version:  %1").arg(latest)), qPrintable(status.out));
        const Run json = cli({QStringLiteral("status"), QStringLiteral("--db"), dbUrl(db), QStringLiteral("--json")});
        QCOMPARE(json.code, int(cli::ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), store::Migrator::available().last().version);
        QCOMPARE(o.value(QStringLiteral("auditIntact")).toBool(), true);
    }

    void auditVerifyNamesTheTamperedRow()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        store::AuditLog audit(db.database());
        for (int i = 0; i < 20; ++i) {
            QVERIFY(audit.append(QStringLiteral("alice"), QStringLiteral("refund.approved"),
                                 QStringLiteral("refund:%1").arg(i)));
        }
        const Run ok = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbUrl(db)});
        QCOMPARE(ok.code, int(cli::ExitOk));
        QVERIFY(ok.out.contains(QStringLiteral("20 rows verified")));

        auto conn = db.database()->connection();
        QVERIFY(store::Database::exec(*conn, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(
            store::Database::exec(*conn, QStringLiteral("UPDATE audit_log SET subject = 'refund:999' WHERE id = 13")));

        const Run bad = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbUrl(db)});
        QCOMPARE(bad.code, int(cli::ExitFailure));
        QVERIFY2(bad.err.contains(QStringLiteral("row 13")), qPrintable(bad.err));
        QVERIFY(bad.err.contains(QStringLiteral("First bad row: 13")));
        const Run json = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbUrl(db),
                              QStringLiteral("--json")});
        QCOMPARE(json.code, int(cli::ExitFailure));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("firstBadRow")).toInt(), 13);
        QCOMPARE(o.value(QStringLiteral("rowsChecked")).toInt(), 12);
    }

    void demoSeedsOnePersonPerRole()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const Run list = cli({QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list"),
                              QStringLiteral("--db"), dbUrl(db), QStringLiteral("--json")});
        QCOMPARE(list.code, int(cli::ExitOk));
        const QJsonArray users =
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 5);
        QStringList roles;
        for (const QJsonValue& u : users) {
            roles += u.toObject().value(QStringLiteral("roles")).toVariant().toStringList();
        }
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("admin"), QStringLiteral("approver"), QStringLiteral("operator"),
                                     QStringLiteral("preparer"), QStringLiteral("viewer")}));
        // Seeding again changes nothing.
        QCOMPARE(cli({QStringLiteral("--demo"), QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"),
                      dbUrl(db)})
                     .code,
                 int(cli::ExitOk));
        QCOMPARE(store::UserDirectory(db.database()).users()->size(), 5);
    }

    void auditShowAndUsers()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        store::UserDirectory users(db.database());
        QVERIFY(users.signIn(QStringLiteral("someone-else")));
        const Run list = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), dbUrl(db)});
        QCOMPARE(list.code, int(cli::ExitOk));
        QVERIFY(list.out.contains(QStringLiteral("someone-else")));
        QVERIFY(list.out.contains(QStringLiteral("admin")));
        // The person running the test is not an administrator of this database.
        const Run refused = cli({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("--db"),
                                 dbUrl(db), QStringLiteral("someone-else"), QStringLiteral("viewer")});
        QCOMPARE(refused.code, int(cli::ExitFailure));
        QVERIFY2(refused.err.contains(QStringLiteral("assign roles")), qPrintable(refused.err));
        const Run badRole = cli({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("--db"),
                                 dbUrl(db), QStringLiteral("x"), QStringLiteral("wizard")});
        QCOMPARE(badRole.code, int(cli::ExitUsage));
        const Run show = cli({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--db"), dbUrl(db),
                              QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(show.code, int(cli::ExitOk));
        QVERIFY(show.out.contains(QStringLiteral("user.registered")));
        QCOMPARE(
            cli({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--limit"), QStringLiteral("zero")})
                .code,
            int(cli::ExitUsage));
    }

    void reconcileCommand()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QString file = m_dir.filePath(QStringLiteral("settle-2026-11-20.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("batch_id,acquirer,settlement_date,type,transaction_id,amount,currency\n"
                "B-9,Elavon,2026-11-20,payment,TXN-9,10.00,GBP\n"
                "B-9,Elavon,2026-11-20,fee,,0.25,GBP\n"
                "B-9,Elavon,2026-11-20,payment,TXN-10,ten,GBP\n");
        f.close();
        const QStringList args{QStringLiteral("reconcile"),
                               QStringLiteral("--date"),
                               QStringLiteral("2026-11-20"),
                               QStringLiteral("--file"),
                               file,
                               QStringLiteral("--db"),
                               dbUrl(db),
                               QStringLiteral("--json")};
        const Run first = cli(args);
        // A refused line is reported (and makes the exit code 1); the good lines are reconciled.
        QCOMPARE(first.code, int(cli::ExitFailure));
        const QJsonObject o = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("lines")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("matched")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("classes")).toObject().value(QStringLiteral("unknown_transaction")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("classes")).toObject().value(QStringLiteral("fee_difference")).toInt(), 1);
        const QJsonObject fileReport = o.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(fileReport.value(QStringLiteral("linesAdded")).toInt(), 2);
        const QJsonObject refused = fileReport.value(QStringLiteral("refusedLines")).toArray().first().toObject();
        QCOMPARE(refused.value(QStringLiteral("line")).toInt(), 4);
        QVERIFY2(refused.value(QStringLiteral("reason")).toString().contains(QStringLiteral("ten")),
                 qPrintable(first.out));
        const QJsonObject batch = o.value(QStringLiteral("batches")).toArray().first().toObject();
        QCOMPARE(batch.value(QStringLiteral("batch")).toString(), QStringLiteral("B-9"));
        QCOMPARE(batch.value(QStringLiteral("fees")).toString(), QStringLiteral("0.25"));
        QVERIFY(o.value(QStringLiteral("run")).toInteger() > 0);

        // Again: the file is known, nothing is added, the same figures come out.
        const Run again = cli(args);
        QCOMPARE(again.code, int(cli::ExitOk));
        const QJsonObject o2 = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(o2.value(QStringLiteral("files"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("alreadyImported"))
                     .toBool(),
                 true);
        QCOMPARE(o2.value(QStringLiteral("lines")).toInt(), 2);

        const Run text = cli({QStringLiteral("reconcile"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                              QStringLiteral("--db"), dbUrl(db)});
        QCOMPARE(text.code, int(cli::ExitOk));
        QVERIFY2(text.out.contains(QStringLiteral("2 lines, 0 matched")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("fee_difference")), qPrintable(text.out));

        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--date"), QStringLiteral("2026-13-01")}).code,
                 int(cli::ExitUsage));
        QCOMPARE(cli({QStringLiteral("reconcile"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                      QStringLiteral("--from"), QStringLiteral("2026-11-19")})
                     .code,
                 int(cli::ExitUsage));
        const Run missing = cli({QStringLiteral("reconcile"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                 QStringLiteral("--file"), m_dir.filePath(QStringLiteral("nope.csv")),
                                 QStringLiteral("--db"), dbUrl(db)});
        QCOMPARE(missing.code, int(cli::ExitFailure));
        QVERIFY2(missing.err.contains(QStringLiteral("nope.csv")), qPrintable(missing.err));
    }

    void reconcileDemo()
    {
        const Run run = cli({QStringLiteral("--demo"), QStringLiteral("reconcile"), QStringLiteral("--json"),
                             QStringLiteral("--events"), QStringLiteral("120")});
        QCOMPARE(run.code, int(cli::ExitOk));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject truth = o.value(QStringLiteral("demoTruth")).toObject();
        QVERIFY2(truth.value(QStringLiteral("agrees")).toBool(), qPrintable(run.out));
        const qint64 lines = o.value(QStringLiteral("lines")).toInteger();
        QVERIFY(lines >= 90);
        QVERIFY2(o.value(QStringLiteral("matched")).toInteger() * 100 >= lines * 95, qPrintable(run.out));
        const QJsonObject classes = o.value(QStringLiteral("classes")).toObject();
        for (const char* c : {"duplicate_in_settlement", "missing_in_syspro", "fee_difference", "chargeback",
                              "not_yet_settled", "refund_not_settled"}) {
            QVERIFY2(classes.value(QLatin1String(c)).toInt() >= 1, c);
        }
    }

    void resolutionCommands()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QString me = store::UserDirectory::currentOsLogin();
        store::UserDirectory users(db.database());
        QVERIFY(users.signIn(me)); // the first login: administrator
        const QString url = dbUrl(db);
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("--db"), url, me,
                      QStringLiteral("admin,preparer")})
                     .code,
                 int(cli::ExitOk));
        const QString file = m_dir.filePath(QStringLiteral("settle-resolutions.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("batch_id,acquirer,settlement_date,type,transaction_id,amount,currency\n"
                "B-R,Elavon,2026-11-21,payment,TXN-R1,10.00,GBP\n"
                "B-R,Elavon,2026-11-21,fee,,0.25,GBP\n");
        f.close();
        const Run reconciled =
            cli({QStringLiteral("reconcile"), QStringLiteral("--date"), QStringLiteral("2026-11-21"),
                 QStringLiteral("--file"), file, QStringLiteral("--db"), url, QStringLiteral("--json")});
        QCOMPARE(reconciled.code, int(cli::ExitOk));
        const QString run =
            QString::number(QJsonDocument::fromJson(reconciled.out.toUtf8()).object().value(u"run"_s).toInteger());

        const Run items = cli({QStringLiteral("resolution"), QStringLiteral("items"), run, QStringLiteral("--db"), url,
                               QStringLiteral("--json")});
        QCOMPARE(items.code, int(cli::ExitOk));
        QString unknown;
        QString fee;
        for (const QJsonValue& v : QJsonDocument::fromJson(items.out.toUtf8()).object().value(u"items"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"state"_s).toString(), u"open"_s);
            (o.value(u"class"_s).toString() == u"unknown_transaction"_s ? unknown : fee) =
                QString::number(o.value(u"result"_s).toInteger());
        }
        QVERIFY2(!unknown.isEmpty() && !fee.isEmpty(), qPrintable(items.out));

        const QStringList propose{
            QStringLiteral("resolution"), QStringLiteral("propose"),         unknown, QStringLiteral("--db"), url,
            QStringLiteral("--action"),   QStringLiteral("resolved_outside")};
        QCOMPARE(cli(propose).code, int(cli::ExitUsage)); // no comment
        const Run proposed = cli(propose + QStringList{QStringLiteral("--comment"), QStringLiteral("test card")});
        QCOMPARE(proposed.code, int(cli::ExitOk));
        QVERIFY2(proposed.out.contains(QStringLiteral("Proposed resolution 1")), qPrintable(proposed.out));
        const Run journal =
            cli({QStringLiteral("resolution"), QStringLiteral("propose"), fee, QStringLiteral("--db"), url,
                 QStringLiteral("--action"), QStringLiteral("adjustment_journal"), QStringLiteral("--amount"),
                 QStringLiteral("0.25"), QStringLiteral("--comment"), QStringLiteral("fee per statement")});
        QCOMPARE(journal.code, int(cli::ExitOk));
        const Run waiting = cli({QStringLiteral("resolution"), QStringLiteral("list"), QStringLiteral("--db"), url});
        QVERIFY2(waiting.out.contains(QStringLiteral("test card")) && waiting.out.contains(QStringLiteral("0.25 GBP")),
                 qPrintable(waiting.out));

        // Never one's own; several only within one class.
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("--db"), url, me,
                      QStringLiteral("admin,approver")})
                     .code,
                 int(cli::ExitOk));
        const Run own = cli({QStringLiteral("resolution"), QStringLiteral("approve"), QStringLiteral("1"),
                             QStringLiteral("--db"), url, QStringLiteral("--comment"), QStringLiteral("ok")});
        QCOMPARE(own.code, int(cli::ExitFailure));
        QVERIFY2(own.err.contains(QStringLiteral("maker-checker")), qPrintable(own.err));
        const Run mixed =
            cli({QStringLiteral("resolution"), QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("2"),
                 QStringLiteral("--db"), url, QStringLiteral("--comment"), QStringLiteral("ok")});
        QCOMPARE(mixed.code, int(cli::ExitFailure));
        QVERIFY2(mixed.err.contains(QStringLiteral("unknown_transaction")) &&
                     mixed.err.contains(QStringLiteral("fee_difference")),
                 qPrintable(mixed.err));
        // Closing: refused while items are open.
        const Run close =
            cli({QStringLiteral("resolution"), QStringLiteral("close"), QStringLiteral("Elavon"), QStringLiteral("B-R"),
                 QStringLiteral("--db"), url, QStringLiteral("--comment"), QStringLiteral("done")});
        QCOMPARE(close.code, int(cli::ExitFailure));
        QVERIFY2(close.err.contains(QStringLiteral("2 item")), qPrintable(close.err));
        QCOMPARE(cli({QStringLiteral("resolution"), QStringLiteral("frobnicate")}).code, int(cli::ExitUsage));
    }

    void chargebackCommands()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QString me = store::UserDirectory::currentOsLogin();
        store::UserDirectory users(db.database());
        QVERIFY(users.signIn(me)); // the first login: administrator
        const QString url = dbUrl(db);
        const Run empty = cli({QStringLiteral("chargeback"), QStringLiteral("list"), QStringLiteral("--db"), url});
        QCOMPARE(empty.code, int(cli::ExitOk));
        QVERIFY2(empty.out.contains(QStringLiteral("No chargebacks yet")), qPrintable(empty.out));

        // An administrator is not a preparer: refused, saying which role is missing.
        const QStringList record{QStringLiteral("chargeback"),    QStringLiteral("record"),
                                 QStringLiteral("--db"),          url,
                                 QStringLiteral("--transaction"), QStringLiteral("TXN-CLI-1"),
                                 QStringLiteral("--amount"),      QStringLiteral("12.34"),
                                 QStringLiteral("--currency"),    QStringLiteral("gbp"),
                                 QStringLiteral("--fee"),         QStringLiteral("15.00"),
                                 QStringLiteral("--reference"),   QStringLiteral("CLI-1"),
                                 QStringLiteral("--reason"),      QStringLiteral("Fraud")};
        const Run notPreparer = cli(record);
        QCOMPARE(notPreparer.code, int(cli::ExitFailure));
        QVERIFY2(notPreparer.err.contains(QStringLiteral("prepare a refund")), qPrintable(notPreparer.err));
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("--db"), url, me,
                      QStringLiteral("admin,preparer")})
                     .code,
                 int(cli::ExitOk));

        const Run recorded = cli(record);
        QCOMPARE(recorded.code, int(cli::ExitOk));
        QVERIFY2(recorded.out.contains(QStringLiteral("Recorded chargeback 1: 12.34 GBP")), qPrintable(recorded.out));
        const Run list = cli({QStringLiteral("chargeback"), QStringLiteral("list"), QStringLiteral("--db"), url});
        QVERIFY2(list.out.contains(QStringLiteral("CLI-1")) && list.out.contains(QStringLiteral("received")) &&
                     list.out.contains(QStringLiteral("fee 15.00")),
                 qPrintable(list.out));

        // Bad input is a usage error naming the option.
        QStringList badAmount = record;
        badAmount[badAmount.indexOf(QStringLiteral("12.34"))] = QStringLiteral("12.345");
        const Run bad = cli(badAmount);
        QCOMPARE(bad.code, int(cli::ExitUsage));
        QVERIFY2(bad.err.contains(QStringLiteral("--amount")), qPrintable(bad.err));

        // Import: the good lines go in, each refused line is named; the second run changes nothing. (No
        // payments in this database, so the line above its payment's amount is taken as it is.)
        const QString sample = QStringLiteral(BRIDGE_TEST_DATA_DIR "/chargebacks/acquirer-sample.csv");
        const Run imported =
            cli({QStringLiteral("chargeback"), QStringLiteral("import"), QStringLiteral("--db"), url, sample});
        QCOMPARE(imported.code, int(cli::ExitFailure)); // some lines were refused
        QVERIFY2(imported.out.contains(QStringLiteral("10 lines read, 4 chargebacks imported, 0 already known, 6 "
                                                      "refused")),
                 qPrintable(imported.out));
        QVERIFY2(imported.err.contains(QStringLiteral("Line 4 refused")), qPrintable(imported.err));
        const Run again =
            cli({QStringLiteral("chargeback"), QStringLiteral("import"), QStringLiteral("--db"), url, sample});
        QVERIFY2(again.out.contains(QStringLiteral("0 chargebacks imported, 4 already known")), qPrintable(again.out));

        // States: disputed by the preparer; deciding needs an approver who did not record it.
        const Run disputed = cli({QStringLiteral("chargeback"), QStringLiteral("set"), QStringLiteral("--db"), url,
                                  QStringLiteral("1"), QStringLiteral("disputed")});
        QCOMPARE(disputed.code, int(cli::ExitOk));
        QVERIFY2(disputed.out.contains(QStringLiteral("Chargeback 1 is now disputed.")), qPrintable(disputed.out));
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("--db"), url, me,
                      QStringLiteral("admin,approver")})
                     .code,
                 int(cli::ExitOk));
        const Run own = cli({QStringLiteral("chargeback"), QStringLiteral("set"), QStringLiteral("--db"), url,
                             QStringLiteral("1"), QStringLiteral("lost")});
        QCOMPARE(own.code, int(cli::ExitFailure));
        QVERIFY2(own.err.contains(QStringLiteral("maker-checker")), qPrintable(own.err));
        QCOMPARE(cli({QStringLiteral("chargeback"), QStringLiteral("set"), QStringLiteral("--db"), url,
                      QStringLiteral("1"), QStringLiteral("closed")})
                     .code,
                 int(cli::ExitUsage));
        QCOMPARE(cli({QStringLiteral("chargeback"), QStringLiteral("frobnicate")}).code, int(cli::ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
