// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "demo/SettlementDemo.h"

#include "demo/DemoHarness.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/opayo/SandboxLedger.h"
#include "sandbox/opayo/SettlementBatcher.h"
#include "store/Database.h"
#include "store/Ledger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace bridge::demo {

using reconcile::Discrepancy;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

} // namespace

QJsonObject SettlementTruthCheck::toJson() const
{
    return QJsonObject{{QStringLiteral("agrees"), agrees()},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("linesAgreeing"), linesAgreeing},
                       {QStringLiteral("entries"), entries},
                       {QStringLiteral("entriesAgreeing"), entriesAgreeing},
                       {QStringLiteral("disagreements"), QJsonArray::fromStringList(disagreements)}};
}

Result<SettlementDemoTruth> SettlementDemo::settle(DemoHarness& harness)
{
    sandbox::opayo::OpayoSandbox& opayo = harness.opayo();
    sandbox::opayo::SandboxLedger& ledger = opayo.ledger();
    const std::shared_ptr<store::Database> db = harness.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SettlementDemoTruth truth;

    // A settled payment the bridge accepted but whose receipt SYSPRO does not have.
    const sandbox::opayo::SandboxTransaction* model = nullptr;
    for (const QString& id : std::as_const(ledger.order)) {
        const sandbox::opayo::SandboxTransaction* tx = ledger.find(id);
        if (tx && tx->type == QLatin1String("Payment") && tx->succeeded() && tx->batchId.isEmpty()) {
            model = tx;
        }
    }
    if (!model) {
        return fail(Error::permanent(QStringLiteral("demo.settlement_empty"),
                                     tr("The demo has no unsettled card payment to settle; run it with more orders.")));
    }
    sandbox::opayo::SandboxTransaction missing = *model;
    missing.id = newId();
    missing.vendorTxCode = QStringLiteral("demo-missing-receipt");
    missing.amount = 4'200;
    missing.refundedAmount = 0;
    missing.createdMs = now;
    missing.completedMs = now;
    ledger.add(missing);
    Result<void> recorded = db->write([&](QSqlDatabase& tx) -> Result<void> {
        store::LedgerPayment p;
        p.transactionId = missing.id;
        p.vendorTxCode = missing.vendorTxCode;
        p.customer = QStringLiteral("WEB001"); // the mapping's web shop customer, known to SYSPRO
        p.amount = Money(missing.amount, Currency::fromCode(missing.currency).value_or(Currency::of("GBP")));
        p.status = QStringLiteral("OK");
        p.occurredAt = now;
        return asVoid(store::Ledger::recordPayment(tx, db->isPostgres(), now, p));
    });
    if (!recorded) {
        return fail(recorded.error());
    }
    truth.entries.insert(missing.id, Discrepancy::MissingInSyspro);

    // Opayo settles, with the acquirer's differences.
    sandbox::opayo::SettlementBatcher& batcher = opayo.settlement();
    const qsizetype knownDifferences = batcher.differences().size();
    const QList<sandbox::opayo::SandboxBatch> batches = batcher.settleNow(true);
    for (const sandbox::opayo::SandboxBatch& b : batches) {
        truth.settlementDay = b.day;
        for (int i = 0; i < b.transactionIds.size(); ++i) {
            if (b.transactionIds.at(i) == missing.id) {
                truth.lines[{b.batchId, i + 1}] = Discrepancy::MissingInSyspro;
            }
        }
    }
    for (qsizetype i = knownDifferences; i < batcher.differences().size(); ++i) {
        const sandbox::opayo::SettlementDifference& d = batcher.differences().at(i);
        using Kind = sandbox::opayo::SettlementDifference::Kind;
        switch (d.kind) {
        case Kind::DuplicateLine:
            truth.lines[{d.batchId, d.line}] = Discrepancy::DuplicateInSettlement;
            break;
        case Kind::HeldBack:
            truth.entries.insert(d.transactionId, Discrepancy::NotYetSettled);
            break;
        case Kind::FeeLine:
            truth.lines[{d.batchId, d.line}] = Discrepancy::FeeDifference;
            break;
        case Kind::ChargebackLine:
            truth.lines[{d.batchId, d.line}] = Discrepancy::Chargeback;
            break;
        }
    }
    for (const sandbox::opayo::SandboxAcquirerFile& f : batcher.acquirerFiles()) {
        truth.acquirerFiles.append({f.fileName, f.csv});
    }

    // After the cut-off: a refund of a settled payment, which the next batch will carry.
    const sandbox::opayo::SandboxTransaction* refunded = nullptr;
    for (const QString& id : std::as_const(ledger.order)) {
        const sandbox::opayo::SandboxTransaction* tx = ledger.find(id);
        if (tx && tx->type == QLatin1String("Payment") && !tx->batchId.isEmpty() && tx->refundedAmount == 0 &&
            tx->amount > 100 && tx->id != missing.id) {
            refunded = tx;
        }
    }
    if (refunded) {
        sandbox::opayo::SandboxTransaction refund = *refunded;
        refund.id = newId();
        refund.type = QStringLiteral("Refund");
        refund.vendorTxCode = refunded->vendorTxCode + QStringLiteral("-late-refund");
        refund.referenceTransactionId = refunded->id;
        refund.amount = 100;
        refund.batchId.clear();
        refund.createdMs = now + 1;
        refund.completedMs = now + 1;
        ledger.add(refund);
        ledger.find(refunded->id)->refundedAmount += refund.amount;
        Result<void> refundRecorded = db->write([&](QSqlDatabase& tx) -> Result<void> {
            store::LedgerPayment p;
            p.transactionId = refund.id;
            p.kind = QStringLiteral("refund");
            p.originalTransactionId = refund.referenceTransactionId;
            p.vendorTxCode = refund.vendorTxCode;
            p.amount = Money(refund.amount, Currency::fromCode(refund.currency).value_or(Currency::of("GBP")));
            p.status = QStringLiteral("OK");
            p.occurredAt = now + 1;
            return asVoid(store::Ledger::recordPayment(tx, db->isPostgres(), now + 1, p));
        });
        if (!refundRecorded) {
            return fail(refundRecorded.error());
        }
        truth.entries.insert(refund.id, Discrepancy::RefundNotSettled);
    }

    // Whatever else the sandbox did not settle (a deferred payment never released, …) is not due
    // yet: the bridge's ledger entries of it wait for the next batch.
    Result<void> read = db->read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q =
            store::Database::exec(c, QStringLiteral("SELECT transaction_id, kind, amount_minor FROM payments"));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            const QString id = q->value(0).toString();
            const sandbox::opayo::SandboxTransaction* tx = ledger.find(id);
            if (truth.entries.contains(id) || q->value(2).toLongLong() <= 0 || (tx && !tx->batchId.isEmpty())) {
                continue;
            }
            truth.entries.insert(id, q->value(1).toString() == QLatin1String("refund") ? Discrepancy::RefundNotSettled
                                                                                       : Discrepancy::NotYetSettled);
        }
        return {};
    });
    if (!read) {
        return fail(read.error());
    }
    if (!truth.settlementDay.isValid()) {
        truth.settlementDay = QDateTime::fromMSecsSinceEpoch(now, QTimeZone(QByteArrayLiteral("Europe/London"))).date();
    }
    return truth;
}

SettlementTruthCheck SettlementDemo::check(const SettlementDemoTruth& truth, const store::SettlementPeriod& period,
                                           const reconcile::Reconciliation& result)
{
    SettlementTruthCheck check;
    const reconcile::SettlementInput& in = period.input;
    for (std::size_t i = 0; i < in.lines.size(); ++i) {
        const QString batch = in.strings.text(in.lines[i].batch);
        const int seq = i < period.lineSeqs.size() ? period.lineSeqs[i] : 0;
        const auto it = truth.lines.find({batch, seq});
        const Discrepancy expected = it == truth.lines.end() ? Discrepancy::None : it->second;
        ++check.lines;
        if (result.lines[i].discrepancy == expected) {
            ++check.linesAgreeing;
        } else {
            check.disagreements.append(tr("line %1#%2 (%3): expected %4, found %5")
                                           .arg(batch)
                                           .arg(seq)
                                           .arg(in.strings.text(in.lines[i].transactionId),
                                                store::Settlements::discrepancyId(expected),
                                                store::Settlements::discrepancyId(result.lines[i].discrepancy)));
        }
    }
    for (std::size_t i = 0; i < in.entries.size(); ++i) {
        const QString id = in.strings.text(in.entries[i].transactionId);
        const Discrepancy expected = truth.entries.value(id, Discrepancy::None);
        ++check.entries;
        if (result.entries[i].discrepancy == expected) {
            ++check.entriesAgreeing;
        } else {
            check.disagreements.append(tr("entry %1: expected %2, found %3")
                                           .arg(id, store::Settlements::discrepancyId(expected),
                                                store::Settlements::discrepancyId(result.entries[i].discrepancy)));
        }
    }
    return check;
}

} // namespace bridge::demo
