// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/ReportingRequest.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QUrl>

namespace bridge::opayo {

namespace {
QString element(const QString& name, const QString& value)
{
    return QLatin1Char('<') + name + QLatin1Char('>') + value.toHtmlEscaped() + QStringLiteral("</") + name +
           QLatin1Char('>');
}
} // namespace

QString ReportingRequest::signedText(const QString& command, const QString& vendor, const QString& user,
                                     const Params& params)
{
    QString text = element(QStringLiteral("command"), command) + element(QStringLiteral("vendor"), vendor) +
                   element(QStringLiteral("user"), user);
    for (const auto& [name, value] : params) {
        text += element(name, value);
    }
    return text;
}

QByteArray ReportingRequest::signature(const QString& signedText, const QString& password)
{
    // The password goes in as it is (not XML-escaped), as every published client does.
    const QString full = signedText + QStringLiteral("<password>") + password + QStringLiteral("</password>");
    return QCryptographicHash::hash(full.toUtf8(), QCryptographicHash::Md5).toHex();
}

QByteArray ReportingRequest::xml(const QString& command, const QString& vendor, const QString& user,
                                 const Params& params, const QString& password)
{
    const QString text = signedText(command, vendor, user, params);
    return "<vspaccess>" + text.toUtf8() + "<signature>" + signature(text, password) + "</signature></vspaccess>";
}

QByteArray ReportingRequest::formBody(const QByteArray& xml)
{
    return "XML=" + QUrl::toPercentEncoding(QString::fromUtf8(xml));
}

QString ReportingRequest::ukDate(const QDateTime& when)
{
    return when.toTimeZone(QTimeZone("Europe/London")).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

} // namespace bridge::opayo
