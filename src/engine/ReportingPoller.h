// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/EngineContext.h"
#include "opayo/ReportingTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace bridge::opayo {
class ReportingClient;
}

namespace bridge::engine {

/// Picks up what the webhooks missed: every `reportingPollMs` it asks the Reporting API for the
/// transactions between its persisted watermark and `now − reportingGraceMs` (so that the shop's
/// events and Opayo's notifications have their chance first), stores each final one in the
/// inbox (source opayo-reporting, once per transaction) and moves the watermark on. A payment
/// already accepted from another source is recognised by its transactionId and posted once.
class ReportingPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kWatermark = "opayo-reporting.transactions";

    ReportingPoller(std::shared_ptr<EngineContext> context, QObject* parent = nullptr);

    void start();
    void stop();
    /// One run now (tests, "Poll now" in the console); `finished` when done.
    void pollNow();

Q_SIGNALS:
    /// `stored`: new inbox events from this run.
    void finished(int stored, const bridge::Error& error);
    void eventsStored();

private:
    void fetchPage(int startRow);
    void storeRows(const QList<opayo::ReportingTransaction>& rows, int next, int total);
    void continueRows();
    void storeOne(const opayo::ReportingTransaction& row, const QString& related);
    void done(const std::optional<Error>& error);

    std::shared_ptr<EngineContext> m_context;
    QNetworkAccessManager* m_network = nullptr;
    opayo::ReportingClient* m_client = nullptr;
    QTimer m_timer;
    bool m_running = false;
    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_earliestOpen; ///< the earliest transaction not yet final: the watermark stops there
    int m_stored = 0;
    QList<opayo::ReportingTransaction> m_pendingRefunds;
    int m_nextRow = 0;
    int m_totalRows = 0;
};

} // namespace bridge::engine
