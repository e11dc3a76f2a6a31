// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/UsersModel.h"

#include "gui/AppContext.h"

#include <QDateTime>

namespace bridge::gui {

UsersModel::UsersModel(AppContext& context, QObject* parent) : QAbstractTableModel(parent), m_context(context)
{
    reload();
}

void UsersModel::reload()
{
    beginResetModel();
    const Result<QList<store::UserRecord>> users = m_context.users().users();
    m_users = users ? *users : QList<store::UserRecord>();
    endResetModel();
    if (!users) {
        Q_EMIT changeRefused(users.error());
    }
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : lastSeenColumn() + 1;
}

int UsersModel::lastSeenColumn() const
{
    return FirstRoleColumn + static_cast<int>(Permissions::allRoles().size());
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::UserRecord& user = m_users.at(index.row());
    const int column = index.column();
    if (column >= FirstRoleColumn && column < lastSeenColumn()) {
        const Role r = Permissions::allRoles().at(column - FirstRoleColumn);
        if (role == Qt::CheckStateRole) {
            return user.roles.has(r) ? Qt::Checked : Qt::Unchecked;
        }
        if (role == Qt::ToolTipRole) {
            return Permissions::roleDescription(r);
        }
        if (role == Qt::AccessibleTextRole) {
            return tr("%1: %2").arg(Permissions::roleDisplayName(r), user.roles.has(r) ? tr("yes") : tr("no"));
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (column == LoginColumn) {
        return user.login == m_context.currentUser().login ? tr("%1 (you)").arg(user.login) : user.login;
    }
    if (column == NameColumn) {
        return user.displayName;
    }
    if (column == lastSeenColumn()) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(user.lastSeenAtMsecs), QLocale::ShortFormat);
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (section >= FirstRoleColumn && section < lastSeenColumn()) {
        const Role r = Permissions::allRoles().at(section - FirstRoleColumn);
        if (role == Qt::DisplayRole) {
            return Permissions::roleDisplayName(r);
        }
        if (role == Qt::ToolTipRole) {
            return Permissions::roleDescription(r);
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (section == LoginColumn) {
        return tr("Login");
    }
    if (section == NameColumn) {
        return tr("Name");
    }
    if (section == lastSeenColumn()) {
        return tr("Last seen");
    }
    return {};
}

Qt::ItemFlags UsersModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= FirstRoleColumn && index.column() < lastSeenColumn() &&
        m_context.can(Action::ManageUsers)) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool UsersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() < FirstRoleColumn || index.column() >= lastSeenColumn()) {
        return false;
    }
    store::UserRecord& user = m_users[index.row()];
    const Role r = Permissions::allRoles().at(index.column() - FirstRoleColumn);
    RoleSet roles = user.roles;
    if (value.toInt() == Qt::Checked) {
        roles.add(r);
    } else {
        roles.remove(r);
    }
    const Result<store::UserRecord> updated =
        m_context.users().setRoles(m_context.currentUser().login, user.login, roles);
    if (!updated) {
        Q_EMIT changeRefused(updated.error());
        return false;
    }
    user.roles = updated->roles;
    Q_EMIT dataChanged(this->index(index.row(), FirstRoleColumn), this->index(index.row(), lastSeenColumn() - 1),
                       {Qt::CheckStateRole});
    Q_EMIT changed(value.toInt() == Qt::Checked
                       ? tr("%1 is now %2.").arg(user.login, Permissions::roleDisplayName(r))
                       : tr("%1 is no longer %2.").arg(user.login, Permissions::roleDisplayName(r)));
    if (user.login == m_context.currentUser().login) {
        m_context.refreshCurrentUser();
    }
    return true;
}

} // namespace bridge::gui
