// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "support/MonitorRows.h"

#include <QSqlQuery>

namespace bridge::test {

Result<qint64> insertEvent(store::Database& database, const Event& e)
{
    qint64 id = 0;
    Result<void> ok = database.write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> q = store::Database::exec(
            tx,
            QStringLiteral(
                "INSERT INTO inbox (source, source_event_id, kind, received_at, payload, payload_sha256, "
                "vendor_tx_code, "
                "transaction_id, customer, amount_minor, currency, status, stage, attempts, next_attempt_at, "
                "canonical, "
                "error_code, error_message, updated_at) VALUES ('shop-event', :sid, :kind, :at, '{}', 'x', :vtc, :txn, "
                ":customer, :amount, :currency, :status, :stage, :attempts, :next, :canonical, :code, :message, :at2) "
                "RETURNING id"),
            {{"sid", QString(e.vendorTxCode + QLatin1Char(':') + QString::number(e.receivedAt))},
             {"kind", e.kind},
             {"at", e.receivedAt},
             {"vtc", e.vendorTxCode},
             {"txn", e.transactionId},
             {"customer", e.customer},
             {"amount", e.amountMinor},
             {"currency", e.currency},
             {"status", e.status},
             {"stage", e.stage},
             {"attempts", e.attempts},
             {"next", e.nextAttemptAt},
             {"canonical", e.canonical.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.canonical)},
             {"code", e.errorCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.errorCode)},
             {"message", e.errorCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(QStringLiteral("Stopped: ") + e.errorCode)},
             {"at2", e.receivedAt}});
        if (!q) {
            return fail(q.error());
        }
        id = q->next() ? q->value(0).toLongLong() : 0;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return id;
}

Result<void> insertCommand(store::Database& database, qint64 inboxId, const Command& c, qint64 at)
{
    static int sequence = 0;
    ++sequence;
    const QString key = QStringLiteral("k%1").arg(sequence);
    return database.write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> o = store::Database::exec(
            tx,
            QStringLiteral("INSERT INTO outbox (inbox_id, command_kind, business_key, ordering_key, sequence, payload, "
                           "status, attempts, next_attempt_at, document_key, created_at, updated_at) VALUES (:inbox, "
                           ":kind, :key, :ordering, :seq, '{}', :status, :attempts, :next, :doc, :at, :at2)"),
            {{"inbox", inboxId},
             {"kind", c.kind},
             {"key", key},
             {"ordering", QStringLiteral("txn:%1").arg(inboxId)},
             {"seq", sequence},
             {"status", c.status},
             {"attempts", c.attempts},
             {"next", c.nextAttemptAt},
             {"doc", c.documentKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.documentKey)},
             {"at", at + 10},
             {"at2", at + 500}});
        if (!o || c.documentKey.isEmpty() || c.status != QLatin1String("done")) {
            return asVoid(o);
        }
        // As the poster does: the document is linked to the event's Opayo transaction.
        return asVoid(store::Database::exec(
            tx,
            QStringLiteral("INSERT INTO ledger_links (transaction_id, command_kind, business_key, document_key, "
                           "linked_at) SELECT transaction_id, :kind, :key, :doc, :at FROM inbox WHERE id = :inbox"),
            {{"kind", c.kind}, {"key", key}, {"doc", c.documentKey}, {"at", at + 500}, {"inbox", inboxId}}));
    });
}

} // namespace bridge::test
