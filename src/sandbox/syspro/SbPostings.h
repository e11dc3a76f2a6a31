// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/syspro/SbCompany.h"
#include "sandbox/syspro/SbXmlNode.h"

#include <QByteArray>
#include <QString>

namespace bridge::sandbox::syspro {

/// The sandbox's posting and setup business objects: ARSTPY (payments against invoices or
/// unapplied), GENTJL (balanced journals into open periods only), ARSTIN (AR invoices, debit and
/// credit notes), SORTCH + SORTCL (credit notes), ARSSCS (customer add/update). With
/// ApplyIfEntireDocumentValid=Y (the default) nothing is posted unless every item is valid;
/// ValidateOnly=Y never posts.
class SbPostings
{
public:
    SbPostings(SbCompany& company, QString version) : m_company(company), m_version(std::move(version)) {}

    QByteArray arstpy(const SbXmlNode& parameters, const SbXmlNode& xmlIn);
    QByteArray gentjl(const SbXmlNode& parameters, const SbXmlNode& xmlIn);
    QByteArray arstin(const SbXmlNode& parameters, const SbXmlNode& xmlIn);
    QByteArray sortch(const SbXmlNode& parameters, const SbXmlNode& xmlIn);
    QByteArray sortcl(const SbXmlNode& parameters, const SbXmlNode& xmlIn);
    QByteArray arsscs(const SbXmlNode& parameters, const SbXmlNode& xmlIn, bool add);

private:
    SbCompany& m_company;
    QString m_version;
};

} // namespace bridge::sandbox::syspro
