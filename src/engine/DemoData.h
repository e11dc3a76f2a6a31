// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Permissions.h"

#include <QList>
#include <QString>

namespace bridge::store {
class UserDirectory;
}

namespace bridge::engine {

/// What demo mode seeds, the same for the console and bridge-cli --demo.
class DemoData
{
public:
    struct Person {
        QString login;
        QString displayName;
        RoleSet roles;
    };

    /// One person per role, so that one user can try maker-checker (Alex is the administrator).
    static QList<Person> people();
    /// Registers the demo people with their roles (idempotent; the changes are audited).
    static Result<void> seedUsers(store::UserDirectory& users);
};

} // namespace bridge::engine
