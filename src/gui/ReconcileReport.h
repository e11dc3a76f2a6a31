// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace bridge::store {
class Database;
}

namespace bridge::gui {

/// What a reconciliation report covers: a run, or one batch of it.
struct ReconcileReportScope {
    qint64 runId = 0;
    std::optional<QString> batchId; ///< a batch; an empty string: the entries in no batch
    QString exportedBy;
};

/// The reconciliation report, written on a database thread (DatabaseWorker): CSV (every line
/// and entry of the scope, formula-safe cells through csvField, through QSaveFile) and PDF
/// (QPdfWriter + QTextDocument: the period, who ran it and when, the batches, totals by class,
/// then every discrepancy with its state and resolution). Both are audited
/// (`reconcile.export`).
class ReconcileReport
{
    Q_DECLARE_TR_FUNCTIONS(bridge::gui::ReconcileReport)

public:
    /// The CSV's header row (its column names).
    static QStringList csvHeader();
    /// Writes the CSV; returns the rows written. `cancelled` stops it (nothing is written).
    static Result<qint64> writeCsv(const std::shared_ptr<store::Database>& database, const ReconcileReportScope& scope,
                                   const QString& path, const std::atomic_bool* cancelled = nullptr);
    /// The report as HTML (what the PDF shows).
    static Result<QString> html(const std::shared_ptr<store::Database>& database, const ReconcileReportScope& scope);
    /// Writes the PDF; returns the discrepancies listed.
    static Result<qint64> writePdf(const std::shared_ptr<store::Database>& database, const ReconcileReportScope& scope,
                                   const QString& path);
};

} // namespace bridge::gui
