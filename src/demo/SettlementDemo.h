// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "reconcile/Reconciliation.h"
#include "settlement/SftpSource.h"
#include "store/Settlements.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <tuple>

namespace bridge::demo {

class DemoHarness;

/// What reconciling the demo's settlement must conclude: per settlement line (batch, place in the
/// batch) and per ledger entry (transactionId). Rows not named are matched.
struct SettlementDemoTruth {
    std::map<std::pair<QString, int>, reconcile::Discrepancy> lines;
    QHash<QString, reconcile::Discrepancy> entries;
    QList<settlement::SftpFile> acquirerFiles; ///< the acquirer's statements (fee, chargeback lines)
    QDate settlementDay;
};

/// How a run compares with the truth.
struct SettlementTruthCheck {
    qint64 lines = 0;
    qint64 linesAgreeing = 0;
    qint64 entries = 0;
    qint64 entriesAgreeing = 0;
    QStringList disagreements; ///< "line 100003#5: expected …, found …"

    [[nodiscard]] bool agrees() const { return lines == linesAgreeing && entries == entriesAgreeing; }
    [[nodiscard]] QJsonObject toJson() const;
};

/// The demo's settlement day with realistic differences, each known here (issue #8): after the
/// demo's orders went through the engine (stopped now), it records a payment whose receipt
/// SYSPRO does not have (as after a post that failed), has the Opayo sandbox settle now with its
/// differences (a payment held back to the next batch, one listed twice, the acquirer's fee and
/// a chargeback in the acquirer's file) and refunds a payment after the cut-off (a refund not
/// settled yet).
class SettlementDemo
{
    Q_DECLARE_TR_FUNCTIONS(bridge::demo::SettlementDemo)

public:
    static Result<SettlementDemoTruth> settle(DemoHarness& harness);
    static SettlementTruthCheck check(const SettlementDemoTruth& truth, const store::SettlementPeriod& period,
                                      const reconcile::Reconciliation& result);
};

} // namespace bridge::demo
