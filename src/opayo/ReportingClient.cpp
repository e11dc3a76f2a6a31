// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/ReportingClient.h"

namespace bridge::opayo {

namespace {

Result<void> checkRange(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return fail(Error::permanent(QStringLiteral("opayo.reporting.range"),
                                     QCoreApplication::translate("bridge::opayo::ReportingClient",
                                                                 "The date range for the Opayo report is not valid: "
                                                                 "give a start and an end, the end not before the "
                                                                 "start.")));
    }
    return {};
}

Result<void> checkRows(int startRow, int endRow)
{
    if (startRow < 1 || endRow < startRow) {
        return fail(Error::permanent(QStringLiteral("opayo.reporting.rows"),
                                     QCoreApplication::translate("bridge::opayo::ReportingClient",
                                                                 "Report rows start at 1 and the last row cannot be "
                                                                 "before the first (asked for %1 to %2).")
                                         .arg(startRow)
                                         .arg(endRow)));
    }
    return {};
}

} // namespace

ReportingClient::ReportingClient(QNetworkAccessManager* manager, ReportingConfig config, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_config(std::move(config))
{}

ReportingJob* ReportingClient::make(const QString& command, const ReportingRequest::Params& params)
{
    return new ReportingJob(m_manager, m_config, command, params, this);
}

Result<ReportingJob*> ReportingClient::getTransactionList(const QDateTime& from, const QDateTime& to, int startRow,
                                                          int endRow)
{
    if (const auto ok = checkRange(from, to); !ok) {
        return fail(ok.error());
    }
    if (const auto ok = checkRows(startRow, endRow); !ok) {
        return fail(ok.error());
    }
    return make(QStringLiteral("getTransactionList"), {{QStringLiteral("sorttype"), QStringLiteral("ByDate")},
                                                       {QStringLiteral("sortorder"), QStringLiteral("ASC")},
                                                       {QStringLiteral("startdate"), ReportingRequest::ukDate(from)},
                                                       {QStringLiteral("enddate"), ReportingRequest::ukDate(to)},
                                                       {QStringLiteral("startrow"), QString::number(startRow)},
                                                       {QStringLiteral("endrow"), QString::number(endRow)}});
}

ReportingJob* ReportingClient::getTransactionDetailByVpsTxId(const QString& vpsTxId)
{
    QString id = vpsTxId.trimmed();
    if (!id.startsWith(QLatin1Char('{'))) {
        id = QLatin1Char('{') + id + QLatin1Char('}');
    }
    return make(QStringLiteral("getTransactionDetail"), {{QStringLiteral("vpstxid"), id}});
}

ReportingJob* ReportingClient::getTransactionDetailByVendorTxCode(const QString& vendorTxCode)
{
    return make(QStringLiteral("getTransactionDetail"), {{QStringLiteral("vendortxcode"), vendorTxCode}});
}

Result<ReportingJob*> ReportingClient::getBatchList(const QDateTime& from, const QDateTime& to)
{
    if (const auto ok = checkRange(from, to); !ok) {
        return fail(ok.error());
    }
    return make(QStringLiteral("getBatchList"), {{QStringLiteral("startdate"), ReportingRequest::ukDate(from)},
                                                 {QStringLiteral("enddate"), ReportingRequest::ukDate(to)}});
}

Result<ReportingJob*> ReportingClient::getBatchDetail(const QString& batchId, const QString& acquirer, int startRow,
                                                      int endRow)
{
    if (const auto ok = checkRows(startRow, endRow); !ok) {
        return fail(ok.error());
    }
    return make(QStringLiteral("getBatchDetail"), {{QStringLiteral("batchid"), batchId},
                                                   {QStringLiteral("authprocessor"), acquirer},
                                                   {QStringLiteral("startrow"), QString::number(startRow)},
                                                   {QStringLiteral("endrow"), QString::number(endRow)}});
}

} // namespace bridge::opayo
