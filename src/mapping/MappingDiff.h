// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "mapping/MappingDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace bridge::mapping {

/// One difference between two mapping documents, field by field. A field is identified by its
/// target (id and business object) and its name; per-line fields are named with their element
/// ("StockLine.StockCode").
struct MappingChange {
    enum class Kind {
        FieldAdded,
        FieldRemoved,
        FieldChanged,  ///< its steps changed
        NoteChanged,   ///< only its note changed
        TargetAdded,   ///< a whole command (its fields are listed as FieldAdded too)
        TargetRemoved, ///< likewise with FieldRemoved
        ConditionChanged,
        LinesChanged, ///< the source list or the element of the per-line mapping
        DocumentChanged,
    };
    Kind kind = Kind::FieldChanged;
    QString targetId; ///< "salesOrder"; empty for DocumentChanged
    QString object;   ///< "SORTOI"
    QString field;    ///< "OrderHeader.CustomerPoNumber", "StockLine.StockCode"; empty for target-level changes
    QString before;   ///< plain-language description of the old state (steps, condition, name)
    QString after;

    /// One sentence for a finance admin: "SORTOI OrderHeader.Email: was customerEmail, now …".
    [[nodiscard]] QString summary() const;
    friend bool operator==(const MappingChange&, const MappingChange&) = default;
};

/// Field-by-field difference from `older` to `newer`: in the newer document's order, removed
/// fields where they stood in the older one. Pure: no I/O, same input, same output.
class MappingDiff
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::MappingDiff)

public:
    static QList<MappingChange> compare(const MappingDocument& older, const MappingDocument& newer);

    /// A chain of steps in plain language, one step after the other:
    /// "read vendorTxCode → shorten to 30 characters (hash)".
    static QString describeSteps(const QJsonArray& steps);
    static QString describeStep(const QJsonObject& step);
};

} // namespace bridge::mapping
