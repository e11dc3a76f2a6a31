// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// An ERP command waiting to be posted, or posted.
struct OutboxCommand {
    qint64 id = 0;
    std::optional<qint64> inboxId;
    QString transactionId;
    QString commandKind; ///< "SORTOI", "ARSTPY", …
    QString businessKey; ///< the idempotency key within the kind: CustomerPoNumber, payment reference, …
    QString orderingKey; ///< commands with the same key run in sequence order
    qint64 sequence = 0;
    QString payload; ///< the mapped command (JSON)
    QString status;  ///< pending, in_flight, unknown, done, dead
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    std::optional<qint64> firstAttemptAt;
    QString documentKey;
    QString errorCode;
    QString errorMessage;
    QString errorFix;
    /// Set on claim: an earlier attempt may have reached SYSPRO (a timeout, a dropped
    /// connection, a worker that died mid-call). Look the document up before posting again.
    bool mustVerify = false;
};

struct NewOutboxCommand {
    std::optional<qint64> inboxId;
    QString commandKind;
    QString businessKey;
    QString orderingKey;
    QString payload;
    QString transactionId; ///< the Opayo transaction the command belongs to, when there is one
};

/// The durable queue of ERP commands with exactly-once bookkeeping:
/// - a command is stored with its idempotency key (kind + business key) before any call; the
///   same key twice is recognised, not queued twice;
/// - workers claim due commands with a lease; an expired lease makes the command claimable
///   again, marked `mustVerify`;
/// - commands that share an ordering key are handed out strictly in sequence: a later one waits
///   until every earlier one is done (a dead one holds the rest until someone resolves it);
/// - every outcome is recorded only by the worker that holds the lease.
/// On PostgreSQL several engine processes share the queue (FOR UPDATE SKIP LOCKED).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Outbox)

public:
    struct Enqueued {
        qint64 id = 0;
        bool duplicate = false; ///< the key was queued before; nothing new was stored
    };

    explicit Outbox(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    /// Inside the caller's write transaction, so that the inbox stage change and the commands
    /// commit together.
    static Result<Enqueued> enqueue(QSqlDatabase& tx, bool postgres, qint64 now, const NewOutboxCommand& command);
    Result<Enqueued> enqueue(const NewOutboxCommand& command);

    /// Up to `limit` due commands of the given kinds (all kinds when empty) for `owner`, leased
    /// for `leaseMs`. Kinds are served in the order given: put a rare kind first so that a deep
    /// queue of a common one does not keep it waiting.
    Result<QList<OutboxCommand>> claim(const QString& owner, qint64 leaseMs, int limit, const QStringList& kinds = {})
    {
        return claim(owner, leaseMs, {ClaimGroup{kinds, limit}});
    }
    /// Several claims in one transaction (one commit): each group gets up to its own limit.
    struct ClaimGroup {
        QStringList kinds; ///< served in the order given; all kinds when empty
        int limit = 0;
    };
    Result<QList<OutboxCommand>> claim(const QString& owner, qint64 leaseMs, const QList<ClaimGroup>& groups);
    /// Extends the lease of commands still being worked on.
    Result<void> renewLease(qint64 id, const QString& owner, qint64 leaseMs);

    /// Done, with the document it created. `alsoDo` runs in the same transaction (ledger links,
    /// the status update for the shop), so that the outcome and its consequences commit together.
    Result<void> complete(qint64 id, const QString& owner, const QString& documentKey, const QString& request,
                          const QString& response,
                          const std::function<Result<void>(QSqlDatabase&, bool postgres, qint64 now)>& alsoDo = {});
    /// Try again at `nextAttemptAt`. `unknownOutcome`: the call may have taken effect.
    Result<void> retryLater(qint64 id, const QString& owner, const Error& error, qint64 nextAttemptAt,
                            bool unknownOutcome);
    /// Permanent failure: out of the way, with the reason and what to do about it.
    Result<void> deadLetter(qint64 id, const QString& owner, const Error& error, const QString& fix,
                            const std::function<Result<void>(QSqlDatabase&, bool postgres, qint64 now)>& alsoDo = {});
    /// One outcome of a batch (see recordMany).
    struct Outcome {
        enum class Kind { Complete, RetryLater, DeadLetter };
        qint64 id = 0;
        Kind kind = Kind::Complete;
        QString documentKey; ///< Complete
        QString request;
        QString response;
        Error error;                 ///< RetryLater, DeadLetter
        qint64 nextAttemptAt = 0;    ///< RetryLater
        bool unknownOutcome = false; ///< RetryLater
        QString fix;                 ///< DeadLetter
        std::function<Result<void>(QSqlDatabase&, bool postgres, qint64 now)> alsoDo;
    };
    /// Records the outcomes of one call (e.g. 50 orders of one SORTOI answer), each with its
    /// consequences, in one transaction when they all succeed (LeaseTable::updateMany). One
    /// result per outcome: a row no longer leased to `owner` is a transient "lease lost" (its new
    /// holder records what happens), and one outcome that cannot be recorded does not keep the
    /// others from being recorded.
    QList<Result<void>> recordMany(const QString& owner, const QList<Outcome>& outcomes);
    /// Orderly shutdown: give back every lease of `owner` (claimed-but-unsent work is marked
    /// for verification, as nobody can tell whether it was sent).
    Result<int> releaseAll(const QString& owner);

    /// Sends a dead-lettered command again, with an audit row naming who asked. It is looked up
    /// in SYSPRO first (it may have been posted by hand in the meantime).
    Result<void> replay(qint64 id, const QString& actor);

    Result<std::optional<OutboxCommand>> find(qint64 id) const;
    Result<std::optional<OutboxCommand>> findByKey(const QString& commandKind, const QString& businessKey) const;
    /// Counts per status, for the dashboard and the demo summary.
    Result<QMap<QString, qint64>> countByStatus() const;

private:
    Result<std::optional<OutboxCommand>> findOne(const QString& condition, const QVariantMap& bindings) const;
    /// One outcome in its own transaction; "lease lost" when the row is no longer `owner`'s.
    Result<void> record(const QString& owner, const Outcome& outcome);
    Result<void> finish(qint64 id, const QString& owner, const QString& sql, QVariantMap bindings,
                        const std::function<Result<void>(QSqlDatabase&, bool, qint64)>& alsoDo = {});

    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
