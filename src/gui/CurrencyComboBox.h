// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

class QComboBox;

namespace bridge::gui {

/// Adds every ISO 4217 currency the bridge knows to `box`: GBP, EUR and USD first, a separator,
/// then the rest in code order. Each item's data is its code.
void addCurrencies(QComboBox* box);

} // namespace bridge::gui
