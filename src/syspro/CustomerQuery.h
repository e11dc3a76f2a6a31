// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/FixedDecimal.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bridge::syspro {

struct CustomerInfo {
    QString customer;
    QString name;
    QString currency;
    bool onHold = false;
    std::optional<FixedDecimal> creditLimit; ///< 12.2
    std::optional<FixedDecimal> balance;     ///< 12.2, from the statement totals when present
};

/// ARSQRY (customer query). Its XmlOut is statement-shaped; the bridge reads the header and the
/// balance. (No public sample of the totals block exists; the balance is read from any
/// `Balance` element, see docs/syspro-connector.md.)
class CustomerQuery
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::CustomerQuery)

public:
    static constexpr const char* businessObject = "ARSQRY";
    [[nodiscard]] static Result<QString> buildXmlIn(const QString& customer);
    [[nodiscard]] static Result<CustomerInfo> parse(const QString& xmlOut);
};

} // namespace bridge::syspro
