// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/StatusSync.h"

#include "logging/Log.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace bridge::engine {

Result<void> StatusSync::enqueue(QSqlDatabase& tx, bool postgres, qint64 now, const QString& shopEventId,
                                 const QString& transactionId, const QString& vendorTxCode, const QString& status,
                                 const QJsonObject& details, const QString& keySuffix)
{
    if (shopEventId.isEmpty()) {
        return {};
    }
    QJsonObject payload = details;
    payload.insert(QStringLiteral("eventId"), shopEventId);
    payload.insert(QStringLiteral("transactionId"), transactionId);
    payload.insert(QStringLiteral("vendorTxCode"), vendorTxCode);
    payload.insert(QStringLiteral("status"), status);
    store::NewOutboxCommand command;
    command.transactionId = transactionId;
    command.commandKind = QString::fromLatin1(kind);
    command.businessKey =
        shopEventId + QLatin1Char(':') + status + (keySuffix.isEmpty() ? QString() : QLatin1Char(':') + keySuffix);
    command.orderingKey = QStringLiteral("sync:") + shopEventId;
    command.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return asVoid(store::Outbox::enqueue(tx, postgres, now, command));
}

Result<void> StatusSync::enqueueIfComplete(QSqlDatabase& tx, bool postgres, qint64 now, qint64 inboxId)
{
    // One read: the event's documents, whether any is still open, and what the shop needs.
    Result<store::Statement> found = store::Database::prepared(
        tx,
        QStringLiteral("SELECT o.command_kind, o.document_key, o.status, i.source, i.source_event_id, "
                       "i.vendor_tx_code, i.transaction_id, i.kind FROM outbox o JOIN inbox i ON i.id = o.inbox_id "
                       "WHERE o.inbox_id = :id AND o.command_kind <> 'SHOPSYNC' ORDER BY o.sequence"),
        {{"id", inboxId}});
    if (!found) {
        return fail(found.error());
    }
    QSqlQuery* rows = &**found;
    QJsonObject details;
    QString shopEventId;
    QString vendorTxCode;
    QString transactionId;
    bool refund = false;
    bool consoleRefund = false;
    bool any = false;
    while (rows->next()) {
        if (rows->value(2).toString() != QLatin1String("done")) {
            return {}; // the last document to complete sends the update
        }
        if (!any) {
            any = true;
            vendorTxCode = rows->value(5).toString();
            transactionId = rows->value(6).toString();
            refund = rows->value(7).toString() == QLatin1String("refund");
            if (rows->value(3).toString() == QLatin1String("shop-event")) {
                shopEventId = rows->value(4).toString();
            } else if (rows->value(3).toString() == QLatin1String("console-refund")) {
                consoleRefund = true;
            } else {
                return {};
            }
        }
        const QString kindName = rows->value(0).toString();
        const QString key = kindName == QLatin1String("SORTOI")   ? QStringLiteral("salesOrder")
                            : kindName == QLatin1String("ARSTPY") ? QStringLiteral("receipt")
                            : kindName == QLatin1String("ARSTIN") ? QStringLiteral("creditNote")
                            : kindName == QLatin1String("SORTCH") ? QStringLiteral("creditNote")
                                                                  : kindName;
        details.insert(key, rows->value(1).toString());
    }
    if (!any) {
        return {};
    }
    if (consoleRefund) {
        // A refund made from the console: the shop hears of it under its order's event, once per
        // refund (an order may be refunded in parts).
        Result<QSqlQuery> order = store::Database::exec(
            tx,
            QStringLiteral("SELECT i.source_event_id, p.amount_minor, p.currency FROM payments p JOIN inbox i ON "
                           "i.transaction_id = p.original_transaction_id AND i.source = 'shop-event' "
                           "WHERE p.transaction_id = :txn ORDER BY i.id LIMIT 1"),
            {{"txn", transactionId}});
        if (!order) {
            return fail(order.error());
        }
        if (!order->next()) {
            return {}; // the payment did not come from the shop
        }
        details.insert(QStringLiteral("refundVendorTxCode"), vendorTxCode);
        details.insert(QStringLiteral("amountMinor"), order->value(1).toLongLong());
        details.insert(QStringLiteral("currency"), order->value(2).toString());
        return enqueue(tx, postgres, now, order->value(0).toString(), transactionId, vendorTxCode,
                       QStringLiteral("refunded"), details, transactionId);
    }
    return enqueue(tx, postgres, now, shopEventId, transactionId, vendorTxCode,
                   refund ? QStringLiteral("refunded") : QStringLiteral("posted"), details);
}

Result<void> StatusSync::enqueueFailure(QSqlDatabase& tx, bool postgres, qint64 now, qint64 inboxId,
                                        const QString& reason)
{
    Result<QSqlQuery> event = store::Database::exec(
        tx, QStringLiteral("SELECT source, source_event_id, vendor_tx_code, transaction_id FROM inbox WHERE id = :id"),
        {{"id", inboxId}});
    if (!event) {
        return fail(event.error());
    }
    if (!event->next() || event->value(0).toString() != QLatin1String("shop-event")) {
        return {};
    }
    return enqueue(tx, postgres, now, event->value(1).toString(), event->value(3).toString(),
                   event->value(2).toString(), QStringLiteral("failed"),
                   QJsonObject{{QStringLiteral("reason"), reason}});
}

StatusSyncWorker::StatusSyncWorker(std::shared_ptr<EngineContext> context, QString owner, QObject* parent)
    : QueueWorker(std::move(context), std::move(owner), parent)
{}

void StatusSyncWorker::start()
{
    m_network = new QNetworkAccessManager(this);
    begin();
}

void StatusSyncWorker::releaseLeases()
{
    store::Outbox(m_context->database, *m_context->clock).releaseAll(m_owner);
}

void StatusSyncWorker::poll()
{
    if (m_stopping || m_inFlight > 0) {
        return;
    }
    store::Outbox outbox(m_context->database, *m_context->clock);
    Result<QList<store::OutboxCommand>> claimed =
        outbox.claim(m_owner, m_context->config.leaseMs, 50, {QString::fromLatin1(StatusSync::kind)});
    if (!claimed || claimed->isEmpty()) {
        if (!claimed) {
            log::get("engine")->warn("status sync: cannot claim: {}", claimed.error().toString().toStdString());
        }
        pollIn(claimed ? m_context->config.idlePollMs : 1'000);
        return;
    }
    const QByteArray secret = m_context->config.shopStatusSecret;
    for (const store::OutboxCommand& c : *claimed) {
        ++m_inFlight;
        const QByteArray body = c.payload.toUtf8();
        const QByteArray timestamp = QByteArray::number(m_context->clock->nowMsecs() / 1000);
        const QByteArray signature =
            "v1=" +
            QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
        QNetworkRequest request(m_context->config.shopStatusUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Bridge-Timestamp", timestamp);
        request.setRawHeader("X-Bridge-Signature", signature);
        request.setTransferTimeout(15'000);
        QNetworkReply* reply = m_network->post(request, body);
        const qint64 id = c.id;
        const int attempts = c.attempts;
        const QString key = c.businessKey;
        if (c.inboxId) {
            m_changedEvents.append(*c.inboxId);
        }
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, attempts, key] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            store::Outbox::Outcome o;
            o.id = id;
            if (status >= 200 && status < 300) {
                o.kind = store::Outbox::Outcome::Kind::Complete;
                o.documentKey = QString::number(status);
                o.response = QString::fromUtf8(reply->readAll());
                ++m_context->counters->syncsSent;
            } else if (status == 0 || status == 408 || status == 429 || status >= 500) {
                Error e = Error::transient(
                    QStringLiteral("engine.shop_status"),
                    status == 0
                        ? tr("The shop's status address %1 did not answer (%2); the update will be sent again.")
                              .arg(m_context->config.shopStatusUrl.toString(), reply->errorString())
                        : tr("The shop answered HTTP %1 to a status update; it will be sent again.").arg(status));
                bool seconds = false;
                const int retryAfter = reply->rawHeader("Retry-After").toInt(&seconds);
                if (seconds) {
                    e.retryAfterSeconds = retryAfter;
                }
                ++m_context->counters->retries;
                o.kind = store::Outbox::Outcome::Kind::RetryLater;
                o.error = e;
                o.nextAttemptAt = m_context->clock->nowMsecs() + m_context->retry->delayMs(attempts, e);
            } else {
                o.kind = store::Outbox::Outcome::Kind::DeadLetter;
                o.error = Error::permanent(QStringLiteral("engine.shop_status_refused"),
                                           tr("The shop refused status update %1 with HTTP %2: %3")
                                               .arg(key)
                                               .arg(status)
                                               .arg(QString::fromUtf8(reply->readAll().left(300))));
                o.fix = status == 401
                            ? tr("Check that the bridge and the shop share the same status webhook secret, "
                                 "then replay the update.")
                            : tr("Check the shop's status webhook address in Settings, then replay the update.");
                ++m_context->counters->deadLetters;
            }
            m_outcomes.append(o);
            oneDone();
        });
    }
}

void StatusSyncWorker::oneDone()
{
    if (--m_inFlight > 0) {
        return;
    }
    const QList<store::Outbox::Outcome> outcomes = std::exchange(m_outcomes, {});
    const QList<Result<void>> recorded =
        store::Outbox(m_context->database, *m_context->clock).recordMany(m_owner, outcomes);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (!recorded.at(i)) {
            // The lease runs out and the update is sent again; the shop sees a repeat it
            // recognises by its event id and status.
            log::get("engine")->warn("status sync: cannot record the outcome of outbox command {}: {}",
                                     outcomes.at(i).id, recorded.at(i).error().toString().toStdString());
        }
    }
    m_context->changes->note(std::exchange(m_changedEvents, {}));
    if (m_stopping) {
        stop();
        return;
    }
    poll();
}

} // namespace bridge::engine
