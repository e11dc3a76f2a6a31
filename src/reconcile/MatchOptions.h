// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QtGlobal>

namespace bridge::reconcile {

/// The matcher's tolerances and windows. Confidences are per mille (0..1000), tolerances basis
/// points or minor units: integers only, so that a run is exact and repeatable.
struct MatchOptions {
    /// A difference between settlement and ledger up to this many minor units is no difference.
    qint64 amountToleranceMinor = 0;
    /// A settled amount *below* the ledger's by at most this share of the ledger amount (basis
    /// points, 300 = 3%) is a fee difference; more, or any amount above the ledger's, is an
    /// amount mismatch.
    int feeToleranceBasisPoints = 300;
    /// Fuzzy rule: a ledger entry may have occurred at most this many days before the line's
    /// settlement day (and not after it).
    int dateWindowDays = 3;
    /// Opayo settles day D's transactions in the batch of day D + lag.
    int settlementLagDays = 1;
    /// A fuzzy candidate at or above this confidence is matched automatically.
    int autoMatchConfidence = 800;
    /// A fuzzy best candidate must lead the next by more than this, or nothing is matched.
    int ambiguityMargin = 50;
    /// The fuzzy rule only looks at lines without an Opayo transactionId (a line that has one
    /// which the ledger does not know is an unknown transaction, not a guess).
    bool fuzzyOnlyWithoutTransactionId = true;
};

} // namespace bridge::reconcile
