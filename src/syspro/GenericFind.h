// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace bridge::syspro {

/// One COMFND where-expression: `Column Condition Value`, joined to the one before by `andOr`.
struct FindCondition {
    QString column;
    QString condition = QStringLiteral("EQ"); ///< EQ NE GT GE LT LE LIKE
    QString value;
    QString andOr = QStringLiteral("And");
    bool openBracket = false;
    bool closeBracket = false;
};

/// A COMFND (generic find) query on one SYSPRO table (SQL table name, case-sensitive).
struct FindQuery {
    QString tableName;
    QStringList columns;
    QList<FindCondition> where;
    QStringList orderBy;
    int returnRows = 100;
};

struct FindRow {
    QList<QPair<QString, QString>> values; ///< column name as SYSPRO sent it, trimmed value
    /// Value by column name, any case; empty if absent.
    [[nodiscard]] QString value(QStringView column) const;
};

struct FindResult {
    QString tableName;
    QList<FindRow> rows;
};

/// COMFND, the generic table find (Query/Query): how the bridge asks SYSPRO whether a customer,
/// a stock code, a sales order (by CustomerPoNumber) or a ledger code exists.
class GenericFind
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::GenericFind)

public:
    static constexpr const char* businessObject = "COMFND";

    [[nodiscard]] static Result<QString> buildXmlIn(const FindQuery& query);
    [[nodiscard]] static Result<FindResult> parse(const QString& xmlOut);

    /// SorMaster rows whose CustomerPoNumber is any of `poNumbers` (one call for a whole batch).
    [[nodiscard]] static FindQuery salesOrdersByPo(const QStringList& poNumbers);
};

} // namespace bridge::syspro
