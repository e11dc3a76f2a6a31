// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "settlement/ReportingDownload.h"

#include "opayo/ReportingClient.h"
#include "store/Watermarks.h"

#include <QTimeZone>

namespace bridge::settlement {

namespace {
constexpr int kPage = 50;

QTimeZone london()
{
    const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone.isValid() ? zone : QTimeZone::utc();
}
} // namespace

ReportingDownload::ReportingDownload(opayo::ReportingClient* client, std::shared_ptr<store::Database> database,
                                     const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_database(std::move(database))
    , m_clock(clock)
{}

QList<store::SettlementLineRecord> ReportingDownload::linesOf(const QList<opayo::ReportingTransaction>& rows)
{
    QList<store::SettlementLineRecord> lines;
    for (const opayo::ReportingTransaction& row : rows) {
        if (!row.amount || row.amount->minorUnits() == 0) {
            continue; // nothing settled (an authentication, a fully voided amount)
        }
        store::SettlementLineRecord line;
        line.type = row.transactionType.compare(QLatin1String("Refund"), Qt::CaseInsensitive) == 0
                        ? reconcile::LineType::Refund
                        : reconcile::LineType::Payment;
        line.transactionId = row.vpsTxId;
        line.vendorTxCode = row.vendorTxCode;
        line.amount =
            row.amount->minorUnits() < 0 ? Money(-row.amount->minorUnits(), row.amount->currency()) : *row.amount;
        lines.append(line);
    }
    return lines;
}

void ReportingDownload::catchUp(const QDate& firstDay, Done done)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMsecs(), london()).date();
    Result<std::optional<QString>> mark = store::Watermarks(m_database, m_clock).get(QString::fromLatin1(kWatermark));
    if (!mark) {
        done(fail(mark.error()));
        return;
    }
    QDate from = *mark ? QDate::fromString(**mark, Qt::ISODate) : firstDay;
    if (!from.isValid()) {
        from = today.addDays(-1);
    }
    m_moveWatermark = true;
    fetch(std::min(from, today), today, std::move(done));
}

void ReportingDownload::fetch(const QDate& from, const QDate& to, Done done)
{
    m_done = std::move(done);
    m_report = DownloadReport{};
    m_report.from = from;
    m_report.to = to;
    const QTimeZone zone = london();
    Result<opayo::ReportingJob*> job =
        m_client->getBatchList(QDateTime(from, QTime(0, 0), zone), QDateTime(to, QTime(23, 59, 59), zone));
    if (!job) {
        finish(fail(job.error()));
        return;
    }
    opayo::ReportingJob* j = *job;
    connect(j, &net::NetworkJob::finished, this, [this, j](net::NetworkJob*) {
        j->deleteLater();
        if (j->error()) {
            finish(fail(*j->error()));
            return;
        }
        listed(j->batches().value_or(QList<opayo::ReportingBatch>{}));
    });
    j->start();
}

void ReportingDownload::listed(const QList<opayo::ReportingBatch>& batches)
{
    m_report.batchesListed = int(batches.size());
    store::Settlements settlements(m_database, m_clock);
    for (const opayo::ReportingBatch& b : batches) {
        Result<bool> known = settlements.batchKnown(b.acquirer, b.batchId);
        if (!known) {
            finish(fail(known.error()));
            return;
        }
        if (*known) {
            ++m_report.batchesKnown;
        } else {
            m_pending.append(b);
        }
    }
    nextBatch();
}

void ReportingDownload::nextBatch()
{
    if (m_pending.isEmpty()) {
        finish({});
        return;
    }
    const opayo::ReportingBatch b = m_pending.takeFirst();
    m_current = store::SettlementBatchRecord{};
    m_current.batchId = b.batchId;
    m_current.acquirer = b.acquirer;
    m_current.completedAtMs = b.completed.toMSecsSinceEpoch();
    m_current.settledOn = b.completed.toTimeZone(london()).date();
    for (const opayo::ReportingBatchGroup& g : b.groups) {
        m_current.groups.append({g.currency, g.paymentNumber, g.paymentValue ? g.paymentValue->minorUnits() : 0,
                                 g.refundNumber, g.refundValue ? g.refundValue->minorUnits() : 0});
    }
    fetchPage(1);
}

void ReportingDownload::fetchPage(int startRow)
{
    Result<opayo::ReportingJob*> job =
        m_client->getBatchDetail(m_current.batchId, m_current.acquirer, startRow, startRow + kPage - 1);
    if (!job) {
        finish(fail(job.error()));
        return;
    }
    opayo::ReportingJob* j = *job;
    ++m_report.detailCalls;
    connect(j, &net::NetworkJob::finished, this, [this, j, startRow](net::NetworkJob*) {
        j->deleteLater();
        if (j->error()) {
            finish(fail(*j->error()));
            return;
        }
        const opayo::ReportingTransactionPage& page = *j->transactionPage();
        m_current.lines.append(linesOf(page.rows));
        const int next = startRow + kPage;
        if (next <= page.totalRows && !page.rows.isEmpty()) {
            fetchPage(next);
            return;
        }
        Result<store::SettlementRecordResult> recorded =
            store::Settlements(m_database, m_clock).record({m_current}, store::SettlementSource::Reporting);
        if (!recorded) {
            finish(fail(recorded.error()));
            return;
        }
        m_report.batchesAdded += recorded->batchesAdded;
        m_report.batchesKnown += recorded->batchesKnown;
        m_report.linesAdded += recorded->linesAdded;
        nextBatch();
    });
    j->start();
}

void ReportingDownload::finish(Result<void> outcome)
{
    m_pending.clear();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (outcome && m_moveWatermark) {
        outcome = store::Watermarks(m_database, m_clock)
                      .set(QString::fromLatin1(kWatermark), m_report.to.toString(Qt::ISODate));
    }
    m_moveWatermark = false;
    if (!done) {
        return;
    }
    if (!outcome) {
        done(fail(outcome.error()));
    } else {
        done(m_report);
    }
}

} // namespace bridge::settlement
