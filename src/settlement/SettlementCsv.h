// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/Settlements.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bridge::settlement {

/// How a settlement file is laid out. Opayo documents no settlement file (opayo-api.md §3.8), so
/// every acquirer's export differs: a header row names the columns, and the settings text
/// (SettingKeys::SettlementCsvColumns) says which column holds each of our fields, only where it
/// differs from the default, one `field=Column name` per entry separated by `;` or new lines, plus
/// `delimiter=comma|semicolon|tab`, `dateFormat=dd/MM/yyyy` and `acquirer=Name` (the acquirer of
/// a file without an acquirer column):
///
///     transactionId=VPSTxId; amount=Gross; delimiter=semicolon; dateFormat=dd/MM/yyyy
struct SettlementCsvLayout {
    QHash<QString, QString> columns; ///< our field -> the file's column name
    QChar delimiter = QLatin1Char(',');
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QString defaultAcquirer = QStringLiteral("Opayo");

    /// Our fields: batchId, acquirer, settlementDate, type, transactionId, vendorTxCode, amount,
    /// currency, fee, cardLastFour.
    static QStringList fields();
    /// Each field named after itself in snake case: batch_id, acquirer, settlement_date, type,
    /// transaction_id, vendor_tx_code, amount, currency, fee, card_last_four.
    static SettlementCsvLayout defaults();
    /// The default layout changed by a settings text; an unknown field or option is refused.
    static Result<SettlementCsvLayout> parse(const QString& settingsText);
};

/// A line of the file that was not taken, with why (the line number counts the header as 1).
struct SettlementCsvProblem {
    int line = 0;
    QString reason;
};

struct SettlementCsvFile {
    QList<store::SettlementBatchRecord> batches; ///< in the order their first line appears
    QList<SettlementCsvProblem> problems;
    int linesRead = 0; ///< data lines, taken or not
};

/// Reads a settlement CSV (RFC 4180 quoting, UTF-8 with or without a byte order mark, CRLF or LF)
/// into batches: lines are grouped by (acquirer, batch id); the type is payment, refund, fee or
/// chargeback (also accepted: sale, credit, charge, commission, dispute — case-insensitive);
/// amounts are exact decimals with no more decimals than the currency has, a negative amount is
/// taken as its absolute value (the type says which way the money goes). The card column keeps
/// only the last four digits; a value that looks like more of a card number refuses the line
/// without repeating it. The whole file is refused when a needed column is missing (the message
/// names it, the columns the file has and the setting); a bad line only refuses that line.
class SettlementCsv
{
    Q_DECLARE_TR_FUNCTIONS(bridge::settlement::SettlementCsv)

public:
    static Result<SettlementCsvFile> read(const QByteArray& content, const SettlementCsvLayout& layout,
                                          const QString& fileName);
};

} // namespace bridge::settlement
