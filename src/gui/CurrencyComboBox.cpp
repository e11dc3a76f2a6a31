// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/CurrencyComboBox.h"

#include "core/Currency.h"

#include <QComboBox>
#include <QStringList>

namespace bridge::gui {

void addCurrencies(QComboBox* box)
{
    QStringList codes;
    for (const Currency& c : Currency::all()) {
        codes.append(c.code());
    }
    codes.sort();
    for (const char* common : {"GBP", "EUR", "USD"}) {
        codes.removeAll(QLatin1String(common));
        box->addItem(QLatin1String(common), QLatin1String(common));
    }
    box->insertSeparator(box->count());
    for (const QString& code : std::as_const(codes)) {
        box->addItem(code, code);
    }
}

} // namespace bridge::gui
