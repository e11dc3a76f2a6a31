// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SalesOrder.h"

namespace bridge::syspro {

int SalesOrder::lineNumber(const SalesOrderLine& line)
{
    return std::visit([](const auto& l) { return l.customerPoLine; }, line);
}

} // namespace bridge::syspro
