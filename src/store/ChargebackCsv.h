// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bridge::store {

/// How an acquirer's chargeback file is laid out: a header row naming the columns, and which
/// column holds each of our fields. The settings text (SettingKeys::ChargebackCsvColumns) names
/// only what differs from the default layout, one `field=Column name` per entry, entries separated
/// by `;` or new lines, plus `delimiter=comma|semicolon|tab` and `dateFormat=dd/MM/yyyy`:
///
///     acquirerReference=Case ID; amount=Dispute Amount; delimiter=semicolon; dateFormat=dd/MM/yyyy
struct ChargebackCsvLayout {
    QHash<QString, QString> columns; ///< our field -> the file's column name
    QChar delimiter = QLatin1Char(',');
    QString dateFormat = QStringLiteral("yyyy-MM-dd");

    /// Our fields: transactionId, acquirer, acquirerReference, amount, currency, fee, reasonCode,
    /// reason, receivedDate.
    static QStringList fields();
    /// Every field named after itself in snake case: transaction_id, acquirer, acquirer_reference,
    /// amount, currency, fee, reason_code, reason, received_date.
    static ChargebackCsvLayout defaults();
    /// The default layout changed by a settings text; an unknown field or option is refused.
    static Result<ChargebackCsvLayout> parse(const QString& settingsText);
};

/// One data row of the file: its line number (1 = the header) and each of our fields' text.
struct ChargebackCsvRow {
    int line = 0;
    QHash<QString, QString> values;
};

/// A line that could not even be split into cells (an unterminated quote), with why.
struct ChargebackCsvProblem {
    int line = 0;
    QString reason;
};

struct ChargebackCsvFile {
    QList<ChargebackCsvRow> rows;
    QList<ChargebackCsvProblem> problems;
};

/// Reads a chargeback CSV (RFC 4180 quoting, UTF-8 with or without a byte order mark, CRLF or
/// LF). Refuses the whole file when the header lacks a column a chargeback needs (the message
/// names the column, the columns the file has, and the setting to change); a bad line only
/// refuses that line.
class ChargebackCsv
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::ChargebackCsv)

public:
    /// `acquirerRequired`: the file must have an acquirer column (no default acquirer given).
    static Result<ChargebackCsvFile> read(const QByteArray& content, const ChargebackCsvLayout& layout,
                                          bool acquirerRequired);
};

} // namespace bridge::store
