// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/DatabaseOpener.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "credentials/CredentialStore.h"

namespace bridge::engine {

store::DatabaseUrl DatabaseOpener::defaultUrl(bool demo)
{
    return store::DatabaseUrl::sqlite(Settings::dataDirectory(demo) + QStringLiteral("/bridge.db"));
}

Result<store::DatabaseUrl> DatabaseOpener::configuredUrl(const Settings& settings, bool demo)
{
    const QString text = settings.value(SettingKeys::DatabaseUrl);
    if (text.trimmed().isEmpty()) {
        return defaultUrl(demo);
    }
    Result<store::DatabaseUrl> url = store::DatabaseUrl::parse(text);
    if (!url) {
        Error e = url.error();
        e.message = tr("The database setting in %1 is not usable: %2").arg(settings.filePath(), e.message);
        return fail(e);
    }
    return url;
}

void DatabaseOpener::open(const store::DatabaseUrl& url, credentials::CredentialStore& credentials, QObject* context,
                          Callback done, store::Database::Options options)
{
    if (!url.needsPassword()) {
        // Deliver asynchronously as well, so that callers see one behaviour.
        QMetaObject::invokeMethod(
            context, [url, done, options] { done(store::Database::open(url, QString(), options)); },
            Qt::QueuedConnection);
        return;
    }
    const credentials::SecretRef ref{url.credentialScope(), QStringLiteral("password")};
    credentials.read(ref, context, [url, done, options](Result<QString> password) {
        if (!password) {
            Error e = password.error();
            e.message = tr("Cannot open %1: %2").arg(url.displayName(), e.message);
            done(fail(e));
            return;
        }
        done(store::Database::open(url, *password, options));
    });
}

} // namespace bridge::engine
