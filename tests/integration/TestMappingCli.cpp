// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bridge-cli mapping list | diff | activate | import | export, run in-process on SQLite (the CLI
// reads a PostgreSQL password from the keychain; MappingVersions itself is tested on both engines
// in mapping_versions_*).
#include "cli/CliApplication.h"
#include "core/CanonicalPayment.h"
#include "core/Translations.h"
#include "store/MappingVersions.h"
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

class TestMappingCli : public QObject
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
        args.prepend(m_dir.filePath(u"bridge.ini"_s));
        args.prepend(u"--settings"_s);
        args.prepend(u"bridge-cli"_s);
        app.run(args);
        if (finished.isEmpty() && !finished.wait(30000)) {
            return run;
        }
        run.code = finished.first().first().toInt();
        out.flush();
        err.flush();
        return run;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::installLanguage(u"en"_s)); }

    void versionsFromTheCommandLine()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QString url = db.url().toString();

        // list: the built-in default is version 1, used for posting.
        const Run list = cli({u"mapping"_s, u"list"_s, u"--db"_s, url, u"--json"_s});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QJsonArray versions = QJsonDocument::fromJson(list.out.toUtf8()).object()[u"versions"_s].toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions[0][u"version"_s].toInteger(), 1);
        QVERIFY(versions[0][u"active"_s].toBool());

        // export, change a field by hand, import: version 2, whose diff names the field.
        const QString file = m_dir.filePath(u"v1.json"_s);
        QCOMPARE(cli({u"mapping"_s, u"export"_s, u"1"_s, u"--db"_s, url, u"--output"_s, file}).code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains(u"\"WEB001\""_s));
        text.replace(u"\"WEB001\""_s, u"\"SHOP01\""_s);
        const QString changed = m_dir.filePath(u"v2.json"_s);
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        // The OS user signs in first on this database, so is its administrator.
        const Run imported =
            cli({u"mapping"_s, u"import"_s, changed, u"--db"_s, url, u"--comment"_s, u"walk-in customer SHOP01"_s});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(u"version 2"_s));
        const Run diff = cli({u"mapping"_s, u"diff"_s, u"1"_s, u"2"_s, u"--db"_s, url});
        QVERIFY2(diff.code == 0, qPrintable(diff.err));
        QVERIFY2(diff.out.contains(u"SORTOI OrderHeader.Customer changed"_s), qPrintable(diff.out));
        QVERIFY(diff.out.contains(u"\"SHOP01\" when empty"_s));
        QCOMPARE(diff.out.count(u'\n'), 3); // the order's, the receipt's and the credit note's customer

        // The templates, and one of them saved as a version by its id.
        const Run templates = cli({u"mapping"_s, u"templates"_s, u"--json"_s});
        QVERIFY2(templates.code == 0, qPrintable(templates.err));
        const QJsonArray listed = QJsonDocument::fromJson(templates.out.toUtf8()).object()[u"templates"_s].toArray();
        QCOMPARE(listed.size(), store::MappingVersions::templates().size());
        QVERIFY(std::any_of(listed.begin(), listed.end(), [](const QJsonValue& t) {
            return t[u"id"_s].toString() == u"glJournalOnly"_s && t[u"title"_s].toString() == u"GL journal only"_s &&
                   t[u"file"_s].toString() == u":/mappings/gl-journal-only.json"_s;
        }));
        const Run journal = cli({u"mapping"_s, u"import"_s, u"--template"_s, u"glJournalOnly"_s, u"--db"_s, url});
        QVERIFY2(journal.code == 0, qPrintable(journal.err));
        QVERIFY(journal.out.contains(u"version 3"_s));
        QCOMPARE(store::MappingVersions(db.database()).find(3).value()->name, u"GL journal only"_s);
        const Run unknownTemplate = cli({u"mapping"_s, u"import"_s, u"--template"_s, u"gl"_s, u"--db"_s, url});
        QVERIFY(unknownTemplate.code != 0);
        QVERIFY2(unknownTemplate.err.contains(u"no mapping template \"gl\""_s) &&
                     unknownTemplate.err.contains(u"glJournalOnly"_s),
                 qPrintable(unknownTemplate.err));

        const Run activated = cli({u"mapping"_s, u"activate"_s, u"2"_s, u"--db"_s, url});
        QVERIFY2(activated.code == 0, qPrintable(activated.err));
        QCOMPARE(store::MappingVersions(db.database()).active()->value().version, 2);
        // Bad input is named.
        const Run bad = cli({u"mapping"_s, u"diff"_s, u"1"_s, u"--db"_s, url});
        QVERIFY(bad.code != 0);
        QVERIFY(bad.err.contains(u"two version numbers"_s));
        const Run missing = cli({u"mapping"_s, u"export"_s, u"9"_s, u"--db"_s, url});
        QVERIFY(missing.code != 0);
        QVERIFY(missing.err.contains(u"no mapping version 9"_s));
    }

    /// bridge-cli map with the "GL journal only" template: one GENTJL journal keyed by the
    /// transactionId, a debit and a credit entry of the payment's amount.
    void mapWithTheGlJournalTemplate()
    {
        CanonicalPayment p;
        p.source = u"shop-event"_s;
        p.sourceEventId = u"evt-9"_s;
        p.vendorTxCode = u"shop-1-000009"_s;
        p.transactionId = u"T-0009"_s;
        p.amount = Money(2500, Currency::of("GBP"));
        p.createdAt = QDateTime(QDate(2026, 1, 14), QTime(9, 30), Qt::UTC);
        const QString input = m_dir.filePath(u"payment-9.json"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(p.toJson()).toJson());
        file.close();
        const Run mapped =
            cli({u"map"_s, u"--mapping"_s, u":/mappings/gl-journal-only.json"_s, u"--input"_s, input, u"--json"_s});
        QVERIFY2(mapped.code == 0, qPrintable(mapped.err));
        const QJsonArray commands = QJsonDocument::fromJson(mapped.out.toUtf8()).object()[u"commands"_s].toArray();
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands[0][u"object"_s].toString(), u"GENTJL"_s);
        QCOMPARE(commands[0][u"businessKey"_s].toString(), u"T-0009"_s);
        const QString xml = commands[0][u"xmlIn"_s].toString();
        QCOMPARE(xml.count(u"<JournalDetails>"_s), 2);
        QVERIFY2(xml.contains(u"<JournalReference>T-0009</JournalReference>"_s), qPrintable(xml));
        QVERIFY(xml.contains(u"<JournalDate>2026-01-14</JournalDate>"_s));
        QVERIFY(xml.contains(u"<EntryAmount>25.00</EntryAmount>"_s));
        QVERIFY(xml.contains(u"<EntryAmount>-25.00</EntryAmount>"_s));
    }

    void onlyAdministratorsChangeTheVersionInUse()
    {
        test::TestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        // Someone else signed in first and is the administrator; the OS user is a viewer.
        QVERIFY(store::UserDirectory(db.database()).signIn(u"someone-else"_s));
        QVERIFY(store::MappingVersions(db.database()).activeOrDefault());
        const Run refused = cli({u"mapping"_s, u"activate"_s, u"1"_s, u"--db"_s, db.url().toString()});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(u"admin"_s, Qt::CaseInsensitive), qPrintable(refused.err));
        const Run list = cli({u"mapping"_s, u"list"_s, u"--db"_s, db.url().toString()});
        QCOMPARE(list.code, 0); // looking is allowed
    }
};

QTEST_GUILESS_MAIN(TestMappingCli)
#include "TestMappingCli.moc"
