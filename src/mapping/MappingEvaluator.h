// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "mapping/JsonPath.h"
#include "mapping/MappedValue.h"
#include "mapping/MappingDocument.h"
#include "mapping/Transform.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bridge::mapping {

struct MappedField {
    QString target;
    MappedValue value;
};

/// One ERP command produced by a mapping: a business object, its fields in document order, and
/// its per-line elements (those of every line group, in the groups' order).
struct MappedCommand {
    QString targetId;
    QString object;
    QList<MappedField> fields;
    QString lineElement;
    QList<QList<MappedField>> lines;
    QList<int> lineGroups; ///< for each of `lines`, the index of the line group that made it

    [[nodiscard]] MappedValue value(const QString& target) const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// Compiles a MappingDocument once and evaluates it on source documents. Thread-safe after
/// construction (evaluation does not change it).
class MappingEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::MappingEvaluator)

public:
    static Result<MappingEvaluator> create(const MappingDocument& document);

    /// The commands for one source document (targets whose "when" fails are left out). The
    /// first problem is returned with the target and field it concerns.
    [[nodiscard]] Result<QList<MappedCommand>> evaluate(const QJsonObject& source) const;
    [[nodiscard]] const MappingDocument& document() const { return m_document; }

private:
    struct CompiledField {
        QString target;
        std::shared_ptr<TransformChain> chain;
    };
    struct CompiledTarget {
        QString id;
        QString object;
        std::optional<Condition> when;
        QList<CompiledField> fields;
        struct Lines {
            JsonPath from;
            QList<CompiledField> fields;
        };
        QString lineElement;
        QList<Lines> lines;
    };

    static Result<QList<CompiledField>> compileFields(const QList<FieldMapping>& fields, const QString& where);
    static Result<void> evaluateFields(const QList<CompiledField>& fields, const EvaluationContext& base,
                                       const QString& where, QList<MappedField>* out);

    MappingDocument m_document;
    QList<CompiledTarget> m_targets;
};

} // namespace bridge::mapping
