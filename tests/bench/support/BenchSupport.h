// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QtGlobal>

#include <functional>

/// What several benchmarks measure the same way.
namespace bridge::bench {

/// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); -1 where there is none.
qint64 statusKb(const char* field);

/// Runs the event loop until `done` (milliseconds taken) or `timeoutMs` has passed (-1).
qint64 waitFor(const std::function<bool()>& done, qint64 timeoutMs);

} // namespace bridge::bench
