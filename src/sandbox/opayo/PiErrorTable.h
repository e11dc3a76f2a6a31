// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/common/SandboxHttpServer.h"

#include <QList>
#include <QString>

namespace bridge::sandbox::opayo {

/// One entry of a Pi error answer.
struct PiFieldError {
    int code = 0;
    QString property;    ///< dot path, e.g. "cardDetails.expiryDate"; empty for non-field errors
    QString description; ///< empty: the table's text for `code`
};

/// The Pi API error table (opayo-api.md §1.15.2) and the two body shapes: 422 answers carry an
/// `errors` array, every other status a single `{"code":…,"description":…}` object. Codes are
/// JSON integers, as the live API sends them.
class PiErrorTable
{
public:
    /// The HTTP status Opayo uses for `code` (1000…1021, 9998, 9999); 422 for classic codes.
    [[nodiscard]] static int httpStatus(int code);
    [[nodiscard]] static QString description(int code);
    [[nodiscard]] static SandboxResponse response(int code, const QString& property = {},
                                                  const QString& description = {});
    /// A 422 with several field errors.
    [[nodiscard]] static SandboxResponse validation(const QList<PiFieldError>& errors);
};

} // namespace bridge::sandbox::opayo
