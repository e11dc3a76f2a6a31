// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace bridge::mapping {

/// The type of a schema field. Group and List are inner nodes; every other type is a leaf.
enum class FieldType { Text, Decimal, Integer, Date, Boolean, Money, Group, List };

[[nodiscard]] QString fieldTypeName(FieldType type);

/// One field of a source or target schema. `path` is how mapping documents name it: a source
/// path ("shippingAddress.postalCode", "lines.sku" for the `sku` of each entry of `lines`) or a
/// target name ("OrderHeader.CustomerPoNumber", "StockLine.StockCode").
struct SchemaField {
    QString name;
    QString path;
    QString parentPath; ///< empty for a top-level field
    FieldType type = FieldType::Text;
    int scale = 0;     ///< decimal places of a Decimal
    int maxLength = 0; ///< 0: no known limit
    bool mandatory = false;
    bool repeated = false; ///< the field is, or sits inside, a List
    QString description;
    QJsonValue sample; ///< sources: a value as it appears in the source document
    QList<int> children;

    [[nodiscard]] bool isLeaf() const { return type != FieldType::Group && type != FieldType::List; }
    /// The sample as text: strings as they are, numbers in full, money as "129.99 EUR".
    [[nodiscard]] QString sampleText() const;
};

/// A source document's or a business object's fields as a tree, loaded from
/// `resources/schemas/<id>.json` (compiled in as `:/schemas/<id>.json`). Loading checks every
/// field and names the first one that is wrong.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::Schema)

public:
    enum class Role { Source, Target };
    static const QString FormatName;

    static Result<Schema> fromJson(const QJsonObject& json, const QString& origin);
    static Result<Schema> fromBytes(const QByteArray& json, const QString& origin);
    static Result<Schema> fromFile(const QString& path);
    /// One of the schemas compiled into the application, by id ("payment", "SORTOI", …).
    static Result<Schema> builtIn(const QString& id);
    static QStringList builtInIds();

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString description() const { return m_description; }
    [[nodiscard]] Role role() const { return m_role; }

    /// All fields in document order (parents before their children).
    [[nodiscard]] const QList<SchemaField>& fields() const { return m_fields; }
    [[nodiscard]] QList<int> topLevel() const { return m_topLevel; }
    /// nullptr when the schema has no such path.
    [[nodiscard]] const SchemaField* find(const QString& path) const;
    /// A copy whose leaves' samples are the values of this record (a source document in the
    /// schema's shape; of a list, its first entry); fields the record lacks keep no sample.
    [[nodiscard]] Schema withSamplesFrom(const QJsonObject& record) const;
    /// The leaf fields, in document order; under a path ("OrderHeader") when one is given.
    [[nodiscard]] QList<SchemaField> leaves(const QString& under = {}) const;

private:
    Result<void> addFields(const QJsonArray& array, int parent, const QString& where);

    QString m_id;
    QString m_title;
    QString m_description;
    Role m_role = Role::Source;
    QList<SchemaField> m_fields;
    QList<int> m_topLevel;
    QHash<QString, int> m_byPath;
};

} // namespace bridge::mapping
