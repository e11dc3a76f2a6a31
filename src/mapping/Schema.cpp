// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/Schema.h"

#include "core/Money.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bridge::mapping {

const QString Schema::FormatName = QStringLiteral("opayo-syspro-bridge/schema");

namespace {

struct TypeName {
    const char* name;
    FieldType type;
};
constexpr TypeName kTypes[] = {
    {"text", FieldType::Text},   {"decimal", FieldType::Decimal}, {"integer", FieldType::Integer},
    {"date", FieldType::Date},   {"boolean", FieldType::Boolean}, {"money", FieldType::Money},
    {"group", FieldType::Group}, {"list", FieldType::List},
};

std::optional<FieldType> typeFromName(const QString& name)
{
    for (const TypeName& t : kTypes) {
        if (name == QLatin1String(t.name)) {
            return t.type;
        }
    }
    return std::nullopt;
}

Error schemaError(const QString& where, const QString& message)
{
    return Error::configuration(QStringLiteral("schema.invalid"), where + QStringLiteral(": ") + message);
}

bool isIsoDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate).isValid() || QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

} // namespace

QString fieldTypeName(FieldType type)
{
    for (const TypeName& t : kTypes) {
        if (t.type == type) {
            return QLatin1String(t.name);
        }
    }
    return {};
}

QString SchemaField::sampleText() const
{
    if (sample.isString()) {
        return sample.toString();
    }
    if (sample.isBool()) {
        return sample.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (sample.isDouble()) {
        return QString::number(sample.toInteger());
    }
    if (sample.isObject()) {
        const QJsonObject o = sample.toObject();
        const Result<Currency> currency = Currency::fromCode(o.value(QStringLiteral("currency")).toString());
        if (currency) {
            return Money(o.value(QStringLiteral("minor")).toInteger(), *currency).toDecimalString() + QLatin1Char(' ') +
                   currency->code();
        }
    }
    return {};
}

Result<Schema> Schema::fromJson(const QJsonObject& json, const QString& origin)
{
    Schema s;
    if (json.value(QStringLiteral("format")).toString() != FormatName) {
        return fail(schemaError(origin, tr("this is not a schema file (\"format\" must be \"%1\").").arg(FormatName)));
    }
    if (json.value(QStringLiteral("schemaVersion")).toInt() != 1) {
        return fail(schemaError(origin, tr("schemaVersion %1 is not supported; this version reads 1.")
                                            .arg(json.value(QStringLiteral("schemaVersion")).toInt())));
    }
    s.m_id = json.value(QStringLiteral("id")).toString();
    if (s.m_id.isEmpty()) {
        return fail(schemaError(origin, tr("the schema needs an \"id\".")));
    }
    const QString role = json.value(QStringLiteral("role")).toString();
    if (role == QLatin1String("source")) {
        s.m_role = Role::Source;
    } else if (role == QLatin1String("target")) {
        s.m_role = Role::Target;
    } else {
        return fail(schemaError(origin, tr("\"role\" must be \"source\" or \"target\", not \"%1\".").arg(role)));
    }
    s.m_title = json.value(QStringLiteral("title")).toString(s.m_id);
    s.m_description = json.value(QStringLiteral("description")).toString();
    const QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
    if (fields.isEmpty()) {
        return fail(schemaError(origin, tr("the schema has no \"fields\".")));
    }
    if (Result<void> added = s.addFields(fields, -1, origin); !added) {
        return fail(added.error());
    }
    return s;
}

Result<void> Schema::addFields(const QJsonArray& array, int parent, const QString& where)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_]+$"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array.at(i).toObject();
        SchemaField f;
        f.name = json.value(QStringLiteral("name")).toString();
        const QString here = QStringLiteral("%1.fields[%2]").arg(where).arg(i) +
                             (f.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.name));
        if (!array.at(i).isObject()) {
            return fail(schemaError(here, tr("a field must be an object.")));
        }
        if (!namePattern.match(f.name).hasMatch()) {
            return fail(schemaError(here, tr("a field needs a \"name\" of letters, digits and underscores.")));
        }
        if (parent >= 0) {
            f.parentPath = m_fields.at(parent).path;
            f.repeated = m_fields.at(parent).repeated || m_fields.at(parent).type == FieldType::List;
        }
        f.path = f.parentPath.isEmpty() ? f.name : f.parentPath + QLatin1Char('.') + f.name;
        const QString typeText = json.value(QStringLiteral("type")).toString();
        const std::optional<FieldType> type = typeFromName(typeText);
        if (!type) {
            return fail(schemaError(here, tr("unknown type \"%1\"; use text, decimal, integer, date, boolean, "
                                             "money, group or list.")
                                              .arg(typeText)));
        }
        f.type = *type;
        if (m_byPath.contains(f.path)) {
            return fail(schemaError(here, tr("the path %1 appears twice.").arg(f.path)));
        }
        const QJsonValue maxLength = json.value(QStringLiteral("maxLength"));
        if (!maxLength.isUndefined()) {
            if (!maxLength.isDouble() || maxLength.toDouble() != double(maxLength.toInteger()) ||
                maxLength.toInteger() <= 0) {
                return fail(schemaError(here, tr("\"maxLength\" must be a whole number above zero.")));
            }
            f.maxLength = int(maxLength.toInteger());
        }
        const QJsonValue scale = json.value(QStringLiteral("scale"));
        if (f.type == FieldType::Decimal) {
            if (!scale.isDouble() || scale.toInteger() < 0 || scale.toInteger() > 10) {
                return fail(schemaError(here, tr("a decimal needs a \"scale\" from 0 to 10 (its decimal places).")));
            }
            f.scale = int(scale.toInteger());
        } else if (!scale.isUndefined()) {
            return fail(schemaError(here, tr("only a decimal has a \"scale\".")));
        }
        f.mandatory = json.value(QStringLiteral("mandatory")).toBool(false);
        f.description = json.value(QStringLiteral("description")).toString();
        f.sample = json.value(QStringLiteral("sample"));
        if (!f.sample.isUndefined()) {
            bool fits = true;
            switch (f.type) {
            case FieldType::Text:
                fits = f.sample.isString();
                break;
            case FieldType::Decimal:
            case FieldType::Integer:
                fits = f.sample.isDouble();
                break;
            case FieldType::Date:
                fits = f.sample.isString() && isIsoDate(f.sample.toString());
                break;
            case FieldType::Boolean:
                fits = f.sample.isBool();
                break;
            case FieldType::Money:
                fits = f.sample.isObject() && !f.sampleText().isEmpty();
                break;
            case FieldType::Group:
            case FieldType::List:
                fits = false;
                break;
            }
            if (!fits) {
                return fail(schemaError(here, tr("the sample does not fit the type %1 (money is "
                                                 "{\"minor\": 1050, \"currency\": \"GBP\"}, a date is ISO 8601).")
                                                  .arg(typeText)));
            }
        }
        const QJsonValue children = json.value(QStringLiteral("fields"));
        if (f.isLeaf() && !children.isUndefined()) {
            return fail(
                schemaError(here, tr("a %1 field cannot have \"fields\"; only a group or a list can.").arg(typeText)));
        }
        if (!f.isLeaf() && children.toArray().isEmpty()) {
            return fail(schemaError(here, tr("a %1 needs \"fields\".").arg(typeText)));
        }
        const int index = int(m_fields.size());
        m_fields.append(f);
        m_byPath.insert(f.path, index);
        if (parent >= 0) {
            m_fields[parent].children.append(index);
        } else {
            m_topLevel.append(index);
        }
        if (!f.isLeaf()) {
            if (Result<void> added = addFields(children.toArray(), index, here); !added) {
                return added;
            }
        }
    }
    return {};
}

Result<Schema> Schema::fromBytes(const QByteArray& json, const QString& origin)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject()) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < error.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return fail(schemaError(origin, tr("invalid JSON at line %1, column %2: %3")
                                            .arg(line)
                                            .arg(column)
                                            .arg(doc.isNull() ? error.errorString() : tr("expected an object"))));
    }
    return fromJson(doc.object(), origin);
}

Result<Schema> Schema::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::configuration(QStringLiteral("schema.unreadable"),
                                         tr("Cannot read the schema file %1: %2").arg(path, file.errorString())));
    }
    return fromBytes(file.readAll(), path);
}

Result<Schema> Schema::builtIn(const QString& id)
{
    const QString path = QStringLiteral(":/schemas/%1.json").arg(id);
    if (!QFile::exists(path)) {
        return fail(Error::configuration(
            QStringLiteral("schema.unknown"),
            tr("There is no built-in schema \"%1\"; known: %2.").arg(id, builtInIds().join(QStringLiteral(", ")))));
    }
    return fromFile(path);
}

QStringList Schema::builtInIds()
{
    QStringList ids;
    for (const QString& name : QDir(QStringLiteral(":/schemas")).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        ids.append(name.chopped(5));
    }
    ids.sort();
    return ids;
}

const SchemaField* Schema::find(const QString& path) const
{
    const auto it = m_byPath.constFind(path);
    return it == m_byPath.constEnd() ? nullptr : &m_fields.at(*it);
}

QList<SchemaField> Schema::leaves(const QString& under) const
{
    QList<SchemaField> out;
    const QString prefix = under.isEmpty() ? QString() : under + QLatin1Char('.');
    for (const SchemaField& f : m_fields) {
        if (f.isLeaf() && (prefix.isEmpty() || f.path.startsWith(prefix) || f.path == under)) {
            out.append(f);
        }
    }
    return out;
}

Schema Schema::withSamplesFrom(const QJsonObject& record) const
{
    Schema copy = *this;
    for (SchemaField& f : copy.m_fields) {
        if (!f.isLeaf()) {
            continue;
        }
        QJsonValue v = record;
        for (const QString& name : f.path.split(QLatin1Char('.'))) {
            if (v.isArray()) {
                v = v.toArray().isEmpty() ? QJsonValue() : v.toArray().first();
            }
            v = v.toObject().value(name);
        }
        if (v.isArray()) {
            v = v.toArray().isEmpty() ? QJsonValue() : v.toArray().first();
        }
        f.sample = v.isUndefined() ? QJsonValue() : v;
    }
    return copy;
}

} // namespace bridge::mapping
