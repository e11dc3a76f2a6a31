// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "opayo/PaymentEvent.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bridge {
class Clock;
}

namespace bridge::opayo {

/// Checks a signed payment event (docs/opayo-events.md): `X-Bridge-Timestamp` (Unix seconds)
/// within ±toleranceSeconds of the clock, and `X-Bridge-Signature: v1=<hex>` equal to
/// HMAC-SHA256(secret, timestamp + "." + body). Replays inside the window are caught by the
/// inbox's uniqueness on eventId.
class PaymentEventVerifier
{
    Q_DECLARE_TR_FUNCTIONS(bridge::opayo::PaymentEventVerifier)

public:
    struct Config {
        QByteArray secret;
        int toleranceSeconds = 300;
        qsizetype maxBodyBytes = 64 * 1024;
    };

    static constexpr const char* kTimestampHeader = "X-Bridge-Timestamp";
    static constexpr const char* kSignatureHeader = "X-Bridge-Signature";

    PaymentEventVerifier(Config config, const Clock& clock);

    /// Verifies and parses. Error classes: Security (bad or missing signature, stale timestamp,
    /// too large: code "opayo.event.too_large" → answer 413), Permanent (bad JSON), Configuration
    /// (no secret set).
    [[nodiscard]] Result<PaymentEvent> verify(const QByteArray& timestampHeader, const QByteArray& signatureHeader,
                                              const QByteArray& body) const;

    /// The header value a sender puts in X-Bridge-Signature.
    [[nodiscard]] static QByteArray sign(const QByteArray& secret, qint64 timestamp, const QByteArray& body);

private:
    Config m_config;
    const Clock& m_clock;
};

} // namespace bridge::opayo
