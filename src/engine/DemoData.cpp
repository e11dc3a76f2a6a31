// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/DemoData.h"

#include "store/UserDirectory.h"

namespace bridge::engine {

QList<DemoData::Person> DemoData::people()
{
    return {
        {QStringLiteral("alex"), QStringLiteral("Alex Morgan"), RoleSet{Role::Admin}},
        {QStringLiteral("priya"), QStringLiteral("Priya Shah"), RoleSet{Role::Preparer}},
        {QStringLiteral("sam"), QStringLiteral("Sam Okafor"), RoleSet{Role::Approver}},
        {QStringLiteral("olu"), QStringLiteral("Olu Bennett"), RoleSet{Role::Operator}},
        {QStringLiteral("vic"), QStringLiteral("Vic Laurent"), RoleSet{Role::Viewer}},
    };
}

Result<void> DemoData::seedUsers(store::UserDirectory& users)
{
    const QList<Person> everyone = people();
    // The first to sign in to a new database becomes administrator: that is Alex.
    for (const Person& person : everyone) {
        if (Result<store::UserRecord> u = users.signIn(person.login, person.displayName); !u) {
            return fail(u.error());
        }
    }
    for (const Person& person : everyone) {
        Result<store::UserRecord> u = users.user(person.login);
        if (!u) {
            return fail(u.error());
        }
        if (u->roles != person.roles) {
            if (Result<store::UserRecord> set = users.setRoles(everyone.first().login, person.login, person.roles);
                !set) {
                return fail(set.error());
            }
        }
    }
    return {};
}

} // namespace bridge::engine
