// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace bridge::store {

class Database;

struct UserRecord {
    QString login; ///< lower case OS login name
    QString displayName;
    RoleSet roles;
    qint64 createdAtMsecs = 0;
    qint64 lastSeenAtMsecs = 0;
};

/// Users and their roles, kept in the database so that a shared deployment has one assignment.
/// The first user of a new database becomes administrator; later newcomers start as viewers.
/// Every change is written to the audit log in the same transaction.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::UserDirectory)

public:
    explicit UserDirectory(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    /// The OS login name of the person running the process ("USER"/"USERNAME"), lower case.
    static QString currentOsLogin();

    /// Registers the login on first sight (first user → admin) and records that it was seen.
    Result<UserRecord> signIn(const QString& login, const QString& displayName = {});
    Result<UserRecord> user(const QString& login) const;
    Result<QList<UserRecord>> users() const;
    /// Replaces a user's roles. `actor` must hold the admin role; the last admin cannot lose it.
    Result<UserRecord> setRoles(const QString& actor, const QString& login, RoleSet roles);

private:
    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
