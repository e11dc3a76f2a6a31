// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"

#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// Where the engine's pollers have got to (e.g. the Reporting API's last complete minute), so
/// that a restart carries on instead of starting over or missing a gap.
class Watermarks
{
public:
    explicit Watermarks(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    Result<std::optional<QString>> get(const QString& name) const;
    Result<void> set(const QString& name, const QString& value);

private:
    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
