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

/// A group of per-line mappings: one output line per element of a source list (or one for a
/// source object: "from": "$" makes a single line from the event itself). A target may have
/// several groups (`"lines": [{…}, {…}]`); their lines follow each other in the groups' order,
/// e.g. a journal's debit entry and its credit entry, both made from the one payment.
struct LineMapping {
    QString from;    ///< path of the source list, e.g. "lines", or "$"
    QString element; ///< target list as the schema names it, e.g. "StockLine", "Item.JournalDetails"
    QList<FieldMapping> fields;
    QString note; ///< what the group's lines are, e.g. "debit: card clearing"
};

/// One ERP command the mapping produces for a source document, e.g. a SORTOI sales order.
struct TargetMapping {
    QString id;                     ///< unique in the document: "salesOrder", "receipt"
    QString object;                 ///< SYSPRO business object: SORTOI, ARSTPY, GENTJL, ARSSCS, SORTCH, SORTCL, ARSTIN
    std::optional<QJsonValue> when; ///< condition; the command is produced only when it holds
    QList<FieldMapping> fields;
    QList<LineMapping> lines; ///< line groups, in order; all fill the same element; none: no lines
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
