// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/syspro/SbCompany.h"
#include "sandbox/syspro/SbXmlNode.h"

#include <QByteArray>
#include <QString>

namespace bridge::sandbox::syspro {

/// The sandbox's SORTOI: validates and imports every `Orders` element on its own (one bad order
/// does not stop the others), with SYSPRO's answer shapes: `Order` block with number and
/// warnings, the clean import that returns only StatusOfItems (or the `Order` block when
/// `cleanImportReturnsOrder`), rejection with an empty SalesOrder and the order echoed with
/// ErrorDescription inside the failing section, and Process=VALIDATE with ValidationStatus.
class SbSalesOrderImport
{
public:
    SbSalesOrderImport(SbCompany& company, QString version, bool cleanImportReturnsOrder)
        : m_company(company)
        , m_version(std::move(version))
        , m_cleanImportReturnsOrder(cleanImportReturnsOrder)
    {}

    QByteArray post(const SbXmlNode& parameters, const SbXmlNode& xmlIn);

private:
    SbCompany& m_company;
    QString m_version;
    bool m_cleanImportReturnsOrder;
};

} // namespace bridge::sandbox::syspro
