// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Corrections.h"

#include "core/PanGuard.h"
#include "core/PaymentEdits.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Inbox.h"
#include "store/Outbox.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bridge::store {

namespace {

Result<void> audit(QSqlDatabase& tx, bool postgres, qint64 now, const QString& actor, const QString& action,
                   qint64 inboxId, const QJsonObject& detail)
{
    return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor, action,
                                                QStringLiteral("inbox:%1").arg(inboxId), detail));
}

Error noSuchEvent(qint64 id)
{
    return Error::permanent(QStringLiteral("monitor.unknown_event"),
                            Corrections::tr("There is no event %1. It may have been removed by the retention job; "
                                            "refresh the monitor.")
                                .arg(id));
}

/// The event's inbox status, and whether it (or one of its commands) is a dead letter.
struct EventState {
    QString status;
    bool deadCommand = false;
    bool resolved = false;
};

Result<std::optional<EventState>> stateOf(QSqlDatabase& db, qint64 id)
{
    Result<QSqlQuery> q = Database::exec(
        db,
        QStringLiteral("SELECT i.status, i.resolved_at, EXISTS (SELECT 1 FROM outbox o WHERE o.inbox_id = i.id AND "
                       "o.status = 'dead') FROM inbox i WHERE i.id = :id"),
        {{"id", id}});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return std::optional<EventState>{};
    }
    return std::optional<EventState>{EventState{q->value(0).toString(), q->value(2).toBool(), !q->value(1).isNull()}};
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Corrections::Corrections(std::shared_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Result<int> Corrections::retryNow(qint64 inboxId, const QString& actor)
{
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    int brought = 0;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        brought = 0;
        Result<std::optional<EventState>> state = stateOf(tx, inboxId);
        if (!state) {
            return fail(state.error());
        }
        if (!*state) {
            return fail(noSuchEvent(inboxId));
        }
        // Only what waits for a later try, and is not being worked on right now.
        Result<QSqlQuery> i = Database::exec(
            tx,
            QStringLiteral("UPDATE inbox SET next_attempt_at = :now, updated_at = :now2 WHERE id = :id AND status = "
                           "'pending' AND next_attempt_at > :now3 AND lease_owner IS NULL"),
            {{"now", now}, {"now2", now}, {"id", inboxId}, {"now3", now}});
        if (!i) {
            return fail(i.error());
        }
        brought += i->numRowsAffected();
        Result<QSqlQuery> o = Database::exec(
            tx,
            QStringLiteral("UPDATE outbox SET next_attempt_at = :now, updated_at = :now2 WHERE inbox_id = :id AND "
                           "status IN ('pending', 'unknown') AND next_attempt_at > :now3 AND lease_owner IS NULL"),
            {{"now", now}, {"now2", now}, {"id", inboxId}, {"now3", now}});
        if (!o) {
            return fail(o.error());
        }
        brought += o->numRowsAffected();
        if (brought == 0) {
            const bool dead = (*state)->status == QLatin1String("dead") || (*state)->deadCommand;
            return fail(Error::permanent(
                QStringLiteral("monitor.nothing_waiting"),
                dead ? tr("Event %1 is a dead letter: it is not tried again by itself. Fix the cause named in its "
                          "details, then replay it.")
                           .arg(inboxId)
                     : tr("Nothing of event %1 is waiting for a retry: it is done, or being worked on right now.")
                           .arg(inboxId)));
        }
        return audit(tx, postgres, now, actor, QStringLiteral("monitor.retry_now"), inboxId,
                     QJsonObject{{QStringLiteral("items"), brought}});
    });
    if (!ok) {
        return fail(ok.error());
    }
    return brought;
}

Result<void> Corrections::replay(qint64 inboxId, const QString& actor)
{
    QList<qint64> deadCommands;
    QString status;
    Result<void> read = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<EventState>> state = stateOf(db, inboxId);
        if (!state) {
            return fail(state.error());
        }
        if (!*state) {
            return fail(noSuchEvent(inboxId));
        }
        status = (*state)->status;
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT id FROM outbox WHERE inbox_id = :id AND status = 'dead' ORDER BY sequence"),
            {{"id", inboxId}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            deadCommands.append(q->value(0).toLongLong());
        }
        return {};
    });
    if (!read) {
        return read;
    }
    if (status == QLatin1String("dead") || status == QLatin1String("ignored")) {
        return Inbox(m_database, m_clock).replay(inboxId, actor);
    }
    if (deadCommands.isEmpty()) {
        return fail(Error::permanent(
            QStringLiteral("monitor.not_replayable"),
            tr("Event %1 has no dead letter to replay: it is on its way or done. Use \"Retry now\" for something "
               "waiting for its next try.")
                .arg(inboxId)));
    }
    Outbox outbox(m_database, m_clock);
    for (qint64 id : std::as_const(deadCommands)) {
        if (Result<void> r = outbox.replay(id, actor); !r) {
            return r;
        }
    }
    // Replayed commands are no longer a resolved dead letter.
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        return asVoid(Database::exec(
            tx,
            QStringLiteral("UPDATE inbox SET resolved_by = NULL, resolved_at = NULL, resolution = NULL WHERE id = :id"),
            {{"id", inboxId}}));
    });
}

Result<void> Corrections::markResolved(qint64 inboxId, const QString& actor, const QString& comment)
{
    const QString text = PanGuard::mask(comment.trimmed());
    if (text.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("monitor.comment_required"),
                                     tr("Say how the dead letter was dealt with (for example \"posted by hand as "
                                        "sales order 000123\"), so that others can follow it.")));
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<std::optional<EventState>> state = stateOf(tx, inboxId);
        if (!state) {
            return fail(state.error());
        }
        if (!*state) {
            return fail(noSuchEvent(inboxId));
        }
        if ((*state)->status != QLatin1String("dead") && !(*state)->deadCommand) {
            return fail(Error::permanent(
                QStringLiteral("monitor.not_dead"),
                tr("Event %1 is not a dead letter; only dead letters are marked resolved.").arg(inboxId)));
        }
        if ((*state)->resolved) {
            return fail(
                Error::permanent(QStringLiteral("monitor.already_resolved"),
                                 tr("Event %1 was already marked resolved; its details say by whom.").arg(inboxId)));
        }
        if (Result<QSqlQuery> u = Database::exec(
                tx,
                QStringLiteral("UPDATE inbox SET resolved_by = :actor, resolved_at = :now, resolution = :comment "
                               "WHERE id = :id"),
                {{"actor", actor}, {"now", now}, {"comment", text}, {"id", inboxId}});
            !u) {
            return fail(u.error());
        }
        return audit(tx, postgres, now, actor, QStringLiteral("monitor.resolved"), inboxId,
                     QJsonObject{{QStringLiteral("comment"), text}});
    });
}

Result<Corrections::Requested> Corrections::requestEditedReplay(qint64 inboxId, const QString& actor,
                                                                const QJsonObject& edits, const QString& reason)
{
    if (Result<void> valid = PaymentEdits::validate(edits); !valid) {
        return fail(valid.error());
    }
    const QString why = PanGuard::mask(reason.trimmed());
    if (why.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("monitor.reason_required"),
                                     tr("Say why the payment is corrected, so that the approver and the audit "
                                        "log can follow it.")));
    }
    const QString editsText = PanGuard::mask(compact(edits));
    const bool money = PaymentEdits::changesMoney(edits);
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    Requested requested;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<std::optional<EventState>> state = stateOf(tx, inboxId);
        if (!state) {
            return fail(state.error());
        }
        if (!*state) {
            return fail(noSuchEvent(inboxId));
        }
        if ((*state)->status != QLatin1String("dead")) {
            return fail(Error::permanent(
                QStringLiteral("monitor.not_editable"),
                (*state)->deadCommand
                    ? tr("Event %1 was mapped and its SYSPRO command was refused; the payment itself cannot be "
                         "edited any more. Correct the data in SYSPRO and replay the command.")
                          .arg(inboxId)
                    : tr("Only payments the bridge stopped before posting (dead letters) can be edited and "
                         "replayed; event %1 is not one.")
                          .arg(inboxId)));
        }
        Result<QSqlQuery> pending = Database::exec(
            tx, QStringLiteral("SELECT id FROM replay_requests WHERE inbox_id = :id AND status = 'pending'"),
            {{"id", inboxId}});
        if (!pending) {
            return fail(pending.error());
        }
        if (pending->next()) {
            return fail(Error::permanent(
                QStringLiteral("monitor.request_pending"),
                tr("Event %1 already has an edit (request %2) waiting for an approver. It must be approved or "
                   "rejected first.")
                    .arg(inboxId)
                    .arg(pending->value(0).toLongLong())));
        }
        Result<QSqlQuery> inserted = Database::exec(
            tx,
            QStringLiteral("INSERT INTO replay_requests (inbox_id, edits, reason, changes_money, requested_by, "
                           "requested_at, status) VALUES (:inbox, :edits, :reason, :money, :actor, :now, :status) "
                           "RETURNING id"),
            {{"inbox", inboxId},
             {"edits", editsText},
             {"reason", why},
             {"money", money ? 1 : 0},
             {"actor", actor},
             {"now", now},
             {"status", money ? QStringLiteral("pending") : QStringLiteral("applied")}});
        if (!inserted) {
            return fail(inserted.error());
        }
        requested.requestId = inserted->next() ? inserted->value(0).toLongLong() : 0;
        requested.applied = !money;
        const QJsonObject detail{{QStringLiteral("request"), requested.requestId},
                                 {QStringLiteral("edits"), editsText},
                                 {QStringLiteral("reason"), why},
                                 {QStringLiteral("changesMoney"), money}};
        if (money) {
            return audit(tx, postgres, now, actor, QStringLiteral("monitor.replay_requested"), inboxId, detail);
        }
        if (Result<void> a = audit(tx, postgres, now, actor, QStringLiteral("monitor.replay_edited"), inboxId, detail);
            !a) {
            return a;
        }
        return Inbox::replayIn(tx, postgres, now, inboxId, actor, editsText);
    });
    if (!ok) {
        return fail(ok.error());
    }
    return requested;
}

Result<void> Corrections::approveReplay(qint64 requestId, const QString& approver, RoleSet roles,
                                        const QString& comment)
{
    return decide(requestId, approver, roles, comment, true);
}

Result<void> Corrections::rejectReplay(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment)
{
    return decide(requestId, approver, roles, comment, false);
}

Result<void> Corrections::decide(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment,
                                 bool approve)
{
    const QString text = PanGuard::mask(comment.trimmed());
    if (!approve && text.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("monitor.comment_required"),
                                     tr("Say why the edit is rejected, so that the requester can correct it.")));
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            tx, QStringLiteral("SELECT inbox_id, edits, requested_by, status FROM replay_requests WHERE id = :id"),
            {{"id", requestId}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return fail(Error::permanent(QStringLiteral("monitor.unknown_request"),
                                         tr("There is no edit-and-replay request %1.").arg(requestId)));
        }
        const qint64 inboxId = q->value(0).toLongLong();
        const QString edits = q->value(1).toString();
        const QString requester = q->value(2).toString();
        if (q->value(3).toString() != QLatin1String("pending")) {
            return fail(Error::permanent(QStringLiteral("monitor.request_decided"),
                                         q->value(3).toString() == QLatin1String("rejected")
                                             ? tr("Request %1 was already rejected.").arg(requestId)
                                             : tr("Request %1 was already approved and applied.").arg(requestId)));
        }
        // The approver's role, and not the requester (maker-checker), checked where it is applied.
        if (Result<void> allowed = Permissions::checkApproval(approver, roles, Action::ApproveReplay, requester);
            !allowed) {
            return allowed;
        }
        if (Result<QSqlQuery> u = Database::exec(
                tx,
                QStringLiteral("UPDATE replay_requests SET status = :status, decided_by = :by, decided_at = :now, "
                               "decision_comment = :comment WHERE id = :id"),
                {{"status", approve ? QStringLiteral("applied") : QStringLiteral("rejected")},
                 {"by", approver},
                 {"now", now},
                 {"comment", text},
                 {"id", requestId}});
            !u) {
            return fail(u.error());
        }
        if (Result<void> a =
                audit(tx, postgres, now, approver,
                      approve ? QStringLiteral("monitor.replay_approved") : QStringLiteral("monitor.replay_rejected"),
                      inboxId,
                      QJsonObject{{QStringLiteral("request"), requestId},
                                  {QStringLiteral("requestedBy"), requester},
                                  {QStringLiteral("comment"), text}});
            !a) {
            return a;
        }
        if (!approve) {
            return {};
        }
        return Inbox::replayIn(tx, postgres, now, inboxId, approver, edits);
    });
}

Result<QList<ReplayRequest>> Corrections::pendingReplays() const
{
    QList<ReplayRequest> requests;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT id, inbox_id, edits, reason, changes_money, requested_by, requested_at FROM "
                               "replay_requests WHERE status = 'pending' ORDER BY id"));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            ReplayRequest r;
            r.id = q->value(0).toLongLong();
            r.inboxId = q->value(1).toLongLong();
            r.edits = q->value(2).toString();
            r.reason = q->value(3).toString();
            r.changesMoney = q->value(4).toInt() != 0;
            r.requestedBy = q->value(5).toString();
            r.requestedAt = q->value(6).toLongLong();
            r.status = QStringLiteral("pending");
            requests.append(r);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return requests;
}

} // namespace bridge::store
