// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/ChargebackCsv.h"

#include <QStringDecoder>

namespace bridge::store {

namespace {

QString snakeCase(const QString& field)
{
    QString out;
    for (const QChar c : field) {
        if (c.isUpper()) {
            out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

struct Record {
    int line = 0;
    QStringList cells;
    bool unterminated = false;
};

/// Splits the text into records; a quoted cell may span lines. Line numbers are where a record starts.
QList<Record> split(const QString& text, QChar delimiter)
{
    QList<Record> records;
    Record current;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    current.line = 1;
    auto endRecord = [&](int nextLine) {
        current.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
        const bool blank = current.cells.size() == 1 && current.cells.first().trimmed().isEmpty();
        if (!blank) {
            records.append(current);
        }
        current = Record{};
        current.line = nextLine;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            cell.clear();
        } else if (c == delimiter) {
            current.cells.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord(line);
        } else {
            cell += c;
        }
    }
    if (quoted) {
        current.unterminated = true;
        current.cells.append(cell);
        records.append(current);
    } else if (!cell.isEmpty() || !current.cells.isEmpty()) {
        endRecord(line + 1);
    }
    return records;
}

} // namespace

QStringList ChargebackCsvLayout::fields()
{
    return {QStringLiteral("transactionId"), QStringLiteral("acquirer"), QStringLiteral("acquirerReference"),
            QStringLiteral("amount"),        QStringLiteral("currency"), QStringLiteral("fee"),
            QStringLiteral("reasonCode"),    QStringLiteral("reason"),   QStringLiteral("receivedDate")};
}

ChargebackCsvLayout ChargebackCsvLayout::defaults()
{
    ChargebackCsvLayout layout;
    for (const QString& f : fields()) {
        layout.columns.insert(f, snakeCase(f));
    }
    return layout;
}

Result<ChargebackCsvLayout> ChargebackCsvLayout::parse(const QString& settingsText)
{
    ChargebackCsvLayout layout = defaults();
    QString text = settingsText;
    text.replace(QLatin1Char('\n'), QLatin1Char(';'));
    const QStringList entries = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty()) {
            continue;
        }
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return fail(Error::permanent(
                QStringLiteral("chargeback.layout"),
                ChargebackCsv::tr("The chargeback CSV layout entry \"%1\" is not of the form field=Column name "
                                  "(setting chargebacks/csvColumns). Example: amount=Dispute Amount.")
                    .arg(entry)));
        }
        const QString key = entry.left(eq).trimmed();
        const QString value = entry.mid(eq + 1).trimmed();
        if (key == QLatin1String("delimiter")) {
            if (value == QLatin1String("comma")) {
                layout.delimiter = QLatin1Char(',');
            } else if (value == QLatin1String("semicolon")) {
                layout.delimiter = QLatin1Char(';');
            } else if (value == QLatin1String("tab")) {
                layout.delimiter = QLatin1Char('\t');
            } else {
                return fail(Error::permanent(QStringLiteral("chargeback.layout"),
                                             ChargebackCsv::tr("The chargeback CSV delimiter \"%1\" is not known "
                                                               "(setting chargebacks/csvColumns). Use comma, "
                                                               "semicolon or tab.")
                                                 .arg(value)));
            }
            continue;
        }
        if (key == QLatin1String("dateFormat")) {
            if (value.isEmpty()) {
                return fail(
                    Error::permanent(QStringLiteral("chargeback.layout"),
                                     ChargebackCsv::tr("The chargeback CSV dateFormat is empty (setting "
                                                       "chargebacks/csvColumns). Example: dateFormat=dd/MM/yyyy.")));
            }
            layout.dateFormat = value;
            continue;
        }
        if (!fields().contains(key)) {
            return fail(Error::permanent(
                QStringLiteral("chargeback.layout"),
                ChargebackCsv::tr("The chargeback CSV layout names the field \"%1\", which the bridge does not know "
                                  "(setting chargebacks/csvColumns). Use one of: %2, delimiter, dateFormat.")
                    .arg(key, fields().join(QStringLiteral(", ")))));
        }
        if (value.isEmpty()) {
            return fail(Error::permanent(QStringLiteral("chargeback.layout"),
                                         ChargebackCsv::tr("The chargeback CSV layout gives no column name for \"%1\" "
                                                           "(setting chargebacks/csvColumns).")
                                             .arg(key)));
        }
        layout.columns.insert(key, value);
    }
    return layout;
}

Result<ChargebackCsvFile> ChargebackCsv::read(const QByteArray& content, const ChargebackCsvLayout& layout,
                                              bool acquirerRequired)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(content);
    if (decode.hasError()) {
        return fail(Error::permanent(QStringLiteral("chargeback.csv_encoding"),
                                     tr("The chargeback file is not UTF-8 text. Save it from the spreadsheet as "
                                        "\"CSV UTF-8\" and import it again.")));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QList<Record> records = split(text, layout.delimiter);
    if (records.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("chargeback.csv_empty"),
                                     tr("The chargeback file is empty: it needs a header row naming its columns, "
                                        "then one line per chargeback.")));
    }
    const Record& header = records.first();
    QHash<QString, int> columnOf; // the file's column name, lower case -> index
    QStringList names;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells.at(i).trimmed();
        names.append(name);
        columnOf.insert(name.toLower(), i);
    }
    QStringList required{QStringLiteral("transactionId"), QStringLiteral("acquirerReference"), QStringLiteral("amount"),
                         QStringLiteral("currency")};
    if (acquirerRequired) {
        required.append(QStringLiteral("acquirer"));
    }
    QHash<QString, int> indexOf; // our field -> index
    for (const QString& field : ChargebackCsvLayout::fields()) {
        const QString column = layout.columns.value(field);
        const auto it = columnOf.constFind(column.trimmed().toLower());
        if (it != columnOf.constEnd()) {
            indexOf.insert(field, *it);
        } else if (required.contains(field)) {
            return fail(Error::permanent(
                QStringLiteral("chargeback.csv_column"),
                tr("The chargeback file has no column \"%1\" (for the chargeback's %2), so nothing was imported. "
                   "Its header row names: %3. Say which column holds it in the chargeback CSV layout (setting "
                   "chargebacks/csvColumns), for example %2=%4.")
                    .arg(column, field, names.join(QStringLiteral(", ")),
                         names.isEmpty() ? QStringLiteral("Column name") : names.first())));
        }
    }
    ChargebackCsvFile file;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record& record = records.at(r);
        if (record.unterminated) {
            file.problems.append({record.line, tr("a quoted cell is never closed (a \" is missing); the rest of the "
                                                  "file was read as that one cell")});
            continue;
        }
        if (record.cells.size() != header.cells.size()) {
            file.problems.append({record.line, tr("it has %1 cells, the header row %2 (a stray delimiter, or a cell "
                                                  "that should be in quotes)")
                                                   .arg(record.cells.size())
                                                   .arg(header.cells.size())});
            continue;
        }
        ChargebackCsvRow row;
        row.line = record.line;
        for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) {
            row.values.insert(it.key(), record.cells.at(it.value()).trimmed());
        }
        file.rows.append(row);
    }
    return file;
}

} // namespace bridge::store
