// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace bridge::opayo {

/// Turns Opayo's error codes into typed errors with plain-language messages: what was wrong,
/// where, and what to do. Error::code is "opayo.<code>" (e.g. "opayo.1018") so that callers can
/// branch on Opayo's number; Error::detail keeps Opayo's own words and the HTTP status.
class OpayoErrors
{
    Q_DECLARE_TR_FUNCTIONS(bridge::opayo::OpayoErrors)

public:
    /// True for the codes Opayo documents as temporary (9998 timeout, 9999 internal error).
    [[nodiscard]] static bool isTransientCode(int code) { return code == 9998 || code == 9999; }

    /// A Pi error: `httpStatus` as received, `code` from the body (0 if none), Opayo's
    /// `description` and the `property` it names (may be empty).
    [[nodiscard]] static Error piError(int httpStatus, int code, const QString& description, const QString& property);

    /// A Reporting API answer whose errorcode is not 0000.
    [[nodiscard]] static Error reportingError(const QString& errorCode, const QString& text);
};

} // namespace bridge::opayo
