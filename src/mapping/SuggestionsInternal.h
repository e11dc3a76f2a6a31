// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// What the suggestion engine's source files share, not part of its interface.
#pragma once

#include <QtGlobal>

namespace bridge::mapping::suggestions {

/// A confidence scaled by a factor per mille, in integers.
inline int scaled(int value, int perMille)
{
    return int((qint64(value) * perMille) / 1000);
}

} // namespace bridge::mapping::suggestions
