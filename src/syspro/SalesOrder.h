// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Money.h"
#include "syspro/FixedDecimal.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace bridge::syspro {

/// A merchandise line (SORTOI StockLine). Quantities are 12.6 and prices 10.5 fixed-point.
struct StockLine {
    int customerPoLine = 0;
    QString stockCode;
    QString stockDescription;
    QString warehouse;
    FixedDecimal orderQty;
    QString orderUom;
    std::optional<FixedDecimal> price; ///< unit price; sent with AlwaysUsePriceEntered
    QString priceUom;
    QString allocationAction; ///< overrides the parameter for this line when set (F/B/A)
};

struct FreightLine {
    int customerPoLine = 0;
    Money freightValue{0, Currency::of("GBP")};
    QString freightTaxCode;
};

struct MiscChargeLine {
    int customerPoLine = 0;
    Money miscChargeValue{0, Currency::of("GBP")};
    QString miscDescription;
    QString miscProductClass;
    QString miscTaxCode;
};

struct CommentLine {
    int customerPoLine = 0;
    QString comment;
    std::optional<int> attachedLineNumber;
    QString commentType; ///< "O" order, "I" invoice; empty: SYSPRO default
};

using SalesOrderLine = std::variant<StockLine, FreightLine, MiscChargeLine, CommentLine>;

/// One order of a SORTOI XmlIn (`Orders` element). Add orders only carry `LineActionType=A`
/// lines. `customerPoNumber` is the idempotency key: the bridge looks orders up by it.
struct SalesOrder {
    QString customerPoNumber;
    QString orderActionType = QStringLiteral("A"); ///< A add, C change, D cancel
    QString customer;
    QDate orderDate;
    QString customerName;
    QStringList shipAddress; ///< up to 5 lines
    QString shipPostalCode;
    QString email;
    QString warehouse;
    QString shippingInstrs;
    QString specialInstrs;
    QString alternateReference; ///< e.g. the Opayo transactionId, for traceability
    QString salesOrder;         ///< for change/cancel, or manual numbering
    QList<SalesOrderLine> lines;

    /// "order line 3" style position of a line for messages.
    [[nodiscard]] static int lineNumber(const SalesOrderLine& line);
};

/// SORTOI XmlParameters (syspro-enet.md §2.3). Defaults follow the minimal live request there.
struct SortoiParameters {
    bool validateOnly = false;                    ///< Process=VALIDATE instead of IMPORT
    QString ignoreWarnings = QStringLiteral("W"); ///< N / Y / W
    bool alwaysUsePriceEntered = true;
    bool allowZeroPrice = false;
    QString allocationAction = QStringLiteral("A");           ///< F / B / A
    QString allowDuplicateOrderNumbers = QStringLiteral("N"); ///< N / Y / A
    QString checkForCustomerPoNumbers = QStringLiteral("Y");  ///< Y / N / C
    QString orderStatus = QStringLiteral("1");                ///< 1 / 4 / 8 / S
    QString typeOfOrder;                                      ///< ORD / FWD / …; empty: operator default
    bool warnIfCustomerOnHold = false;
    bool acceptOrdersIfNoCredit = false;
    QString warehouseListToUse;
    QString customerToUse;
    bool inBoxMsgReqd = false;
};

} // namespace bridge::syspro
