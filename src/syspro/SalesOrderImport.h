// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/FieldLimits.h"
#include "syspro/SalesOrder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bridge::syspro {

/// An error SYSPRO attached to one section of an echoed order.
struct SectionError {
    QString section;        ///< "OrderHeader", "StockLine", "FreightLine", … or "Order"
    int customerPoLine = 0; ///< 0 for the header or the whole order
    QString stockCode;      ///< for stock lines, as echoed
    QString description;    ///< SYSPRO's ErrorDescription
};

/// What happened to one order of a SORTOI call.
struct SalesOrderOutcome {
    enum class Status {
        Created,              ///< imported; `salesOrder` holds the number
        CreatedNumberUnknown, ///< imported cleanly, SYSPRO did not return the number: look it up
        Rejected,             ///< not imported; `errors` say why
        Validated,            ///< Process=VALIDATE and the order passed
        Unknown,              ///< SYSPRO's answer does not say (counts disagree): look it up
    };

    QString customerPoNumber;
    Status status = Status::Unknown;
    QString salesOrder; ///< trimmed, leading zeros kept as SYSPRO sent them
    QStringList warnings;
    QList<SectionError> errors;

    [[nodiscard]] bool succeeded() const
    {
        return status == Status::Created || status == Status::CreatedNumberUnknown || status == Status::Validated;
    }
    /// A user-facing error for a rejected order: what, where (order line), how to fix.
    [[nodiscard]] Error toError(const QString& company) const;
};

struct SalesOrderImportResult {
    QList<SalesOrderOutcome> orders; ///< one per order sent, in the order sent
    int itemsProcessed = 0;
    int itemsInvalid = 0;
    int itemsProcessedWithWarnings = 0;
    int itemsRejectedWithWarnings = 0;
    std::optional<bool> validationSucceeded; ///< Process=VALIDATE only

    [[nodiscard]] const SalesOrderOutcome* find(const QString& customerPoNumber) const;
};

/// SORTOI (Sales Order Import, Transaction/Post): builds the parameters and a multi-order XmlIn,
/// and reads every documented answer shape into one outcome per order:
///  1. `Order` block with SalesOrder and warnings;
///  2. `Order` block with SalesOrder, no warning text;
///  3. a clean import with only `StatusOfItems` (no order number: Status::CreatedNumberUnknown);
///  4. rejection: `Order` with an empty SalesOrder, errors inside the echoed `Orders` sections;
///  and Process=VALIDATE with its `ValidationStatus`.
class SalesOrderImport
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::SalesOrderImport)

public:
    static constexpr const char* businessObject = "SORTOI";

    [[nodiscard]] static Result<QString> buildParameters(const SortoiParameters& parameters);
    /// All orders in one XmlIn. Fails (naming order and field) when a field is too long, a number
    /// does not fit, or two orders share a CustomerPoNumber (their results could not be told apart).
    [[nodiscard]] static Result<QString> buildXmlIn(const QList<SalesOrder>& orders, const FieldLimits& limits);
    /// `sentPoNumbers` are the CustomerPoNumbers in the order sent.
    [[nodiscard]] static Result<SalesOrderImportResult> parse(const QString& xmlOut, const QStringList& sentPoNumbers,
                                                              bool validateOnly);
};

} // namespace bridge::syspro
