// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/MappingEvaluator.h"

#include "mapping/JsonPath.h"

#include <QJsonArray>

namespace bridge::mapping {

MappedValue MappedCommand::value(const QString& target) const
{
    for (const MappedField& f : fields) {
        if (f.target == target) {
            return f.value;
        }
    }
    return {};
}

QJsonObject MappedCommand::toJson() const
{
    auto fieldsJson = [](const QList<MappedField>& list) {
        QJsonArray out;
        for (const MappedField& f : list) {
            out.append(QJsonObject{{QStringLiteral("target"), f.target}, {QStringLiteral("value"), f.value.toJson()}});
        }
        return out;
    };
    QJsonArray lineArray;
    for (const QList<MappedField>& line : lines) {
        lineArray.append(fieldsJson(line));
    }
    return QJsonObject{{QStringLiteral("target"), targetId},
                       {QStringLiteral("object"), object},
                       {QStringLiteral("fields"), fieldsJson(fields)},
                       {QStringLiteral("lineElement"), lineElement},
                       {QStringLiteral("lines"), lineArray}};
}

Result<QList<MappingEvaluator::CompiledField>> MappingEvaluator::compileFields(const QList<FieldMapping>& fields,
                                                                               const QString& where)
{
    QList<CompiledField> out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        Result<TransformChain> chain = compileChain(
            fields.at(i).steps, QStringLiteral("%1[%2] (%3).steps").arg(where).arg(i).arg(fields.at(i).target));
        if (!chain) {
            return fail(chain.error());
        }
        out.append(CompiledField{fields.at(i).target, std::make_shared<TransformChain>(std::move(*chain))});
    }
    return out;
}

Result<MappingEvaluator> MappingEvaluator::create(const MappingDocument& document)
{
    MappingEvaluator evaluator;
    evaluator.m_document = document;
    for (qsizetype i = 0; i < document.targets.size(); ++i) {
        const TargetMapping& t = document.targets.at(i);
        const QString where = QStringLiteral("targets[%1] (%2)").arg(i).arg(t.id);
        CompiledTarget ct;
        ct.id = t.id;
        ct.object = t.object;
        if (t.when) {
            Result<Condition> c = Condition::compile(*t.when, where + QStringLiteral(".when"));
            if (!c) {
                return fail(c.error());
            }
            ct.when = *c;
        }
        Result<QList<CompiledField>> fields = compileFields(t.fields, where + QStringLiteral(".fields"));
        if (!fields) {
            return fail(fields.error());
        }
        ct.fields = *fields;
        for (qsizetype g = 0; g < t.lines.size(); ++g) {
            const LineMapping& group = t.lines.at(g);
            Result<JsonPath> from = JsonPath::parse(group.from);
            if (!from) {
                return fail(from.error());
            }
            ct.lineElement = group.element;
            const QString here = t.lines.size() == 1 ? where + QStringLiteral(".lines")
                                                     : QStringLiteral("%1.lines[%2]").arg(where).arg(g);
            Result<QList<CompiledField>> lineFields = compileFields(group.fields, here + QStringLiteral(".fields"));
            if (!lineFields) {
                return fail(lineFields.error());
            }
            ct.lines.append(CompiledTarget::Lines{*from, *lineFields});
        }
        evaluator.m_targets.append(ct);
    }
    return evaluator;
}

Result<void> MappingEvaluator::evaluateFields(const QList<CompiledField>& fields, const EvaluationContext& base,
                                              const QString& where, QList<MappedField>* out)
{
    for (const CompiledField& f : fields) {
        EvaluationContext context = base;
        context.field = where + f.target;
        Result<MappedValue> v = runChain(*f.chain, context);
        if (!v) {
            return fail(v.error());
        }
        if (v->isGroup()) {
            // A group (an address) fills several target fields next to each other.
            const QString prefix = f.target.contains(QLatin1Char('.'))
                                       ? f.target.left(f.target.lastIndexOf(QLatin1Char('.')) + 1)
                                       : QString();
            for (auto it = v->asGroup().begin(); it != v->asGroup().end(); ++it) {
                out->append(MappedField{prefix + it.key(), MappedValue::text(it.value())});
            }
            continue;
        }
        if (!v->isNull()) {
            out->append(MappedField{f.target, *v});
        }
    }
    return {};
}

Result<QList<MappedCommand>> MappingEvaluator::evaluate(const QJsonObject& source) const
{
    QList<MappedCommand> commands;
    const QJsonValue root(source);
    for (const CompiledTarget& t : m_targets) {
        const EvaluationContext base{root, root, t.id + QLatin1Char('.')};
        if (t.when) {
            Result<bool> holds = t.when->test(base);
            if (!holds) {
                return fail(holds.error());
            }
            if (!*holds) {
                continue;
            }
        }
        MappedCommand command;
        command.targetId = t.id;
        command.object = t.object;
        command.lineElement = t.lineElement;
        if (Result<void> ok = evaluateFields(t.fields, base, t.id + QLatin1Char('.'), &command.fields); !ok) {
            return fail(ok.error());
        }
        // A list gives a line per element; a single object (e.g. "$", the event itself) one line.
        // The groups' lines follow each other, numbered together.
        for (qsizetype g = 0; g < t.lines.size(); ++g) {
            const CompiledTarget::Lines& group = t.lines.at(g);
            const QJsonValue from = group.from.resolve(root, root);
            const QJsonArray items = from.isObject() ? QJsonArray{from} : from.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                QList<MappedField> line;
                const QString where =
                    QStringLiteral("%1.%2[%3].").arg(t.id, t.lineElement).arg(command.lines.size() + 1);
                if (Result<void> ok =
                        evaluateFields(group.fields, EvaluationContext{root, items.at(i), where}, where, &line);
                    !ok) {
                    return fail(ok.error());
                }
                command.lines.append(line);
                command.lineGroups.append(int(g));
            }
        }
        commands.append(command);
    }
    return commands;
}

} // namespace bridge::mapping
