// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "opayo/PiTransaction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace bridge::opayo {

/// Reads Pi JSON the way the live API sends it, not only as the spec describes it: error codes
/// and retrievalReference as integers or strings, the "3DSecure" key, `expiryDate` (the spec
/// says `expiry`), omitted fields, unknown fields ignored. Free text is PAN-masked.
class PiJsonParser
{
    Q_DECLARE_TR_FUNCTIONS(bridge::opayo::PiJsonParser)

public:
    struct FieldError {
        int code = 0;
        QString property;
        QString description;
    };

    /// A 201/200 transaction object or a 202 3-D Secure challenge object.
    [[nodiscard]] static Result<PiTransaction> parseTransaction(const QByteArray& body);
    [[nodiscard]] static Result<PiInstruction> parseInstruction(const QByteArray& body);
    /// Any error body: `{"errors":[…]}`, `{"code":…,"description":…}`, or `{"statusCode":"9999",…}`.
    /// Returns no entries when the body is not JSON (e.g. a load balancer's HTML page).
    [[nodiscard]] static QList<FieldError> parseErrors(const QByteArray& body);
    /// The typed error for an HTTP answer outside 2xx.
    [[nodiscard]] static Error errorFor(int httpStatus, const QByteArray& body);
};

} // namespace bridge::opayo
