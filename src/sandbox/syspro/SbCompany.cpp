// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SbCompany.h"

#include "sandbox/syspro/SbXmlOut.h"

#include <random>

namespace bridge::sandbox::syspro {

namespace {
constexpr qint64 kQty = 1'000'000; // scale 6
constexpr qint64 kPrice = 100'000; // scale 5

SbStockItem item(const QString& code, const QString& description, qint64 pricePence, qint64 fg, qint64 rm)
{
    SbStockItem s;
    s.stockCode = code;
    s.description = description;
    s.sellingPrice = pricePence * (kPrice / 100);
    s.warehouses.insert(QStringLiteral("FG"), {fg * kQty, 0});
    s.warehouses.insert(QStringLiteral("RM"), {rm * kQty, 0});
    return s;
}
} // namespace

SbCompany SbCompany::seeded(quint64 seed, int extraCustomers)
{
    SbCompany c;
    const auto addCustomer = [&c](const QString& code, const QString& name, bool onHold, qint64 balance) {
        SbCustomer cu;
        cu.customer = code;
        cu.name = name;
        cu.onHold = onHold;
        cu.balance = balance;
        cu.creditLimit = 500'000;
        c.customers.insert(code, cu);
    };
    addCustomer(QStringLiteral("WEB001"), QStringLiteral("Web Shop Customers"), false, 2545);
    addCustomer(QStringLiteral("C00010"), QStringLiteral("Caf\u00e9 \u00c9lan Ltd"), false, 12000);
    addCustomer(QStringLiteral("HOLD01"), QStringLiteral("Overdue Trading"), true, 99000);

    std::mt19937_64 random(seed);
    static const char* const first[] = {"North", "South", "Bright", "Green", "Royal", "Oak", "River", "Stone"};
    static const char* const second[] = {"Stores", "Supplies", "Trading", "Foods", "Crafts", "Garden", "Tools"};
    for (int i = 0; i < extraCustomers; ++i) {
        const QString name = QString::fromLatin1(first[random() % 8]) + QLatin1Char(' ') +
                             QString::fromLatin1(second[random() % 7]) + QStringLiteral(" %1").arg(i + 1);
        addCustomer(QStringLiteral("C%1").arg(100 + i, 5, 10, QLatin1Char('0')), name, random() % 10 == 0, 0);
    }

    for (const SbStockItem& s :
         {item(QStringLiteral("A100"), QStringLiteral("Widget, \u00a35 pack"), 500, 100000, 10),
          item(QStringLiteral("B200"), QStringLiteral("Gadget"), 1250, 5, 0),
          item(QStringLiteral("C300"), QStringLiteral("Cr\u00e8me br\u00fbl\u00e9e set"), 2999, 50, 0),
          item(QStringLiteral("D400"), QStringLiteral("Out of stock item"), 999, 0, 0)}) {
        c.stock.insert(s.stockCode, s);
    }

    const auto ledger = [&c](const QString& code, const QString& description, bool onHold) {
        c.ledgers.insert(code, SbLedger{code, description, onHold, 0});
    };
    ledger(QStringLiteral("1000"), QStringLiteral("Bank current account"), false);
    ledger(QStringLiteral("1100"), QStringLiteral("Accounts receivable control"), false);
    ledger(QStringLiteral("1200"), QStringLiteral("Card clearing (Opayo)"), false);
    ledger(QStringLiteral("4000"), QStringLiteral("Sales"), false);
    ledger(QStringLiteral("7900"), QStringLiteral("Card processing fees"), false);
    ledger(QStringLiteral("9999"), QStringLiteral("Suspended account"), true);

    c.periods = {{2025, 11, false}, {2025, 12, true}, {2026, 1, true}, {2026, 2, true}};

    const auto invoice = [&c](const QString& number, const QString& customer, qint64 value) {
        SbInvoice inv;
        inv.invoice = number;
        inv.customer = customer;
        inv.value = value;
        inv.balance = value;
        inv.date = QDate(2026, 1, 5);
        c.invoices.insert(number, inv);
    };
    invoice(QStringLiteral("100466"), QStringLiteral("WEB001"), 2545);
    invoice(QStringLiteral("100467"), QStringLiteral("C00010"), 12000);
    invoice(QStringLiteral("100468"), QStringLiteral("HOLD01"), 99000);

    SbSalesOrder order;
    order.salesOrder = c.allocateSalesOrder();
    order.customer = QStringLiteral("WEB001");
    order.customerPoNumber = QStringLiteral("SEED-PO-1");
    order.orderDate = QDate(2026, 1, 10);
    SbOrderLine line;
    line.line = 1;
    line.type = QStringLiteral("Merchandise");
    line.stockCode = QStringLiteral("A100");
    line.description = c.stock.value(line.stockCode).description;
    line.warehouse = QStringLiteral("FG");
    line.orderQty = 2 * kQty;
    line.shipQty = line.orderQty;
    line.price = 500 * (kPrice / 100);
    line.value = 1000;
    line.uom = QStringLiteral("EA");
    order.lines.append(line);
    c.stock[line.stockCode].warehouses[line.warehouse].allocated += line.orderQty;
    c.addSalesOrder(order);
    return c;
}

std::optional<bool> SbCompany::periodOpen(int year, int period) const
{
    for (const SbPeriod& p : periods) {
        if (p.year == year && p.period == period) {
            return p.open;
        }
    }
    return std::nullopt;
}

std::pair<int, int> SbCompany::relativePeriod(QChar code) const
{
    int back = code == QLatin1Char('P') ? 1 : code == QLatin1Char('B') ? 2 : 0;
    int year = currentYear;
    int period = currentPeriod;
    while (back-- > 0) {
        if (--period == 0) {
            period = 12;
            --year;
        }
    }
    return {year, period};
}

void SbCompany::addSalesOrder(const SbSalesOrder& order)
{
    salesOrders.insert(order.salesOrder, order);
    if (order.documentType == QLatin1String("O")) {
        orderByCustomerPo.insert(order.customer + QLatin1Char('|') + order.customerPoNumber, order.salesOrder);
    }
}

QString SbCompany::allocateSalesOrder()
{
    return SbXmlOut::zeroPadded(nextSalesOrder++, 6);
}

int SbCompany::allocateGlJournal(int year, int period)
{
    int last = 0;
    for (const SbJournal& j : journals) {
        if (j.year == year && j.period == period) {
            last = qMax(last, j.journal);
        }
    }
    return last + 1;
}

} // namespace bridge::sandbox::syspro
