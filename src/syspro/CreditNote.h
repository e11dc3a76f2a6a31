// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/FieldLimits.h"
#include "syspro/FixedDecimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bridge::syspro {

struct CreditNoteLine {
    QString stockCode; ///< empty for a non-stocked line
    QString description;
    QString warehouse;     ///< "**" is sent for non-stocked lines
    FixedDecimal orderQty; ///< 12.6, positive: SYSPRO credits it
    QString orderUom;
    FixedDecimal price; ///< 10.5
    QString priceUom;
    QString creditReason;
    QString nsProductClass; ///< non-stocked lines
};

/// A stock-related credit note: SORTCH creates the header, SORTCL adds the lines.
struct CreditNote {
    QString customer;
    QString customerPoNumber; ///< the refund reference: the key for finding it again
    QDate creditNoteDate;
    QString invoiceNumber;    ///< the invoice it relates to, if any
    QString creditNoteNumber; ///< leave empty for SYSPRO to allocate
    QList<CreditNoteLine> lines;
};

/// SORTCH (credit note header not from an invoice) and SORTCL (lines on that credit note).
class CreditNotePost
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::CreditNotePost)

public:
    static constexpr const char* headerBusinessObject = "SORTCH";
    static constexpr const char* lineBusinessObject = "SORTCL";

    [[nodiscard]] static Result<QString> buildHeaderParameters(const QDate& documentDate, bool validateOnly);
    [[nodiscard]] static Result<QString> buildHeaderXmlIn(const CreditNote& note, const FieldLimits& limits);
    /// The credit note number SYSPRO allocated.
    [[nodiscard]] static Result<QString> parseHeader(const QString& xmlOut, const CreditNote& note,
                                                     const QString& company);

    [[nodiscard]] static Result<QString> buildLineParameters(const QDate& documentDate, bool validateOnly);
    [[nodiscard]] static Result<QString> buildLineXmlIn(const QString& creditNoteNumber, const CreditNote& note,
                                                        const FieldLimits& limits);
    [[nodiscard]] static Result<void> parseLines(const QString& xmlOut, const QString& creditNoteNumber,
                                                 const QString& company);
};

} // namespace bridge::syspro
