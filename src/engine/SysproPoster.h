// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/EngineContext.h"
#include "engine/QueueWorker.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace bridge::engine {

/// Posts the outbox's SYSPRO commands through the engine's one session (on the SYSPRO thread,
/// next to the SysproGateway):
/// - sales orders go several to a SORTOI post when the queue is deep (one post per order
///   status, as OrderStatus is a call parameter), and SYSPRO's answer is read per order, so a
///   refused order fails alone;
/// - receipts (ARSTPY) go several to a post too (ApplyIfEntireDocumentValid=N, results per
///   receipt); credit and debit notes (ARSTIN), stock credit notes (SORTCH header, then SORTCL
///   lines) and GL journals (GENTJL, a lost chargeback's fee) one per post;
/// - a command whose earlier attempt may have reached SYSPRO (timeout, dropped connection, a
///   worker that died) is first looked up by its key (CustomerPoNumber, receipt reference,
///   credit- or debit-note reference, journal reference) and only posted if SYSPRO does not have it;
/// - every outcome commits with its consequences: the ledger link and the status update for
///   the shop on success; the reason and the fix on a dead letter.
class SysproPoster : public QueueWorker
{
    Q_OBJECT

public:
    SysproPoster(std::shared_ptr<EngineContext> context, QString owner, QObject* parent = nullptr);

    void start();

protected:
    void poll() override;
    void releaseLeases() override;

private:
    void postOrders(const QList<store::OutboxCommand>& commands);
    void postOrderGroup(const QList<store::OutboxCommand>& commands, const QString& orderStatus);
    void postReceipt(const store::OutboxCommand& command);
    void postReceipts(const QList<store::OutboxCommand>& commands);
    void postCreditNote(const store::OutboxCommand& command);
    /// SORTCH + SORTCL; after an unknown outcome, only what SYSPRO does not have yet.
    void postStockCreditNote(const store::OutboxCommand& command);
    void postJournal(const store::OutboxCommand& command);
    /// Looks a command up by its key; `done(found document key)` or an empty key when absent.
    void verify(const store::OutboxCommand& command, std::function<void(Result<QString>)> done);
    void verifyThen(const store::OutboxCommand& command, std::function<void()> post);

    void succeeded(const store::OutboxCommand& command, const QString& documentKey, const QString& request,
                   const QString& response);
    void failedCommand(const store::OutboxCommand& command, const Error& error, bool unknownOutcome);
    void oneDone();
    /// Commits the outcomes gathered since the last flush, in one transaction.
    void flush();
    [[nodiscard]] QString fixFor(const store::OutboxCommand& command, const Error& error) const;
    [[nodiscard]] QString company() const;

    QList<store::Outbox::Outcome> m_outcomes;
    QList<qint64> m_changedEvents; ///< the events of those outcomes, for the change notices
};

} // namespace bridge::engine
