// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/FixedDecimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bridge::syspro {

struct WarehouseStock {
    QString warehouse;
    FixedDecimal qtyOnHand;    ///< 12.6
    FixedDecimal availableQty; ///< 12.6
    FixedDecimal qtyAllocated; ///< 12.6
};

struct StockItem {
    QString stockCode;
    QString description;
    QString stockUom;
    std::optional<FixedDecimal> sellingPrice; ///< 10.5
    QList<WarehouseStock> warehouses;
};

/// INVQRY (inventory query): a stock code with its warehouse quantities.
class InventoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::InventoryQuery)

public:
    static constexpr const char* businessObject = "INVQRY";
    [[nodiscard]] static Result<QString> buildXmlIn(const QString& stockCode, const QStringList& warehouses = {});
    [[nodiscard]] static Result<StockItem> parse(const QString& xmlOut);
};

} // namespace bridge::syspro
