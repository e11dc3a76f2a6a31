// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// How urgent an alert is. Ordered: a raise can move an open alert up, never down.
enum class AlertSeverity { Info, Warning, Critical };

/// "info", "warning", "critical": the value stored in the database.
QString alertSeverityName(AlertSeverity severity);

/// An operational alert as the engine raises it.
struct NewAlert {
    QString kind; ///< stable machine name: "dead_letters", "opayo.auth_failed", "pan_masked", …
    AlertSeverity severity = AlertSeverity::Warning;
    QString subject; ///< what it is about: an outbox id, "syspro-session", a transactionId; may be empty
    QString message; ///< translated, user-facing: what happened and where
    QString fix;     ///< translated, user-facing: what to do about it
};

struct Alert {
    qint64 id = 0;
    QString kind;
    AlertSeverity severity = AlertSeverity::Warning;
    QString subject;
    QString message;
    QString fix;
    qint64 firstAt = 0;
    qint64 lastAt = 0;
    int occurrences = 0;
    bool acknowledged = false;
    QString acknowledgedBy;
    qint64 acknowledgedAt = 0;
    QString comment;
};

/// Operational alerts: at most one open alert per (kind, subject). Raising an open alert again
/// updates its message, fix and last time, counts the occurrence and may raise (never lower) its
/// severity. Operators acknowledge alerts with a comment (audited); the next raise of the same
/// (kind, subject) then opens a new alert. Card numbers in any text are masked before storing.
class Alerts
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Alerts)

public:
    struct Raised {
        qint64 id = 0;
        bool isNew = false; ///< a new open alert (the console notifies only then)
    };

    explicit Alerts(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    /// Raises in its own transaction.
    Result<Raised> raise(const NewAlert& alert);
    /// Raises inside a write transaction the caller already holds (so that the alert commits with
    /// whatever caused it). Safe against concurrent raises of the same alert on both engines.
    static Result<Raised> raise(QSqlDatabase& tx, bool postgres, qint64 now, const NewAlert& alert);

    /// Marks an open alert acknowledged by `user`, with an audit row in the same transaction.
    /// An unknown id, an alert already acknowledged and an empty user are refused.
    Result<void> acknowledge(qint64 id, const QString& user, const QString& comment);

    /// Newest first (last_at, then id, descending), at most `limit`. For the next page pass the
    /// id of the last alert of the previous page as `beforeId`; 0 starts at the newest.
    Result<QList<Alert>> list(bool openOnly, int limit, qint64 beforeId = 0) const;
    /// Open alerts per severity; every severity is present (0 when there is none).
    Result<QMap<AlertSeverity, int>> countOpen() const;
    Result<std::optional<Alert>> find(qint64 id) const;

private:
    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
