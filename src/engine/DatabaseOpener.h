// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace bridge {
class Settings;
}
namespace bridge::credentials {
class CredentialStore;
}

namespace bridge::engine {

/// Opens the database the installation is configured for: the URL from Settings (or the SQLite
/// file in the application-data folder), with the PostgreSQL password read from the keychain.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::DatabaseOpener)

public:
    using Callback = std::function<void(Result<std::shared_ptr<store::Database>>)>;

    /// The configured URL; an empty setting means <data-dir>/bridge.db.
    static Result<store::DatabaseUrl> configuredUrl(const Settings& settings, bool demo);
    static store::DatabaseUrl defaultUrl(bool demo);

    /// Reads the password if the URL needs one, then opens and migrates. `done` runs on
    /// `context`'s thread.
    static void open(const store::DatabaseUrl& url, credentials::CredentialStore& credentials, QObject* context,
                     Callback done, store::Database::Options options = {});
};

} // namespace bridge::engine
