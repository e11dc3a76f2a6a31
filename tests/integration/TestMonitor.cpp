// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The monitor's queries and the operator's corrections, on SQLite (monitor_sqlite) and
// PostgreSQL (monitor_postgres).
#include "core/Clock.h"
#include "core/PaymentEdits.h"
#include "store/AuditLog.h"
#include "store/Corrections.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "store/Monitor.h"
#include "support/MonitorRows.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace bridge;
using namespace Qt::StringLiterals;
using namespace bridge::store;
using bridge::test::Command;
using bridge::test::Event;
using bridge::test::insertCommand;
using bridge::test::insertEvent;
using bridge::test::TestDatabase;

namespace {

QStringList codes(const Result<QList<MonitorRow>>& rows)
{
    QStringList out;
    for (const MonitorRow& r : rows.value_or(QList<MonitorRow>{})) {
        out.append(r.vendorTxCode);
    }
    return out;
}

QString errorOf(const Result<void>& r)
{
    return r ? QString() : r.error().toString();
}

constexpr qint64 kDay = 1'800'000'000'000; // a fixed "today" for the tests

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

private:
    /// Seven events of every kind of fate, received a minute apart from kDay on.
    struct Seeded {
        qint64 completed = 0, posted = 0, retrying = 0, deadPipeline = 0, deadSyspro = 0, ignored = 0, yen = 0;
    };
    static Seeded seed(Database& db)
    {
        Seeded s;
        auto at = [](int minute) { return kDay + minute * 60'000LL; };
        s.completed = insertEvent(db, {at(0), u"ORD-1001"_s, u"TXN-A1"_s, u"C0001"_s, 1050, u"GBP"_s}).value();
        insertCommand(db, s.completed, {u"SORTOI"_s, u"done"_s, u"000101"_s}, at(0)).value();
        insertCommand(db, s.completed, {u"ARSTPY"_s, u"done"_s, u"R-000101"_s}, at(0)).value();
        insertCommand(db, s.completed, {u"SHOPSYNC"_s, u"done"_s}, at(0)).value();
        s.posted = insertEvent(db, {at(1), u"ORD-1002"_s, u"TXN-B2"_s, u"C0002"_s, 2500, u"EUR"_s}).value();
        insertCommand(db, s.posted, {u"SORTOI"_s, u"done"_s, u"000102"_s}, at(1)).value();
        insertCommand(db, s.posted, {u"SHOPSYNC"_s, u"pending"_s}, at(1)).value();
        s.retrying = insertEvent(db, {at(2), u"ORD-1003"_s, u"TXN-C3"_s, u"C0001"_s, 999, u"GBP"_s}).value();
        insertCommand(db, s.retrying, {u"SORTOI"_s, u"pending"_s, {}, 3, kDay + 3'600'000}, at(2)).value();
        Event dead{at(3), u"ORD-2004"_s, u"TXN-D4"_s, u"ZZ9999"_s, 4000, u"GBP"_s, u"dead"_s, u"received"_s};
        dead.errorCode = QStringLiteral("engine.unknown_customer");
        s.deadPipeline = insertEvent(db, dead).value();
        s.deadSyspro = insertEvent(db, {at(4), u"ORD-2005"_s, u"TXN-E5"_s, u"C0003"_s, 150000, u"GBP"_s}).value();
        insertCommand(db, s.deadSyspro, {u"SORTOI"_s, u"dead"_s}, at(4)).value();
        insertCommand(db, s.deadSyspro, {u"ARSTPY"_s, u"pending"_s}, at(4)).value(); // held behind the dead order
        s.ignored =
            insertEvent(db, {at(5), u"ORD-2006"_s, u"TXN-F6"_s, u"C0002"_s, 700, u"GBP"_s, u"ignored"_s, u"ignored"_s})
                .value();
        Event yen{at(6), u"JP-3007"_s, u"TXN-G7"_s, u"C0009"_s, 1050, u"JPY"_s};
        yen.kind = QStringLiteral("refund");
        yen.canonical = QStringLiteral("{\"riskScore\":42}");
        s.yen = insertEvent(db, yen).value();
        insertCommand(db, s.yen, {u"ARSTIN"_s, u"done"_s, u"CN-77"_s}, at(6)).value();
        return s;
    }

private Q_SLOTS:
    void flowsFromTheEventAndItsCommands()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const Seeded s = seed(*t.database());
        Monitor monitor(t.database());
        const auto rows = monitor.page({}, MonitorSort::Time, true, 0, 50);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), 7);
        QCOMPARE(codes(rows), (QStringList{u"JP-3007"_s, u"ORD-2006"_s, u"ORD-2005"_s, u"ORD-2004"_s, u"ORD-1003"_s,
                                           u"ORD-1002"_s, u"ORD-1001"_s}));
        QHash<qint64, MonitorRow> byId;
        for (const MonitorRow& r : *rows) {
            byId.insert(r.id, r);
        }
        QCOMPARE(byId[s.completed].flow, Flow::Completed);
        QCOMPARE(byId[s.completed].documents, (QStringList{u"SORTOI 000101"_s, u"ARSTPY R-000101"_s}));
        QCOMPARE(byId[s.posted].flow, Flow::Posted);
        QCOMPARE(byId[s.retrying].flow, Flow::Retrying);
        QCOMPARE(byId[s.retrying].attempts, 3);
        QCOMPARE(byId[s.deadPipeline].flow, Flow::DeadLetter);
        QCOMPARE(byId[s.deadPipeline].problem, QStringLiteral("Stopped: engine.unknown_customer"));
        QCOMPARE(byId[s.deadSyspro].flow, Flow::DeadLetter);
        QCOMPARE(byId[s.ignored].flow, Flow::Ignored);
        QCOMPARE(byId[s.yen].amount->currency().code(), QStringLiteral("JPY"));
        QCOMPARE(byId[s.yen].amount->minorUnits(), 1050);
        QCOMPARE(byId[s.yen].riskScore.value_or(-1), 42);
        QVERIFY(!byId[s.completed].riskScore);
    }

    void filtersAndCounts()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seed(*t.database());
        Monitor monitor(t.database());
        auto check = [&](const MonitorFilter& f, const QStringList& expected) {
            const auto rows = monitor.page(f, MonitorSort::Time, false, 0, 50);
            QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
            QCOMPARE(codes(rows), expected);
            QCOMPARE(monitor.count(f).value_or(-1), qint64(expected.size()));
        };
        MonitorFilter f;
        f.from = kDay + 60'000;
        f.to = kDay + 3 * 60'000;
        check(f, {u"ORD-1002"_s, u"ORD-1003"_s});

        f = {};
        f.status = MonitorFilter::Status::DeadLetters;
        check(f, {u"ORD-2004"_s, u"ORD-2005"_s});
        f.status = MonitorFilter::Status::InProgress; // the order held behind a dead one is not "in progress"
        check(f, {u"ORD-1002"_s, u"ORD-1003"_s});
        f.status = MonitorFilter::Status::Retrying;
        check(f, {u"ORD-1003"_s});
        f.status = MonitorFilter::Status::Completed;
        check(f, {u"ORD-1001"_s, u"JP-3007"_s});
        f.status = MonitorFilter::Status::Ignored;
        check(f, {u"ORD-2006"_s});

        // A repeat of a known payment (the Reporting API's safety net) is shown once, not twice.
        f = {};
        Event repeat{kDay + 7 * 60'000, u"ORD-1001"_s, u"TXN-A1"_s,   u"C0001"_s, 1050,
                     u"GBP"_s,          u"ignored"_s,  u"duplicate"_s};
        const qint64 repeatId = insertEvent(*t.database(), repeat).value();
        QVERIFY(repeatId > 0);
        check(f,
              {u"ORD-1001"_s, u"ORD-1002"_s, u"ORD-1003"_s, u"ORD-2004"_s, u"ORD-2005"_s, u"ORD-2006"_s, u"JP-3007"_s});
        f.status = MonitorFilter::Status::Repeats;
        check(f, {u"ORD-1001"_s});
        QCOMPARE(monitor.page(f, MonitorSort::Time, false, 0, 5).value().constFirst().flow, Flow::Ignored);

        f = {};
        f.kind = QStringLiteral("refund");
        check(f, {u"JP-3007"_s});
        f = {};
        f.customerPrefix = QStringLiteral("C000");
        check(f, {u"ORD-1001"_s, u"ORD-1002"_s, u"ORD-1003"_s, u"ORD-2005"_s, u"ORD-2006"_s, u"JP-3007"_s});
        f.customerPrefix = QStringLiteral("C0001");
        check(f, {u"ORD-1001"_s, u"ORD-1003"_s});

        // The reference prefix finds vendorTxCodes, Opayo ids and SYSPRO documents.
        f = {};
        f.referencePrefix = QStringLiteral("ORD-20");
        check(f, {u"ORD-2004"_s, u"ORD-2005"_s, u"ORD-2006"_s});
        f.referencePrefix = QStringLiteral("TXN-C");
        check(f, {u"ORD-1003"_s});
        f.referencePrefix = QStringLiteral("00010");
        check(f, {u"ORD-1001"_s, u"ORD-1002"_s});
        f.referencePrefix = QStringLiteral("CN-7");
        check(f, {u"JP-3007"_s});
        f.referencePrefix = QStringLiteral("ORD-1001X");
        check(f, {});

        // Amounts in each currency's own units: 10.50 is 1050 pence, and 1050 yen is 1050.
        f = {};
        f.amountFrom = QStringLiteral("10.00");
        f.amountTo = QStringLiteral("25.00");
        check(f, {u"ORD-1001"_s, u"ORD-1002"_s});
        f.currency = QStringLiteral("GBP");
        check(f, {u"ORD-1001"_s});
        f = {};
        f.amountFrom = QStringLiteral("1000");
        f.amountTo = QStringLiteral("2000");
        check(f, {u"ORD-2005"_s, u"JP-3007"_s});
    }

    void aSnapshotKeepsCountsTogetherWhileOthersWrite()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seed(*t.database());
        const Monitor monitor(t.database());
        qint64 before = -1;
        qint64 after = -1;
        const Result<void> read = t.database()->readSnapshot([&](QSqlDatabase&) -> Result<void> {
            before = monitor.count({}).value_or(-1);
            // Another connection (another thread) writes a payment meanwhile.
            std::thread writer([&] {
                (void)insertEvent(*t.database(), {kDay + 3'600'000, u"ORD-9999"_s, u"TXN-Z"_s, u"C0001"_s, 100});
                t.database()->closeThreadConnection();
            });
            writer.join();
            after = monitor.count({}).value_or(-1);
            return {};
        });
        QVERIFY2(read, qPrintable(errorOf(read)));
        QCOMPARE(before, 7);
        QCOMPARE(after, 7); // the snapshot does not see it
        QCOMPARE(monitor.count({}).value_or(-1), 8);
    }

    void badFiltersAreRefusedWithTheField()
    {
        MonitorFilter f;
        f.amountFrom = QStringLiteral("ten");
        Result<void> r = Monitor::validate(f);
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Amount from:")), qPrintable(r.error().message));
        f.amountFrom = QStringLiteral("30");
        f.amountTo = QStringLiteral("20");
        r = Monitor::validate(f);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("monitor.amount_range"));
        f = {};
        f.currency = QStringLiteral("XXQ");
        QVERIFY(!Monitor::validate(f));
    }

    void sortingPagingAndPosition()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const Seeded s = seed(*t.database());
        Monitor monitor(t.database());
        QCOMPARE(codes(monitor.page({}, MonitorSort::Amount, true, 0, 3)),
                 (QStringList{u"ORD-2005"_s, u"ORD-2004"_s, u"ORD-1002"_s}));
        QCOMPARE(codes(monitor.page({}, MonitorSort::VendorTxCode, false, 2, 2)),
                 (QStringList{u"ORD-1002"_s, u"ORD-1003"_s}));
        QCOMPARE(codes(monitor.page({}, MonitorSort::Time, true, 5, 10)), (QStringList{u"ORD-1002"_s, u"ORD-1001"_s}));
        // Where a row stands: newest first, ORD-1003 has four newer rows before it.
        QCOMPARE(monitor.positionInTimeOrder({}, true, s.retrying).value().value_or(-1), 4);
        QCOMPARE(monitor.positionInTimeOrder({}, false, s.retrying).value().value_or(-1), 2);
        MonitorFilter dead;
        dead.status = MonitorFilter::Status::DeadLetters;
        QVERIFY(!monitor.positionInTimeOrder(dead, true, s.retrying).value()); // not in the filter
        // A new row at the same millisecond still has a place of its own (ties go by id).
        const qint64 twin =
            insertEvent(*t.database(), {kDay + 2 * 60'000, u"ORD-1003B"_s, u"TXN-C3B"_s, u"C0001"_s, 1}).value();
        QCOMPARE(monitor.positionInTimeOrder({}, true, twin).value().value_or(-1), 4);
        QCOMPARE(monitor.positionInTimeOrder({}, true, s.retrying).value().value_or(-1), 5);
    }

    void detailTellsTheWholeStory()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const Seeded s = seed(*t.database());
        Monitor monitor(t.database());
        const auto d = monitor.detail(s.completed);
        QVERIFY(d && *d);
        const MonitorDetail& detail = **d;
        QCOMPARE(detail.commands.size(), 3);
        QCOMPARE(detail.stages.size(), 5);
        QCOMPARE(detail.stages[0].at.value_or(0), kDay);
        QCOMPARE(detail.stages[1].at.value_or(0), kDay + 10);  // the pipeline's commit
        QCOMPARE(detail.stages[3].at.value_or(0), kDay + 500); // the last SYSPRO document
        QCOMPARE(detail.stages[4].at.value_or(0), kDay + 500); // the shop told
        const auto dead = monitor.detail(s.deadPipeline);
        QVERIFY(dead && *dead);
        QVERIFY((*dead)->stages[int(MonitorStage::Step::Mapped)].failed); // validation refused the customer
        QVERIFY(!(*dead)->stages[int(MonitorStage::Step::Posted)].at);
        const auto posted = monitor.detail(s.posted);
        QVERIFY((*posted)->stages[3].at);
        QVERIFY(!(*posted)->stages[4].at);
        QVERIFY(!monitor.detail(999'999).value());
    }

    void retryNowBringsTheNextTryForward()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const Seeded s = seed(*t.database());
        ManualClock clock(kDay + 600'000);
        Corrections corrections(t.database(), clock);
        const auto brought = corrections.retryNow(s.retrying, QStringLiteral("olu"));
        QVERIFY2(brought, qPrintable(brought ? QString() : brought.error().toString()));
        QCOMPARE(*brought, 1);
        const auto again = corrections.retryNow(s.retrying, QStringLiteral("olu"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("monitor.nothing_waiting"));
        const auto dead = corrections.retryNow(s.deadPipeline, QStringLiteral("olu"));
        QVERIFY(!dead);
        QVERIFY2(dead.error().message.contains(QStringLiteral("dead letter")), qPrintable(dead.error().message));
        const auto entries = AuditLog(t.database()).recent(5);
        QVERIFY(entries && !entries->isEmpty());
        QCOMPARE(entries->constFirst().action, QStringLiteral("monitor.retry_now"));
        QCOMPARE(entries->constFirst().actor, QStringLiteral("olu"));
    }

    void resolvingADeadLetter()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const Seeded s = seed(*t.database());
        Corrections corrections(t.database());
        Monitor monitor(t.database());
        QCOMPARE(corrections.markResolved(s.deadSyspro, QStringLiteral("olu"), QStringLiteral("  ")).error().code,
                 QStringLiteral("monitor.comment_required"));
        QCOMPARE(corrections.markResolved(s.completed, QStringLiteral("olu"), QStringLiteral("x")).error().code,
                 QStringLiteral("monitor.not_dead"));
        QVERIFY2(
            corrections.markResolved(s.deadSyspro, QStringLiteral("olu"), QStringLiteral("Posted by hand as 000555")),
            "resolve");
        QCOMPARE(corrections.markResolved(s.deadSyspro, QStringLiteral("olu"), QStringLiteral("again")).error().code,
                 QStringLiteral("monitor.already_resolved"));
        MonitorFilter f;
        f.status = MonitorFilter::Status::DeadLetters;
        QCOMPARE(codes(monitor.page(f, MonitorSort::Time, false, 0, 10)), QStringList{u"ORD-2004"_s});
        f.status = MonitorFilter::Status::Resolved;
        QCOMPARE(codes(monitor.page(f, MonitorSort::Time, false, 0, 10)), QStringList{u"ORD-2005"_s});
        const auto d = monitor.detail(s.deadSyspro).value();
        QCOMPARE(d->row.flow, Flow::Resolved);
        QCOMPARE(d->resolvedBy, QStringLiteral("olu"));
        QCOMPARE(d->resolution, QStringLiteral("Posted by hand as 000555"));
    }

    void editAndReplayWithMakerChecker()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const Seeded s = seed(*t.database());
        Corrections corrections(t.database());
        Inbox inbox(t.database());
        // A customer code is not money: applied at once, and the event runs again with it.
        const QJsonObject customer{{QStringLiteral("customerCode"), QStringLiteral("C0001")}};
        QCOMPARE(
            corrections.requestEditedReplay(s.deadPipeline, QStringLiteral("olu"), customer, QString()).error().code,
            QStringLiteral("monitor.reason_required"));
        QCOMPARE(corrections.requestEditedReplay(s.completed, QStringLiteral("olu"), customer, QStringLiteral("typo"))
                     .error()
                     .code,
                 QStringLiteral("monitor.not_editable"));
        auto applied = corrections.requestEditedReplay(s.deadPipeline, QStringLiteral("olu"), customer,
                                                       QStringLiteral("Shop sent the old account"));
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
        QVERIFY(applied->applied);
        auto event = inbox.find(s.deadPipeline).value();
        QCOMPARE(event->status, QStringLiteral("pending"));
        QCOMPARE(QJsonDocument::fromJson(event->edits.toUtf8()).object(), customer);

        // Back to a dead letter, then an amount change: it waits for an approver.
        QVERIFY(t.database()->write([&](QSqlDatabase& tx) -> Result<void> {
            return asVoid(Database::exec(tx, QStringLiteral("UPDATE inbox SET status = 'dead' WHERE id = :id"),
                                         {{"id", s.deadPipeline}}));
        }));
        const QJsonObject amount{{QStringLiteral("amount"), QStringLiteral("39.99")}};
        auto waiting = corrections.requestEditedReplay(s.deadPipeline, QStringLiteral("priya"), amount,
                                                       QStringLiteral("Opayo took 39.99"));
        QVERIFY2(waiting, qPrintable(waiting ? QString() : waiting.error().toString()));
        QVERIFY(!waiting->applied);
        QCOMPARE(inbox.find(s.deadPipeline).value()->status, QStringLiteral("dead"));
        QCOMPARE(corrections.requestEditedReplay(s.deadPipeline, QStringLiteral("olu"), customer, QStringLiteral("x"))
                     .error()
                     .code,
                 QStringLiteral("monitor.request_pending"));
        QCOMPARE(corrections.pendingReplays().value().size(), 1);
        // Not by the requester, not without the approver role; a rejection needs a reason.
        const RoleSet approver{Role::Approver};
        QCOMPARE(
            errorOf(corrections.approveReplay(waiting->requestId, QStringLiteral("priya"), approver, {})).isEmpty(),
            false);
        QCOMPARE(corrections.approveReplay(waiting->requestId, QStringLiteral("olu"), RoleSet{Role::Operator}, {})
                     .error()
                     .code,
                 QStringLiteral("permission.denied"));
        QVERIFY(!corrections.rejectReplay(waiting->requestId, QStringLiteral("sam"), approver, QString()));
        const Result<void> approved =
            corrections.approveReplay(waiting->requestId, QStringLiteral("sam"), approver, QStringLiteral("Checked"));
        QVERIFY2(approved, qPrintable(errorOf(approved)));
        event = inbox.find(s.deadPipeline).value();
        QCOMPARE(event->status, QStringLiteral("pending"));
        QCOMPARE(QJsonDocument::fromJson(event->edits.toUtf8()).object(), amount);
        QCOMPARE(corrections.approveReplay(waiting->requestId, QStringLiteral("sam"), approver, {}).error().code,
                 QStringLiteral("monitor.request_decided"));
        QVERIFY(corrections.pendingReplays().value().isEmpty());
        const auto entries = AuditLog(t.database()).recent(10).value();
        QStringList actions;
        for (const auto& e : entries) {
            actions.append(e.action + QLatin1Char('/') + e.actor);
        }
        QVERIFY2(actions.contains(QStringLiteral("monitor.replay_requested/priya")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("monitor.replay_approved/sam")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("monitor.replay_edited/olu")), qPrintable(actions.join(u',')));
    }

    void paymentEdits()
    {
        CanonicalPayment p;
        p.transactionId = QStringLiteral("T1");
        p.amount = Money(1000, Currency::of("GBP"));
        p.lines.append(
            PaymentOrderLine{QStringLiteral("SKU-1"), QStringLiteral("Mug"), 2, Money(500, Currency::of("GBP"))});
        QVERIFY(!PaymentEdits::changesMoney({{QStringLiteral("lines[0].sku"), QStringLiteral("MUG")}}));
        QVERIFY(PaymentEdits::changesMoney({{QStringLiteral("lines[0].quantity"), QStringLiteral("3")}}));
        QVERIFY(PaymentEdits::changesMoney({{QStringLiteral("currency"), QStringLiteral("EUR")}}));
        auto edited =
            PaymentEdits::apply(p, {{QStringLiteral("lines[0].sku"), QStringLiteral("MUG-RED")},
                                    {QStringLiteral("amount"), QStringLiteral("12.34")},
                                    {QStringLiteral("billingAddress.postalCode"), QStringLiteral("SW1A 1AA")}});
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().toString()));
        QCOMPARE(edited->lines[0].sku, QStringLiteral("MUG-RED"));
        QCOMPARE(edited->amount.minorUnits(), 1234);
        QCOMPARE(edited->billingAddress.postalCode, QStringLiteral("SW1A 1AA"));
        // Refused, naming the field.
        auto bad = PaymentEdits::apply(p, {{QStringLiteral("lines[3].sku"), QStringLiteral("X")}});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("Line 4 stock code")), qPrintable(bad.error().message));
        QVERIFY(!PaymentEdits::apply(p, {{QStringLiteral("amount"), QStringLiteral("12.345")}}));
        QVERIFY(!PaymentEdits::validate({{QStringLiteral("cardNumber"), QStringLiteral("4111")}}));
        QVERIFY(!PaymentEdits::validate({{QStringLiteral("lines[0].quantity"), QStringLiteral("0")}}));
        QVERIFY(!PaymentEdits::validate({{QStringLiteral("customerCode"), QStringLiteral(" ")}}));
        QVERIFY(!PaymentEdits::validate({}));
        // A currency with no decimals cannot hold 10.00 GBP's pence.
        p.amount = Money(1050, Currency::of("GBP"));
        p.lines.clear();
        QVERIFY(!PaymentEdits::apply(p, {{QStringLiteral("currency"), QStringLiteral("JPY")}}));
        const auto fields = PaymentEdits::fieldsOf(p);
        QVERIFY(std::any_of(fields.cbegin(), fields.cend(), [](const auto& f) {
            return f.path == QLatin1String("amount") && f.value == QLatin1String("10.50") && f.money;
        }));
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "TestMonitor.moc"
