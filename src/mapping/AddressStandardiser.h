// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/CanonicalPayment.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace bridge::mapping {

/// Cleans a shop's address into SYSPRO's structure: trimmed, single spaces, the chosen case,
/// the postcode in its country's format, and the street, town and region wrapped at word
/// boundaries into at most `maxLines` lines of `lineLength` characters (SYSPRO: 5 × 40).
class AddressStandardiser
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::AddressStandardiser)

public:
    enum class Case { Keep, Upper, Title };

    struct Options {
        int lineLength = 40;
        int maxLines = 5;
        Case textCase = Case::Keep;
        bool formatPostcode = true;
        bool includeCountryLine = false;
    };

    struct Standardised {
        QStringList lines;
        QString postalCode;
        QString country;
    };

    static Result<Standardised> standardise(const PostalAddress& address, const Options& options);
    /// "sw1a1aa" → "SW1A 1AA" for GB, and the formats of a few more countries; others are
    /// trimmed and upper-cased. Fails when a known country's postcode has the wrong shape.
    static Result<QString> formatPostcode(const QString& postcode, const QString& country);
};

} // namespace bridge::mapping
