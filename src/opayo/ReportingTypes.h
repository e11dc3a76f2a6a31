// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Money.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bridge::opayo {

/// One row of getTransactionList or getBatchDetail (opayo-api.md §3.4, §3.5).
struct ReportingTransaction {
    QString vpsTxId; ///< without braces, upper-case (the Pi transactionId)
    QString vendorTxCode;
    QString transactionType;
    int txStateId = 0;
    QString status; ///< Opayo's status text, PAN-masked
    QString result;
    QString cardholder; ///< PAN-masked
    QString batchId;
    QString refunded;  ///< "YES"/"NO" where given
    QDateTime started; ///< UTC
    std::optional<Money> amount;
};

struct ReportingTransactionPage {
    int startRow = 0;
    int endRow = 0;
    int totalRows = 0;
    QList<ReportingTransaction> rows;
};

/// getTransactionDetail: the common fields typed, all others (PAN-masked) in `fields`.
struct ReportingTransactionDetail {
    ReportingTransaction summary;
    QString description;
    QString authProcessor;
    QString vpsAuthCode;
    QString bankAuthCode;
    QString last4Digits;
    QString expiryDate;
    QString relatedVpsTxId;
    QDateTime completed;
    QHash<QString, QString> fields;
};

struct ReportingBatchGroup {
    QString currency;
    int paymentNumber = 0;
    std::optional<Money> paymentValue;
    int refundNumber = 0;
    std::optional<Money> refundValue;
};

struct ReportingBatch {
    QString batchId;
    QString acquirer; ///< authprocessorname, needed for getBatchDetail
    QDateTime completed;
    QList<ReportingBatchGroup> groups;
};

} // namespace bridge::opayo
