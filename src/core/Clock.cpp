// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Clock.h"

namespace bridge {

namespace {
class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMsecs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace bridge
