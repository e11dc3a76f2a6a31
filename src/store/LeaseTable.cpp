// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/LeaseTable.h"

#include "store/Database.h"

namespace bridge::store {

LeaseTable::LeaseTable(std::shared_ptr<Database> database, QString table)
    : m_database(std::move(database))
    , m_table(std::move(table))
{}

std::pair<QString, QVariantMap> LeaseTable::retryChange(const Error& error, qint64 nextAttemptAt)
{
    return {QStringLiteral("lease_owner = NULL, lease_until = NULL, next_attempt_at = :next, error_code = :code, "
                           "error_message = :message"),
            {{QStringLiteral("next"), nextAttemptAt},
             {QStringLiteral("code"), error.code},
             {QStringLiteral("message"), error.toString()}}};
}

std::pair<QString, QVariantMap> LeaseTable::deadLetterChange(const Error& error, const QString& fix)
{
    return {QStringLiteral("status = 'dead', lease_owner = NULL, lease_until = NULL, error_code = :code, "
                           "error_message = :message, error_fix = :fix"),
            {{QStringLiteral("code"), error.code},
             {QStringLiteral("message"), error.toString()},
             {QStringLiteral("fix"), fix}}};
}

Result<void> LeaseTable::updateLeased(qint64 id, const QString& owner, qint64 now, const QString& assignments,
                                      QVariantMap bindings, const AlsoDo& alsoDo) const
{
    return updateMany(owner, now, {Change{id, assignments, std::move(bindings), alsoDo}}).constFirst();
}

QList<Result<void>> LeaseTable::updateMany(const QString& owner, qint64 now, const QList<Change>& changes) const
{
    const bool postgres = m_database->isPostgres();
    return m_database->writeEach(changes.size(), [&](QSqlDatabase& tx, qsizetype i) -> Result<void> {
        const Change& change = changes.at(i);
        Result<bool> updated = updateLeasedIn(tx, m_table, change.id, owner, now, change.assignments, change.bindings);
        if (!updated) {
            return fail(updated.error());
        }
        if (!*updated) {
            return fail(
                Error::transient(QStringLiteral("%1.lease_lost").arg(m_table),
                                 tr("Item %1 in the %2 is no longer leased to %3; its lease ran out and another "
                                    "worker has it.")
                                     .arg(change.id)
                                     .arg(m_table, owner)));
        }
        return change.alsoDo ? change.alsoDo(tx, postgres, now) : Result<void>();
    });
}

Result<bool> LeaseTable::updateLeasedIn(QSqlDatabase& tx, const QString& table, qint64 id, const QString& owner,
                                        qint64 now, const QString& assignments, QVariantMap bindings)
{
    bindings.insert(QStringLiteral("lease_id"), id);
    bindings.insert(QStringLiteral("lease_owner"), owner);
    bindings.insert(QStringLiteral("lease_now"), now);
    Result<Statement> q = Database::prepared(
        tx,
        QStringLiteral("UPDATE %1 SET %2, updated_at = :lease_now WHERE id = :lease_id AND lease_owner = :lease_owner")
            .arg(table, assignments),
        bindings);
    if (!q) {
        return fail(q.error());
    }
    return (*q)->numRowsAffected() == 1;
}

Result<int> LeaseTable::releaseAll(const QString& owner, qint64 now, const QString& extraAssignments) const
{
    int released = 0;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            tx,
            QStringLiteral(
                "UPDATE %1 SET %2lease_owner = NULL, lease_until = NULL, updated_at = :now WHERE lease_owner = :owner")
                .arg(m_table, extraAssignments.isEmpty() ? QString() : extraAssignments + QStringLiteral(", ")),
            {{"now", now}, {"owner", owner}});
        if (!q) {
            return fail(q.error());
        }
        released = q->numRowsAffected();
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return released;
}

Result<QMap<QString, qint64>> LeaseTable::countByStatus() const
{
    QMap<QString, qint64> counts;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT status, COUNT(*) FROM %1 GROUP BY status").arg(m_table));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            counts.insert(q->value(0).toString(), q->value(1).toLongLong());
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return counts;
}

} // namespace bridge::store
