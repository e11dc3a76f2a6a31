// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "opayo/ReportingTypes.h"
#include "store/Settlements.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace bridge::opayo {
class ReportingClient;
}

namespace bridge::settlement {

struct DownloadReport {
    QDate from;
    QDate to;
    int batchesListed = 0;
    int batchesAdded = 0;
    int batchesKnown = 0; ///< already recorded: not fetched again
    qint64 linesAdded = 0;
    int detailCalls = 0; ///< getBatchDetail pages fetched
};

/// Downloads settlement batches through the Reporting API: getBatchList for the days, then
/// getBatchDetail for each batch not yet recorded, paged by 50, each batch recorded in its own
/// transaction as soon as its last page arrived (so an interruption keeps what was fetched).
/// `catchUp` fetches from the last day fetched (watermark "settlement.reporting.day"; that day is
/// listed again, in case a batch arrived late) to today, and moves the watermark only when every
/// day succeeded: missed days are fetched once, on the next run. The settlement day of a batch is
/// its `completed` date in Europe/London.
class ReportingDownload : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<DownloadReport>)>;
    static constexpr const char* kWatermark = "settlement.reporting.day";

    ReportingDownload(opayo::ReportingClient* client, std::shared_ptr<store::Database> database,
                      const Clock& clock = Clock::system(), QObject* parent = nullptr);

    /// The days from `from` to `to` inclusive. `done` runs once, on this object's thread.
    void fetch(const QDate& from, const QDate& to, Done done);
    /// From the watermark's day (or `firstDay` when there is none; yesterday when that is invalid)
    /// to today.
    void catchUp(const QDate& firstDay, Done done);

    /// Settlement lines of one getBatchDetail page (payments and refunds; the API reports no fees).
    static QList<store::SettlementLineRecord> linesOf(const QList<opayo::ReportingTransaction>& rows);

private:
    void listed(const QList<opayo::ReportingBatch>& batches);
    void nextBatch();
    void fetchPage(int startRow);
    void finish(Result<void> outcome);

    opayo::ReportingClient* m_client;
    std::shared_ptr<store::Database> m_database;
    const Clock& m_clock;
    Done m_done;
    bool m_moveWatermark = false;
    DownloadReport m_report;
    QList<opayo::ReportingBatch> m_pending;
    store::SettlementBatchRecord m_current;
};

} // namespace bridge::settlement
