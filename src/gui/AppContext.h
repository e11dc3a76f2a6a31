// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Permissions.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/UserDirectory.h"

#include <QObject>

#include <memory>

namespace bridge {
class Settings;
}
namespace bridge::credentials {
class CredentialStore;
}

namespace bridge::gui {

/// What the console's pages share: settings, the keychain, the database, and who is signed in.
/// Owned by main(); pages get a reference. Lives on the GUI thread.
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct DemoUser {
        QString login;
        QString displayName;
        RoleSet roles;
    };

    AppContext(std::unique_ptr<Settings> settings, credentials::CredentialStore* credentials,
               std::shared_ptr<store::Database> database, bool demo, QObject* parent = nullptr);
    ~AppContext() override;

    [[nodiscard]] Settings& settings() { return *m_settings; }
    [[nodiscard]] credentials::CredentialStore& credentials() { return *m_credentials; }
    [[nodiscard]] const std::shared_ptr<store::Database>& database() const { return m_database; }
    [[nodiscard]] store::UserDirectory& users() { return m_users; }
    [[nodiscard]] store::AuditLog& audit() { return m_audit; }
    [[nodiscard]] bool isDemo() const { return m_demo; }

    /// Signs in the OS user (or, in demo mode, the demo administrator).
    Result<void> signIn();
    [[nodiscard]] const store::UserRecord& currentUser() const { return m_user; }
    /// Re-reads the current user's roles (after an administrator changed them).
    Result<void> refreshCurrentUser();

    /// The one permission check every console action uses.
    [[nodiscard]] Result<void> check(Action action) const;
    [[nodiscard]] bool can(Action action) const { return check(action).has_value(); }
    [[nodiscard]] Result<void> checkApproval(Action action, const QString& preparedBy) const;

    /// Demo mode only: the seeded people (one per role) that the status bar lets you switch to.
    [[nodiscard]] static QList<DemoUser> demoUsers();
    Result<void> switchUser(const QString& login);

Q_SIGNALS:
    void currentUserChanged();

private:
    Result<void> seedDemoUsers();

    std::unique_ptr<Settings> m_settings;
    credentials::CredentialStore* m_credentials;
    std::shared_ptr<store::Database> m_database;
    store::UserDirectory m_users;
    store::AuditLog m_audit;
    bool m_demo;
    store::UserRecord m_user;
};

} // namespace bridge::gui
