// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bridge::mapping {

/// One target field and the steps that produce its value. The steps stay in their JSON form
/// here (the visual editor edits them); MappingEvaluator compiles them.
struct FieldMapping {
    QString target; ///< "OrderHeader.CustomerPoNumber"; a step that yields a group appends its keys
    QJsonArray steps;
    QString note;
};

/// Per-line mappings: one output element per element of a source list (or one for a source
/// object: "from": "$" makes a single line from the event itself).
struct LineMapping {
    QString from;    ///< path of the source list, e.g. "lines"
    QString element; ///< target element, e.g. "StockLine"
    QList<FieldMapping> fields;
};

/// One ERP command the mapping produces for a source document, e.g. a SORTOI sales order.
struct TargetMapping {
    QString id;                     ///< unique in the document: "salesOrder", "receipt"
    QString object;                 ///< SYSPRO business object: SORTOI, ARSTPY, GENTJL, ARSSCS, SORTCH, SORTCL, ARSTIN
    std::optional<QJsonValue> when; ///< condition; the command is produced only when it holds
    QList<FieldMapping> fields;
    std::optional<LineMapping> lines;
};

/// A versioned mapping document: how a source document (the canonical payment) becomes ERP
/// commands. Loading validates everything (paths, steps, tables, rates, conditions) and names
/// the place of each problem, e.g. "targets[0].fields[3] (OrderHeader.CustomerPoNumber).steps[1]:
/// a lookup needs a non-empty table".
class MappingDocument
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::MappingDocument)

public:
    static constexpr int CurrentSchemaVersion = 1;
    static const QString FormatName;

    static QStringList knownObjects();
    static QStringList knownSources();

    static Result<MappingDocument> fromJson(const QJsonObject& json);
    static Result<MappingDocument> fromBytes(const QByteArray& json, const QString& origin);
    static Result<MappingDocument> fromFile(const QString& path);
    [[nodiscard]] QJsonObject toJson() const;

    QString name;
    QString description;
    QString source = QStringLiteral("payment");
    QList<TargetMapping> targets;
};

} // namespace bridge::mapping
