// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "opayo/OpayoConfig.h"

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

/// What the bridge needs to reach Opayo: the addresses and vendor from the settings, the
/// integration key and password and the Reporting API user and password from the keychain.
class OpayoConnection
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::OpayoConnection)

public:
    struct Details {
        QString environment; ///< test, live, custom
        QString piUrl;       ///< including the version segment: https://…/api/v1
        QString reportingUrl;
        QString vendorName;
    };

    /// The credentials as values, handed to the clients (the connector never reads the keychain).
    class Credentials final : public opayo::OpayoCredentialsProvider
    {
    public:
        Credentials(opayo::PiConfig pi, opayo::ReportingConfig reporting)
            : m_pi(std::move(pi))
            , m_reporting(std::move(reporting))
        {}
        [[nodiscard]] Result<opayo::PiConfig> piConfig() const override { return m_pi; }
        [[nodiscard]] Result<opayo::ReportingConfig> reportingConfig() const override { return m_reporting; }

    private:
        opayo::PiConfig m_pi;
        opayo::ReportingConfig m_reporting;
    };

    static Details fromSettings(const Settings& settings);
    /// The keychain scope of this vendor's secrets in this environment.
    static QString credentialScope(const Details& details);
    /// Splits ".../api/v1" into the client's base URL and version segment; names the problem.
    static Result<opayo::PiConfig> piConfig(const Details& details);
    static Result<opayo::ReportingConfig> reportingConfig(const Details& details);

    /// Reads the four secrets and returns both configurations filled in. A missing Reporting API
    /// user is allowed (the Reporting client then says what to set up); a missing integration
    /// key or password is an error.
    static void load(credentials::CredentialStore& store, const Details& details, QObject* context,
                     std::function<void(Result<std::shared_ptr<Credentials>>)> done);
};

} // namespace bridge::engine
