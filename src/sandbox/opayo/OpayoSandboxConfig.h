// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>

namespace bridge::sandbox::opayo {

/// Everything the Opayo sandbox can be told at start. Defaults are documented in
/// docs/opayo-connector.md and printed by `opayo-sandbox --help`.
struct OpayoSandboxConfig {
    QString vendorName = QStringLiteral("sandbox");
    QString integrationKey = QStringLiteral("sandbox-key");
    QString integrationPassword = QStringLiteral("sandbox-password");
    QString reportingUser = QStringLiteral("report");
    QString reportingPassword = QStringLiteral("report-password");
    /// Path prefix of the Pi REST API; the version segment is part of it.
    QString piBasePath = QStringLiteral("/api/v1");
    QString reportingPath = QStringLiteral("/access/access.htm");
    /// Seeds transaction ids, keys and the fault injector.
    quint64 seed = 1;
    /// Vendor rule-base: run 3-D Secure when the request says UseMSPSetting (the `sandboxEC`
    /// vendor has it on, `sandbox` off). `Force` always runs it, `Disable` never.
    bool threeDSecureRules = false;
    /// Vendor rule-base: reject a Payment/Deferred whose AVS/CV2 check did not match.
    bool avsCvcRules = false;
    /// Acquirer names used for settlement batches.
    QString acquirer = QStringLiteral("Elavon");
    QString amexAcquirer = QStringLiteral("American Express");
    /// Lifetimes from opayo-api.md §1.4/§1.5.
    int sessionKeySeconds = 400;
    int cardIdentifierSeconds = 400;
    int sessionKeyMaxFailures = 3;
    int challengeMinutes = 20;
    /// Server-protocol notifications: retries after a reply other than Status=OK.
    int notificationAttempts = 3;
    int notificationRetryMs = 1000;
    int notificationTimeoutMs = 10'000;
    /// Time zone of the settlement day (Opayo settles at UK midnight).
    QString settlementTimeZone = QStringLiteral("Europe/London");
};

} // namespace bridge::sandbox::opayo
