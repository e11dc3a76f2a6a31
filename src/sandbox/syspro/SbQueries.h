// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/syspro/SbCompany.h"
#include "sandbox/syspro/SbXmlNode.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace bridge::sandbox::syspro {

/// The sandbox's query business objects: COMFND (tables ArCustomer, InvMaster, InvWarehouse,
/// SorMaster, SorDetail, GenMaster, ArInvoice, GenJournalDetail, ArCshJnlDet), INVQRY, SORQRY and ARSQRY.
/// Unknown keys answer with an "ERROR: ... not found" text, as exceptions surface over REST.
class SbQueries
{
public:
    using Row = QList<QPair<QString, QString>>;

    SbQueries(const SbCompany& company, QString version) : m_company(company), m_version(std::move(version)) {}

    QByteArray comfnd(const SbXmlNode& xmlIn) const;
    QByteArray invqry(const SbXmlNode& xmlIn) const;
    QByteArray sorqry(const SbXmlNode& xmlIn) const;
    QByteArray arsqry(const SbXmlNode& xmlIn) const;

    /// Only the rows whose `column` (trimmed, case-folded) is one of `wanted`.
    struct KeyFilter {
        QString column;
        QSet<QString> wanted;
    };
    /// The rows of a table as COMFND sees it (all, or those `filter` keeps) and, into `header`,
    /// its column names; false when the table is unknown. Either output may be null.
    bool tableRows(const QString& table, QList<Row>* rows, const KeyFilter* filter = nullptr,
                   Row* header = nullptr) const;

private:
    const SbCompany& m_company;
    QString m_version;
};

} // namespace bridge::sandbox::syspro
