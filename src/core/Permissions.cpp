// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Permissions.h"

namespace bridge {

QList<Role> RoleSet::roles() const
{
    QList<Role> out;
    for (Role r : Permissions::allRoles()) {
        if (has(r)) {
            out.append(r);
        }
    }
    return out;
}

QList<Role> Permissions::allRoles()
{
    return {Role::Viewer, Role::Operator, Role::Preparer, Role::Approver, Role::Admin};
}

QString Permissions::roleId(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Preparer:
        return QStringLiteral("preparer");
    case Role::Approver:
        return QStringLiteral("approver");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Permissions::roleFromId(const QString& id)
{
    for (Role r : allRoles()) {
        if (roleId(r) == id) {
            return r;
        }
    }
    return std::nullopt;
}

QString Permissions::roleDisplayName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("Viewer");
    case Role::Operator:
        return tr("Operator");
    case Role::Preparer:
        return tr("Preparer");
    case Role::Approver:
        return tr("Approver");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Permissions::roleDescription(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("Sees payments, reports and the event log; changes nothing.");
    case Role::Operator:
        return tr("Watches the live monitor, retries or replays failed postings, acknowledges alerts.");
    case Role::Preparer:
        return tr("Proposes refunds, reconciliation resolutions and edited replays.");
    case Role::Approver:
        return tr("Approves or rejects what a preparer proposed, never their own proposals.");
    case Role::Admin:
        return tr("Connects Opayo and SYSPRO, edits mappings and settings, assigns roles.");
    }
    return {};
}

QString Permissions::actionDisplayName(Action action)
{
    switch (action) {
    case Action::ViewData:
        return tr("view payments and reports");
    case Action::ViewEventLog:
        return tr("view the event log");
    case Action::EditSettings:
        return tr("change settings");
    case Action::ManageUsers:
        return tr("assign roles");
    case Action::VerifyAudit:
        return tr("verify the audit log");
    case Action::EditMappings:
        return tr("edit field mappings");
    case Action::ActivateMapping:
        return tr("activate a mapping version");
    case Action::OperateEngine:
        return tr("start or stop the sync engine");
    case Action::RetryPosting:
        return tr("retry or replay a posting");
    case Action::ReplayWithEdits:
        return tr("edit and replay a posting");
    case Action::ApproveReplay:
        return tr("approve an edited replay");
    case Action::ResolveDeadLetter:
        return tr("mark a dead letter resolved");
    case Action::AcknowledgeAlert:
        return tr("acknowledge alerts");
    case Action::PrepareRefund:
        return tr("prepare a refund");
    case Action::ApproveRefund:
        return tr("approve a refund");
    case Action::ProposeResolution:
        return tr("propose a reconciliation resolution");
    case Action::ApproveResolution:
        return tr("approve a reconciliation resolution");
    case Action::ExportData:
        return tr("export data");
    }
    return {};
}

RoleSet Permissions::rolesFor(Action action)
{
    switch (action) {
    case Action::ViewData:
    case Action::ViewEventLog:
    case Action::ExportData:
        return {Role::Viewer, Role::Operator, Role::Preparer, Role::Approver, Role::Admin};
    case Action::EditSettings:
    case Action::ManageUsers:
    case Action::EditMappings:
    case Action::ActivateMapping:
        return {Role::Admin};
    case Action::VerifyAudit:
        return {Role::Admin, Role::Approver};
    case Action::OperateEngine:
        return {Role::Operator, Role::Admin};
    case Action::RetryPosting:
    case Action::ResolveDeadLetter:
    case Action::AcknowledgeAlert:
        return {Role::Operator};
    case Action::ReplayWithEdits:
        return {Role::Operator, Role::Preparer};
    case Action::PrepareRefund:
    case Action::ProposeResolution:
        return {Role::Preparer};
    case Action::ApproveRefund:
    case Action::ApproveResolution:
    case Action::ApproveReplay:
        return {Role::Approver};
    }
    return {};
}

bool Permissions::isApproval(Action action)
{
    return action == Action::ApproveRefund || action == Action::ApproveResolution || action == Action::ApproveReplay;
}

Result<void> Permissions::check(const QString& user, RoleSet held, Action action)
{
    const RoleSet needed = rolesFor(action);
    if (held.intersects(needed)) {
        return {};
    }
    QStringList names;
    for (Role r : needed.roles()) {
        names.append(roleDisplayName(r));
    }
    return fail(Error::security(
        QStringLiteral("permission.denied"),
        tr("%1 may not %2: this needs the role %3. An administrator can assign roles on the Users page.")
            .arg(user, actionDisplayName(action), names.join(tr(" or "))),
        QStringLiteral("action %1").arg(static_cast<int>(action))));
}

Result<void> Permissions::checkApproval(const QString& user, RoleSet held, Action action, const QString& preparedBy)
{
    if (Result<void> allowed = check(user, held, action); !allowed) {
        return allowed;
    }
    if (isApproval(action) && user.compare(preparedBy, Qt::CaseInsensitive) == 0) {
        return fail(Error::security(QStringLiteral("permission.maker_checker"),
                                    tr("%1 prepared this, so %1 cannot %2. Another approver must do it "
                                       "(maker-checker rule).")
                                        .arg(user, actionDisplayName(action))));
    }
    return {};
}

} // namespace bridge
