// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bridge::syspro {

class XmlElement;

/// Stable error codes of the SYSPRO connector.
namespace codes {
inline const QString authentication = QStringLiteral("syspro.authentication");
inline const QString invalidSession = QStringLiteral("syspro.invalid_session");
inline const QString notLicensed = QStringLiteral("syspro.not_licensed");
inline const QString notFound = QStringLiteral("syspro.not_found");
inline const QString serverError = QStringLiteral("syspro.error");
inline const QString business = QStringLiteral("syspro.business");
inline const QString fieldTooLong = QStringLiteral("syspro.field_too_long");
inline const QString unbalanced = QStringLiteral("syspro.journal_unbalanced");
inline const QString outcomeUnknown = QStringLiteral("syspro.outcome_unknown");
} // namespace codes

/// Turns SYSPRO's failure texts into typed errors. SYSPRO answers HTTP 200 even when it fails:
/// logon and session failures are a plain-text body starting with "ERROR", business failures sit
/// inside XmlOut as ErrorDescription elements next to the section that failed.
class SysproErrors
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::SysproErrors)

public:
    /// True when a body is one of SYSPRO's "ERROR: ..." texts.
    static bool isErrorBody(const QString& body);
    /// Classifies an "ERROR: ..." body: authentication, invalid session, business object not
    /// available/licensed, not found, or other. `what` says what was being done ("SORTOI
    /// import of 3 orders"), `businessObject` may be empty.
    static Error fromErrorBody(const QString& body, const QString& what, const QString& businessObject,
                               const QString& company);
    /// Every ErrorDescription text in the document, in document order, trimmed and de-duplicated.
    static QStringList errorDescriptions(const XmlElement& element);
    /// Every WarningDescription text (inside WarningMessages or not).
    static QStringList warningDescriptions(const XmlElement& element);
    /// A business error from ErrorDescription elements, if any.
    static std::optional<Error> fromXmlOut(const XmlElement& root, const QString& what);
};

} // namespace bridge::syspro
