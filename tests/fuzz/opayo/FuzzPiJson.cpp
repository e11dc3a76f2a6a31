// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Pi JSON answers (transactions, instructions, every error shape) and the shop's payment event.
#include "opayo/PaymentEvent.h"
#include "opayo/PiJsonParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)bridge::opayo::PiJsonParser::parseTransaction(body);
    (void)bridge::opayo::PiJsonParser::parseInstruction(body);
    (void)bridge::opayo::PiJsonParser::parseErrors(body);
    for (int status : {201, 403, 408, 422, 500, 502}) {
        (void)bridge::opayo::PiJsonParser::errorFor(status, body);
    }
    (void)bridge::opayo::PaymentEvent::parse(body);
    return 0;
}
