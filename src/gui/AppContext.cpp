// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/AppContext.h"

#include "core/Settings.h"
#include "credentials/CredentialStore.h"
#include "engine/DemoData.h"
#include "logging/Log.h"

#include <spdlog/spdlog.h>

namespace bridge::gui {

AppContext::AppContext(std::unique_ptr<Settings> settings, credentials::CredentialStore* credentials,
                       std::shared_ptr<store::Database> database, bool demo, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(credentials)
    , m_database(std::move(database))
    , m_users(m_database)
    , m_audit(m_database)
    , m_demo(demo)
{}

AppContext::~AppContext() = default;

QList<AppContext::DemoUser> AppContext::demoUsers()
{
    QList<DemoUser> out;
    for (const engine::DemoData::Person& p : engine::DemoData::people()) {
        out.append(DemoUser{p.login, p.displayName, p.roles});
    }
    return out;
}

Result<void> AppContext::seedDemoUsers()
{
    return engine::DemoData::seedUsers(m_users);
}

Result<void> AppContext::signIn()
{
    if (m_demo) {
        if (Result<void> seeded = seedDemoUsers(); !seeded) {
            return seeded;
        }
        return switchUser(demoUsers().first().login);
    }
    Result<store::UserRecord> user = m_users.signIn(store::UserDirectory::currentOsLogin());
    if (!user) {
        return fail(user.error());
    }
    m_user = *user;
    log::get("gui")->info("signed in as {}", m_user.login.toStdString());
    Q_EMIT currentUserChanged();
    return {};
}

Result<void> AppContext::refreshCurrentUser()
{
    Result<store::UserRecord> user = m_users.user(m_user.login);
    if (!user) {
        return fail(user.error());
    }
    const bool changed = user->roles != m_user.roles;
    m_user = *user;
    if (changed) {
        Q_EMIT currentUserChanged();
    }
    return {};
}

Result<void> AppContext::switchUser(const QString& login)
{
    if (!m_demo) {
        return fail(Error::security(QStringLiteral("user.switch_refused"),
                                    tr("Switching users is only possible in demo mode. Outside it, the console always "
                                       "acts as the person signed in to the computer.")));
    }
    Result<store::UserRecord> user = m_users.signIn(login);
    if (!user) {
        return fail(user.error());
    }
    m_user = *user;
    log::get("gui")->info("demo: now acting as {}", m_user.login.toStdString());
    Q_EMIT currentUserChanged();
    return {};
}

Result<void> AppContext::check(Action action) const
{
    return Permissions::check(m_user.login, m_user.roles, action);
}

Result<void> AppContext::checkApproval(Action action, const QString& preparedBy) const
{
    return Permissions::checkApproval(m_user.login, m_user.roles, action, preparedBy);
}

} // namespace bridge::gui
