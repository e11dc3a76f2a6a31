// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Refunds started from the console, carried out by the real engine against the in-process
// Opayo and SYSPRO sandboxes. The checks read the sandboxes' own state: the refund at Opayo
// (once), the credit note in SYSPRO (once), also after a lost answer and after a crash between
// the Opayo refund and the credit note.
#include "demo/DemoHarness.h"
#include "engine/DemoData.h"
#include "engine/Engine.h"
#include "mapping/Transform.h"
#include "opayo/PiClient.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/shop/ShopSimulator.h"
#include "sandbox/syspro/SysproSandbox.h"
#include "store/Chargebacks.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "store/Refunds.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace bridge;
using namespace Qt::StringLiterals;
using store::RefundKind;
using store::RefundReason;
using store::RefundState;

namespace {

const RoleSet kPreparer{Role::Preparer};
const RoleSet kApprover{Role::Approver};

/// Opayo's refunds of one payment, as the sandbox holds them.
QList<sandbox::opayo::SandboxTransaction> opayoRefunds(demo::DemoHarness& h, const QString& original)
{
    QList<sandbox::opayo::SandboxTransaction> found;
    for (const auto& t : std::as_const(h.opayo().ledger().transactions)) {
        if (t.type == QLatin1String("Refund") && t.referenceTransactionId == original) {
            found.append(t);
        }
    }
    return found;
}

int creditNotes(demo::DemoHarness& h)
{
    int n = 0;
    for (const auto& i : std::as_const(h.syspro().company().invoices)) {
        n += i.documentType == QLatin1String("C") ? 1 : 0;
    }
    return n;
}

/// The sales credit notes (SORTCH) SYSPRO holds for one customer PO number.
QList<sandbox::syspro::SbSalesOrder> stockCreditNotes(demo::DemoHarness& h, const QString& po)
{
    QList<sandbox::syspro::SbSalesOrder> found;
    for (const auto& o : std::as_const(h.syspro().company().salesOrders)) {
        if (o.documentType == QLatin1String("C") && o.customerPoNumber == po) {
            found.append(o);
        }
    }
    return found;
}

/// A started harness with a few posted payments and no failure scenarios.
std::unique_ptr<demo::DemoHarness> settledHarness(int reportingPollMs = 5'000,
                                                  const QString& mappingFile = u":/mappings/default.json"_s)
{
    demo::DemoOptions options;
    options.mappingFile = mappingFile;
    options.events = 12;
    options.seed = 11;
    options.failureScenarios = false;
    options.reportingPollMs = reportingPollMs;
    auto h = std::make_unique<demo::DemoHarness>(options);
    QSignalSpy finished(h.get(), &demo::DemoHarness::finished);
    if (!h->start() || !finished.wait(120'000)) {
        return nullptr;
    }
    return h;
}

/// Payments with something left to refund, and no refund of any kind yet.
QList<store::RefundablePayment> untouched(demo::DemoHarness& h)
{
    QList<store::RefundablePayment> list;
    const auto all = store::Refunds(h.database()).search({});
    if (!all) {
        return list;
    }
    for (const auto& p : *all) {
        if (p.refunded.isZero() && p.pending.isZero() && p.remaining.minorUnits() >= 200 &&
            opayoRefunds(h, p.payment.transactionId).isEmpty()) {
            list.append(p);
        }
    }
    return list;
}

/// The key the "GL journal only" template gives a journal: the transactionId, shortened to
/// SYSPRO's 30 characters as the template's hashToLength step does.
QString journalKey(const QString& transactionId)
{
    auto step = mapping::Transform::compile(QJsonObject{{u"type"_s, u"hashToLength"_s}, {u"length"_s, 30}}, u"test"_s);
    if (!step) {
        return {};
    }
    const auto key = (*step)->apply(mapping::MappedValue::text(transactionId), mapping::EvaluationContext{});
    return key ? key->asText() : QString();
}

void stop(demo::DemoHarness& h)
{
    QSignalSpy stopped(&h, &demo::DemoHarness::stopped);
    h.stop();
    QVERIFY(stopped.wait(30'000));
}

} // namespace

class TestConsoleRefunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approvedRefundReachesOpayoAndSyspro()
    {
        auto h = settledHarness();
        QVERIFY(h);
        const auto candidates = untouched(*h);
        QVERIFY(!candidates.isEmpty());
        const store::RefundablePayment p = candidates.first();
        const Money half(p.remaining.minorUnits() / 2, p.remaining.currency());
        const int notesBefore = creditNotes(*h);

        store::Refunds refunds(h->database());
        auto asked = refunds.request(p.payment.transactionId, RefundKind::Refund, half, RefundReason::GoodsReturned,
                                     u"one item back"_s, u"pat"_s, kPreparer, {});
        QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
        QTest::qWait(500);
        QVERIFY(opayoRefunds(*h, p.payment.transactionId).isEmpty()); // nothing before approval
        QVERIFY(refunds.approve(asked->id, u"ann"_s, kApprover, {}));

        QTRY_COMPARE_WITH_TIMEOUT(refunds.find(asked->id).value()->state, RefundState::Sent, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(creditNotes(*h), notesBefore + 1, 30'000);
        const auto atOpayo = opayoRefunds(*h, p.payment.transactionId);
        QCOMPARE(atOpayo.size(), 1);
        QCOMPARE(atOpayo.first().amount, half.minorUnits());
        QCOMPARE(atOpayo.first().vendorTxCode, asked->vendorTxCode);
        QCOMPARE(refunds.find(asked->id).value()->opayoTransactionId, atOpayo.first().id);
        // In the ledger now: refunded, no longer pending.
        QTRY_COMPARE_WITH_TIMEOUT(refunds.refundable(p.payment.transactionId).value()->refunded, half, 10'000);
        QCOMPARE(refunds.refundable(p.payment.transactionId).value()->pending.minorUnits(), 0);
        // The event is visible like any other: done, with the refund's Opayo id.
        const auto event = store::Inbox(h->database()).find(*refunds.find(asked->id).value()->inboxId);
        QCOMPARE((*event)->status, u"done"_s);
        QCOMPARE((*event)->transactionId, atOpayo.first().id);
        // The shop hears of it under its order's event, with the credit note.
        QString orderEvent;
        for (const auto& o : h->shop().results()) {
            orderEvent = o.transactionId == p.payment.transactionId ? o.eventId : orderEvent;
        }
        QVERIFY(!orderEvent.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(h->shop().statusUpdates().value(orderEvent).value(u"status"_s).toString(),
                                  u"refunded"_s, 30'000);
        const QJsonObject update = h->shop().statusUpdates().value(orderEvent);
        QCOMPARE(update.value(u"refundVendorTxCode"_s).toString(), asked->vendorTxCode);
        QCOMPARE(update.value(u"amountMinor"_s).toInteger(), half.minorUnits());
        QVERIFY(!update.value(u"creditNote"_s).toString().isEmpty());
        stop(*h);
    }

    /// The demo console's approval queue: a few partial refunds asked for by the preparer, once.
    void demoSeedsRefundsToApprove()
    {
        auto h = settledHarness();
        QVERIFY(h);
        const auto asked = engine::DemoData::seedRefundRequests(h->database(), 3);
        QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
        QVERIFY(*asked >= 1 && *asked <= 3);
        const auto waiting = store::Refunds(h->database()).awaitingApproval();
        QCOMPARE(int(waiting->size()), *asked);
        for (const auto& r : *waiting) {
            QCOMPARE(r.requestedBy, engine::DemoData::people().at(1).login);
            QVERIFY(!r.note.isEmpty());
        }
        QCOMPARE(*engine::DemoData::seedRefundRequests(h->database(), 3), 0); // not while some wait

        const store::ChargebackPosting posting{u"7900"_s, u"1000"_s, u"GEN"_s};
        const auto chargebacks = engine::DemoData::seedChargebacks(h->database(), posting);
        QVERIFY2(chargebacks, qPrintable(chargebacks ? QString() : chargebacks.error().message));
        QCOMPARE(*chargebacks, 2);
        QCOMPARE(int(store::Chargebacks(h->database(), posting).list(10)->size()), 2);
        QCOMPARE(*engine::DemoData::seedChargebacks(h->database(), posting), 0);
        stop(*h);
    }

    /// A payment taken today, nothing refunded: voided at Opayo, and the credit note for all of
    /// it posted once.
    void voidOfTodaysPayment()
    {
        auto h = settledHarness();
        QVERIFY(h);
        const auto candidates = untouched(*h);
        const auto it = std::find_if(candidates.begin(), candidates.end(),
                                     [](const store::RefundablePayment& p) { return p.voidable; });
        QVERIFY(it != candidates.end());
        const store::RefundablePayment p = *it;
        const int notesBefore = creditNotes(*h);
        store::Refunds refunds(h->database());
        auto asked = refunds.request(p.payment.transactionId, RefundKind::Void, p.payment.amount,
                                     RefundReason::DuplicateCharge, {}, u"pat"_s, kPreparer, {});
        QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
        QVERIFY(refunds.approve(asked->id, u"ann"_s, kApprover, {}));
        QTRY_COMPARE_WITH_TIMEOUT(creditNotes(*h), notesBefore + 1, 30'000);
        QVERIFY(h->opayo().ledger().find(p.payment.transactionId)->voided);
        QVERIFY(opayoRefunds(*h, p.payment.transactionId).isEmpty());
        const auto done = refunds.find(asked->id).value();
        QCOMPARE(done->state, RefundState::Sent);
        QCOMPARE(done->opayoTransactionId, u"void:"_s + p.payment.transactionId);
        QTRY_COMPARE_WITH_TIMEOUT(refunds.refundable(p.payment.transactionId).value()->remaining.minorUnits(), 0,
                                  10'000);
        QCOMPARE(refunds.refundable(p.payment.transactionId).value()->refunded, p.payment.amount);
        QVERIFY(!refunds.refundable(p.payment.transactionId).value()->voidable);
        stop(*h);
    }

    /// Opayo's answer is lost after it made the refund: the engine asks Opayo (Reporting API, by
    /// vendorTxCode) before trying again, so the refund is made once.
    void lostAnswerIsLookedUpNotSentTwice()
    {
        auto h = settledHarness();
        QVERIFY(h);
        const store::RefundablePayment p = untouched(*h).first();
        const int notesBefore = creditNotes(*h);
        store::Refunds refunds(h->database());
        auto asked = refunds.request(p.payment.transactionId, RefundKind::Refund, p.remaining,
                                     RefundReason::CustomerRequest, {}, u"pat"_s, kPreparer, {});
        QVERIFY(asked);
        sandbox::FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {sandbox::FaultKind::ResetAfter};
        h->opayo().faults().setPlan(plan);
        QVERIFY(refunds.approve(asked->id, u"ann"_s, kApprover, {}));
        QTRY_COMPARE_WITH_TIMEOUT(opayoRefunds(*h, p.payment.transactionId).size(), 1, 30'000);
        QTest::qWait(300);
        h->opayo().faults().setPlan({});
        QTRY_COMPARE_WITH_TIMEOUT(creditNotes(*h), notesBefore + 1, 60'000);
        QTest::qWait(1'000);
        QCOMPARE(opayoRefunds(*h, p.payment.transactionId).size(), 1);
        QCOMPARE(creditNotes(*h), notesBefore + 1);
        QCOMPARE(refunds.find(asked->id).value()->state, RefundState::Sent);
        stop(*h);
    }

    /// With the stock-credit-notes mapping a refund is a SORTCH header plus a SORTCL line. The
    /// answer to one of the two calls is lost (the call took effect): the header is found again by
    /// its customer PO number, and gets its line only if it has none. One header, one line.
    void stockCreditNoteAfterALostAnswer_data()
    {
        QTest::addColumn<QString>("lostAnswer");
        QTest::newRow("header") << u"BusinessObject=SORTCH"_s;
        QTest::newRow("lines") << u"BusinessObject=SORTCL"_s;
    }

    void stockCreditNoteAfterALostAnswer()
    {
        QFETCH(QString, lostAnswer);
        auto h = settledHarness(5'000, u":/mappings/stock-credit-notes.json"_s);
        QVERIFY(h);
        QList<store::RefundablePayment> inPounds;
        for (const auto& c : untouched(*h)) {
            if (c.remaining.currency() == Currency::of("GBP")) {
                inPounds.append(c); // the credit note is in GBP: compared without a rate
            }
        }
        QVERIFY(!inPounds.isEmpty());
        const store::RefundablePayment p = inPounds.first();
        store::Refunds refunds(h->database());
        auto asked = refunds.request(p.payment.transactionId, RefundKind::Refund, p.remaining,
                                     RefundReason::GoodsReturned, {}, u"pat"_s, kPreparer, {});
        QVERIFY(asked);
        sandbox::FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {sandbox::FaultKind::ResetAfter};
        plan.onlyWhere = lostAnswer;
        plan.maxFaults = 1;
        h->syspro().faults().setPlan(plan);
        QVERIFY(refunds.approve(asked->id, u"ann"_s, kApprover, {}));

        QTRY_COMPARE_WITH_TIMEOUT(stockCreditNotes(*h, asked->vendorTxCode).size(), 1, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(stockCreditNotes(*h, asked->vendorTxCode).first().lines.size(), 1, 60'000);
        QCOMPARE(h->syspro().faults().count(sandbox::FaultKind::ResetAfter), 1u); // the answer was lost
        QTRY_COMPARE_WITH_TIMEOUT(refunds.find(asked->id).value()->state, RefundState::Sent, 30'000);
        // The event is done once the credit note is in; give a second post the time to happen.
        const auto event = store::Inbox(h->database()).find(*refunds.find(asked->id).value()->inboxId);
        QTRY_COMPARE_WITH_TIMEOUT(store::Inbox(h->database()).find(event->value().id).value()->status, u"done"_s,
                                  30'000);
        QTest::qWait(1'000);
        const auto notes = stockCreditNotes(*h, asked->vendorTxCode);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().lines.size(), 1);
        QCOMPARE(notes.first().lines.first().value, p.remaining.minorUnits()); // GBP: cents
        QCOMPARE(opayoRefunds(*h, p.payment.transactionId).size(), 1);
        stop(*h);
    }

    /// The "GL journal only" template against the SYSPRO sandbox: each posted payment is one
    /// balanced GENTJL journal under its transactionId (hashed to 30), card clearing (1200)
    /// debited and sales (4000) credited with its amount, and nothing else is posted. A refund
    /// from the console is the reverse journal under the refund's own transactionId.
    void glJournalOnlyPostsBalancedJournals()
    {
        auto h = settledHarness(5'000, u":/mappings/gl-journal-only.json"_s);
        QVERIFY(h);
        const sandbox::syspro::SbCompany& company = h->syspro().company();
        auto journalsOf = [&company](const QString& transactionId) {
            QList<sandbox::syspro::SbJournal> found;
            for (const auto& j : std::as_const(company.journals)) {
                if (j.reference == journalKey(transactionId)) {
                    found.append(j);
                }
            }
            return found;
        };
        int posted = 0;
        for (const auto& o : h->shop().results()) {
            if (!o.expected.startsWith(u"post"_s)) {
                QVERIFY2(o.transactionId.isEmpty() || journalsOf(o.transactionId).isEmpty(), qPrintable(o.orderId));
                continue;
            }
            ++posted;
            const auto journals = journalsOf(o.transactionId);
            QCOMPARE(journals.size(), 1);
            const sandbox::syspro::SbJournal& j = journals.first();
            QCOMPARE(j.entries.size(), 2);
            QCOMPARE(j.entries.at(0).glCode, u"1200"_s);
            QCOMPARE(j.entries.at(0).amount, o.amountMinor);
            QCOMPARE(j.entries.at(1).glCode, u"4000"_s);
            QCOMPARE(j.entries.at(1).amount, -o.amountMinor);
            QCOMPARE(j.entries.at(1).reference, j.reference);
        }
        QVERIFY(posted >= 5);
        // A journal and nothing else: no sales order, no receipt for any of the shop's payments.
        for (const auto& o : h->shop().results()) {
            QVERIFY(std::none_of(company.salesOrders.begin(), company.salesOrders.end(),
                                 [&o](const auto& so) { return so.customerPoNumber == o.vendorTxCode; }));
            QVERIFY(o.transactionId.isEmpty() ||
                    std::none_of(company.payments.begin(), company.payments.end(),
                                 [&o](const auto& r) { return r.reference == journalKey(o.transactionId); }));
        }

        // A refund approved on the console: Opayo refunds it, SYSPRO gets the reverse journal.
        const auto candidates = untouched(*h);
        QVERIFY(!candidates.isEmpty());
        const store::RefundablePayment p = candidates.first();
        store::Refunds refunds(h->database());
        auto asked = refunds.request(p.payment.transactionId, RefundKind::Refund, p.remaining,
                                     RefundReason::GoodsReturned, {}, u"pat"_s, kPreparer, {});
        QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
        QVERIFY(refunds.approve(asked->id, u"ann"_s, kApprover, {}));
        QTRY_COMPARE_WITH_TIMEOUT(opayoRefunds(*h, p.payment.transactionId).size(), 1, 60'000);
        const QString refundId = opayoRefunds(*h, p.payment.transactionId).first().id;
        QTRY_COMPARE_WITH_TIMEOUT(journalsOf(refundId).size(), 1, 60'000);
        const sandbox::syspro::SbJournal reverse = journalsOf(refundId).first();
        QCOMPARE(reverse.entries.size(), 2);
        QCOMPARE(reverse.entries.at(0).glCode, u"4000"_s);
        QCOMPARE(reverse.entries.at(0).amount, p.remaining.minorUnits());
        QCOMPARE(reverse.entries.at(1).glCode, u"1200"_s);
        QCOMPARE(reverse.entries.at(1).amount, -p.remaining.minorUnits());
        QCOMPARE(journalsOf(p.payment.transactionId).size(), 1); // the payment's journal stays as it was
        stop(*h);
    }

    /// The engine dies after Opayo made the refund: once before it could note it (the request
    /// is still Sending), once after (Sent, no credit note yet). After a restart each ends with
    /// exactly one refund at Opayo and one credit note in SYSPRO.
    void crashBetweenOpayoAndSysproEndsWithOneOfEach()
    {
        auto h = settledHarness();
        QVERIFY(h);
        QSignalSpy engineStopped(h->engine(), &engine::Engine::stopped);
        h->engine()->stop();
        QVERIFY(engineStopped.wait(30'000));
        const auto candidates = untouched(*h);
        QVERIFY(candidates.size() >= 2);
        const int notesBefore = creditNotes(*h);
        auto db = h->database();
        store::Refunds refunds(db);
        QNetworkAccessManager network;
        opayo::PiClient pi(&network, h->engineConfig().pi);

        QList<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            const store::RefundablePayment& p = candidates.at(i);
            auto asked = refunds.request(p.payment.transactionId, RefundKind::Refund, p.remaining,
                                         RefundReason::GoodsReturned, {}, u"pat"_s, kPreparer, {});
            QVERIFY(asked);
            QVERIFY(refunds.approve(asked->id, u"ann"_s, kApprover, {}));
            ids.append(asked->id);
            // What the dead engine did: Sending committed, then Opayo made the refund.
            QVERIFY(db->write([&](QSqlDatabase& tx) {
                return asVoid(
                    store::Refunds::beginSending(tx, db->isPostgres(), Clock::system().nowMsecs(), asked->id));
            }));
            auto job =
                pi.refund(opayo::RefundRequest{p.payment.transactionId, asked->vendorTxCode, p.remaining, u"refund"_s});
            QVERIFY(job);
            QSignalSpy done(*job, &net::NetworkJob::finished);
            (*job)->start();
            QVERIFY(done.wait(10'000));
            QVERIFY(!(*job)->error());
            if (i == 1) { // the second one died after noting Opayo's answer
                const QString txid = (*job)->transaction()->transactionId;
                QVERIFY(db->write([&](QSqlDatabase& tx) {
                    return store::Refunds::markSent(tx, Clock::system().nowMsecs(), asked->id, txid);
                }));
            }
        }
        QCOMPARE(creditNotes(*h), notesBefore);

        const Result<void> restarted = h->startEngine();
        QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(creditNotes(*h), notesBefore + 2, 60'000);
        QTest::qWait(1'000);
        QCOMPARE(creditNotes(*h), notesBefore + 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(opayoRefunds(*h, candidates.at(i).payment.transactionId).size(), 1);
            QCOMPARE(refunds.find(ids.at(i)).value()->state, RefundState::Sent);
        }
        stop(*h);
    }

    /// A refund made elsewhere (Opayo's portal): the Reporting API poller finds it and it gets
    /// its credit note like any other.
    void portalRefundIsPickedUpAndGetsItsCreditNote()
    {
        demo::DemoOptions options;
        options.events = 6;
        options.seed = 13;
        options.failureScenarios = false;
        options.reportingPollMs = 0; // polled by hand below
        options.reportingGraceMs = 0;
        demo::DemoHarness h(options);
        QSignalSpy finished(&h, &demo::DemoHarness::finished);
        QVERIFY(h.start());
        QVERIFY(finished.wait(120'000));
        const store::RefundablePayment p = untouched(h).first();
        const int notesBefore = creditNotes(h);
        QNetworkAccessManager network;
        opayo::PiClient pi(&network, h.engineConfig().pi);
        const Money part(p.remaining.minorUnits() / 4, p.remaining.currency());
        auto job = pi.refund(opayo::RefundRequest{p.payment.transactionId,
                                                  u"portal-"_s + p.payment.vendorTxCode.left(30), part, u"MyOpayo"_s});
        QVERIFY(job);
        QSignalSpy done(*job, &net::NetworkJob::finished);
        (*job)->start();
        QVERIFY(done.wait(10'000));
        QVERIFY(!(*job)->error());
        QTest::qWait(1'100); // the Reporting API's times are whole seconds
        h.engine()->pollReportingNow();
        QTRY_COMPARE_WITH_TIMEOUT(creditNotes(h), notesBefore + 1, 60'000);
        store::Refunds refunds(h.database());
        QCOMPARE(refunds.refundable(p.payment.transactionId).value()->refunded, part);
        stop(h);
    }

    /// A refund made in Opayo's portal that the bridge has not heard of yet: Opayo refuses the
    /// console refund (1018); the dead letter names both amounts and no money left twice.
    void opayoRefusesAboveWhatIsLeft()
    {
        auto h = settledHarness(0); // no poller: the portal refund stays unknown to the bridge
        QVERIFY(h);
        const store::RefundablePayment p = untouched(*h).first();
        const int notesBefore = creditNotes(*h);
        QNetworkAccessManager network;
        opayo::PiClient pi(&network, h->engineConfig().pi);
        const Money portal(p.remaining.minorUnits() / 2, p.remaining.currency());
        auto job = pi.refund(opayo::RefundRequest{
            p.payment.transactionId, u"portal-"_s + p.payment.vendorTxCode.left(30), portal, u"made in MyOpayo"_s});
        QVERIFY(job);
        QSignalSpy done(*job, &net::NetworkJob::finished);
        (*job)->start();
        QVERIFY(done.wait(10'000));
        QVERIFY(!(*job)->error());

        store::Refunds refunds(h->database());
        auto asked = refunds.request(p.payment.transactionId, RefundKind::Refund, p.remaining,
                                     RefundReason::GoodsReturned, {}, u"pat"_s, kPreparer, {});
        QVERIFY(asked);
        QVERIFY(refunds.approve(asked->id, u"ann"_s, kApprover, {}));
        QTRY_COMPARE_WITH_TIMEOUT(refunds.find(asked->id).value()->state, RefundState::Failed, 30'000);
        const auto event = store::Inbox(h->database()).find(*refunds.find(asked->id).value()->inboxId);
        QCOMPARE((*event)->status, u"dead"_s);
        QVERIFY2((*event)->errorMessage.contains(u"refund exceeds what is left"_s) &&
                     (*event)->errorMessage.contains(p.remaining.toDisplayString()),
                 qPrintable((*event)->errorMessage));
        QVERIFY(!(*event)->errorFix.isEmpty());
        QCOMPARE(opayoRefunds(*h, p.payment.transactionId).size(), 1); // the portal's only
        QCOMPARE(creditNotes(*h), notesBefore);
        // Failed: no longer counted against what is left.
        QCOMPARE(refunds.refundable(p.payment.transactionId).value()->pending.minorUnits(), 0);
        stop(*h);
    }
};

QTEST_GUILESS_MAIN(TestConsoleRefunds)
#include "TestConsoleRefunds.moc"
