// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/FixedDecimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bridge::syspro {

struct SalesOrderDetailLine {
    int line = 0;
    QString stockCode;
    QString warehouse;
    FixedDecimal orderQty;     ///< 12.6
    FixedDecimal backOrderQty; ///< 12.6
    FixedDecimal price;        ///< 10.5
};

struct SalesOrderDetail {
    QString salesOrder;
    QString customer;
    QString customerName;
    QString customerPoNumber;
    QString orderStatus;
    QString currency;
    QList<SalesOrderDetailLine> lines;
};

/// SORQRY (sales order query).
class SalesOrderQuery
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::SalesOrderQuery)

public:
    static constexpr const char* businessObject = "SORQRY";
    [[nodiscard]] static Result<QString> buildXmlIn(const QString& salesOrder);
    [[nodiscard]] static Result<SalesOrderDetail> parse(const QString& xmlOut);
};

} // namespace bridge::syspro
