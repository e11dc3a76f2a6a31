// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>
#include <QStringView>

namespace bridge::sandbox::opayo {

/// What the sandbox learns from a card number at tokenisation. The number itself is not kept:
/// only its type, last four digits and whether the test gateway declines it (opayo-api.md §1.17).
struct CardFacts {
    bool valid = false;     ///< digits only, 12..19 long and Luhn-valid
    bool supported = false; ///< a card type Opayo accepts
    QString cardType;       ///< "Visa", "MasterCard", "AmericanExpress", …
    QString lastFour;
    bool declines = false; ///< one of the bank-decline test cards
};

/// The test-card table and card-type detection of the Opayo test gateway.
class SandboxTestCards
{
public:
    [[nodiscard]] static CardFacts inspect(QStringView cardNumber);
    [[nodiscard]] static bool luhnValid(QStringView digits);
    /// The security code that matches: "123", or "1234" for American Express.
    [[nodiscard]] static QString matchingSecurityCode(const QString& cardType);
};

} // namespace bridge::sandbox::opayo
