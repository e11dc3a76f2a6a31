// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/ReconcileReport.h"

#include "gui/CsvField.h"
#include "gui/ReconcileResultsModel.h"
#include "logging/Log.h"
#include "reconcile/Reconciliation.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/ReconcileReads.h"
#include "store/Resolutions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace bridge::gui {

namespace {

constexpr int kChunk = 2'000;
/// The PDF lists at most this many discrepancies (the CSV has every row).
constexpr qint64 kPdfRows = 10'000;

store::ReconcileFilter filterFor(const ReconcileReportScope& scope)
{
    store::ReconcileFilter f;
    f.runId = scope.runId;
    f.batchId = scope.batchId;
    return f;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString money(qint64 minor, const QString& currency)
{
    return Money(minor, Currency::fromCode(currency).value_or(Currency::of("GBP"))).toDecimalString();
}

void audit(const std::shared_ptr<store::Database>& database, const ReconcileReportScope& scope, const QString& path,
           const QString& format, qint64 rows)
{
    QJsonObject detail{{QStringLiteral("run"), scope.runId},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("rows"), rows}};
    if (scope.batchId) {
        detail.insert(QStringLiteral("batch"), *scope.batchId);
    }
    const auto audited = store::AuditLog(database).append(scope.exportedBy, QStringLiteral("reconcile.export"),
                                                          QStringLiteral("reconcile_run:%1").arg(scope.runId), detail);
    if (!audited) {
        log::get("gui")->error("reconciliation export not audited: {}", audited.error().toString().toStdString());
    }
}

struct Html {
    QString text;
    qint64 discrepancies = 0;
};

Result<Html> buildHtml(const std::shared_ptr<store::Database>& database, const ReconcileReportScope& scope)
{
    const store::ReconcileReads reads(database);
    Result<std::optional<store::ReconcileRunRow>> run = reads.run(scope.runId);
    if (!run) {
        return fail(run.error());
    }
    if (!*run) {
        return fail(Error::permanent(QStringLiteral("reconcile.no_run"),
                                     ReconcileReport::tr("There is no reconciliation run %1 to report on; choose one "
                                                         "of the list.")
                                         .arg(scope.runId)));
    }
    const store::ReconcileRunRow& r = **run;
    Result<QList<store::ReconcileBatchRow>> batches = reads.batches(scope.runId);
    if (!batches) {
        return fail(batches.error());
    }
    const store::ReconcileFilter all = filterFor(scope);
    Result<QList<store::ReconcileClassTotal>> totals = reads.classTotals(all);
    if (!totals) {
        return fail(totals.error());
    }
    const QLocale locale;
    Html out;
    QString& h = out.text;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(ReconcileReport::tr("Settlement reconciliation")));
    const QString period =
        r.from == r.to ? r.from.toString(Qt::ISODate)
                       : ReconcileReport::tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    h += QStringLiteral("<p>");
    h += esc(ReconcileReport::tr("Settlement days: %1.").arg(period)) + QStringLiteral("<br/>");
    h += esc(ReconcileReport::tr("Run %1 by %2 on %3 (UTC).")
                 .arg(r.id)
                 .arg(r.startedBy, QDateTime::fromMSecsSinceEpoch(r.startedAt, Qt::UTC).toString(Qt::ISODate))) +
         QStringLiteral("<br/>");
    if (scope.batchId) {
        h += esc(scope.batchId->isEmpty() ? ReconcileReport::tr("Scope: the ledger entries in no batch.")
                                          : ReconcileReport::tr("Scope: batch %1.").arg(*scope.batchId)) +
             QStringLiteral("<br/>");
    }
    h += esc(ReconcileReport::tr("%1 settlement lines, %2 matched; %3 ledger entries; %4 discrepancies open now.")
                 .arg(r.lines)
                 .arg(r.matched)
                 .arg(r.ledgerEntries)
                 .arg(r.openDiscrepancies));
    h += QStringLiteral("<br/>") +
         esc(ReconcileReport::tr("Exported by %1 on %2 (UTC).")
                 .arg(scope.exportedBy, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    h += QStringLiteral("</p>");

    const QString th = QStringLiteral("<th align=\"left\" style=\"background:#e0e6ee;\">%1</th>");
    const QString thr = QStringLiteral("<th align=\"right\" style=\"background:#e0e6ee;\">%1</th>");
    const QString td = QStringLiteral("<td>%1</td>");
    const QString tdr = QStringLiteral("<td align=\"right\">%1</td>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReconcileReport::tr("Batches")));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\"><tr>");
    h += th.arg(esc(ReconcileReport::tr("Day"))) + th.arg(esc(ReconcileReport::tr("Acquirer"))) +
         th.arg(esc(ReconcileReport::tr("Batch"))) + th.arg(esc(ReconcileReport::tr("Currency"))) +
         thr.arg(esc(ReconcileReport::tr("Gross"))) + thr.arg(esc(ReconcileReport::tr("Refunds"))) +
         thr.arg(esc(ReconcileReport::tr("Fees"))) + thr.arg(esc(ReconcileReport::tr("Net"))) +
         thr.arg(esc(ReconcileReport::tr("Matched"))) + thr.arg(esc(ReconcileReport::tr("Open"))) +
         QStringLiteral("</tr>");
    for (const store::ReconcileBatchRow& b : std::as_const(*batches)) {
        if (scope.batchId && *scope.batchId != b.batchId) {
            continue;
        }
        h += QStringLiteral("<tr>") + td.arg(esc(b.settledOn.toString(Qt::ISODate))) + td.arg(esc(b.acquirer)) +
             td.arg(esc(b.batchId.isEmpty() ? ReconcileReport::tr("(in no batch)") : b.batchId)) +
             td.arg(esc(b.currency)) + tdr.arg(money(b.grossMinor, b.currency)) +
             tdr.arg(money(b.refundsMinor, b.currency)) + tdr.arg(money(b.feesMinor, b.currency)) +
             tdr.arg(money(b.netMinor, b.currency)) +
             tdr.arg(esc(ReconcileReport::tr("%1 of %2 (%3%)")
                             .arg(b.matched)
                             .arg(b.lines)
                             .arg(locale.toString(b.matchedPerMille() / 10.0, 'f', 1)))) +
             tdr.arg(b.openDiscrepancies) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReconcileReport::tr("Totals by class")));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>");
    h += th.arg(esc(ReconcileReport::tr("Class"))) + th.arg(esc(ReconcileReport::tr("Currency"))) +
         thr.arg(esc(ReconcileReport::tr("Rows"))) + thr.arg(esc(ReconcileReport::tr("Amount"))) +
         thr.arg(esc(ReconcileReport::tr("Difference"))) + QStringLiteral("</tr>");
    for (const store::ReconcileClassTotal& t : std::as_const(*totals)) {
        h += QStringLiteral("<tr>") + td.arg(esc(ReconcileResultsModel::className(t.classId))) +
             td.arg(esc(t.currency)) + tdr.arg(t.count) + tdr.arg(money(t.amountMinor, t.currency)) +
             tdr.arg(t.differenceMinor == 0 ? QString() : money(t.differenceMinor, t.currency)) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    store::ReconcileFilter d = all;
    d.classes = store::ReconcileFilter::Classes::Discrepancies;
    Result<qint64> count = reads.count(d);
    if (!count) {
        return fail(count.error());
    }
    out.discrepancies = *count;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReconcileReport::tr("Discrepancies (%1)").arg(*count)));
    if (*count == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(ReconcileReport::tr("None: every line and entry matched.")));
    } else {
        // Natural column widths and a smaller type: transaction ids do not wrap.
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"1\" style=\"font-size: 7pt;\"><tr>");
        h += th.arg(esc(ReconcileReport::tr("Class"))) + th.arg(esc(ReconcileReport::tr("Side"))) +
             th.arg(esc(ReconcileReport::tr("Batch"))) + th.arg(esc(ReconcileReport::tr("Transaction"))) +
             th.arg(esc(ReconcileReport::tr("VendorTxCode"))) + thr.arg(esc(ReconcileReport::tr("Amount"))) +
             thr.arg(esc(ReconcileReport::tr("Difference"))) + th.arg(esc(ReconcileReport::tr("Suggested"))) +
             th.arg(esc(ReconcileReport::tr("Status"))) + QStringLiteral("</tr>");
        for (qint64 offset = 0; offset < std::min(*count, kPdfRows); offset += kChunk) {
            Result<QList<store::ReconcileResultRow>> rows =
                reads.page(d, store::ReconcileSort::Class, false, offset, int(std::min<qint64>(kChunk, kPdfRows)));
            if (!rows) {
                return fail(rows.error());
            }
            Result<QHash<qint64, store::ResolutionRecord>> latest =
                ReconcileResultsModel::resolutionsOf(database, *rows);
            if (!latest) {
                return fail(latest.error());
            }
            for (const store::ReconcileResultRow& row : std::as_const(*rows)) {
                const auto res = latest->constFind(row.id);
                const QString status =
                    ReconcileResultsModel::statusText(row, res == latest->constEnd() ? nullptr : &res.value());
                h += QStringLiteral("<tr>") + td.arg(esc(ReconcileResultsModel::className(row.classId))) +
                     td.arg(esc(row.isLine ? ReconcileReport::tr("line") : ReconcileReport::tr("entry"))) +
                     td.arg(esc(row.batchId)) + td.arg(esc(row.transactionId)) + td.arg(esc(row.vendorTxCode)) +
                     tdr.arg(esc(row.amount.toDecimalString() + QLatin1Char(' ') + row.amount.currency().code())) +
                     tdr.arg(row.differenceMinor == 0 ? QString()
                                                      : money(row.differenceMinor, row.amount.currency().code())) +
                     td.arg(esc(row.resolution == reconcile::Resolution::None
                                    ? QString()
                                    : reconcile::Reconciliation::resolutionName(row.resolution))) +
                     td.arg(esc(status)) + QStringLiteral("</tr>");
            }
            if (rows->size() < kChunk) {
                break;
            }
        }
        h += QStringLiteral("</table>");
        if (*count > kPdfRows) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(ReconcileReport::tr("%1 more discrepancies are not listed here; the CSV export has "
                                                  "every row.")
                                  .arg(*count - kPdfRows)));
        }
    }
    h += QStringLiteral("</body></html>");
    return out;
}

} // namespace

QStringList ReconcileReport::csvHeader()
{
    return {QStringLiteral("run"),
            QStringLiteral("side"),
            QStringLiteral("batch"),
            QStringLiteral("type"),
            QStringLiteral("transaction_id"),
            QStringLiteral("vendor_tx_code"),
            QStringLiteral("class"),
            QStringLiteral("rule"),
            QStringLiteral("confidence"),
            QStringLiteral("counterpart"),
            QStringLiteral("amount"),
            QStringLiteral("currency"),
            QStringLiteral("difference"),
            QStringLiteral("suggested_resolution"),
            QStringLiteral("status")};
}

Result<qint64> ReconcileReport::writeCsv(const std::shared_ptr<store::Database>& database,
                                         const ReconcileReportScope& scope, const QString& path,
                                         const std::atomic_bool* cancelled)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return fail(Error::permanent(QStringLiteral("reconcile.export_open"),
                                     tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString())));
    }
    file.write(csvRecord(csvHeader()));
    const store::ReconcileReads reads(database);
    const store::ReconcileFilter filter = filterFor(scope);
    qint64 written = 0;
    for (qint64 offset = 0;; offset += kChunk) {
        if (cancelled && cancelled->load()) {
            file.cancelWriting();
            return fail(Error::permanent(QStringLiteral("reconcile.export_cancelled"),
                                         tr("Export cancelled; no file was written.")));
        }
        Result<QList<store::ReconcileResultRow>> rows =
            reads.page(filter, store::ReconcileSort::Class, false, offset, kChunk);
        if (!rows) {
            file.cancelWriting();
            return fail(rows.error());
        }
        Result<QHash<qint64, store::ResolutionRecord>> l = ReconcileResultsModel::resolutionsOf(database, *rows);
        if (!l) {
            file.cancelWriting();
            return fail(l.error());
        }
        const QHash<qint64, store::ResolutionRecord> latest = std::move(*l);
        for (const store::ReconcileResultRow& r : std::as_const(*rows)) {
            const auto res = latest.constFind(r.id);
            file.write(csvRecord(
                {QString::number(scope.runId), r.isLine ? QStringLiteral("line") : QStringLiteral("entry"), r.batchId,
                 r.type, r.transactionId, r.vendorTxCode, r.classId, store::Settlements::ruleId(r.rule),
                 QString::number(r.confidence), r.counterpart, r.amount.toDecimalString(), r.amount.currency().code(),
                 r.differenceMinor == 0 ? QString() : Money(r.differenceMinor, r.amount.currency()).toDecimalString(),
                 store::Settlements::resolutionId(r.resolution),
                 ReconcileResultsModel::statusText(r, res == latest.constEnd() ? nullptr : &res.value())}));
        }
        written += rows->size();
        if (rows->size() < kChunk) {
            break;
        }
    }
    if (!file.commit()) {
        return fail(Error::permanent(QStringLiteral("reconcile.export_write"),
                                     tr("Cannot finish %1: %2. Nothing was written.").arg(path, file.errorString())));
    }
    audit(database, scope, path, QStringLiteral("csv"), written);
    return written;
}

Result<QString> ReconcileReport::html(const std::shared_ptr<store::Database>& database,
                                      const ReconcileReportScope& scope)
{
    Result<Html> h = buildHtml(database, scope);
    if (!h) {
        return fail(h.error());
    }
    return h->text;
}

Result<qint64> ReconcileReport::writePdf(const std::shared_ptr<store::Database>& database,
                                         const ReconcileReportScope& scope, const QString& path)
{
    Result<Html> h = buildHtml(database, scope);
    if (!h) {
        return fail(h.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::permanent(QStringLiteral("reconcile.export_open"),
                                     tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString())));
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Settlement reconciliation, run %1").arg(scope.runId));
        pdf.setCreator(QStringLiteral("Opayo–SYSPRO Bridge"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        QTextDocument doc;
        doc.setHtml(h->text);
        doc.print(&pdf);
    }
    if (!file.commit()) {
        return fail(Error::permanent(QStringLiteral("reconcile.export_write"),
                                     tr("Cannot finish %1: %2. Nothing was written.").arg(path, file.errorString())));
    }
    audit(database, scope, path, QStringLiteral("pdf"), h->discrepancies);
    return h->discrepancies;
}

} // namespace bridge::gui
