// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Console refunds in the store (store::Refunds): what is left, refusals naming the amounts,
// maker-checker, the single-approver policy, the engine's steps, and the guarantee that the
// refunds of one payment never exceed it, also when two "processes" (independent database
// handles on their own threads) ask and approve at the same moment. Runs on SQLite and, under
// with-postgres.sh, on PostgreSQL.
#include "core/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "store/Ledger.h"
#include "store/Refunds.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace bridge;
using namespace Qt::StringLiterals;
using bridge::test::TestDatabase;
using store::RefundKind;
using store::RefundReason;
using store::RefundState;

namespace {

const RoleSet kPreparer{Role::Preparer};
const RoleSet kApprover{Role::Approver};
constexpr qint64 kNoon = 1'795'000'000'000; // 2026-11-18 (a Wednesday), around noon UK time

Money gbp(qint64 minor)
{
    return Money(minor, Currency::of("GBP"));
}

void addPayment(store::Database& db, const QString& txid, const QString& vtx, qint64 minor, qint64 at,
                const QString& kind = u"payment"_s, const QString& original = {})
{
    const Result<void> ok = db.write([&](QSqlDatabase& tx) -> Result<void> {
        store::LedgerPayment p;
        p.transactionId = txid;
        p.kind = kind;
        p.originalTransactionId = original;
        p.vendorTxCode = vtx;
        p.customer = u"CASH01"_s;
        p.amount = gbp(minor);
        p.status = u"OK"_s;
        p.occurredAt = at;
        return asVoid(store::Ledger::recordPayment(tx, db.isPostgres(), at, p));
    });
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
}

} // namespace

class TestRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyParsing()
    {
        const auto policy = store::RefundPolicy::parse(u"GBP 20.00, eur=25"_s);
        QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
        QVERIFY(policy->letsThrough(gbp(2000)));
        QVERIFY(!policy->letsThrough(gbp(2001)));
        QVERIFY(policy->letsThrough(Money(2500, Currency::of("EUR"))));
        QVERIFY(!policy->letsThrough(Money(1, Currency::of("USD"))));
        QCOMPARE(policy->toText(), u"EUR 25.00, GBP 20.00"_s);
        QVERIFY(store::RefundPolicy::parse(QString())->singleApproverLimitMinor.isEmpty());
        const auto bad = store::RefundPolicy::parse(u"GBP twenty"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"GBP twenty"_s), qPrintable(bad.error().message));
        QVERIFY(!store::RefundPolicy::parse(u"GBP 1.234"_s));
        QVERIFY(!store::RefundPolicy::parse(u"GBP 1, GBP 2"_s));
        QVERIFY(!store::RefundPolicy::parse(u"XXQ 5"_s));
    }

    void vendorTxCodeFitsOpayo()
    {
        QCOMPARE(store::Refunds::refundVendorTxCode(u"ORDER-1"_s, 7), u"ORDER-1-R7"_s);
        const QString longCode(40, u'A');
        const QString derived = store::Refunds::refundVendorTxCode(longCode, 123456);
        QCOMPARE(derived.size(), 40);
        QVERIFY(derived.endsWith(u"-R123456"_s));
    }

    void requestApproveAndWhatIsLeft()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock(kNoon);
        auto& db = *t.database();
        addPayment(db, u"TX-1"_s, u"ORDER-1"_s, 10'000, kNoon - 3'600'000);
        addPayment(db, u"TX-R0"_s, u"ORDER-1-shop-refund"_s, 1'500, kNoon - 60'000, u"refund"_s, u"TX-1"_s);
        store::Refunds refunds(t.database(), clock);

        auto found = refunds.refundable(u"TX-1"_s);
        QVERIFY(found && *found);
        QCOMPARE((*found)->refunded, gbp(1'500));
        QCOMPARE((*found)->remaining, gbp(8'500));
        QVERIFY(!(*found)->voidable); // something was refunded already

        // Above what is left: refused, naming the amounts; nothing stored.
        auto tooMuch = refunds.request(u"TX-1"_s, RefundKind::Refund, gbp(8'501), RefundReason::GoodsReturned, {},
                                       u"pat"_s, kPreparer, {});
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().code, u"refunds.exceeds"_s);
        QVERIFY2(tooMuch.error().message.contains(u"85.01"_s) && tooMuch.error().message.contains(u"85.00"_s) &&
                     tooMuch.error().message.contains(u"100.00"_s),
                 qPrintable(tooMuch.error().message));
        QVERIFY(refunds.history(u"TX-1"_s)->isEmpty());

        // Wrong role, wrong currency, "Other" without a note.
        QVERIFY(!refunds.request(u"TX-1"_s, RefundKind::Refund, gbp(100), RefundReason::Goodwill, {}, u"vic"_s,
                                 RoleSet{Role::Viewer}, {}));
        const auto euros = refunds.request(u"TX-1"_s, RefundKind::Refund, Money(100, Currency::of("EUR")),
                                           RefundReason::Goodwill, {}, u"pat"_s, kPreparer, {});
        QVERIFY(!euros);
        QCOMPARE(euros.error().code, u"refunds.currency"_s);
        QVERIFY(!refunds.request(u"TX-1"_s, RefundKind::Refund, gbp(100), RefundReason::Other, u"  "_s, u"pat"_s,
                                 kPreparer, {}));
        QVERIFY(!refunds.request(u"TX-unknown"_s, RefundKind::Refund, gbp(100), RefundReason::Goodwill, {}, u"pat"_s,
                                 kPreparer, {}));

        // A partial refund: pending until it is in the ledger.
        auto asked = refunds.request(u"TX-1"_s, RefundKind::Refund, gbp(5'000), RefundReason::GoodsReturned,
                                     u"two of four returned"_s, u"pat"_s, kPreparer, {});
        QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
        QCOMPARE(asked->state, RefundState::Requested);
        QCOMPARE(asked->vendorTxCode, u"ORDER-1-R%1"_s.arg(asked->id));
        found = refunds.refundable(u"TX-1"_s);
        QCOMPARE((*found)->pending, gbp(5'000));
        QCOMPARE((*found)->remaining, gbp(3'500));
        // A second one above what is left now (pending counts).
        auto second = refunds.request(u"TX-1"_s, RefundKind::Refund, gbp(3'501), RefundReason::GoodsReturned, {},
                                      u"pat"_s, kPreparer, {});
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(u"50.00"_s), qPrintable(second.error().message));

        // Maker-checker: never one's own; the approver role is needed.
        auto own = refunds.approve(asked->id, u"pat"_s, RoleSet{Role::Preparer, Role::Approver}, {});
        QVERIFY(!own);
        QCOMPARE(own.error().errorClass, ErrorClass::Security);
        QVERIFY(!refunds.approve(asked->id, u"olly"_s, RoleSet{Role::Operator}, {}));
        QCOMPARE(refunds.awaitingApproval()->size(), 1);

        auto approved = refunds.approve(asked->id, u"ann"_s, kApprover, u"ok"_s);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
        QCOMPARE(approved->state, RefundState::Approved);
        QVERIFY(approved->inboxId);
        QVERIFY(refunds.awaitingApproval()->isEmpty());
        // Approved twice: refused, saying who decided.
        auto again = refunds.approve(asked->id, u"bob"_s, kApprover, {});
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"ann"_s), qPrintable(again.error().message));

        // The inbox event the engine carries out.
        auto event = store::Inbox(t.database(), clock).find(*approved->inboxId);
        QVERIFY(event && *event);
        QCOMPARE((*event)->source, u"console-refund"_s);
        QCOMPARE((*event)->kind, u"refund"_s);
        QCOMPARE((*event)->vendorTxCode, approved->vendorTxCode);
        const QJsonObject payload = QJsonDocument::fromJson((*event)->payload.toUtf8()).object();
        QCOMPARE(payload.value(u"requestId"_s).toInteger(), asked->id);
        QCOMPARE(payload.value(u"originalTransactionId"_s).toString(), u"TX-1"_s);

        // Reject needs a comment; a rejected request no longer counts.
        auto small = refunds.request(u"TX-1"_s, RefundKind::Refund, gbp(1'000), RefundReason::Goodwill, {}, u"pat"_s,
                                     kPreparer, {});
        QVERIFY(small);
        QVERIFY(!refunds.reject(small->id, u"ann"_s, kApprover, u" "_s));
        QCOMPARE(refunds.refundable(u"TX-1"_s).value()->pending, gbp(6'000));
        QVERIFY(refunds.reject(small->id, u"ann"_s, kApprover, u"not needed"_s));
        QCOMPARE(refunds.refundable(u"TX-1"_s).value()->pending, gbp(5'000));

        // Every step is in the audit log.
        const auto audit = store::AuditLog(t.database(), clock).recent(20);
        QStringList actions;
        for (const auto& e : *audit) {
            actions.append(e.action);
        }
        QVERIFY(actions.contains(u"refund.requested"_s));
        QVERIFY(actions.contains(u"refund.approved"_s));
        QVERIFY(actions.contains(u"refund.rejected"_s));
    }

    void policyLetsSmallRefundsThrough()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock(kNoon);
        addPayment(*t.database(), u"TX-2"_s, u"ORDER-2"_s, 5'000, kNoon - 60'000);
        store::Refunds refunds(t.database(), clock);
        const auto policy = *store::RefundPolicy::parse(u"GBP 20.00"_s);
        auto small = refunds.request(u"TX-2"_s, RefundKind::Refund, gbp(2'000), RefundReason::Goodwill, {}, u"pat"_s,
                                     kPreparer, policy);
        QVERIFY(small);
        QCOMPARE(small->state, RefundState::Approved);
        QCOMPARE(small->decidedBy, u"policy"_s);
        QVERIFY(small->inboxId);
        auto large = refunds.request(u"TX-2"_s, RefundKind::Refund, gbp(2'001), RefundReason::Goodwill, {}, u"pat"_s,
                                     kPreparer, policy);
        QVERIFY(large);
        QCOMPARE(large->state, RefundState::Requested);
    }

    void voidsOnlyTheSameDayAndWhole()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock(kNoon);
        addPayment(*t.database(), u"TX-T"_s, u"TODAY"_s, 4'000, kNoon - 60'000);
        addPayment(*t.database(), u"TX-Y"_s, u"YESTERDAY"_s, 4'000, kNoon - 86'400'000);
        store::Refunds refunds(t.database(), clock);
        QVERIFY(refunds.refundable(u"TX-T"_s).value()->voidable);
        QVERIFY(!refunds.refundable(u"TX-Y"_s).value()->voidable);
        auto old = refunds.request(u"TX-Y"_s, RefundKind::Void, gbp(4'000), RefundReason::DuplicateCharge, {}, u"pat"_s,
                                   kPreparer, {});
        QVERIFY(!old);
        QCOMPARE(old.error().code, u"refunds.not_voidable"_s);
        QVERIFY(!refunds.request(u"TX-T"_s, RefundKind::Void, gbp(3'999), RefundReason::DuplicateCharge, {}, u"pat"_s,
                                 kPreparer, {}));
        auto voided = refunds.request(u"TX-T"_s, RefundKind::Void, gbp(4'000), RefundReason::DuplicateCharge, {},
                                      u"pat"_s, kPreparer, {});
        QVERIFY2(voided, qPrintable(voided ? QString() : voided.error().message));
        QCOMPARE(voided->kind, RefundKind::Void);
        // Nothing is left to refund while the void is pending.
        QCOMPARE(refunds.refundable(u"TX-T"_s).value()->remaining, gbp(0));
    }

    /// The engine's steps: Sending is committed before Opayo is asked; a request found Sending
    /// is looked up first; a refund made elsewhere meanwhile is counted at the last check.
    void engineSteps()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        ManualClock clock(kNoon);
        auto& db = *t.database();
        addPayment(db, u"TX-3"_s, u"ORDER-3"_s, 10'000, kNoon - 60'000);
        store::Refunds refunds(t.database(), clock);
        auto a = refunds.request(u"TX-3"_s, RefundKind::Refund, gbp(6'000), RefundReason::GoodsReturned, {}, u"pat"_s,
                                 kPreparer, {});
        QVERIFY(a);
        const auto approvedA = refunds.approve(a->id, u"ann"_s, kApprover, {});
        QVERIFY(approvedA && approvedA->inboxId);

        auto begin = [&](qint64 id) {
            store::SendingRefund s;
            const Result<void> ok = db.write([&](QSqlDatabase& tx) -> Result<void> {
                auto b = store::Refunds::beginSending(tx, db.isPostgres(), clock.nowMsecs(), id);
                if (!b) {
                    return fail(b.error());
                }
                s = *b;
                return {};
            });
            return ok ? Result<store::SendingRefund>(s) : Result<store::SendingRefund>(fail(ok.error()));
        };
        auto first = begin(a->id);
        QVERIFY(first);
        QVERIFY(!first->askOpayoFirst && !first->alreadySent);
        QCOMPARE(refunds.find(a->id).value()->state, RefundState::Sending);
        auto second = begin(a->id); // a crash or timeout later: ask Opayo first
        QVERIFY(second && second->askOpayoFirst);

        QVERIFY(db.write(
            [&](QSqlDatabase& tx) { return store::Refunds::markSent(tx, clock.nowMsecs(), a->id, u"TX-3-R"_s); }));
        QVERIFY(begin(a->id)->alreadySent);
        // Money left: a failure afterwards cannot make it Failed.
        QVERIFY(db.write(
            [&](QSqlDatabase& tx) { return store::Refunds::markFailed(tx, clock.nowMsecs(), a->id, u"late"_s); }));
        QCOMPARE(refunds.find(a->id).value()->state, RefundState::Sent);
        QCOMPARE(store::Inbox(t.database(), clock).find(*approvedA->inboxId).value()->transactionId, u"TX-3-R"_s);
        // Still pending until the ledger has the refund; then refunded.
        QCOMPARE(refunds.refundable(u"TX-3"_s).value()->pending, gbp(6'000));
        addPayment(db, u"TX-3-R"_s, a->vendorTxCode, 6'000, kNoon, u"refund"_s, u"TX-3"_s);
        QCOMPARE(refunds.refundable(u"TX-3"_s).value()->pending, gbp(0));
        QCOMPARE(refunds.refundable(u"TX-3"_s).value()->refunded, gbp(6'000));

        // Approved for 3,000 of the 4,000 left, then 2,000 refunded in Opayo's portal: the last
        // check before Opayo refuses it, and the request fails without money leaving.
        auto b = refunds.request(u"TX-3"_s, RefundKind::Refund, gbp(3'000), RefundReason::GoodsReturned, {}, u"pat"_s,
                                 kPreparer, {});
        QVERIFY(b);
        QVERIFY(refunds.approve(b->id, u"ann"_s, kApprover, {}));
        addPayment(db, u"TX-3-P"_s, u"portal"_s, 2'000, kNoon, u"refund"_s, u"TX-3"_s);
        auto late = begin(b->id);
        QVERIFY(!late);
        QCOMPARE(late.error().code, u"refunds.exceeds"_s);
        QCOMPARE(refunds.find(b->id).value()->state, RefundState::Approved);
    }

    /// Two "processes" (independent handles, each on its own thread) ask for and approve
    /// refunds of one payment at the same moment: together they never exceed it.
    void concurrentRefundsNeverExceedThePayment()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        addPayment(*t.database(), u"TX-C"_s, u"ORDER-C"_s, 10'000, Clock::system().nowMsecs());
        store::Refunds preparer(t.database());
        // Prepared one after another (each 3,000 of 10,000 would fit alone; pending counts, so
        // only three are accepted): prepare 3 now, then race approvals and new requests.
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            auto r = preparer.request(u"TX-C"_s, RefundKind::Refund, gbp(3'000), RefundReason::GoodsReturned, {},
                                      u"pat"_s, kPreparer, {});
            QVERIFY(r);
            ids.append(r->id);
        }
        QVERIFY(!preparer.request(u"TX-C"_s, RefundKind::Refund, gbp(1'001), RefundReason::GoodsReturned, {}, u"pat"_s,
                                  kPreparer, {}));

        // Race: each of four threads (two per handle) rejects nothing, but asks with the policy
        // letting 1,000 through alone, as fast as it can, while others approve the three.
        auto second = t.reopen(false);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        const auto policy = *store::RefundPolicy::parse(u"GBP 10.00"_s);
        std::atomic<int> accepted{0};
        std::atomic<int> approvals{0};
        std::atomic<bool> go{false};
        QList<QThread*> threads;
        for (int i = 0; i < 4; ++i) {
            std::shared_ptr<store::Database> handle = i % 2 == 0 ? t.database() : *second;
            threads.append(QThread::create([&, handle, i] {
                while (!go.load()) {
                    QThread::yieldCurrentThread();
                }
                store::Refunds r(handle);
                if (i < ids.size()) {
                    if (r.approve(ids.at(i), u"ann"_s, kApprover, {})) {
                        ++approvals;
                    }
                }
                for (int k = 0; k < 5; ++k) {
                    if (r.request(u"TX-C"_s, RefundKind::Refund, gbp(1'000), RefundReason::Goodwill, {},
                                  u"pat%1"_s.arg(i), kPreparer, policy)) {
                        ++accepted;
                    }
                }
            }));
        }
        for (QThread* th : std::as_const(threads)) {
            th->start();
        }
        go = true;
        for (QThread* th : std::as_const(threads)) {
            QVERIFY(th->wait(60'000));
            delete th;
        }
        QCOMPARE(approvals.load(), 3);
        QCOMPARE(accepted.load(), 1); // 9,000 + 1,000 = 10,000: exactly one more fitted
        const auto left = store::Refunds(t.database()).refundable(u"TX-C"_s);
        QCOMPARE((*left)->remaining, gbp(0));
        qint64 sum = 0;
        const auto history = store::Refunds(t.database()).history(u"TX-C"_s);
        QVERIFY(history);
        for (const auto& r : *history) {
            sum += r.state == RefundState::Rejected || r.state == RefundState::Failed ? 0 : r.amount.minorUnits();
        }
        QCOMPARE(sum, qint64(10'000));
    }
};

QTEST_GUILESS_MAIN(TestRefunds)
#include "TestRefunds.moc"
