// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "syspro/FieldLimits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace bridge::syspro {

/// The customer fields the bridge maintains through ARSSCS; empty fields are not sent (so an
/// update leaves them as they are).
struct CustomerRecord {
    QString customer;
    QString name;
    QString shortName;
    QString currency;
    QString email;
    QString telephone;
    QStringList soldToAddress; ///< up to 3 lines here
    QString soldPostalCode;
    std::optional<Money> creditLimit;
    std::optional<bool> onHold;
};

/// ARSSCS (customer maintenance): Setup/Add and Setup/Update.
class CustomerSetup
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::CustomerSetup)

public:
    static constexpr const char* businessObject = "ARSSCS";
    [[nodiscard]] static Result<QString> buildParameters(bool validateOnly);
    [[nodiscard]] static Result<QString> buildXmlIn(const CustomerRecord& customer, const FieldLimits& limits);
    [[nodiscard]] static Result<void> parse(const QString& xmlOut, const CustomerRecord& customer,
                                            const QString& company);
};

} // namespace bridge::syspro
