// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bridge::sandbox::syspro {

// All values in this company are integers: money in cents (scale 2), quantities at scale 6,
// prices at scale 5. The company's currency is GBP.

struct SbCustomer {
    QString customer;
    QString name;
    QString currency = QStringLiteral("GBP");
    bool onHold = false;
    qint64 balance = 0;     ///< cents
    qint64 creditLimit = 0; ///< cents
    QString email;
};

struct SbWarehouseQty {
    qint64 onHand = 0;    ///< scale 6
    qint64 allocated = 0; ///< scale 6
};

struct SbStockItem {
    QString stockCode;
    QString description;
    QString uom = QStringLiteral("EA");
    QString productClass = QStringLiteral("GEN");
    qint64 sellingPrice = 0; ///< scale 5
    bool onHold = false;
    QMap<QString, SbWarehouseQty> warehouses;
};

struct SbLedger {
    QString glCode;
    QString description;
    bool onHold = false;
    qint64 balance = 0; ///< cents, debit positive
};

struct SbInvoice {
    QString invoice;
    QString customer;
    QString documentType = QStringLiteral("I"); ///< I, C, D
    qint64 value = 0;                           ///< cents, credit notes negative
    qint64 balance = 0;                         ///< cents outstanding
    QString reference;
    QDate date;
};

struct SbOrderLine {
    int line = 0;
    QString type; ///< Merchandise, Freight, Misc, Comment
    QString stockCode;
    QString description;
    QString warehouse;
    qint64 orderQty = 0;     ///< scale 6
    qint64 shipQty = 0;      ///< scale 6
    qint64 backOrderQty = 0; ///< scale 6
    qint64 price = 0;        ///< scale 5
    qint64 value = 0;        ///< cents
    QString uom;
};

struct SbSalesOrder {
    QString salesOrder;                         ///< six digits, zero padded
    QString documentType = QStringLiteral("O"); ///< O order, C credit note
    QString customer;
    QString customerPoNumber;
    QString orderStatus = QStringLiteral("1");
    QDate orderDate;
    QList<SbOrderLine> lines;
};

struct SbPeriod {
    int year = 0;
    int period = 0;
    bool open = true;
};

struct SbJournalEntry {
    QString glCode;
    qint64 amount = 0; ///< cents, debit positive
    QString reference;
};

struct SbJournal {
    int year = 0;
    int period = 0;
    int journal = 0;
    QString reference;
    QDate date;
    QList<SbJournalEntry> entries;
};

struct SbPayment {
    int year = 0;
    int month = 0;
    int journal = 0;
    QString customer;
    QString reference;
    qint64 value = 0; ///< cents
    QDate date;
};

/// The seedable SYSPRO company behind the sandbox: customers (some on hold), stock codes with
/// warehouse quantities, GL codes, open and closed periods, invoices and sales orders, plus
/// everything the business objects post.
class SbCompany
{
public:
    /// The fixed seed data plus `extraCustomers` generated customers from `seed`.
    static SbCompany seeded(quint64 seed, int extraCustomers = 20);

    QString companyId = QStringLiteral("1");
    QString companyName = QStringLiteral("Sandbox Trading Ltd");
    QDate companyDate{2026, 1, 15};
    int currentYear = 2026;
    int currentPeriod = 1;
    QString defaultWarehouse = QStringLiteral("FG");
    bool duplicatePoCheck = true; ///< SYSPRO's own "check for duplicate PO numbers" setting

    QMap<QString, SbCustomer> customers;
    QMap<QString, SbStockItem> stock;
    QMap<QString, SbLedger> ledgers;
    QList<SbPeriod> periods;
    QMap<QString, SbInvoice> invoices;
    QMap<QString, SbSalesOrder> salesOrders;
    QHash<QString, QString> orderByCustomerPo; ///< "customer|po" -> sales order (orders, not credit notes)
    QList<SbJournal> journals;
    QList<SbPayment> payments;

    qint64 nextSalesOrder = 101;
    qint64 nextInvoice = 100500;
    qint64 nextCreditNoteSuffix = 1; ///< for _CRD unapplied payments
    int nextArJournal = 1;

    [[nodiscard]] std::optional<bool> periodOpen(int year, int period) const;
    /// Relative AR period: C current, P previous, B before previous.
    [[nodiscard]] std::pair<int, int> relativePeriod(QChar code) const;
    QString allocateSalesOrder();
    /// Adds an order to SorMaster and its customer PO index.
    void addSalesOrder(const SbSalesOrder& order);
    int allocateGlJournal(int year, int period);
};

} // namespace bridge::sandbox::syspro
