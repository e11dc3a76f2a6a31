// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "reconcile/MatchOptions.h"
#include "reconcile/Reconciliation.h"
#include "reconcile/SettlementInput.h"

#include <QCoreApplication>

namespace bridge::reconcile {

/// Matches settlement lines against the bridge's ledger and its SYSPRO documents and classifies
/// what does not match (docs/architecture.md, "Reconciliation matcher"). Pure and deterministic:
/// the same input gives the same result whatever order its strings were interned in. Refuses an
/// input it cannot judge (a non-positive amount, a ledger transactionId twice, …) with an error
/// naming the row.
class Matcher
{
    Q_DECLARE_TR_FUNCTIONS(bridge::reconcile::Matcher)

public:
    explicit Matcher(MatchOptions options = {}) : m_options(options) {}

    [[nodiscard]] Result<Reconciliation> run(const SettlementInput& input) const;
    [[nodiscard]] Result<void> validate(const SettlementInput& input) const;

private:
    MatchOptions m_options;
};

} // namespace bridge::reconcile
