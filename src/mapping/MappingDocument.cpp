// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/MappingDocument.h"

#include "mapping/JsonPath.h"
#include "mapping/Transform.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace bridge::mapping {

const QString MappingDocument::FormatName = QStringLiteral("opayo-syspro-bridge/mapping");

QStringList MappingDocument::knownObjects()
{
    return {QStringLiteral("SORTOI"), QStringLiteral("ARSTPY"), QStringLiteral("GENTJL"), QStringLiteral("ARSSCS"),
            QStringLiteral("SORTCH"), QStringLiteral("SORTCL"), QStringLiteral("ARSTIN")};
}

QStringList MappingDocument::knownSources()
{
    return {QStringLiteral("payment"), QStringLiteral("refund"), QStringLiteral("settlementLine"),
            QStringLiteral("customer")};
}

namespace {

Error invalid(const QString& where, const QString& message)
{
    return Error::configuration(QStringLiteral("mapping.invalid"), QStringLiteral("%1: %2").arg(where, message));
}

Result<QList<FieldMapping>> readFields(const QJsonValue& value, const QString& where)
{
    QList<FieldMapping> out;
    QSet<QString> seen;
    const QJsonArray array = value.toArray();
    if (!value.isArray()) {
        return fail(invalid(where, MappingDocument::tr("\"fields\" must be a list of {\"target\", \"steps\"}.")));
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject f = array.at(i).toObject();
        FieldMapping field{f.value(QStringLiteral("target")).toString(), f.value(QStringLiteral("steps")).toArray(),
                           f.value(QStringLiteral("note")).toString()};
        const QString here = QStringLiteral("%1[%2] (%3)").arg(where).arg(i).arg(field.target);
        if (field.target.isEmpty()) {
            return fail(invalid(QStringLiteral("%1[%2]").arg(where).arg(i),
                                MappingDocument::tr("every field needs a \"target\".")));
        }
        if (seen.contains(field.target)) {
            return fail(
                invalid(here, MappingDocument::tr("the target %1 is mapped twice; keep one.").arg(field.target)));
        }
        seen.insert(field.target);
        // Compile once now so that every problem is found when the document is loaded.
        Result<TransformChain> chain = compileChain(f.value(QStringLiteral("steps")), here + QStringLiteral(".steps"));
        if (!chain) {
            return fail(chain.error());
        }
        out.append(field);
    }
    return out;
}

/// `"lines"`: one group as an object, or several as a list of them (each like the object).
Result<QList<LineMapping>> readLines(const QJsonValue& value, const QString& where)
{
    const bool several = value.isArray();
    const QJsonArray groups = several ? value.toArray() : QJsonArray{value};
    if (several && groups.isEmpty()) {
        return fail(invalid(where + QStringLiteral(".lines"),
                            MappingDocument::tr("the list of line groups is empty; give at least one group, or leave "
                                                "\"lines\" out when the document has no lines.")));
    }
    QList<LineMapping> out;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString here =
            several ? QStringLiteral("%1.lines[%2]").arg(where).arg(i) : where + QStringLiteral(".lines");
        if (!groups.at(i).isObject()) {
            return fail(invalid(here, MappingDocument::tr("a line group must be an object with \"from\", \"element\" "
                                                          "and \"fields\".")));
        }
        const QJsonObject l = groups.at(i).toObject();
        LineMapping lines;
        lines.from = l.value(QStringLiteral("from")).toString();
        lines.element = l.value(QStringLiteral("element")).toString();
        lines.note = l.value(QStringLiteral("note")).toString();
        if (!JsonPath::parse(lines.from) || lines.element.isEmpty()) {
            return fail(
                invalid(here, MappingDocument::tr("per-line mapping needs \"from\" (the source list, e.g. lines, "
                                                  "or $ for one line from the event) and \"element\" (e.g. "
                                                  "StockLine).")));
        }
        if (!out.isEmpty() && lines.element != out.first().element) {
            return fail(invalid(here, MappingDocument::tr("every line group of a target fills the same list; this one "
                                                          "fills %1, the first one %2.")
                                          .arg(lines.element, out.first().element)));
        }
        Result<QList<FieldMapping>> lineFields =
            readFields(l.value(QStringLiteral("fields")), here + QStringLiteral(".fields"));
        if (!lineFields) {
            return fail(lineFields.error());
        }
        lines.fields = *lineFields;
        out.append(lines);
    }
    return out;
}

QJsonArray writeFields(const QList<FieldMapping>& fields)
{
    QJsonArray out;
    for (const FieldMapping& f : fields) {
        QJsonObject o{{QStringLiteral("target"), f.target}, {QStringLiteral("steps"), f.steps}};
        if (!f.note.isEmpty()) {
            o.insert(QStringLiteral("note"), f.note);
        }
        out.append(o);
    }
    return out;
}

} // namespace

Result<MappingDocument> MappingDocument::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != FormatName) {
        return fail(invalid(QStringLiteral("format"),
                            tr("this is not a bridge mapping document (\"format\" must be \"%1\").").arg(FormatName)));
    }
    const int schema = json.value(QStringLiteral("schemaVersion")).toInt(0);
    if (schema != CurrentSchemaVersion) {
        return fail(invalid(
            QStringLiteral("schemaVersion"),
            tr("version %1 is not supported; this bridge reads version %2.").arg(schema).arg(CurrentSchemaVersion)));
    }
    MappingDocument doc;
    doc.name = json.value(QStringLiteral("name")).toString().trimmed();
    doc.description = json.value(QStringLiteral("description")).toString();
    doc.source = json.value(QStringLiteral("source")).toString(QStringLiteral("payment"));
    if (doc.name.isEmpty()) {
        return fail(invalid(QStringLiteral("name"), tr("give the mapping a name.")));
    }
    if (!knownSources().contains(doc.source)) {
        return fail(invalid(
            QStringLiteral("source"),
            tr("unknown source \"%1\"; use one of %2.").arg(doc.source, knownSources().join(QStringLiteral(", ")))));
    }
    const QJsonArray targets = json.value(QStringLiteral("targets")).toArray();
    if (targets.isEmpty()) {
        return fail(invalid(QStringLiteral("targets"), tr("the mapping produces nothing: add at least one target.")));
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QJsonObject t = targets.at(i).toObject();
        TargetMapping target;
        target.id = t.value(QStringLiteral("id")).toString();
        target.object = t.value(QStringLiteral("object")).toString();
        const QString where = QStringLiteral("targets[%1] (%2)").arg(i).arg(target.id);
        if (target.id.isEmpty() || ids.contains(target.id)) {
            return fail(invalid(where, tr("each target needs its own \"id\".")));
        }
        ids.insert(target.id);
        if (!knownObjects().contains(target.object)) {
            return fail(invalid(where, tr("unknown SYSPRO business object \"%1\"; use one of %2.")
                                           .arg(target.object, knownObjects().join(QStringLiteral(", ")))));
        }
        if (t.contains(QStringLiteral("when"))) {
            Result<Condition> c = Condition::compile(t.value(QStringLiteral("when")), where + QStringLiteral(".when"));
            if (!c) {
                return fail(c.error());
            }
            target.when = t.value(QStringLiteral("when"));
        }
        Result<QList<FieldMapping>> fields =
            readFields(t.value(QStringLiteral("fields")), where + QStringLiteral(".fields"));
        if (!fields) {
            return fail(fields.error());
        }
        target.fields = *fields;
        if (t.contains(QStringLiteral("lines"))) {
            Result<QList<LineMapping>> lines = readLines(t.value(QStringLiteral("lines")), where);
            if (!lines) {
                return fail(lines.error());
            }
            target.lines = *lines;
        }
        doc.targets.append(target);
    }
    return doc;
}

Result<MappingDocument> MappingDocument::fromBytes(const QByteArray& bytes, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Name the line and column, not just the byte offset.
        const QByteArray before = bytes.left(error.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(error.offset - before.lastIndexOf('\n'));
        return fail(
            Error::configuration(QStringLiteral("mapping.json"), tr("%1 is not valid JSON: %2 at line %3, column %4.")
                                                                     .arg(origin, error.errorString())
                                                                     .arg(line)
                                                                     .arg(column)));
    }
    if (!json.isObject()) {
        return fail(
            Error::configuration(QStringLiteral("mapping.json"), tr("%1 must hold one JSON object.").arg(origin)));
    }
    Result<MappingDocument> doc = fromJson(json.object());
    if (!doc) {
        Error e = doc.error();
        e.message = tr("%1: %2").arg(origin, e.message);
        return fail(e);
    }
    return doc;
}

Result<MappingDocument> MappingDocument::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::configuration(QStringLiteral("mapping.file"),
                                         tr("Cannot read the mapping file %1: %2.").arg(path, file.errorString())));
    }
    return fromBytes(file.readAll(), path);
}

QJsonObject MappingDocument::toJson() const
{
    QJsonArray targetArray;
    for (const TargetMapping& t : targets) {
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("object"), t.object},
                      {QStringLiteral("fields"), writeFields(t.fields)}};
        if (t.when) {
            o.insert(QStringLiteral("when"), *t.when);
        }
        // One group is written as an object, as documents were before there could be several.
        QJsonArray groups;
        for (const LineMapping& l : t.lines) {
            QJsonObject g{{QStringLiteral("from"), l.from},
                          {QStringLiteral("element"), l.element},
                          {QStringLiteral("fields"), writeFields(l.fields)}};
            if (!l.note.isEmpty()) {
                g.insert(QStringLiteral("note"), l.note);
            }
            groups.append(g);
        }
        if (groups.size() == 1) {
            o.insert(QStringLiteral("lines"), groups.first());
        } else if (!groups.isEmpty()) {
            o.insert(QStringLiteral("lines"), groups);
        }
        targetArray.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), FormatName}, {QStringLiteral("schemaVersion"), CurrentSchemaVersion},
                       {QStringLiteral("name"), name},         {QStringLiteral("description"), description},
                       {QStringLiteral("source"), source},     {QStringLiteral("targets"), targetArray}};
}

} // namespace bridge::mapping
