// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Outbox.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LeaseTable.h"

#include <QJsonObject>
#include <QStringList>

namespace bridge::store {

namespace {

const QString kColumns = QStringLiteral(
    "id, inbox_id, command_kind, business_key, ordering_key, sequence, payload, status, attempts, next_attempt_at, "
    "first_attempt_at, document_key, error_code, error_message, error_fix, transaction_id");

OutboxCommand commandFrom(const QSqlQuery& q)
{
    OutboxCommand c;
    c.id = q.value(0).toLongLong();
    if (!q.value(1).isNull()) {
        c.inboxId = q.value(1).toLongLong();
    }
    c.commandKind = q.value(2).toString();
    c.businessKey = q.value(3).toString();
    c.orderingKey = q.value(4).toString();
    c.sequence = q.value(5).toLongLong();
    c.payload = q.value(6).toString();
    c.status = q.value(7).toString();
    c.attempts = q.value(8).toInt();
    c.nextAttemptAt = q.value(9).toLongLong();
    if (!q.value(10).isNull()) {
        c.firstAttemptAt = q.value(10).toLongLong();
    }
    c.documentKey = q.value(11).toString();
    c.errorCode = q.value(12).toString();
    c.errorMessage = q.value(13).toString();
    c.errorFix = q.value(14).toString();
    c.transactionId = q.value(15).toString();
    return c;
}

} // namespace

Outbox::Outbox(std::shared_ptr<Database> database, const Clock& clock) : m_database(std::move(database)), m_clock(clock)
{}

Result<Outbox::Enqueued> Outbox::enqueue(QSqlDatabase& tx, bool postgres, qint64 now, const NewOutboxCommand& command)
{
    if (command.commandKind.isEmpty() || command.businessKey.isEmpty() || command.orderingKey.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("outbox.key"),
                                     tr("A command needs a kind, a business key and an ordering key before it can be "
                                        "queued (got \"%1\" / \"%2\" / \"%3\").")
                                         .arg(command.commandKind, command.businessKey, command.orderingKey)));
    }
    if (postgres) {
        // Serialise sequence numbering per ordering key across processes.
        if (auto locked = Database::exec(tx, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(:key))"),
                                         {{"key", command.orderingKey}});
            !locked) {
            return fail(locked.error());
        }
    }
    // One statement: numbered after the last command of its ordering key, and nothing if the
    // command is already queued (the unique business key), which is then looked up.
    Result<Statement> inserted = Database::prepared(
        tx,
        QStringLiteral(
            "INSERT INTO outbox (inbox_id, transaction_id, command_kind, business_key, ordering_key, sequence, "
            "payload, status, attempts, next_attempt_at, created_at, updated_at) "
            "VALUES (:inbox, :txn, :kind, :key, :ordering, "
            "(SELECT COALESCE(MAX(sequence), 0) + 1 FROM outbox WHERE ordering_key = :ordering2), "
            ":payload, 'pending', 0, :now, :now2, :now3) "
            "ON CONFLICT (command_kind, business_key) DO NOTHING RETURNING id"),
        {{"inbox", command.inboxId ? QVariant(*command.inboxId) : QVariant(QMetaType::fromType<qlonglong>())},
         {"txn",
          command.transactionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(command.transactionId)},
         {"kind", command.commandKind},
         {"key", command.businessKey},
         {"ordering", command.orderingKey},
         {"ordering2", command.orderingKey},
         {"payload", command.payload},
         {"now", now},
         {"now2", now},
         {"now3", now}});
    if (!inserted) {
        return fail(inserted.error());
    }
    if ((*inserted)->next()) {
        return Enqueued{(*inserted)->value(0).toLongLong(), false};
    }
    Result<QSqlQuery> existing =
        Database::exec(tx, QStringLiteral("SELECT id FROM outbox WHERE command_kind = :kind AND business_key = :key"),
                       {{"kind", command.commandKind}, {"key", command.businessKey}});
    if (!existing) {
        return fail(existing.error());
    }
    if (!existing->next()) {
        return fail(Error::permanent(QStringLiteral("outbox.insert"),
                                     tr("The database neither queued command %1 %2 nor holds it already.")
                                         .arg(command.commandKind, command.businessKey)));
    }
    return Enqueued{existing->value(0).toLongLong(), true};
}

Result<Outbox::Enqueued> Outbox::enqueue(const NewOutboxCommand& command)
{
    Enqueued result;
    const bool postgres = m_database->isPostgres();
    const qint64 now = m_clock.nowMsecs();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<Enqueued> e = enqueue(tx, postgres, now, command);
        if (!e) {
            return fail(e.error());
        }
        result = *e;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return result;
}

Result<QList<OutboxCommand>> Outbox::claim(const QString& owner, qint64 leaseMs, const QList<ClaimGroup>& groups)
{
    QList<OutboxCommand> claimed;
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        claimed.clear();
        // Due, not leased (or the lease ran out), and nothing earlier with the same ordering
        // key still open. SKIP LOCKED lets other processes take other rows at the same time.
        // One query per kind, in the order given, so that each walks the outbox_claimable index
        // in claim order and stops at its limit.
        QStringList ids;
        for (const ClaimGroup& group : groups) {
            const QString kindCondition =
                group.kinds.isEmpty() ? QString() : QStringLiteral("AND o.command_kind = :kind ");
            const QStringList each = group.kinds.isEmpty() ? QStringList{QString()} : group.kinds;
            const qsizetype groupStart = claimed.size();
            for (const QString& kind : each) {
                const qsizetype room = group.limit - (claimed.size() - groupStart);
                if (room <= 0) {
                    break;
                }
                const QString sql =
                    QStringLiteral("SELECT %1 FROM outbox o "
                                   "WHERE o.status IN ('pending', 'unknown', 'in_flight') %4"
                                   "AND o.next_attempt_at <= :now AND (o.lease_until IS NULL OR o.lease_until < :now2) "
                                   "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.ordering_key = o.ordering_key "
                                   "AND p.sequence < o.sequence AND p.status <> 'done') "
                                   "ORDER BY o.next_attempt_at, o.id LIMIT %2%3")
                        .arg(kColumns, QString::number(room),
                             postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString(), kindCondition);
                QVariantMap bindings{{QStringLiteral("now"), now}, {QStringLiteral("now2"), now}};
                if (!kind.isEmpty()) {
                    bindings.insert(QStringLiteral("kind"), kind);
                }
                Result<QSqlQuery> due = Database::exec(tx, sql, bindings);
                if (!due) {
                    return fail(due.error());
                }
                while (due->next()) {
                    OutboxCommand c = commandFrom(*due);
                    // 'in_flight' with an expired lease: a worker died mid-call. Treat it as unknown.
                    c.mustVerify = c.status == QLatin1String("unknown") || c.status == QLatin1String("in_flight");
                    claimed.append(c);
                    ids.append(QString::number(c.id));
                }
            }
        }
        if (ids.isEmpty()) {
            return {};
        }
        Result<QSqlQuery> leased = Database::exec(
            tx,
            QStringLiteral(
                "UPDATE outbox SET status = 'in_flight', lease_owner = :owner, lease_until = :until, "
                "attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, :now), updated_at = :now2 "
                "WHERE id IN (%1)")
                .arg(ids.join(QLatin1Char(','))),
            {{"owner", owner}, {"until", now + leaseMs}, {"now", now}, {"now2", now}});
        if (!leased) {
            return fail(leased.error());
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    for (OutboxCommand& c : claimed) {
        c.status = QStringLiteral("in_flight");
        c.attempts += 1;
        if (!c.firstAttemptAt) {
            c.firstAttemptAt = now;
        }
    }
    return claimed;
}

Result<void> Outbox::finish(qint64 id, const QString& owner, const QString& assignments, QVariantMap bindings,
                            const std::function<Result<void>(QSqlDatabase&, bool, qint64)>& alsoDo)
{
    return LeaseTable(m_database, QStringLiteral("outbox"))
        .updateLeased(id, owner, m_clock.nowMsecs(), assignments, std::move(bindings), alsoDo);
}

Result<void> Outbox::renewLease(qint64 id, const QString& owner, qint64 leaseMs)
{
    return finish(id, owner, QStringLiteral("lease_until = :until"),
                  {{QStringLiteral("until"), m_clock.nowMsecs() + leaseMs}});
}

namespace {

/// The row change of one outcome: what complete(), retryLater(), deadLetter() and recordMany()
/// write.
std::pair<QString, QVariantMap> assignmentsFor(const Outbox::Outcome& o)
{
    switch (o.kind) {
    case Outbox::Outcome::Kind::Complete:
        return {QStringLiteral("status = 'done', lease_owner = NULL, lease_until = NULL, document_key = :document, "
                               "request = :request, response = :response, error_code = NULL, error_message = NULL, "
                               "error_fix = NULL"),
                {{QStringLiteral("document"), o.documentKey},
                 {QStringLiteral("request"), o.request},
                 {QStringLiteral("response"), o.response}}};
    case Outbox::Outcome::Kind::RetryLater: {
        // An unknown outcome is looked up in SYSPRO before the next attempt.
        auto [assignments, bindings] = LeaseTable::retryChange(o.error, o.nextAttemptAt);
        bindings.insert(QStringLiteral("status"),
                        o.unknownOutcome ? QStringLiteral("unknown") : QStringLiteral("pending"));
        return {QStringLiteral("status = :status, ") + assignments, bindings};
    }
    case Outbox::Outcome::Kind::DeadLetter:
        return LeaseTable::deadLetterChange(o.error, o.fix);
    }
    return {};
}

} // namespace

Result<void> Outbox::record(const QString& owner, const Outcome& outcome)
{
    return recordMany(owner, {outcome}).constFirst();
}

Result<void> Outbox::complete(qint64 id, const QString& owner, const QString& documentKey, const QString& request,
                              const QString& response,
                              const std::function<Result<void>(QSqlDatabase&, bool, qint64)>& alsoDo)
{
    Outcome o;
    o.id = id;
    o.kind = Outcome::Kind::Complete;
    o.documentKey = documentKey;
    o.request = request;
    o.response = response;
    o.alsoDo = alsoDo;
    return record(owner, o);
}

Result<void> Outbox::retryLater(qint64 id, const QString& owner, const Error& error, qint64 nextAttemptAt,
                                bool unknownOutcome)
{
    Outcome o;
    o.id = id;
    o.kind = Outcome::Kind::RetryLater;
    o.error = error;
    o.nextAttemptAt = nextAttemptAt;
    o.unknownOutcome = unknownOutcome;
    return record(owner, o);
}

Result<void> Outbox::deadLetter(qint64 id, const QString& owner, const Error& error, const QString& fix,
                                const std::function<Result<void>(QSqlDatabase&, bool, qint64)>& alsoDo)
{
    Outcome o;
    o.id = id;
    o.kind = Outcome::Kind::DeadLetter;
    o.error = error;
    o.fix = fix;
    o.alsoDo = alsoDo;
    return record(owner, o);
}

QList<Result<void>> Outbox::recordMany(const QString& owner, const QList<Outcome>& outcomes)
{
    QList<LeaseTable::Change> changes;
    changes.reserve(outcomes.size());
    for (const Outcome& o : outcomes) {
        auto [assignments, bindings] = assignmentsFor(o);
        changes.append(LeaseTable::Change{o.id, assignments, bindings, o.alsoDo});
    }
    return LeaseTable(m_database, QStringLiteral("outbox")).updateMany(owner, m_clock.nowMsecs(), changes);
}

Result<int> Outbox::releaseAll(const QString& owner)
{
    return LeaseTable(m_database, QStringLiteral("outbox"))
        .releaseAll(owner, m_clock.nowMsecs(),
                    QStringLiteral("status = CASE WHEN status = 'in_flight' THEN 'unknown' ELSE status END"));
}

Result<void> Outbox::replay(qint64 id, const QString& actor)
{
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            tx, QStringLiteral("SELECT status, command_kind, business_key, error_code FROM outbox WHERE id = :id"),
            {{"id", id}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return fail(Error::permanent(
                QStringLiteral("outbox.unknown"),
                tr("There is no command %1 in the outbox. Replay takes the outbox number of a dead-lettered "
                   "command, as the event log gives it.")
                    .arg(id)));
        }
        if (q->value(0).toString() != QLatin1String("dead")) {
            return fail(
                Error::permanent(QStringLiteral("outbox.not_replayable"),
                                 tr("Command %1 (%2 %3) is %4; only dead-lettered commands can be replayed.")
                                     .arg(id)
                                     .arg(q->value(1).toString(), q->value(2).toString(), q->value(0).toString())));
        }
        const QString previousError = q->value(3).toString();
        if (Result<QSqlQuery> u = Database::exec(
                tx,
                QStringLiteral("UPDATE outbox SET status = 'unknown', next_attempt_at = :now, lease_owner = NULL, "
                               "lease_until = NULL, error_code = NULL, error_message = NULL, error_fix = NULL, "
                               "updated_at = :now2 WHERE id = :id"),
                {{"now", now}, {"now2", now}, {"id", id}});
            !u) {
            return fail(u.error());
        }
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("engine.replay_command"),
                                                    QStringLiteral("outbox:%1").arg(id),
                                                    QJsonObject{{QStringLiteral("previousError"), previousError}}));
    });
}

Result<std::optional<OutboxCommand>> Outbox::findOne(const QString& condition, const QVariantMap& bindings) const
{
    std::optional<OutboxCommand> found;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT %1 FROM outbox WHERE %2").arg(kColumns, condition), bindings);
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            found = commandFrom(*q);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

Result<std::optional<OutboxCommand>> Outbox::find(qint64 id) const
{
    return findOne(QStringLiteral("id = :id"), {{QStringLiteral("id"), id}});
}

Result<std::optional<OutboxCommand>> Outbox::findByKey(const QString& commandKind, const QString& businessKey) const
{
    return findOne(QStringLiteral("command_kind = :kind AND business_key = :key"),
                   {{QStringLiteral("kind"), commandKind}, {QStringLiteral("key"), businessKey}});
}

Result<QMap<QString, qint64>> Outbox::countByStatus() const
{
    return LeaseTable(m_database, QStringLiteral("outbox")).countByStatus();
}

} // namespace bridge::store
