// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/MappingDocument.h"
#include "mapping/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bridge;
using namespace bridge::mapping;

namespace {

/// Every source path a step list reads, with the line mapping's list in front of relative paths.
void collectPaths(const QJsonValue& value, const QString& linePrefix, QSet<QString>* out)
{
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            collectPaths(v, linePrefix, out);
        }
        return;
    }
    if (!value.isObject()) {
        return;
    }
    const QJsonObject o = value.toObject();
    auto add = [&](QString path) {
        if (path.startsWith(u"$."_s)) {
            out->insert(path.mid(2));
        } else {
            out->insert(linePrefix + path);
        }
    };
    if (o.contains(u"path"_s) && o.value(u"path"_s).isString()) {
        add(o.value(u"path"_s).toString());
    }
    if (o.value(u"type"_s).toString() == u"address"_s) {
        add(o.value(u"from"_s).toString());
    }
    if (o.value(u"type"_s).toString() == u"currency"_s && o.contains(u"date"_s)) {
        add(o.value(u"date"_s).toString());
    }
    if (o.value(u"type"_s).toString() == u"glAccount"_s) {
        for (const QJsonValue& rule : o.value(u"rules"_s).toArray()) {
            for (const QString& key : rule.toObject().value(u"when"_s).toObject().keys()) {
                add(key);
            }
        }
    }
    for (const QString& key : {u"steps"_s, u"then"_s, u"else"_s, u"parts"_s, u"if"_s, u"all"_s, u"any"_s}) {
        collectPaths(o.value(key), linePrefix, out);
    }
}

} // namespace

class TestMappingSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBuiltInSchemaLoads()
    {
        const QStringList ids = Schema::builtInIds();
        for (const QString& id :
             {u"payment"_s, u"opayo-transaction"_s, u"refund"_s, u"settlement-line"_s, u"customer"_s, u"SORTOI"_s,
              u"ARSTPY"_s, u"GENTJL"_s, u"ARSSCS"_s, u"ARSTIN"_s, u"SORTCH"_s, u"SORTCL"_s}) {
            QVERIFY2(ids.contains(id), qPrintable(id));
            const Result<Schema> s = Schema::builtIn(id);
            QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
            QCOMPARE(s->id(), id);
            QVERIFY(!s->leaves().isEmpty());
        }
    }

    void fieldsCarryTypeLengthMandatoryAndSample()
    {
        const Result<Schema> sortoi = Schema::builtIn(u"SORTOI"_s);
        QVERIFY(sortoi);
        const SchemaField* po = sortoi->find(u"OrderHeader.CustomerPoNumber"_s);
        QVERIFY(po != nullptr);
        QCOMPARE(po->maxLength, 30);
        QVERIFY(po->mandatory);
        QCOMPARE(po->type, FieldType::Text);
        const SchemaField* qty = sortoi->find(u"StockLine.OrderQty"_s);
        QVERIFY(qty != nullptr);
        QCOMPARE(qty->type, FieldType::Decimal);
        QCOMPARE(qty->scale, 6);
        QVERIFY(qty->repeated);
        QVERIFY(sortoi->find(u"OrderHeader.ShipPostalCode"_s)->description.contains(u"uncertain"_s));

        const Result<Schema> payment = Schema::builtIn(u"payment"_s);
        QVERIFY(payment);
        QCOMPARE(payment->role(), Schema::Role::Source);
        QCOMPARE(payment->find(u"amount"_s)->sampleText(), u"129.99 EUR"_s);
        QCOMPARE(payment->find(u"lines.sku"_s)->parentPath, u"lines"_s);
        QCOMPARE(payment->leaves(u"shippingAddress"_s).size(), 6);
    }

    void aMalformedSchemaIsRefusedNamingTheField()
    {
        const QByteArray bad = R"({"format": "opayo-syspro-bridge/schema", "schemaVersion": 1, "id": "x",
            "role": "source", "fields": [{"name": "a", "type": "text"},
            {"name": "addr", "type": "group", "fields": [{"name": "zip", "type": "txt"}]}]})";
        const Result<Schema> s = Schema::fromBytes(bad, u"bad.json"_s);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"fields[1] (addr).fields[0] (zip)"_s), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(u"unknown type \"txt\""_s));

        const QByteArray badSample = R"({"format": "opayo-syspro-bridge/schema", "schemaVersion": 1, "id": "x",
            "role": "source", "fields": [{"name": "when", "type": "date", "sample": "yesterday"}]})";
        const Result<Schema> s2 = Schema::fromBytes(badSample, u"bad.json"_s);
        QVERIFY(!s2);
        QVERIFY2(s2.error().message.contains(u"(when)"_s), qPrintable(s2.error().message));

        const QByteArray duplicate = R"({"format": "opayo-syspro-bridge/schema", "schemaVersion": 1, "id": "x",
            "role": "target", "fields": [{"name": "a", "type": "text"}, {"name": "a", "type": "integer"}]})";
        const Result<Schema> s3 = Schema::fromBytes(duplicate, u"dup.json"_s);
        QVERIFY(!s3);
        QVERIFY(s3.error().message.contains(u"appears twice"_s));
    }

    /// Every template's source paths and target names must exist in the schemas, so that the two
    /// cannot drift apart (a GENTJL line field is its element's, Item.JournalDetails.LedgerCode).
    /// Names the documentation does not list are named here, not added.
    void templatesMatchTheSchemas_data()
    {
        QTest::addColumn<QString>("resource");
        for (const char* name :
             {"default", "sales-order-receipt", "receipt-only", "stock-credit-notes", "gl-journal-only"}) {
            QTest::newRow(name) << u":/mappings/%1.json"_s.arg(QLatin1String(name));
        }
    }

    void templatesMatchTheSchemas()
    {
        QFETCH(QString, resource);
        QFile file(resource);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        const Result<Schema> source = Schema::builtIn(u"payment"_s);
        QVERIFY(source);
        // OrderStatus is a SORTOI *parameter* in syspro-enet.md §2.3, not an OrderHeader element.
        const QSet<QString> notInDocumentation{u"SORTOI:OrderHeader.OrderStatus"_s};
        QStringList missing;
        for (const QJsonValue& tv : doc.value(u"targets"_s).toArray()) {
            const QJsonObject t = tv.toObject();
            const Result<Schema> target = Schema::builtIn(t.value(u"object"_s).toString());
            QVERIFY(target);
            QSet<QString> paths;
            collectPaths(t.value(u"when"_s), QString(), &paths);
            auto checkTarget = [&](const QString& name) {
                const QString key = target->id() + u':' + name;
                if (target->find(name) == nullptr && !notInDocumentation.contains(key)) {
                    missing.append(u"target "_s + key);
                }
            };
            for (const QJsonValue& fv : t.value(u"fields"_s).toArray()) {
                const QJsonObject f = fv.toObject();
                collectPaths(f.value(u"steps"_s), QString(), &paths);
                const QString name = f.value(u"target"_s).toString();
                const QJsonArray steps = f.value(u"steps"_s).toArray();
                if (!steps.isEmpty() && steps.first().toObject().value(u"type"_s).toString() == u"address"_s) {
                    // The address step fills the named lines next to its own name.
                    const QString prefix = name.left(name.lastIndexOf(u'.') + 1);
                    const QJsonObject a = steps.first().toObject();
                    for (const QJsonValue& line : a.value(u"lines"_s).toArray()) {
                        checkTarget(prefix + line.toString());
                    }
                    checkTarget(prefix + a.value(u"postalCode"_s).toString());
                    continue;
                }
                checkTarget(name);
            }
            // One line group (an object) or several (a list of them).
            const QJsonValue lineValue = t.value(u"lines"_s);
            const QJsonArray groups = lineValue.isArray()    ? lineValue.toArray()
                                      : lineValue.isObject() ? QJsonArray{lineValue}
                                                             : QJsonArray{};
            for (const QJsonValue& gv : groups) {
                const QJsonObject lines = gv.toObject();
                const QString from = lines.value(u"from"_s).toString();
                const bool fromEvent = from == u"$"_s; // one line from the event: its own paths
                if (!fromEvent) {
                    paths.insert(from);
                }
                for (const QJsonValue& fv : lines.value(u"fields"_s).toArray()) {
                    collectPaths(fv.toObject().value(u"steps"_s), fromEvent ? QString() : from + u'.', &paths);
                    checkTarget(lines.value(u"element"_s).toString() + u'.' +
                                fv.toObject().value(u"target"_s).toString());
                }
            }
            for (const QString& p : paths) {
                if (source->find(p) == nullptr) {
                    missing.append(u"source payment:"_s + p);
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestMappingSchema)
#include "TestMappingSchema.moc"
