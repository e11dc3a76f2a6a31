// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/MappingPreview.h"

#include "core/CanonicalPayment.h"
#include "engine/ErpDocuments.h"
#include "mapping/MappingDocument.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace bridge::engine {

namespace {

using Problem = MappingProblem;

struct SchemaCache {
    QHash<QString, std::shared_ptr<const mapping::Schema>> byObject;
    SchemaCache()
    {
        for (const QString& object : mapping::MappingDocument::knownObjects()) {
            if (Result<mapping::Schema> s = mapping::Schema::builtIn(object)) {
                byObject.insert(object, std::make_shared<const mapping::Schema>(*s));
            }
        }
    }
};

const SchemaCache& schemas()
{
    static const SchemaCache cache; // thread-safe initialisation
    return cache;
}

QJsonValue sampleOf(const mapping::Schema& schema, const mapping::SchemaField& field)
{
    if (field.isLeaf()) {
        return field.sample;
    }
    QJsonObject group;
    for (int child : field.children) {
        const mapping::SchemaField& c = schema.fields().at(child);
        const QJsonValue v = sampleOf(schema, c);
        if (!v.isNull() && !v.isUndefined()) {
            group.insert(c.name, v);
        }
    }
    if (field.type == mapping::FieldType::List) {
        return QJsonArray{group};
    }
    return group;
}

bool isWholeNumber(const QString& text)
{
    bool ok = false;
    text.trimmed().toLongLong(&ok);
    return ok;
}

bool isDecimal(const QString& text)
{
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    return decimal.match(text.trimmed()).hasMatch();
}

QString fieldLabel(const QString& object, const QString& field)
{
    return QStringLiteral("%1 %2").arg(object, field);
}

/// Checks one produced value against its SYSPRO field.
void checkValue(const mapping::Schema& schema, const QString& object, const QString& targetId,
                const QString& schemaPath, const mapping::MappedValue& value, QList<Problem>* problems)
{
    const mapping::SchemaField* f = schema.find(schemaPath);
    if (f == nullptr || !f->isLeaf()) {
        return;
    }
    const QString text = value.toText();
    const QString label = fieldLabel(object, schemaPath);
    if (text.trimmed().isEmpty()) {
        if (f->mandatory) {
            problems->append(
                {Problem::Kind::MissingMandatory, targetId, object, schemaPath,
                 MappingPreview::tr("%1 is required by SYSPRO but is empty for this sample. Give it a default value "
                                    "(a \"Default\" step) or map another field.")
                     .arg(label)});
        }
        return;
    }
    if (f->maxLength > 0 && text.size() > f->maxLength) {
        problems->append({Problem::Kind::TooLong, targetId, object, schemaPath,
                          MappingPreview::tr("%1 is \"%2\" (%3 characters); SYSPRO takes at most %4. Add a "
                                             "\"Shorten with hash\" or \"Part of the text\" step.")
                              .arg(label, text)
                              .arg(text.size())
                              .arg(f->maxLength)});
    }
    bool wrong = false;
    QString wanted;
    switch (f->type) {
    case mapping::FieldType::Integer:
        wrong = !value.isInteger() && !isWholeNumber(text);
        wanted = MappingPreview::tr("a whole number");
        break;
    case mapping::FieldType::Decimal:
    case mapping::FieldType::Money:
        wrong = !value.isMoney() && !value.isInteger() && !isDecimal(text);
        wanted = MappingPreview::tr("an amount");
        break;
    case mapping::FieldType::Date:
        wrong = !value.isDate() && !QDate::fromString(text.left(10), Qt::ISODate).isValid();
        wanted = MappingPreview::tr("a date (add a \"Format date\" step)");
        break;
    case mapping::FieldType::Boolean:
        wrong = !value.isBoolean() && text != QLatin1String("Y") && text != QLatin1String("N");
        wanted = MappingPreview::tr("Y or N");
        break;
    default:
        break;
    }
    if (wrong) {
        problems->append({Problem::Kind::WrongType, targetId, object, schemaPath,
                          MappingPreview::tr("%1 is \"%2\", but SYSPRO expects %3 there.").arg(label, text, wanted)});
    }
}

/// Mandatory fields of the object that the document does not fill: those of its header groups,
/// of its line element in each of its line groups, and of any sub-group of which another field
/// is filled.
void checkUnmapped(const mapping::Schema& schema, const mapping::TargetMapping& target, const QSet<QString>& filled,
                   QList<Problem>* problems)
{
    QSet<QString> usedGroups;
    for (const QString& path : filled) {
        if (const mapping::SchemaField* f = schema.find(path)) {
            usedGroups.insert(f->parentPath);
        }
    }
    auto unmapped = [&](const mapping::SchemaField& f, int lineGroup) {
        Problem p{Problem::Kind::UnmappedMandatory, target.id, target.object, f.path,
                  MappingPreview::tr("%1 is required by SYSPRO and nothing is mapped to it. Drag a source field onto "
                                     "it, or give it a fixed value.")
                      .arg(fieldLabel(target.object, f.path))};
        p.lineGroup = lineGroup;
        problems->append(p);
    };
    for (const mapping::SchemaField& f : schema.fields()) {
        if (!f.isLeaf() || !f.mandatory) {
            continue;
        }
        const mapping::SchemaField* parent = schema.find(f.parentPath);
        if (parent == nullptr) {
            continue;
        }
        if (parent->type == mapping::FieldType::List) {
            // Each line group makes lines of its own: each fills what SYSPRO needs in a line.
            for (qsizetype g = 0; g < target.lines.size(); ++g) {
                const mapping::LineMapping& group = target.lines.at(g);
                const bool mapped =
                    std::any_of(group.fields.begin(), group.fields.end(), [&](const mapping::FieldMapping& m) {
                        return group.element + QLatin1Char('.') + m.target == f.path;
                    });
                if (parent->path == group.element && !mapped) {
                    unmapped(f, int(g));
                }
            }
            continue;
        }
        const bool required = parent->parentPath.isEmpty() // a top-level group: the header
                              || usedGroups.contains(parent->path);
        if (required && !filled.contains(f.path)) {
            unmapped(f, -1);
        }
    }
}

} // namespace

const mapping::Schema* MappingPreview::targetSchema(const QString& object)
{
    const auto it = schemas().byObject.constFind(object);
    return it == schemas().byObject.constEnd() ? nullptr : it->get();
}

QJsonObject MappingPreview::sampleFromSchema(const mapping::Schema& source)
{
    QJsonObject out;
    for (int index : source.topLevel()) {
        const mapping::SchemaField& f = source.fields().at(index);
        const QJsonValue v = sampleOf(source, f);
        if (!v.isNull() && !v.isUndefined()) {
            out.insert(f.name, v);
        }
    }
    return out;
}

PreviewResult MappingPreview::run(const QJsonObject& document, const QJsonObject& sample)
{
    PreviewResult result;
    Result<mapping::MappingDocument> doc = mapping::MappingDocument::fromJson(document);
    if (!doc) {
        result.problems.append(
            {Problem::Kind::Invalid, {}, {}, {}, tr("The mapping cannot be used yet: %1").arg(doc.error().message)});
        return result;
    }
    // As bridge-cli map and the engine see it: through the canonical payment.
    Result<CanonicalPayment> payment = CanonicalPayment::fromJson(sample);
    if (!payment) {
        result.problems.append(
            {Problem::Kind::Invalid, {}, {}, {}, tr("The sample is not a payment: %1").arg(payment.error().message)});
        return result;
    }
    Result<mapping::MappingEvaluator> evaluator = mapping::MappingEvaluator::create(*doc);
    if (!evaluator) {
        result.problems.append({Problem::Kind::Invalid,
                                {},
                                {},
                                {},
                                tr("The mapping cannot be used yet: %1").arg(evaluator.error().message)});
        return result;
    }
    // Fields nothing fills, for every target (also those this sample does not produce).
    for (const mapping::TargetMapping& t : doc->targets) {
        if (const mapping::Schema* schema = targetSchema(t.object)) {
            QSet<QString> filled;
            for (const mapping::FieldMapping& f : t.fields) {
                filled.insert(f.target);
                // An address step fills the lines it names next to its own target.
                for (const QJsonValue& step : f.steps) {
                    const QJsonObject s = step.toObject();
                    const QString group = f.target.section(QLatin1Char('.'), 0, -2);
                    const QString prefix = group.isEmpty() ? QString() : group + QLatin1Char('.');
                    for (const QJsonValue& line : s.value(QStringLiteral("lines")).toArray()) {
                        filled.insert(prefix + line.toString());
                    }
                    if (s.contains(QStringLiteral("postalCode")) && s.value(QStringLiteral("postalCode")).isString()) {
                        filled.insert(prefix + s.value(QStringLiteral("postalCode")).toString());
                    }
                }
            }
            checkUnmapped(*schema, t, filled, &result.problems);
        }
    }
    Result<QList<mapping::MappedCommand>> commands = evaluator->evaluate(payment->toJson());
    if (!commands) {
        result.problems.append(
            {Problem::Kind::Invalid, {}, {}, {}, tr("This sample cannot be mapped: %1").arg(commands.error().message)});
        return result;
    }
    result.commands = *commands;
    QStringList xml;
    for (const mapping::MappedCommand& c : *commands) {
        if (const mapping::Schema* schema = targetSchema(c.object)) {
            for (const mapping::MappedField& f : c.fields) {
                checkValue(*schema, c.object, c.targetId, f.target, f.value, &result.problems);
            }
            for (qsizetype i = 0; i < c.lines.size(); ++i) {
                const qsizetype before = result.problems.size();
                for (const mapping::MappedField& f : c.lines.at(i)) {
                    checkValue(*schema, c.object, c.targetId, c.lineElement + QLatin1Char('.') + f.target, f.value,
                               &result.problems);
                }
                for (qsizetype k = before; k < result.problems.size(); ++k) {
                    result.problems[k].lineGroup = c.lineGroups.value(i, 0);
                }
            }
        }
        Result<QString> text = ErpDocuments::xmlIn(c.toJson(), syspro::FieldLimits{});
        result.documents.append(text ? *text : QString());
        if (!text) {
            result.problems.append(
                {Problem::Kind::Invalid,
                 c.targetId,
                 c.object,
                 {},
                 tr("%1 (%2) cannot be posted: %3").arg(c.object, c.targetId, text.error().message)});
            continue;
        }
        xml.append(QStringLiteral("<!-- %1: %2 -->\n%3").arg(c.targetId, c.object, *text));
    }
    result.xmlIn = commands->isEmpty() ? tr("The mapping posts nothing for this sample (no target's condition holds).")
                                       : xml.join(QLatin1Char('\n'));
    return result;
}

} // namespace bridge::engine
