// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/UserDirectory.h"

#include "logging/Log.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bridge::store {

namespace {
constexpr qint64 kUsersLockKey = 0x4f5355; // serialises "first user becomes admin" on PostgreSQL

QString normalise(const QString& login)
{
    return login.trimmed().toLower();
}

/// On PostgreSQL, serialises user changes across processes ("first user becomes admin", "the
/// last admin stays"); SQLite's write transaction already does.
Result<void> lockUsers(QSqlDatabase& tx, bool postgres)
{
    if (!postgres) {
        return {};
    }
    return asVoid(Database::exec(tx, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kUsersLockKey)));
}

QJsonArray roleIds(RoleSet roles)
{
    QJsonArray out;
    for (Role r : roles.roles()) {
        out.append(Permissions::roleId(r));
    }
    return out;
}

Result<RoleSet> loadRoles(QSqlDatabase& db, const QString& login)
{
    Result<QSqlQuery> q =
        Database::exec(db, QStringLiteral("SELECT role FROM user_roles WHERE login = :login"), {{"login", login}});
    if (!q) {
        return fail(q.error());
    }
    RoleSet roles;
    while (q->next()) {
        if (const std::optional<Role> r = Permissions::roleFromId(q->value(0).toString())) {
            roles.add(*r);
        }
    }
    return roles;
}

Result<std::optional<UserRecord>> loadUser(QSqlDatabase& db, const QString& login)
{
    Result<QSqlQuery> q = Database::exec(
        db, QStringLiteral("SELECT login, display_name, created_at, last_seen_at FROM users WHERE login = :login"),
        {{"login", login}});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return std::optional<UserRecord>();
    }
    UserRecord user{
        q->value(0).toString(), q->value(1).toString(), {}, q->value(2).toLongLong(), q->value(3).toLongLong()};
    Result<RoleSet> roles = loadRoles(db, login);
    if (!roles) {
        return fail(roles.error());
    }
    user.roles = *roles;
    return std::optional<UserRecord>(user);
}

Result<void> grant(QSqlDatabase& db, const QString& login, Role role, const QString& by, qint64 at)
{
    return asVoid(Database::exec(db,
                                 QStringLiteral("INSERT INTO user_roles (login, role, granted_by, granted_at) "
                                                "VALUES (:login, :role, :by, :at)"),
                                 {{"login", login}, {"role", Permissions::roleId(role)}, {"by", by}, {"at", at}}));
}
} // namespace

UserDirectory::UserDirectory(std::shared_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QString UserDirectory::currentOsLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = qEnvironmentVariable("USERNAME");
    }
    if (login.isEmpty()) {
        login = qEnvironmentVariable("LOGNAME");
    }
#ifdef Q_OS_UNIX
    if (login.isEmpty()) {
        // Services and containers often run without USER; the password database still knows.
        if (const passwd* entry = getpwuid(geteuid()); entry != nullptr && entry->pw_name != nullptr) {
            login = QString::fromLocal8Bit(entry->pw_name);
        }
    }
#endif
    return normalise(login);
}

Result<UserRecord> UserDirectory::signIn(const QString& rawLogin, const QString& displayName)
{
    const QString login = normalise(rawLogin);
    if (login.isEmpty()) {
        return fail(Error::configuration(QStringLiteral("user.no_login"),
                                         tr("Cannot tell who is signed in: the operating system reported no login "
                                            "name (USER or USERNAME is empty).")));
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    UserRecord result;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        if (Result<void> locked = lockUsers(tx, postgres); !locked) {
            return locked;
        }
        Result<std::optional<UserRecord>> existing = loadUser(tx, login);
        if (!existing) {
            return fail(existing.error());
        }
        if (existing->has_value()) {
            result = **existing;
            result.lastSeenAtMsecs = now;
            return asVoid(Database::exec(tx, QStringLiteral("UPDATE users SET last_seen_at = :at WHERE login = :login"),
                                         {{"at", now}, {"login", login}}));
        }
        Result<QSqlQuery> count = Database::exec(tx, QStringLiteral("SELECT COUNT(*) FROM users"));
        if (!count) {
            return fail(count.error());
        }
        const bool first = count->next() && count->value(0).toLongLong() == 0;
        const QString name = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
        if (auto inserted =
                Database::exec(tx,
                               QStringLiteral("INSERT INTO users (login, display_name, created_at, last_seen_at) "
                                              "VALUES (:login, :name, :at, :at2)"),
                               {{"login", login}, {"name", name}, {"at", now}, {"at2", now}});
            !inserted) {
            return fail(inserted.error());
        }
        const RoleSet roles = first ? RoleSet{Role::Admin} : RoleSet{Role::Viewer};
        for (Role r : roles.roles()) {
            if (auto granted = grant(tx, login, r, QStringLiteral("system"), now); !granted) {
                return fail(granted.error());
            }
        }
        result = UserRecord{login, name, roles, now, now};
        QJsonObject detail{{QStringLiteral("roles"), roleIds(roles)}, {QStringLiteral("firstUser"), first}};
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, QStringLiteral("system"),
                                                    QStringLiteral("user.registered"), QStringLiteral("user:") + login,
                                                    detail));
    });
    if (!ok) {
        return fail(ok.error());
    }
    return result;
}

Result<UserRecord> UserDirectory::user(const QString& rawLogin) const
{
    const QString login = normalise(rawLogin);
    UserRecord out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<UserRecord>> found = loadUser(db, login);
        if (!found) {
            return fail(found.error());
        }
        if (!found->has_value()) {
            return fail(
                Error::permanent(QStringLiteral("user.unknown"),
                                 tr("There is no user \"%1\". A user appears here after signing in once.").arg(login)));
        }
        out = **found;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<UserRecord>> UserDirectory::users() const
{
    QList<UserRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT login, display_name, created_at, last_seen_at FROM users ORDER BY login"));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            out.append(UserRecord{q->value(0).toString(),
                                  q->value(1).toString(),
                                  {},
                                  q->value(2).toLongLong(),
                                  q->value(3).toLongLong()});
        }
        Result<QSqlQuery> r = Database::exec(db, QStringLiteral("SELECT login, role FROM user_roles"));
        if (!r) {
            return fail(r.error());
        }
        while (r->next()) {
            const QString login = r->value(0).toString();
            const std::optional<Role> role = Permissions::roleFromId(r->value(1).toString());
            for (UserRecord& u : out) {
                if (u.login == login && role) {
                    u.roles.add(*role);
                }
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<UserRecord> UserDirectory::setRoles(const QString& rawActor, const QString& rawLogin, RoleSet roles)
{
    const QString actor = normalise(rawActor);
    const QString login = normalise(rawLogin);
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    UserRecord result;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        if (Result<void> locked = lockUsers(tx, postgres); !locked) {
            return locked;
        }
        Result<RoleSet> actorRoles = loadRoles(tx, actor);
        if (!actorRoles) {
            return fail(actorRoles.error());
        }
        if (Result<void> allowed = Permissions::check(actor, *actorRoles, Action::ManageUsers); !allowed) {
            return allowed;
        }
        Result<std::optional<UserRecord>> target = loadUser(tx, login);
        if (!target) {
            return fail(target.error());
        }
        if (!target->has_value()) {
            return fail(
                Error::permanent(QStringLiteral("user.unknown"),
                                 tr("There is no user \"%1\". A user appears here after signing in once.").arg(login)));
        }
        const RoleSet before = (*target)->roles;
        if (before.has(Role::Admin) && !roles.has(Role::Admin)) {
            Result<QSqlQuery> admins =
                Database::exec(tx, QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role = 'admin'"));
            if (!admins) {
                return fail(admins.error());
            }
            if (admins->next() && admins->value(0).toLongLong() <= 1) {
                return fail(Error::permanent(QStringLiteral("user.last_admin"),
                                             tr("%1 is the last administrator. Make someone else an administrator "
                                                "first, so that the bridge always has one.")
                                                 .arg(login)));
            }
        }
        if (auto removed =
                Database::exec(tx, QStringLiteral("DELETE FROM user_roles WHERE login = :login"), {{"login", login}});
            !removed) {
            return fail(removed.error());
        }
        for (Role r : roles.roles()) {
            if (auto granted = grant(tx, login, r, actor, now); !granted) {
                return fail(granted.error());
            }
        }
        result = **target;
        result.roles = roles;
        QJsonObject detail{{QStringLiteral("before"), roleIds(before)}, {QStringLiteral("after"), roleIds(roles)}};
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("user.roles_changed"),
                                                    QStringLiteral("user:") + login, detail));
    });
    if (!ok) {
        return fail(ok.error());
    }
    log::get("store")->info("roles of {} changed by {}", login.toStdString(), actor.toStdString());
    return result;
}

} // namespace bridge::store
