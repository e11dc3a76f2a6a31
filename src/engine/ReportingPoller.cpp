// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/ReportingPoller.h"

#include "engine/EventNormaliser.h"
#include "logging/Log.h"
#include "opayo/ReportingClient.h"
#include "store/Inbox.h"
#include "store/Watermarks.h"

#include <QNetworkAccessManager>

namespace bridge::engine {

namespace {
constexpr int kPage = 50; // Opayo's clients page in fifties
}

ReportingPoller::ReportingPoller(std::shared_ptr<EngineContext> context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    m_timer.setParent(this); // moves with this object to its thread
    connect(&m_timer, &QTimer::timeout, this, &ReportingPoller::pollNow);
}

void ReportingPoller::start()
{
    if (!m_context->config.reporting || m_context->config.reportingPollMs <= 0) {
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_client = new opayo::ReportingClient(m_network, *m_context->config.reporting, this);
    m_timer.start(m_context->config.reportingPollMs);
}

void ReportingPoller::stop()
{
    m_timer.stop();
}

void ReportingPoller::pollNow()
{
    if (m_running) {
        return;
    }
    if (!m_client) {
        if (!m_context->config.reporting) {
            Q_EMIT finished(0, Error::configuration(QStringLiteral("engine.no_reporting"),
                                                    tr("The Reporting API is not set up; enter its user in Settings → "
                                                       "Opayo to let the bridge find payments the webhooks missed.")));
            return;
        }
        m_network = new QNetworkAccessManager(this);
        m_client = new opayo::ReportingClient(m_network, *m_context->config.reporting, this);
    }
    const qint64 now = m_context->clock->nowMsecs();
    Result<std::optional<QString>> mark =
        store::Watermarks(m_context->database, *m_context->clock).get(QString::fromLatin1(kWatermark));
    if (!mark) {
        Q_EMIT finished(0, mark.error());
        return;
    }
    m_from = *mark ? QDateTime::fromString(**mark, Qt::ISODateWithMs)
                   : QDateTime::fromMSecsSinceEpoch(now - m_context->config.reportingLookbackMs, Qt::UTC);
    m_to = QDateTime::fromMSecsSinceEpoch(now - m_context->config.reportingGraceMs, Qt::UTC);
    if (!m_from.isValid() || m_to <= m_from) {
        Q_EMIT finished(0, Error{});
        return;
    }
    m_running = true;
    m_stored = 0;
    m_earliestOpen = {};
    fetchPage(1);
}

void ReportingPoller::fetchPage(int startRow)
{
    Result<opayo::ReportingJob*> job = m_client->getTransactionList(m_from, m_to, startRow, startRow + kPage - 1);
    if (!job) {
        done(job.error());
        return;
    }
    opayo::ReportingJob* j = *job;
    connect(j, &net::NetworkJob::finished, this, [this, j, startRow](net::NetworkJob*) {
        j->deleteLater();
        if (j->error()) {
            done(*j->error());
            return;
        }
        const opayo::ReportingTransactionPage& page = *j->transactionPage();
        storeRows(page.rows, startRow + kPage, page.totalRows);
    });
    j->start();
}

void ReportingPoller::storeRows(const QList<opayo::ReportingTransaction>& rows, int next, int total)
{
    m_pendingRefunds.clear();
    for (const opayo::ReportingTransaction& row : rows) {
        const QString status = EventNormaliser::statusFromTxState(row.txStateId);
        if (status == QLatin1String("INPROGRESS")) {
            if (!m_earliestOpen.isValid() || row.started < m_earliestOpen) {
                m_earliestOpen = row.started;
            }
            continue;
        }
        if (row.transactionType.compare(QLatin1String("Refund"), Qt::CaseInsensitive) == 0 &&
            status == QLatin1String("OK")) {
            m_pendingRefunds.append(row); // the payment it refunds comes from the detail
            continue;
        }
        storeOne(row, {});
    }
    m_nextRow = next;
    m_totalRows = total;
    continueRows();
}

void ReportingPoller::continueRows()
{
    // Refunds one after another (each needs its detail to name its payment), then the next page.
    if (!m_pendingRefunds.isEmpty()) {
        const opayo::ReportingTransaction row = m_pendingRefunds.takeFirst();
        opayo::ReportingJob* j = m_client->getTransactionDetailByVpsTxId(row.vpsTxId);
        connect(j, &net::NetworkJob::finished, this, [this, j, row](net::NetworkJob*) {
            j->deleteLater();
            if (j->error()) {
                done(*j->error());
                return;
            }
            storeOne(row, j->transactionDetail()->relatedVpsTxId);
            continueRows();
        });
        j->start();
        return;
    }
    if (m_nextRow <= m_totalRows) {
        fetchPage(m_nextRow);
    } else {
        done(std::nullopt);
    }
}

void ReportingPoller::storeOne(const opayo::ReportingTransaction& row, const QString& related)
{
    store::NewInboxEvent event;
    event.source = QStringLiteral("opayo-reporting");
    event.sourceEventId = row.vpsTxId;
    event.kind = row.transactionType.compare(QLatin1String("Refund"), Qt::CaseInsensitive) == 0
                     ? QStringLiteral("refund")
                     : QStringLiteral("payment");
    event.payload = EventNormaliser::reportingPayload(row, related);
    event.vendorTxCode = row.vendorTxCode;
    event.transactionId = row.vpsTxId;
    event.amount = row.amount;
    Result<store::Inbox::Accepted> accepted = store::Inbox(m_context->database, *m_context->clock).accept(event);
    if (!accepted) {
        log::get("engine")->warn("reporting poller: cannot store {}: {}", row.vpsTxId.toStdString(),
                                 accepted.error().toString().toStdString());
        // Not stored: the watermark must not pass it.
        if (!m_earliestOpen.isValid() || row.started < m_earliestOpen) {
            m_earliestOpen = row.started;
        }
        return;
    }
    if (!accepted->duplicate) {
        ++m_stored;
    }
}

void ReportingPoller::done(const std::optional<Error>& error)
{
    m_running = false;
    if (error) {
        log::get("engine")->warn("reporting poller: {}", error->toString().toStdString());
        Q_EMIT finished(m_stored, *error);
    } else {
        const QDateTime mark = m_earliestOpen.isValid() && m_earliestOpen < m_to ? m_earliestOpen : m_to;
        Result<void> saved = store::Watermarks(m_context->database, *m_context->clock)
                                 .set(QString::fromLatin1(kWatermark), mark.toUTC().toString(Qt::ISODateWithMs));
        Q_EMIT finished(m_stored, saved ? Error{} : saved.error());
    }
    if (m_stored > 0) {
        Q_EMIT eventsStored();
    }
}

} // namespace bridge::engine
