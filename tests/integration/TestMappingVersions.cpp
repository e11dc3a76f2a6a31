// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Mapping versions on SQLite (mapping_versions_sqlite) and PostgreSQL (mapping_versions_postgres):
// the built-in default as version 1, saving (immutable, audited), diff, activation and rollback
// by administrators only, import and export, templates, and the stored suggestion history.
#include "core/Clock.h"
#include "engine/Engine.h"
#include "mapping/SuggestionHistory.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/MappingVersions.h"
#include "store/UserDirectory.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace bridge;
using namespace bridge::store;
using namespace Qt::StringLiterals;
using bridge::test::TestDatabase;

namespace {

template <typename T>
QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

/// "ada" is the first user (administrator), "vic" a viewer.
void seedUsers(const std::shared_ptr<Database>& db)
{
    UserDirectory users(db);
    QVERIFY(users.signIn(u"ada"_s));
    QVERIFY(users.signIn(u"vic"_s));
}

mapping::MappingDocument withEmailLowerCase(mapping::MappingDocument doc)
{
    for (mapping::FieldMapping& f : doc.targets[0].fields) {
        if (f.target == u"OrderHeader.Email"_s) {
            f.steps.append(QJsonObject{{u"type"_s, u"lower"_s}});
        }
    }
    return doc;
}

QList<AuditEntry> auditOf(const std::shared_ptr<Database>& db, const QString& prefix)
{
    QList<AuditEntry> out;
    const Result<QList<AuditEntry>> recent = AuditLog(db).recent(100);
    for (const AuditEntry& e : recent.value_or(QList<AuditEntry>{})) {
        if (e.action.startsWith(prefix)) {
            out.append(e);
        }
    }
    return out;
}

} // namespace

class TestMappingVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultBecomesVersionOne()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        MappingVersions versions(t.database());
        const Result<std::optional<ActiveMapping>> none = versions.active();
        QVERIFY(none && !none->has_value());
        const Result<MappingVersion> v1 = versions.activeOrDefault();
        QVERIFY2(v1, qPrintable(errorOf(v1)));
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->createdBy, MappingVersions::SystemActor);
        const Result<mapping::MappingDocument> builtIn =
            mapping::MappingDocument::fromFile(MappingVersions::DefaultResource);
        QCOMPARE(v1->document, builtIn->toJson());
        // Asked again: the same version, nothing new.
        const Result<MappingVersion> again = versions.activeOrDefault();
        QCOMPARE(again->version, 1);
        QCOMPARE(versions.list()->size(), 1);
        QCOMPARE(auditOf(t.database(), u"mapping."_s).size(), 2); // saved + activated
    }

    void saveDiffActivateRollBack()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedUsers(t.database());
        ManualClock clock;
        MappingVersions versions(t.database(), clock);
        QVERIFY(versions.activeOrDefault());
        const mapping::MappingDocument base = *mapping::MappingDocument::fromJson(versions.find(1)->value().document);

        // A viewer may look but not save.
        const Result<MappingVersion> byViewer = versions.save(withEmailLowerCase(base), u"try"_s, u"vic"_s, 1);
        QVERIFY(!byViewer);
        QVERIFY2(byViewer.error().message.contains(u"admin"_s, Qt::CaseInsensitive),
                 qPrintable(byViewer.error().message));

        clock.advance(60'000);
        const Result<MappingVersion> v2 =
            versions.save(withEmailLowerCase(base), u"e-mail in lower case"_s, u"ada"_s, 1);
        QVERIFY2(v2, qPrintable(errorOf(v2)));
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->basedOn, std::optional<qint64>(1));
        QCOMPARE(v2->createdBy, u"ada"_s);
        QCOMPARE(v2->createdAt, clock.nowMsecs());
        // The same document again: nothing to save.
        const Result<MappingVersion> same = versions.save(withEmailLowerCase(base), u"again"_s, u"ada"_s, 2);
        QVERIFY(!same);
        QCOMPARE(same.error().code, u"mapping.unchanged"_s);

        const Result<QList<MappingVersion>> all = versions.list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).version, 2); // newest first
        QCOMPARE(all->at(0).comment, u"e-mail in lower case"_s);

        const Result<QList<mapping::MappingChange>> changes = versions.diff(1, 2);
        QVERIFY2(changes, qPrintable(errorOf(changes)));
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->at(0).field, u"OrderHeader.Email"_s);
        QVERIFY(!versions.diff(1, 9));

        // Saving does not activate; activating is for administrators only.
        QCOMPARE(versions.active()->value().version, 1);
        const Result<void> viewerActivates = versions.activate(2, u"vic"_s);
        QVERIFY(!viewerActivates);
        QCOMPARE(versions.active()->value().version, 1);
        QVERIFY2(versions.activate(2, u"ada"_s, u"go live"_s), "activate");
        QCOMPARE(versions.active()->value().version, 2);
        QCOMPARE(versions.active()->value().activatedBy, u"ada"_s);
        QCOMPARE(versions.activeOrDefault()->version, 2);
        QCOMPARE(versions.activate(2, u"ada"_s).error().code, u"mapping.already_active"_s);
        QCOMPARE(versions.activate(7, u"ada"_s).error().code, u"mapping.unknown_version"_s);
        QVERIFY(versions.activate(1, u"ada"_s, u"back"_s));
        QCOMPARE(versions.active()->value().version, 1);

        // The audit trail, newest first: rolled back, activated, saved (v2), activated, saved (v1).
        const QList<AuditEntry> audit = auditOf(t.database(), u"mapping."_s);
        QCOMPARE(audit.size(), 5);
        QCOMPARE(audit[0].action, u"mapping.rolled_back"_s);
        QCOMPARE(audit[0].subject, u"mapping:1"_s);
        QVERIFY(audit[0].detail.contains(u"\"previous\":2"_s));
        QCOMPARE(audit[1].action, u"mapping.activated"_s);
        QCOMPARE(audit[2].action, u"mapping.saved"_s);
        QCOMPARE(audit[2].actor, u"ada"_s);
        QVERIFY(audit[2].detail.contains(u"e-mail in lower case"_s));
    }

    void theEngineMapsWithTheActiveVersionFromEachStart()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedUsers(t.database());
        MappingVersions versions(t.database());
        const mapping::MappingDocument base = *mapping::MappingDocument::fromFile(MappingVersions::DefaultResource);
        QVERIFY(versions.activeOrDefault());
        QVERIFY(versions.save(withEmailLowerCase(base), u"lower case"_s, u"ada"_s, 1));
        QVERIFY(versions.activate(2, u"ada"_s));

        engine::EngineContext context;
        context.database = t.database();
        context.mappingFromStore = true;
        engine::Engine engine(std::move(context));
        // The start stops at the missing SYSPRO operator, after reading the mapping.
        const Result<void> first = engine.start();
        QVERIFY(!first);
        QCOMPARE(first.error().code, u"engine.no_syspro"_s);
        QVERIFY(engine.context()->mapping);
        QCOMPARE(engine.context()->mapping->document().toJson(), withEmailLowerCase(base).toJson());
        // Rolled back: the next start maps with version 1 again.
        QVERIFY(versions.activate(1, u"ada"_s));
        QVERIFY(!engine.start());
        QCOMPARE(engine.context()->mapping->document().toJson(), base.toJson());
    }

    void versionsCannotBeChanged()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        MappingVersions versions(t.database());
        QVERIFY(versions.activeOrDefault());
        for (const QString& sql : {u"UPDATE mapping_versions SET comment = 'x'"_s, u"DELETE FROM mapping_versions"_s}) {
            const Result<void> changed =
                t.database()->write([&](QSqlDatabase& tx) -> Result<void> { return asVoid(Database::exec(tx, sql)); });
            QVERIFY2(!changed, qPrintable(sql));
        }
        QCOMPARE(versions.list()->size(), 1);
    }

    void importExportAndTemplates()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedUsers(t.database());
        MappingVersions versions(t.database());
        QVERIFY(versions.activeOrDefault());

        // Every template loads; importing one makes a version whose export is the same document.
        QCOMPARE(MappingVersions::templates().size(), 5);
        for (const MappingTemplate& tpl : MappingVersions::templates()) {
            QVERIFY2(MappingVersions::loadTemplate(tpl.id), qPrintable(tpl.id));
        }
        // "GL journal only": a journal for payments and one for refunds, each of two line groups
        // (a debit and a credit entry made from the one payment), kept as two groups on the way
        // through a saved version.
        const Result<mapping::MappingDocument> journal = MappingVersions::loadTemplate(u"glJournalOnly"_s);
        QVERIFY2(journal, qPrintable(errorOf(journal)));
        QCOMPARE(journal->targets.size(), 2);
        for (const mapping::TargetMapping& target : journal->targets) {
            QCOMPARE(target.object, u"GENTJL"_s);
            QCOMPARE(target.lines.size(), 2);
            QCOMPARE(target.lines[1].element, u"Item.JournalDetails"_s);
        }
        const Result<MappingVersion> savedJournal = versions.save(*journal, u"GL journal only"_s, u"ada"_s, {});
        QVERIFY2(savedJournal, qPrintable(errorOf(savedJournal)));
        const Result<QByteArray> journalBack = versions.exportJson(savedJournal->version);
        QVERIFY(journalBack);
        QCOMPARE(QJsonDocument::fromJson(*journalBack).object(), journal->toJson());
        QVERIFY(QJsonDocument::fromJson(*journalBack).object()[u"targets"_s][0][u"lines"_s].isArray());

        const Result<mapping::MappingDocument> receiptOnly = MappingVersions::loadTemplate(u"receiptOnly"_s);
        QCOMPARE(receiptOnly->targets.size(), 1);
        QCOMPARE(receiptOnly->targets[0].object, u"ARSTPY"_s);
        const QByteArray file = QJsonDocument(receiptOnly->toJson()).toJson();
        const Result<MappingVersion> imported = versions.importJson(file, u"receipt.json"_s, {}, u"ada"_s);
        QVERIFY2(imported, qPrintable(errorOf(imported)));
        QCOMPARE(imported->comment, u"Imported from receipt.json"_s);
        const Result<QByteArray> exported = versions.exportJson(imported->version);
        QCOMPARE(QJsonDocument::fromJson(*exported).object(), receiptOnly->toJson());

        // A broken file names the line; a viewer cannot import.
        const Result<MappingVersion> broken = versions.importJson("{\n  \"format\": ,\n}", u"bad.json"_s, {}, u"ada"_s);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(u"bad.json"_s) && broken.error().message.contains(u"line 2"_s),
                 qPrintable(broken.error().message));
        QVERIFY(!versions.importJson(file, u"receipt.json"_s, {}, u"vic"_s));
        QCOMPARE(versions.list()->size(), 3);
    }

    void suggestionHistoryIsStored()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedUsers(t.database());
        MappingVersions versions(t.database());
        QVERIFY(versions.recordSuggestions({{u"payment:customerEmail"_s, u"SORTOI:OrderHeader.Email"_s, true},
                                            {u"payment:vendorTxCode"_s, u"SORTOI:OrderHeader.Email"_s, false}},
                                           u"ada"_s));
        QVERIFY(
            versions.recordSuggestions({{u"payment:customerEmail"_s, u"SORTOI:OrderHeader.Email"_s, true}}, u"ada"_s));
        QVERIFY(!versions.recordSuggestions({{u"a"_s, u"b"_s, true}}, u"vic"_s));
        const Result<QJsonObject> json = versions.suggestionHistory();
        QVERIFY2(json, qPrintable(errorOf(json)));
        const Result<mapping::InMemorySuggestionHistory> history = mapping::InMemorySuggestionHistory::fromJson(*json);
        QVERIFY2(history, qPrintable(errorOf(history)));
        QCOMPARE(history->counts(u"payment:customerEmail"_s, u"SORTOI:OrderHeader.Email"_s).accepted, 2);
        QCOMPARE(history->counts(u"payment:vendorTxCode"_s, u"SORTOI:OrderHeader.Email"_s).rejected, 1);
        QCOMPARE(history->counts(u"a"_s, u"b"_s).accepted, 0);
    }
};

QTEST_GUILESS_MAIN(TestMappingVersions)
#include "TestMappingVersions.moc"
