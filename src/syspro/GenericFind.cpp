// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/GenericFind.h"

#include "syspro/SysproErrors.h"
#include "syspro/XmlElement.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

QString FindRow::value(QStringView column) const
{
    for (const auto& [name, v] : values) {
        if (name.compare(column, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

Result<QString> GenericFind::buildXmlIn(const FindQuery& query)
{
    if (query.tableName.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("syspro.find_table"), tr("A SYSPRO look-up needs a table name.")));
    }
    static const QStringList conditions{QStringLiteral("EQ"),  QStringLiteral("NE"), QStringLiteral("GT"),
                                        QStringLiteral("GE"),  QStringLiteral("LT"), QStringLiteral("LE"),
                                        QStringLiteral("LIKE")};
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(QStringLiteral("Query"));
    w.text(QStringLiteral("TableName"), query.tableName);
    w.integer(QStringLiteral("ReturnRows"), query.returnRows);
    if (!query.columns.isEmpty()) {
        w.start(QStringLiteral("Columns"));
        for (const QString& c : query.columns) {
            w.text(QStringLiteral("Column"), c);
        }
        w.end();
    }
    if (!query.where.isEmpty()) {
        w.start(QStringLiteral("Where"));
        for (const FindCondition& c : query.where) {
            if (!conditions.contains(c.condition.toUpper())) {
                w.setError(Error::permanent(QStringLiteral("syspro.find_condition"),
                                            tr("The look-up condition \"%1\" on %2.%3 is not one SYSPRO knows; use EQ, "
                                               "NE, GT, GE, LT, LE or LIKE.")
                                                .arg(c.condition, query.tableName, c.column)));
            }
            w.start(QStringLiteral("Expression"));
            w.text(QStringLiteral("OpenBracket"), c.openBracket ? QStringLiteral("(") : QString());
            w.text(QStringLiteral("AndOr"), c.andOr);
            w.text(QStringLiteral("Column"), c.column);
            w.text(QStringLiteral("Condition"), c.condition.toUpper());
            w.text(QStringLiteral("Value"), c.value, true);
            w.text(QStringLiteral("CloseBracket"), c.closeBracket ? QStringLiteral(")") : QString());
            w.end();
        }
        w.end();
    }
    if (!query.orderBy.isEmpty()) {
        w.start(QStringLiteral("OrderBy"));
        for (const QString& c : query.orderBy) {
            w.text(QStringLiteral("Column"), c);
        }
        w.end();
    }
    w.end();
    return w.finish();
}

Result<FindResult> GenericFind::parse(const QString& xmlOut)
{
    Result<XmlElement> parsed = XmlElement::parse(xmlOut);
    if (!parsed) {
        return fail(parsed.error());
    }
    if (std::optional<Error> e = SysproErrors::fromXmlOut(*parsed, tr("a look-up"))) {
        return fail(*e);
    }
    FindResult result;
    result.tableName = parsed->name();
    if (const XmlElement* header = parsed->child(u"HeaderDetails")) {
        const QString table = header->childText(u"TableName");
        if (!table.isEmpty()) {
            result.tableName = table;
        }
    }
    for (const XmlElement* row : parsed->childrenNamed(u"Row")) {
        FindRow r;
        for (const XmlElement& cell : row->children()) {
            r.values.append({cell.name(), cell.text()});
        }
        result.rows.append(r);
    }
    return result;
}

FindQuery GenericFind::salesOrdersByPo(const QStringList& poNumbers)
{
    FindQuery q;
    q.tableName = QStringLiteral("SorMaster");
    q.columns = {QStringLiteral("SalesOrder"), QStringLiteral("Customer"), QStringLiteral("CustomerPoNumber"),
                 QStringLiteral("OrderStatus")};
    for (qsizetype i = 0; i < poNumbers.size(); ++i) {
        FindCondition c;
        c.column = QStringLiteral("CustomerPoNumber");
        c.value = poNumbers.at(i);
        c.andOr = i == 0 ? QStringLiteral("And") : QStringLiteral("Or");
        q.where.append(c);
    }
    q.orderBy = {QStringLiteral("SalesOrder")};
    q.returnRows = int(qMax<qsizetype>(10, poNumbers.size() * 4));
    return q;
}

} // namespace bridge::syspro
