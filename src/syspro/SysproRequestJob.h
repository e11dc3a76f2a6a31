// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "net/NetworkJob.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace bridge::syspro {

/// One GET to the e.net REST service with everything in the query string. A complete answer is
/// turned into the decoded body text (Windows-1252 to UTF-8), or into a typed error when the
/// HTTP status is not 200 or the body is one of SYSPRO's "ERROR: ..." texts.
class SysproRequestJob : public net::NetworkJob
{
    Q_OBJECT

public:
    struct Target {
        QUrl baseUrl; ///< http://host:port/SYSPROWCFService/Rest
        QString path; ///< "Logon", "Query/Query", …
        QList<QPair<QString, QString>> parameters;
        QString description;    ///< for messages
        QString businessObject; ///< for messages; may be empty
        QString company;        ///< for messages
    };

    SysproRequestJob(QNetworkAccessManager* manager, Target target, QObject* parent = nullptr);

    /// The decoded body once the job succeeded.
    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] const Target& target() const { return m_target; }

    /// The request URL: each value RFC 3986 percent-encoded (UTF-8; only A-Z a-z 0-9 - . _ ~ left
    /// as they are, so '+' and '&' inside XML survive).
    static QUrl buildUrl(const QUrl& baseUrl, const QString& path, const QList<QPair<QString, QString>>& parameters);

protected:
    QNetworkReply* send(QNetworkAccessManager& manager) override;
    Result<void> parse(const net::HttpResponse& response) override;
    [[nodiscard]] QString serviceName() const override { return QStringLiteral("SYSPRO"); }

private:
    Target m_target;
    QString m_text;
};

} // namespace bridge::syspro
