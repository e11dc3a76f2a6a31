// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>

namespace bridge::mapping {

/// What a sample value looks like. `Date` is a date in another common form ("14/03/2025",
/// "Fri, 20 Nov 2026 14:03:11 +0000"); `Code` an identifier of one token with digits ("#1001",
/// "ORDER-2026-000042", "MUL001"); `FreeText` words separated by spaces ("Leave at the door");
/// `Url` a web address ("https://example.com/x", "www.example.com").
enum class SampleShape {
    None,
    Email,
    Postcode,
    IsoDate,
    Currency,
    Country,
    Digits,
    Decimal,
    Phone,
    Guid,
    Date,
    Code,
    FreeText,
    Url
};

[[nodiscard]] SampleShape detectShape(const QString& sample);

} // namespace bridge::mapping
