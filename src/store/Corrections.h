// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Permissions.h"
#include "store/Monitor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace bridge::store {

class Database;

/// What an operator does about an event from the monitor, each step in one transaction with
/// its audit row:
/// - retry now: what waits for its next try (back-off) is tried at once;
/// - replay from source: a dead-lettered event runs through the pipeline again, or its
///   dead-lettered SYSPRO commands are looked up and posted again;
/// - edit and replay: corrections to the payment, applied when the pipeline runs it again. An
///   edit that changes money waits for an approver who is not the requester (maker-checker);
/// - mark resolved: a dead letter dealt with outside the bridge, with a comment.
class Corrections
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Corrections)

public:
    Corrections(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    /// Brings forward the next try of the event and of its commands that wait for one; how
    /// many items were brought forward. Refused when nothing of it is waiting.
    Result<int> retryNow(qint64 inboxId, const QString& actor);
    /// A dead-lettered (or ignored) event from its start; an event whose SYSPRO commands were
    /// dead-lettered, those commands (looked up in SYSPRO first).
    Result<void> replay(qint64 inboxId, const QString& actor);
    Result<void> markResolved(qint64 inboxId, const QString& actor, const QString& comment);

    struct Requested {
        qint64 requestId = 0;
        bool applied = false; ///< false: it changes money and waits for an approver
    };
    /// Edits (see PaymentEdits) of an event the pipeline dead-lettered, with the reason.
    Result<Requested> requestEditedReplay(qint64 inboxId, const QString& actor, const QJsonObject& edits,
                                          const QString& reason);
    /// The approver's decision on a pending request: `roles` are the approver's; the requester
    /// may not approve their own request.
    Result<void> approveReplay(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment);
    Result<void> rejectReplay(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment);
    /// Requests waiting for an approver, oldest first.
    Result<QList<ReplayRequest>> pendingReplays() const;

private:
    Result<void> decide(qint64 requestId, const QString& approver, RoleSet roles, const QString& comment, bool approve);

    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
