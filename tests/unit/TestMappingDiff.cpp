// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/MappingDiff.h"
#include "mapping/MappingDocument.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bridge;
using namespace bridge::mapping;

namespace {

MappingDocument defaultDocument()
{
    Result<MappingDocument> doc = MappingDocument::fromFile(u":/mappings/default.json"_s);
    if (!doc) {
        qFatal("default mapping: %s", qPrintable(doc.error().message));
    }
    return *doc;
}

FieldMapping* field(MappingDocument& doc, const QString& targetId, const QString& name)
{
    for (TargetMapping& t : doc.targets) {
        if (t.id != targetId) {
            continue;
        }
        for (FieldMapping& f : t.fields) {
            if (f.target == name) {
                return &f;
            }
        }
        for (LineMapping& group : t.lines) {
            for (FieldMapping& f : group.fields) {
                if (f.target == name) {
                    return &f;
                }
            }
        }
    }
    return nullptr;
}

} // namespace

class TestMappingDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameDocumentHasNoChanges()
    {
        const MappingDocument doc = defaultDocument();
        QVERIFY(MappingDiff::compare(doc, doc).isEmpty());
    }

    void changedStepsAreOneFieldChange()
    {
        const MappingDocument older = defaultDocument();
        MappingDocument newer = older;
        FieldMapping* email = field(newer, u"salesOrder"_s, u"OrderHeader.Email"_s);
        QVERIFY(email);
        email->steps.append(QJsonObject{{u"type"_s, u"lower"_s}});
        const QList<MappingChange> changes = MappingDiff::compare(older, newer);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, MappingChange::Kind::FieldChanged);
        QCOMPARE(changes[0].object, u"SORTOI"_s);
        QCOMPARE(changes[0].field, u"OrderHeader.Email"_s);
        QCOMPARE(changes[0].before, u"customerEmail (if given)"_s);
        QCOMPARE(changes[0].after, u"customerEmail (if given) → lower case"_s);
        QVERIFY(changes[0].summary().contains(u"SORTOI OrderHeader.Email changed"_s));
    }

    void addedRemovedAndLineFields()
    {
        const MappingDocument older = defaultDocument();
        MappingDocument newer = older;
        // Remove a header field and a line field, add one of each, change a note only.
        TargetMapping& order = newer.targets[0];
        order.fields.removeIf([](const FieldMapping& f) { return f.target == u"OrderHeader.Email"_s; });
        order.lines.first().fields.removeIf([](const FieldMapping& f) { return f.target == u"PriceUom"_s; });
        order.fields.append(FieldMapping{u"OrderHeader.Salesperson"_s,
                                         QJsonArray{QJsonObject{{u"type"_s, u"constant"_s}, {u"value"_s, u"WEB"_s}}},
                                         {}});
        order.lines.first().fields.append(FieldMapping{
            u"LineShipDate"_s, QJsonArray{QJsonObject{{u"type"_s, u"path"_s}, {u"path"_s, u"$.createdDate"_s}}}, {}});
        field(newer, u"receipt"_s, u"Payment.Bank"_s)->note = u"by card type"_s;
        const QList<MappingChange> changes = MappingDiff::compare(older, newer);
        QCOMPARE(changes.size(), 5);
        // Removed first (where they stood), then the newer order.
        QCOMPARE(changes[0].kind, MappingChange::Kind::FieldRemoved);
        QCOMPARE(changes[0].field, u"OrderHeader.Email"_s);
        QCOMPARE(changes[1].kind, MappingChange::Kind::FieldRemoved);
        QCOMPARE(changes[1].field, u"StockLine.PriceUom"_s);
        QCOMPARE(changes[1].before, u"always \"EA\""_s);
        QCOMPARE(changes[2].kind, MappingChange::Kind::FieldAdded);
        QCOMPARE(changes[2].field, u"OrderHeader.Salesperson"_s);
        QCOMPARE(changes[3].kind, MappingChange::Kind::FieldAdded);
        QCOMPARE(changes[3].field, u"StockLine.LineShipDate"_s);
        QCOMPARE(changes[4].kind, MappingChange::Kind::NoteChanged);
        QCOMPARE(changes[4].targetId, u"receipt"_s);
        QCOMPARE(changes[4].after, u"by card type"_s);
    }

    void targetsAndConditions()
    {
        const MappingDocument older = defaultDocument();
        MappingDocument newer = older;
        newer.targets.removeAt(2); // the credit note
        newer.targets[1].when.reset();
        newer.name = u"Receipts without refunds"_s;
        const QList<MappingChange> changes = MappingDiff::compare(older, newer);
        QCOMPARE(changes[0].kind, MappingChange::Kind::DocumentChanged);
        QCOMPARE(changes[1].kind, MappingChange::Kind::TargetRemoved);
        QCOMPARE(changes[1].object, u"ARSTIN"_s);
        // Every field of the removed credit note is listed.
        qsizetype removed = 0;
        for (const MappingChange& c : changes) {
            removed += c.kind == MappingChange::Kind::FieldRemoved && c.targetId == u"creditNote"_s ? 1 : 0;
        }
        QCOMPARE(removed, older.targets[2].fields.size());
        const MappingChange& when = changes.last();
        QCOMPARE(when.kind, MappingChange::Kind::ConditionChanged);
        QVERIFY(when.after.isEmpty());
        QVERIFY(when.before.contains(u"status == \"OK\""_s));
        QVERIFY(when.summary().contains(u"every payment"_s));
        // The other way round: added.
        const QList<MappingChange> back = MappingDiff::compare(newer, older);
        QCOMPARE(back[1].kind, MappingChange::Kind::ConditionChanged); // the receipt comes first
        QCOMPARE(back[2].kind, MappingChange::Kind::TargetAdded);
        QCOMPARE(back[2].object, u"ARSTIN"_s);
    }

    void describesEveryStepType()
    {
        const MappingDocument doc = defaultDocument();
        for (const TargetMapping& t : doc.targets) {
            for (const FieldMapping& f : t.fields) {
                const QString text = MappingDiff::describeSteps(f.steps);
                QVERIFY2(!text.contains(u"{\"type\""_s), qPrintable(text)); // no raw JSON
            }
        }
        QCOMPARE(MappingDiff::describeStep(QJsonObject{{u"type"_s, u"hashToLength"_s}, {u"length"_s, 30}}),
                 u"shorten to 30 characters (hash)"_s);
        QCOMPARE(
            MappingDiff::describeStep(QJsonObject{{u"type"_s, u"substring"_s}, {u"start"_s, 0}, {u"length"_s, 50}}),
            u"characters 1 to 50"_s);
        QCOMPARE(MappingDiff::describeStep(QJsonObject{{u"type"_s, u"negate"_s}}), u"change the sign"_s);
    }

    /// A change in a journal's second line group (its credit entry) is named with the group's
    /// number; the first group's names are those of a target with one group. A group added or
    /// removed is one sentence about the lines, plus its fields.
    void secondLineGroup()
    {
        Result<MappingDocument> loaded = MappingDocument::fromFile(u":/mappings/gl-journal-only.json"_s);
        QVERIFY(loaded);
        const MappingDocument older = *loaded;
        MappingDocument newer = older;
        QList<FieldMapping>& credit = newer.targets[0].lines[1].fields;
        for (FieldMapping& f : credit) {
            if (f.target == u"LedgerCode"_s) {
                f.steps = QJsonArray{QJsonObject{{u"type"_s, u"constant"_s}, {u"value"_s, u"1100"_s}}};
            }
        }
        QList<MappingChange> changes = MappingDiff::compare(older, newer);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, MappingChange::Kind::FieldChanged);
        QCOMPARE(changes[0].targetId, u"journal"_s);
        QCOMPARE(changes[0].field, u"Item.JournalDetails[2].LedgerCode"_s);
        QCOMPARE(
            changes[0].summary(),
            u"GENTJL Item.JournalDetails[2].LedgerCode changed from \"always \"4000\"\" to \"always \"1100\"\"."_s);

        // Without its credit entry the journal has one group: the lines change, the credit's fields go.
        MappingDocument oneGroup = older;
        oneGroup.targets[0].lines.removeLast();
        changes = MappingDiff::compare(older, oneGroup);
        QCOMPARE(changes.first().kind, MappingChange::Kind::LinesChanged);
        QCOMPARE(changes.first().before,
                 u"the event itself → Item.JournalDetails (debit: card clearing); the event itself → "
                 u"Item.JournalDetails (credit: sales)"_s);
        QCOMPARE(changes.first().after, u"the event itself → Item.JournalDetails (debit: card clearing)"_s);
        QCOMPARE(changes.size(), 1 + 4);
        for (qsizetype i = 1; i < changes.size(); ++i) {
            QCOMPARE(changes[i].kind, MappingChange::Kind::FieldRemoved);
            QVERIFY2(changes[i].field.startsWith(u"Item.JournalDetails[2]."_s), qPrintable(changes[i].field));
        }
    }
};

QTEST_GUILESS_MAIN(TestMappingDiff)
#include "TestMappingDiff.moc"
