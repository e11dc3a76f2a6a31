// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "SysproTestFixture.h"

#include "syspro/SysproErrors.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace bridge::syspro;
using namespace bridge::syspro::test;

namespace {
Money gbp(qint64 pence)
{
    return Money(pence, Currency::of("GBP"));
}

ArPayment receipt(const QString& reference, const QString& invoice, qint64 pence)
{
    ArPayment p;
    p.customer = QStringLiteral("WEB001");
    p.paymentValue = gbp(pence);
    p.reference = reference;
    p.paymentDate = QDate(2026, 1, 15);
    p.bank = QStringLiteral("CARD");
    if (!invoice.isEmpty()) {
        p.invoices.append({invoice, gbp(pence), QStringLiteral("I")});
    } else {
        p.unapplied = gbp(pence);
    }
    return p;
}

GlJournal journal(const QString& reference, qint64 debit, qint64 credit)
{
    GlJournal j;
    j.journalDate = QDate(2026, 1, 15);
    j.reference = reference;
    j.notation = QStringLiteral("Opayo settlement fees");
    j.lines.append({QStringLiteral("7900"), gbp(debit), reference, QStringLiteral("fees")});
    j.lines.append({QStringLiteral("1200"), gbp(-credit), reference, QStringLiteral("clearing")});
    return j;
}

std::optional<Result<ReceiptOutcome>> postReceipt(SysproClient& client, const ArPayment& p)
{
    return await<ReceiptOutcome>([&](QObject* ctx, auto done) { client.postReceipt(p, {}, ctx, done); });
}
} // namespace

class TestSysproPostings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiptAgainstInvoiceUpdatesBalances()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = postReceipt(*rig->client, receipt(QStringLiteral("OPY-TX-1"), QStringLiteral("100466"), 2545));
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->route, ReceiptOutcome::Route::ArPayment);
        QCOMPARE((*r)->detail, QStringLiteral("1"));
        QCOMPARE(rig->sandbox->company().invoices.value(QStringLiteral("100466")).balance, 0);
        QCOMPARE(rig->sandbox->company().customers.value(QStringLiteral("WEB001")).balance, 0);
        // Findable again by its reference (what the poster asks after an unknown outcome).
        FindQuery q;
        q.tableName = QStringLiteral("ArCshJnlDet");
        q.where = {FindCondition{QStringLiteral("Reference"), QStringLiteral("EQ"), QStringLiteral("OPY-TX-1")}};
        const auto found = await<FindResult>([&](QObject* ctx, auto done) { rig->client->find(q, ctx, done); });
        SYSPRO_VERIFY_OK(found);
        QCOMPARE((*found)->rows.size(), 1);
        QCOMPARE((*found)->rows.first().value(u"NetValue"), QStringLiteral("25.45"));
    }

    void unappliedReceiptCreatesACreditBalance()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        SYSPRO_VERIFY_OK(postReceipt(*rig->client, receipt(QStringLiteral("OPY-TX-2"), QString(), 1000)));
        QCOMPARE(rig->sandbox->company().payments.size(), 1);
        QCOMPARE(rig->sandbox->company().customers.value(QStringLiteral("WEB001")).balance, 1545);
        QCOMPARE(rig->sandbox->company().invoices.value(QStringLiteral("_CRD01")).balance, -1000);
    }

    void receiptAgainstMissingInvoiceIsRejected()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = postReceipt(*rig->client, receipt(QStringLiteral("OPY-TX-3"), QStringLiteral("999999"), 100));
        QVERIFY(r.has_value() && !r->has_value());
        QCOMPARE(r->error().code, codes::business);
        QVERIFY2(r->error().message.contains(QStringLiteral("999999")), qPrintable(r->error().message));
        QCOMPARE(rig->sandbox->company().customers.value(QStringLiteral("WEB001")).balance, 2545);
    }

    void unlicensedReceiptWithoutFallbackIsAClearError()
    {
        sandbox::syspro::SysproSandboxConfig config;
        config.licensed.remove(QStringLiteral("ARSTPY"));
        auto rig = SysproRig::start(config);
        QVERIFY(rig);
        const auto r = postReceipt(*rig->client, receipt(QStringLiteral("OPY-TX-4"), QStringLiteral("100466"), 2545));
        QVERIFY(r.has_value() && !r->has_value());
        QCOMPARE(r->error().code, codes::notLicensed);
        QVERIFY(r->error().message.contains(QStringLiteral("Settings")));
        QCOMPARE(rig->client->licenceReport().states.value(QStringLiteral("ARSTPY")),
                 LicenceReport::State::NotLicensed);
    }

    void unlicensedReceiptGoesToTheExportFile()
    {
        QTemporaryDir dir;
        sandbox::syspro::SysproSandboxConfig config;
        config.licensed.remove(QStringLiteral("ARSTPY"));
        auto rig = SysproRig::start(config, [&dir](SysproConfig& c) {
            c.receiptFallback = ReceiptFallback::ExportFile;
            c.receiptExportDirectory = dir.path();
        });
        QVERIFY(rig);
        const ArPayment p = receipt(QStringLiteral("OPY-TX-5"), QStringLiteral("100466"), 2545);
        const auto r = postReceipt(*rig->client, p);
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->route, ReceiptOutcome::Route::ExportFile);
        SYSPRO_VERIFY_OK(postReceipt(*rig->client, p)); // a replay does not write it twice
        QFile file((*r)->detail);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QCOMPARE(content.count(QStringLiteral("OPY-TX-5")), 1);
        QVERIFY(content.contains(QStringLiteral("WEB001,OPY-TX-5,2026-01-15,25.45,GBP")));
    }

    void unlicensedReceiptBecomesABalancedJournal()
    {
        sandbox::syspro::SysproSandboxConfig config;
        config.licensed.remove(QStringLiteral("ARSTPY"));
        auto rig = SysproRig::start(config, [](SysproConfig& c) {
            c.receiptFallback = ReceiptFallback::GlJournal;
            c.bankLedgerCode = QStringLiteral("1000");
            c.arControlLedgerCode = QStringLiteral("1100");
        });
        QVERIFY(rig);
        // Probe first: the fallback is chosen without calling ARSTPY at all.
        const auto report =
            await<LicenceReport>([&](QObject* ctx, auto done) { rig->client->probeLicences(ctx, done); });
        SYSPRO_VERIFY_OK(report);
        QCOMPARE((*report)->withState(LicenceReport::State::NotLicensed), QStringList{QStringLiteral("ARSTPY")});
        QCOMPARE((*report)->withState(LicenceReport::State::Licensed).size(), 10);
        QVERIFY((*report)->describe().join(QLatin1Char('\n')).contains(QStringLiteral("fallback")));
        const auto r = postReceipt(*rig->client, receipt(QStringLiteral("OPY-TX-6"), QStringLiteral("100466"), 2545));
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->route, ReceiptOutcome::Route::GlJournal);
        QCOMPARE((*r)->detail, QStringLiteral("2026/1/1"));
        QCOMPARE(rig->sandbox->company().ledgers.value(QStringLiteral("1000")).balance, 2545);
        QCOMPARE(rig->sandbox->company().ledgers.value(QStringLiteral("1100")).balance, -2545);
        QCOMPARE(rig->sandbox->company().journals.size(), 1);
    }

    void balancedJournalIsPosted()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = await<GlJournalKey>([&](QObject* ctx, auto done) {
            rig->client->postJournal(journal(QStringLiteral("SETTLE-1"), 320, 320), ctx, done);
        });
        SYSPRO_VERIFY_OK(r);
        QCOMPARE((*r)->glYear, 2026);
        QCOMPARE((*r)->glPeriod, 1);
        QCOMPARE((*r)->glJournal, QStringLiteral("1"));
        QCOMPARE(rig->sandbox->company().ledgers.value(QStringLiteral("7900")).balance, 320);
    }

    void unbalancedJournalIsRefusedBeforeSending()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        const auto r = await<GlJournalKey>([&](QObject* ctx, auto done) {
            rig->client->postJournal(journal(QStringLiteral("SETTLE-2"), 320, 300), ctx, done);
        });
        QVERIFY(r.has_value() && !r->has_value());
        QCOMPARE(r->error().code, codes::unbalanced);
        QVERIFY2(r->error().message.contains(QStringLiteral("difference 0.20")), qPrintable(r->error().message));
        QCOMPARE(rig->sandbox->businessObjectCalls(), quint64(0));
    }

    void closedPeriodAndUnknownLedgerAreRefusedBySyspro()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        GlJournal closed = journal(QStringLiteral("SETTLE-3"), 100, 100);
        closed.postingYear = 2025;
        closed.postingPeriod = 11;
        const auto r =
            await<GlJournalKey>([&](QObject* ctx, auto done) { rig->client->postJournal(closed, ctx, done); });
        QVERIFY(r.has_value() && !r->has_value());
        QVERIFY2(r->error().message.contains(QStringLiteral("closed")), qPrintable(r->error().message));
        GlJournal unknown = journal(QStringLiteral("SETTLE-4"), 100, 100);
        unknown.lines.first().ledgerCode = QStringLiteral("8888");
        const auto u =
            await<GlJournalKey>([&](QObject* ctx, auto done) { rig->client->postJournal(unknown, ctx, done); });
        QVERIFY(u.has_value() && !u->has_value());
        QVERIFY(u->error().message.contains(QStringLiteral("8888")));
        QVERIFY(rig->sandbox->company().journals.isEmpty());
    }

    void creditNoteHeaderAndLines()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        CreditNote note;
        note.customer = QStringLiteral("C00010");
        note.customerPoNumber = QStringLiteral("RFD-1");
        note.creditNoteDate = QDate(2026, 1, 15);
        note.lines.append({QStringLiteral("A100"),
                           QStringLiteral("Returned widget"),
                           QStringLiteral("FG"),
                           *FixedDecimal::parse(u"1", 6),
                           QStringLiteral("EA"),
                           *FixedDecimal::parse(u"10.5", 5),
                           {},
                           {},
                           {}});
        note.lines.append({QString(),
                           QStringLiteral("Goodwill \u00e9"),
                           QString(),
                           *FixedDecimal::parse(u"1", 6),
                           QStringLiteral("EA"),
                           *FixedDecimal::parse(u"2", 5),
                           {},
                           {},
                           QStringLiteral("SRV")});
        const auto r = await<QString>([&](QObject* ctx, auto done) { rig->client->postCreditNote(note, ctx, done); });
        SYSPRO_VERIFY_OK(r);
        const auto& doc = rig->sandbox->company().salesOrders.value(**r);
        QCOMPARE(doc.documentType, QStringLiteral("C"));
        QCOMPARE(doc.lines.size(), 2);
        QCOMPARE(doc.lines.at(0).value + doc.lines.at(1).value, 1250);
        QCOMPARE(doc.lines.at(1).description, QStringLiteral("Goodwill \u00e9"));

        CreditNote bad = note;
        bad.customer = QStringLiteral("NOBODY");
        const auto b = await<QString>([&](QObject* ctx, auto done) { rig->client->postCreditNote(bad, ctx, done); });
        QVERIFY(b.has_value() && !b->has_value());
        QVERIFY(b->error().message.contains(QStringLiteral("NOBODY")));
    }

    void arCreditNoteReducesTheBalance()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        ArDocument doc;
        doc.customer = QStringLiteral("C00010");
        doc.reference = QStringLiteral("RFD-2");
        doc.value = gbp(2000);
        doc.productClass = QStringLiteral("GEN");
        const auto r = await<QString>([&](QObject* ctx, auto done) { rig->client->postArDocument(doc, ctx, done); });
        SYSPRO_VERIFY_OK(r);
        QCOMPARE(rig->sandbox->company().customers.value(QStringLiteral("C00010")).balance, 10000);
        QCOMPARE(rig->sandbox->company().invoices.value(**r).balance, -2000);
        const auto info = await<CustomerInfo>(
            [&](QObject* ctx, auto done) { rig->client->queryCustomer(QStringLiteral("C00010"), ctx, done); });
        SYSPRO_VERIFY_OK(info);
        QCOMPARE((*info)->balance, std::optional<FixedDecimal>(*FixedDecimal::parse(u"100", 2)));
        QCOMPARE((*info)->name, QStringLiteral("Caf\u00e9 \u00c9lan Ltd"));
    }

    void customerAddAndUpdateRoundTripNonAscii()
    {
        auto rig = SysproRig::start();
        QVERIFY(rig);
        CustomerRecord c;
        c.customer = QStringLiteral("WEB900");
        c.name = QStringLiteral("Z\u00f6e's \u00a3 Shop & Co");
        c.currency = QStringLiteral("GBP");
        c.creditLimit = gbp(150000);
        const auto added = await<void>([&](QObject* ctx, auto done) { rig->client->addCustomer(c, ctx, done); });
        SYSPRO_VERIFY_OK(added);
        const auto again = await<void>([&](QObject* ctx, auto done) { rig->client->addCustomer(c, ctx, done); });
        QVERIFY(again.has_value() && !again->has_value());
        QVERIFY(again->error().message.contains(QStringLiteral("already exists")));
        c.onHold = true;
        c.name = QStringLiteral("Z\u00f6e \u20ac Shop");
        SYSPRO_VERIFY_OK(await<void>([&](QObject* ctx, auto done) { rig->client->updateCustomer(c, ctx, done); }));
        const auto info = await<CustomerInfo>(
            [&](QObject* ctx, auto done) { rig->client->queryCustomer(QStringLiteral("WEB900"), ctx, done); });
        SYSPRO_VERIFY_OK(info);
        QCOMPARE((*info)->name, QStringLiteral("Z\u00f6e \u20ac Shop"));
        QVERIFY((*info)->onHold);
        QCOMPARE((*info)->creditLimit, std::optional<FixedDecimal>(*FixedDecimal::parse(u"1500", 2)));
        CustomerRecord missing;
        missing.customer = QStringLiteral("NOPE");
        const auto m = await<void>([&](QObject* ctx, auto done) { rig->client->updateCustomer(missing, ctx, done); });
        QVERIFY(m.has_value() && !m->has_value());
        QVERIFY(m->error().message.contains(QStringLiteral("not found")));
    }
};

QTEST_GUILESS_MAIN(TestSysproPostings)
#include "TestSysproPostings.moc"
