// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/EngineContext.h"
#include "engine/QueueWorker.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

class QNetworkAccessManager;

namespace bridge::engine {

/// Tells the shop what became of its payment events: a signed webhook (the same scheme as the
/// shop's own events, docs/opayo-events.md "Status webhook to the shop") from its own durable
/// queue (outbox rows of kind SHOPSYNC), so that a shop that is down hears it later.
class StatusSync
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::StatusSync)

public:
    static constexpr const char* kind = "SHOPSYNC";

    /// Queues a status update inside the caller's transaction (nothing when the event did not
    /// come from the shop). `status`: posted, refunded, failed. One update per event and status,
    /// or per `keySuffix` too (a console refund of an order: one per refund).
    static Result<void> enqueue(QSqlDatabase& tx, bool postgres, qint64 now, const QString& shopEventId,
                                const QString& transactionId, const QString& vendorTxCode, const QString& status,
                                const QJsonObject& details, const QString& keySuffix = {});
    /// When every SYSPRO command of inbox event `inboxId` is done: queues "posted" (or
    /// "refunded") for the shop with the documents SYSPRO created.
    static Result<void> enqueueIfComplete(QSqlDatabase& tx, bool postgres, qint64 now, qint64 inboxId);
    /// A failure the shop should hear about, for an inbox event.
    static Result<void> enqueueFailure(QSqlDatabase& tx, bool postgres, qint64 now, qint64 inboxId,
                                       const QString& reason);
};

/// The worker that sends the queued status updates (its own thread and network manager).
class StatusSyncWorker : public QueueWorker
{
    Q_OBJECT

public:
    StatusSyncWorker(std::shared_ptr<EngineContext> context, QString owner, QObject* parent = nullptr);

    void start();

protected:
    void poll() override;
    void releaseLeases() override;

private:
    void oneDone();

    QNetworkAccessManager* m_network = nullptr;
    QList<store::Outbox::Outcome> m_outcomes; ///< the batch's answers, recorded with one commit
    QList<qint64> m_changedEvents;            ///< the events of those outcomes, for the change notices
};

} // namespace bridge::engine
