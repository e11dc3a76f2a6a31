// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bridge {

enum class Role : quint8 { Viewer = 0, Operator = 1, Preparer = 2, Approver = 3, Admin = 4 };

/// A set of roles as a bit mask; stored per user in the database.
class RoleSet
{
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(std::initializer_list<Role> roles)
    {
        for (Role r : roles) {
            m_bits |= bit(r);
        }
    }
    [[nodiscard]] constexpr bool has(Role r) const { return (m_bits & bit(r)) != 0; }
    constexpr void add(Role r) { m_bits |= bit(r); }
    constexpr void remove(Role r) { m_bits &= ~bit(r); }
    [[nodiscard]] constexpr bool intersects(RoleSet other) const { return (m_bits & other.m_bits) != 0; }
    [[nodiscard]] constexpr bool isEmpty() const { return m_bits == 0; }
    [[nodiscard]] QList<Role> roles() const;
    friend constexpr bool operator==(RoleSet, RoleSet) = default;

private:
    static constexpr quint8 bit(Role r) { return quint8(1u << static_cast<unsigned>(r)); }
    quint8 m_bits = 0;
};

/// Everything a user can do that needs a permission. Each action has exactly one policy entry.
enum class Action {
    ViewData,
    ViewEventLog,
    EditSettings,
    ManageUsers,
    VerifyAudit,
    EditMappings,
    ActivateMapping,
    OperateEngine,
    RetryPosting,
    ReplayWithEdits,
    ApproveReplay,
    ResolveDeadLetter,
    AcknowledgeAlert,
    PrepareRefund,
    ApproveRefund,
    ProposeResolution,
    ApproveResolution,
    ExportData,
};

/// The one permission check. Every action in the console and the command line goes through it.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Permissions)

public:
    static QList<Role> allRoles();
    [[nodiscard]] static QString roleId(Role role);          ///< "approver": stored in the database
    [[nodiscard]] static QString roleDisplayName(Role role); ///< translated
    [[nodiscard]] static QString roleDescription(Role role); ///< translated, for the Users page
    [[nodiscard]] static std::optional<Role> roleFromId(const QString& id);
    [[nodiscard]] static QString actionDisplayName(Action action); ///< translated, lower case
    /// Roles of which at least one is needed for the action.
    [[nodiscard]] static RoleSet rolesFor(Action action);
    /// Whether the action is a second-person approval (maker-checker applies).
    [[nodiscard]] static bool isApproval(Action action);

    /// OK when `held` includes a role the action needs; otherwise a Security error saying which
    /// role is missing and who can grant it.
    static Result<void> check(const QString& user, RoleSet held, Action action);
    /// For approvals: the role check plus maker-checker (the preparer may not approve).
    static Result<void> checkApproval(const QString& user, RoleSet held, Action action, const QString& preparedBy);
};

} // namespace bridge
