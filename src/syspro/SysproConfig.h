// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "syspro/FieldLimits.h"

#include <QString>
#include <QUrl>

namespace bridge::syspro {

/// Where the e.net REST service listens. There is no fixed port (31002 is common on SYSPRO 8,
/// 20000 on SYSPRO 7), so all of it is configuration.
struct SysproEndpoint {
    QString scheme = QStringLiteral("http");
    QString host = QStringLiteral("127.0.0.1");
    int port = 31002;
    QString basePath = QStringLiteral("/SYSPROWCFService/Rest");

    /// scheme://host:port/basePath without a trailing slash.
    [[nodiscard]] QUrl baseUrl() const;
};

/// What the bridge does with a card receipt when ARSTPY is not licensed for the operator.
enum class ReceiptFallback {
    None,       ///< refuse with a clear error (nothing is posted)
    ExportFile, ///< append the receipt to an AR-receipts export file for manual import
    GlJournal,  ///< post a balanced GENTJL journal: debit the bank, credit the AR control account
};

struct SysproConfig {
    SysproEndpoint endpoint;
    int callTimeoutMs = 60'000;
    int logonTimeoutMs = 30'000;
    /// Read-only calls (queries, logon, logoff, validate-only) are retried after transient
    /// failures this many times, with doubling delays from `retryDelayMs`.
    int maxTransientRetries = 3;
    int retryDelayMs = 250;
    FieldLimits limits;

    ReceiptFallback receiptFallback = ReceiptFallback::None;
    QString receiptExportDirectory; ///< for ExportFile
    QString bankLedgerCode;         ///< for GlJournal: the debit side
    QString arControlLedgerCode;    ///< for GlJournal: the credit side
};

} // namespace bridge::syspro
