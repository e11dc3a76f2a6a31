// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The engine's pure stages: reading intake sources into the canonical payment, and turning
// mapped commands into the SYSPRO documents (and XmlIn) the poster sends.
#include "engine/ErpDocuments.h"
#include "engine/EventNormaliser.h"
#include "mapping/MappingDocument.h"
#include "mapping/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bridge;
using namespace bridge::engine;

namespace {

CanonicalPayment payment()
{
    CanonicalPayment p;
    p.source = QStringLiteral("shop-event");
    p.sourceEventId = QStringLiteral("evt-1");
    p.vendorTxCode = QStringLiteral("demo-shop-1-000001-1");
    p.transactionId = QStringLiteral("2B97808F-9A36-6E71-F87F-6714667E8AF4");
    p.amount = Money(4999, Currency::of("GBP"));
    p.createdAt = QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::UTC);
    p.lines = {
        PaymentOrderLine{QStringLiteral("MUG-01"), QStringLiteral("Enamel mug"), 2, Money(1250, Currency::of("GBP"))},
        PaymentOrderLine{QStringLiteral("TEE-02"), QStringLiteral("T-shirt"), 1, Money(2499, Currency::of("GBP"))}};
    return p;
}

QList<QJsonObject> mapped(const CanonicalPayment& p,
                          const QString& mappingFile = QStringLiteral(":/mappings/default.json"))
{
    const auto doc = mapping::MappingDocument::fromFile(mappingFile);
    const auto evaluator = mapping::MappingEvaluator::create(*doc);
    const auto commands = evaluator->evaluate(p.toJson());
    QList<QJsonObject> out;
    for (const auto& c : *commands) {
        out.append(c.toJson());
    }
    return out;
}

store::InboxEvent shopEvent(const QJsonObject& body)
{
    store::InboxEvent e;
    e.id = 7;
    e.source = QStringLiteral("shop-event");
    e.sourceEventId = body.value(QStringLiteral("eventId")).toString();
    e.payload = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return e;
}

QJsonObject eventBody(const QString& type, const QString& status, qint64 amount)
{
    QJsonObject payment{{QStringLiteral("vendorTxCode"), QStringLiteral("V-1")},
                        {QStringLiteral("transactionId"), QStringLiteral("T-1")},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("statusCode"), QStringLiteral("0000")},
                        {QStringLiteral("amount"), amount},
                        {QStringLiteral("currency"), QStringLiteral("GBP")}};
    if (type == QLatin1String("refund.completed")) {
        payment.insert(QStringLiteral("referenceTransactionId"), QStringLiteral("T-0"));
    }
    return QJsonObject{
        {QStringLiteral("eventId"), QStringLiteral("evt-9")},
        {QStringLiteral("type"), type},
        {QStringLiteral("occurredAt"), QStringLiteral("2026-11-21T10:00:00Z")},
        {QStringLiteral("shop"), QStringLiteral("s")},
        {QStringLiteral("order"),
         QJsonObject{{QStringLiteral("orderId"), QStringLiteral("O-1")},
                     {QStringLiteral("accountCode"), QStringLiteral("C00010")},
                     {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("MUG-01")},
                                                                      {QStringLiteral("quantity"), 2},
                                                                      {QStringLiteral("unitPrice"), 1250}}}},
                     {QStringLiteral("total"), 2500},
                     {QStringLiteral("currency"), QStringLiteral("GBP")}}},
        {QStringLiteral("payment"), payment}};
}

} // namespace

class TestErpDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultMappingGivesOrderAndReceipt()
    {
        const QList<QJsonObject> commands = mapped(payment());
        QCOMPARE(commands.size(), 2);
        QCOMPARE(ErpDocuments::businessKey(commands.at(0)).value(), QStringLiteral("demo-shop-1-000001-1"));
        QCOMPARE(ErpDocuments::customer(commands.at(0)), QStringLiteral("WEB001"));
        QCOMPARE(ErpDocuments::stockCodes(commands.at(0)),
                 (QStringList{QStringLiteral("MUG-01"), QStringLiteral("TEE-02")}));
        QCOMPARE(ErpDocuments::orderStatus(commands.at(0)), QStringLiteral("1"));
        const auto order = ErpDocuments::salesOrder(commands.at(0));
        QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
        QCOMPARE(order->alternateReference, payment().transactionId);
        QCOMPARE(order->lines.size(), 2);
        const auto xml = ErpDocuments::xmlIn(commands.at(0), syspro::FieldLimits{});
        QVERIFY2(xml, qPrintable(xml ? QString() : xml.error().message));
        QVERIFY(xml->contains(QStringLiteral("<CustomerPoNumber>demo-shop-1-000001-1</CustomerPoNumber>")));
        QVERIFY(xml->contains(QStringLiteral("<AlternateReference>2B97808F-9A36-6E71-F87F-6714667E8AF4")));
        QVERIFY(xml->contains(QStringLiteral("<StockCode>MUG-01</StockCode>")));
        const auto receipt = ErpDocuments::receipt(commands.at(1));
        QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.error().message));
        QCOMPARE(receipt->paymentValue, Money(4999, Currency::of("GBP")));
        QCOMPARE(receipt->reference.size(), 30); // the 36-character transactionId, hashed to fit
    }

    void riskyPaymentsGoOnHold()
    {
        CanonicalPayment p = payment();
        p.riskScore = 80;
        QCOMPARE(ErpDocuments::orderStatus(mapped(p).at(0)), QStringLiteral("S"));
    }

    void refundBecomesCreditNote()
    {
        CanonicalPayment p = payment();
        p.transactionType = QStringLiteral("Refund");
        p.lines.clear();
        p.amount = Money(1000, Currency::of("GBP"));
        const QList<QJsonObject> commands = mapped(p);
        QCOMPARE(commands.size(), 1);
        const auto note = ErpDocuments::creditNote(commands.at(0));
        QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
        QCOMPARE(note->transactionType, QStringLiteral("C"));
        QCOMPARE(note->value, Money(1000, Currency::of("GBP")));
    }

    /// The stock-credit-notes template: a refund is a SORTCH header with one non-stocked SORTCL
    /// line for the amount, keyed by the refund's vendorTxCode.
    void refundBecomesStockCreditNote()
    {
        CanonicalPayment p = payment();
        p.transactionType = QStringLiteral("Refund");
        p.vendorTxCode = QStringLiteral("demo-shop-1-000001-1-R3");
        p.lines.clear();
        p.amount = Money(1000, Currency::of("GBP"));
        const QList<QJsonObject> commands = mapped(p, QStringLiteral(":/mappings/stock-credit-notes.json"));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.at(0).value(QStringLiteral("object")).toString(), QStringLiteral("SORTCH"));
        QCOMPARE(ErpDocuments::businessKey(commands.at(0)).value(), p.vendorTxCode);
        QCOMPARE(ErpDocuments::customer(commands.at(0)), QStringLiteral("WEB001"));
        const auto note = ErpDocuments::stockCreditNote(commands.at(0));
        QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
        QCOMPARE(note->customerPoNumber, p.vendorTxCode);
        QCOMPARE(note->creditNoteDate, QDate(2026, 11, 21));
        QCOMPARE(note->lines.size(), 1);
        QVERIFY(note->lines.at(0).stockCode.isEmpty());
        QCOMPARE(note->lines.at(0).price.toShortString(), QStringLiteral("10"));
        QCOMPARE(note->lines.at(0).nsProductClass, QStringLiteral("GEN"));
        const auto xml = ErpDocuments::xmlIn(commands.at(0), syspro::FieldLimits{});
        QVERIFY2(xml, qPrintable(xml ? QString() : xml.error().message));
        QVERIFY(xml->contains(QStringLiteral("<SOCreditNoteHeader>")));
        QVERIFY(xml->contains(QStringLiteral("<SOCreditNoteLine>")));
        QVERIFY(xml->contains(QStringLiteral("<NonStockedLine>Y</NonStockedLine>")));
    }

    /// A stock credit note with no lines, or a non-stocked line that does not say what it is,
    /// is refused before anything reaches SYSPRO, naming what to map.
    void stockCreditNoteNeedsItsLines()
    {
        CanonicalPayment p = payment();
        p.transactionType = QStringLiteral("Refund");
        p.lines.clear();
        QJsonObject command = mapped(p, QStringLiteral(":/mappings/stock-credit-notes.json")).at(0);
        QJsonArray line = command.value(QStringLiteral("lines")).toArray().at(0).toArray();
        command.insert(QStringLiteral("lines"), QJsonArray{});
        const auto empty = ErpDocuments::stockCreditNote(command);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, QStringLiteral("engine.command.no_lines"));
        QJsonArray withoutClass;
        for (const QJsonValue& f : std::as_const(line)) {
            if (f.toObject().value(QStringLiteral("target")).toString() != QLatin1String("NsProductClass")) {
                withoutClass.append(f);
            }
        }
        command.insert(QStringLiteral("lines"), QJsonArray{withoutClass});
        const auto unclassed = ErpDocuments::stockCreditNote(command);
        QVERIFY(!unclassed);
        QVERIFY2(unclassed.error().message.contains(QStringLiteral("NsProductClass")),
                 qPrintable(unclassed.error().message));
        QVERIFY(unclassed.error().message.contains(QStringLiteral("credit note line 1")));
    }

    void paymentWithoutLinesPostsOnlyTheReceipt()
    {
        CanonicalPayment p = payment();
        p.lines.clear();
        const QList<QJsonObject> commands = mapped(p);
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.at(0).value(QStringLiteral("object")).toString(), QStringLiteral("ARSTPY"));
    }

    void unknownTargetIsRefusedNotDropped()
    {
        QJsonObject command = mapped(payment()).at(0);
        QJsonArray fields = command.value(QStringLiteral("fields")).toArray();
        fields.append(QJsonObject{{QStringLiteral("target"), QStringLiteral("OrderHeader.Colour")},
                                  {QStringLiteral("value"), QStringLiteral("red")}});
        command.insert(QStringLiteral("fields"), fields);
        const auto order = ErpDocuments::salesOrder(command);
        QVERIFY(!order);
        QCOMPARE(order.error().code, QStringLiteral("engine.command.unknown_target"));
        QVERIFY(order.error().message.contains(QStringLiteral("OrderHeader.Colour")));
    }

    void missingKeyIsNamed()
    {
        QJsonObject command = mapped(payment()).at(1);
        QJsonArray fields;
        for (const QJsonValue& f : command.value(QStringLiteral("fields")).toArray()) {
            if (f.toObject().value(QStringLiteral("target")).toString() != QLatin1String("Payment.Reference")) {
                fields.append(f);
            }
        }
        command.insert(QStringLiteral("fields"), fields);
        const auto key = ErpDocuments::businessKey(command);
        QVERIFY(!key);
        QVERIFY(key.error().message.contains(QStringLiteral("Payment.Reference")));
    }

    /// The "GL journal only" template: a payment is one balanced GENTJL journal, keyed by its
    /// transactionId (hashed to 30), a debit to card clearing and a credit to sales.
    void glJournalOnlyGivesOneBalancedJournal()
    {
        const QList<QJsonObject> commands = mapped(payment(), QStringLiteral(":/mappings/gl-journal-only.json"));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.at(0).value(QStringLiteral("object")).toString(), QStringLiteral("GENTJL"));
        const auto key = ErpDocuments::businessKey(commands.at(0));
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(key->size(), 30);
        QVERIFY(key->startsWith(payment().transactionId.left(21)));
        QCOMPARE(ErpDocuments::customer(commands.at(0)), QString());
        const auto journal = ErpDocuments::journal(commands.at(0));
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message));
        QCOMPARE(journal->reference, *key);
        QCOMPARE(journal->journalDate, QDate(2026, 11, 21));
        QCOMPARE(journal->lines.size(), 2);
        QCOMPARE(journal->lines.at(0).ledgerCode, QStringLiteral("1200"));
        QCOMPARE(journal->lines.at(0).amount, Money(4999, Currency::of("GBP")));
        QCOMPARE(journal->lines.at(1).ledgerCode, QStringLiteral("4000"));
        QCOMPARE(journal->lines.at(1).amount, Money(-4999, Currency::of("GBP")));
        QCOMPARE(journal->lines.at(1).reference, *key);
        const auto xml = ErpDocuments::xmlIn(commands.at(0), syspro::FieldLimits{});
        QVERIFY2(xml, qPrintable(xml ? QString() : xml.error().message));
        QCOMPARE(xml->count(QStringLiteral("<JournalDetails>")), 2);
        QVERIFY(xml->contains(QStringLiteral("<JournalReference>%1</JournalReference>").arg(*key)));
        QVERIFY(xml->contains(QStringLiteral("<LedgerCode>1200</LedgerCode>")));
        QVERIFY(xml->contains(QStringLiteral("<LedgerCode>4000</LedgerCode>")));
        QVERIFY2(xml->contains(QStringLiteral("<EntryAmount>-49.99</EntryAmount>")), qPrintable(*xml));

        // An entry changed so that the journal no longer balances is refused before SYSPRO.
        QJsonObject unbalanced = commands.at(0);
        QJsonArray lines = unbalanced.value(QStringLiteral("lines")).toArray();
        lines.removeLast();
        unbalanced.insert(QStringLiteral("lines"), lines);
        const auto refused = ErpDocuments::journal(unbalanced);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("engine.command.unbalanced"));

        // A refund is the reverse journal, under the refund's own transactionId.
        CanonicalPayment refund = payment();
        refund.transactionType = QStringLiteral("Refund");
        refund.transactionId = QStringLiteral("R-77");
        refund.lines.clear();
        const QList<QJsonObject> reversed = mapped(refund, QStringLiteral(":/mappings/gl-journal-only.json"));
        QCOMPARE(reversed.size(), 1);
        const auto back = ErpDocuments::journal(reversed.at(0));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->reference, QStringLiteral("R-77"));
        QCOMPARE(back->lines.at(0).ledgerCode, QStringLiteral("4000"));
        QCOMPARE(back->lines.at(0).amount, Money(4999, Currency::of("GBP")));
        QCOMPARE(back->lines.at(1).amount, Money(-4999, Currency::of("GBP")));
    }

    /// GENTJL commands name the journal's header as SYSPRO and the GENTJL schema do
    /// (`Item.JournalReference`, …). Commands an earlier build queued say `Journal.*`: they are
    /// read the same, so nothing queued before an upgrade is lost.
    void journalHeaderNamesAndTheirLegacyAlias_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("Item (SYSPRO's names)") << QStringLiteral("Item.");
        QTest::newRow("Journal (queued by earlier builds)") << QStringLiteral("Journal.");
    }

    void journalHeaderNamesAndTheirLegacyAlias()
    {
        QFETCH(QString, prefix);
        auto field = [](const QString& target, const QJsonValue& value) {
            return QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("value"), value}};
        };
        auto amount = [](qint64 minor) {
            return QJsonObject{{QStringLiteral("minor"), minor}, {QStringLiteral("currency"), QStringLiteral("GBP")}};
        };
        const QJsonObject command{
            {QStringLiteral("object"), QStringLiteral("GENTJL")},
            {QStringLiteral("target"), QStringLiteral("journal")},
            {QStringLiteral("fields"),
             QJsonArray{field(prefix + QStringLiteral("JournalReference"), QStringLiteral("CB-77")),
                        field(prefix + QStringLiteral("JournalDate"), QStringLiteral("2026-01-12")),
                        field(prefix + QStringLiteral("Notation"), QStringLiteral("Chargeback fee")),
                        field(prefix + QStringLiteral("PostingYear"), 2026),
                        field(prefix + QStringLiteral("PostingPeriod"), 1)}},
            {QStringLiteral("lines"), QJsonArray{QJsonArray{field(QStringLiteral("LedgerCode"), QStringLiteral("7900")),
                                                            field(QStringLiteral("EntryAmount"), amount(1500))},
                                                 QJsonArray{field(QStringLiteral("LedgerCode"), QStringLiteral("1000")),
                                                            field(QStringLiteral("EntryAmount"), amount(-1500))}}}};
        QCOMPARE(ErpDocuments::businessKey(command).value(), QStringLiteral("CB-77"));
        const auto journal = ErpDocuments::journal(command);
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message));
        QCOMPARE(journal->reference, QStringLiteral("CB-77"));
        QCOMPARE(journal->journalDate, QDate(2026, 1, 12));
        QCOMPARE(journal->notation, QStringLiteral("Chargeback fee"));
        QCOMPARE(journal->postingYear, std::optional<int>(2026));
        QCOMPARE(journal->postingPeriod, std::optional<int>(1));
        QCOMPARE(journal->lines.size(), 2);
        QCOMPARE(journal->lines.at(1).amount, Money(-1500, Currency::of("GBP")));
        const auto xml = ErpDocuments::xmlIn(command, syspro::FieldLimits{});
        QVERIFY2(xml, qPrintable(xml ? QString() : xml.error().message));
        QVERIFY(xml->contains(QStringLiteral("<JournalReference>CB-77</JournalReference>")));
        QVERIFY(xml->contains(QStringLiteral("<JournalDate>2026-01-12</JournalDate>")));
    }

    /// The postable names are the schema's: a mapping that fills a GENTJL field the schema does
    /// not have is refused with the names it may use.
    void journalTargetsAreTheSchemasNames()
    {
        const ErpDocuments::PostableFields postable = ErpDocuments::postableFields(QStringLiteral("GENTJL"));
        const auto schema = mapping::Schema::builtIn(QStringLiteral("GENTJL"));
        QVERIFY(schema);
        for (const QString& header : postable.header) {
            QVERIFY2(schema->find(header), qPrintable(header));
        }
        for (const QString& line : postable.lines) {
            QVERIFY2(schema->find(QStringLiteral("Item.JournalDetails.") + line), qPrintable(line));
        }
        const QJsonObject command{
            {QStringLiteral("object"), QStringLiteral("GENTJL")},
            {QStringLiteral("target"), QStringLiteral("journal")},
            {QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("target"), QStringLiteral("Item.Colour")},
                                                              {QStringLiteral("value"), QStringLiteral("red")}}}}};
        const auto refused = ErpDocuments::journal(command);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("engine.command.unknown_target"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Item.JournalReference")));
    }

    void shopEventsAreNormalised()
    {
        const auto n = EventNormaliser::normalise(
            shopEvent(eventBody(QStringLiteral("payment.completed"), QStringLiteral("Ok"), 2500)));
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(n->payment.status, QStringLiteral("OK"));
        QCOMPARE(n->payment.amount, Money(2500, Currency::of("GBP")));
        QCOMPARE(n->payment.customerCode, QStringLiteral("C00010"));
        QCOMPARE(n->payment.lines.size(), 1);
        QCOMPARE(n->shopEventId, QStringLiteral("evt-9"));
        QVERIFY(n->needsPosting());

        const auto declined = EventNormaliser::normalise(
            shopEvent(eventBody(QStringLiteral("payment.failed"), QStringLiteral("NotAuthed"), 2500)));
        QCOMPARE(declined->payment.status, QStringLiteral("NOTAUTHED"));
        QVERIFY(!declined->needsPosting());

        const auto refund = EventNormaliser::normalise(
            shopEvent(eventBody(QStringLiteral("refund.completed"), QStringLiteral("Ok"), 900)));
        QVERIFY(refund->isRefund());
        QCOMPARE(refund->originalTransactionId, QStringLiteral("T-0"));
    }

    void reportingStatesAreClassic()
    {
        QCOMPARE(EventNormaliser::statusFromTxState(16), QStringLiteral("OK"));
        QCOMPARE(EventNormaliser::statusFromTxState(12), QStringLiteral("NOTAUTHED"));
        QCOMPARE(EventNormaliser::statusFromTxState(7), QStringLiteral("INPROGRESS"));
        QCOMPARE(EventNormaliser::statusFromPi(QStringLiteral("Ok")), QStringLiteral("OK"));
    }

    void unknownSourceIsAClearError()
    {
        store::InboxEvent e;
        e.id = 3;
        e.source = QStringLiteral("fax");
        const auto n = EventNormaliser::normalise(e);
        QVERIFY(!n);
        QVERIFY(n.error().message.contains(QStringLiteral("fax")));
    }
};

QTEST_GUILESS_MAIN(TestErpDocuments)
#include "TestErpDocuments.moc"
