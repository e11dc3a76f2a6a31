// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Alerts.h"

#include "core/PanGuard.h"
#include "logging/Log.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace bridge::store {

namespace {

const QString kColumns = QStringLiteral("id, kind, severity, subject, message, fix, first_at, last_at, occurrences, "
                                        "status, acknowledged_by, acknowledged_at, comment");

AlertSeverity severityFromName(const QString& name)
{
    if (name == QLatin1String("critical")) {
        return AlertSeverity::Critical;
    }
    if (name == QLatin1String("info")) {
        return AlertSeverity::Info;
    }
    return AlertSeverity::Warning; // the table's CHECK allows nothing else
}

/// The severity stored in `column` as a number, so that SQL can keep the higher of two.
QString severityRank(const QString& column)
{
    return QStringLiteral("(CASE %1 WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END)").arg(column);
}

Alert alertFrom(const QSqlQuery& q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString();
    a.severity = severityFromName(q.value(2).toString());
    a.subject = q.value(3).toString();
    a.message = q.value(4).toString();
    a.fix = q.value(5).toString();
    a.firstAt = q.value(6).toLongLong();
    a.lastAt = q.value(7).toLongLong();
    a.occurrences = q.value(8).toInt();
    a.acknowledged = q.value(9).toString() == QLatin1String("acknowledged");
    a.acknowledgedBy = q.value(10).toString();
    a.acknowledgedAt = q.value(11).toLongLong();
    a.comment = q.value(12).toString();
    return a;
}

/// Masks card numbers; never null, so that an empty text is stored as '' rather than NULL.
QString storable(const QString& text)
{
    const QString masked = PanGuard::mask(text);
    return masked.isNull() ? QStringLiteral("") : masked;
}

QString utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

Alerts::Alerts(std::shared_ptr<Database> database, const Clock& clock) : m_database(std::move(database)), m_clock(clock)
{}

Result<Alerts::Raised> Alerts::raise(QSqlDatabase& tx, bool postgres, qint64 now, const NewAlert& alert)
{
    // One statement serves both engines: PostgreSQL and SQLite (3.35+) both take an upsert whose
    // conflict target is the partial unique index on open alerts, and both return the row.
    // On PostgreSQL the upsert is atomic against concurrent raises in other sessions.
    Q_UNUSED(postgres)
    const QString kind = alert.kind.trimmed();
    if (kind.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("alert.no_kind"),
                                     tr("An alert without a kind was raised (subject \"%1\": %2); it was not stored. "
                                        "This is a defect in the bridge: report it together with the event log.")
                                         .arg(PanGuard::mask(alert.subject), PanGuard::mask(alert.message))));
    }
    if (alert.message.trimmed().isEmpty()) {
        return fail(Error::permanent(QStringLiteral("alert.no_message"),
                                     tr("The alert \"%1\" (subject \"%2\") was raised without a message, so an "
                                        "operator could not tell what happened; it was not stored. This is a defect "
                                        "in the bridge: report it together with the event log.")
                                         .arg(kind, PanGuard::mask(alert.subject))));
    }
    // Defence in depth: whoever wrote the text, no card number is stored.
    const QString sql =
        QStringLiteral("INSERT INTO alerts (kind, severity, subject, message, fix, first_at, last_at, occurrences, "
                       "status) VALUES (:kind, :severity, :subject, :message, :fix, :first, :last, 1, 'open') "
                       "ON CONFLICT (kind, subject) WHERE status = 'open' DO UPDATE SET "
                       "message = excluded.message, fix = excluded.fix, "
                       "last_at = CASE WHEN excluded.last_at > alerts.last_at THEN excluded.last_at "
                       "ELSE alerts.last_at END, "
                       "occurrences = alerts.occurrences + 1, "
                       "severity = CASE WHEN %1 > %2 THEN excluded.severity ELSE alerts.severity END "
                       "RETURNING id, occurrences")
            .arg(severityRank(QStringLiteral("excluded.severity")), severityRank(QStringLiteral("alerts.severity")));
    Result<QSqlQuery> upserted = Database::exec(tx, sql,
                                                {{"kind", kind},
                                                 {"severity", alertSeverityName(alert.severity)},
                                                 {"subject", storable(alert.subject)},
                                                 {"message", storable(alert.message)},
                                                 {"fix", storable(alert.fix)},
                                                 {"first", now},
                                                 {"last", now}});
    if (!upserted) {
        return fail(upserted.error());
    }
    if (!upserted->next()) {
        return fail(Error::permanent(QStringLiteral("alert.insert"),
                                     tr("The database did not return the id of the alert \"%1\".").arg(kind)));
    }
    // A fresh row starts at one occurrence; an update of the open row always counts past it.
    return Raised{upserted->value(0).toLongLong(), upserted->value(1).toInt() == 1};
}

Result<Alerts::Raised> Alerts::raise(const NewAlert& alert)
{
    Raised raised;
    const bool postgres = m_database->isPostgres();
    const qint64 now = m_clock.nowMsecs();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<Raised> r = raise(tx, postgres, now, alert);
        if (!r) {
            return fail(r.error());
        }
        raised = *r;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    if (raised.isNew) {
        log::get("store")->warn("alert {} opened: {} ({}) about \"{}\"", raised.id, alert.kind.toStdString(),
                                alertSeverityName(alert.severity).toStdString(),
                                PanGuard::mask(alert.subject).toStdString());
    }
    return raised;
}

Result<void> Alerts::acknowledge(qint64 id, const QString& rawUser, const QString& rawComment)
{
    const QString user = rawUser.trimmed();
    if (user.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("alert.no_user"),
                                     tr("Alert %1 was not acknowledged: no user name was given, and every "
                                        "acknowledgement records who made it. Sign in again and retry.")
                                         .arg(id)));
    }
    const QString comment = storable(rawComment.trimmed());
    const bool postgres = m_database->isPostgres();
    const qint64 now = m_clock.nowMsecs();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        // FOR UPDATE: two operators acknowledging at once on PostgreSQL are serialised here
        // (SQLite's write transaction already is).
        Result<QSqlQuery> q = Database::exec(tx,
                                             QStringLiteral("SELECT %1 FROM alerts WHERE id = :id%2")
                                                 .arg(kColumns, postgres ? QStringLiteral(" FOR UPDATE") : QString()),
                                             {{"id", id}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return fail(Error::permanent(QStringLiteral("alert.unknown"),
                                         tr("There is no alert number %1, so it cannot be acknowledged. Refresh the "
                                            "list of alerts and choose the alert again.")
                                             .arg(id)));
        }
        const Alert alert = alertFrom(*q);
        if (alert.acknowledged) {
            return fail(Error::permanent(
                QStringLiteral("alert.already_acknowledged"),
                tr("Alert %1 (%2) was already acknowledged by %3 at %4; nothing was changed. If the problem has come "
                   "back since, it has a new open alert: refresh the list of alerts.")
                    .arg(QString::number(id), alert.kind, alert.acknowledgedBy, utc(alert.acknowledgedAt))));
        }
        Result<QSqlQuery> updated = Database::exec(
            tx,
            QStringLiteral("UPDATE alerts SET status = 'acknowledged', acknowledged_by = :user, "
                           "acknowledged_at = :at, comment = :comment WHERE id = :id AND status = 'open'"),
            {{"user", user}, {"at", now}, {"comment", comment}, {"id", id}});
        if (!updated) {
            return fail(updated.error());
        }
        if (updated->numRowsAffected() != 1) {
            return fail(Error::transient(QStringLiteral("alert.changed"),
                                         tr("Alert %1 changed while it was being acknowledged; try again.").arg(id)));
        }
        const QJsonObject detail{{QStringLiteral("kind"), alert.kind},
                                 {QStringLiteral("subject"), alert.subject},
                                 {QStringLiteral("severity"), alertSeverityName(alert.severity)},
                                 {QStringLiteral("occurrences"), alert.occurrences},
                                 {QStringLiteral("comment"), comment}};
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, user, QStringLiteral("alert.acknowledged"),
                                                    QStringLiteral("alert:%1").arg(id), detail));
    });
    if (!ok) {
        return fail(ok.error());
    }
    log::get("store")->info("alert {} acknowledged by {}", id, user.toStdString());
    return {};
}

Result<QList<Alert>> Alerts::list(bool openOnly, int limit, qint64 beforeId) const
{
    if (limit < 1) {
        return fail(
            Error::permanent(QStringLiteral("alert.page_size"),
                             tr("Cannot list alerts: the page size must be at least 1 (it was %1).").arg(limit)));
    }
    QList<Alert> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        QString where = openOnly ? QStringLiteral("status = 'open'") : QStringLiteral("1 = 1");
        QVariantMap bindings;
        if (beforeId > 0) {
            // Keyset paging in the listing's own order: everything after the given alert.
            Result<QSqlQuery> cursor =
                Database::exec(db, QStringLiteral("SELECT last_at FROM alerts WHERE id = :id"), {{"id", beforeId}});
            if (!cursor) {
                return fail(cursor.error());
            }
            if (!cursor->next()) {
                return fail(Error::permanent(QStringLiteral("alert.unknown"),
                                             tr("Cannot list the alerts after alert %1: there is no such alert. "
                                                "Reload the list of alerts from the start.")
                                                 .arg(beforeId)));
            }
            where += QStringLiteral(" AND (last_at < :at OR (last_at = :at2 AND id < :id))");
            const qint64 at = cursor->value(0).toLongLong();
            bindings = {{QStringLiteral("at"), at}, {QStringLiteral("at2"), at}, {QStringLiteral("id"), beforeId}};
        }
        Result<QSqlQuery> q =
            Database::exec(db,
                           QStringLiteral("SELECT %1 FROM alerts WHERE %2 ORDER BY last_at DESC, id DESC LIMIT %3")
                               .arg(kColumns, where, QString::number(limit)),
                           bindings);
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            out.append(alertFrom(*q));
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QMap<AlertSeverity, int>> Alerts::countOpen() const
{
    QMap<AlertSeverity, int> counts{
        {AlertSeverity::Info, 0}, {AlertSeverity::Warning, 0}, {AlertSeverity::Critical, 0}};
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT severity, COUNT(*) FROM alerts WHERE status = 'open' GROUP BY severity"));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            counts[severityFromName(q->value(0).toString())] = q->value(1).toInt();
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return counts;
}

Result<std::optional<Alert>> Alerts::find(qint64 id) const
{
    std::optional<Alert> found;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT %1 FROM alerts WHERE id = :id").arg(kColumns), {{"id", id}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            found = alertFrom(*q);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

} // namespace bridge::store
