// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Permissions.h"

#include <QList>
#include <QString>

namespace bridge::store {
struct ChargebackPosting;
class Database;
class UserDirectory;
} // namespace bridge::store

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
    /// When nobody is waiting for a refund approval: up to `count` partial refunds of recent
    /// posted payments, asked for by the demo preparer, so that the approval queue has
    /// something to approve. How many were asked for.
    static Result<int> seedRefundRequests(const std::shared_ptr<store::Database>& database, int count);
    /// When there are no chargebacks: two from the demo acquirer on recent payments (one with a
    /// fee), recorded by the demo preparer, so that the Chargebacks tab has something to work on.
    static Result<int> seedChargebacks(const std::shared_ptr<store::Database>& database,
                                       const store::ChargebackPosting& posting);
};

} // namespace bridge::engine
