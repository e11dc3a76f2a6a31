// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "reconcile/Reconciliation.h"
#include "reconcile/SettlementInput.h"

#include <QDate>

#include <vector>

namespace bridge::reconcile {

struct ScenarioOptions {
    quint64 seed = 20261121;
    /// About this many ledger entries (a case may add two).
    qint64 entries = 10'000;
    /// Transactions occur on the first days - 1 days; the last day's batches are not settled yet.
    int days = 7;
    QDate firstDay = QDate(2026, 11, 14);
};

/// A seeded settlement period with known truth, for the matcher's tests, its benchmark and the
/// demo: ledger entries with their SYSPRO documents and the settlement batches that pay them,
/// with realistic differences sprinkled in (per 10,000 cases: 150 settled refunds, 20 unsettled
/// refunds, 200 lines without transactionId, 100 lines with neither id (fuzzy rule), 30 receipts
/// missing in SYSPRO, 20 receipts posted twice, 20 lines settled twice, 20 payments after the
/// cut-off, 20 amount and 10 currency mismatches, 30 fee differences, 20 chargebacks (half booked),
/// 20 unknown transactions, 10 partial settlements (many-to-one), 10 split payments under one
/// vendorTxCode (one-to-many), 10 look-alike pairs only a person can tell apart, 5 payments no
/// batch holds; plus a fee line per batch, every fourth without its journal). `lineTruth` and
/// `entryTruth` say what the matcher must conclude for each row (Discrepancy::None = matched).
class SettlementScenario
{
public:
    static SettlementScenario generate(const ScenarioOptions& options);

    SettlementInput input;
    std::vector<Discrepancy> lineTruth;
    std::vector<Discrepancy> entryTruth;
};

} // namespace bridge::reconcile
