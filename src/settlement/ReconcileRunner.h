// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "opayo/OpayoConfig.h"
#include "reconcile/MatchOptions.h"
#include "reconcile/Reconciliation.h"
#include "settlement/ReportingDownload.h"
#include "settlement/SettlementImport.h"
#include "settlement/SftpSource.h"
#include "store/Settlements.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

#include <functional>
#include <memory>
#include <optional>

namespace bridge::settlement {

/// One `reconcile` run: where the settlement data comes from, the period, the matcher's options.
struct ReconcileRequest {
    QDate from; ///< settlement days reconciled, inclusive
    QDate to;
    /// The Reporting API, when configured. With `catchUp` it fetches from the last day fetched
    /// (or `firstDay`) to today; otherwise the period's days.
    std::optional<opayo::ReportingConfig> reporting;
    bool catchUp = false;
    QDate firstDay;
    QStringList paths;        ///< settlement files on disk (--file)
    QString folder;           ///< every *.csv of this folder (settlement/folder), empty: none
    QList<SftpFile> contents; ///< files already read (the demo's acquirer files)
    std::optional<std::pair<SftpConfig, SftpSecret>> sftp;
    SettlementCsvLayout layout = SettlementCsvLayout::defaults();
    reconcile::MatchOptions options;
    QString actor;
};

struct ReconcileReport {
    std::optional<DownloadReport> download;
    QList<FileImportReport> files;
    store::SettlementPeriod period;
    reconcile::Reconciliation result;
    qint64 runId = 0;
    QJsonObject summary; ///< Settlements::summaryJson
};

/// Intake, then matching, then the stored run: what `bridge-cli reconcile` does. A file refused
/// whole or lines refused do not stop the run (they are in the report); a failed download, an
/// unreadable folder, SFTP or the database do.
class ReconcileRunner : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<ReconcileReport>)>;

    ReconcileRunner(std::shared_ptr<store::Database> database, const Clock& clock = Clock::system(),
                    QObject* parent = nullptr);
    ~ReconcileRunner() override;

    void run(ReconcileRequest request, Done done);

private:
    void afterDownload();

    std::shared_ptr<store::Database> m_database;
    const Clock& m_clock;
    ReconcileRequest m_request;
    ReconcileReport m_report;
    Done m_done;
    QNetworkAccessManager* m_network = nullptr;
    opayo::ReportingClient* m_client = nullptr;
    ReportingDownload* m_download = nullptr;
};

} // namespace bridge::settlement
