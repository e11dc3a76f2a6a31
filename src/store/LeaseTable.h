// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <utility>

namespace bridge::store {

class Database;

/// What the engine's queue tables (inbox, outbox) have in common: rows with a status and a lease
/// (lease_owner, lease_until), whose outcomes only the lease holder may record.
class LeaseTable
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::LeaseTable)

public:
    using AlsoDo = std::function<Result<void>(QSqlDatabase& tx, bool postgres, qint64 now)>;

    /// One row's change: `assignments` (with `bindings`) and what else commits with it.
    struct Change {
        qint64 id = 0;
        QString assignments;
        QVariantMap bindings;
        AlsoDo alsoDo;
    };

    LeaseTable(std::shared_ptr<Database> database, QString table);

    /// The row change that gives an item back, to be tried again at `nextAttemptAt`, with the
    /// error that stopped it (the same in every queue table).
    static std::pair<QString, QVariantMap> retryChange(const Error& error, qint64 nextAttemptAt);
    /// The row change that moves an item to the dead-letter queue with its reason and fix.
    static std::pair<QString, QVariantMap> deadLetterChange(const Error& error, const QString& fix);

    /// `UPDATE <table> SET <assignments>, updated_at = now WHERE id = … AND lease_owner = …`,
    /// then `alsoDo` in the same transaction. A row no longer leased to `owner` is a transient
    /// "lease lost" error: another worker took it over after the lease ran out.
    Result<void> updateLeased(qint64 id, const QString& owner, qint64 now, const QString& assignments,
                              QVariantMap bindings, const AlsoDo& alsoDo = {}) const;
    /// Several rows' changes with one commit (Database::writeEach): each result says whether
    /// that row's change committed, or why not ("lease lost" as above).
    QList<Result<void>> updateMany(const QString& owner, qint64 now, const QList<Change>& changes) const;
    /// The same inside the caller's transaction; false (and nothing changed) when the row is no
    /// longer leased to `owner`.
    static Result<bool> updateLeasedIn(QSqlDatabase& tx, const QString& table, qint64 id, const QString& owner,
                                       qint64 now, const QString& assignments, QVariantMap bindings);
    /// Gives back every lease of `owner`; `extraAssignments` (e.g. marking in-flight work for
    /// verification) is applied to the same rows.
    Result<int> releaseAll(const QString& owner, qint64 now, const QString& extraAssignments = {}) const;
    Result<QMap<QString, qint64>> countByStatus() const;

private:
    std::shared_ptr<Database> m_database;
    QString m_table;
};

} // namespace bridge::store
