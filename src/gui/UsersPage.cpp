// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/UsersPage.h"

#include "gui/AppContext.h"
#include "gui/UsersModel.h"
#include "ui_UsersPage.h"

#include <QHeaderView>

namespace bridge::gui {

UsersPage::UsersPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::UsersPage>())
    , m_model(new UsersModel(context, this))
{
    m_ui->setupUi(this);
    m_ui->usersTableView->setModel(m_model);
    m_ui->usersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->usersTableView->horizontalHeader()->setStretchLastSection(true);

    QString help;
    for (Role r : Permissions::allRoles()) {
        help +=
            QStringLiteral("<b>%1</b>: %2<br>")
                .arg(Permissions::roleDisplayName(r).toHtmlEscaped(), Permissions::roleDescription(r).toHtmlEscaped());
    }
    m_ui->rolesHelpLabel->setText(help);

    connect(m_model, &UsersModel::changeRefused, this, [this](const Error& error) {
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: 600;"));
        m_ui->statusLabel->setText(error.message);
    });
    connect(m_model, &UsersModel::changed, this, [this](const QString& message) {
        m_ui->statusLabel->setStyleSheet(QString());
        m_ui->statusLabel->setText(message);
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, m_model, &UsersModel::reload);
    connect(&m_context, &AppContext::currentUserChanged, this, [this] {
        m_model->reload();
        applyPermissions();
    });
    applyPermissions();
}

UsersPage::~UsersPage() = default;

void UsersPage::applyPermissions()
{
    const bool admin = m_context.can(Action::ManageUsers);
    m_ui->permissionLabel->setVisible(!admin);
    m_ui->permissionLabel->setText(
        tr("Only administrators can change roles. You are signed in as %1.").arg(m_context.currentUser().login));
    m_ui->permissionLabel->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #e0c36a; padding: 6px;"));
}

} // namespace bridge::gui
