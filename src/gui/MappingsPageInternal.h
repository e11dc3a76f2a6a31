// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

// What the MappingsPage*.cpp files share; not for other code.
#include <QString>

namespace bridge::gui::mappingspage {

/// A business object's title for people ("Sales order" for SORTOI), translated.
QString objectTitle(const QString& object);

} // namespace bridge::gui::mappingspage
