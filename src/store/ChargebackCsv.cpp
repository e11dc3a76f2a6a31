// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/ChargebackCsv.h"

#include "store/CsvRecords.h"

namespace bridge::store {

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
        layout.columns.insert(f, csvColumnNameFor(f));
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
            if (const std::optional<QChar> d = csvDelimiterNamed(value)) {
                layout.delimiter = *d;
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
    const std::optional<QString> decoded = decodeCsvText(content);
    if (!decoded) {
        return fail(Error::permanent(QStringLiteral("chargeback.csv_encoding"),
                                     tr("The chargeback file is not UTF-8 text. Save it from the spreadsheet as "
                                        "\"CSV UTF-8\" and import it again.")));
    }
    const QString& text = *decoded;
    const QList<CsvRecord> records = splitCsv(text, layout.delimiter);
    if (records.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("chargeback.csv_empty"),
                                     tr("The chargeback file is empty: it needs a header row naming its columns, "
                                        "then one line per chargeback.")));
    }
    const CsvRecord& header = records.first();
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
        const CsvRecord& record = records.at(r);
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
