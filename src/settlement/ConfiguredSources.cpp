// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "settlement/ConfiguredSources.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"
#include "engine/OpayoConnection.h"

#include <QCoreApplication>
#include <QObject>

namespace bridge::settlement {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(bridge::settlement::ConfiguredSources)
};

using Done = std::function<void(Result<ReconcileRequest>)>;

/// SFTP when a server is set, its secret from the keychain.
void withSftp(ReconcileRequest request, const Settings& settings, credentials::CredentialStore& credentials,
              QObject* context, Done done)
{
    const SftpConfig sftp = SftpConfig::fromSettings(settings);
    if (!sftp.isConfigured()) {
        done(std::move(request));
        return;
    }
    const bool byKey = sftp.keyRef.isValid();
    if (!byKey && !sftp.passwordRef.isValid()) {
        done(fail(Error::configuration(
            QStringLiteral("settlement.sftp_secret"),
            Tr::tr("The settlement SFTP server %1 is set up, but neither settlement/sftpKeyRef nor "
                   "settlement/sftpPasswordRef names a keychain entry (keychain:scope#name) holding the private "
                   "key or the password.")
                .arg(sftp.host))));
        return;
    }
    credentials.read(byKey ? sftp.keyRef : sftp.passwordRef, context,
                     [done = std::move(done), sftp, byKey, request](Result<QString> secret) mutable {
                         if (!secret) {
                             done(fail(secret.error()));
                             return;
                         }
                         SftpSecret s;
                         (byKey ? s.privateKey : s.password) = *secret;
                         request.sftp = std::pair{sftp, s};
                         done(std::move(request));
                     });
}

} // namespace

void completeFromSettings(ReconcileRequest request, bool catchUp, const Settings& settings,
                          credentials::CredentialStore& credentials, QObject* context, Done done)
{
    Result<SettlementCsvLayout> layout = SettlementCsvLayout::parse(settings.value(SettingKeys::SettlementCsvColumns));
    if (!layout) {
        done(fail(layout.error()));
        return;
    }
    request.layout = *layout;
    request.folder = settings.value(SettingKeys::SettlementFolder);
    request.catchUp = catchUp;
    request.firstDay = QDate::fromString(settings.value(SettingKeys::SettlementReportingFirstDay), Qt::ISODate);

    // The Reporting API when its user is in the keychain; then SFTP when a server is set.
    const engine::OpayoConnection::Details details = engine::OpayoConnection::fromSettings(settings);
    Result<opayo::ReportingConfig> reporting = engine::OpayoConnection::reportingConfig(details);
    if (details.vendorName.isEmpty() || !reporting) {
        withSftp(std::move(request), settings, credentials, context, std::move(done));
        return;
    }
    const QString scope = engine::OpayoConnection::credentialScope(details);
    credentials.read(
        credentials::SecretRef{scope, QStringLiteral("reporting-user")}, context,
        [&settings, &credentials, context, scope, done = std::move(done), request,
         rc = *reporting](Result<QString> user) mutable {
            if (!user || user->isEmpty()) {
                withSftp(std::move(request), settings, credentials, context, std::move(done)); // files only
                return;
            }
            credentials.read(credentials::SecretRef{scope, QStringLiteral("reporting-password")}, context,
                             [&settings, &credentials, context, done = std::move(done), request, rc,
                              user = *user](Result<QString> password) mutable {
                                 rc.user = user;
                                 rc.password = password.value_or(QString());
                                 request.reporting = rc;
                                 withSftp(std::move(request), settings, credentials, context, std::move(done));
                             });
        });
}

} // namespace bridge::settlement
