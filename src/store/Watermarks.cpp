// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Watermarks.h"

#include "store/Database.h"

namespace bridge::store {

Watermarks::Watermarks(std::shared_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Result<std::optional<QString>> Watermarks::get(const QString& name) const
{
    std::optional<QString> value;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT value FROM watermarks WHERE name = :name"), {{"name", name}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            value = q->value(0).toString();
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return value;
}

Result<void> Watermarks::set(const QString& name, const QString& value)
{
    const qint64 now = m_clock.nowMsecs();
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        return asVoid(Database::exec(tx,
                                     QStringLiteral("INSERT INTO watermarks (name, value, updated_at) VALUES (:name, "
                                                    ":value, :now) ON CONFLICT (name) DO UPDATE SET value = "
                                                    "excluded.value, updated_at = excluded.updated_at"),
                                     {{"name", name}, {"value", value}, {"now", now}}));
    });
}

} // namespace bridge::store
