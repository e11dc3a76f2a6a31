// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/FieldLimits.h"

namespace bridge::syspro {

QHash<QString, int> FieldLimits::defaults()
{
    // syspro-enet.md §2.3, §2.7 and pitfall 12.
    return {
        {QStringLiteral("CustomerPoNumber"), 30},
        {QStringLiteral("NewCustomerPoNumber"), 30},
        {QStringLiteral("Customer"), 15},
        {QStringLiteral("CustomerName"), 50},
        {QStringLiteral("ShippingInstrs"), 50},
        {QStringLiteral("SpecialInstrs"), 50},
        {QStringLiteral("ShipAddress1"), 40},
        {QStringLiteral("ShipAddress2"), 40},
        {QStringLiteral("ShipAddress3"), 40},
        {QStringLiteral("ShipAddress4"), 40},
        {QStringLiteral("ShipAddress5"), 40},
        {QStringLiteral("ShipPostalCode"), 15},
        {QStringLiteral("Email"), 255},
        {QStringLiteral("SalesOrder"), 20},
        {QStringLiteral("StockCode"), 30},
        {QStringLiteral("StockDescription"), 50},
        {QStringLiteral("Warehouse"), 10},
        {QStringLiteral("OrderUom"), 10},
        {QStringLiteral("PriceUom"), 10},
        {QStringLiteral("Comment"), 100},
        {QStringLiteral("MiscDescription"), 100},
        {QStringLiteral("TransmissionReference"), 14},
        {QStringLiteral("Name"), 30},
        {QStringLiteral("ShortName"), 20},
        {QStringLiteral("Reference"), 30},
        {QStringLiteral("JournalNotation"), 100},
        {QStringLiteral("PaymentNarration"), 100},
        {QStringLiteral("Invoice"), 20},
        {QStringLiteral("LedgerCode"), 35},
        {QStringLiteral("JournalReference"), 30},
        {QStringLiteral("Notation"), 100},
        {QStringLiteral("CreditNoteNumber"), 20},
        {QStringLiteral("InvoiceNumber"), 20},
        {QStringLiteral("Description"), 50},
        {QStringLiteral("Bank"), 15},
        {QStringLiteral("Currency"), 3},
        {QStringLiteral("Telephone"), 20},
        {QStringLiteral("Contact"), 40},
        {QStringLiteral("SoldToAddr1"), 40},
        {QStringLiteral("SoldToAddr2"), 40},
        {QStringLiteral("SoldToAddr3"), 40},
        {QStringLiteral("SoldPostalCode"), 15},
        {QStringLiteral("ProductClass"), 20},
        {QStringLiteral("CreditReason"), 10},
    };
}

int FieldLimits::limit(const QString& field) const
{
    return maxLength.value(field, 0);
}

bool FieldLimits::mayTruncate(const QString& field) const
{
    return truncate.value(field, false) || truncate.value(QStringLiteral("*"), false);
}

} // namespace bridge::syspro
