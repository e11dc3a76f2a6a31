// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class UsersPage;
}

namespace bridge::gui {

class AppContext;
class UsersModel;

/// Administrators assign roles here; everyone else sees who holds which role.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(AppContext& context, QWidget* parent = nullptr);
    ~UsersPage() override;

    [[nodiscard]] UsersModel* model() const { return m_model; }

private:
    void applyPermissions();

    AppContext& m_context;
    std::unique_ptr<Ui::UsersPage> m_ui;
    UsersModel* m_model;
};

} // namespace bridge::gui
