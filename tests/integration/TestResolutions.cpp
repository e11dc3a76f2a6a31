// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Resolutions of reconciliation discrepancies on SQLite (resolutions_sqlite) and PostgreSQL
// (resolutions_postgres): a preparer proposes with a comment, an approver (never the same person)
// approves or rejects; bulk approval only within one class and all or nothing; an approval queues
// its SYSPRO command once, in the same transaction; a later run keeps the resolutions' state; a
// batch closes only when nothing is open and its settlement journal (balanced) is approved.
#include "core/Permissions.h"
#include "reconcile/Matcher.h"
#include "reconcile/SettlementScenario.h"
#include "store/Database.h"
#include "store/Ledger.h"
#include "store/Outbox.h"
#include "store/Resolutions.h"
#include "store/Settlements.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <numeric>

using namespace bridge;
using namespace bridge::store;
using namespace Qt::StringLiterals;
using bridge::test::TestDatabase;
using reconcile::LineType;

namespace {

Money gbp(qint64 minor)
{
    return Money(minor, Currency::of("GBP"));
}

template <typename T>
QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

const QDate kDay(2026, 11, 20);
const qint64 kPaidAt = QDateTime(kDay.addDays(-1), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch();
const QString kBatch = u"100020"_s;
const RoleSet kPreparer{Role::Preparer};
const RoleSet kApprover{Role::Approver};
const RoleSet kBoth{Role::Preparer, Role::Approver};

SettlementLineRecord line(LineType type, const QString& txn, qint64 minor)
{
    SettlementLineRecord l;
    l.type = type;
    l.transactionId = txn;
    l.vendorTxCode = txn.isEmpty() ? QString() : u"shop-"_s + txn;
    l.amount = gbp(minor);
    return l;
}

/// Ledger: TXN-A 100.00 (receipted), TXN-B 50.00 (no receipt), TXN-C 20.00 on the settlement
/// day (not yet settled), TXN-E 40.00 (receipted). Batch 100020: TXN-A, TXN-B, TXN-X 7.00
/// (unknown), TXN-E settled at 39.00 (a fee difference), TXN-A again (a duplicate), a fee line
/// of 2.50 and a chargeback of 10.00 on TXN-A without its journal.
void seed(const std::shared_ptr<Database>& database)
{
    Database& db = *database;
    const Result<void> ok = db.write([&db](QSqlDatabase& tx) -> Result<void> {
        for (const auto& [id, minor, at] :
             {std::tuple{u"TXN-A"_s, 10000, kPaidAt}, std::tuple{u"TXN-B"_s, 5000, kPaidAt},
              std::tuple{u"TXN-C"_s, 2000, kPaidAt + reconcile::kDayMs}, std::tuple{u"TXN-E"_s, 4000, kPaidAt}}) {
            LedgerPayment p;
            p.transactionId = id;
            p.vendorTxCode = u"shop-"_s + id;
            p.customer = u"CUST01"_s;
            p.amount = gbp(minor);
            p.status = u"OK"_s;
            p.occurredAt = at;
            if (Result<Ledger::Recorded> r = Ledger::recordPayment(tx, db.isPostgres(), at, p); !r) {
                return fail(r.error());
            }
        }
        for (const QString& id : {u"TXN-A"_s, u"TXN-E"_s}) {
            LedgerLink link;
            link.transactionId = id;
            link.commandKind = u"ARSTPY"_s;
            link.businessKey = id;
            link.documentKey = u"RCPT-"_s + id;
            if (Result<void> r = Ledger::link(tx, kPaidAt, link); !r) {
                return fail(r.error());
            }
        }
        return {};
    });
    QVERIFY2(ok, qPrintable(errorOf(ok)));
    SettlementBatchRecord b;
    b.batchId = kBatch;
    b.acquirer = u"Elavon"_s;
    b.settledOn = kDay;
    b.groups.append({u"GBP"_s, 5, 29600, 0, 0});
    b.lines.append(line(LineType::Payment, u"TXN-A"_s, 10000));
    b.lines.append(line(LineType::Payment, u"TXN-B"_s, 5000));
    b.lines.append(line(LineType::Payment, u"TXN-X"_s, 700));
    b.lines.append(line(LineType::Payment, u"TXN-E"_s, 3900));
    b.lines.append(line(LineType::Payment, u"TXN-A"_s, 10000));
    b.lines.append(line(LineType::Fee, {}, 250));
    b.lines.append(line(LineType::Chargeback, u"TXN-A"_s, 1000));
    Result<SettlementRecordResult> recorded = Settlements(database).record({b}, SettlementSource::File);
    QVERIFY2(recorded, qPrintable(errorOf(recorded)));
}

Result<qint64> runOnce(const std::shared_ptr<Database>& db)
{
    Settlements settlements(db);
    Result<SettlementPeriod> period = settlements.load(kDay, kDay, {});
    if (!period) {
        return fail(period.error());
    }
    Result<reconcile::Reconciliation> result = reconcile::Matcher().run(period->input);
    if (!result) {
        return fail(result.error());
    }
    return settlements.storeRun(*period, *result, {}, u"paula"_s);
}

/// The result row of a run: side, the line's seq (line side) or the transactionId (entry side).
qint64 resultId(Database& db, qint64 run, const QString& side, const QVariant& key)
{
    qint64 id = -1;
    const Result<void> ok = db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q =
            side == u"line"_s
                ? Database::exec(c,
                                 u"SELECT r.id FROM reconcile_results r JOIN settlement_lines l ON l.id = r.line_ref "
                                 "WHERE r.run_id = :run AND r.side = 'line' AND l.seq = :key"_s,
                                 {{"run", run}, {"key", key}})
                : Database::exec(c,
                                 u"SELECT id FROM reconcile_results WHERE run_id = :run AND side = 'entry' AND "
                                 "transaction_id = :key"_s,
                                 {{"run", run}, {"key", key}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            id = q->value(0).toLongLong();
        }
        return {};
    });
    return ok ? id : -2;
}

/// One result row's class, status and resolution_id.
std::tuple<QString, QString, qint64> resultState(Database& db, qint64 id)
{
    std::tuple<QString, QString, qint64> out;
    const Result<void> ok = db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            c, u"SELECT class, status, COALESCE(resolution_id, 0) FROM reconcile_results WHERE id = :id"_s,
            {{"id", id}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            out = {q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()};
        }
        return {};
    });
    Q_UNUSED(ok);
    return out;
}

qint64 scalar(Database& db, const QString& sql)
{
    qint64 n = -1;
    const Result<void> ok = db.read([&](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(c, sql);
        if (!q) {
            return fail(q.error());
        }
        q->next();
        n = q->value(0).toLongLong();
        return {};
    });
    return ok ? n : -1;
}

ResolutionProposal proposal(ResolutionAction action, const QString& comment = u"checked against the bank statement"_s)
{
    ResolutionProposal p;
    p.action = action;
    p.comment = comment;
    return p;
}

/// Debits minus credits of a GENTJL payload, in minor units; the number of entries in `entries`.
qint64 journalImbalance(const QString& payload, int* entries = nullptr)
{
    const QJsonObject command = QJsonDocument::fromJson(payload.toUtf8()).object();
    qint64 total = 0;
    const QJsonArray lines = command.value(u"lines"_s).toArray();
    for (const QJsonValue& l : lines) {
        for (const QJsonValue& f : l.toArray()) {
            if (f.toObject().value(u"target"_s).toString() == u"EntryAmount"_s) {
                total += f.toObject().value(u"value"_s).toObject().value(u"minor"_s).toInteger();
            }
        }
    }
    if (entries) {
        *entries = int(lines.size());
    }
    return total;
}

} // namespace

class TestResolutions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposeApproveReject()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        seed(tdb.database());
        Result<qint64> run = runOnce(tdb.database());
        QVERIFY2(run, qPrintable(errorOf(run)));
        Resolutions resolutions(tdb.database());
        const qint64 lineB = resultId(db, *run, u"line"_s, 2);
        const qint64 entryB = resultId(db, *run, u"entry"_s, u"TXN-B"_s);
        QCOMPARE(std::get<0>(resultState(db, lineB)), u"missing_in_syspro"_s);

        // Comment mandatory, preparer role needed, matched results have nothing to resolve.
        Result<qint64> r =
            resolutions.propose(lineB, proposal(ResolutionAction::PostMissingReceipt, u"  "_s), u"paula"_s, kPreparer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.comment"_s);
        r = resolutions.propose(lineB, proposal(ResolutionAction::PostMissingReceipt), u"victor"_s,
                                RoleSet{Role::Viewer});
        QVERIFY(!r);
        QVERIFY2(r.error().code.startsWith(u"permission."_s), qPrintable(r.error().code));
        r = resolutions.propose(resultId(db, *run, u"line"_s, 1), proposal(ResolutionAction::ResolvedOutside),
                                u"paula"_s, kPreparer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.matched"_s);
        // An action that does not fit the class.
        r = resolutions.propose(lineB, proposal(ResolutionAction::WaitForNextBatch), u"paula"_s, kPreparer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.action_class"_s);

        Result<qint64> id =
            resolutions.propose(lineB, proposal(ResolutionAction::PostMissingReceipt), u"paula"_s, kBoth);
        QVERIFY2(id, qPrintable(errorOf(id)));
        // The entry is the other side of the same pair: the same item.
        r = resolutions.propose(entryB, proposal(ResolutionAction::PostMissingReceipt), u"peter"_s, kPreparer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.already_proposed"_s);
        QVERIFY2(r.error().message.contains(QString::number(*id)) && r.error().message.contains(u"paula"_s),
                 qPrintable(r.error().message));
        QCOMPARE(std::get<2>(resultState(db, lineB)), *id);
        QCOMPARE(std::get<2>(resultState(db, entryB)), *id);

        // Never one's own; the approver role is needed.
        Result<QList<ResolutionRecord>> approved = resolutions.approve({*id}, u"paula"_s, kBoth, u"ok"_s);
        QVERIFY(!approved);
        QCOMPARE(approved.error().code, u"permission.maker_checker"_s);
        QVERIFY2(approved.error().message.contains(u"Proposal %1"_s.arg(*id)), qPrintable(approved.error().message));
        approved = resolutions.approve({*id}, u"peter"_s, kPreparer, u"ok"_s);
        QVERIFY(!approved);
        QVERIFY2(approved.error().code.startsWith(u"permission."_s), qPrintable(approved.error().code));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox"_s), 0);

        approved = resolutions.approve({*id}, u"arthur"_s, kApprover, u"receipt is missing indeed"_s);
        QVERIFY2(approved, qPrintable(errorOf(approved)));
        QCOMPARE(approved->size(), 1);
        const ResolutionRecord& rec = approved->first();
        QCOMPARE(rec.state, ResolutionState::Approved);
        QCOMPARE(rec.decidedBy, u"arthur"_s);
        QCOMPARE(rec.proposedBy, u"paula"_s);
        QVERIFY(rec.outboxId);
        QCOMPARE(rec.commandKind, u"ARSTPY"_s);
        QCOMPARE(rec.businessKey, Resolutions::reference(*id));
        QCOMPARE(rec.postingStatus, u"pending"_s);
        QCOMPARE(rec.amount, gbp(5000));
        Result<std::optional<OutboxCommand>> command = Outbox(tdb.database()).find(*rec.outboxId);
        QVERIFY2(command && *command, qPrintable(errorOf(command)));
        QCOMPARE((*command)->transactionId, u"TXN-B"_s);
        const QJsonObject payload = QJsonDocument::fromJson((*command)->payload.toUtf8()).object();
        QCOMPARE(payload.value(u"object"_s).toString(), u"ARSTPY"_s);
        QVERIFY2((*command)->payload.contains(u"CUST01"_s), qPrintable((*command)->payload));
        QVERIFY2((*command)->payload.contains(Resolutions::reference(*id)), qPrintable((*command)->payload));
        QCOMPARE(std::get<1>(resultState(db, lineB)), u"approved"_s);
        QCOMPARE(std::get<1>(resultState(db, entryB)), u"approved"_s);

        // Decided once; resolved items take no new proposal.
        approved = resolutions.approve({*id}, u"anna"_s, kApprover, u"again"_s);
        QVERIFY(!approved);
        QCOMPARE(approved.error().code, u"resolution.decided"_s);
        r = resolutions.propose(entryB, proposal(ResolutionAction::ResolvedOutside), u"peter"_s, kPreparer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.already_resolved"_s);

        // Rejected: the item is open again.
        const qint64 entryC = resultId(db, *run, u"entry"_s, u"TXN-C"_s);
        Result<qint64> wait =
            resolutions.propose(entryC, proposal(ResolutionAction::WaitForNextBatch), u"paula"_s, kPreparer);
        QVERIFY2(wait, qPrintable(errorOf(wait)));
        Result<ResolutionRecord> rejected = resolutions.reject(*wait, u"arthur"_s, kApprover, {});
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().code, u"resolution.comment"_s);
        rejected = resolutions.reject(*wait, u"paula"_s, kBoth, u"no"_s);
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().code, u"permission.maker_checker"_s);
        rejected = resolutions.reject(*wait, u"arthur"_s, kApprover, u"it was paid on the day, ask Opayo"_s);
        QVERIFY2(rejected, qPrintable(errorOf(rejected)));
        QCOMPARE(rejected->state, ResolutionState::Rejected);
        QCOMPARE(std::get<1>(resultState(db, entryC)), u"open"_s);
        Result<qint64> again =
            resolutions.propose(entryC, proposal(ResolutionAction::ResolvedOutside), u"paula"_s, kPreparer);
        QVERIFY2(again, qPrintable(errorOf(again)));
        Result<QList<ResolutionRecord>> history = resolutions.history(entryC);
        QVERIFY2(history, qPrintable(errorOf(history)));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).id, *again);
        QCOMPARE(history->at(1).state, ResolutionState::Rejected);
        QCOMPARE(history->at(1).decisionComment, u"it was paid on the day, ask Opayo"_s);
        Result<QList<ResolutionRecord>> waiting = resolutions.awaitingApproval();
        QVERIFY2(waiting, qPrintable(errorOf(waiting)));
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().id, *again);

        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'resolution.proposed'"_s), 3);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'resolution.approved'"_s), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'resolution.rejected'"_s), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox"_s), 1);
    }

    /// The payment's own receipt command still waiting (or dead) in the outbox: a second receipt
    /// could book it twice, so the missing receipt is not proposed.
    void noSecondReceiptWhileTheFirstIsOnItsWay()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        seed(tdb.database());
        Result<qint64> run = runOnce(tdb.database());
        QVERIFY2(run, qPrintable(errorOf(run)));
        NewOutboxCommand own;
        own.commandKind = u"ARSTPY"_s;
        own.businessKey = u"TXN-B"_s;
        own.orderingKey = u"txn:TXN-B"_s;
        own.transactionId = u"TXN-B"_s;
        own.payload = u"{}"_s;
        Result<Outbox::Enqueued> queued = Outbox(tdb.database()).enqueue(own);
        QVERIFY2(queued, qPrintable(errorOf(queued)));
        Resolutions resolutions(tdb.database());
        Result<qint64> r = resolutions.propose(resultId(db, *run, u"line"_s, 2),
                                               proposal(ResolutionAction::PostMissingReceipt), u"paula"_s, kPreparer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.own_document_pending"_s);
        QVERIFY2(r.error().message.contains(u"command:%1"_s.arg(queued->id)), qPrintable(r.error().message));
    }

    void bulkApprovalOnlyWithinOneClassAndAllOrNothing()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        seed(tdb.database());
        Result<qint64> run = runOnce(tdb.database());
        QVERIFY2(run, qPrintable(errorOf(run)));
        Resolutions resolutions(tdb.database());
        const qint64 lineE = resultId(db, *run, u"line"_s, 4);
        const qint64 feeLine = resultId(db, *run, u"line"_s, 6);
        const qint64 lineX = resultId(db, *run, u"line"_s, 3);
        QCOMPARE(std::get<0>(resultState(db, lineE)), u"fee_difference"_s);
        QCOMPARE(std::get<0>(resultState(db, feeLine)), u"fee_difference"_s);
        QCOMPARE(std::get<0>(resultState(db, lineX)), u"unknown_transaction"_s);

        Result<qint64> fee1 =
            resolutions.propose(lineE, proposal(ResolutionAction::AdjustmentJournal), u"paula"_s, kPreparer);
        QVERIFY2(fee1, qPrintable(errorOf(fee1)));
        Result<qint64> fee2 =
            resolutions.propose(feeLine, proposal(ResolutionAction::AdjustmentJournal), u"arthur"_s, kBoth);
        QVERIFY2(fee2, qPrintable(errorOf(fee2)));
        Result<qint64> unknown =
            resolutions.propose(lineX, proposal(ResolutionAction::ResolvedOutside), u"paula"_s, kPreparer);
        QVERIFY2(unknown, qPrintable(errorOf(unknown)));

        Result<QList<ResolutionRecord>> r = resolutions.approve({*fee1, *unknown}, u"anna"_s, kApprover, u"ok"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.mixed_classes"_s);
        QVERIFY2(r.error().message.contains(u"fee_difference"_s) &&
                     r.error().message.contains(u"unknown_transaction"_s),
                 qPrintable(r.error().message));
        // arthur proposed fee2 himself: the whole bulk approval is refused, naming it.
        r = resolutions.approve({*fee1, *fee2}, u"arthur"_s, kBoth, u"ok"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"permission.maker_checker"_s);
        QVERIFY2(r.error().message.contains(u"Proposal %1"_s.arg(*fee2)), qPrintable(r.error().message));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM reconcile_resolutions WHERE state = 'approved'"_s), 0);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox"_s), 0);

        r = resolutions.approve({*fee1, *fee2}, u"anna"_s, kApprover, u"fees as per the acquirer's statement"_s);
        QVERIFY2(r, qPrintable(errorOf(r)));
        QCOMPARE(r->size(), 2);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox WHERE command_kind = 'GENTJL'"_s), 2);
        for (const ResolutionRecord& rec : *r) {
            QCOMPARE(rec.state, ResolutionState::Approved);
            QCOMPARE(rec.debitLedgerCode, u"7900"_s);  // fees
            QCOMPARE(rec.creditLedgerCode, u"1200"_s); // card clearing
            Result<std::optional<OutboxCommand>> c = Outbox(tdb.database()).find(*rec.outboxId);
            QVERIFY2(c && *c, qPrintable(errorOf(c)));
            int entries = 0;
            QCOMPARE(journalImbalance((*c)->payload, &entries), 0);
            QCOMPARE(entries, 2);
            QCOMPARE((*c)->businessKey, Resolutions::reference(rec.id));
        }
        QCOMPARE(r->at(0).amount, gbp(100)); // 40.00 in the ledger, 39.00 settled
        QCOMPARE(r->at(1).amount, gbp(250)); // the fee line
        // The fee line's journal is the batch's (Settlements::load answers fee lines with it).
        Result<std::optional<OutboxCommand>> feeCommand = Outbox(tdb.database()).find(*r->at(1).outboxId);
        QCOMPARE((*feeCommand)->transactionId, kBatch);
    }

    void aLaterRunKeepsTheResolutionsState()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        seed(tdb.database());
        Result<qint64> run = runOnce(tdb.database());
        QVERIFY2(run, qPrintable(errorOf(run)));
        Resolutions resolutions(tdb.database());
        Result<qint64> receipt =
            resolutions.propose(resultId(db, *run, u"entry"_s, u"TXN-B"_s),
                                proposal(ResolutionAction::PostMissingReceipt), u"paula"_s, kPreparer);
        QVERIFY2(receipt, qPrintable(errorOf(receipt)));
        QVERIFY(resolutions.approve({*receipt}, u"arthur"_s, kApprover, u"ok"_s));
        Result<qint64> pending = resolutions.propose(
            resultId(db, *run, u"line"_s, 3), proposal(ResolutionAction::ResolvedOutside), u"paula"_s, kPreparer);
        QVERIFY2(pending, qPrintable(errorOf(pending)));

        Result<qint64> rerun = runOnce(tdb.database());
        QVERIFY2(rerun, qPrintable(errorOf(rerun)));
        QVERIFY(*rerun != *run);
        const qint64 lineB = resultId(db, *rerun, u"line"_s, 2);
        const qint64 entryB = resultId(db, *rerun, u"entry"_s, u"TXN-B"_s);
        const qint64 lineX = resultId(db, *rerun, u"line"_s, 3);
        QVERIFY(lineB != resultId(db, *run, u"line"_s, 2));
        // Still missing in SYSPRO (the engine has not posted it), but resolved, not open again.
        QCOMPARE(resultState(db, lineB), std::make_tuple(u"missing_in_syspro"_s, u"approved"_s, *receipt));
        QCOMPARE(resultState(db, entryB), std::make_tuple(u"missing_in_syspro"_s, u"approved"_s, *receipt));
        QCOMPARE(resultState(db, lineX), std::make_tuple(u"unknown_transaction"_s, u"open"_s, *pending));
        Result<QHash<qint64, ResolutionRecord>> latest = resolutions.latestFor({lineB, entryB, lineX});
        QVERIFY2(latest, qPrintable(errorOf(latest)));
        QCOMPARE(latest->size(), 3);
        QCOMPARE(latest->value(lineB).state, ResolutionState::Approved);
        QCOMPARE(latest->value(lineX).state, ResolutionState::Proposed);
        Result<qint64> r =
            resolutions.propose(lineB, proposal(ResolutionAction::PostMissingReceipt), u"peter"_s, kPreparer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"resolution.already_resolved"_s);
        // The pending proposal is approved from the new run's page like any other.
        QVERIFY(resolutions.approve({latest->value(lineX).id}, u"arthur"_s, kApprover, u"ok"_s));
        QCOMPARE(std::get<1>(resultState(db, lineX)), u"approved"_s);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox"_s), 1); // the receipt, once
    }

    void aBatchClosesOnlyWhenNothingIsOpen()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        seed(tdb.database());
        Resolutions resolutions(tdb.database());
        Result<std::optional<qint64>> batchRef = resolutions.findBatch(u"Elavon"_s, kBatch);
        QVERIFY2(batchRef && *batchRef, qPrintable(errorOf(batchRef)));
        const qint64 b = **batchRef;
        Result<BatchStatus> closed = resolutions.closeBatch(b, u"arthur"_s, kApprover, u"done"_s);
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, u"resolution.not_reconciled"_s);

        Result<qint64> run = runOnce(tdb.database());
        QVERIFY2(run, qPrintable(errorOf(run)));
        Result<BatchStatus> status = resolutions.batchStatus(b);
        QVERIFY2(status, qPrintable(errorOf(status)));
        QCOMPARE(status->runId, std::optional<qint64>(*run));
        // TXN-B missing, TXN-X unknown, TXN-E and the fee line fee differences, the duplicate, the
        // chargeback: the pairs' entry rows are the same items as their lines.
        QCOMPARE(status->openItems, 6);
        QCOMPARE(status->openByClass.value(u"fee_difference"_s), 2);
        QCOMPARE(status->journalsMissing, QStringList{u"GBP"_s});
        closed = resolutions.closeBatch(b, u"arthur"_s, kApprover, u"done"_s);
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, u"resolution.open_items"_s);
        QVERIFY2(closed.error().message.contains(u"6"_s) && closed.error().message.contains(u"2 × fee_difference"_s),
                 qPrintable(closed.error().message));

        // Resolve each item and approve class by class.
        const auto resolve = [&](int seq, ResolutionAction action) {
            Result<qint64> id =
                resolutions.propose(resultId(db, *run, u"line"_s, seq), proposal(action), u"paula"_s, kPreparer);
            QVERIFY2(id, qPrintable(errorOf(id)));
            Result<QList<ResolutionRecord>> ok = resolutions.approve({*id}, u"arthur"_s, kApprover, u"ok"_s);
            QVERIFY2(ok, qPrintable(errorOf(ok)));
        };
        resolve(2, ResolutionAction::PostMissingReceipt);
        resolve(3, ResolutionAction::ResolvedOutside);
        resolve(4, ResolutionAction::AdjustmentJournal);
        resolve(5, ResolutionAction::ReverseDuplicate);
        resolve(6, ResolutionAction::AdjustmentJournal);
        resolve(7, ResolutionAction::AdjustmentJournal);
        status = resolutions.batchStatus(b);
        QVERIFY2(status, qPrintable(errorOf(status)));
        QCOMPARE(status->openItems, 0);
        closed = resolutions.closeBatch(b, u"arthur"_s, kApprover, u"done"_s);
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, u"resolution.journal_missing"_s);
        QVERIFY2(closed.error().message.contains(u"GBP"_s), qPrintable(closed.error().message));

        // The settlement journal: payments 296.00 (the duplicate included), chargebacks 10.00,
        // fees 2.50, net 283.50. The fee and the chargeback lines had journals of their own (out
        // of card clearing), so it books only bank against clearing.
        Result<SettlementJournal> journal = resolutions.settlementJournal(b, u"GBP"_s);
        QVERIFY2(journal, qPrintable(errorOf(journal)));
        QCOMPARE(journal->paymentsMinor, 29600);
        QCOMPARE(journal->chargebacksMinor, 1000);
        QCOMPARE(journal->feesMinor, 250);
        QCOMPARE(journal->netMinor, 28350);
        QCOMPARE(journal->feesBookedMinor, 250);
        QCOMPARE(journal->chargebacksBookedMinor, 1000);
        QCOMPARE(journal->lines.size(), 2);
        QCOMPARE(journal->imbalanceMinor().value_or(-1), 0);
        QCOMPARE(journal->lines.at(0).ledgerCode, u"1000"_s);
        QCOMPARE(journal->lines.at(0).amount, gbp(28350));
        QCOMPARE(journal->lines.at(1).ledgerCode, u"1200"_s);
        QCOMPARE(journal->lines.at(1).amount, gbp(-28350));
        Result<qint64> proposed =
            resolutions.proposeSettlementJournal(b, u"GBP"_s, u"matches the bank"_s, u"paula"_s, kPreparer);
        QVERIFY2(proposed, qPrintable(errorOf(proposed)));
        Result<qint64> twice = resolutions.proposeSettlementJournal(b, u"GBP"_s, u"again"_s, u"peter"_s, kPreparer);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, u"resolution.already_proposed"_s);
        Result<QList<ResolutionRecord>> approved = resolutions.approve({*proposed}, u"paula"_s, kBoth, u"ok"_s);
        QVERIFY(!approved);
        approved = resolutions.approve({*proposed}, u"arthur"_s, kApprover, u"ok"_s);
        QVERIFY2(approved, qPrintable(errorOf(approved)));
        Result<std::optional<OutboxCommand>> c = Outbox(tdb.database()).find(*approved->first().outboxId);
        QVERIFY2(c && *c, qPrintable(errorOf(c)));
        QCOMPARE((*c)->commandKind, u"GENTJL"_s);
        QCOMPARE((*c)->transactionId, kBatch);
        int entries = 0;
        QCOMPARE(journalImbalance((*c)->payload, &entries), 0);
        QCOMPARE(entries, 2);

        closed = resolutions.closeBatch(b, u"victor"_s, RoleSet{Role::Viewer}, u"done"_s);
        QVERIFY(!closed);
        closed = resolutions.closeBatch(b, u"arthur"_s, kApprover, u"reconciled and posted"_s);
        QVERIFY2(closed, qPrintable(errorOf(closed)));
        QVERIFY(closed->closed);
        QCOMPARE(closed->closedBy, u"arthur"_s);
        closed = resolutions.closeBatch(b, u"arthur"_s, kApprover, u"again"_s);
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, u"resolution.closed"_s);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'settlement.batch_closed'"_s), 1);
        // A closed batch's items do not change.
        Result<qint64> late = resolutions.propose(resultId(db, *run, u"entry"_s, u"TXN-E"_s),
                                                  proposal(ResolutionAction::WriteOff), u"paula"_s, kPreparer);
        QVERIFY(!late);
        QCOMPARE(late.error().code, u"resolution.batch_closed"_s);
    }

    /// Approved first, the settlement journal books the batch's fee and chargeback lines (bank,
    /// fees, chargebacks against clearing) and answers them: they are resolved, in this run and
    /// the next, and take no journal of their own.
    void theSettlementJournalAnswersFeeAndChargebackLines()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        seed(tdb.database());
        Result<qint64> run = runOnce(tdb.database());
        QVERIFY2(run, qPrintable(errorOf(run)));
        Resolutions resolutions(tdb.database());
        const qint64 b = *resolutions.findBatch(u"Elavon"_s, kBatch).value();
        const qint64 feeLine = resultId(db, *run, u"line"_s, 6);
        const qint64 chargebackLine = resultId(db, *run, u"line"_s, 7);
        // A fee-line journal proposed before the settlement journal is approved …
        Result<qint64> early =
            resolutions.propose(feeLine, proposal(ResolutionAction::AdjustmentJournal), u"paula"_s, kPreparer);
        QVERIFY2(early, qPrintable(errorOf(early)));

        Result<SettlementJournal> journal = resolutions.settlementJournal(b, u"GBP"_s);
        QVERIFY2(journal, qPrintable(errorOf(journal)));
        QCOMPARE(journal->lines.size(), 4); // bank, fees, chargebacks, clearing
        QCOMPARE(journal->lines.at(1).ledgerCode, u"7900"_s);
        QCOMPARE(journal->lines.at(1).amount, gbp(250));
        QCOMPARE(journal->lines.at(2).ledgerCode, u"1100"_s);
        QCOMPARE(journal->lines.at(2).amount, gbp(1000));
        QCOMPARE(journal->lines.at(3).amount, gbp(-29600));
        QCOMPARE(journal->imbalanceMinor().value_or(-1), 0);
        // While it is proposed, the lines take no journal of their own.
        Result<qint64> proposed =
            resolutions.proposeSettlementJournal(b, u"GBP"_s, u"matches the bank"_s, u"paula"_s, kPreparer);
        QVERIFY2(proposed, qPrintable(errorOf(proposed)));
        Result<qint64> refused =
            resolutions.propose(chargebackLine, proposal(ResolutionAction::AdjustmentJournal), u"paula"_s, kPreparer);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"resolution.in_settlement_journal"_s);
        Result<QList<ResolutionRecord>> approved = resolutions.approve({*proposed}, u"arthur"_s, kApprover, u"ok"_s);
        QVERIFY2(approved, qPrintable(errorOf(approved)));
        int entries = 0;
        QCOMPARE(journalImbalance((*Outbox(tdb.database()).find(*approved->first().outboxId))->payload, &entries), 0);
        QCOMPARE(entries, 4);

        // … is refused now: the settlement journal booked the fee.
        Result<QList<ResolutionRecord>> late = resolutions.approve({*early}, u"arthur"_s, kApprover, u"ok"_s);
        QVERIFY(!late);
        QCOMPARE(late.error().code, u"resolution.in_settlement_journal"_s);
        QVERIFY(resolutions.reject(*early, u"arthur"_s, kApprover, u"booked by the settlement journal"_s));
        QCOMPARE(std::get<1>(resultState(db, chargebackLine)), u"approved"_s);
        QCOMPARE(std::get<2>(resultState(db, chargebackLine)), *proposed);
        Result<QHash<qint64, ResolutionRecord>> latest = resolutions.latestFor({chargebackLine});
        QVERIFY2(latest, qPrintable(errorOf(latest)));
        QCOMPARE(latest->value(chargebackLine).subjectKind, u"settlement_journal"_s);
        Result<BatchStatus> status = resolutions.batchStatus(b);
        QVERIFY2(status, qPrintable(errorOf(status)));
        QCOMPARE(status->journalsMissing, QStringList{});
        QVERIFY2(!status->openByClass.contains(u"chargeback"_s), qPrintable(QString::number(status->openItems)));
        QCOMPARE(status->openByClass.value(u"fee_difference"_s), 1); // TXN-E's own

        // The next run keeps them answered.
        Result<qint64> rerun = runOnce(tdb.database());
        QVERIFY2(rerun, qPrintable(errorOf(rerun)));
        QCOMPARE(std::get<1>(resultState(db, resultId(db, *rerun, u"line"_s, 7))), u"approved"_s);
        QCOMPARE(std::get<1>(resultState(db, resultId(db, *rerun, u"line"_s, 6))), u"approved"_s);
        QCOMPARE(std::get<1>(resultState(db, resultId(db, *rerun, u"line"_s, 4))), u"open"_s);
    }

    /// A later run of a big period takes its resolutions over (rows = BRIDGE_SETTLEMENT_ROWS
    /// ledger entries, default 20,000; about as many lines). Prints how much longer storing the
    /// second run took; asserts that every resolved row of the first run is resolved in the second.
    void aBigRunTakesItsResolutionsOver()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        const qint64 rows = qEnvironmentVariableIsSet("BRIDGE_SETTLEMENT_ROWS")
                                ? qEnvironmentVariable("BRIDGE_SETTLEMENT_ROWS").toLongLong()
                                : 20'000;
        reconcile::ScenarioOptions options;
        options.entries = rows;
        reconcile::SettlementScenario scenario = reconcile::SettlementScenario::generate(options);
        Result<reconcile::Reconciliation> result = reconcile::Matcher().run(scenario.input);
        QVERIFY2(result, qPrintable(errorOf(result)));
        SettlementPeriod period;
        period.from = options.firstDay;
        period.to = options.firstDay.addDays(options.days);
        period.input = std::move(scenario.input);
        SettlementBatchRecord holder; // line_ref must name real lines
        holder.batchId = u"bench"_s;
        holder.acquirer = u"Elavon"_s;
        holder.settledOn = period.from;
        for (std::size_t i = 0; i < period.input.lines.size(); ++i) {
            SettlementLineRecord l;
            l.amount = period.input.lines[i].amount;
            holder.lines.append(l);
        }
        Settlements settlements(tdb.database());
        QVERIFY(settlements.record({holder}, SettlementSource::Reporting));
        Result<SettlementPeriod> loaded = settlements.load(period.from, period.from, {});
        QVERIFY2(loaded, qPrintable(errorOf(loaded)));
        period.lineIds = loaded->lineIds;
        QElapsedTimer first;
        first.start();
        Result<qint64> run = settlements.storeRun(period, *result, {}, u"bench"_s);
        QVERIFY2(run, qPrintable(errorOf(run)));
        const qint64 firstMs = first.elapsed();

        // 200 discrepancies resolved, approved class by class.
        Resolutions resolutions(tdb.database());
        QList<qint64> candidates;
        const Result<void> read = db.read([&](QSqlDatabase& c) -> Result<void> {
            Result<QSqlQuery> q = Database::exec(
                c, u"SELECT id FROM reconcile_results WHERE run_id = :run AND class <> 'matched' ORDER BY id"_s,
                {{"run", *run}});
            if (!q) {
                return fail(q.error());
            }
            while (q->next()) {
                candidates.append(q->value(0).toLongLong());
            }
            return {};
        });
        QVERIFY2(read, qPrintable(errorOf(read)));
        QMap<QString, QList<qint64>> byClass;
        for (qint64 id : std::as_const(candidates)) {
            if (byClass.size() > 0 &&
                std::accumulate(byClass.cbegin(), byClass.cend(), qsizetype(0),
                                [](qsizetype n, const QList<qint64>& l) { return n + l.size(); }) >= 200) {
                break;
            }
            Result<qint64> id2 =
                resolutions.propose(id, proposal(ResolutionAction::ResolvedOutside), u"paula"_s, kPreparer);
            if (!id2) {
                QCOMPARE(id2.error().code, u"resolution.already_proposed"_s); // the other side of a pair
                continue;
            }
            byClass[std::get<0>(resultState(db, id))].append(*id2);
        }
        for (const QList<qint64>& ids : std::as_const(byClass)) {
            Result<QList<ResolutionRecord>> ok = resolutions.approve(ids, u"arthur"_s, kApprover, u"ok"_s);
            QVERIFY2(ok, qPrintable(errorOf(ok)));
        }
        const QString resolved = u"SELECT COUNT(*) FROM reconcile_results WHERE run_id = %1 AND status = 'approved'"_s;
        const qint64 before = scalar(db, resolved.arg(*run));
        QVERIFY(before >= 200);

        QElapsedTimer second;
        second.start();
        Result<qint64> rerun = settlements.storeRun(period, *result, {}, u"bench"_s);
        QVERIFY2(rerun, qPrintable(errorOf(rerun)));
        const qint64 secondMs = second.elapsed();
        qInfo("%s: %lld result rows stored in %lld ms without resolutions, %lld ms taking %lld resolved rows over",
              db.isPostgres() ? "PostgreSQL" : "SQLite",
              qint64(period.input.lines.size() + period.input.entries.size()), firstMs, secondMs, before);
        QCOMPARE(scalar(db, resolved.arg(*rerun)), before);
    }

    void everyJournalBalances()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        seed(tdb.database());
        Resolutions resolutions(tdb.database());
        Result<std::optional<qint64>> batchRef = resolutions.findBatch(u"Elavon"_s, kBatch);
        QVERIFY2(batchRef && *batchRef, qPrintable(errorOf(batchRef)));
        Result<SettlementJournal> journal = resolutions.settlementJournal(**batchRef, u"GBP"_s);
        QVERIFY2(journal, qPrintable(errorOf(journal)));
        Result<QJsonObject> command = Resolutions::settlementJournalCommand(*journal, u"RES1"_s, kDay);
        QVERIFY2(command, qPrintable(errorOf(command)));
        QCOMPARE(journalImbalance(QString::fromUtf8(QJsonDocument(*command).toJson())), 0);
        // One minor unit off: refused, saying by how much.
        SettlementJournal off = *journal;
        off.lines[0].amount = gbp(off.lines[0].amount.minorUnits() + 1);
        command = Resolutions::settlementJournalCommand(off, u"RES1"_s, kDay);
        QVERIFY(!command);
        QCOMPARE(command.error().code, u"resolution.journal_unbalanced"_s);
        QVERIFY2(command.error().message.contains(u"0.01 GBP"_s), qPrintable(command.error().message));
        // The shared builder refuses too (the chargeback journals use it).
        Result<QJsonObject> shared = ChargebackCommands::glJournal(
            u"RES2"_s, kDay, u"x"_s, {{u"7900"_s, gbp(100), u"a"_s}, {u"1200"_s, gbp(-99), u"b"_s}}, u"t"_s,
            [](const QString& why) { return Error::permanent(u"test.unbalanced"_s, why); });
        QVERIFY(!shared);
        QVERIFY2(shared.error().message.contains(u"0.01 GBP"_s), qPrintable(shared.error().message));
        // No lines in a currency: nothing to build.
        Result<SettlementJournal> none = resolutions.settlementJournal(**batchRef, u"EUR"_s);
        QVERIFY(!none);
        QCOMPARE(none.error().code, u"resolution.no_lines"_s);
    }

    void anApprovedResolutionIsQueuedExactlyOnce()
    {
        TestDatabase tdb;
        QVERIFY2(tdb.error().isEmpty(), qPrintable(tdb.error()));
        Database& db = *tdb.database();
        seed(tdb.database());
        Result<qint64> run = runOnce(tdb.database());
        QVERIFY2(run, qPrintable(errorOf(run)));
        Resolutions resolutions(tdb.database());
        Result<qint64> id = resolutions.propose(resultId(db, *run, u"line"_s, 7),
                                                proposal(ResolutionAction::AdjustmentJournal), u"paula"_s, kPreparer);
        QVERIFY2(id, qPrintable(errorOf(id)));
        // The same proposal twice in one call counts once; approving it again is refused.
        Result<QList<ResolutionRecord>> approved = resolutions.approve({*id, *id}, u"arthur"_s, kApprover, u"ok"_s);
        QVERIFY2(approved, qPrintable(errorOf(approved)));
        QCOMPARE(approved->size(), 1);
        QVERIFY(!resolutions.approve({*id}, u"arthur"_s, kApprover, u"ok"_s));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox WHERE business_key = 'RES%1'"_s.arg(*id)), 1);
        // The outbox key is the proposal's: queueing it again is recognised as the same command.
        Result<std::optional<OutboxCommand>> c = Outbox(tdb.database()).find(*approved->first().outboxId);
        QVERIFY2(c && *c, qPrintable(errorOf(c)));
        QCOMPARE((*c)->transactionId, u"TXN-A"_s); // the chargeback's journal, found by the next run
        NewOutboxCommand same;
        same.commandKind = (*c)->commandKind;
        same.businessKey = (*c)->businessKey;
        same.orderingKey = (*c)->orderingKey;
        same.payload = (*c)->payload;
        same.transactionId = (*c)->transactionId;
        Result<Outbox::Enqueued> repeat = Outbox(tdb.database()).enqueue(same);
        QVERIFY2(repeat, qPrintable(errorOf(repeat)));
        QVERIFY(repeat->duplicate);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM outbox"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestResolutions)
#include "TestResolutions.moc"
