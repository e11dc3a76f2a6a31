// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/MappingDiff.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bridge::mapping {

namespace {

QString compact(const QJsonValue& value)
{
    if (value.isString()) {
        return QStringLiteral("\"%1\"").arg(value.toString());
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return QStringLiteral("null");
}

QString describeCondition(const QJsonValue& condition)
{
    const QJsonObject c = condition.toObject();
    if (c.contains(QStringLiteral("all")) || c.contains(QStringLiteral("any"))) {
        const bool all = c.contains(QStringLiteral("all"));
        QStringList parts;
        for (const QJsonValue& part : c.value(all ? QStringLiteral("all") : QStringLiteral("any")).toArray()) {
            parts.append(describeCondition(part));
        }
        return parts.join(all ? MappingDiff::tr(" and ") : MappingDiff::tr(" or "));
    }
    const QString op = c.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("empty") || op == QLatin1String("notEmpty")) {
        return op == QLatin1String("empty")
                   ? MappingDiff::tr("%1 is empty").arg(c.value(QStringLiteral("path")).toString())
                   : MappingDiff::tr("%1 is not empty").arg(c.value(QStringLiteral("path")).toString());
    }
    return QStringLiteral("%1 %2 %3")
        .arg(c.value(QStringLiteral("path")).toString(), op, compact(c.value(QStringLiteral("value"))));
}

struct FieldKey {
    QString field;
    const FieldMapping* mapping = nullptr;
};

/// The fields of a target in order, per-line fields named with their element; those of the
/// second and later line groups with the group's number too ("Item.JournalDetails[2].LedgerCode"),
/// so that the first group's names stay what they were when a target had one group only.
QList<FieldKey> fieldsOf(const TargetMapping& t)
{
    QList<FieldKey> out;
    for (const FieldMapping& f : t.fields) {
        out.append({f.target, &f});
    }
    for (qsizetype g = 0; g < t.lines.size(); ++g) {
        const LineMapping& group = t.lines.at(g);
        const QString prefix =
            g == 0 ? group.element + QLatin1Char('.') : QStringLiteral("%1[%2].").arg(group.element).arg(g + 1);
        for (const FieldMapping& f : group.fields) {
            out.append({prefix + f.target, &f});
        }
    }
    return out;
}

/// Where a target's lines come from: "lines → StockLine"; several groups one after the other,
/// each with its note when it has one.
QString describeLines(const TargetMapping& t)
{
    QStringList groups;
    for (const LineMapping& l : t.lines) {
        const QString from = l.from == QLatin1String("$") ? MappingDiff::tr("the event itself") : l.from;
        groups.append(l.note.isEmpty() ? QStringLiteral("%1 → %2").arg(from, l.element)
                                       : QStringLiteral("%1 → %2 (%3)").arg(from, l.element, l.note));
    }
    return groups.join(QStringLiteral("; "));
}

MappingChange change(MappingChange::Kind kind, const TargetMapping& t, const QString& field, const QString& before,
                     const QString& after)
{
    return MappingChange{kind, t.id, t.object, field, before, after};
}

void compareTargets(const TargetMapping& a, const TargetMapping& b, QList<MappingChange>* out)
{
    const QString whenA = a.when ? describeCondition(*a.when) : QString();
    const QString whenB = b.when ? describeCondition(*b.when) : QString();
    if (a.when != b.when) {
        out->append(change(MappingChange::Kind::ConditionChanged, b, {}, whenA, whenB));
    }
    const QString linesA = describeLines(a);
    const QString linesB = describeLines(b);
    if (linesA != linesB) {
        out->append(change(MappingChange::Kind::LinesChanged, b, {}, linesA, linesB));
    }
    const QList<FieldKey> older = fieldsOf(a);
    const QList<FieldKey> newer = fieldsOf(b);
    QHash<QString, const FieldMapping*> olderByName;
    for (const FieldKey& k : older) {
        olderByName.insert(k.field, k.mapping);
    }
    QSet<QString> newerNames;
    for (const FieldKey& k : newer) {
        newerNames.insert(k.field);
    }
    // Removed fields first where they stood, then the newer document's order.
    for (const FieldKey& k : older) {
        if (!newerNames.contains(k.field)) {
            out->append(change(MappingChange::Kind::FieldRemoved, b, k.field,
                               MappingDiff::describeSteps(k.mapping->steps), {}));
        }
    }
    for (const FieldKey& k : newer) {
        const FieldMapping* before = olderByName.value(k.field);
        if (before == nullptr) {
            out->append(
                change(MappingChange::Kind::FieldAdded, b, k.field, {}, MappingDiff::describeSteps(k.mapping->steps)));
        } else if (before->steps != k.mapping->steps) {
            out->append(change(MappingChange::Kind::FieldChanged, b, k.field, MappingDiff::describeSteps(before->steps),
                               MappingDiff::describeSteps(k.mapping->steps)));
        } else if (before->note != k.mapping->note) {
            out->append(change(MappingChange::Kind::NoteChanged, b, k.field, before->note, k.mapping->note));
        }
    }
}

} // namespace

QString MappingChange::summary() const
{
    const QString where =
        field.isEmpty() ? QStringLiteral("%1 (%2)").arg(object, targetId) : QStringLiteral("%1 %2").arg(object, field);
    switch (kind) {
    case Kind::FieldAdded:
        return MappingDiff::tr("%1 is now mapped: %2.").arg(where, after);
    case Kind::FieldRemoved:
        return MappingDiff::tr("%1 is no longer mapped (it was: %2).").arg(where, before);
    case Kind::FieldChanged:
        return MappingDiff::tr("%1 changed from \"%2\" to \"%3\".").arg(where, before, after);
    case Kind::NoteChanged:
        return MappingDiff::tr("The note on %1 changed from \"%2\" to \"%3\".").arg(where, before, after);
    case Kind::TargetAdded:
        return MappingDiff::tr("The mapping now also produces %1.").arg(where);
    case Kind::TargetRemoved:
        return MappingDiff::tr("The mapping no longer produces %1.").arg(where);
    case Kind::ConditionChanged:
        return after.isEmpty()
                   ? MappingDiff::tr("%1 is now produced for every payment (it was only when %2).").arg(where, before)
               : before.isEmpty() ? MappingDiff::tr("%1 is now only produced when %2.").arg(where, after)
                                  : MappingDiff::tr("%1 was produced when %2; now when %3.").arg(where, before, after);
    case Kind::LinesChanged:
        return before.isEmpty() ? MappingDiff::tr("%1 now has lines: %2.").arg(where, after)
               : after.isEmpty()
                   ? MappingDiff::tr("%1 no longer has lines (they were: %2).").arg(where, before)
                   : MappingDiff::tr("The lines of %1 changed from \"%2\" to \"%3\".").arg(where, before, after);
    case Kind::DocumentChanged:
        return MappingDiff::tr("%1 changed from \"%2\" to \"%3\".").arg(field, before, after);
    }
    return {};
}

QList<MappingChange> MappingDiff::compare(const MappingDocument& older, const MappingDocument& newer)
{
    QList<MappingChange> out;
    const auto document = [&](const QString& what, const QString& a, const QString& b) {
        if (a != b) {
            out.append(MappingChange{MappingChange::Kind::DocumentChanged, {}, {}, what, a, b});
        }
    };
    document(tr("The mapping's name"), older.name, newer.name);
    document(tr("The mapping's description"), older.description, newer.description);
    document(tr("The source document"), older.source, newer.source);

    QHash<QString, const TargetMapping*> olderById;
    for (const TargetMapping& t : older.targets) {
        olderById.insert(t.id, &t);
    }
    QSet<QString> newerIds;
    for (const TargetMapping& t : newer.targets) {
        newerIds.insert(t.id);
    }
    const TargetMapping empty;
    for (const TargetMapping& t : older.targets) {
        if (!newerIds.contains(t.id)) {
            out.append(change(MappingChange::Kind::TargetRemoved, t, {}, t.object, {}));
            for (const FieldKey& k : fieldsOf(t)) {
                out.append(change(MappingChange::Kind::FieldRemoved, t, k.field, describeSteps(k.mapping->steps), {}));
            }
        }
    }
    for (const TargetMapping& t : newer.targets) {
        const TargetMapping* before = olderById.value(t.id);
        if (before == nullptr) {
            out.append(change(MappingChange::Kind::TargetAdded, t, {}, {}, t.object));
            for (const FieldKey& k : fieldsOf(t)) {
                out.append(change(MappingChange::Kind::FieldAdded, t, k.field, {}, describeSteps(k.mapping->steps)));
            }
            continue;
        }
        if (before->object != t.object) {
            // Another business object under the same id: every field is another field.
            out.append(change(MappingChange::Kind::TargetRemoved, *before, {}, before->object, {}));
            out.append(change(MappingChange::Kind::TargetAdded, t, {}, {}, t.object));
            TargetMapping emptyOfNew = empty;
            emptyOfNew.id = t.id;
            emptyOfNew.object = t.object;
            compareTargets(emptyOfNew, t, &out);
            continue;
        }
        compareTargets(*before, t, &out);
    }
    return out;
}

QString MappingDiff::describeSteps(const QJsonArray& steps)
{
    QStringList parts;
    for (const QJsonValue& step : steps) {
        parts.append(describeStep(step.toObject()));
    }
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(" → "));
}

QString MappingDiff::describeStep(const QJsonObject& step)
{
    const QString type = step.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("path")) {
        return step.value(QStringLiteral("optional")).toBool()
                   ? tr("%1 (if given)").arg(step.value(QStringLiteral("path")).toString())
                   : step.value(QStringLiteral("path")).toString();
    }
    if (type == QLatin1String("constant")) {
        return tr("always %1").arg(compact(step.value(QStringLiteral("value"))));
    }
    if (type == QLatin1String("default")) {
        return tr("%1 when empty").arg(compact(step.value(QStringLiteral("value"))));
    }
    if (type == QLatin1String("lookup")) {
        const QJsonObject table = step.value(QStringLiteral("table")).toObject();
        QStringList pairs;
        for (auto it = table.begin(); it != table.end(); ++it) {
            pairs.append(QStringLiteral("%1 = %2").arg(it.key(), it.value().toString()));
        }
        QString text = tr("look up (%1)").arg(pairs.join(QStringLiteral(", ")));
        if (step.contains(QStringLiteral("default"))) {
            text += tr(", otherwise %1").arg(compact(step.value(QStringLiteral("default"))));
        }
        return text;
    }
    if (type == QLatin1String("currency")) {
        QStringList rates;
        for (const QJsonValue& r : step.value(QStringLiteral("rates")).toArray()) {
            const QJsonObject o = r.toObject();
            rates.append(tr("%1→%2 %3 from %4")
                             .arg(o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString(),
                                  o.value(QStringLiteral("rate")).toString(),
                                  o.value(QStringLiteral("effective")).toString()));
        }
        return tr("convert to %1 (%2)")
            .arg(step.value(QStringLiteral("to")).toString(), rates.join(QStringLiteral("; ")));
    }
    if (type == QLatin1String("address")) {
        return tr("standardise the address %1 into %2 lines of %3 characters")
            .arg(step.value(QStringLiteral("from")).toString())
            .arg(step.value(QStringLiteral("lines")).toArray().size())
            .arg(step.value(QStringLiteral("lineLength")).toInt(40));
    }
    if (type == QLatin1String("glAccount")) {
        QStringList rules;
        for (const QJsonValue& r : step.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject o = r.toObject();
            rules.append(
                tr("%1 when %2")
                    .arg(o.value(QStringLiteral("account")).toString(), compact(o.value(QStringLiteral("when")))));
        }
        return tr("GL account by rule (%1; otherwise %2)")
            .arg(rules.join(QStringLiteral("; ")), step.value(QStringLiteral("default")).toString());
    }
    if (type == QLatin1String("concat")) {
        QStringList parts;
        for (const QJsonValue& p : step.value(QStringLiteral("parts")).toArray()) {
            parts.append(p.isString() ? QStringLiteral("\"%1\"").arg(p.toString()) : describeSteps(p.toArray()));
        }
        return tr("join [%1] with \"%2\"")
            .arg(parts.join(QStringLiteral(", ")), step.value(QStringLiteral("separator")).toString());
    }
    if (type == QLatin1String("formatDate")) {
        return tr("date as %1").arg(step.value(QStringLiteral("format")).toString());
    }
    if (type == QLatin1String("substring")) {
        return tr("characters %1 to %2")
            .arg(step.value(QStringLiteral("start")).toInt() + 1)
            .arg(step.value(QStringLiteral("start")).toInt() + step.value(QStringLiteral("length")).toInt());
    }
    if (type == QLatin1String("hashToLength")) {
        return tr("shorten to %1 characters (hash)").arg(step.value(QStringLiteral("length")).toInt());
    }
    if (type == QLatin1String("condition")) {
        return tr("if %1 then %2 else %3")
            .arg(describeCondition(step.value(QStringLiteral("if"))),
                 describeSteps(step.value(QStringLiteral("then")).toArray()),
                 describeSteps(step.value(QStringLiteral("else")).toArray()));
    }
    if (type == QLatin1String("upper")) {
        return tr("upper case");
    }
    if (type == QLatin1String("lower")) {
        return tr("lower case");
    }
    if (type == QLatin1String("trim")) {
        return tr("trim spaces");
    }
    if (type == QLatin1String("negate")) {
        return tr("change the sign");
    }
    return compact(step);
}

} // namespace bridge::mapping
