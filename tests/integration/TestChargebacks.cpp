// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Chargebacks on SQLite (chargebacks_sqlite) and PostgreSQL (chargebacks_postgres): recorded by
// hand and imported from an acquirer's CSV, their states, who may change them, the alerts they
// raise, and the SYSPRO commands a loss queues.
#include "core/Clock.h"
#include "store/Alerts.h"
#include "store/AuditLog.h"
#include "store/ChargebackCommands.h"
#include "store/ChargebackCsv.h"
#include "store/Chargebacks.h"
#include "store/Database.h"
#include "store/Ledger.h"
#include "store/Outbox.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace bridge;
using namespace bridge::store;
using namespace Qt::StringLiterals;
using bridge::test::TestDatabase;

namespace {

const RoleSet kPreparer{Role::Preparer};
const RoleSet kApprover{Role::Approver};
const RoleSet kViewer{Role::Viewer};

ChargebackPosting posting()
{
    return ChargebackPosting{u"7900"_s, u"1000"_s, u"GEN"_s};
}

Money gbp(qint64 minor)
{
    return Money(minor, Currency::of("GBP"));
}

template <typename T>
QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

/// Two payments the bridge posted: TXN-PAID-1 (100.00 GBP, CUST01), TXN-PAID-2 (50.00 GBP, CUST02).
void seedPayments(Database& db)
{
    const Result<void> ok = db.write([&db](QSqlDatabase& tx) -> Result<void> {
        for (const auto& [id, vendor, customer, minor] :
             {std::tuple{u"TXN-PAID-1"_s, u"shop-0001"_s, u"CUST01"_s, 10000},
              std::tuple{u"TXN-PAID-2"_s, u"shop-0002"_s, u"CUST02"_s, 5000}}) {
            LedgerPayment p;
            p.transactionId = id;
            p.vendorTxCode = vendor;
            p.customer = customer;
            p.amount = gbp(minor);
            p.status = u"OK"_s;
            p.occurredAt = 1'700'000'000'000;
            if (Result<Ledger::Recorded> r = Ledger::recordPayment(tx, db.isPostgres(), 1'700'000'000'000, p); !r) {
                return fail(r.error());
            }
        }
        return {};
    });
    QVERIFY2(ok, qPrintable(errorOf(ok)));
}

NewChargeback chargeback(const QString& transaction, const QString& reference, qint64 amount, qint64 fee = 0)
{
    NewChargeback c;
    c.transactionId = transaction;
    c.acquirer = u"Elavon"_s;
    c.acquirerReference = reference;
    c.amount = gbp(amount);
    c.fee = gbp(fee);
    c.reasonCode = u"4837"_s;
    c.reason = u"No cardholder authorisation"_s;
    return c;
}

int openChargebackAlerts(const std::shared_ptr<Database>& db)
{
    const auto open = Alerts(db).list(true, 1000);
    return int(std::count_if(open->begin(), open->end(),
                             [](const Alert& a) { return a.kind == QLatin1String("chargeback"); }));
}

QByteArray sampleCsv()
{
    QFile f(QStringLiteral(BRIDGE_TEST_DATA_DIR "/chargebacks/acquirer-sample.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

QJsonObject payloadOf(const OutboxCommand& c)
{
    return QJsonDocument::fromJson(c.payload.toUtf8()).object();
}

QString fieldOf(const QJsonArray& fields, const QString& target)
{
    for (const QJsonValue& f : fields) {
        if (f[u"target"_s].toString() == target) {
            const QJsonValue v = f[u"value"_s];
            return v.isObject() ? QString::number(v[u"minor"_s].toInteger()) : v.toString();
        }
    }
    return {};
}

} // namespace

class TestChargebacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordByHand()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedPayments(*t.database());
        ManualClock clock;
        Chargebacks chargebacks(t.database(), posting(), clock);

        const Result<qint64> id =
            chargebacks.record(chargeback(u"TXN-PAID-1"_s, u"ELV-1"_s, 2500, 1500), u"priya"_s, kPreparer);
        QVERIFY2(id, qPrintable(errorOf(id)));
        const auto found = chargebacks.find(*id);
        QVERIFY(found && found->has_value());
        const Chargeback& c = **found;
        QCOMPARE(c.state, ChargebackState::Received);
        QCOMPARE(c.customer, u"CUST01"_s); // from the ledger's payment
        QCOMPARE(c.vendorTxCode, u"shop-0001"_s);
        QCOMPARE(c.amount, gbp(2500));
        QCOMPARE(c.fee, gbp(1500));
        QCOMPARE(c.receivedBy, u"priya"_s);
        QCOMPARE(c.receivedAt, clock.nowMsecs());
        QCOMPARE(c.source, u"manual"_s);
        QVERIFY(c.receivedOn.isValid());

        // Audited, and an alert about it.
        const auto audit = AuditLog(t.database()).recent(5);
        QVERIFY(audit && !audit->isEmpty());
        QCOMPARE(audit->first().action, u"chargeback.recorded"_s);
        QCOMPARE(audit->first().subject, u"chargeback:%1"_s.arg(*id));
        QCOMPARE(audit->first().actor, u"priya"_s);
        const auto alerts = Alerts(t.database()).list(true, 10);
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->first().kind, u"chargeback"_s);
        QCOMPARE(alerts->first().subject, u"chargeback:%1"_s.arg(*id));
        QVERIFY2(alerts->first().message.contains(u"ELV-1"_s) && alerts->first().message.contains(u"25.00 GBP"_s),
                 qPrintable(alerts->first().message));

        // The same acquirer reference again: refused, nothing changes.
        const Result<qint64> again =
            chargebacks.record(chargeback(u"TXN-PAID-1"_s, u"ELV-1"_s, 2500), u"priya"_s, kPreparer);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"already recorded"_s), qPrintable(again.error().message));
        QCOMPARE(chargebacks.list()->size(), 1);
        QCOMPARE(openChargebackAlerts(t.database()), 1);

        // A viewer may not record.
        const Result<qint64> viewer =
            chargebacks.record(chargeback(u"TXN-PAID-1"_s, u"ELV-2"_s, 100), u"vic"_s, kViewer);
        QVERIFY(!viewer);
        QCOMPARE(viewer.error().errorClass, ErrorClass::Security);

        // Bad input, each with its own reason.
        const struct {
            NewChargeback c;
            const char* says;
        } bad[] = {
            {chargeback(u"TXN-PAID-1"_s, u"ELV-3"_s, 10001), "more than transaction TXN-PAID-1"},
            {chargeback(u""_s, u"ELV-3"_s, 100), "transaction ID is missing"},
            {chargeback(u"TXN-PAID-1"_s, u""_s, 100), "reference is missing"},
            {chargeback(u"TXN-PAID-1"_s, u"R-1234567890123456789012345678"_s, 100), "at most 28"},
            {chargeback(u"TXN-PAID-1"_s, u"ELV-3"_s, 0), "above zero"},
            {chargeback(u"TXN-PAID-1"_s, u"4111111111111111"_s, 100), "card number"},
        };
        for (const auto& b : bad) {
            const Result<qint64> r = chargebacks.record(b.c, u"priya"_s, kPreparer);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QString::fromUtf8(b.says)), qPrintable(r.error().message));
        }
        NewChargeback euro = chargeback(u"TXN-PAID-1"_s, u"ELV-4"_s, 100);
        euro.amount = Money(100, Currency::of("EUR"));
        euro.fee = Money(0, Currency::of("EUR"));
        const Result<qint64> wrongCurrency = chargebacks.record(euro, u"priya"_s, kPreparer);
        QVERIFY(!wrongCurrency);
        QVERIFY2(wrongCurrency.error().message.contains(u"paid in GBP"_s), qPrintable(wrongCurrency.error().message));

        // A transaction the bridge never posted is recorded, without a customer.
        const Result<qint64> unknown =
            chargebacks.record(chargeback(u"TXN-NOT-POSTED"_s, u"ELV-5"_s, 700), u"priya"_s, kPreparer);
        QVERIFY2(unknown, qPrintable(errorOf(unknown)));
        QVERIFY((*chargebacks.find(*unknown))->customer.isEmpty());
        QCOMPARE(chargebacks.list()->size(), 2);
        QCOMPARE(chargebacks.list()->first().id, *unknown); // newest first

        // Several chargebacks of one payment cannot together exceed it (ELV-1 took 25.00 of 100.00).
        const Result<qint64> tooMuch =
            chargebacks.record(chargeback(u"TXN-PAID-1"_s, u"ELV-6"_s, 7501), u"priya"_s, kPreparer);
        QVERIFY(!tooMuch);
        QVERIFY2(tooMuch.error().message.contains(u"earlier ones"_s) && tooMuch.error().message.contains(u"25.00"_s),
                 qPrintable(tooMuch.error().message));
        QVERIFY(chargebacks.record(chargeback(u"TXN-PAID-1"_s, u"ELV-6"_s, 7500), u"priya"_s, kPreparer));
    }

    void importCsvWithBadLinesTwice()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedPayments(*t.database());
        Chargebacks chargebacks(t.database(), posting());
        const QByteArray csv = sampleCsv();
        QVERIFY(!csv.isEmpty());

        const Result<ChargebackImport> first = chargebacks.importCsv(
            csv, u"acquirer-sample.csv"_s, ChargebackCsvLayout::defaults(), {}, u"priya"_s, kPreparer);
        QVERIFY2(first, qPrintable(errorOf(first)));
        QCOMPARE(first->lines, 10);
        QCOMPARE(first->imported.size(), 3);
        QCOMPARE(first->alreadyKnown, 0);
        QList<int> refusedLines;
        QHash<int, QString> reasons;
        for (const auto& r : first->refused) {
            refusedLines.append(r.line);
            reasons.insert(r.line, r.reason);
        }
        QCOMPARE(refusedLines, (QList<int>{4, 5, 6, 7, 9, 10, 11}));
        QVERIFY2(reasons.value(4).contains(u"amount"_s), qPrintable(reasons.value(4)));
        QVERIFY2(reasons.value(5).contains(u"currency"_s), qPrintable(reasons.value(5)));
        QVERIFY2(reasons.value(6).contains(u"received_date"_s) && reasons.value(6).contains(u"yyyy-MM-dd"_s),
                 qPrintable(reasons.value(6)));
        QVERIFY2(reasons.value(7).contains(u"more than transaction TXN-PAID-1"_s), qPrintable(reasons.value(7)));
        QVERIFY2(reasons.value(9).contains(u"transaction ID is missing"_s), qPrintable(reasons.value(9)));
        QVERIFY2(reasons.value(10).contains(u"above zero"_s), qPrintable(reasons.value(10)));
        QVERIFY2(reasons.value(11).contains(u"cells"_s), qPrintable(reasons.value(11)));
        QCOMPARE(openChargebackAlerts(t.database()), 3);

        const auto list = chargebacks.list();
        QCOMPARE(list->size(), 3);
        const auto byRef = [&list](const QString& ref) {
            return *std::find_if(list->begin(), list->end(),
                                 [&ref](const Chargeback& c) { return c.acquirerReference == ref; });
        };
        QCOMPARE(byRef(u"ELV-1001"_s).amount, gbp(2500));
        QCOMPARE(byRef(u"ELV-1001"_s).fee, gbp(1500));
        QCOMPARE(byRef(u"ELV-1001"_s).reason, u"Fraud, card absent"_s);
        QCOMPARE(byRef(u"ELV-1001"_s).receivedOn, QDate(2026, 11, 2));
        QCOMPARE(byRef(u"ELV-1001"_s).source, u"import"_s);
        QCOMPARE(byRef(u"ELV-1002"_s).amount, gbp(1050));
        QCOMPARE(byRef(u"ELV-1002"_s).customer, u"CUST02"_s);
        QCOMPARE(byRef(u"ELV-1007"_s).reason, u"Said \"no\" to the order"_s);
        QCOMPARE(byRef(u"ELV-1007"_s).fee, gbp(250));

        // The same file again: every good line is already known; nothing new, no new alert.
        const Result<ChargebackImport> second = chargebacks.importCsv(
            csv, u"acquirer-sample.csv"_s, ChargebackCsvLayout::defaults(), {}, u"priya"_s, kPreparer);
        QVERIFY2(second, qPrintable(errorOf(second)));
        QCOMPARE(second->imported.size(), 0);
        QCOMPARE(second->alreadyKnown, 3);
        QCOMPARE(second->refused.size(), 7);
        QCOMPARE(chargebacks.list()->size(), 3);
        QCOMPARE(openChargebackAlerts(t.database()), 3);

        // A viewer may not import.
        const Result<ChargebackImport> viewer = chargebacks.importCsv(
            csv, u"acquirer-sample.csv"_s, ChargebackCsvLayout::defaults(), {}, u"vic"_s, kViewer);
        QVERIFY(!viewer);
        QCOMPARE(viewer.error().errorClass, ErrorClass::Security);
    }

    void importWithAConfiguredLayout()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedPayments(*t.database());
        Chargebacks chargebacks(t.database(), posting());
        const Result<ChargebackCsvLayout> layout = ChargebackCsvLayout::parse(
            u"transactionId=Txn; acquirerReference=Case ID\namount=Disputed Amount; currency=Ccy; "
            "receivedDate=Date; delimiter=semicolon; dateFormat=dd/MM/yyyy"_s);
        QVERIFY2(layout, qPrintable(errorOf(layout)));
        const QByteArray csv = "Case ID;Txn;Disputed Amount;Ccy;Date\n"
                               "W-1;TXN-PAID-2;12.00;gbp;03/11/2026\n"
                               "\n"
                               "W-2;\"TXN-PAID-1\";1.00;GBP;31/02/2026\n";
        const Result<ChargebackImport> r =
            chargebacks.importCsv(csv, u"worldpay.csv"_s, *layout, u"Worldpay"_s, u"priya"_s, kPreparer);
        QVERIFY2(r, qPrintable(errorOf(r)));
        QCOMPARE(r->imported.size(), 1);
        QCOMPARE(r->refused.size(), 1);
        QCOMPARE(r->refused.first().line, 4);
        const Chargeback c = chargebacks.list()->first();
        QCOMPARE(c.acquirer, u"Worldpay"_s);
        QCOMPARE(c.receivedOn, QDate(2026, 11, 3));
        QCOMPARE(c.amount, gbp(1200));

        // A file without a needed column is refused as a whole, naming the column and the setting.
        const Result<ChargebackImport> missing = chargebacks.importCsv(
            "Txn;Case ID;Ccy\nTXN-PAID-2;W-9;GBP\n", u"short.csv"_s, *layout, u"Worldpay"_s, u"priya"_s, kPreparer);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"\"Disputed Amount\""_s) &&
                     missing.error().message.contains(u"chargebacks/csvColumns"_s),
                 qPrintable(missing.error().message));
        // No acquirer column and no default acquirer: refused too.
        const Result<ChargebackImport> noAcquirer =
            chargebacks.importCsv("Case ID;Txn;Disputed Amount;Ccy\nW-3;TXN-PAID-2;1.00;GBP\n", u"x.csv"_s, *layout, {},
                                  u"priya"_s, kPreparer);
        QVERIFY(!noAcquirer);
        QVERIFY2(noAcquirer.error().message.contains(u"acquirer"_s), qPrintable(noAcquirer.error().message));

        // Layout texts that make no sense are refused with what to write instead.
        for (const QString& text : {u"amount"_s, u"colour=Red"_s, u"delimiter=pipe"_s, u"amount="_s}) {
            const Result<ChargebackCsvLayout> bad = ChargebackCsvLayout::parse(text);
            QVERIFY2(!bad, qPrintable(text));
            QVERIFY2(bad.error().message.contains(u"chargebacks/csvColumns"_s), qPrintable(bad.error().message));
        }
        // An unterminated quote refuses that line only.
        const Result<ChargebackCsvFile> file =
            ChargebackCsv::read("transaction_id,acquirer_reference,amount,currency\nT,R,1.00,GBP\nT,\"R2,1.00,GBP\n",
                                ChargebackCsvLayout::defaults(), false);
        QVERIFY(file);
        QCOMPARE(file->rows.size(), 1);
        QCOMPARE(file->problems.size(), 1);
        QCOMPARE(file->problems.first().line, 3);
    }

    void transitionsAndPermissions()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedPayments(*t.database());
        Chargebacks chargebacks(t.database(), posting());
        const qint64 a = *chargebacks.record(chargeback(u"TXN-PAID-1"_s, u"A"_s, 1000), u"priya"_s, kPreparer);
        const qint64 b = *chargebacks.record(chargeback(u"TXN-PAID-2"_s, u"B"_s, 1000), u"priya"_s, kPreparer);
        const qint64 c = *chargebacks.record(chargeback(u"TXN-PAID-2"_s, u"C"_s, 1000), u"sam"_s,
                                             RoleSet{Role::Preparer, Role::Approver});

        // Disputing needs a preparer; deciding an approver, and not the one who recorded it.
        QCOMPARE(chargebacks.setState(a, ChargebackState::Disputed, u"vic"_s, kViewer).error().errorClass,
                 ErrorClass::Security);
        QVERIFY(chargebacks.setState(a, ChargebackState::Disputed, u"priya"_s, kPreparer));
        const Result<void> again = chargebacks.setState(a, ChargebackState::Disputed, u"priya"_s, kPreparer);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"already disputed"_s), qPrintable(again.error().message));
        QCOMPARE(chargebacks.setState(a, ChargebackState::Won, u"priya"_s, kPreparer).error().errorClass,
                 ErrorClass::Security);
        const Result<void> own = chargebacks.setState(c, ChargebackState::Won, u"sam"_s, kApprover);
        QVERIFY(!own);
        QVERIFY2(own.error().message.contains(u"maker-checker"_s), qPrintable(own.error().message));
        QVERIFY(chargebacks.setState(a, ChargebackState::Won, u"sam"_s, kApprover));
        const Chargeback won = **chargebacks.find(a);
        QCOMPARE(won.state, ChargebackState::Won);
        QCOMPARE(won.disputedBy, u"priya"_s);
        QCOMPARE(won.decidedBy, u"sam"_s);
        QVERIFY(!won.debitNoteOutboxId); // a win posts nothing

        // Decided is final; received -> won directly is allowed.
        const Result<void> reopen = chargebacks.setState(a, ChargebackState::Lost, u"sam"_s, kApprover);
        QVERIFY(!reopen);
        QVERIFY2(reopen.error().message.contains(u"already won"_s), qPrintable(reopen.error().message));
        QVERIFY(!chargebacks.setState(a, ChargebackState::Received, u"sam"_s, kApprover));
        QVERIFY(chargebacks.setState(b, ChargebackState::Won, u"sam"_s, kApprover));
        const Result<void> unknown = chargebacks.setState(999, ChargebackState::Lost, u"sam"_s, kApprover);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(u"no chargeback 999"_s), qPrintable(unknown.error().message));

        // Every change is in the audit log.
        const auto audit = AuditLog(t.database()).recent(20);
        const int stateRows = int(std::count_if(audit->begin(), audit->end(), [](const AuditEntry& e) {
            return e.action == QLatin1String("chargeback.state");
        }));
        QCOMPARE(stateRows, 3);
        QVERIFY(AuditLog(t.database()).verify()->ok);
    }

    void lostQueuesTheDebitNoteAndABalancedFeeJournal()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        seedPayments(*t.database());
        Chargebacks chargebacks(t.database(), posting());
        const qint64 withFee =
            *chargebacks.record(chargeback(u"TXN-PAID-1"_s, u"ELV-77"_s, 2500, 1500), u"priya"_s, kPreparer);
        const qint64 noFee = *chargebacks.record(chargeback(u"TXN-PAID-2"_s, u"ELV-78"_s, 900), u"priya"_s, kPreparer);
        const qint64 unknown =
            *chargebacks.record(chargeback(u"TXN-NEVER"_s, u"ELV-79"_s, 900, 100), u"priya"_s, kPreparer);

        QVERIFY(chargebacks.setState(withFee, ChargebackState::Disputed, u"priya"_s, kPreparer));
        const Result<void> lost = chargebacks.setState(withFee, ChargebackState::Lost, u"sam"_s, kApprover);
        QVERIFY2(lost, qPrintable(errorOf(lost)));
        const Chargeback c = **chargebacks.find(withFee);
        QCOMPARE(c.state, ChargebackState::Lost);
        QVERIFY(c.debitNoteOutboxId && c.journalOutboxId);
        QCOMPARE(c.debitNoteStatus, u"pending"_s);

        Outbox outbox(t.database());
        const auto note = outbox.find(*c.debitNoteOutboxId);
        QVERIFY(note && note->has_value());
        QCOMPARE((*note)->commandKind, u"ARSTIN"_s);
        QCOMPARE((*note)->businessKey, u"CBELV-77"_s);
        QCOMPARE((*note)->orderingKey, u"txn:TXN-PAID-1"_s);
        QCOMPARE((*note)->transactionId, u"TXN-PAID-1"_s);
        const QJsonArray noteFields = payloadOf(**note)[u"fields"_s].toArray();
        QCOMPARE(fieldOf(noteFields, u"Item.TransactionType"_s), u"D"_s);
        QCOMPARE(fieldOf(noteFields, u"Item.Customer"_s), u"CUST01"_s);
        QCOMPARE(fieldOf(noteFields, u"Item.Reference"_s), u"CBELV-77"_s);
        QCOMPARE(fieldOf(noteFields, u"Item.InvoiceValue"_s), u"2500"_s);

        const auto journal = outbox.find(*c.journalOutboxId);
        QVERIFY(journal && journal->has_value());
        QCOMPARE((*journal)->commandKind, u"GENTJL"_s);
        QCOMPARE((*journal)->businessKey, u"CBELV-77"_s);
        QCOMPARE((*journal)->orderingKey, u"txn:TXN-PAID-1"_s);
        const QJsonArray lines = payloadOf(**journal)[u"lines"_s].toArray();
        QCOMPARE(lines.size(), 2);
        qint64 sum = 0;
        QHash<QString, qint64> byLedger;
        for (const QJsonValue& line : lines) {
            const qint64 amount = fieldOf(line.toArray(), u"EntryAmount"_s).toLongLong();
            sum += amount;
            byLedger.insert(fieldOf(line.toArray(), u"LedgerCode"_s), amount);
        }
        QCOMPARE(sum, qint64(0));                           // balanced
        QCOMPARE(byLedger.value(u"7900"_s), qint64(1500));  // debit the fee expense
        QCOMPARE(byLedger.value(u"1000"_s), qint64(-1500)); // credit the bank

        // No fee, no journal.
        QVERIFY(chargebacks.setState(noFee, ChargebackState::Lost, u"sam"_s, kApprover));
        const Chargeback n = **chargebacks.find(noFee);
        QVERIFY(n.debitNoteOutboxId);
        QVERIFY(!n.journalOutboxId);
        QCOMPARE((*outbox.find(*n.debitNoteOutboxId))->orderingKey, u"txn:TXN-PAID-2"_s);

        // No customer known: the loss is refused and nothing is queued.
        const Result<void> noCustomer = chargebacks.setState(unknown, ChargebackState::Lost, u"sam"_s, kApprover);
        QVERIFY(!noCustomer);
        QVERIFY2(noCustomer.error().message.contains(u"never posted"_s), qPrintable(noCustomer.error().message));
        QCOMPARE((*chargebacks.find(unknown))->state, ChargebackState::Received);
        QCOMPARE(outbox.countByStatus()->value(u"pending"_s), qint64(3));
    }

    void unbalancedJournalIsNeverQueued()
    {
        const Result<QJsonObject> unbalanced = ChargebackCommands::journal(
            u"X-1"_s, QDate(2026, 11, 3), u"test"_s, {{u"7900"_s, gbp(1500), {}}, {u"1000"_s, gbp(-1400), {}}});
        QVERIFY(!unbalanced);
        QCOMPARE(unbalanced.error().code, u"chargeback.journal_unbalanced"_s);
        QVERIFY2(unbalanced.error().message.contains(u"1.00 GBP"_s), qPrintable(unbalanced.error().message));
        const Result<QJsonObject> oneSided =
            ChargebackCommands::journal(u"X-1"_s, QDate(2026, 11, 3), u"test"_s, {{u"7900"_s, gbp(1500), {}}});
        QVERIFY(!oneSided);
        const Result<QJsonObject> mixed = ChargebackCommands::journal(
            u"X-1"_s, QDate(2026, 11, 3), u"test"_s,
            {{u"7900"_s, gbp(1500), {}}, {u"1000"_s, Money(-1500, Currency::of("EUR")), {}}});
        QVERIFY(!mixed);
        const Result<QJsonObject> balanced =
            ChargebackCommands::feeJournal(u"X-1"_s, gbp(1500), QDate(2026, 11, 3), posting(), u"TXN"_s);
        QVERIFY2(balanced, qPrintable(errorOf(balanced)));
    }
};

QTEST_GUILESS_MAIN(TestChargebacks)
#include "TestChargebacks.moc"
