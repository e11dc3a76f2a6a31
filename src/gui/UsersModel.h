// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/UserDirectory.h"

#include <QAbstractTableModel>

namespace bridge::gui {

class AppContext;

/// Users and their roles; one checkable column per role. Ticking a box changes the role at
/// once (through UserDirectory, which checks the permission and writes the audit log).
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, FirstRoleColumn };

    explicit UsersModel(AppContext& context, QObject* parent = nullptr);

    void reload();
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    [[nodiscard]] int lastSeenColumn() const;

Q_SIGNALS:
    void changeRefused(const bridge::Error& error);
    void changed(const QString& message);

private:
    AppContext& m_context;
    QList<store::UserRecord> m_users;
};

} // namespace bridge::gui
