// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Inbox.h"

#include "core/PanGuard.h"
#include "logging/Log.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LeaseTable.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QStringList>

namespace bridge::store {

namespace {

const QString kColumns = QStringLiteral(
    "id, source, source_event_id, kind, received_at, payload, vendor_tx_code, transaction_id, customer, status, stage, "
    "attempts, canonical, error_code, error_message, error_fix, edits");

InboxEvent eventFrom(const QSqlQuery& q)
{
    InboxEvent e;
    e.id = q.value(0).toLongLong();
    e.source = q.value(1).toString();
    e.sourceEventId = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.receivedAt = q.value(4).toLongLong();
    e.payload = q.value(5).toString();
    e.vendorTxCode = q.value(6).toString();
    e.transactionId = q.value(7).toString();
    e.customer = q.value(8).toString();
    e.status = q.value(9).toString();
    e.stage = q.value(10).toString();
    e.attempts = q.value(11).toInt();
    e.canonical = q.value(12).toString();
    e.errorCode = q.value(13).toString();
    e.errorMessage = q.value(14).toString();
    e.errorFix = q.value(15).toString();
    e.edits = q.value(16).toString();
    return e;
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

Inbox::Inbox(std::shared_ptr<Database> database, const Clock& clock) : m_database(std::move(database)), m_clock(clock)
{}

Result<Inbox::Accepted> Inbox::accept(const NewInboxEvent& event)
{
    Accepted accepted;
    const qint64 now = m_clock.nowMsecs();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<Accepted> in = acceptIn(tx, now, event);
        if (!in) {
            return fail(in.error());
        }
        accepted = *in;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    if (accepted.cardNumbersMasked > 0) {
        log::get("store")->warn("event {} from {} contained {} card number(s); they were masked before storing",
                                event.sourceEventId.toStdString(), event.source.toStdString(),
                                accepted.cardNumbersMasked);
    }
    if (accepted.contentDiffers) {
        log::get("store")->warn("event {} from {} was sent again with different contents; the first version is kept",
                                event.sourceEventId.toStdString(), event.source.toStdString());
    }
    return accepted;
}

Result<Inbox::Accepted> Inbox::acceptIn(QSqlDatabase& tx, qint64 now, const NewInboxEvent& event)
{
    if (event.source.isEmpty() || event.sourceEventId.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("inbox.no_id"),
                                     tr("An incoming event has no source or no event id, so a repeat could not be "
                                        "recognised; it was not stored.")));
    }
    Accepted accepted;
    // Defence in depth: whatever the listener did, no card number is stored.
    const QByteArray masked = PanGuard::mask(event.payload, &accepted.cardNumbersMasked);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(masked, QCryptographicHash::Sha256).toHex());
    Result<QSqlQuery> existing = Database::exec(
        tx, QStringLiteral("SELECT id, payload_sha256 FROM inbox WHERE source = :source AND source_event_id = :event"),
        {{"source", event.source}, {"event", event.sourceEventId}});
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->next()) {
        accepted.id = existing->value(0).toLongLong();
        accepted.duplicate = true;
        accepted.contentDiffers = existing->value(1).toString() != sha;
        return accepted;
    }
    Result<QSqlQuery> inserted = Database::exec(
        tx,
        QStringLiteral("INSERT INTO inbox (source, source_event_id, kind, received_at, payload, payload_sha256, "
                       "vendor_tx_code, transaction_id, customer, amount_minor, currency, status, stage, attempts, "
                       "next_attempt_at, updated_at) VALUES (:source, :event, :kind, :received, :payload, :sha, :vtx, "
                       ":txid, :customer, :amount, :currency, 'pending', 'received', 0, :next, :updated) RETURNING id"),
        QVariantMap{{QStringLiteral("source"), event.source},
                    {QStringLiteral("event"), event.sourceEventId},
                    {QStringLiteral("kind"), event.kind},
                    {QStringLiteral("received"), now},
                    {QStringLiteral("payload"), QString::fromUtf8(masked)},
                    {QStringLiteral("sha"), sha},
                    {QStringLiteral("vtx"), nullable(event.vendorTxCode)},
                    {QStringLiteral("txid"), nullable(event.transactionId)},
                    {QStringLiteral("customer"), nullable(event.customer)},
                    {QStringLiteral("amount"),
                     event.amount ? QVariant(event.amount->minorUnits()) : QVariant(QMetaType::fromType<qlonglong>())},
                    {QStringLiteral("currency"), event.amount ? QVariant(event.amount->currency().code())
                                                              : QVariant(QMetaType::fromType<QString>())},
                    {QStringLiteral("next"), now},
                    {QStringLiteral("updated"), now}});
    if (!inserted) {
        return fail(inserted.error());
    }
    if (!inserted->next()) {
        return fail(
            Error::permanent(QStringLiteral("inbox.insert"), tr("The database did not return the new event's id.")));
    }
    accepted.id = inserted->value(0).toLongLong();
    return accepted;
}

Result<QList<InboxEvent>> Inbox::claim(const QString& owner, qint64 leaseMs, int limit)
{
    QList<InboxEvent> claimed;
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> due = Database::exec(
            tx,
            QStringLiteral("SELECT %1 FROM inbox WHERE status = 'pending' AND next_attempt_at <= :now "
                           "AND (lease_until IS NULL OR lease_until < :now2) ORDER BY next_attempt_at, id LIMIT %2%3")
                .arg(kColumns, QString::number(limit),
                     postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()),
            {{"now", now}, {"now2", now}});
        if (!due) {
            return fail(due.error());
        }
        QStringList ids;
        while (due->next()) {
            claimed.append(eventFrom(*due));
            ids.append(QString::number(claimed.last().id));
        }
        if (ids.isEmpty()) {
            return {};
        }
        return asVoid(Database::exec(tx,
                                     QStringLiteral("UPDATE inbox SET lease_owner = :owner, lease_until = :until, "
                                                    "attempts = attempts + 1, updated_at = :now WHERE id IN (%1)")
                                         .arg(ids.join(QLatin1Char(','))),
                                     {{"owner", owner}, {"until", now + leaseMs}, {"now", now}}));
    });
    if (!ok) {
        return fail(ok.error());
    }
    for (InboxEvent& e : claimed) {
        e.attempts += 1;
    }
    return claimed;
}

namespace {

/// The row change of one outcome: what advance(), retryLater(), deadLetter() and recordMany()
/// write.
std::pair<QString, QVariantMap> assignmentsFor(const Inbox::Outcome& o)
{
    switch (o.kind) {
    case Inbox::Outcome::Kind::Advance: {
        // "pending" keeps the lease so that the same worker carries on; the others release it.
        const bool release = o.status != QLatin1String("pending");
        return {QStringLiteral("stage = :stage, status = :status, canonical = COALESCE(:canonical, canonical), "
                               "error_code = NULL, error_message = NULL, error_fix = NULL%1")
                    .arg(release ? QStringLiteral(", lease_owner = NULL, lease_until = NULL") : QString()),
                {{QStringLiteral("stage"), o.stage},
                 {QStringLiteral("status"), o.status},
                 {QStringLiteral("canonical"), nullable(o.canonical)}}};
    }
    case Inbox::Outcome::Kind::RetryLater:
        return LeaseTable::retryChange(o.error, o.nextAttemptAt);
    case Inbox::Outcome::Kind::DeadLetter:
        return LeaseTable::deadLetterChange(o.error, o.fix);
    }
    return {};
}

bool knownStatus(const QString& status)
{
    return status == QLatin1String("pending") || status == QLatin1String("done") || status == QLatin1String("ignored");
}

} // namespace

QList<Result<void>> Inbox::recordMany(const QString& owner, const QList<Outcome>& outcomes)
{
    QList<LeaseTable::Change> changes;
    changes.reserve(outcomes.size());
    for (const Outcome& o : outcomes) {
        auto [assignments, bindings] = assignmentsFor(o);
        changes.append(LeaseTable::Change{o.id, assignments, bindings, o.alsoDo});
    }
    QList<Result<void>> results;
    // An unknown status is the caller's mistake: refused before anything is written.
    for (const Outcome& o : outcomes) {
        if (o.kind == Outcome::Kind::Advance && !knownStatus(o.status)) {
            results.fill(
                fail(Error::permanent(
                    QStringLiteral("inbox.status"),
                    tr("Unknown event status \"%1\" for event %2; nothing was recorded.").arg(o.status).arg(o.id))),
                outcomes.size());
            return results;
        }
    }
    return LeaseTable(m_database, QStringLiteral("inbox")).updateMany(owner, m_clock.nowMsecs(), changes);
}

Result<void> Inbox::record(const QString& owner, const Outcome& outcome)
{
    return recordMany(owner, {outcome}).constFirst();
}

Result<void> Inbox::advance(qint64 id, const QString& owner, const QString& stage, const QString& status,
                            const QString& canonical,
                            const std::function<Result<void>(QSqlDatabase&, bool, qint64)>& alsoDo)
{
    Outcome o;
    o.id = id;
    o.kind = Outcome::Kind::Advance;
    o.stage = stage;
    o.status = status;
    o.canonical = canonical;
    o.alsoDo = alsoDo;
    return record(owner, o);
}

Result<void> Inbox::retryLater(qint64 id, const QString& owner, const Error& error, qint64 nextAttemptAt)
{
    Outcome o;
    o.id = id;
    o.kind = Outcome::Kind::RetryLater;
    o.error = error;
    o.nextAttemptAt = nextAttemptAt;
    return record(owner, o);
}

Result<void> Inbox::deadLetter(qint64 id, const QString& owner, const Error& error, const QString& fix,
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

Result<void> Inbox::replay(qint64 id, const QString& actor)
{
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    return m_database->write(
        [&](QSqlDatabase& tx) -> Result<void> { return replayIn(tx, postgres, now, id, actor, std::nullopt); });
}

Result<void> Inbox::replayIn(QSqlDatabase& tx, bool postgres, qint64 now, qint64 id, const QString& actor,
                             const std::optional<QString>& edits)
{
    Result<QSqlQuery> q =
        Database::exec(tx, QStringLiteral("SELECT status, stage, error_code FROM inbox WHERE id = :id"), {{"id", id}});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return fail(Error::permanent(
            QStringLiteral("inbox.unknown"),
            tr("There is no event %1 in the inbox. Replay takes the inbox number of a dead-lettered event, as "
               "its dead-letter message and the event log give it.")
                .arg(id)));
    }
    const QString status = q->value(0).toString();
    if (status != QLatin1String("dead") && status != QLatin1String("ignored")) {
        return fail(
            Error::permanent(QStringLiteral("inbox.not_replayable"),
                             tr("Event %1 is %2 (stage %3); only dead-lettered or ignored events can be replayed.")
                                 .arg(id)
                                 .arg(status, q->value(1).toString())));
    }
    const QString previousError = q->value(2).toString();
    QVariantMap bindings{{QStringLiteral("now"), now}, {QStringLiteral("now2"), now}, {QStringLiteral("id"), id}};
    if (edits) {
        bindings.insert(QStringLiteral("edits"), edits->isEmpty() ? QVariant(QMetaType::fromType<QString>()) : *edits);
    }
    if (Result<QSqlQuery> u = Database::exec(
            tx,
            QStringLiteral("UPDATE inbox SET status = 'pending', stage = 'received', attempts = 0, "
                           "next_attempt_at = :now, lease_owner = NULL, lease_until = NULL, error_code = NULL, "
                           "error_message = NULL, error_fix = NULL, resolved_by = NULL, resolved_at = NULL, "
                           "resolution = NULL, updated_at = :now2%1 WHERE id = :id")
                .arg(edits ? QStringLiteral(", edits = :edits") : QString()),
            bindings);
        !u) {
        return fail(u.error());
    }
    QJsonObject detail{{QStringLiteral("previousStatus"), status}, {QStringLiteral("previousError"), previousError}};
    if (edits && !edits->isEmpty()) {
        detail.insert(QStringLiteral("edits"), *edits);
    }
    return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("engine.replay_event"),
                                                QStringLiteral("inbox:%1").arg(id), detail));
}

Result<int> Inbox::releaseAll(const QString& owner)
{
    return LeaseTable(m_database, QStringLiteral("inbox")).releaseAll(owner, m_clock.nowMsecs(), QString());
}

Result<std::optional<InboxEvent>> Inbox::find(qint64 id) const
{
    std::optional<InboxEvent> found;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT %1 FROM inbox WHERE id = :id").arg(kColumns), {{"id", id}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            found = eventFrom(*q);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

Result<QMap<QString, qint64>> Inbox::countByStatus() const
{
    return LeaseTable(m_database, QStringLiteral("inbox")).countByStatus();
}

} // namespace bridge::store
