// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/ErpDocuments.h"

#include "core/CanonicalPayment.h"
#include "syspro/SalesOrderImport.h"

#include <QJsonArray>

namespace bridge::engine {

namespace {

/// The fields of one command (or one of its lines) by target name, with the checks every
/// document needs: no unknown target slips through unposted, and values have the right kind.
class Fields
{
public:
    Fields(const QJsonArray& fields, QString object, QString where)
        : m_object(std::move(object))
        , m_where(std::move(where))
    {
        for (const QJsonValue& f : fields) {
            const QJsonObject o = f.toObject();
            m_values.insert(o.value(QStringLiteral("target")).toString(), o.value(QStringLiteral("value")));
        }
        if (m_object == QLatin1String("GENTJL")) {
            readLegacyJournalNames();
        }
    }

    /// Refuses targets the document cannot carry: a mapping that names a field the bridge would
    /// drop must say so instead of losing the value.
    Result<void> onlyKnown(const QStringList& known) const
    {
        for (auto it = m_values.begin(); it != m_values.end(); ++it) {
            if (!known.contains(it.key())) {
                return fail(Error::permanent(
                    QStringLiteral("engine.command.unknown_target"),
                    ErpDocuments::tr("The mapping fills \"%1\" in %2 (%3), which the bridge cannot post in a %2. "
                                     "Use one of: %4.")
                        .arg(it.key(), m_object, m_where, known.join(QStringLiteral(", ")))));
            }
        }
        return {};
    }

    [[nodiscard]] bool has(const QString& target) const
    {
        return m_values.contains(target) && !m_values.value(target).isNull();
    }

    [[nodiscard]] QString text(const QString& target) const
    {
        const QJsonValue v = m_values.value(target);
        if (v.isDouble()) {
            return QString::number(v.toInteger());
        }
        if (v.isBool()) {
            return v.toBool() ? QStringLiteral("Y") : QStringLiteral("N");
        }
        if (v.isObject() && v.toObject().contains(QStringLiteral("decimal"))) {
            return v.toObject().value(QStringLiteral("decimal")).toString();
        }
        return v.toString();
    }

    Result<QString> required(const QString& target) const
    {
        const QString t = text(target).trimmed();
        if (t.isEmpty()) {
            return fail(missing(target));
        }
        return t;
    }

    Result<QDate> date(const QString& target, bool isRequired) const
    {
        const QString t = text(target).trimmed();
        if (t.isEmpty()) {
            if (isRequired) {
                return fail(missing(target));
            }
            return QDate();
        }
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid()) {
            return fail(Error::permanent(QStringLiteral("engine.command.date"),
                                         ErpDocuments::tr("%1 in %2 (%3) is \"%4\", which is not a date (yyyy-MM-dd). "
                                                          "Add a formatDate step with the format yyyy-MM-dd.")
                                             .arg(target, m_object, m_where, t)));
        }
        return d;
    }

    Result<Money> money(const QString& target) const
    {
        const QJsonValue v = m_values.value(target);
        if (!v.isObject()) {
            return fail(Error::permanent(QStringLiteral("engine.command.money"),
                                         ErpDocuments::tr("%1 in %2 (%3) must be an amount with its currency; the "
                                                          "mapping gave \"%4\". Map it from an amount field.")
                                             .arg(target, m_object, m_where, text(target))));
        }
        return moneyFromJson(v, QStringLiteral("%1 (%2)").arg(target, m_where));
    }

    /// A quantity or price: a whole number, an exact decimal text, or money (its decimal form).
    Result<syspro::FixedDecimal> decimal(const QString& target, int scale) const
    {
        const QJsonValue v = m_values.value(target);
        if (v.isDouble()) {
            return syspro::FixedDecimal::fromInteger(v.toInteger(), scale);
        }
        if (v.isObject()) {
            Result<Money> m = money(target);
            if (!m) {
                return fail(m.error());
            }
            return syspro::FixedDecimal::fromMoney(*m, scale);
        }
        return syspro::FixedDecimal::parse(text(target), scale, target);
    }

    [[nodiscard]] QJsonObject group(const QString& target) const { return m_values.value(target).toObject(); }

private:
    /// Until the bridge named GENTJL's header fields as SYSPRO does (`Item.JournalReference`), it
    /// queued them as `Journal.JournalReference`, `Journal.JournalDate`, … Commands already in an
    /// outbox or a resolution may still carry those names: they are read as their `Item.` names,
    /// so an upgrade loses nothing. A command naming a field both ways keeps the `Item.` value.
    void readLegacyJournalNames()
    {
        static const QString legacy = QStringLiteral("Journal.");
        QHash<QString, QJsonValue> renamed;
        for (auto it = m_values.begin(); it != m_values.end(); ++it) {
            if (it.key().startsWith(legacy)) {
                const QString current = QStringLiteral("Item.") + it.key().mid(legacy.size());
                if (!m_values.contains(current)) {
                    renamed.insert(current, it.value());
                }
                continue;
            }
            renamed.insert(it.key(), it.value());
        }
        m_values = std::move(renamed);
    }

    [[nodiscard]] Error missing(const QString& target) const
    {
        return Error::permanent(
            QStringLiteral("engine.command.missing"),
            ErpDocuments::tr("%1 in %2 (%3) is empty, and SYSPRO needs it. Map a source field to it "
                             "or give it a default.")
                .arg(target, m_object, m_where));
    }

    QHash<QString, QJsonValue> m_values;
    QString m_object;
    QString m_where;
};

QString objectOf(const QJsonObject& command)
{
    return command.value(QStringLiteral("object")).toString().toUpper();
}

QString whereOf(const QJsonObject& command)
{
    return ErpDocuments::tr("mapping target \"%1\"").arg(command.value(QStringLiteral("target")).toString());
}

Fields headerOf(const QJsonObject& command)
{
    return Fields(command.value(QStringLiteral("fields")).toArray(), objectOf(command), whereOf(command));
}

const QString kPo = QStringLiteral("OrderHeader.CustomerPoNumber");
const QString kPaymentRef = QStringLiteral("Payment.Reference");
const QString kItemRef = QStringLiteral("Item.Reference");
const QString kJournalRef = QStringLiteral("Item.JournalReference");
const QString kCreditPo = QStringLiteral("Item.CustomerPoNumber");
/// What the SORTCL preview shows for the number SYSPRO gives the SORTCH header.
const QString kNumberToCome = QStringLiteral("(from SORTCH)");

} // namespace

ErpDocuments::PostableFields ErpDocuments::postableFields(const QString& object)
{
    if (object == QLatin1String("SORTOI")) {
        QStringList header{kPo,
                           QStringLiteral("OrderHeader.Customer"),
                           QStringLiteral("OrderHeader.OrderDate"),
                           QStringLiteral("OrderHeader.OrderStatus"),
                           QStringLiteral("OrderHeader.CustomerName"),
                           QStringLiteral("OrderHeader.ShipAddress"),
                           QStringLiteral("OrderHeader.ShipPostalCode"),
                           QStringLiteral("OrderHeader.Email"),
                           QStringLiteral("OrderHeader.Warehouse"),
                           QStringLiteral("OrderHeader.ShippingInstrs"),
                           QStringLiteral("OrderHeader.SpecialInstrs"),
                           QStringLiteral("OrderHeader.AlternateReference")};
        for (int i = 1; i <= 5; ++i) {
            header.append(QStringLiteral("OrderHeader.ShipAddress%1").arg(i));
        }
        return {header,
                {QStringLiteral("StockCode"), QStringLiteral("StockDescription"), QStringLiteral("Warehouse"),
                 QStringLiteral("OrderQty"), QStringLiteral("OrderUom"), QStringLiteral("Price"),
                 QStringLiteral("PriceUom")}};
    }
    if (object == QLatin1String("ARSTPY")) {
        return {{QStringLiteral("Payment.Customer"), QStringLiteral("Payment.PaymentValue"), kPaymentRef,
                 QStringLiteral("Payment.PaymentDate"), QStringLiteral("Payment.JournalNotation"),
                 QStringLiteral("Payment.Bank"), QStringLiteral("Payment.PaymentType"),
                 QStringLiteral("Payment.UnappliedPayment.GrossPaymentValue"),
                 QStringLiteral("Payment.UnappliedPayment.CustomerPurchaseOrder")},
                {}};
    }
    if (object == QLatin1String("ARSTIN")) {
        return {{QStringLiteral("Item.TransactionType"), QStringLiteral("Item.Customer"),
                 QStringLiteral("Item.Invoice"), QStringLiteral("Item.InvoiceDate"), kItemRef,
                 QStringLiteral("Item.InvoiceValue"), QStringLiteral("Item.TaxValue"),
                 QStringLiteral("Item.ProductClass"), QStringLiteral("Item.PostingPeriod")},
                {}};
    }
    if (object == QLatin1String("SORTCH")) {
        return {{kCreditPo, QStringLiteral("Item.Customer"), QStringLiteral("Item.CreditNoteDate"),
                 QStringLiteral("Item.InvoiceNumber")},
                {QStringLiteral("StockCode"), QStringLiteral("Description"), QStringLiteral("Warehouse"),
                 QStringLiteral("OrderQty"), QStringLiteral("OrderUom"), QStringLiteral("Price"),
                 QStringLiteral("PriceUom"), QStringLiteral("CreditReason"), QStringLiteral("NsProductClass")}};
    }
    if (object == QLatin1String("GENTJL")) {
        return {{kJournalRef, QStringLiteral("Item.JournalDate"), QStringLiteral("Item.Notation"),
                 QStringLiteral("Item.PostingYear"), QStringLiteral("Item.PostingPeriod")},
                {QStringLiteral("LedgerCode"), QStringLiteral("EntryAmount"), QStringLiteral("Reference"),
                 QStringLiteral("Comment")}};
    }
    return {};
}

QStringList ErpDocuments::supportedObjects()
{
    return {QStringLiteral("SORTOI"), QStringLiteral("ARSTPY"), QStringLiteral("ARSTIN"), QStringLiteral("SORTCH"),
            QStringLiteral("GENTJL")};
}

Result<QString> ErpDocuments::businessKey(const QJsonObject& command)
{
    const QString object = objectOf(command);
    const Fields f = headerOf(command);
    if (object == QLatin1String("SORTOI")) {
        return f.required(kPo);
    }
    if (object == QLatin1String("ARSTPY")) {
        return f.required(kPaymentRef);
    }
    if (object == QLatin1String("ARSTIN")) {
        return f.required(kItemRef);
    }
    if (object == QLatin1String("SORTCH")) {
        return f.required(kCreditPo);
    }
    if (object == QLatin1String("GENTJL")) {
        return f.required(kJournalRef);
    }
    return fail(
        Error::permanent(QStringLiteral("engine.command.object"),
                         tr("%1 asks for business object \"%2\", which the bridge does not post. Use one of: %3.")
                             .arg(whereOf(command), object, supportedObjects().join(QStringLiteral(", ")))));
}

QString ErpDocuments::customer(const QJsonObject& command)
{
    const Fields f = headerOf(command);
    const QString object = objectOf(command);
    if (object == QLatin1String("GENTJL")) {
        return {}; // a journal has ledger codes, no customer
    }
    const QString target = object == QLatin1String("SORTOI")   ? QStringLiteral("OrderHeader.Customer")
                           : object == QLatin1String("ARSTPY") ? QStringLiteral("Payment.Customer")
                           : object == QLatin1String("SORTCH") ? QStringLiteral("Item.Customer")
                                                               : QStringLiteral("Item.Customer");
    return f.text(target).trimmed();
}

QStringList ErpDocuments::stockCodes(const QJsonObject& command)
{
    QStringList codes;
    for (const QJsonValue& line : command.value(QStringLiteral("lines")).toArray()) {
        const Fields f(line.toArray(), objectOf(command), whereOf(command));
        const QString code = f.text(QStringLiteral("StockCode")).trimmed();
        if (!code.isEmpty() && !codes.contains(code)) {
            codes.append(code);
        }
    }
    return codes;
}

Result<syspro::SalesOrder> ErpDocuments::salesOrder(const QJsonObject& command)
{
    const Fields f = headerOf(command);
    const QString where = whereOf(command);
    const QStringList header = postableFields(QStringLiteral("SORTOI")).header;
    if (Result<void> known = f.onlyKnown(header); !known) {
        return fail(known.error());
    }
    syspro::SalesOrder order;
    Result<QString> po = f.required(kPo);
    Result<QString> customer = f.required(QStringLiteral("OrderHeader.Customer"));
    Result<QDate> date = f.date(QStringLiteral("OrderHeader.OrderDate"), false);
    for (const Error* e :
         {po ? nullptr : &po.error(), customer ? nullptr : &customer.error(), date ? nullptr : &date.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    order.customerPoNumber = *po;
    order.customer = *customer;
    order.orderDate = *date;
    order.customerName = f.text(QStringLiteral("OrderHeader.CustomerName")).trimmed();
    order.email = f.text(QStringLiteral("OrderHeader.Email")).trimmed();
    order.warehouse = f.text(QStringLiteral("OrderHeader.Warehouse")).trimmed();
    order.shippingInstrs = f.text(QStringLiteral("OrderHeader.ShippingInstrs")).trimmed();
    order.specialInstrs = f.text(QStringLiteral("OrderHeader.SpecialInstrs")).trimmed();
    order.alternateReference = f.text(QStringLiteral("OrderHeader.AlternateReference")).trimmed();
    order.shipPostalCode = f.text(QStringLiteral("OrderHeader.ShipPostalCode")).trimmed();
    const QJsonObject address = f.group(QStringLiteral("OrderHeader.ShipAddress"));
    for (int i = 1; i <= 5; ++i) {
        QString line = f.text(QStringLiteral("OrderHeader.ShipAddress%1").arg(i)).trimmed();
        if (line.isEmpty()) {
            line = address.value(QStringLiteral("ShipAddress%1").arg(i)).toString().trimmed();
        }
        order.shipAddress.append(line);
    }
    while (!order.shipAddress.isEmpty() && order.shipAddress.last().isEmpty()) {
        order.shipAddress.removeLast();
    }
    if (order.shipPostalCode.isEmpty()) {
        order.shipPostalCode = address.value(QStringLiteral("ShipPostalCode")).toString().trimmed();
    }

    const QJsonArray lines = command.value(QStringLiteral("lines")).toArray();
    const QStringList lineTargets = postableFields(QStringLiteral("SORTOI")).lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString lineWhere = tr("%1, order line %2").arg(where).arg(i + 1);
        const Fields l(lines.at(i).toArray(), QStringLiteral("SORTOI"), lineWhere);
        if (Result<void> known = l.onlyKnown(lineTargets); !known) {
            return fail(known.error());
        }
        syspro::StockLine s;
        s.customerPoLine = int(i + 1);
        Result<QString> code = l.required(QStringLiteral("StockCode"));
        if (!code) {
            return fail(code.error());
        }
        s.stockCode = *code;
        s.stockDescription = l.text(QStringLiteral("StockDescription")).trimmed();
        s.warehouse = l.text(QStringLiteral("Warehouse")).trimmed();
        Result<syspro::FixedDecimal> qty = l.decimal(QStringLiteral("OrderQty"), 6);
        if (!qty) {
            return fail(qty.error());
        }
        s.orderQty = *qty;
        s.orderUom = l.text(QStringLiteral("OrderUom")).trimmed();
        if (l.has(QStringLiteral("Price"))) {
            Result<syspro::FixedDecimal> price = l.decimal(QStringLiteral("Price"), 5);
            if (!price) {
                return fail(price.error());
            }
            s.price = *price;
        }
        s.priceUom = l.text(QStringLiteral("PriceUom")).trimmed();
        order.lines.append(s);
    }
    return order;
}

QString ErpDocuments::orderStatus(const QJsonObject& command)
{
    const QString status = headerOf(command).text(QStringLiteral("OrderHeader.OrderStatus")).trimmed();
    return status.isEmpty() ? QStringLiteral("1") : status;
}

Result<syspro::ArPayment> ErpDocuments::receipt(const QJsonObject& command)
{
    const Fields f = headerOf(command);
    if (Result<void> known = f.onlyKnown(postableFields(QStringLiteral("ARSTPY")).header); !known) {
        return fail(known.error());
    }
    syspro::ArPayment p;
    Result<QString> customer = f.required(QStringLiteral("Payment.Customer"));
    Result<QString> reference = f.required(kPaymentRef);
    Result<Money> value = f.money(QStringLiteral("Payment.PaymentValue"));
    Result<QDate> date = f.date(QStringLiteral("Payment.PaymentDate"), false);
    for (const Error* e : {customer ? nullptr : &customer.error(), reference ? nullptr : &reference.error(),
                           value ? nullptr : &value.error(), date ? nullptr : &date.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    p.customer = *customer;
    p.reference = *reference;
    p.paymentValue = *value;
    p.paymentDate = *date;
    p.journalNotation = f.text(QStringLiteral("Payment.JournalNotation")).trimmed();
    p.bank = f.text(QStringLiteral("Payment.Bank")).trimmed();
    if (const QString type = f.text(QStringLiteral("Payment.PaymentType")).trimmed(); !type.isEmpty()) {
        p.paymentType = type;
    }
    if (f.has(QStringLiteral("Payment.UnappliedPayment.GrossPaymentValue"))) {
        Result<Money> unapplied = f.money(QStringLiteral("Payment.UnappliedPayment.GrossPaymentValue"));
        if (!unapplied) {
            return fail(unapplied.error());
        }
        p.unapplied = *unapplied;
        p.unappliedPurchaseOrder = f.text(QStringLiteral("Payment.UnappliedPayment.CustomerPurchaseOrder")).trimmed();
    }
    return p;
}

Result<syspro::ArDocument> ErpDocuments::creditNote(const QJsonObject& command)
{
    const Fields f = headerOf(command);
    if (Result<void> known = f.onlyKnown(postableFields(QStringLiteral("ARSTIN")).header); !known) {
        return fail(known.error());
    }
    syspro::ArDocument d;
    Result<QString> customer = f.required(QStringLiteral("Item.Customer"));
    Result<QString> reference = f.required(kItemRef);
    Result<Money> value = f.money(QStringLiteral("Item.InvoiceValue"));
    Result<QDate> date = f.date(QStringLiteral("Item.InvoiceDate"), false);
    for (const Error* e : {customer ? nullptr : &customer.error(), reference ? nullptr : &reference.error(),
                           value ? nullptr : &value.error(), date ? nullptr : &date.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    d.customer = *customer;
    d.reference = *reference;
    d.value = *value;
    d.invoiceDate = *date;
    d.taxValue = Money::zero(d.value.currency());
    if (f.has(QStringLiteral("Item.TaxValue"))) {
        Result<Money> tax = f.money(QStringLiteral("Item.TaxValue"));
        if (!tax) {
            return fail(tax.error());
        }
        d.taxValue = *tax;
    }
    if (const QString type = f.text(QStringLiteral("Item.TransactionType")).trimmed(); !type.isEmpty()) {
        d.transactionType = type;
    }
    d.invoice = f.text(QStringLiteral("Item.Invoice")).trimmed();
    d.productClass = f.text(QStringLiteral("Item.ProductClass")).trimmed();
    if (const QString period = f.text(QStringLiteral("Item.PostingPeriod")).trimmed(); !period.isEmpty()) {
        d.postingPeriod = period;
    }
    return d;
}

Result<syspro::CreditNote> ErpDocuments::stockCreditNote(const QJsonObject& command)
{
    const Fields f = headerOf(command);
    const QString where = whereOf(command);
    if (Result<void> known = f.onlyKnown(postableFields(QStringLiteral("SORTCH")).header); !known) {
        return fail(known.error());
    }
    syspro::CreditNote note;
    Result<QString> po = f.required(kCreditPo);
    Result<QString> customer = f.required(QStringLiteral("Item.Customer"));
    Result<QDate> date = f.date(QStringLiteral("Item.CreditNoteDate"), false);
    for (const Error* e :
         {po ? nullptr : &po.error(), customer ? nullptr : &customer.error(), date ? nullptr : &date.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    note.customerPoNumber = *po;
    note.customer = *customer;
    note.creditNoteDate = *date;
    note.invoiceNumber = f.text(QStringLiteral("Item.InvoiceNumber")).trimmed();

    const QJsonArray lines = command.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty()) {
        return fail(Error::permanent(
            QStringLiteral("engine.command.no_lines"),
            tr("%1 makes a SORTCH credit note without lines, and SYSPRO's SORTCL needs at least one. Map the "
               "refunded order lines, or one non-stocked line with the refund's amount (Description, OrderQty 1, "
               "Price, NsProductClass).")
                .arg(where)));
    }
    const QStringList lineTargets = postableFields(QStringLiteral("SORTCH")).lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString lineWhere = tr("%1, credit note line %2").arg(where).arg(i + 1);
        const Fields l(lines.at(i).toArray(), QStringLiteral("SORTCL"), lineWhere);
        if (Result<void> known = l.onlyKnown(lineTargets); !known) {
            return fail(known.error());
        }
        syspro::CreditNoteLine line;
        line.stockCode = l.text(QStringLiteral("StockCode")).trimmed();
        line.description = l.text(QStringLiteral("Description")).trimmed();
        line.warehouse = l.text(QStringLiteral("Warehouse")).trimmed();
        line.orderUom = l.text(QStringLiteral("OrderUom")).trimmed();
        line.priceUom = l.text(QStringLiteral("PriceUom")).trimmed();
        line.creditReason = l.text(QStringLiteral("CreditReason")).trimmed();
        line.nsProductClass = l.text(QStringLiteral("NsProductClass")).trimmed();
        if (line.stockCode.isEmpty()) {
            // A non-stocked line: SYSPRO needs to say what it was and where it is booked.
            for (const QString& needed : {QStringLiteral("Description"), QStringLiteral("NsProductClass")}) {
                if (Result<QString> r = l.required(needed); !r) {
                    return fail(r.error());
                }
            }
        }
        Result<syspro::FixedDecimal> qty = l.decimal(QStringLiteral("OrderQty"), 6);
        if (!qty) {
            return fail(qty.error());
        }
        Result<syspro::FixedDecimal> price = l.decimal(QStringLiteral("Price"), 5);
        if (!price) {
            return fail(price.error());
        }
        line.orderQty = *qty;
        line.price = *price;
        note.lines.append(line);
    }
    return note;
}

Result<syspro::GlJournal> ErpDocuments::journal(const QJsonObject& command)
{
    const Fields f = headerOf(command);
    const QString where = whereOf(command);
    if (Result<void> known = f.onlyKnown(postableFields(QStringLiteral("GENTJL")).header); !known) {
        return fail(known.error());
    }
    syspro::GlJournal journal;
    Result<QString> reference = f.required(kJournalRef);
    if (!reference) {
        return fail(reference.error());
    }
    Result<QDate> date = f.date(QStringLiteral("Item.JournalDate"), false);
    if (!date) {
        return fail(date.error());
    }
    journal.reference = *reference;
    journal.journalDate = *date;
    journal.notation = f.text(QStringLiteral("Item.Notation")).trimmed();
    for (const char* name : {"Item.PostingYear", "Item.PostingPeriod"}) {
        const QString target = QString::fromLatin1(name);
        if (!f.has(target)) {
            continue;
        }
        bool ok = false;
        const int value = f.text(target).trimmed().toInt(&ok);
        if (!ok) {
            return fail(Error::permanent(
                QStringLiteral("engine.command.number"),
                tr("%1 in GENTJL (%2) is \"%3\", which is not a whole number.").arg(target, where, f.text(target))));
        }
        (target.endsWith(QLatin1String("Year")) ? journal.postingYear : journal.postingPeriod) = value;
    }
    const QJsonArray lines = command.value(QStringLiteral("lines")).toArray();
    const QStringList lineTargets = postableFields(QStringLiteral("GENTJL")).lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Fields l(lines.at(i).toArray(), QStringLiteral("GENTJL"),
                       tr("%1, journal entry %2").arg(where).arg(i + 1));
        if (Result<void> known = l.onlyKnown(lineTargets); !known) {
            return fail(known.error());
        }
        syspro::GlJournalLine line;
        Result<QString> code = l.required(QStringLiteral("LedgerCode"));
        if (!code) {
            return fail(code.error());
        }
        Result<Money> amount = l.money(QStringLiteral("EntryAmount"));
        if (!amount) {
            return fail(amount.error());
        }
        line.ledgerCode = *code;
        line.amount = *amount;
        line.reference = l.text(QStringLiteral("Reference")).trimmed();
        line.comment = l.text(QStringLiteral("Comment")).trimmed();
        journal.lines.append(line);
    }
    // Every journal the bridge posts balances; SYSPRO would refuse it anyway, but only after the call.
    Result<Money> difference = syspro::GlJournalPost::imbalance(journal);
    if (!difference) {
        return fail(difference.error());
    }
    if (!difference->isZero()) {
        return fail(Error::permanent(
            QStringLiteral("engine.command.unbalanced"),
            tr("GL journal %1 (%2) does not balance: debits and credits differ by %3 %4. It "
               "is not posted; correct its entries.")
                .arg(journal.reference, where, difference->toDecimalString(), difference->currency().code())));
    }
    return journal;
}

Result<QString> ErpDocuments::xmlIn(const QJsonObject& command, const syspro::FieldLimits& limits)
{
    const QString object = objectOf(command);
    if (object == QLatin1String("SORTOI")) {
        Result<syspro::SalesOrder> order = salesOrder(command);
        if (!order) {
            return fail(order.error());
        }
        return syspro::SalesOrderImport::buildXmlIn({*order}, limits);
    }
    if (object == QLatin1String("ARSTPY")) {
        Result<syspro::ArPayment> payment = receipt(command);
        if (!payment) {
            return fail(payment.error());
        }
        return syspro::ArPaymentPost::buildXmlIn(*payment, limits);
    }
    if (object == QLatin1String("ARSTIN")) {
        Result<syspro::ArDocument> document = creditNote(command);
        if (!document) {
            return fail(document.error());
        }
        return syspro::ArInvoicePost::buildXmlIn(*document, limits);
    }
    if (object == QLatin1String("SORTCH")) {
        Result<syspro::CreditNote> note = stockCreditNote(command);
        if (!note) {
            return fail(note.error());
        }
        // SORTCH then SORTCL: the lines go to the number SYSPRO allocates for the header.
        Result<QString> header = syspro::CreditNotePost::buildHeaderXmlIn(*note, limits);
        Result<QString> lines = syspro::CreditNotePost::buildLineXmlIn(kNumberToCome, *note, limits);
        if (!header || !lines) {
            return fail(!header ? header.error() : lines.error());
        }
        return *header + QLatin1Char('\n') + *lines;
    }
    if (object == QLatin1String("GENTJL")) {
        Result<syspro::GlJournal> gl = journal(command);
        if (!gl) {
            return fail(gl.error());
        }
        return syspro::GlJournalPost::buildXmlIn(*gl, limits);
    }
    return fail(businessKey(command).error());
}

} // namespace bridge::engine
