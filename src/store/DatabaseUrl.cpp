// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace bridge::store {

namespace {
Error urlError(const QString& message, const QString& text)
{
    return Error::configuration(QStringLiteral("database.url"), message, QStringLiteral("URL \"%1\"").arg(text));
}
} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString& filePath)
{
    DatabaseUrl url;
    url.m_kind = Kind::Sqlite;
    url.m_path = QDir::cleanPath(QDir::fromNativeSeparators(filePath));
    return url;
}

DatabaseUrl DatabaseUrl::postgres(const QString& host, int port, const QString& database, const QString& user,
                                  const QString& sslMode)
{
    DatabaseUrl url;
    url.m_kind = Kind::Postgres;
    url.m_host = host;
    url.m_port = port;
    url.m_database = database;
    url.m_user = user;
    url.m_sslMode = sslMode;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        // sqlite:///abs/path and sqlite:///C:/path (three slashes, RFC 8089 style) or sqlite:/abs/path
        if (path.startsWith(QLatin1String("//"))) {
            path = path.mid(2);
        }
        if (path.size() > 2 && path.at(0) == QLatin1Char('/') && path.at(2) == QLatin1Char(':')) {
            path = path.mid(1); // "/C:/x" → "C:/x"
        }
        path = QUrl::fromPercentEncoding(path.toUtf8());
        // A Windows drive path ("C:/Bridge/bridge.db") is absolute on every platform, so that a
        // settings file written on Windows reads the same everywhere.
        static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[/\\\\]"));
        if (path.isEmpty() || !(QDir::isAbsolutePath(path) || drive.match(path).hasMatch())) {
            return fail(urlError(tr("The SQLite database path must be absolute, for example sqlite:///var/lib/bridge/"
                                    "bridge.db."),
                                 text));
        }
        return sqlite(path);
    }
    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            return fail(urlError(tr("The PostgreSQL URL is not valid: %1").arg(url.errorString()), text));
        }
        if (!url.password().isEmpty()) {
            return fail(Error::security(QStringLiteral("database.url_password"),
                                        tr("The database URL contains a password. Remove it from the URL; the "
                                           "password is kept in the system keychain (Settings → Database)."),
                                        QStringLiteral("URL for %1@%2").arg(url.userName(), url.host())));
        }
        if (url.host().isEmpty()) {
            return fail(
                urlError(tr("The PostgreSQL URL has no host. Use postgresql://user@host:5432/database."), text));
        }
        const QString database = url.path().mid(1);
        if (database.isEmpty() || database.contains(QLatin1Char('/'))) {
            return fail(urlError(tr("The PostgreSQL URL must name one database after the host, for example "
                                    "postgresql://bridge@db.example.com:5432/bridge."),
                                 text));
        }
        if (url.userName().isEmpty()) {
            return fail(
                urlError(tr("The PostgreSQL URL has no user name. Use postgresql://user@host:5432/database."), text));
        }
        const QUrlQuery query(url);
        QString sslMode;
        for (const auto& [key, value] : query.queryItems()) {
            if (key == QLatin1String("sslmode")) {
                static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                                  QStringLiteral("prefer"),    QStringLiteral("require"),
                                                  QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
                if (!modes.contains(value)) {
                    return fail(urlError(
                        tr("Unknown sslmode \"%1\". Use one of: %2.").arg(value, modes.join(QStringLiteral(", "))),
                        text));
                }
                sslMode = value;
            } else {
                return fail(urlError(
                    tr("Unknown option \"%1\" in the database URL. Only sslmode is supported.").arg(key), text));
            }
        }
        return postgres(url.host(), url.port(5432), database, url.userName(), sslMode);
    }
    return fail(urlError(tr("The database URL must start with sqlite:// or postgresql://."), text));
}

QString DatabaseUrl::toString() const
{
    if (m_kind == Kind::Sqlite) {
        const QString path = m_path.startsWith(QLatin1Char('/')) ? m_path : QLatin1Char('/') + m_path;
        return QStringLiteral("sqlite://") + path;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_sslMode.isEmpty()) {
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    }
    return url.toString();
}

QString DatabaseUrl::displayName() const
{
    if (m_kind == Kind::Sqlite) {
        return tr("SQLite: %1").arg(QDir::toNativeSeparators(m_path));
    }
    return tr("PostgreSQL: %1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
}

QString DatabaseUrl::credentialScope() const
{
    return QStringLiteral("database/%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
}

} // namespace bridge::store
