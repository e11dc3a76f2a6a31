// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// An event as it arrived, with the business fields filled at intake for search.
struct NewInboxEvent {
    QString source;        ///< "opayo-notification", "shop-event", "opayo-reporting", …
    QString sourceEventId; ///< unique within the source
    QString kind;          ///< "payment", "refund", …
    QByteArray payload;    ///< as received; masked by the PAN guard before it is stored
    QString vendorTxCode;
    QString transactionId;
    QString customer;
    std::optional<Money> amount;
};

struct InboxEvent {
    qint64 id = 0;
    QString source;
    QString sourceEventId;
    QString kind;
    qint64 receivedAt = 0;
    QString payload;
    QString vendorTxCode;
    QString transactionId;
    QString customer;
    QString status; ///< pending, done, ignored, dead
    QString stage;  ///< received, normalised, mapped, queued, …
    int attempts = 0;
    QString canonical;
    QString errorCode;
    QString errorMessage;
    QString errorFix;
    QString edits; ///< corrections to apply after normalising (JSON, see PaymentEdits); empty: none
};

/// Every event that came in, stored once before it is answered. A repeat of the same
/// (source, event id) is recognised and not stored again; a repeat whose content differs is
/// reported, because it means someone replayed an event with changed contents.
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Inbox)

public:
    struct Accepted {
        qint64 id = 0;
        bool duplicate = false;      ///< seen before; nothing new was stored
        bool contentDiffers = false; ///< a duplicate id with different contents (alert)
        int cardNumbersMasked = 0;   ///< card numbers found in the payload and masked
    };

    explicit Inbox(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    /// Commits the event (its own transaction) so that the caller can answer the sender.
    Result<Accepted> accept(const NewInboxEvent& event);
    /// The same inside the caller's write transaction (e.g. a console refund's approval).
    static Result<Accepted> acceptIn(QSqlDatabase& tx, qint64 now, const NewInboxEvent& event);

    /// Up to `limit` due events for `owner`, leased for `leaseMs`.
    Result<QList<InboxEvent>> claim(const QString& owner, qint64 leaseMs, int limit);

    /// Moves an event on, inside one transaction with `alsoDo` (e.g. queueing its outbox
    /// commands), so that the stage change and its consequences commit together.
    /// `status` "done" ends the event's work; "pending" keeps it for the next stage.
    Result<void> advance(qint64 id, const QString& owner, const QString& stage, const QString& status,
                         const QString& canonical,
                         const std::function<Result<void>(QSqlDatabase&, bool postgres, qint64 now)>& alsoDo = {});
    Result<void> retryLater(qint64 id, const QString& owner, const Error& error, qint64 nextAttemptAt);
    Result<void> deadLetter(qint64 id, const QString& owner, const Error& error, const QString& fix,
                            const std::function<Result<void>(QSqlDatabase&, bool postgres, qint64 now)>& alsoDo = {});
    /// One event's outcome, for recordMany.
    struct Outcome {
        enum class Kind { Advance, RetryLater, DeadLetter };
        qint64 id = 0;
        Kind kind = Kind::Advance;
        QString stage;            ///< Advance
        QString status;           ///< Advance: "pending", "done" or "ignored"
        QString canonical;        ///< Advance
        Error error;              ///< RetryLater, DeadLetter
        qint64 nextAttemptAt = 0; ///< RetryLater
        QString fix;              ///< DeadLetter
        std::function<Result<void>(QSqlDatabase&, bool postgres, qint64 now)> alsoDo;
    };
    /// The outcomes of a worker's batch, each with its consequences, with one commit when they
    /// all succeed (LeaseTable::updateMany); one result per outcome, so that one event that
    /// cannot be recorded (a refused row, a lost lease) does not hold back the others.
    QList<Result<void>> recordMany(const QString& owner, const QList<Outcome>& outcomes);
    Result<int> releaseAll(const QString& owner);
    /// Sends a dead-lettered (or ignored) event through the pipeline again, from its start, with
    /// an audit row naming who asked. Refuses events that are still in progress or were posted.
    Result<void> replay(qint64 id, const QString& actor);
    /// The same inside the caller's write transaction. `edits` (when given) replaces the
    /// corrections the pipeline applies to the event (an empty text removes them).
    static Result<void> replayIn(QSqlDatabase& tx, bool postgres, qint64 now, qint64 id, const QString& actor,
                                 const std::optional<QString>& edits);

    Result<std::optional<InboxEvent>> find(qint64 id) const;
    Result<QMap<QString, qint64>> countByStatus() const;

private:
    Result<void> record(const QString& owner, const Outcome& outcome);

    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
