// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// A lost chargeback, end to end: the shop pays through the Opayo sandbox, the engine posts the
// payment into the SYSPRO sandbox, a chargeback on it is recorded and marked lost, and the
// engine posts its ARSTIN debit note and its balanced GENTJL fee journal, once each. The checks
// read the SYSPRO sandbox's own state.
#include "demo/DemoHarness.h"
#include "engine/Engine.h"
#include "engine/ErpDocuments.h"
#include "sandbox/syspro/SbCompany.h"
#include "sandbox/syspro/SysproSandbox.h"
#include "store/Chargebacks.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {

struct Paid {
    QString transactionId;
    QString customer;
    Money amount{0, Currency::of("GBP")};
};

/// A GBP payment the engine posted (its customer is known to SYSPRO).
std::optional<Paid> postedPayment(store::Database& db)
{
    std::optional<Paid> paid;
    const Result<void> ok = db.read([&paid](QSqlDatabase& c) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(
            c, u"SELECT p.transaction_id, p.customer, p.amount_minor FROM payments p WHERE p.kind = 'payment' AND "
               "p.currency = 'GBP' AND p.customer IS NOT NULL AND EXISTS (SELECT 1 FROM ledger_links l WHERE "
               "l.transaction_id = p.transaction_id AND l.command_kind = 'ARSTPY') ORDER BY p.transaction_id"_s);
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            paid = Paid{q->value(0).toString(), q->value(1).toString(),
                        Money(q->value(2).toLongLong(), Currency::of("GBP"))};
        }
        return {};
    });
    return ok ? paid : std::nullopt;
}

int journalsWith(const sandbox::syspro::SbCompany& company, const QString& reference)
{
    return int(std::count_if(company.journals.begin(), company.journals.end(),
                             [&reference](const auto& j) { return j.reference == reference; }));
}

int invoicesWith(const sandbox::syspro::SbCompany& company, const QString& reference)
{
    return int(std::count_if(company.invoices.begin(), company.invoices.end(),
                             [&reference](const auto& i) { return i.reference == reference; }));
}

} // namespace

class TestChargebackPosting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentsOfTheCommands()
    {
        const Money fee(1500, Currency::of("GBP"));
        const store::ChargebackPosting posting{u"7900"_s, u"1000"_s, u"GEN"_s};
        const Result<QJsonObject> journal =
            store::ChargebackCommands::feeJournal(u"ELV-1"_s, fee, QDate(2026, 11, 3), posting, u"TXN-1"_s);
        QVERIFY(journal);
        QCOMPARE(engine::ErpDocuments::businessKey(*journal).value_or(QString()), u"CBELV-1"_s);
        const Result<syspro::GlJournal> gl = engine::ErpDocuments::journal(*journal);
        QVERIFY2(gl, qPrintable(gl ? QString() : gl.error().toString()));
        QCOMPARE(gl->reference, u"CBELV-1"_s);
        QCOMPARE(gl->lines.size(), 2);
        QCOMPARE(gl->lines.at(0).ledgerCode, u"7900"_s);
        QCOMPARE(gl->lines.at(0).amount, fee);
        QCOMPARE(gl->lines.at(1).ledgerCode, u"1000"_s);
        QCOMPARE(gl->lines.at(1).amount.minorUnits(), qint64(-1500));
        const Result<QString> xml = engine::ErpDocuments::xmlIn(*journal, syspro::FieldLimits{});
        QVERIFY2(xml && xml->contains(u"<JournalReference>CBELV-1</JournalReference>"_s),
                 qPrintable(xml ? *xml : xml.error().toString()));

        // An unbalanced GENTJL command is refused before it could be posted.
        QJsonObject unbalanced = *journal;
        QJsonArray lines = unbalanced[u"lines"_s].toArray();
        QJsonArray first = lines.at(0).toArray();
        first[1] = QJsonObject{{u"target"_s, u"EntryAmount"_s},
                               {u"value"_s, QJsonObject{{u"minor"_s, 1400}, {u"currency"_s, u"GBP"_s}}}};
        lines[0] = first;
        unbalanced[u"lines"_s] = lines;
        const Result<syspro::GlJournal> refused = engine::ErpDocuments::journal(unbalanced);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"does not balance"_s), qPrintable(refused.error().message));

        // The debit note is an ARSTIN document of type D.
        const Result<QJsonObject> note = store::ChargebackCommands::debitNote(
            u"CUST01"_s, u"ELV-1"_s, Money(2500, Currency::of("GBP")), QDate(2026, 11, 3), u"GEN"_s);
        QVERIFY(note);
        const Result<syspro::ArDocument> document = engine::ErpDocuments::creditNote(*note);
        QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
        QCOMPARE(document->transactionType, u"D"_s);
        QCOMPARE(document->reference, u"CBELV-1"_s);
        QCOMPARE(document->value.minorUnits(), qint64(2500));
        QVERIFY(engine::ErpDocuments::xmlIn(*note, syspro::FieldLimits{}));
    }

    void lostChargebackIsPostedOnce()
    {
        demo::DemoOptions options;
        options.events = 12;
        options.seed = 11;
        options.failureScenarios = false;
        demo::DemoHarness harness(options);
        QSignalSpy finished(&harness, &demo::DemoHarness::finished);
        const Result<void> started = harness.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QVERIFY(finished.wait(120'000));

        const std::optional<Paid> paid = postedPayment(*harness.database());
        QVERIFY2(paid, "the demo posted no GBP payment");
        auto& company = harness.syspro().company();
        const qint64 customerBefore = company.customers.value(paid->customer).balance;
        const qint64 feesBefore = company.ledgers.value(u"7900"_s).balance;
        const qint64 bankBefore = company.ledgers.value(u"1000"_s).balance;

        store::Chargebacks chargebacks(harness.database(), store::ChargebackPosting{u"7900"_s, u"1000"_s, u"GEN"_s});
        store::NewChargeback c;
        c.transactionId = paid->transactionId;
        c.acquirer = u"Elavon"_s;
        c.acquirerReference = u"ELV-E2E-1"_s;
        c.amount = paid->amount;
        c.fee = Money(1500, Currency::of("GBP"));
        c.reason = u"Fraud, card absent"_s;
        const Result<qint64> id = chargebacks.record(c, u"priya"_s, RoleSet{Role::Preparer});
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        QVERIFY(chargebacks.setState(*id, store::ChargebackState::Disputed, u"priya"_s, RoleSet{Role::Preparer}));
        const Result<void> lost =
            chargebacks.setState(*id, store::ChargebackState::Lost, u"sam"_s, RoleSet{Role::Approver});
        QVERIFY2(lost, qPrintable(lost ? QString() : lost.error().toString()));

        // The running engine posts both.
        const QString reference = u"CBELV-E2E-1"_s;
        QTRY_VERIFY_WITH_TIMEOUT(invoicesWith(company, reference) == 1 && journalsWith(company, reference) == 1,
                                 30'000);
        QTRY_VERIFY_WITH_TIMEOUT((*chargebacks.find(*id))->journalStatus == QLatin1String("done") &&
                                     (*chargebacks.find(*id))->debitNoteStatus == QLatin1String("done"),
                                 10'000);
        const store::Chargeback posted = **chargebacks.find(*id);
        QVERIFY(!posted.debitNoteDocument.isEmpty());
        QVERIFY2(posted.journalDocument.startsWith(u"GL journal "_s), qPrintable(posted.journalDocument));

        const auto note = std::find_if(company.invoices.begin(), company.invoices.end(),
                                       [&reference](const auto& i) { return i.reference == reference; });
        QCOMPARE(note->documentType, u"D"_s);
        QCOMPARE(note->customer, paid->customer);
        QCOMPARE(note->value, paid->amount.minorUnits());
        QCOMPARE(note->invoice, posted.debitNoteDocument);
        QCOMPARE(company.customers.value(paid->customer).balance, customerBefore + paid->amount.minorUnits());

        const auto journal = std::find_if(company.journals.begin(), company.journals.end(),
                                          [&reference](const auto& j) { return j.reference == reference; });
        qint64 sum = 0;
        for (const auto& e : journal->entries) {
            sum += e.amount;
        }
        QCOMPARE(sum, qint64(0)); // balanced in SYSPRO's books
        QCOMPARE(company.ledgers.value(u"7900"_s).balance, feesBefore + 1500);
        QCOMPARE(company.ledgers.value(u"1000"_s).balance, bankBefore - 1500);

        // An unknown outcome after SYSPRO took the journal: the poster looks it up
        // (GenJournalDetail by reference) and does not post it again.
        const Result<void> unknown = harness.database()->write([&posted](QSqlDatabase& tx) -> Result<void> {
            return asVoid(store::Database::exec(
                tx,
                u"UPDATE outbox SET status = 'unknown', next_attempt_at = 0, lease_owner = NULL, lease_until = NULL, "
                "document_key = NULL WHERE id = :id"_s,
                {{"id", *posted.journalOutboxId}}));
        });
        QVERIFY(unknown);
        QTRY_VERIFY_WITH_TIMEOUT((*chargebacks.find(*id))->journalStatus == QLatin1String("done"), 30'000);
        QCOMPARE((*chargebacks.find(*id))->journalDocument, posted.journalDocument);
        QTest::qWait(500);
        QCOMPARE(journalsWith(company, reference), 1);
        QCOMPARE(invoicesWith(company, reference), 1);

        QSignalSpy stopped(&harness, &demo::DemoHarness::stopped);
        harness.stop();
        QVERIFY(stopped.wait(30'000));
    }
};

QTEST_GUILESS_MAIN(TestChargebackPosting)
#include "TestChargebackPosting.moc"
