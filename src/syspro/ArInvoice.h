// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "syspro/FieldLimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace bridge::syspro {

/// An AR document posted straight to Accounts Receivable (no stock): used for pure refunds.
struct ArDocument {
    QString transactionType = QStringLiteral("C"); ///< I invoice, D debit note, C credit note
    QString customer;
    QString invoice; ///< empty: SYSPRO generates the number
    QDate invoiceDate;
    QString reference;                   ///< the refund reference: the key for finding it again
    Money value{0, Currency::of("GBP")}; ///< always positive; SYSPRO negates credit notes itself
    Money taxValue{0, Currency::of("GBP")};
    QString productClass;
    QString postingPeriod = QStringLiteral("C");
};

/// ARSTIN (post AR invoices, debit and credit notes).
class ArInvoicePost
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::ArInvoicePost)

public:
    static constexpr const char* businessObject = "ARSTIN";
    [[nodiscard]] static Result<QString> buildParameters(const ArDocument& document, bool validateOnly);
    [[nodiscard]] static Result<QString> buildXmlIn(const ArDocument& document, const FieldLimits& limits);
    /// The document number SYSPRO used.
    [[nodiscard]] static Result<QString> parse(const QString& xmlOut, const ArDocument& document,
                                               const QString& company);
};

} // namespace bridge::syspro
