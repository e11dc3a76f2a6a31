// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bridge::store {

/// One record of a CSV text: the line it starts on (1-based) and its cells. `unterminated`: a
/// quoted cell is never closed, so the rest of the text was read as that cell.
struct CsvRecord {
    int line = 0;
    QStringList cells;
    bool unterminated = false;
};

/// The CSV tokenizer the importers share (chargeback files, settlement files): RFC 4180 quoting
/// (a quoted cell may span lines, "" is a quote), CRLF or LF, blank lines skipped.
QList<CsvRecord> splitCsv(const QString& text, QChar delimiter);

/// UTF-8 text without its byte order mark, or nothing when the bytes are not UTF-8.
std::optional<QString> decodeCsvText(const QByteArray& content);

/// "comma", "semicolon", "tab" → the delimiter; nothing for any other name.
std::optional<QChar> csvDelimiterNamed(const QString& name);

/// A layout field's default column name: "transactionId" → "transaction_id".
QString csvColumnNameFor(const QString& field);

} // namespace bridge::store
