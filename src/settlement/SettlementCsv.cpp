// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "settlement/SettlementCsv.h"

#include "core/PanGuard.h"
#include "store/CsvRecords.h"

#include <map>

namespace bridge::settlement {

using reconcile::LineType;

namespace {

Error layoutError(const QString& message)
{
    return Error::permanent(QStringLiteral("settlement.layout"), message);
}

std::optional<LineType> typeNamed(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("payment") || t == QLatin1String("sale") || t == QLatin1String("purchase")) {
        return LineType::Payment;
    }
    if (t == QLatin1String("refund") || t == QLatin1String("credit")) {
        return LineType::Refund;
    }
    if (t == QLatin1String("fee") || t == QLatin1String("charge") || t == QLatin1String("commission")) {
        return LineType::Fee;
    }
    if (t == QLatin1String("chargeback") || t == QLatin1String("dispute")) {
        return LineType::Chargeback;
    }
    return std::nullopt;
}

} // namespace

QStringList SettlementCsvLayout::fields()
{
    return {QStringLiteral("batchId"),     QStringLiteral("acquirer"),      QStringLiteral("settlementDate"),
            QStringLiteral("type"),        QStringLiteral("transactionId"), QStringLiteral("vendorTxCode"),
            QStringLiteral("amount"),      QStringLiteral("currency"),      QStringLiteral("fee"),
            QStringLiteral("cardLastFour")};
}

SettlementCsvLayout SettlementCsvLayout::defaults()
{
    SettlementCsvLayout layout;
    for (const QString& f : fields()) {
        layout.columns.insert(f, store::csvColumnNameFor(f));
    }
    return layout;
}

Result<SettlementCsvLayout> SettlementCsvLayout::parse(const QString& settingsText)
{
    SettlementCsvLayout layout = defaults();
    QString text = settingsText;
    text.replace(QLatin1Char('\n'), QLatin1Char(';'));
    for (const QString& raw : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty()) {
            continue;
        }
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return fail(layoutError(
                SettlementCsv::tr("The settlement CSV layout entry \"%1\" is not of the form field=Column name "
                                  "(setting settlement/csvColumns). Example: amount=Gross Amount.")
                    .arg(entry)));
        }
        const QString key = entry.left(eq).trimmed();
        const QString value = entry.mid(eq + 1).trimmed();
        if (key == QLatin1String("delimiter")) {
            const std::optional<QChar> d = store::csvDelimiterNamed(value);
            if (!d) {
                return fail(layoutError(SettlementCsv::tr("The settlement CSV delimiter \"%1\" is not known (setting "
                                                          "settlement/csvColumns). Use comma, semicolon or tab.")
                                            .arg(value)));
            }
            layout.delimiter = *d;
        } else if (key == QLatin1String("dateFormat")) {
            if (value.isEmpty()) {
                return fail(layoutError(SettlementCsv::tr("The settlement CSV dateFormat is empty (setting "
                                                          "settlement/csvColumns). Example: dateFormat=dd/MM/yyyy.")));
            }
            layout.dateFormat = value;
        } else if (key == QLatin1String("defaultAcquirer")) {
            layout.defaultAcquirer = value;
        } else if (!fields().contains(key)) {
            return fail(layoutError(
                SettlementCsv::tr("The settlement CSV layout names the field \"%1\", which the bridge does not know "
                                  "(setting settlement/csvColumns). Use one of: %2, delimiter, dateFormat, "
                                  "defaultAcquirer.")
                    .arg(key, fields().join(QStringLiteral(", ")))));
        } else if (value.isEmpty()) {
            return fail(layoutError(SettlementCsv::tr("The settlement CSV layout gives no column name for \"%1\" "
                                                      "(setting settlement/csvColumns).")
                                        .arg(key)));
        } else {
            layout.columns.insert(key, value);
        }
    }
    return layout;
}

Result<SettlementCsvFile> SettlementCsv::read(const QByteArray& content, const SettlementCsvLayout& layout,
                                              const QString& fileName)
{
    const std::optional<QString> text = store::decodeCsvText(content);
    if (!text) {
        return fail(Error::permanent(QStringLiteral("settlement.csv_encoding"),
                                     tr("The settlement file %1 is not UTF-8 text. Save it as \"CSV UTF-8\" and "
                                        "import it again.")
                                         .arg(fileName)));
    }
    const QList<store::CsvRecord> records = store::splitCsv(*text, layout.delimiter);
    if (records.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("settlement.csv_empty"),
                                     tr("The settlement file %1 is empty: it needs a header row naming its columns, "
                                        "then one line per settled transaction, fee or chargeback.")
                                         .arg(fileName)));
    }
    const store::CsvRecord& header = records.first();
    QHash<QString, int> columnOf;
    QStringList names;
    for (int i = 0; i < header.cells.size(); ++i) {
        names.append(header.cells.at(i).trimmed());
        columnOf.insert(names.last().toLower(), i);
    }
    const QStringList required{QStringLiteral("settlementDate"), QStringLiteral("amount"), QStringLiteral("currency")};
    QHash<QString, int> indexOf;
    for (const QString& field : SettlementCsvLayout::fields()) {
        const QString column = layout.columns.value(field);
        const auto it = columnOf.constFind(column.trimmed().toLower());
        if (it != columnOf.constEnd()) {
            indexOf.insert(field, *it);
        } else if (required.contains(field)) {
            return fail(Error::permanent(
                QStringLiteral("settlement.csv_column"),
                tr("The settlement file %1 has no column \"%2\" (for the line's %3), so nothing of it was imported. "
                   "Its header row names: %4. Say which column holds it in the settlement CSV layout (setting "
                   "settlement/csvColumns), for example %3=%5.")
                    .arg(fileName, column, field, names.join(QStringLiteral(", ")),
                         names.isEmpty() ? QStringLiteral("Column name") : names.first())));
        }
    }
    if (!indexOf.contains(QStringLiteral("transactionId")) && !indexOf.contains(QStringLiteral("vendorTxCode"))) {
        return fail(Error::permanent(
            QStringLiteral("settlement.csv_column"),
            tr("The settlement file %1 has neither a \"%2\" nor a \"%3\" column, so no line could be matched to a "
               "payment; nothing was imported. Its header row names: %4. Name the column that holds Opayo's "
               "transaction id (VPSTxId) or the vendorTxCode in the setting settlement/csvColumns, for example "
               "transactionId=VPSTxId.")
                .arg(fileName, layout.columns.value(QStringLiteral("transactionId")),
                     layout.columns.value(QStringLiteral("vendorTxCode")), names.join(QStringLiteral(", ")))));
    }
    auto cell = [&](const store::CsvRecord& r, const char* field) {
        const auto it = indexOf.constFind(QLatin1String(field));
        return it == indexOf.constEnd() ? QString() : r.cells.at(*it).trimmed();
    };

    SettlementCsvFile file;
    std::map<std::pair<QString, QString>, qsizetype> batchOf; // (acquirer, batch id) -> index
    for (qsizetype r = 1; r < records.size(); ++r) {
        const store::CsvRecord& record = records.at(r);
        ++file.linesRead;
        auto refuse = [&](const QString& reason) { file.problems.append({record.line, reason}); };
        if (record.unterminated) {
            refuse(tr("a quoted cell is never closed (a \" is missing); the rest of the file was read as that one "
                      "cell"));
            continue;
        }
        if (record.cells.size() != header.cells.size()) {
            refuse(tr("it has %1 cells, the header row %2 (a stray delimiter, or a cell that should be in quotes)")
                       .arg(record.cells.size())
                       .arg(header.cells.size()));
            continue;
        }
        // Card numbers never get further than this line: refuse without repeating the value.
        bool pan = false;
        for (const QString& c : record.cells) {
            if (PanGuard::containsPan(c)) {
                pan = true;
            }
        }
        if (pan) {
            refuse(tr("it contains what looks like a card number; the line was not read. Export the file with "
                      "only the card's last four digits"));
            continue;
        }
        const QString dateText = cell(record, "settlementDate");
        const QDate date = QDate::fromString(dateText, layout.dateFormat);
        if (!date.isValid()) {
            refuse(tr("the settlement date \"%1\" is not a date of the form %2 (setting settlement/csvColumns, "
                      "dateFormat=…)")
                       .arg(dateText, layout.dateFormat));
            continue;
        }
        const std::optional<LineType> type = typeNamed(cell(record, "type"));
        if (!type) {
            refuse(tr("the type \"%1\" is not one of payment, refund, fee, chargeback").arg(cell(record, "type")));
            continue;
        }
        const QString currencyText = cell(record, "currency").toUpper();
        const Result<Currency> currency = Currency::fromCode(currencyText);
        if (!currency) {
            refuse(tr("the currency \"%1\" is not an ISO 4217 code such as GBP or EUR").arg(currencyText));
            continue;
        }
        QString amountText = cell(record, "amount");
        if (amountText.startsWith(QLatin1Char('-'))) {
            amountText.remove(0, 1);
        }
        const Result<Money> amount = Money::parse(amountText, *currency);
        if (!amount || amount->minorUnits() <= 0) {
            refuse(amount ? tr("the amount \"%1\" is zero; a settlement line moves money").arg(cell(record, "amount"))
                          : tr("the amount \"%1\" is not a %2 amount: %3")
                                .arg(cell(record, "amount"), currencyText, amount.error().message));
            continue;
        }
        qint64 feeMinor = 0;
        if (QString feeText = cell(record, "fee"); !feeText.isEmpty()) {
            if (feeText.startsWith(QLatin1Char('-'))) {
                feeText.remove(0, 1);
            }
            const Result<Money> fee = Money::parse(feeText, *currency);
            if (!fee) {
                refuse(tr("the fee \"%1\" is not a %2 amount: %3")
                           .arg(cell(record, "fee"), currencyText, fee.error().message));
                continue;
            }
            feeMinor = fee->minorUnits();
        }
        QString four = cell(record, "cardLastFour");
        four.remove(QLatin1Char('*')).remove(QLatin1Char('X')).remove(QLatin1Char('x')).remove(QLatin1Char(' '));
        if (!four.isEmpty() &&
            (four.size() != 4 || !std::all_of(four.cbegin(), four.cend(), [](QChar c) { return c.isDigit(); }))) {
            refuse(tr("the card column holds \"%1\", not the card's last four digits")
                       .arg(four.size() > 4 ? tr("(%1 characters)").arg(four.size()) : four));
            continue;
        }
        const QString transactionId = cell(record, "transactionId").remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        const QString vendorTxCode = cell(record, "vendorTxCode");
        if ((*type == LineType::Payment || *type == LineType::Refund || *type == LineType::Chargeback) &&
            transactionId.isEmpty() && vendorTxCode.isEmpty() && four.isEmpty()) {
            refuse(tr("a %1 line needs a transaction id, a vendorTxCode or the card's last four digits to be "
                      "matched to a payment")
                       .arg(store::Settlements::lineTypeId(*type)));
            continue;
        }
        QString acquirer = cell(record, "acquirer");
        if (acquirer.isEmpty()) {
            acquirer = layout.defaultAcquirer;
        }
        QString batchId = cell(record, "batchId");
        if (batchId.isEmpty()) {
            batchId = fileName + QLatin1Char(':') + date.toString(Qt::ISODate);
        }
        const auto key = std::pair{acquirer, batchId};
        auto it = batchOf.find(key);
        if (it == batchOf.end()) {
            store::SettlementBatchRecord batch;
            batch.batchId = batchId;
            batch.acquirer = acquirer;
            batch.settledOn = date;
            file.batches.append(batch);
            it = batchOf.emplace(key, file.batches.size() - 1).first;
        }
        store::SettlementBatchRecord& batch = file.batches[it->second];
        if (batch.settledOn != date) {
            refuse(tr("batch %1 was settled on %2 according to line %3, this line says %4")
                       .arg(batchId, batch.settledOn.toString(Qt::ISODate))
                       .arg(batch.lines.isEmpty() ? 0 : batch.lines.first().sourceLine)
                       .arg(date.toString(Qt::ISODate)));
            continue;
        }
        store::SettlementLineRecord line;
        line.type = *type;
        line.transactionId = transactionId.toUpper();
        line.vendorTxCode = vendorTxCode;
        line.amount = *amount;
        line.feeMinor = feeMinor;
        line.cardLastFour = four;
        line.sourceLine = record.line;
        batch.lines.append(line);
    }
    // The totals a file gives are its lines' (a file has no separate group rows).
    for (store::SettlementBatchRecord& batch : file.batches) {
        for (const store::SettlementLineRecord& l : std::as_const(batch.lines)) {
            if (l.type != LineType::Payment && l.type != LineType::Refund) {
                continue;
            }
            store::SettlementGroupRecord* group = nullptr;
            for (store::SettlementGroupRecord& g : batch.groups) {
                if (g.currency == l.amount.currency().code()) {
                    group = &g;
                }
            }
            if (!group) {
                batch.groups.append({l.amount.currency().code(), 0, 0, 0, 0});
                group = &batch.groups.last();
            }
            if (l.type == LineType::Payment) {
                ++group->paymentNumber;
                group->paymentMinor += l.amount.minorUnits();
            } else {
                ++group->refundNumber;
                group->refundMinor += l.amount.minorUnits();
            }
        }
    }
    return file;
}

} // namespace bridge::settlement
