// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/OpayoConnection.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"

#include <QRegularExpression>

#include <memory>

namespace bridge::engine {

OpayoConnection::Details OpayoConnection::fromSettings(const Settings& s)
{
    return Details{s.value(SettingKeys::OpayoEnvironment), s.value(SettingKeys::OpayoBaseUrl),
                   s.value(SettingKeys::OpayoReportingUrl), s.value(SettingKeys::OpayoVendorName)};
}

QString OpayoConnection::credentialScope(const Details& d)
{
    return QStringLiteral("opayo/%1@%2").arg(d.vendorName.trimmed(), d.environment);
}

Result<opayo::PiConfig> OpayoConnection::piConfig(const Details& d)
{
    const QUrl url(d.piUrl.trimmed(), QUrl::StrictMode);
    static const QRegularExpression version(QStringLiteral("^(.*)/(v\\d+)/?$"));
    const QRegularExpressionMatch m = version.match(url.path());
    if (!url.isValid() || url.host().isEmpty() || !m.hasMatch()) {
        return fail(Error::configuration(QStringLiteral("opayo.url"),
                                         tr("Opayo base URL \"%1\" must end with the API version, for example "
                                            "https://sandbox.opayo.eu.elavon.com/api/v1.")
                                             .arg(d.piUrl)));
    }
    opayo::PiConfig config;
    QUrl base = url;
    base.setPath(m.captured(1));
    config.baseUrl = base;
    config.apiVersion = m.captured(2);
    return config;
}

Result<opayo::ReportingConfig> OpayoConnection::reportingConfig(const Details& d)
{
    const QUrl url(d.reportingUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(Error::configuration(QStringLiteral("opayo.reporting_url"),
                                         tr("Opayo Reporting API address \"%1\" is not usable; it usually is "
                                            "https://live.opayo.eu.elavon.com/access/access.htm.")
                                             .arg(d.reportingUrl)));
    }
    if (d.vendorName.trimmed().isEmpty()) {
        return fail(Error::configuration(QStringLiteral("opayo.vendor"),
                                         tr("Enter the Opayo vendor name in Settings; the Reporting API needs it.")));
    }
    opayo::ReportingConfig config;
    config.url = url;
    config.vendor = d.vendorName.trimmed();
    return config;
}

void OpayoConnection::load(credentials::CredentialStore& store, const Details& details, QObject* context,
                           std::function<void(Result<std::shared_ptr<Credentials>>)> done)
{
    Result<opayo::PiConfig> pi = piConfig(details);
    if (!pi) {
        done(fail(pi.error()));
        return;
    }
    Result<opayo::ReportingConfig> reporting = reportingConfig(details);
    if (!reporting) {
        done(fail(reporting.error()));
        return;
    }
    // Read the secrets one after another; each step keeps what it got.
    struct State {
        opayo::PiConfig pi;
        opayo::ReportingConfig reporting;
    };
    auto state = std::make_shared<State>(State{*pi, *reporting});
    const QString scope = credentialScope(details);
    credentials::CredentialStore* keychain = &store; // outlives the reads (owned by the application)
    auto secret = [keychain, scope, context](const char* name, std::function<void(Result<QString>)> next) {
        keychain->read(credentials::SecretRef{scope, QLatin1String(name)}, context, std::move(next));
    };
    secret("integration-key", [=](Result<QString> key) {
        if (!key) {
            done(fail(key.error()));
            return;
        }
        state->pi.integrationKey = *key;
        secret("integration-password", [=](Result<QString> password) {
            if (!password) {
                done(fail(password.error()));
                return;
            }
            state->pi.integrationPassword = *password;
            secret("reporting-user", [=](Result<QString> user) {
                state->reporting.user = user.value_or(QString());
                secret("reporting-password", [=](Result<QString> reportingPassword) {
                    state->reporting.password = reportingPassword.value_or(QString());
                    done(std::make_shared<Credentials>(state->pi, state->reporting));
                });
            });
        });
    });
}

} // namespace bridge::engine
