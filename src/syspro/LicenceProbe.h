// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "syspro/LicenceReport.h"
#include "syspro/SysproCall.h"

#include <QList>

namespace bridge::syspro {

/// Finds out which business objects the operator may call without changing anything in SYSPRO:
/// queries get a minimal look-up, postings an empty document with ValidateOnly=Y (SORTOI:
/// Process=VALIDATE), Setup an empty validate-only add. "e.net exception 100000" or a
/// not-licensed text means not licensed; any other answer, even a business error, means the
/// object ran, so it is licensed.
class LicenceProbe
{
public:
    /// One harmless call per business object the bridge uses.
    static QList<SysproCall> probeCalls();
};

} // namespace bridge::syspro
