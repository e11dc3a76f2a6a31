// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace bridge::opayo {

/// Builds a signed Reporting & Admin API request (opayo-api.md §3.1):
/// `<vspaccess><command>…</command><vendor>…</vendor><user>…</user>PARAMS<signature>…</signature></vspaccess>`
/// where the signature is the lower-case MD5 hex of the same text from `<command>` to the last
/// parameter followed by `<password>…</password>`, with no whitespace anywhere.
class ReportingRequest
{
public:
    using Params = QList<QPair<QString, QString>>;

    [[nodiscard]] static QString signedText(const QString& command, const QString& vendor, const QString& user,
                                            const Params& params);
    [[nodiscard]] static QByteArray signature(const QString& signedText, const QString& password);
    [[nodiscard]] static QByteArray xml(const QString& command, const QString& vendor, const QString& user,
                                        const Params& params, const QString& password);
    /// The form body: XML=<percent-encoded xml>.
    [[nodiscard]] static QByteArray formBody(const QByteArray& xml);
    /// dd/mm/yyyy hh:mm:ss in UK time, as the API expects.
    [[nodiscard]] static QString ukDate(const QDateTime& when);
};

} // namespace bridge::opayo
