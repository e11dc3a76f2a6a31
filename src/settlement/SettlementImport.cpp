// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "settlement/SettlementImport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bridge::settlement {

SettlementImport::SettlementImport(std::shared_ptr<store::Database> database, SettlementCsvLayout layout, QString actor,
                                   const Clock& clock)
    : m_database(std::move(database))
    , m_layout(std::move(layout))
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

Result<FileImportReport> SettlementImport::importContent(const QString& fileName, const QByteArray& content,
                                                         const QString& origin)
{
    FileImportReport report;
    report.fileName = fileName;
    report.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    store::Settlements settlements(m_database, m_clock);
    Result<bool> known = settlements.fileKnown(report.sha256);
    if (!known) {
        return fail(known.error());
    }
    if (*known) {
        report.alreadyImported = true;
        return report;
    }
    Result<SettlementCsvFile> file = SettlementCsv::read(content, m_layout, fileName);
    if (!file) {
        report.error = file.error().message;
        return report;
    }
    report.problems = file->problems;
    const store::SettlementFileRecord record{fileName, report.sha256, origin, file->linesRead,
                                             int(file->problems.size())};
    Result<store::SettlementRecordResult> recorded =
        settlements.record(file->batches, store::SettlementSource::File, record, m_actor);
    if (!recorded) {
        if (recorded.error().errorClass == ErrorClass::Permanent) {
            report.error = recorded.error().message;
            return report;
        }
        return fail(recorded.error());
    }
    report.alreadyImported = recorded->fileKnown;
    report.batchesAdded = recorded->batchesAdded;
    report.batchesKnown = recorded->batchesKnown;
    report.linesAdded = recorded->linesAdded;
    return report;
}

Result<FileImportReport> SettlementImport::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::permanent(QStringLiteral("settlement.file_open"),
                                     tr("The settlement file %1 could not be opened: %2. Check the path and that "
                                        "the bridge may read it.")
                                         .arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    return importContent(QFileInfo(path).fileName(), file.readAll(), QStringLiteral("file"));
}

Result<QList<FileImportReport>> SettlementImport::importFolder(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        return fail(Error::configuration(QStringLiteral("settlement.folder"),
                                         tr("The settlement folder %1 does not exist. Check the setting "
                                            "settlement/folder.")
                                             .arg(QDir::toNativeSeparators(folder))));
    }
    QList<FileImportReport> reports;
    const QStringList names =
        dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names) {
        Result<FileImportReport> r = importFile(dir.filePath(name));
        if (!r) {
            return fail(r.error());
        }
        reports.append(*r);
    }
    return reports;
}

QStringList SettlementImport::describe(const FileImportReport& report)
{
    QStringList out;
    if (!report.error.isEmpty()) {
        out.append(report.error);
    }
    for (const SettlementCsvProblem& p : report.problems) {
        out.append(tr("%1 line %2 was not imported: %3.").arg(report.fileName).arg(p.line).arg(p.reason));
    }
    return out;
}

} // namespace bridge::settlement
