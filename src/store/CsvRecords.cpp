// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/CsvRecords.h"

#include <QStringDecoder>

namespace bridge::store {

/// Splits the text into records; a quoted cell may span lines. Line numbers are where a record starts.
QList<CsvRecord> splitCsv(const QString& text, QChar delimiter)
{
    QList<CsvRecord> records;
    CsvRecord current;
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
        current = CsvRecord{};
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

std::optional<QString> decodeCsvText(const QByteArray& content)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(content);
    if (decode.hasError()) {
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

std::optional<QChar> csvDelimiterNamed(const QString& name)
{
    if (name == QLatin1String("comma")) {
        return QLatin1Char(',');
    }
    if (name == QLatin1String("semicolon")) {
        return QLatin1Char(';');
    }
    if (name == QLatin1String("tab")) {
        return QLatin1Char('\t');
    }
    return std::nullopt;
}

QString csvColumnNameFor(const QString& field)
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

} // namespace bridge::store
