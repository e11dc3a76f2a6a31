// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "settlement/SettlementCsv.h"
#include "store/Settlements.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace bridge::settlement {

/// What became of one settlement file.
struct FileImportReport {
    QString fileName;
    QString sha256;
    bool alreadyImported = false; ///< the same bytes were imported before: nothing was read
    int batchesAdded = 0;
    int batchesKnown = 0;
    qint64 linesAdded = 0;
    QList<SettlementCsvProblem> problems; ///< lines refused, with their line numbers
    QString error;                        ///< the whole file was refused (a missing column, not UTF-8, …): why
};

/// Imports settlement files into store::Settlements: one file's bytes, a file on disk, every file
/// of a folder. A file is known by its SHA-256, so importing it again, under any name, reads
/// nothing; a bad line is reported with its number and the good lines are imported.
class SettlementImport
{
    Q_DECLARE_TR_FUNCTIONS(bridge::settlement::SettlementImport)

public:
    SettlementImport(std::shared_ptr<store::Database> database, SettlementCsvLayout layout, QString actor,
                     const Clock& clock = Clock::system());

    /// Fails only when the database does; a refused file is a report with `error`.
    Result<FileImportReport> importContent(const QString& fileName, const QByteArray& content,
                                           const QString& origin = QStringLiteral("file"));
    Result<FileImportReport> importFile(const QString& path);
    /// Every *.csv file of the folder (not its sub-folders), in name order.
    Result<QList<FileImportReport>> importFolder(const QString& folder);

    /// "file.csv line 7: the amount …" for each refused line, and the error of a refused file.
    static QStringList describe(const FileImportReport& report);

private:
    std::shared_ptr<store::Database> m_database;
    SettlementCsvLayout m_layout;
    QString m_actor;
    const Clock& m_clock;
};

} // namespace bridge::settlement
