// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Money.h"

#include <QString>

#include <optional>

namespace bridge::opayo {

/// A Pi transaction as Opayo returned it (opayo-api.md §1.9). Fields Opayo omitted stay empty.
/// A declined or rejected payment is still a transaction (HTTP 201): check `status`.
struct PiTransaction {
    QString transactionId;
    QString transactionType;    ///< Payment, Deferred, Authenticate, Repeat, Refund
    QString status;             ///< Ok, NotAuthed, Rejected, Malformed, Invalid, Error, 3DAuth
    QString statusCode;         ///< four digits, "0000" = authorised
    QString statusDetail;       ///< PAN-masked
    QString retrievalReference; ///< integer on the wire (spec: string); kept as text
    QString bankResponseCode;
    QString bankAuthorisationCode;
    QString cardType;
    QString lastFourDigits;
    QString expiryDate; ///< MMYY
    QString cardIdentifier;
    bool reusable = false;
    QString threeDSecureStatus;
    QString avsCvcStatus;
    std::optional<Money> totalAmount;
    std::optional<Money> saleAmount;
    std::optional<Money> surchargeAmount;
    // 3-D Secure challenge (HTTP 202) only:
    QString acsUrl;
    QString cReq;
    QString acsTransId;
    QString dsTransId;

    [[nodiscard]] bool isOk() const { return status == QLatin1String("Ok"); }
    [[nodiscard]] bool needsChallenge() const { return status == QLatin1String("3DAuth"); }
};

/// The answer to an instruction (void, abort, release, cancel).
struct PiInstruction {
    QString instructionType;
    QString date; ///< ISO-8601 as Opayo sent it
};

} // namespace bridge::opayo
