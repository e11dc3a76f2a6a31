// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "logging/LogRingBuffer.h"

#include <QString>

#include <spdlog/logger.h>

#include <memory>
#include <optional>

namespace bridge::log {

struct LogConfig {
    QString directory;         ///< where bridge.log and its rotations go; empty: no file
    Level level = Level::Info; ///< lowest level recorded
    std::size_t fileMaxBytes = 5u << 20;
    std::size_t fileCount = 5;
    std::size_t ringCapacity = 10'000;
    bool console = false; ///< also write to stderr (command line, tests)
};

/// Sets up the shared sinks (rotating file, ring buffer, optional stderr) and installs the Qt
/// message handler so that qDebug()/qWarning() and Qt's own warnings land in the same log.
/// Call once at start; calling again replaces the configuration.
void initialize(const LogConfig& config);
/// Flushes and drops the sinks, restores Qt's default message handler.
void shutdown();

/// The named logger of a component ("store", "credentials", "gui", …), created on first use with
/// the shared sinks. Never pass a secret or a card number to a logger.
std::shared_ptr<spdlog::logger> get(const char* component);

/// The ring buffer behind the Event log page.
LogRingBuffer& ringBuffer();

[[nodiscard]] std::optional<Level> levelFromName(const QString& name);
/// The path of the current log file, or empty when file logging is off.
[[nodiscard]] QString logFilePath();

} // namespace bridge::log
