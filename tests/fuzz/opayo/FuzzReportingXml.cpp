// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Reporting & Admin API answers: any bytes, any encoding declaration.
#include "opayo/ReportingXmlParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto root = bridge::opayo::ReportingXmlParser::parse(body);
    if (root) {
        (void)bridge::opayo::ReportingXmlParser::transactionPage(*root);
        (void)bridge::opayo::ReportingXmlParser::transactionDetail(*root);
        (void)bridge::opayo::ReportingXmlParser::batches(*root);
    }
    return 0;
}
