// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "settlement/ReconcileRunner.h"

#include "opayo/ReportingClient.h"
#include "reconcile/Matcher.h"

#include <QNetworkAccessManager>

namespace bridge::settlement {

ReconcileRunner::ReconcileRunner(std::shared_ptr<store::Database> database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{}

ReconcileRunner::~ReconcileRunner() = default;

void ReconcileRunner::run(ReconcileRequest request, Done done)
{
    m_request = std::move(request);
    m_report = ReconcileReport{};
    m_done = std::move(done);
    if (!m_request.reporting) {
        afterDownload();
        return;
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    delete m_download;
    delete m_client;
    m_client = new opayo::ReportingClient(m_network, *m_request.reporting, this);
    m_download = new ReportingDownload(m_client, m_database, m_clock, this);
    auto downloaded = [this](Result<DownloadReport> r) {
        if (!r) {
            Done finished = std::move(m_done);
            finished(fail(r.error()));
            return;
        }
        m_report.download = *r;
        afterDownload();
    };
    if (m_request.catchUp) {
        m_download->catchUp(m_request.firstDay, downloaded);
    } else {
        m_download->fetch(m_request.from, m_request.to, downloaded);
    }
}

void ReconcileRunner::afterDownload()
{
    Done done = std::move(m_done);
    SettlementImport import(m_database, m_request.layout, m_request.actor, m_clock);
    if (!m_request.folder.isEmpty()) {
        Result<QList<FileImportReport>> reports = import.importFolder(m_request.folder);
        if (!reports) {
            done(fail(reports.error()));
            return;
        }
        m_report.files.append(*reports);
    }
    for (const QString& path : std::as_const(m_request.paths)) {
        Result<FileImportReport> r = import.importFile(path);
        if (!r) {
            done(fail(r.error()));
            return;
        }
        m_report.files.append(*r);
    }
    QList<SftpFile> contents = m_request.contents;
    if (m_request.sftp) {
        Result<QList<SftpFile>> fetched = SftpSource::fetch(m_request.sftp->first, m_request.sftp->second);
        if (!fetched) {
            done(fail(fetched.error()));
            return;
        }
        contents.append(*fetched);
    }
    for (const SftpFile& f : std::as_const(contents)) {
        Result<FileImportReport> r =
            import.importContent(f.name, f.content, m_request.sftp ? QStringLiteral("sftp") : QStringLiteral("file"));
        if (!r) {
            done(fail(r.error()));
            return;
        }
        m_report.files.append(*r);
    }
    store::Settlements settlements(m_database, m_clock);
    Result<store::SettlementPeriod> period = settlements.load(m_request.from, m_request.to, m_request.options);
    if (!period) {
        done(fail(period.error()));
        return;
    }
    m_report.period = std::move(*period);
    Result<reconcile::Reconciliation> result = reconcile::Matcher(m_request.options).run(m_report.period.input);
    if (!result) {
        done(fail(result.error()));
        return;
    }
    m_report.result = std::move(*result);
    Result<qint64> run = settlements.storeRun(m_report.period, m_report.result, m_request.options, m_request.actor);
    if (!run) {
        done(fail(run.error()));
        return;
    }
    m_report.runId = *run;
    m_report.summary = store::Settlements::summaryJson(m_report.period.input, m_report.result);
    done(std::move(m_report));
}

} // namespace bridge::settlement
