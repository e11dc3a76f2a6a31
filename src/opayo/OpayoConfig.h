// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QString>
#include <QUrl>

namespace bridge::opayo {

/// Pi REST API endpoint and credentials. The engine reads the secrets from the credential store
/// and hands them over as values; this library never reads the keychain itself.
struct PiConfig {
    /// Everything before the version segment, e.g. https://sandbox.opayo.eu.elavon.com/api
    QUrl baseUrl = QUrl(QStringLiteral("https://sandbox.opayo.eu.elavon.com/api"));
    /// The version segment (opayo-api.md §1.1: "v1").
    QString apiVersion = QStringLiteral("v1");
    QString integrationKey;
    QString integrationPassword;
    int timeoutMs = 30'000;

    /// baseUrl + "/" + apiVersion + resource ("/transactions/…").
    [[nodiscard]] QUrl url(const QString& resource) const
    {
        QUrl u = baseUrl;
        QString path = u.path();
        while (path.endsWith(QLatin1Char('/'))) {
            path.chop(1);
        }
        u.setPath(path + QLatin1Char('/') + apiVersion + resource);
        return u;
    }
};

/// Reporting & Admin API endpoint and credentials (a MyOpayo user with API rights, not the Pi
/// integration key).
struct ReportingConfig {
    QUrl url = QUrl(QStringLiteral("https://sandbox.opayo.eu.elavon.com/access/access.htm"));
    QString vendor;
    QString user;
    QString password;
    int timeoutMs = 60'000;
};

/// Where the engine gets credentials from, for callers that prefer a provider to values (e.g.
/// one that reads CredentialStore once and caches the result).
class OpayoCredentialsProvider
{
public:
    virtual ~OpayoCredentialsProvider() = default;
    [[nodiscard]] virtual Result<PiConfig> piConfig() const = 0;
    [[nodiscard]] virtual Result<ReportingConfig> reportingConfig() const = 0;
};

} // namespace bridge::opayo
