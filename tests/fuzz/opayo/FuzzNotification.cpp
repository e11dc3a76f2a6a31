// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Server/Form-protocol notification intake: parse, VPSSignature check, reply. Must never crash,
// and must never accept what it cannot verify.
#include "opayo/NotificationIntake.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bridge::opayo::NotificationIntake intake(
        {QStringLiteral("sandbox"), QUrl(QStringLiteral("https://shop.example/ok")),
         QUrl(QStringLiteral("https://shop.example/no"))},
        [](const QString& vps, const QString&) -> std::optional<QString> {
            if (vps.isEmpty()) {
                return std::nullopt;
            }
            return QStringLiteral("JEUPDN1N7E");
        });
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto reply = intake.handle(body);
    if (reply.httpStatus == 200 && !reply.body.startsWith("Status=")) {
        std::abort();
    }
    if (reply.body.count('\n') > 3) {
        std::abort(); // a value injected an extra reply line
    }
    if (const auto n = bridge::opayo::ServerNotification::parse(body)) {
        (void)n->safeFields();
        (void)n->vpsTxId();
    }
    return 0;
}
