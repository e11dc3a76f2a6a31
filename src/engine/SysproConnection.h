// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "credentials/SecretRef.h"
#include "syspro/SysproConfig.h"
#include "syspro/SysproCredentials.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace bridge {
class Settings;
}
namespace bridge::credentials {
class CredentialStore;
}

namespace bridge::engine {

/// What the bridge needs to reach SYSPRO, from the settings and the keychain.
class SysproConnection
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::SysproConnection)

public:
    struct Details {
        QString baseUrl;
        QString operatorCode;
        QString companyId;
        QString receiptFallback; ///< none, exportFile, glJournal
        QString receiptExportFolder;
        QString bankLedgerCode;
        QString arControlLedgerCode;
    };

    static Details fromSettings(const Settings& settings);
    /// The service address and the receipt fallback, checked: every problem names its field.
    static Result<syspro::SysproConfig> config(const Details& details);
    /// The keychain scope of the SYSPRO passwords for this operator, server and company.
    static QString credentialScope(const Details& details);

    /// Reads both passwords from the keychain (an unset company password is allowed: many
    /// companies have none) and calls `done` on `context`'s thread.
    static void loadCredentials(credentials::CredentialStore& store, const Details& details, QObject* context,
                                std::function<void(Result<syspro::SysproCredentials>)> done);
};

} // namespace bridge::engine
