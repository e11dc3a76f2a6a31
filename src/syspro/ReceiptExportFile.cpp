// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/ReceiptExportFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace bridge::syspro {

namespace {
QString csv(const QString& value)
{
    QString v = value;
    // Cells starting with these would be formulas in a spreadsheet.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0))) {
        v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}
} // namespace

QString ReceiptExportFile::pathFor(const QDate& date) const
{
    return QDir(m_directory)
        .filePath(QStringLiteral("ar-receipts-%1.csv").arg(date.toString(QStringLiteral("yyyyMMdd"))));
}

Result<QString> ReceiptExportFile::append(const ArPayment& payment) const
{
    if (m_directory.isEmpty()) {
        return fail(
            Error::configuration(QStringLiteral("syspro.export_folder"),
                                 tr("ARSTPY is not licensed and receipts are set to go to an export file, but no "
                                    "export folder is set. Choose one in Settings > SYSPRO.")));
    }
    if (!QDir().mkpath(m_directory)) {
        return fail(
            Error::configuration(QStringLiteral("syspro.export_folder"),
                                 tr("The AR-receipts export folder %1 cannot be created. Check the path and its "
                                    "permissions in Settings > SYSPRO.")
                                     .arg(m_directory)));
    }
    const QDate date = payment.paymentDate.isValid() ? payment.paymentDate : QDate::currentDate();
    const QString path = pathFor(date);
    QByteArray existing;
    {
        QFile in(path);
        if (in.exists() && in.open(QIODevice::ReadOnly)) {
            existing = in.readAll();
        }
    }
    const QStringList lines = QString::fromUtf8(existing).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.section(QLatin1Char(','), 1, 1) == csv(payment.reference)) {
            return path; // already exported
        }
    }
    QStringList invoices;
    for (const InvoicePayment& i : payment.invoices) {
        invoices.append(i.invoice + QLatin1Char('=') + i.grossPaymentValue.toDecimalString());
    }
    QByteArray out = existing;
    if (out.isEmpty()) {
        out = "Customer,Reference,PaymentDate,PaymentValue,Currency,Bank,PaymentType,Invoices,Unapplied\n";
    }
    const QString row = QStringList{csv(payment.customer),
                                    csv(payment.reference),
                                    date.toString(Qt::ISODate),
                                    payment.paymentValue.toDecimalString(),
                                    payment.paymentValue.currency().code(),
                                    csv(payment.bank),
                                    csv(payment.paymentType),
                                    csv(invoices.join(QLatin1Char(';'))),
                                    payment.unapplied ? payment.unapplied->toDecimalString() : QString()}
                            .join(QLatin1Char(','));
    out += row.toUtf8() + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        return fail(Error::transient(
            QStringLiteral("syspro.export_write"),
            tr("Receipt %1 could not be written to %2: %3.").arg(payment.reference, path, file.errorString())));
    }
    return path;
}

} // namespace bridge::syspro
