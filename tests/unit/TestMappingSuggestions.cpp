// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "../bench/mapping/PairEvaluation.h"
#include "SchemaFixtures.h"
#include "mapping/Suggestions.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bridge;
using namespace bridge::mapping;

namespace {

using test::field;
using test::schemaOf;
using test::source;

Synonyms synonyms()
{
    Result<Synonyms> s = Synonyms::builtIn();
    Q_ASSERT(s);
    return *s;
}

} // namespace

class TestMappingSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsNames()
    {
        QCOMPARE(Synonyms::split(u"vendorTxCode"_s), (QStringList{u"vendor"_s, u"tx"_s, u"code"_s}));
        QCOMPARE(Synonyms::split(u"ShipAddress1"_s), (QStringList{u"ship"_s, u"address"_s, u"1"_s}));
        QCOMPARE(Synonyms::split(u"shipping_address.zip"_s), (QStringList{u"shipping"_s, u"address"_s, u"zip"_s}));
        QCOMPARE(Synonyms::split(u"AVSCheck"_s), (QStringList{u"avs"_s, u"check"_s}));
        QCOMPARE(Synonyms::split(u"cc_last_4"_s), (QStringList{u"cc"_s, u"last"_s, u"4"_s}));
    }

    void synonymsNameOneConcept()
    {
        const Synonyms s = synonyms();
        QCOMPARE(s.conceptOf(u"debtor"_s), u"customer"_s);
        QCOMPARE(s.conceptOf(u"account"_s), u"customer"_s);
        QCOMPARE(s.conceptOf(u"zip"_s), u"postcode"_s);
        QCOMPARE(s.conceptOf(u"postalCode"_s), u"postcode"_s);
        // The longest phrase wins: "customer po number" is one order reference, not a customer.
        QCOMPARE(s.normalise(Synonyms::split(u"CustomerPoNumber"_s)), QStringList{u"#orderref"_s});
        QCOMPARE(s.normalise(Synonyms::split(u"vendorTxCode"_s)), QStringList{u"#orderref"_s});
    }

    void detectsSampleShapes()
    {
        QCOMPARE(detectShape(u"anna@example.com"_s), SampleShape::Email);
        QCOMPARE(detectShape(u"NW1 6XE"_s), SampleShape::Postcode);
        QCOMPARE(detectShape(u"90210"_s), SampleShape::Postcode);
        QCOMPARE(detectShape(u"2026-11-21T10:15:00Z"_s), SampleShape::IsoDate);
        QCOMPARE(detectShape(u"EUR"_s), SampleShape::Currency);
        QCOMPARE(detectShape(u"XYZ"_s), SampleShape::None);
        QCOMPARE(detectShape(u"GB"_s), SampleShape::Country);
        QCOMPARE(detectShape(u"0006"_s), SampleShape::Digits);
        QCOMPARE(detectShape(u"129.99"_s), SampleShape::Decimal);
        QCOMPARE(detectShape(u"2B97808F-9A36-6E71-F87F-6714667E8AF4"_s), SampleShape::Guid);
    }

    void abbreviationsAndPluralsExpand()
    {
        const Synonyms s = synonyms();
        QCOMPARE(s.expand(Synonyms::split(u"Sett_Amt"_s)), (QStringList{u"settlement"_s, u"amount"_s}));
        QCOMPARE(s.expand(Synonyms::split(u"lineItems"_s)), (QStringList{u"line"_s, u"item"_s}));
        // Not every final s is a plural.
        QCOMPARE(s.expand(Synonyms::split(u"AddressStatus"_s)), (QStringList{u"address"_s, u"status"_s}));
        // "Comm" is a commission, that is a fee.
        QCOMPARE(s.conceptOf(u"Comm"_s), u"fee"_s);
        QCOMPARE(s.conceptOf(u"cust_no"_s), u"customer"_s);
        // Not listed: guessed when exactly one word of the list fits.
        QCOMPARE(s.abbreviated(u"cntry"_s), u"country"_s);
        QCOMPARE(s.conceptOf(u"Cntry"_s), u"country"_s);
        QCOMPARE(s.abbreviated(u"tot"_s), u"total"_s);
        QCOMPARE(s.abbreviated(u"dept"_s), QString()); // deposit or depot
        QCOMPARE(s.abbreviated(u"hold"_s), QString()); // a word, not short for holder
        QCOMPARE(s.abbreviated(u"city"_s), QString()); // a word of the list itself
        QCOMPARE(s.abbreviated(u"free"_s), QString()); // a word with vowels, not forename's skeleton
    }

    void wordsRunTogetherAreSplit()
    {
        const Synonyms s = synonyms();
        QCOMPARE(s.compound(u"emailaddress"_s), (QStringList{u"email"_s, u"address"_s}));
        QCOMPARE(s.conceptOf(u"EMAILADDRESS"_s), u"email"_s);
        QCOMPARE(s.conceptOf(u"customerid"_s), u"customer"_s);
        QCOMPARE(s.normalise(Synonyms::split(u"shiptocity"_s)), (QStringList{u"#ship"_s, u"#city"_s}));
        // Upper-case column names of older systems.
        QCOMPARE(s.normalise(Synonyms::split(u"ORDERNO"_s)), QStringList{u"#orderref"_s});
        QCOMPARE(s.normalise(Synonyms::split(u"CUSTNO"_s)), QStringList{u"#customer"_s});
        QCOMPARE(s.normalise(Synonyms::split(u"TRANSDATE"_s)), QStringList{u"#date"_s});
        QCOMPARE(s.normalise(Synonyms::split(u"SHIPTOADDR1"_s)), (QStringList{u"#ship"_s, u"#address"_s, u"1"_s}));
        // A word of the list, or no known words, stays whole.
        QCOMPARE(s.compound(u"postcode"_s), QStringList());
        QCOMPARE(s.compound(u"sourdough"_s), QStringList());
    }

    void aNetAmountIsNotTheAmountPaid()
    {
        const Schema src = source(QJsonArray{
            field(u"Net_Total"_s, u"money"_s, QJsonObject{{u"minor"_s, 2456}, {u"currency"_s, u"GBP"_s}}),
            field(u"Grand_Total"_s, u"money"_s, QJsonObject{{u"minor"_s, 2500}, {u"currency"_s, u"GBP"_s}}),
        });
        const SuggestionEngine e(src, schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate net = e.score(u"Net_Total"_s, u"Payment.PaymentValue"_s);
        QVERIFY2(net.confidence < e.score(u"Grand_Total"_s, u"Payment.PaymentValue"_s).confidence,
                 qPrintable(net.reasons.join(u' ')));
        QVERIFY(net.confidence < SuggestionEngine::DefaultAcceptPerMille);
        QVERIFY(net.reasons.contains(u"Only one of the names says: net."_s));
    }

    void aColumnNamedByItsRecordHoldsItsNumber()
    {
        const Schema src =
            source(QJsonArray{field(u"Order"_s, u"text"_s, u"#1042"_s), field(u"Type"_s, u"text"_s, u"charge"_s),
                              field(u"salespersonCode"_s, u"text"_s, u"JR"_s)},
                   u"payout-transactions"_s);
        const SuggestionEngine gl(src, schemaOf(u"GENTJL"_s), synonyms());
        const SuggestionCandidate c = gl.score(u"Order"_s, u"Item.JournalDetails.Reference"_s);
        QVERIFY2(c.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(c.reasons.join(u' ')));
        // Two capital letters are initials or a state as often as a country.
        const SuggestionEngine ar(src, schemaOf(u"ARSSCS"_s), synonyms());
        const SuggestionCandidate rep = ar.score(u"salespersonCode"_s, u"Item.Salesperson"_s);
        QVERIFY2(rep.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(rep.reasons.join(u' ')));
    }

    void aKindOrAnOwnerIsNotTheThing()
    {
        const Schema src = source(QJsonArray{field(u"Name"_s, u"text"_s, u"Anna Müller"_s),
                                             field(u"buyer_phone_number"_s, u"text"_s, u"+44 7700 900312"_s),
                                             field(u"buyer_id"_s, u"text"_s, u"A-17"_s)});
        const SuggestionEngine ar(src, schemaOf(u"ARSTPY"_s), synonyms());
        // A drawer's name is a kind of name the source does not claim to be.
        const SuggestionCandidate drawer = ar.score(u"Name"_s, u"Payment.DrawerName"_s);
        QVERIFY2(drawer.confidence < SuggestionEngine::DefaultAcceptPerMille, qPrintable(drawer.reasons.join(u' ')));
        // The buyer's phone is not the buyer.
        const SuggestionCandidate phone = ar.score(u"buyer_phone_number"_s, u"Payment.Customer"_s);
        QVERIFY2(phone.confidence < ar.score(u"buyer_id"_s, u"Payment.Customer"_s).confidence,
                 qPrintable(phone.reasons.join(u' ')));
        QVERIFY(phone.reasons.contains(u"The source is the phone of a customer, not a customer."_s));
    }

    void aTargetNamedByItsRecordHoldsItsNumber()
    {
        const Schema src = source(QJsonArray{field(u"Invoice_Number"_s, u"text"_s, u"INV-1042"_s)});
        const SuggestionEngine e(src, schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate c = e.score(u"Invoice_Number"_s, u"Payment.InvoiceToPay.Invoice"_s);
        QVERIFY2(c.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(c.reasons.join(u' ')));
    }

    void ofTwoAlikeThePrimaryOneIsSure()
    {
        auto phone = [](const QString& name, const QString& sample) {
            return QJsonObject{{u"name"_s, name},
                               {u"type"_s, u"group"_s},
                               {u"fields"_s, QJsonArray{field(u"FreeFormNumber"_s, u"text"_s, sample)}}};
        };
        const Schema src =
            source(QJsonArray{phone(u"Mobile"_s, u"07700 900461"_s), phone(u"PrimaryPhone"_s, u"01273 555014"_s)});
        const SuggestionEngine e(src, schemaOf(u"ARSSCS"_s), synonyms());
        for (const TargetSuggestion& t : e.suggest()) {
            if (t.targetPath == u"Item.Telephone"_s) {
                QVERIFY(t.candidates.size() >= 2);
                QCOMPARE(t.candidates.first().sourcePath, u"PrimaryPhone.FreeFormNumber"_s);
                QVERIFY(t.candidates.first().confidence > t.candidates.at(1).confidence);
                return;
            }
        }
        QFAIL("no Item.Telephone");
    }

    void aFieldHoldingADateIsADate()
    {
        const Schema src = source(QJsonArray{field(u"refunded_at"_s, u"text"_s, u"2024-03-05T14:22:31Z"_s),
                                             field(u"updated_at"_s, u"text"_s, u"2024-03-06T09:00:00Z"_s)},
                                  u"refund"_s);
        const SuggestionEngine e(src, schemaOf(u"ARSTIN"_s), synonyms());
        const int refunded = e.score(u"refunded_at"_s, u"Item.InvoiceDate"_s).confidence;
        QVERIFY2(refunded >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(QString::number(refunded)));
        // A last change is not the date of the document.
        QVERIFY(e.score(u"updated_at"_s, u"Item.InvoiceDate"_s).confidence < refunded);
    }

    void aUnixTimeNamedAsADateIsADate()
    {
        const Schema src = source(
            QJsonArray{field(u"created"_s, u"integer"_s, 1709648551), field(u"count"_s, u"integer"_s, 1709648551)});
        const SuggestionEngine e(src, schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate c = e.score(u"created"_s, u"Payment.PaymentDate"_s);
        QVERIFY2(c.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(c.reasons.join(u' ')));
        QCOMPARE(e.score(u"count"_s, u"Payment.PaymentDate"_s).confidence, 0);
    }

    void aBroaderVocabulary()
    {
        const Synonyms s = synonyms();
        QCOMPARE(s.conceptOf(u"payout_id"_s), u"batch"_s);
        QCOMPARE(s.conceptOf(u"DisbursementReference"_s), u"batch"_s);
        QCOMPARE(s.conceptOf(u"ShopperReference"_s), u"customer"_s);
        QCOMPARE(s.conceptOf(u"PaymentTerms"_s), u"terms"_s);
        QCOMPARE(s.normalise(Synonyms::split(u"CountrySubdivisionCode"_s)), (QStringList{u"#region"_s, u"code"_s}));
        QCOMPARE(s.conceptOf(u"BookingDate"_s), u"date"_s);
        QCOMPARE(s.conceptOf(u"VATRegistrationNumber"_s), u"taxno"_s);
        // Dates that are never the date of a payment, an order or a journal.
        QCOMPARE(s.conceptOf(u"ExpiryDate"_s), u"expiry"_s);
        QCOMPARE(s.conceptOf(u"date_of_birth"_s), u"birthdate"_s);
        QCOMPARE(s.conceptOf(u"DueDate"_s), u"duedate"_s);
        QCOMPARE(s.conceptOf(u"LastModified"_s), u"modified"_s);
        QCOMPARE(s.conceptOf(u"area_code"_s), u"dialcode"_s);
        QVERIFY(s.isContrasting(u"net"_s));
    }

    void anObjectsValueIsTheObject()
    {
        const Schema src = source(QJsonArray{
            QJsonObject{{u"name"_s, u"CurrencyRef"_s},
                        {u"type"_s, u"group"_s},
                        {u"fields"_s, QJsonArray{field(u"value"_s, u"text"_s, u"GBP"_s),
                                                 field(u"name"_s, u"text"_s, u"British Pound Sterling"_s)}}},
            QJsonObject{{u"name"_s, u"customer"_s},
                        {u"type"_s, u"group"_s},
                        {u"fields"_s, QJsonArray{field(u"name"_s, u"text"_s, u"Harbour Lights Cafe"_s)}}},
            field(u"Balance"_s, u"money"_s, QJsonObject{{u"minor"_s, 1250}, {u"currency"_s, u"GBP"_s}}),
        });
        const SuggestionEngine e(src, schemaOf(u"ARSSCS"_s), synonyms());
        const SuggestionCandidate c = e.score(u"CurrencyRef.value"_s, u"Item.Currency"_s);
        QVERIFY2(c.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(c.reasons.join(u' ')));
        QCOMPARE(e.score(u"CurrencyRef.value"_s, u"Item.CreditLimit"_s).confidence, 0);
        // A currency's name is not the customer's; the customer's is.
        QVERIFY(e.score(u"CurrencyRef.name"_s, u"Item.Name"_s).confidence < SuggestionEngine::DefaultAcceptPerMille);
        QVERIFY(e.score(u"customer.name"_s, u"Item.Name"_s).confidence >= SuggestionEngine::DefaultAcceptPerMille);
    }

    void detectsDatesCodesAndFreeText()
    {
        QCOMPARE(detectShape(u"14/03/2025"_s), SampleShape::Date);
        QCOMPARE(detectShape(u"Fri, 20 Nov 2026 14:03:11 +0000"_s), SampleShape::Date);
        QCOMPARE(detectShape(u"#1001"_s), SampleShape::Code);
        QCOMPARE(detectShape(u"ORDER-2026-000042"_s), SampleShape::Code);
        QCOMPARE(detectShape(u"Leave at the door"_s), SampleShape::FreeText);
        QCOMPARE(detectShape(u"London"_s), SampleShape::None);
        QCOMPARE(detectShape(u"https://squareup.com/dashboard/sales/transactions/x"_s), SampleShape::Url);
        QCOMPARE(detectShape(u"www.example.co.uk"_s), SampleShape::Url);
        QCOMPARE(detectShape(u"05-Mar-2024"_s), SampleShape::Date);
        QCOMPARE(detectShape(u"14-03-2025"_s), SampleShape::Date);
        QCOMPARE(detectShape(u"03/05/24"_s), SampleShape::Date);
        QCOMPARE(detectShape(u"Mar 5, 2024"_s), SampleShape::Date);
        QCOMPARE(detectShape(u"gbp"_s), SampleShape::Currency);
        QCOMPARE(detectShape(u"abc"_s), SampleShape::None);
        QCOMPARE(detectShape(u"£25.00"_s), SampleShape::Decimal);
        QCOMPARE(detectShape(u"1,234.56"_s), SampleShape::Decimal);
        QCOMPARE(detectShape(u"25,00 EUR"_s), SampleShape::Decimal);
        QCOMPARE(detectShape(u"MUL001"_s), SampleShape::Code);
        QCOMPARE(detectShape(u"+44 20 7946 0958"_s), SampleShape::Phone);
    }

    void synonymsFindTheCustomerAndTheOrderReference()
    {
        const SuggestionEngine e(schemaOf(u"payment"_s), schemaOf(u"SORTOI"_s), synonyms());
        const QList<TargetSuggestion> s = e.suggest({}, u"OrderHeader"_s);
        auto top = [&s](const QString& target) {
            for (const TargetSuggestion& t : s) {
                if (t.targetPath == target) {
                    return t.candidates.isEmpty() ? QString() : t.candidates.first().sourcePath;
                }
            }
            return QString();
        };
        QCOMPARE(top(u"OrderHeader.CustomerPoNumber"_s), u"vendorTxCode"_s);
        QCOMPARE(top(u"OrderHeader.Customer"_s), u"customerCode"_s);
        QCOMPARE(top(u"OrderHeader.Email"_s), u"customerEmail"_s);
        QCOMPARE(top(u"OrderHeader.ShipPostalCode"_s), u"shippingAddress.postalCode"_s);
        QCOMPARE(top(u"OrderHeader.OrderDate"_s), u"createdDate"_s);
        // Reasons are there, in plain language.
        for (const TargetSuggestion& t : s) {
            if (t.targetPath == u"OrderHeader.CustomerPoNumber"_s) {
                QVERIFY(t.candidates.first().reasons.join(u' ').contains(u"orderref"_s));
            }
        }
    }

    void aWeakLeafIsNamedByItsParent()
    {
        // customer.id is the customer's id: as good as customerId for SORTOI's Customer.
        const Schema src = source({QJsonObject{{u"name"_s, u"customer"_s},
                                               {u"type"_s, u"group"_s},
                                               {u"fields"_s, QJsonArray{field(u"id"_s, u"integer"_s, 207119551),
                                                                        field(u"first_name"_s, u"text"_s, u"Anna"_s)}}},
                                   field(u"customerId"_s, u"integer"_s, 17)});
        const SuggestionEngine e(src, schemaOf(u"SORTOI"_s), synonyms());
        const int nested = e.score(u"customer.id"_s, u"OrderHeader.Customer"_s).confidence;
        QCOMPARE(nested, e.score(u"customerId"_s, u"OrderHeader.Customer"_s).confidence);
        QVERIFY2(nested >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(QString::number(nested)));
        QVERIFY(e.score(u"customer.first_name"_s, u"OrderHeader.Customer"_s).confidence < nested);
    }

    void aTopLevelNumberIsTheRecordsOwn()
    {
        // An order's "number" is the order number; a little less sure than a field that says so.
        const Schema order = source(
            {field(u"number"_s, u"text"_s, u"1042"_s), field(u"status"_s, u"text"_s, u"paid"_s)}, u"shop-order"_s);
        const SuggestionEngine e(order, schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate c = e.score(u"number"_s, u"Payment.InvoiceToPay.CustomerPurchaseOrder"_s);
        QVERIFY2(c.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(QString::number(c.confidence)));
        QVERIFY(c.reasons.join(u' ').contains(u"order's own"_s));
        const Schema explicitName = source({field(u"order_number"_s, u"text"_s, u"1042"_s)}, u"shop-order"_s);
        const SuggestionEngine e2(explicitName, schemaOf(u"ARSTPY"_s), synonyms());
        QVERIFY(e2.score(u"order_number"_s, u"Payment.InvoiceToPay.CustomerPurchaseOrder"_s).confidence > c.confidence);
        // A schema whose records are not named gives "number" nothing to lean on.
        const SuggestionEngine e3(source({field(u"number"_s, u"text"_s, u"1042"_s)}), schemaOf(u"ARSTPY"_s),
                                  synonyms());
        QVERIFY(e3.score(u"number"_s, u"Payment.InvoiceToPay.CustomerPurchaseOrder"_s).confidence <
                SuggestionEngine::DefaultAcceptPerMille);
    }

    void aBareReferenceTakesATransactionIdOrAnOrderReference()
    {
        const Synonyms syn = synonyms();
        QVERIFY(syn.covers(u"#reference"_s, u"#txid"_s));
        QVERIFY(syn.related(u"#orderref"_s, u"#reference"_s));
        QVERIFY(!syn.related(u"#orderref"_s, u"#txid"_s));
        const Schema src = source({field(u"transaction_id"_s, u"text"_s, u"8MC585209K746392H"_s)});
        const SuggestionEngine e(src, schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate c = e.score(u"transaction_id"_s, u"Payment.Reference"_s);
        QVERIFY2(c.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(QString::number(c.confidence)));
        QVERIFY(c.reasons.join(u' ').contains(u"txid (a kind of reference)"_s));
        // A purchase order number is an order reference, not a transaction id.
        QVERIFY(e.score(u"transaction_id"_s, u"Payment.InvoiceToPay.CustomerPurchaseOrder"_s).confidence <
                SuggestionEngine::DefaultAcceptPerMille);
    }

    void generalWordsAloneAndTiesAreNotSure()
    {
        // transactionType and TransactionType share only general words.
        const SuggestionEngine e(schemaOf(u"payment"_s), schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate c = e.score(u"transactionType"_s, u"Payment.InvoiceToPay.TransactionType"_s);
        QVERIFY2(c.confidence < SuggestionEngine::DefaultAcceptPerMille, qPrintable(QString::number(c.confidence)));
        QVERIFY(c.reasons.join(u' ').contains(u"only general words"_s));
        // Two address lines whose prefixes say nothing known fit SoldToAddr1 equally: neither is sure.
        const Schema src = source({field(u"XXAddressLine1"_s, u"text"_s, u"1 High Street"_s),
                                   field(u"YYAddressLine1"_s, u"text"_s, u"2 Low Street"_s)});
        const SuggestionEngine tie(src, schemaOf(u"ARSSCS"_s), synonyms());
        const int alone = tie.score(u"XXAddressLine1"_s, u"Item.SoldToAddr1"_s).confidence;
        for (const TargetSuggestion& t : tie.suggest()) {
            if (t.targetPath == u"Item.SoldToAddr1"_s) {
                QCOMPARE(t.candidates.size(), 2);
                QVERIFY(t.candidates.first().confidence < alone);
                QVERIFY(t.candidates.first().reasons.join(u' ').contains(u"as well"_s));
            }
        }
    }

    void twoSlotsForOneValueShareTheSource()
    {
        // SORTOI's City and ShipAddress3Locality both hold the delivery town; ShipAddress1 and
        // ShipAddress2 are different lines.
        const SuggestionEngine e(schemaOf(u"payment"_s), schemaOf(u"SORTOI"_s), synonyms());
        QHash<QString, SuggestionCandidate> top;
        for (const TargetSuggestion& t : e.suggest({}, u"OrderHeader"_s)) {
            if (!t.candidates.isEmpty()) {
                top.insert(t.targetPath, t.candidates.first());
            }
        }
        for (const QString& target : {u"OrderHeader.City"_s, u"OrderHeader.ShipAddress3Locality"_s}) {
            QCOMPARE(top.value(target).sourcePath, u"shippingAddress.city"_s);
            QVERIFY2(top.value(target).confidence >= SuggestionEngine::DefaultAcceptPerMille,
                     qPrintable(target + u" "_s + QString::number(top.value(target).confidence)));
        }
        QCOMPARE(top.value(u"OrderHeader.ShipAddress1"_s).sourcePath, u"shippingAddress.line1"_s);
        QCOMPARE(top.value(u"OrderHeader.ShipAddress2"_s).sourcePath, u"shippingAddress.line2"_s);
    }

    void aShortCodeFieldAsksForALookup()
    {
        // ARSTPY's PaymentType is one character: "card" goes in through a lookup table.
        const SuggestionEngine e(schemaOf(u"payment"_s), schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate c = e.score(u"paymentMethod"_s, u"Payment.PaymentType"_s);
        QVERIFY2(c.confidence >= SuggestionEngine::DefaultAcceptPerMille, qPrintable(QString::number(c.confidence)));
        QVERIFY(c.reasons.join(u' ').contains(u"lookup table"_s));
    }

    void aCustomersNoteIsAnInstructionNotAComment()
    {
        const Schema src = source({field(u"note"_s, u"text"_s, u"Leave at the door"_s)});
        const SuggestionEngine e(src, schemaOf(u"SORTOI"_s), synonyms());
        QVERIFY(e.score(u"note"_s, u"OrderHeader.SpecialInstrs"_s).confidence >=
                SuggestionEngine::DefaultAcceptPerMille);
        QCOMPARE(e.score(u"note"_s, u"OrderHeader.OrderComments"_s).confidence, 0);
        for (const TargetSuggestion& t : e.suggest({}, u"OrderHeader"_s)) {
            if (t.targetPath != u"OrderHeader.SpecialInstrs"_s && !t.candidates.isEmpty()) {
                QVERIFY2(t.candidates.first().confidence < SuggestionEngine::DefaultAcceptPerMille,
                         qPrintable(t.targetPath));
            }
        }
    }

    void typesVetoImpossibleConnections()
    {
        // A date never fills a money field, however alike the names.
        const Schema src =
            source({field(u"paymentValue"_s, u"date"_s, u"2026-11-21"_s),
                    field(u"amount"_s, u"money"_s, QJsonObject{{u"minor"_s, 100}, {u"currency"_s, u"GBP"_s}})});
        const SuggestionEngine e(src, schemaOf(u"ARSTPY"_s), synonyms());
        QCOMPARE(e.score(u"paymentValue"_s, u"Payment.PaymentValue"_s).confidence, 0);
        QVERIFY(e.score(u"amount"_s, u"Payment.PaymentValue"_s).confidence >= SuggestionEngine::DefaultAcceptPerMille);
        for (const TargetSuggestion& t : e.suggest()) {
            for (const SuggestionCandidate& c : t.candidates) {
                QVERIFY2(!(c.sourcePath == u"paymentValue"_s && t.targetPath.endsWith(u"Value"_s)),
                         qPrintable(t.targetPath));
            }
        }
    }

    void aSampleLongerThanTheTargetIsPenalised()
    {
        const Schema src = source({field(u"reference"_s, u"text"_s, u"SHORT-1"_s),
                                   field(u"ref"_s, u"text"_s, u"A-VERY-LONG-REFERENCE-THAT-IS-LONGER-THAN-30"_s)});
        const SuggestionEngine e(src, schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionCandidate shortOne = e.score(u"reference"_s, u"Payment.Reference"_s);
        const SuggestionCandidate longOne = e.score(u"ref"_s, u"Payment.Reference"_s);
        QVERIFY2(longOne.confidence < shortOne.confidence,
                 qPrintable(u"%1 vs %2"_s.arg(longOne.confidence).arg(shortOne.confidence)));
        QVERIFY(longOne.reasons.join(u' ').contains(u"at most 30"_s));
    }

    void sampleShapeDecides()
    {
        // "contact" says nothing by name, but its sample is an e-mail address.
        const Schema src = source(
            {field(u"contact"_s, u"text"_s, u"anna@example.com"_s), field(u"mail"_s, u"text"_s, u"not an address"_s)});
        const SuggestionEngine e(src, schemaOf(u"ARSSCS"_s), synonyms());
        const SuggestionCandidate byShape = e.score(u"contact"_s, u"Item.Email"_s);
        const SuggestionCandidate byNameOnly = e.score(u"mail"_s, u"Item.Email"_s);
        QVERIFY(byShape.confidence > byNameOnly.confidence);
        QVERIFY(byShape.reasons.join(u' ').contains(u"looks like an e-mail address"_s));
        QVERIFY(byNameOnly.reasons.join(u' ').contains(u"does not look like"_s));
    }

    void historyBoostsAndARejectedPairSinks()
    {
        InMemorySuggestionHistory history;
        const SuggestionEngine plain(schemaOf(u"payment"_s), schemaOf(u"ARSTPY"_s), synonyms());
        const SuggestionEngine withHistory(schemaOf(u"payment"_s), schemaOf(u"ARSTPY"_s), synonyms(), &history);
        const int before = plain.score(u"transactionId"_s, u"Payment.Reference"_s).confidence;
        const int vendorBefore = plain.score(u"vendorTxCode"_s, u"Payment.Reference"_s).confidence;
        withHistory.recordDecision(history, {u"transactionId"_s, u"Payment.Reference"_s, before}, true);
        withHistory.recordDecision(history, {u"transactionId"_s, u"Payment.Reference"_s, before}, true);
        withHistory.recordDecision(history, {u"vendorTxCode"_s, u"Payment.Reference"_s, vendorBefore}, false);
        QVERIFY(withHistory.score(u"transactionId"_s, u"Payment.Reference"_s).confidence > before);
        QVERIFY(withHistory.score(u"vendorTxCode"_s, u"Payment.Reference"_s).confidence < vendorBefore / 2);
        QCOMPARE(history.counts(u"payment:transactionId"_s, u"ARSTPY:Payment.Reference"_s).accepted, 2);
        // The caller persists the history as JSON; it reads back the same.
        const Result<InMemorySuggestionHistory> back = InMemorySuggestionHistory::fromJson(history.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), history.toJson());
        QCOMPARE(back->counts(u"payment:vendorTxCode"_s, u"ARSTPY:Payment.Reference"_s).rejected, 1);
        for (const TargetSuggestion& t : withHistory.suggest()) {
            if (t.targetPath == u"Payment.Reference"_s) {
                QCOMPARE(t.candidates.first().sourcePath, u"transactionId"_s);
            }
        }
    }

    void rankingIsDeterministicAndSkipsMappedTargets()
    {
        const SuggestionEngine e(schemaOf(u"customer"_s), schemaOf(u"ARSSCS"_s), synonyms());
        const QList<TargetSuggestion> a = e.suggest();
        const SuggestionEngine e2(schemaOf(u"customer"_s), schemaOf(u"ARSSCS"_s), synonyms());
        const QList<TargetSuggestion> b = e2.suggest();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).targetPath, b.at(i).targetPath);
            QCOMPARE(a.at(i).candidates.size(), b.at(i).candidates.size());
            for (qsizetype j = 0; j < a.at(i).candidates.size(); ++j) {
                QCOMPARE(a.at(i).candidates.at(j).sourcePath, b.at(i).candidates.at(j).sourcePath);
                QCOMPARE(a.at(i).candidates.at(j).confidence, b.at(i).candidates.at(j).confidence);
                if (j > 0) {
                    const auto& prev = a.at(i).candidates.at(j - 1);
                    const auto& cur = a.at(i).candidates.at(j);
                    QVERIFY(prev.confidence > cur.confidence ||
                            (prev.confidence == cur.confidence && prev.sourcePath < cur.sourcePath));
                }
            }
        }
        const QList<TargetSuggestion> rest = e.suggest({u"Item.Email"_s});
        QCOMPARE(rest.size(), a.size() - 1);
        for (const TargetSuggestion& t : rest) {
            QVERIFY(t.targetPath != u"Item.Email"_s);
        }
    }

    void acceptAboveTakesTheBestCandidateOverTheThreshold()
    {
        const QList<TargetSuggestion> s{
            {u"A"_s, {{u"x"_s, 950, {}}, {u"y"_s, 900, {}}}},
            {u"B"_s, {{u"z"_s, 690, {}}}},
            {u"C"_s, {}},
        };
        const QList<SuggestedConnection> c = SuggestionEngine::acceptAbove(s, 700);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first(), (SuggestedConnection{u"x"_s, u"A"_s, 950}));
        QCOMPARE(SuggestionEngine::acceptAbove(s, 600).size(), 2);
    }

    /// Issue #6's figure: precision ≥ 0.9 at recall ≥ 0.7 at the default threshold. The floor
    /// follows the tuning pairs (what the engine was tuned on); the target counts as met only
    /// when the clean held-out pairs, never looked at while tuning and not known to have leaked
    /// into it, reach it too (docs/benchmarks.md).
    void benchmarkFigures()
    {
        const Result<QList<MappingPair>> pairs = loadPairs(QStringLiteral(BRIDGE_TEST_DATA_DIR "/mapping-pairs"));
        QVERIFY2(pairs.has_value(), pairs ? "" : qPrintable(pairs.error().message));
        QVERIFY(pairs->size() >= 8);
        PairScore tuning;
        PairScore heldOut;
        PairScore clean;
        int heldOutPairs = 0;
        int cleanPairs = 0;
        for (const MappingPair& p : *pairs) {
            const PairScore s = evaluatePair(p, SuggestionEngine::DefaultAcceptPerMille);
            if (p.heldOut) {
                ++heldOutPairs;
                heldOut.add(s);
                if (!p.contaminated) {
                    ++cleanPairs;
                    clean.add(s);
                }
            } else {
                tuning.add(s);
            }
        }
        // 11-13 held out since round 1 (11 and 13 leaked into tuning in round 2: reported, not
        // counted); 17-20 are tuning pairs since round 6, 21-24 since round 7, and new held-out
        // pairs join 12.
        QVERIFY(heldOutPairs >= 3);
        QVERIFY(cleanPairs >= 7);
        qInfo("held out, all %d pairs: precision %d‰ recall %d‰", heldOutPairs, heldOut.precisionPerMille(),
              heldOut.recallPerMille());
        QVERIFY2(
            tuning.precisionPerMille() >= 890 && tuning.recallPerMille() >= 690,
            qPrintable(
                u"tuning: precision %1‰ recall %2‰"_s.arg(tuning.precisionPerMille()).arg(tuning.recallPerMille())));
        // With each pair's example document (the SYSPRO document a clerk keyed for the sample).
        PairScore tuningWithExample;
        PairScore cleanWithExample;
        for (const MappingPair& p : *pairs) {
            if (p.example.isEmpty()) {
                continue;
            }
            const PairScore s = evaluatePair(p, SuggestionEngine::DefaultAcceptPerMille, true);
            if (!p.heldOut) {
                tuningWithExample.add(s);
            } else if (!p.contaminated) {
                cleanWithExample.add(s);
            }
        }
        QVERIFY2(
            tuningWithExample.precisionPerMille() >= 970 && tuningWithExample.recallPerMille() >= 870,
            qPrintable(u"tuning with the example: precision %1‰ recall %2‰"_s.arg(tuningWithExample.precisionPerMille())
                           .arg(tuningWithExample.recallPerMille())));
        // Issue #6's target on the clean held-out pairs (12 and 25-30), measured once in round 7
        // (docs/benchmarks.md): met with the example document (0.962 / 0.800), not by the names
        // alone (0.652 / 0.461).
        QVERIFY2(cleanWithExample.precisionPerMille() >= 900 && cleanWithExample.recallPerMille() >= 700,
                 qPrintable(u"clean held out with the example: precision %1‰ recall %2‰"_s
                                .arg(cleanWithExample.precisionPerMille())
                                .arg(cleanWithExample.recallPerMille())));
        QEXPECT_FAIL("",
                     "names alone do not reach issue #6's target (precision 0.9 at recall 0.7) on clean held-out "
                     "pairs; an example document does",
                     Continue);
        QVERIFY2(clean.precisionPerMille() >= 900 && clean.recallPerMille() >= 700,
                 qPrintable(u"clean held out (%1 pairs): precision %2‰ recall %3‰"_s.arg(cleanPairs)
                                .arg(clean.precisionPerMille())
                                .arg(clean.recallPerMille())));
    }
};

QTEST_GUILESS_MAIN(TestMappingSuggestions)
#include "TestMappingSuggestions.moc"
