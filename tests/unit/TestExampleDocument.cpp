// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Mapping suggestions from an example document: the SYSPRO document a clerk keyed for the sample
// record, read from XML, and its values compared with the sample's.
#include "SchemaFixtures.h"
#include "mapping/ExampleDocument.h"
#include "mapping/Suggestions.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bridge;
using namespace bridge::mapping;

namespace {

using test::schemaOf;

Schema source(const QJsonArray& fields)
{
    return test::source(fields, u"gateway-export"_s);
}

QJsonObject field(const QString& name, const QString& type, const QJsonValue& sample = {}, int maxLength = 0)
{
    QJsonObject f = test::field(name, type, sample);
    if (maxLength > 0) {
        f.insert(u"maxLength"_s, maxLength);
    }
    return f;
}

/// One source field against one target field of ARSTPY.
ValueMatch match(const QJsonObject& sourceField, const QString& targetPath, const QString& value)
{
    const Schema s = source(QJsonArray{sourceField});
    const Schema t = schemaOf(u"ARSTPY"_s);
    return matchExampleValue(s.leaves().first(), *t.find(targetPath), value);
}

const SuggestionCandidate& best(const QList<TargetSuggestion>& all, const QString& target)
{
    for (const TargetSuggestion& t : all) {
        if (t.targetPath == target) {
            if (t.candidates.isEmpty()) {
                qFatal("no candidate for %s", qPrintable(target));
            }
            return t.candidates.first();
        }
    }
    qFatal("no target %s", qPrintable(target));
}

/// A card gateway's export whose names mislead: Order_ID is the invoice paid and Reference is
/// what the bank statement shows; the transaction id is the payment's reference.
Schema gatewayExport()
{
    return source(QJsonArray{
        field(u"Transaction_ID"_s, u"text"_s, u"k3r8x2qa"_s),
        field(u"Order_ID"_s, u"text"_s, u"INV-100234"_s),
        field(u"Statement_Reference"_s, u"text"_s, u"PENNINE JOINERY"_s),
        field(u"Customer_ID"_s, u"text"_s, u"pen001"_s),
        field(u"Amount_Authorized"_s, u"text"_s, u"120.00"_s),
        field(u"Amount_Submitted"_s, u"text"_s, u"120.00"_s),
        field(u"Settlement_Amount"_s, u"text"_s, u"118.20"_s),
        field(u"Created"_s, u"text"_s, u"03/05/2024 14:22:31"_s),
        field(u"Card_Type"_s, u"text"_s, u"Visa"_s),
    });
}

} // namespace

class TestExampleDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheXmlOfADocument()
    {
        const Schema arstpy = schemaOf(u"ARSTPY"_s);
        const Result<ExampleDocument> doc = ExampleDocument::fromXml(
            u"<?xml version=\"1.0\"?><PostArPayment><Item><Payment>"
            "<Customer>PEN001</Customer><PaymentValue> 120.00 </PaymentValue><Reference>k3r8x2qa</Reference>"
            "<PaymentDate>2024-03-05</PaymentDate><Colour>blue</Colour>"
            "<InvoiceToPay><Invoice>INV-100234</Invoice><GrossPaymentValue>120.00</GrossPaymentValue></InvoiceToPay>"
            "<InvoiceToPay><Invoice>INV-100235</Invoice></InvoiceToPay>"
            "</Payment></Item></PostArPayment>"_s,
            arstpy);
        QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc->value(u"Payment.Customer"_s), u"PEN001"_s);
        QCOMPARE(doc->value(u"Payment.PaymentValue"_s), u"120.00"_s);
        // Of a list, the first entry.
        QCOMPARE(doc->value(u"Payment.InvoiceToPay.Invoice"_s), u"INV-100234"_s);
        QCOMPARE(doc->ignored(), QStringList{u"PostArPayment/Item/Payment/Colour"_s});
        QVERIFY(doc->fillsGroup(u"Payment.InvoiceToPay"_s));
        QVERIFY(!doc->fillsGroup(u"Payment.UnappliedPayment"_s));
        // A query's XmlOut nests differently: a name of one field only still counts.
        const Result<ExampleDocument> out = ExampleDocument::fromXml(
            u"<ArPayment><Header><Customer>PEN001</Customer><Bank>BARC01</Bank></Header></ArPayment>"_s, arstpy);
        QVERIFY(out.has_value());
        QCOMPARE(out->value(u"Payment.Bank"_s), u"BARC01"_s);
    }

    void refusesWhatIsNotADocumentOfTheObject()
    {
        const Schema arstpy = schemaOf(u"ARSTPY"_s);
        const Result<ExampleDocument> broken =
            ExampleDocument::fromXml(u"<Payment>\n<Customer>PEN001</Payment>"_s, arstpy);
        QVERIFY(!broken.has_value());
        QVERIFY2(broken.error().message.startsWith(u"The example document is not well-formed XML at line 2, column "_s),
                 qPrintable(broken.error().message));
        QVERIFY(broken.error().message.endsWith(u"mismatch. Open the document as SYSPRO wrote it, unchanged."_s));
        const Result<ExampleDocument> other =
            ExampleDocument::fromXml(u"<SalesOrders><OrderHeader><CustomerPoNumber>1001</CustomerPoNumber>"
                                     "</OrderHeader></SalesOrders>"_s,
                                     arstpy);
        QVERIFY(!other.has_value());
        QCOMPARE(other.error().message,
                 u"None of the example document's elements is a field of ARSTPY (ARSTPY: AR payment). Open the XML "
                 "of a document of that object, whose fields are elements such as <Payment><Customer>."_s);
        const Result<ExampleDocument> json =
            ExampleDocument::fromJson(QJsonObject{{u"Payment.Custmer"_s, u"PEN001"_s}}, arstpy);
        QVERIFY(!json.has_value());
        QVERIFY2(json.error().message.startsWith(u"The example names “Payment.Custmer”, which is not a field of "
                                                 "ARSTPY"_s),
                 qPrintable(json.error().message));
    }

    void comparesValuesAsAPersonKeysThem()
    {
        QCOMPARE(match(field(u"c"_s, u"text"_s, u"pen001"_s), u"Payment.Customer"_s, u"PEN001"_s), ValueMatch::Same);
        QCOMPARE(match(field(u"o"_s, u"text"_s, u"#1001"_s), u"Payment.Reference"_s, u"1001"_s), ValueMatch::Same);
        QCOMPARE(match(field(u"d"_s, u"text"_s, u"03/05/2024 14:22:31"_s), u"Payment.PaymentDate"_s, u"2024-03-05"_s),
                 ValueMatch::Date);
        QCOMPARE(match(field(u"d"_s, u"text"_s, u"Tue, 05 Mar 2024 14:22:31 +0000"_s), u"Payment.PaymentDate"_s,
                       u"2024-03-05"_s),
                 ValueMatch::Date);
        QCOMPARE(match(field(u"d"_s, u"integer"_s, 1709648551), u"Payment.PaymentDate"_s, u"2024-03-05"_s),
                 ValueMatch::Date);
        QCOMPARE(match(field(u"d"_s, u"text"_s, u"2024-03-06"_s), u"Payment.PaymentDate"_s, u"2024-03-05"_s),
                 ValueMatch::None);
        QCOMPARE(match(field(u"a"_s, u"text"_s, u"£1,234.50"_s), u"Payment.PaymentValue"_s, u"1234.5"_s),
                 ValueMatch::Amount);
        QCOMPARE(match(field(u"a"_s, u"text"_s, u"25,00 EUR"_s), u"Payment.PaymentValue"_s, u"25.00"_s),
                 ValueMatch::Amount);
        QCOMPARE(match(field(u"a"_s, u"integer"_s, 12000), u"Payment.PaymentValue"_s, u"120.00"_s),
                 ValueMatch::MinorUnits);
        QCOMPARE(match(field(u"a"_s, u"text"_s, u"-25.00"_s), u"Payment.PaymentValue"_s, u"25.00"_s), ValueMatch::Sign);
        QCOMPARE(match(field(u"a"_s, u"text"_s, u"118.20"_s), u"Payment.PaymentValue"_s, u"120.00"_s),
                 ValueMatch::None);
        QCOMPARE(match(field(u"n"_s, u"text"_s, u"Pennine Joinery and Timber Supplies Ltd"_s), u"Payment.Reference"_s,
                       u"PENNINE JOINERY AND TIMBER SUP"_s),
                 ValueMatch::Cut);
        QCOMPARE(
            match(field(u"s"_s, u"text"_s, u"12 Mill Lane\nUnit 4"_s), u"Payment.JournalNotation"_s, u"12 Mill Lane"_s),
            ValueMatch::FirstLine);
        QVERIFY(!isTellingValue(u"1.000000"_s));
        QVERIFY(!isTellingValue(u"0.00"_s));
        QVERIFY(!isTellingValue(u"Y"_s));
        QVERIFY(isTellingValue(u"1.50"_s));
        QVERIFY(isTellingValue(u"GB"_s));
    }

    void theExamplesValueSaysWhereAFieldComesFrom()
    {
        const Result<Synonyms> synonyms = Synonyms::builtIn();
        QVERIFY(synonyms.has_value());
        const Schema arstpy = schemaOf(u"ARSTPY"_s);
        SuggestionEngine engine(gatewayExport(), arstpy, *synonyms);
        const QList<TargetSuggestion> byNames = engine.suggest({}, u"Payment"_s);

        const Result<ExampleDocument> doc =
            ExampleDocument::fromJson(QJsonObject{{u"Payment.Customer"_s, u"PEN001"_s},
                                                  {u"Payment.Reference"_s, u"k3r8x2qa"_s},
                                                  {u"Payment.PaymentValue"_s, u"120.00"_s},
                                                  {u"Payment.PaymentDate"_s, u"2024-03-05"_s},
                                                  {u"Payment.PaymentType"_s, u"C"_s},
                                                  {u"Payment.Bank"_s, u"BARC01"_s},
                                                  {u"Payment.InvoiceToPay.Invoice"_s, u"INV-100234"_s},
                                                  {u"Payment.InvoiceToPay.GrossPaymentValue"_s, u"120.00"_s}},
                                      arstpy);
        QVERIFY(doc.has_value());
        engine.setExample(*doc);
        const QList<TargetSuggestion> withExample = engine.suggest({}, u"Payment"_s);

        // The value in one source field alone: sure, whatever the names say.
        const SuggestionCandidate& reference = best(withExample, u"Payment.Reference"_s);
        QCOMPARE(reference.sourcePath, u"Transaction_ID"_s);
        QVERIFY2(reference.confidence >= 900, qPrintable(reference.reasons.join(u' ')));
        QVERIFY(reference.reasons.contains(u"The example document holds the same “k3r8x2qa” here."_s));
        const SuggestionCandidate& invoice = best(withExample, u"Payment.InvoiceToPay.Invoice"_s);
        QCOMPARE(invoice.sourcePath, u"Order_ID"_s);
        QVERIFY(invoice.confidence >= 900);
        QCOMPARE(best(withExample, u"Payment.Customer"_s).sourcePath, u"Customer_ID"_s);
        QCOMPARE(best(withExample, u"Payment.PaymentDate"_s).sourcePath, u"Created"_s);

        // Two sources hold 120.00: the names decide only by a clear lead.
        const SuggestionCandidate& value = best(withExample, u"Payment.PaymentValue"_s);
        QVERIFY2(value.reasons.contains(u"So do Amount_Submitted; nothing says which."_s) ||
                     value.reasons.contains(u"So do Amount_Authorized; nothing says which."_s),
                 qPrintable(value.reasons.join(u' ')));
        QVERIFY(value.confidence < SuggestionEngine::DefaultAcceptPerMille);
        for (const TargetSuggestion& t : withExample) {
            if (t.targetPath != u"Payment.PaymentValue"_s) {
                continue;
            }
            for (const SuggestionCandidate& c : t.candidates) {
                if (c.sourcePath == u"Settlement_Amount"_s) {
                    QVERIFY2(c.confidence < SuggestionEngine::DefaultAcceptPerMille, qPrintable(c.reasons.join(u' ')));
                    QVERIFY(c.reasons.contains(
                        u"The example document holds “120.00” here, as Amount_Authorized does, not “118.20”."_s));
                }
            }
        }

        // A value no source holds: a constant or a lookup; what the names suggested is lowered.
        for (const TargetSuggestion& t : withExample) {
            if (t.targetPath == u"Payment.Bank"_s || t.targetPath == u"Payment.PaymentType"_s) {
                QVERIFY(t.candidates.isEmpty() ||
                        t.candidates.first().confidence < SuggestionEngine::DefaultAcceptPerMille);
            }
        }
        // Without the example the engine's own answers are what they were.
        SuggestionEngine plain(gatewayExport(), arstpy, *synonyms);
        const QList<TargetSuggestion> again = plain.suggest({}, u"Payment"_s);
        QCOMPARE(again.size(), byNames.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            QCOMPARE(again.at(i).candidates.size(), byNames.at(i).candidates.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestExampleDocument)
#include "TestExampleDocument.moc"
