// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/CanonicalPayment.h"
#include "mapping/AddressStandardiser.h"
#include "mapping/ExchangeRates.h"
#include "mapping/MappingDocument.h"
#include "mapping/MappingEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;
using namespace bridge::mapping;

namespace {

CanonicalPayment samplePayment()
{
    CanonicalPayment p;
    p.source = QStringLiteral("shop-event");
    p.sourceEventId = QStringLiteral("evt-1");
    p.vendorTxCode = QStringLiteral("ORDER-2026-000042");
    p.transactionId = QStringLiteral("2B97808F-9A36-6E71-F87F-6714667E8AF4");
    p.status = QStringLiteral("OK");
    p.amount = Money(12999, Currency::of("EUR"));
    p.customerCode = QStringLiteral("cust042");
    p.customerEmail = QStringLiteral("anna@example.com");
    p.customerFirstName = QStringLiteral("Anna");
    p.customerLastName = QStringLiteral("Müller");
    p.shippingAddress = PostalAddress{QStringLiteral("  88   Baker   Street "),
                                      QStringLiteral("Flat 2"),
                                      QStringLiteral("London"),
                                      QString(),
                                      QStringLiteral("nw16xe"),
                                      QStringLiteral("GB")};
    p.cardType = QStringLiteral("Visa");
    p.cardLastFour = QStringLiteral("0006");
    p.createdAt = QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::UTC);
    p.lines = {PaymentOrderLine{QStringLiteral("a100 "), QStringLiteral("Widget"), 2, Money(4000, Currency::of("EUR"))},
               PaymentOrderLine{QStringLiteral("B200"), QStringLiteral("Gadget"), 1, Money(4999, Currency::of("EUR"))}};
    return p;
}

QJsonObject document(const QJsonArray& fields, const QJsonObject& extraTarget = {})
{
    QJsonObject target{{QStringLiteral("id"), QStringLiteral("t")},
                       {QStringLiteral("object"), QStringLiteral("SORTOI")},
                       {QStringLiteral("fields"), fields}};
    for (auto it = extraTarget.begin(); it != extraTarget.end(); ++it) {
        target.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("format"), MappingDocument::FormatName},
                       {QStringLiteral("schemaVersion"), 1},
                       {QStringLiteral("name"), QStringLiteral("test")},
                       {QStringLiteral("targets"), QJsonArray{target}}};
}

QJsonObject field(const QString& target, const QJsonArray& steps)
{
    return QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("steps"), steps}};
}

QJsonObject step(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// Evaluates one field's steps on the sample payment.
Result<MappedValue> evaluateSteps(const QJsonArray& steps, const CanonicalPayment& payment = samplePayment())
{
    Result<MappingDocument> doc = MappingDocument::fromJson(document({field(QStringLiteral("F"), steps)}));
    if (!doc) {
        return fail(doc.error());
    }
    Result<MappingEvaluator> evaluator = MappingEvaluator::create(*doc);
    if (!evaluator) {
        return fail(evaluator.error());
    }
    Result<QList<MappedCommand>> commands = evaluator->evaluate(payment.toJson());
    if (!commands) {
        return fail(commands.error());
    }
    return commands->first().value(QStringLiteral("F"));
}

} // namespace

class TestMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalPaymentRoundTrip()
    {
        const CanonicalPayment p = samplePayment();
        const auto back = CanonicalPayment::fromJson(p.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->amount, p.amount);
        QCOMPARE(back->lines, p.lines);
        QCOMPARE(back->createdAt, p.createdAt);
        QJsonObject withCard = p.toJson();
        withCard.insert(QStringLiteral("cardLastFour"), QStringLiteral("4111111111111111"));
        const auto refused = CanonicalPayment::fromJson(withCard);
        QVERIFY(!refused);
        QCOMPARE(refused.error().errorClass, ErrorClass::Security);
        QVERIFY(!refused.error().message.contains(QStringLiteral("4111")));
        QJsonObject fraction = p.toJson();
        fraction.insert(QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 10.5},
                                                              {QStringLiteral("currency"), QStringLiteral("GBP")}});
        QVERIFY(!CanonicalPayment::fromJson(fraction));
    }

    void pathConstantLookupAndText()
    {
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"vendorTxCode"})")})->asText(),
                 QStringLiteral("ORDER-2026-000042"));
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"lines[1].sku"})")})->asText(), QStringLiteral("B200"));
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"amount"})")})->asMoney(),
                 Money(12999, Currency::of("EUR")));
        QCOMPARE(evaluateSteps({step(R"({"type":"constant","value":42})")})->asInteger(), 42);
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"status"})"),
                                step(R"({"type":"lookup","table":{"ok":"Paid","PENDING":"Pending"}})")})
                     ->asText(),
                 QStringLiteral("Paid"));
        const auto missing = evaluateSteps(
            {step(R"({"type":"constant","value":"REJECTED"})"), step(R"({"type":"lookup","table":{"OK":"Paid"}})")});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("\"REJECTED\" is not in the lookup table")));
        QVERIFY(missing.error().message.startsWith(QStringLiteral("t.F:")));
        QCOMPARE(
            evaluateSteps({step(R"({"type":"path","path":"customerCode"})"), step(R"({"type":"upper"})")})->asText(),
            QStringLiteral("CUST042"));
        const auto noField = evaluateSteps({step(R"({"type":"path","path":"nope"})")});
        QVERIFY(noField.error().message.contains(QStringLiteral("no field nope")));
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"nope","optional":true})"),
                                step(R"({"type":"default","value":"X"})")})
                     ->asText(),
                 QStringLiteral("X"));
    }

    void hashToLengthKeepsWithinSysproLimits()
    {
        CanonicalPayment p = samplePayment();
        p.vendorTxCode = QStringLiteral("SHOPIFY-STORE-EU-2026-11-21-0000042");
        const auto v = evaluateSteps(
            {step(R"({"type":"path","path":"vendorTxCode"})"), step(R"({"type":"hashToLength","length":30})")}, p);
        QCOMPARE(v->asText().size(), 30);
        QVERIFY(v->asText().startsWith(QStringLiteral("SHOPIFY-STORE-EU-2026")));
        // Deterministic, and different codes stay different.
        QCOMPARE(
            evaluateSteps(
                {step(R"({"type":"path","path":"vendorTxCode"})"), step(R"({"type":"hashToLength","length":30})")}, p)
                ->asText(),
            v->asText());
        p.vendorTxCode = QStringLiteral("SHOPIFY-STORE-EU-2026-11-21-0000043");
        QVERIFY(
            evaluateSteps(
                {step(R"({"type":"path","path":"vendorTxCode"})"), step(R"({"type":"hashToLength","length":30})")}, p)
                ->asText() != v->asText());
    }

    void currencyConversionIsExactAndDated()
    {
        const QJsonObject convert = step(R"({"type":"currency","to":"GBP","rates":[
            {"from":"EUR","to":"GBP","rate":"0.8650","effective":"2026-01-01"},
            {"from":"EUR","to":"GBP","rate":"0.8700","effective":"2026-12-01"}]})");
        // 129.99 EUR × 0.8650 = 112.441350 → 112.44 GBP
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"amount"})"), convert})->asMoney(),
                 Money(11244, Currency::of("GBP")));
        CanonicalPayment later = samplePayment();
        later.createdAt = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
        // 129.99 × 0.8700 = 113.0913 → 113.09
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"amount"})"), convert}, later)->asMoney(),
                 Money(11309, Currency::of("GBP")));
        CanonicalPayment early = samplePayment();
        early.createdAt = QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
        const auto none = evaluateSteps({step(R"({"type":"path","path":"amount"})"), convert}, early);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("No EUR→GBP exchange rate is in force on 2025-06-01")));
        // Half-even happens once: 0.05 EUR at 0.5 = 0.025 → 0.02 (even), not 0.03.
        Result<ExchangeRates> rates = ExchangeRates::fromJson(
            QJsonArray{step(R"({"from":"EUR","to":"GBP","rate":"0.5","effective":"2026-01-01"})")},
            QStringLiteral("r"));
        QCOMPARE(rates->convert(Money(5, Currency::of("EUR")), Currency::of("GBP"), QDate(2026, 2, 1))->minorUnits(),
                 2);
        QCOMPARE(rates->convert(Money(7, Currency::of("EUR")), Currency::of("GBP"), QDate(2026, 2, 1))->minorUnits(),
                 4);
        // Exponents differ: 1000 JPY at 0.0053 GBP = 5.30 GBP.
        Result<ExchangeRates> yen = ExchangeRates::fromJson(
            QJsonArray{step(R"({"from":"JPY","to":"GBP","rate":"0.0053","effective":"2026-01-01"})"),
                       step(R"({"from":"GBP","to":"JPY","rate":"188.5","effective":"2026-01-01"})")},
            QStringLiteral("r"));
        QCOMPARE(yen->convert(Money(1000, Currency::of("JPY")), Currency::of("GBP"), QDate(2026, 3, 1))->minorUnits(),
                 530);
        QCOMPARE(yen->convert(Money(1050, Currency::of("GBP")), Currency::of("JPY"), QDate(2026, 3, 1))->minorUnits(),
                 1979); // 1979.25
        const auto badRate = ExchangeRates::fromJson(
            QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("EUR")},
                                   {QStringLiteral("to"), QStringLiteral("GBP")},
                                   {QStringLiteral("rate"), 0.865},
                                   {QStringLiteral("effective"), QStringLiteral("2026-01-01")}}},
            QStringLiteral("rates"));
        QVERIFY(!badRate);
        QVERIFY(badRate.error().message.contains(QStringLiteral("written as text")));
    }

    void addressStandardisation()
    {
        // An address step fills several target fields next to the one it is mapped to.
        const auto doc = MappingDocument::fromJson(document({field(
            QStringLiteral("OrderHeader.ShipAddress"),
            {step(
                R"({"type":"address","from":"shippingAddress","lines":["ShipAddress1","ShipAddress2","ShipAddress3"],"postalCode":"ShipPostalCode","case":"upper"})")})}));
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        const auto commands = MappingEvaluator::create(*doc)->evaluate(samplePayment().toJson());
        QVERIFY2(commands, qPrintable(commands ? QString() : commands.error().message));
        const MappedCommand& c = commands->first();
        QCOMPARE(c.value(QStringLiteral("OrderHeader.ShipAddress1")).asText(), QStringLiteral("88 BAKER STREET"));
        QCOMPARE(c.value(QStringLiteral("OrderHeader.ShipAddress2")).asText(), QStringLiteral("FLAT 2"));
        QCOMPARE(c.value(QStringLiteral("OrderHeader.ShipAddress3")).asText(), QStringLiteral("LONDON"));
        QCOMPARE(c.value(QStringLiteral("OrderHeader.ShipPostalCode")).asText(), QStringLiteral("NW1 6XE"));
        QVERIFY(c.value(QStringLiteral("OrderHeader.ShipAddress")).isNull());
        QCOMPARE(AddressStandardiser::formatPostcode(QStringLiteral("1012ab"), QStringLiteral("NL")).value(),
                 QStringLiteral("1012 AB"));
        QCOMPARE(AddressStandardiser::formatPostcode(QStringLiteral("941051234"), QStringLiteral("US")).value(),
                 QStringLiteral("94105-1234"));
        QVERIFY(!AddressStandardiser::formatPostcode(QStringLiteral("ABC"), QStringLiteral("GB")));
        // A long street wraps at word boundaries into 40-character lines.
        PostalAddress longAddress{QStringLiteral("Unit 14, The Old Biscuit Factory Business Centre, 100 Clements Road"),
                                  QString(),
                                  QStringLiteral("London"),
                                  QString(),
                                  QStringLiteral("SE16 4DG"),
                                  QStringLiteral("GB")};
        const auto s = AddressStandardiser::standardise(longAddress, {});
        QVERIFY(s);
        for (const QString& line : s->lines) {
            QVERIFY2(line.size() <= 40, qPrintable(line));
        }
        QCOMPARE(s->lines.join(QLatin1Char(' ')),
                 QStringLiteral("Unit 14, The Old Biscuit Factory Business Centre, 100 Clements Road London"));
        AddressStandardiser::Options two;
        two.maxLines = 2;
        const auto tooLong = AddressStandardiser::standardise(longAddress, two);
        QVERIFY(!tooLong);
        QVERIFY(tooLong.error().message.contains(QStringLiteral("needs 3 lines")));
    }

    void glDerivationAndConditions()
    {
        const QJsonObject gl = step(R"({"type":"glAccount","rules":[
            {"when":{"transactionType":"Refund"},"account":"4000-REF"},
            {"when":{"cardType":["Visa","MasterCard"],"currency":"EUR"},"account":"1100-EUR"}]})");
        QCOMPARE(evaluateSteps({gl})->asText(), QStringLiteral("1100-EUR"));
        CanonicalPayment refund = samplePayment();
        refund.transactionType = QStringLiteral("Refund");
        QCOMPARE(evaluateSteps({gl}, refund)->asText(), QStringLiteral("4000-REF"));
        CanonicalPayment amex = samplePayment();
        amex.cardType = QStringLiteral("AmericanExpress");
        const auto noRule = evaluateSteps({gl}, amex);
        QVERIFY(!noRule);
        QVERIFY(noRule.error().message.contains(QStringLiteral("cardType=AmericanExpress")));

        const QJsonObject suspense = step(
            R"({"type":"condition","if":{"all":[{"path":"riskScore","op":">=","value":70},{"path":"status","op":"in","value":["OK","PENDING"]}]},
            "then":[{"type":"constant","value":"S"}],"else":[{"type":"constant","value":"1"}]})");
        QCOMPARE(evaluateSteps({suspense})->asText(), QStringLiteral("1"));
        CanonicalPayment risky = samplePayment();
        risky.riskScore = 85;
        QCOMPARE(evaluateSteps({suspense}, risky)->asText(), QStringLiteral("S"));
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"createdDate"})"),
                                step(R"({"type":"formatDate","format":"dd/MM/yyyy"})")})
                     ->asText(),
                 QStringLiteral("21/11/2026"));
        QCOMPARE(
            evaluateSteps(
                {step(
                    R"({"type":"concat","separator":" ","parts":["Payment",[{"type":"path","path":"customerLastName"}],[{"type":"path","path":"nope","optional":true}]]})")})
                ->asText(),
            QStringLiteral("Payment Müller"));
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"transactionId"})"),
                                step(R"({"type":"substring","start":0,"length":8})")})
                     ->asText(),
                 QStringLiteral("2B97808F"));
    }

    /// negate: an amount, a whole number or a decimal text with its sign changed, exactly; nothing
    /// stays nothing; anything else is refused with what it got.
    void negateChangesTheSignExactly()
    {
        const QJsonObject negate = step(R"({"type":"negate"})");
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"amount"})"), negate})->asMoney(),
                 Money(-12999, Currency::of("EUR")));
        QCOMPARE(evaluateSteps({step(R"({"type":"path","path":"amount"})"), negate, negate})->asMoney(),
                 Money(12999, Currency::of("EUR")));
        QCOMPARE(evaluateSteps({step(R"({"type":"constant","value":42})"), negate})->asInteger(), -42);
        QCOMPARE(evaluateSteps({step(R"({"type":"constant","value":"10.50"})"), negate})->asText(), u"-10.50"_s);
        QCOMPARE(evaluateSteps({step(R"({"type":"constant","value":" -0.07 "})"), negate})->asText(), u"0.07"_s);
        // A decimal longer than any double holds exactly.
        QCOMPARE(
            evaluateSteps({step(R"({"type":"constant","value":"12345678901234567890.123456789"})"), negate})->asText(),
            u"-12345678901234567890.123456789"_s);
        QCOMPARE(evaluateSteps({step(R"({"type":"constant","value":"0.00"})"), negate})->asText(), u"0.00"_s);
        QVERIFY(evaluateSteps({step(R"({"type":"path","path":"nope","optional":true})"), negate})->isNull());
        const auto text = evaluateSteps({step(R"({"type":"path","path":"vendorTxCode"})"), negate});
        QVERIFY(!text);
        QVERIFY2(text.error().message.contains(u"cannot be negated"_s), qPrintable(text.error().message));
        const auto date = evaluateSteps({step(R"({"type":"constant","value":true})"), negate});
        QVERIFY(!date);
        QVERIFY2(date.error().message.contains(u"yes/no"_s) || date.error().message.contains(u"boolean"_s),
                 qPrintable(date.error().message));
    }

    /// "lines" as a list: several line groups, their lines one after the other in the groups'
    /// order, numbered together in messages. One group is written back as an object.
    void severalLineGroups()
    {
        const QJsonArray groups{
            QJsonObject{
                {u"from"_s, u"$"_s},
                {u"element"_s, u"Item.JournalDetails"_s},
                {u"note"_s, u"debit"_s},
                {u"fields"_s, QJsonArray{field(u"LedgerCode"_s, {step(R"({"type":"constant","value":"1200"})")}),
                                         field(u"EntryAmount"_s, {step(R"({"type":"path","path":"amount"})")})}}},
            QJsonObject{{u"from"_s, u"lines"_s},
                        {u"element"_s, u"Item.JournalDetails"_s},
                        {u"fields"_s, QJsonArray{field(u"LedgerCode"_s, {step(R"({"type":"path","path":"sku"})"),
                                                                         step(R"({"type":"trim"})")}),
                                                 field(u"EntryAmount"_s, {step(R"({"type":"path","path":"unitPrice"})"),
                                                                          step(R"({"type":"negate"})")})}}}};
        QJsonObject json =
            document({field(u"Item.JournalReference"_s, {step(R"({"type":"path","path":"vendorTxCode"})")})},
                     QJsonObject{{u"lines"_s, groups}});
        QJsonArray targets = json.value(u"targets"_s).toArray();
        QJsonObject t = targets.at(0).toObject();
        t.insert(u"object"_s, u"GENTJL"_s);
        targets.replace(0, t);
        json.insert(u"targets"_s, targets);
        const auto doc = MappingDocument::fromJson(json);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        QCOMPARE(doc->targets.at(0).lines.size(), 2);
        QCOMPARE(doc->targets.at(0).lines.at(0).note, u"debit"_s);
        QCOMPARE(MappingDocument::fromJson(doc->toJson())->toJson(), doc->toJson());
        QVERIFY(doc->toJson()[u"targets"_s][0][u"lines"_s].isArray());

        const auto evaluator = MappingEvaluator::create(*doc);
        QVERIFY(evaluator);
        const auto commands = evaluator->evaluate(samplePayment().toJson());
        QVERIFY2(commands, qPrintable(commands ? QString() : commands.error().message));
        const MappedCommand& c = commands->first();
        QCOMPARE(c.lineElement, u"Item.JournalDetails"_s);
        QCOMPARE(c.lines.size(), 3); // one from the payment, one per order line
        QCOMPARE(c.lineGroups, (QList<int>{0, 1, 1}));
        QCOMPARE(c.lines.at(0).at(0).value.asText(), u"1200"_s);
        QCOMPARE(c.lines.at(0).at(1).value.asMoney(), Money(12999, Currency::of("EUR")));
        QCOMPARE(c.lines.at(1).at(0).value.asText(), u"a100"_s);
        QCOMPARE(c.lines.at(1).at(1).value.asMoney(), Money(-4000, Currency::of("EUR")));
        QCOMPARE(c.lines.at(2).at(1).value.asMoney(), Money(-4999, Currency::of("EUR")));

        // One group in a list is one group; written back as an object, as before.
        json = document({field(u"A"_s, {step(R"({"type":"constant","value":"x"})")})},
                        QJsonObject{{u"lines"_s, QJsonArray{groups.at(0)}}});
        const auto one = MappingDocument::fromJson(json);
        QVERIFY(one);
        QVERIFY(one->toJson()[u"targets"_s][0][u"lines"_s].isObject());

        // Refusals name the group.
        QJsonObject otherList = groups.at(1).toObject();
        otherList.insert(u"element"_s, u"StockLine"_s);
        const auto mixed =
            MappingDocument::fromJson(document({field(u"A"_s, {step(R"({"type":"constant","value":"x"})")})},
                                               QJsonObject{{u"lines"_s, QJsonArray{groups.at(0), otherList}}}));
        QVERIFY(!mixed);
        QVERIFY2(mixed.error().message.startsWith(u"targets[0] (t).lines[1]: "_s), qPrintable(mixed.error().message));
        QVERIFY(mixed.error().message.contains(u"same list"_s));
        const auto empty = MappingDocument::fromJson(document(
            {field(u"A"_s, {step(R"({"type":"constant","value":"x"})")})}, QJsonObject{{u"lines"_s, QJsonArray{}}}));
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(u"list of line groups is empty"_s), qPrintable(empty.error().message));
        QJsonObject badStep = groups.at(1).toObject();
        badStep.insert(u"fields"_s, QJsonArray{field(u"LedgerCode"_s, {step(R"({"type":"explode"})")})});
        const auto bad =
            MappingDocument::fromJson(document({field(u"A"_s, {step(R"({"type":"constant","value":"x"})")})},
                                               QJsonObject{{u"lines"_s, QJsonArray{groups.at(0), badStep}}}));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.startsWith(u"targets[0] (t).lines[1].fields[0] (LedgerCode)"_s),
                 qPrintable(bad.error().message));
    }

    /// The "GL journal only" template: each authorised payment is one journal of two entries from
    /// the one payment, a debit and a credit of the same amount in GBP; a refund the reverse.
    void glJournalOnlyTemplateBalances()
    {
        const auto doc = MappingDocument::fromFile(u":/mappings/gl-journal-only.json"_s);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        QCOMPARE(MappingDocument::fromJson(doc->toJson())->toJson(), doc->toJson());
        const auto evaluator = MappingEvaluator::create(*doc);
        QVERIFY(evaluator);
        const auto commands = evaluator->evaluate(samplePayment().toJson());
        QVERIFY2(commands, qPrintable(commands ? QString() : commands.error().message));
        QCOMPARE(commands->size(), 1);
        const MappedCommand& journal = commands->first();
        QCOMPARE(journal.object, u"GENTJL"_s);
        QCOMPARE(journal.value(u"Item.JournalDate"_s).asText(), u"2026-11-21"_s);
        QCOMPARE(journal.value(u"Item.JournalReference"_s).asText().size(), 30);
        QCOMPARE(journal.lines.size(), 2);
        auto entry = [](const QList<MappedField>& line, const QString& target) {
            for (const MappedField& f : line) {
                if (f.target == target) {
                    return f.value;
                }
            }
            return MappedValue();
        };
        QCOMPARE(entry(journal.lines.at(0), u"LedgerCode"_s).asText(), u"1200"_s);
        QCOMPARE(entry(journal.lines.at(0), u"EntryAmount"_s).asMoney(), Money(11244, Currency::of("GBP")));
        QCOMPARE(entry(journal.lines.at(1), u"LedgerCode"_s).asText(), u"4000"_s);
        QCOMPARE(entry(journal.lines.at(1), u"EntryAmount"_s).asMoney(), Money(-11244, Currency::of("GBP")));
        QCOMPARE(entry(journal.lines.at(0), u"Reference"_s).asText(),
                 journal.value(u"Item.JournalReference"_s).asText());

        CanonicalPayment refund = samplePayment();
        refund.transactionType = u"Refund"_s;
        refund.transactionId = u"{REFUND-0001}"_s;
        const auto reversed = evaluator->evaluate(refund.toJson());
        QVERIFY(reversed);
        QCOMPARE(reversed->size(), 1);
        QCOMPARE(reversed->first().targetId, u"refundJournal"_s);
        QCOMPARE(reversed->first().value(u"Item.JournalReference"_s).asText(), u"{REFUND-0001}"_s);
        QCOMPARE(entry(reversed->first().lines.at(0), u"LedgerCode"_s).asText(), u"4000"_s);
        QCOMPARE(entry(reversed->first().lines.at(0), u"EntryAmount"_s).asMoney(), Money(11244, Currency::of("GBP")));
        QCOMPARE(entry(reversed->first().lines.at(1), u"EntryAmount"_s).asMoney(), Money(-11244, Currency::of("GBP")));

        CanonicalPayment declined = samplePayment();
        declined.status = u"NOTAUTHED"_s;
        QCOMPARE(evaluator->evaluate(declined.toJson())->size(), 0);
    }

    void invalidDocumentsNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown type") << QByteArray(R"([{"type":"explode"}])")
                                      << QStringLiteral("unknown step type \"explode\"");
        QTest::newRow("empty lookup") << QByteArray(R"([{"type":"lookup","table":{}}])")
                                      << QStringLiteral("non-empty \"table\"");
        QTest::newRow("bad path") << QByteArray(R"([{"type":"path","path":"a..b"}])")
                                  << QStringLiteral("not a valid path");
        QTest::newRow("float rate")
            << QByteArray(
                   R"([{"type":"currency","to":"GBP","rates":[{"from":"EUR","to":"GBP","rate":"0,86","effective":"2026-01-01"}]}])")
            << QStringLiteral("rates[0]");
        QTest::newRow("short hash") << QByteArray(R"([{"type":"hashToLength","length":5}])")
                                    << QStringLiteral("at least 12");
        QTest::newRow("bad operator")
            << QByteArray(
                   R"([{"type":"condition","if":{"path":"x","op":"~"},"then":[{"type":"constant","value":"a"}]}])")
            << QStringLiteral("unknown operator");
        QTest::newRow("no steps") << QByteArray(R"([])") << QStringLiteral("list of steps");
    }
    void invalidDocumentsNameThePlace()
    {
        QFETCH(QByteArray, steps);
        QFETCH(QString, mentions);
        const auto doc = MappingDocument::fromJson(
            document({field(QStringLiteral("OrderHeader.Customer"), QJsonDocument::fromJson(steps).array())}));
        QVERIFY(!doc);
        QCOMPARE(doc.error().errorClass, ErrorClass::Configuration);
        QVERIFY2(doc.error().message.contains(mentions), qPrintable(doc.error().message));
        QVERIFY2(doc.error().message.startsWith(QStringLiteral("targets[0] (t).fields[0] (OrderHeader.Customer)")),
                 qPrintable(doc.error().message));
    }

    void documentLevelRefusals()
    {
        const auto notJson = MappingDocument::fromBytes("{\n  \"format\": ,\n}", QStringLiteral("m.json"));
        QVERIFY(!notJson);
        QVERIFY2(notJson.error().message.contains(QStringLiteral("line 2")), qPrintable(notJson.error().message));
        QJsonObject unknownObject =
            document({field(QStringLiteral("A"), {step(R"({"type":"constant","value":"x"})")})});
        QJsonArray targets = unknownObject.value(QStringLiteral("targets")).toArray();
        QJsonObject t = targets.at(0).toObject();
        t.insert(QStringLiteral("object"), QStringLiteral("HARMONY"));
        targets.replace(0, t);
        unknownObject.insert(QStringLiteral("targets"), targets);
        QVERIFY(MappingDocument::fromJson(unknownObject).error().message.contains(QStringLiteral("HARMONY")));
        const auto twice = MappingDocument::fromJson(
            document({field(QStringLiteral("A"), {step(R"({"type":"constant","value":"x"})")}),
                      field(QStringLiteral("A"), {step(R"({"type":"constant","value":"y"})")})}));
        QVERIFY(twice.error().message.contains(QStringLiteral("mapped twice")));
        QJsonObject wrongVersion = document({field(QStringLiteral("A"), {step(R"({"type":"constant","value":"x"})")})});
        wrongVersion.insert(QStringLiteral("schemaVersion"), 7);
        QVERIFY(MappingDocument::fromJson(wrongVersion).error().message.contains(QStringLiteral("version 7")));
    }

    void defaultTemplateCoversTheProductPage()
    {
        const auto doc = MappingDocument::fromFile(QStringLiteral(":/mappings/default.json"));
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        // Round trip: what the editor saves is what it loaded.
        QCOMPARE(MappingDocument::fromJson(doc->toJson())->toJson(), doc->toJson());
        const auto evaluator = MappingEvaluator::create(*doc);
        QVERIFY(evaluator);
        const auto commands = evaluator->evaluate(samplePayment().toJson());
        QVERIFY2(commands, qPrintable(commands ? QString() : commands.error().message));
        QCOMPARE(commands->size(), 2);
        const MappedCommand& order = commands->at(0);
        QCOMPARE(order.object, QStringLiteral("SORTOI"));
        QCOMPARE(order.value(QStringLiteral("OrderHeader.CustomerPoNumber")).asText(),
                 QStringLiteral("ORDER-2026-000042"));
        QCOMPARE(order.value(QStringLiteral("OrderHeader.Customer")).asText(), QStringLiteral("CUST042"));
        QCOMPARE(order.value(QStringLiteral("OrderHeader.OrderStatus")).asText(), QStringLiteral("1"));
        QCOMPARE(order.value(QStringLiteral("OrderHeader.ShipPostalCode")).asText(), QStringLiteral("NW1 6XE"));
        QCOMPARE(order.value(QStringLiteral("OrderHeader.AlternateReference")).asText(), samplePayment().transactionId);
        QCOMPARE(order.value(QStringLiteral("OrderHeader.SpecialInstrs")).asText(), QStringLiteral("Payment Paid"));
        QCOMPARE(order.lines.size(), 2);
        QCOMPARE(order.lines.at(0).at(0).target, QStringLiteral("StockCode"));
        QCOMPARE(order.lines.at(0).at(0).value.asText(), QStringLiteral("A100"));
        const MappedCommand& receipt = commands->at(1);
        QCOMPARE(receipt.object, QStringLiteral("ARSTPY"));
        QCOMPARE(receipt.value(QStringLiteral("Payment.PaymentValue")).asMoney(), Money(11244, Currency::of("GBP")));
        QCOMPARE(receipt.value(QStringLiteral("Payment.Reference")).asText(),
                 samplePayment().transactionId.left(21) + QLatin1Char('~') +
                     receipt.value(QStringLiteral("Payment.Reference")).asText().mid(22));
        QCOMPARE(receipt.value(QStringLiteral("Payment.Bank")).asText(), QStringLiteral("OPAYOEUR"));
        QCOMPARE(receipt.value(QStringLiteral("Payment.PaymentType")).asText(), QStringLiteral("O"));
        QCOMPARE(receipt.value(QStringLiteral("Payment.PaymentDate")).asText(), QStringLiteral("2026-11-21"));

        // Pending: the order is imported, the receipt waits.
        CanonicalPayment pending = samplePayment();
        pending.status = QStringLiteral("PENDING");
        const auto pendingCommands = evaluator->evaluate(pending.toJson());
        QCOMPARE(pendingCommands->size(), 1);
        QCOMPARE(pendingCommands->first().value(QStringLiteral("OrderHeader.SpecialInstrs")).asText(),
                 QStringLiteral("Payment Pending"));
        // Declined: nothing to post.
        CanonicalPayment declined = samplePayment();
        declined.status = QStringLiteral("NOTAUTHED");
        QCOMPARE(evaluator->evaluate(declined.toJson())->size(), 0);
        // Risky: imported on hold.
        CanonicalPayment risky = samplePayment();
        risky.riskScore = 90;
        QCOMPARE(evaluator->evaluate(risky.toJson())->first().value(QStringLiteral("OrderHeader.OrderStatus")).asText(),
                 QStringLiteral("S"));
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "TestMapping.moc"
