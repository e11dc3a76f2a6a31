// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/SysproConnection.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"

#include <QDir>
#include <QUrl>

#include <memory>

namespace bridge::engine {

SysproConnection::Details SysproConnection::fromSettings(const Settings& s)
{
    return Details{s.value(SettingKeys::SysproBaseUrl),
                   s.value(SettingKeys::SysproOperator),
                   s.value(SettingKeys::SysproCompanyId),
                   s.value(SettingKeys::SysproReceiptFallback),
                   s.value(SettingKeys::SysproReceiptExportFolder),
                   s.value(SettingKeys::SysproBankLedgerCode),
                   s.value(SettingKeys::SysproArControlLedgerCode)};
}

Result<syspro::SysproConfig> SysproConnection::config(const Details& d)
{
    const QUrl url(d.baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return fail(Error::configuration(QStringLiteral("syspro.url"),
                                         tr("SYSPRO service URL \"%1\" is not an http:// or https:// address such as "
                                            "http://erp-server:31002/SYSPROWCFService/Rest.")
                                             .arg(d.baseUrl)));
    }
    if (d.operatorCode.trimmed().isEmpty()) {
        return fail(
            Error::configuration(QStringLiteral("syspro.operator"),
                                 tr("Enter the SYSPRO operator the bridge logs on as (Settings → SYSPRO e.net).")));
    }
    syspro::SysproConfig config;
    config.endpoint.scheme = url.scheme();
    config.endpoint.host = url.host();
    config.endpoint.port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    config.endpoint.basePath = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    if (d.receiptFallback == QLatin1String("exportFile")) {
        if (d.receiptExportFolder.trimmed().isEmpty() || !QDir(d.receiptExportFolder).exists()) {
            return fail(
                Error::configuration(QStringLiteral("syspro.export_folder"),
                                     tr("Receipts are to be written to a file when ARSTPY is not licensed, but the "
                                        "folder \"%1\" does not exist. Choose an existing folder.")
                                         .arg(d.receiptExportFolder)));
        }
        config.receiptFallback = syspro::ReceiptFallback::ExportFile;
        config.receiptExportDirectory = d.receiptExportFolder;
    } else if (d.receiptFallback == QLatin1String("glJournal")) {
        if (d.bankLedgerCode.trimmed().isEmpty() || d.arControlLedgerCode.trimmed().isEmpty()) {
            return fail(Error::configuration(QStringLiteral("syspro.ledger_codes"),
                                             tr("Receipts are to be posted as GL journals when ARSTPY is not licensed: "
                                                "enter the bank ledger code and the AR control ledger code.")));
        }
        config.receiptFallback = syspro::ReceiptFallback::GlJournal;
        config.bankLedgerCode = d.bankLedgerCode.trimmed();
        config.arControlLedgerCode = d.arControlLedgerCode.trimmed();
    } else {
        config.receiptFallback = syspro::ReceiptFallback::None;
    }
    return config;
}

QString SysproConnection::credentialScope(const Details& d)
{
    const QUrl url(d.baseUrl.trimmed());
    return QStringLiteral("syspro/%1@%2:%3/%4")
        .arg(d.operatorCode.trimmed(), url.host())
        .arg(url.port(80))
        .arg(d.companyId.trimmed());
}

void SysproConnection::loadCredentials(credentials::CredentialStore& store, const Details& details, QObject* context,
                                       std::function<void(Result<syspro::SysproCredentials>)> done)
{
    const QString scope = credentialScope(details);
    auto result = std::make_shared<syspro::SysproCredentials>(
        syspro::SysproCredentials{details.operatorCode.trimmed(), QString(), details.companyId.trimmed(), QString()});
    store.read(credentials::SecretRef{scope, QStringLiteral("operator-password")}, context,
               [&store, scope, context, result, done](Result<QString> operatorPassword) {
                   if (!operatorPassword) {
                       done(fail(operatorPassword.error()));
                       return;
                   }
                   result->operatorPassword = *operatorPassword;
                   store.read(credentials::SecretRef{scope, QStringLiteral("company-password")}, context,
                              [result, done](Result<QString> companyPassword) {
                                  if (!companyPassword &&
                                      companyPassword.error().code != QLatin1String("keychain.not_found")) {
                                      done(fail(companyPassword.error()));
                                      return;
                                  }
                                  result->companyPassword = companyPassword.value_or(QString());
                                  done(*result);
                              });
               });
}

} // namespace bridge::engine
