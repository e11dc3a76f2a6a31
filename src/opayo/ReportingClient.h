// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "opayo/OpayoConfig.h"
#include "opayo/ReportingJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

namespace bridge::opayo {

/// The Reporting & Admin API commands the bridge uses. Each returns a job that has not started.
/// Paged commands take 1-based rows; Opayo clients page in chunks of 50.
/// Jobs are children of the client; call deleteLater() on a job once its `finished` was handled.
class ReportingClient : public QObject
{
    Q_OBJECT

public:
    ReportingClient(QNetworkAccessManager* manager, ReportingConfig config, QObject* parent = nullptr);

    Result<ReportingJob*> getTransactionList(const QDateTime& from, const QDateTime& to, int startRow = 1,
                                             int endRow = 50);
    ReportingJob* getTransactionDetailByVpsTxId(const QString& vpsTxId);
    ReportingJob* getTransactionDetailByVendorTxCode(const QString& vendorTxCode);
    Result<ReportingJob*> getBatchList(const QDateTime& from, const QDateTime& to);
    Result<ReportingJob*> getBatchDetail(const QString& batchId, const QString& acquirer, int startRow = 1,
                                         int endRow = 50);

private:
    ReportingJob* make(const QString& command, const ReportingRequest::Params& params);

    QNetworkAccessManager* m_manager;
    ReportingConfig m_config;
};

} // namespace bridge::opayo
