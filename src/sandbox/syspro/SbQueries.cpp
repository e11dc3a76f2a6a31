// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SbQueries.h"

#include "sandbox/syspro/SbDecimal.h"
#include "sandbox/syspro/SbXmlOut.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <utility>

namespace bridge::sandbox::syspro {

namespace {

QString cell(const SbQueries::Row& row, const QString& column)
{
    for (const auto& [k, v] : row) {
        if (k.compare(column, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

bool hasColumn(const SbQueries::Row& row, const QString& column)
{
    for (const auto& [k, v] : row) {
        if (k.compare(column, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

/// Compares as numbers when both sides are numbers, else as text.
int compareValues(const QString& a, const QString& b)
{
    const std::optional<qint64> na = SbDecimal::parse(a, 6);
    const std::optional<qint64> nb = SbDecimal::parse(b, 6);
    if (na && nb) {
        return *na < *nb ? -1 : (*na > *nb ? 1 : 0);
    }
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive);
}

/// One where-clause condition, read from the XmlIn once per query rather than once per row.
struct Condition {
    QString column;
    QString op; ///< EQ, NE, GT, GE, LT, LE, LIKE (upper case)
    QString wanted;
    std::optional<qint64> wantedNumber; ///< compared as numbers when the cell is a number too
    QRegularExpression like;            ///< LIKE
    qsizetype index = -1;               ///< the column's position in the table's rows

    bool matches(const SbQueries::Row& row) const
    {
        const QString value = index >= 0 && index < row.size() ? row.at(index).second : cell(row, column);
        if (op == QLatin1String("LIKE")) {
            return like.match(value.trimmed()).hasMatch();
        }
        // compareValues(), with the wanted side parsed once.
        int cmp = 0;
        const std::optional<qint64> number = wantedNumber ? SbDecimal::parse(value, 6) : std::nullopt;
        if (number) {
            cmp = *number < *wantedNumber ? -1 : (*number > *wantedNumber ? 1 : 0);
        } else {
            cmp = value.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive);
        }
        if (op == QLatin1String("NE")) {
            return cmp != 0;
        }
        if (op == QLatin1String("GT")) {
            return cmp > 0;
        }
        if (op == QLatin1String("GE")) {
            return cmp >= 0;
        }
        if (op == QLatin1String("LT")) {
            return cmp < 0;
        }
        if (op == QLatin1String("LE")) {
            return cmp <= 0;
        }
        return cmp == 0;
    }
};

Condition compile(const SbXmlNode& e, const SbQueries::Row* sample)
{
    Condition c;
    c.column = e.value(u"Column");
    c.op = e.value(u"Condition").toUpper();
    c.wanted = e.child(u"Value") ? e.child(u"Value")->text : QString();
    c.wantedNumber = SbDecimal::parse(c.wanted, 6);
    if (c.op == QLatin1String("LIKE")) {
        QString pattern;
        for (QChar ch : std::as_const(c.wanted)) {
            if (ch == u'*' || ch == u'%') {
                pattern += QLatin1String(".*");
            } else if (ch == u'?' || ch == u'_') {
                pattern += QLatin1Char('.');
            } else {
                pattern += QRegularExpression::escape(QString(ch));
            }
        }
        c.like =
            QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
    }
    if (sample) {
        for (qsizetype i = 0; i < sample->size(); ++i) {
            if (sample->at(i).first.compare(c.column, Qt::CaseInsensitive) == 0) {
                c.index = i;
                break;
            }
        }
    }
    return c;
}

/// Where-clause evaluation with brackets; AND binds tighter than OR.
struct Token {
    enum Kind { Open, Close, And, Or, Cond } kind;
    qsizetype condition = -1;
};

struct Evaluator {
    const QList<Token>& tokens;
    const QList<Condition>& conditions;
    const SbQueries::Row& row;
    qsizetype at = 0;

    bool primary()
    {
        if (at < tokens.size() && tokens.at(at).kind == Token::Open) {
            ++at;
            const bool v = orExpr();
            if (at < tokens.size() && tokens.at(at).kind == Token::Close) {
                ++at;
            }
            return v;
        }
        if (at < tokens.size() && tokens.at(at).kind == Token::Cond) {
            return conditions.at(tokens.at(at++).condition).matches(row);
        }
        ++at;
        return false;
    }
    bool andExpr()
    {
        bool v = primary();
        while (at < tokens.size() && tokens.at(at).kind == Token::And) {
            ++at;
            const bool rhs = primary();
            v = v && rhs;
        }
        return v;
    }
    bool orExpr()
    {
        bool v = andExpr();
        while (at < tokens.size() && tokens.at(at).kind == Token::Or) {
            ++at;
            const bool rhs = andExpr();
            v = v || rhs;
        }
        return v;
    }
};

/// "Column EQ a OR Column EQ b OR …" with text values (the look-ups of many codes at once):
/// the wanted values as a set, so a query costs one look-up per row instead of one comparison
/// per row and value. Empty when the clause has any other shape.
std::optional<std::pair<qsizetype, QSet<QString>>> anyOf(const QList<Token>& tokens, const QList<Condition>& conditions)
{
    QSet<QString> wanted;
    qsizetype index = -1;
    for (const Token& t : tokens) {
        if (t.kind == Token::Or) {
            continue;
        }
        if (t.kind != Token::Cond) {
            return std::nullopt;
        }
        const Condition& c = conditions.at(t.condition);
        if (c.op != QLatin1String("EQ") || c.wantedNumber || c.index < 0 || (index >= 0 && c.index != index)) {
            return std::nullopt;
        }
        index = c.index;
        wanted.insert(c.wanted.trimmed().toCaseFolded());
    }
    if (index < 0) {
        return std::nullopt;
    }
    return std::pair{index, wanted};
}

QByteArray errorText(const QString& text)
{
    return SbXmlOut::toWindows1252(QStringLiteral("ERROR: ") + text);
}

} // namespace

namespace {

/// One column of a table: its name and how a record gives its value.
template <typename Record>
struct Column {
    QString name;
    QString (*value)(const Record&);
};

/// The rows of `records` (every one, or only those whose key column is in `filter`'s set),
/// each cell computed only for the rows kept: a look-up of 50 orders among 100,000 reads 100,000
/// key cells, not 600,000 cells.
template <typename Record, typename Records>
void appendRows(const Records& records, const QList<Column<Record>>& columns, const SbQueries::KeyFilter* filter,
                QList<SbQueries::Row>* rows, SbQueries::Row* header)
{
    if (header) {
        for (const Column<Record>& c : columns) {
            header->append({c.name, QString()});
        }
    }
    if (!rows) {
        return;
    }
    qsizetype key = -1;
    if (filter) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).name.compare(filter->column, Qt::CaseInsensitive) == 0) {
                key = i;
            }
        }
    }
    for (const Record& r : records) {
        if (key >= 0 && !filter->wanted.contains(columns.at(key).value(r).trimmed().toCaseFolded())) {
            continue;
        }
        SbQueries::Row row;
        row.reserve(columns.size());
        for (const Column<Record>& c : columns) {
            row.append({c.name, c.value(r)});
        }
        rows->append(row);
    }
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("Y") : QStringLiteral("N");
}

/// GenJournalDetail and InvWarehouse have a row per entry of a record: flattened first.
struct JournalLine {
    const SbJournal* journal;
    int entry;
};
struct WarehouseLine {
    const SbStockItem* item;
    QString warehouse;
};
/// SorDetail: a row per line of an order or credit note.
struct SalesOrderLine {
    const SbSalesOrder* order;
    const SbOrderLine* line;
};

} // namespace

bool SbQueries::tableRows(const QString& table, QList<Row>* rows, const KeyFilter* filter, Row* header) const
{
    const SbCompany& c = m_company;
    if (table == QLatin1String("ArCustomer")) {
        appendRows<SbCustomer>(
            c.customers,
            {{QStringLiteral("Customer"), [](const SbCustomer& cu) { return cu.customer; }},
             {QStringLiteral("Name"), [](const SbCustomer& cu) { return cu.name; }},
             {QStringLiteral("Currency"), [](const SbCustomer& cu) { return cu.currency; }},
             {QStringLiteral("CustomerOnHold"), [](const SbCustomer& cu) { return yesNo(cu.onHold); }},
             {QStringLiteral("CreditLimit"), [](const SbCustomer& cu) { return SbDecimal::format(cu.creditLimit, 2); }},
             {QStringLiteral("Email"), [](const SbCustomer& cu) { return cu.email; }}},
            filter, rows, header);
    } else if (table == QLatin1String("InvMaster")) {
        appendRows<SbStockItem>(c.stock,
                                {{QStringLiteral("StockCode"), [](const SbStockItem& s) { return s.stockCode; }},
                                 {QStringLiteral("Description"), [](const SbStockItem& s) { return s.description; }},
                                 {QStringLiteral("StockUom"), [](const SbStockItem& s) { return s.uom; }},
                                 {QStringLiteral("ProductClass"), [](const SbStockItem& s) { return s.productClass; }},
                                 {QStringLiteral("StockOnHold"), [](const SbStockItem& s) { return yesNo(s.onHold); }}},
                                filter, rows, header);
    } else if (table == QLatin1String("InvWarehouse")) {
        QList<WarehouseLine> lines;
        for (const SbStockItem& s : c.stock) {
            for (auto it = s.warehouses.cbegin(); it != s.warehouses.cend(); ++it) {
                lines.append({&s, it.key()});
            }
        }
        appendRows<WarehouseLine>(
            lines,
            {{QStringLiteral("StockCode"), [](const WarehouseLine& l) { return l.item->stockCode; }},
             {QStringLiteral("Warehouse"), [](const WarehouseLine& l) { return l.warehouse; }},
             {QStringLiteral("QtyOnHand"),
              [](const WarehouseLine& l) {
                  return SbDecimal::format(l.item->warehouses.value(l.warehouse).onHand, 6);
              }},
             {QStringLiteral("QtyAllocated"),
              [](const WarehouseLine& l) {
                  return SbDecimal::format(l.item->warehouses.value(l.warehouse).allocated, 6);
              }}},
            filter, rows, header);
    } else if (table == QLatin1String("SorMaster")) {
        appendRows<SbSalesOrder>(
            c.salesOrders,
            {{QStringLiteral("SalesOrder"), [](const SbSalesOrder& o) { return o.salesOrder; }},
             {QStringLiteral("DocumentType"), [](const SbSalesOrder& o) { return o.documentType; }},
             {QStringLiteral("Customer"), [](const SbSalesOrder& o) { return o.customer; }},
             {QStringLiteral("CustomerPoNumber"), [](const SbSalesOrder& o) { return o.customerPoNumber; }},
             {QStringLiteral("OrderStatus"), [](const SbSalesOrder& o) { return o.orderStatus; }},
             {QStringLiteral("OrderDate"), [](const SbSalesOrder& o) { return o.orderDate.toString(Qt::ISODate); }}},
            filter, rows, header);
    } else if (table == QLatin1String("SorDetail")) {
        QList<SalesOrderLine> lines;
        for (const SbSalesOrder& o : c.salesOrders) {
            for (const SbOrderLine& l : o.lines) {
                lines.append({&o, &l});
            }
        }
        appendRows<SalesOrderLine>(
            lines,
            {{QStringLiteral("SalesOrder"), [](const SalesOrderLine& l) { return l.order->salesOrder; }},
             {QStringLiteral("SalesOrderLine"), [](const SalesOrderLine& l) { return QString::number(l.line->line); }},
             {QStringLiteral("LineType"), [](const SalesOrderLine& l) { return l.line->type; }},
             {QStringLiteral("MStockCode"), [](const SalesOrderLine& l) { return l.line->stockCode; }},
             {QStringLiteral("MStockDes"), [](const SalesOrderLine& l) { return l.line->description; }},
             {QStringLiteral("MOrderQty"),
              [](const SalesOrderLine& l) { return SbDecimal::format(l.line->orderQty, 6); }},
             {QStringLiteral("MPrice"), [](const SalesOrderLine& l) { return SbDecimal::format(l.line->price, 5); }}},
            filter, rows, header);
    } else if (table == QLatin1String("GenMaster")) {
        appendRows<SbLedger>(
            c.ledgers,
            {{QStringLiteral("GlCode"), [](const SbLedger& l) { return l.glCode; }},
             {QStringLiteral("Description"), [](const SbLedger& l) { return l.description; }},
             {QStringLiteral("AccountOnHold"), [](const SbLedger& l) { return yesNo(l.onHold); }},
             {QStringLiteral("CurrentBalance"), [](const SbLedger& l) { return SbDecimal::format(l.balance, 2); }}},
            filter, rows, header);
    } else if (table == QLatin1String("ArInvoice")) {
        appendRows<SbInvoice>(
            c.invoices,
            {{QStringLiteral("Customer"), [](const SbInvoice& i) { return i.customer; }},
             {QStringLiteral("Invoice"), [](const SbInvoice& i) { return i.invoice; }},
             {QStringLiteral("DocumentType"), [](const SbInvoice& i) { return i.documentType; }},
             {QStringLiteral("InvoiceBal1"), [](const SbInvoice& i) { return SbDecimal::format(i.balance, 2); }},
             {QStringLiteral("OrigInvValue"), [](const SbInvoice& i) { return SbDecimal::format(i.value, 2); }},
             {QStringLiteral("CustomerPoNumber"), [](const SbInvoice& i) { return i.reference; }},
             {QStringLiteral("InvoiceDate"), [](const SbInvoice& i) { return i.date.toString(Qt::ISODate); }}},
            filter, rows, header);
    } else if (table == QLatin1String("GenJournalDetail")) {
        QList<JournalLine> lines;
        for (const SbJournal& j : c.journals) {
            for (int e = 0; e < j.entries.size(); ++e) {
                lines.append({&j, e});
            }
        }
        appendRows<JournalLine>(
            lines,
            {{QStringLiteral("GlYear"), [](const JournalLine& l) { return QString::number(l.journal->year); }},
             {QStringLiteral("GlPeriod"), [](const JournalLine& l) { return QString::number(l.journal->period); }},
             {QStringLiteral("Journal"), [](const JournalLine& l) { return QString::number(l.journal->journal); }},
             {QStringLiteral("EntryNumber"), [](const JournalLine& l) { return QString::number(l.entry + 1); }},
             {QStringLiteral("GlCode"), [](const JournalLine& l) { return l.journal->entries.at(l.entry).glCode; }},
             {QStringLiteral("Reference"), [](const JournalLine& l) { return l.journal->reference; }},
             {QStringLiteral("EntryValue"),
              [](const JournalLine& l) { return SbDecimal::format(l.journal->entries.at(l.entry).amount, 2); }}},
            filter, rows, header);
    } else if (table == QLatin1String("ArCshJnlDet")) {
        appendRows<SbPayment>(
            c.payments,
            {{QStringLiteral("TrnYear"), [](const SbPayment& p) { return QString::number(p.year); }},
             {QStringLiteral("TrnMonth"), [](const SbPayment& p) { return QString::number(p.month); }},
             {QStringLiteral("Journal"), [](const SbPayment& p) { return QString::number(p.journal); }},
             {QStringLiteral("Customer"), [](const SbPayment& p) { return p.customer; }},
             {QStringLiteral("Reference"), [](const SbPayment& p) { return p.reference; }},
             {QStringLiteral("NetValue"), [](const SbPayment& p) { return SbDecimal::format(p.value, 2); }}},
            filter, rows, header);
    } else {
        return false;
    }
    return true;
}

QByteArray SbQueries::comfnd(const SbXmlNode& xmlIn) const
{
    const QString table = xmlIn.value(u"TableName");
    Row header; // the table's column names, for checking and compiling the where clause
    if (!tableRows(table, nullptr, nullptr, &header)) {
        return errorText(QStringLiteral("Table '%1' is not a valid table name").arg(table));
    }
    QStringList columns;
    if (const SbXmlNode* cols = xmlIn.child(u"Columns")) {
        for (const SbXmlNode* c : cols->all(u"Column")) {
            columns.append(c->text.trimmed());
        }
    }
    QList<Token> tokens;
    QList<Condition> conditions;
    const Row* sample = &header;
    if (const SbXmlNode* where = xmlIn.child(u"Where")) {
        for (const SbXmlNode* e : where->all(u"Expression")) {
            if (!tokens.isEmpty()) {
                tokens.append(
                    Token{e->value(u"AndOr").compare(u"Or", Qt::CaseInsensitive) == 0 ? Token::Or : Token::And});
            }
            for (int i = 0; i < e->value(u"OpenBracket").count(QLatin1Char('(')); ++i) {
                tokens.append(Token{Token::Open});
            }
            if (!hasColumn(*sample, e->value(u"Column"))) {
                return errorText(
                    QStringLiteral("Column '%1' is not valid for table '%2'").arg(e->value(u"Column"), table));
            }
            conditions.append(compile(*e, sample));
            tokens.append(Token{Token::Cond, conditions.size() - 1});
            for (int i = 0; i < e->value(u"CloseBracket").count(QLatin1Char(')')); ++i) {
                tokens.append(Token{Token::Close});
            }
        }
    }
    bool okRows = false;
    int returnRows = xmlIn.value(u"ReturnRows").toInt(&okRows);
    if (!okRows || returnRows <= 0) {
        returnRows = 1000;
    }
    // "Column EQ a OR Column EQ b …": only the rows whose key is wanted are built at all.
    const auto set = anyOf(tokens, conditions);
    std::optional<KeyFilter> filter;
    if (set) {
        filter = KeyFilter{header.at(set->first).first, set->second};
    }
    QList<Row> rows;
    tableRows(table, &rows, filter ? &*filter : nullptr);
    QList<Row> selected;
    for (const Row& row : std::as_const(rows)) {
        if (!set && !tokens.isEmpty()) {
            Evaluator ev{tokens, conditions, row};
            if (!ev.orExpr()) {
                continue;
            }
        }
        selected.append(row);
    }
    if (const SbXmlNode* order = xmlIn.child(u"OrderBy")) {
        const QString column = order->value(u"Column");
        if (!column.isEmpty()) {
            std::stable_sort(selected.begin(), selected.end(), [&column](const Row& a, const Row& b) {
                return compareValues(cell(a, column), cell(b, column)) < 0;
            });
        }
    }
    if (selected.size() > returnRows) {
        selected.resize(returnRows);
    }
    SbXmlOut out(m_version);
    out.root(table);
    out.open(QStringLiteral("HeaderDetails"));
    out.leaf(QStringLiteral("TableName"), table);
    out.close();
    for (const Row& row : std::as_const(selected)) {
        out.open(QStringLiteral("Row"));
        for (const auto& [k, v] : row) {
            if (columns.isEmpty() || columns.contains(k, Qt::CaseInsensitive)) {
                out.leaf(k, v);
            }
        }
        out.close();
    }
    out.padded(QStringLiteral("RowsReturned"), QString::number(selected.size()), 6);
    return out.finish();
}

QByteArray SbQueries::invqry(const SbXmlNode& xmlIn) const
{
    const SbXmlNode* key = xmlIn.child(u"Key");
    const QString code = key ? key->value(u"StockCode") : QString();
    const auto it = m_company.stock.constFind(code);
    if (it == m_company.stock.constEnd()) {
        return errorText(QStringLiteral("Stock code '%1' not found").arg(code));
    }
    QStringList warehouses;
    if (const SbXmlNode* filter = xmlIn.child(u"Filter")) {
        if (const SbXmlNode* wh = filter->child(u"Warehouse")) {
            const QString value = wh->attribute(u"FilterValue");
            if (!value.isEmpty()) {
                warehouses = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
        }
    }
    SbXmlOut out(m_version);
    out.root(QStringLiteral("InvQuery"));
    out.open(QStringLiteral("StockItem"));
    out.leaf(QStringLiteral("StockCode"), it->stockCode);
    out.leaf(QStringLiteral("Description"), it->description);
    out.leaf(QStringLiteral("StockUom"), it->uom);
    out.leaf(QStringLiteral("ProductClass"), it->productClass);
    out.padded(QStringLiteral("SellingPrice"), SbDecimal::format(it->sellingPrice, 5), 16);
    out.close();
    for (auto wh = it->warehouses.cbegin(); wh != it->warehouses.cend(); ++wh) {
        if (!warehouses.isEmpty() && !warehouses.contains(wh.key())) {
            continue;
        }
        out.open(QStringLiteral("WarehouseItem"));
        out.leaf(QStringLiteral("Warehouse"), wh.key());
        out.padded(QStringLiteral("QtyOnHand"), SbDecimal::format(wh->onHand, 6), 20);
        out.leaf(QStringLiteral("Edited_QtyOnHand"), SbDecimal::edited(wh->onHand, 6, 3));
        out.padded(QStringLiteral("AvailableQty"), SbDecimal::format(wh->onHand - wh->allocated, 6), 20);
        out.leaf(QStringLiteral("Edited_AvailableQty"), SbDecimal::edited(wh->onHand - wh->allocated, 6, 3));
        out.padded(QStringLiteral("QtyAllocated"), SbDecimal::format(wh->allocated, 6), 20);
        out.close();
    }
    return out.finish();
}

QByteArray SbQueries::sorqry(const SbXmlNode& xmlIn) const
{
    const SbXmlNode* key = xmlIn.child(u"Key");
    QString number = key ? key->value(u"SalesOrder") : QString();
    bool numeric = false;
    const qint64 n = number.toLongLong(&numeric);
    if (numeric) {
        number = SbXmlOut::zeroPadded(n, 6);
    }
    const auto it = m_company.salesOrders.constFind(number);
    if (it == m_company.salesOrders.constEnd()) {
        return errorText(QStringLiteral("Sales order '%1' not found").arg(key ? key->value(u"SalesOrder") : QString()));
    }
    const SbCustomer customer = m_company.customers.value(it->customer);
    SbXmlOut out(m_version);
    out.root(QStringLiteral("SorDetail"));
    out.leaf(QStringLiteral("SalesOrder"), it->salesOrder);
    out.leaf(QStringLiteral("DocumentType"), it->documentType);
    out.leaf(QStringLiteral("Customer"), it->customer);
    out.leaf(QStringLiteral("CustomerName"), customer.name);
    out.leaf(QStringLiteral("OrderStatus"), it->orderStatus);
    out.leaf(QStringLiteral("CustomerPoNumber"), it->customerPoNumber);
    out.leaf(QStringLiteral("OrderDate"), it->orderDate.toString(Qt::ISODate));
    out.leaf(QStringLiteral("Currency"), customer.currency);
    for (const SbOrderLine& l : it->lines) {
        out.open(QStringLiteral("SalesOrderLine"));
        if (l.type == QLatin1String("Merchandise")) {
            out.open(QStringLiteral("Merchandise"));
            out.padded(QStringLiteral("SalesOrderLine"), QString::number(l.line), 4);
            out.leaf(QStringLiteral("MStockCode"), l.stockCode);
            out.leaf(QStringLiteral("MStockDes"), l.description);
            out.leaf(QStringLiteral("MWarehouse"), l.warehouse);
            out.padded(QStringLiteral("MOrderQty"), SbDecimal::format(l.orderQty, 6), 20);
            out.padded(QStringLiteral("MShipQty"), SbDecimal::format(l.shipQty, 6), 20);
            out.padded(QStringLiteral("MBackOrderQty"), SbDecimal::format(l.backOrderQty, 6), 20);
            out.leaf(QStringLiteral("MOrderUom"), l.uom);
            out.padded(QStringLiteral("MPrice"), SbDecimal::format(l.price, 5), 16);
            out.padded(QStringLiteral("OrderLineValue"), SbDecimal::format(l.value, 2), 16);
            out.close();
        } else if (l.type == QLatin1String("Freight")) {
            out.open(QStringLiteral("Freight"));
            out.padded(QStringLiteral("SalesOrderLine"), QString::number(l.line), 4);
            out.padded(QStringLiteral("NMscChargeValue"), SbDecimal::format(l.value, 2), 16);
            out.close();
        } else if (l.type == QLatin1String("Misc")) {
            out.open(QStringLiteral("MiscCharge"));
            out.padded(QStringLiteral("SalesOrderLine"), QString::number(l.line), 4);
            out.leaf(QStringLiteral("NComment"), l.description);
            out.padded(QStringLiteral("NMscChargeValue"), SbDecimal::format(l.value, 2), 16);
            out.close();
        } else {
            out.open(QStringLiteral("CommentLine"));
            out.padded(QStringLiteral("SalesOrderLine"), QString::number(l.line), 4);
            out.leaf(QStringLiteral("NComment"), l.description);
            out.close();
        }
        out.close();
    }
    return out.finish();
}

QByteArray SbQueries::arsqry(const SbXmlNode& xmlIn) const
{
    const SbXmlNode* key = xmlIn.child(u"Key");
    const QString code = key ? key->value(u"Customer") : QString();
    const auto it = m_company.customers.constFind(code);
    if (it == m_company.customers.constEnd()) {
        return errorText(QStringLiteral("Customer '%1' not found").arg(code));
    }
    SbXmlOut out(m_version);
    out.root(QStringLiteral("ArStatement"));
    out.open(QStringLiteral("Header"));
    out.leaf(QStringLiteral("Customer"), it->customer);
    out.leaf(QStringLiteral("Name"), it->name);
    out.leaf(QStringLiteral("Currency"), it->currency);
    out.leaf(QStringLiteral("CustomerOnHold"), it->onHold ? QStringLiteral("Y") : QStringLiteral("N"));
    out.padded(QStringLiteral("CreditLimit"), SbDecimal::format(it->creditLimit, 2), 16);
    out.leaf(QStringLiteral("Email"), it->email);
    out.close();
    for (const SbInvoice& inv : m_company.invoices) {
        if (inv.customer != it->customer || inv.balance == 0) {
            continue;
        }
        out.open(QStringLiteral("InvoiceDetail"));
        out.leaf(QStringLiteral("Invoice"), inv.invoice);
        out.leaf(QStringLiteral("DocumentType"), inv.documentType);
        out.padded(QStringLiteral("Balance"), SbDecimal::format(inv.balance, 2), 16);
        out.close();
    }
    out.open(QStringLiteral("TotalSection"));
    out.padded(QStringLiteral("Balance"), SbDecimal::format(it->balance, 2), 16);
    out.leaf(QStringLiteral("Edited_Balance"), SbDecimal::edited(it->balance, 2, 2));
    out.close();
    return out.finish();
}

} // namespace bridge::sandbox::syspro
