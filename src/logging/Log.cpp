// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "logging/Log.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QtGlobal>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <mutex>
#include <vector>

namespace bridge::log {

namespace {

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Trace:
        return spdlog::level::trace;
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warning:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    case Level::Critical:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

Level fromSpd(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace:
        return Level::Trace;
    case spdlog::level::debug:
        return Level::Debug;
    case spdlog::level::info:
        return Level::Info;
    case spdlog::level::warn:
        return Level::Warning;
    case spdlog::level::err:
        return Level::Error;
    case spdlog::level::critical:
    case spdlog::level::off:
    case spdlog::level::n_levels:
        return Level::Critical;
    }
    return Level::Info;
}

/// Feeds structured entries into the ring buffer (the formatted text goes to the file sink).
class RingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit RingSink(LogRingBuffer& ring) : m_ring(ring) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
        m_ring.append(static_cast<qint64>(ms), fromSpd(msg.level),
                      QString::fromUtf8(msg.logger_name.data(), static_cast<qsizetype>(msg.logger_name.size())),
                      QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size())));
    }
    void flush_() override {}

private:
    LogRingBuffer& m_ring;
};

struct State {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    Level level = Level::Info;
    LogRingBuffer ring; // lives as long as the process: the Event log page keeps a reference
    QString filePath;
    bool handlerInstalled = false;
};

State& state()
{
    static State s;
    return s;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Level level = Level::Info;
    switch (type) {
    case QtDebugMsg:
        level = Level::Debug;
        break;
    case QtInfoMsg:
        level = Level::Info;
        break;
    case QtWarningMsg:
        level = Level::Warning;
        break;
    case QtCriticalMsg:
        level = Level::Error;
        break;
    case QtFatalMsg:
        level = Level::Critical;
        break;
    }
    // Qt categories become components: "qt.network.ssl" stays recognisable in the Event log.
    const char* category =
        (context.category != nullptr && qstrcmp(context.category, "default") != 0) ? context.category : "qt";
    get(category)->log(toSpd(level), "{}", message.toStdString());
    if (type == QtFatalMsg) {
        spdlog::shutdown();
    }
}

} // namespace

void initialize(const LogConfig& config)
{
    State& s = state();
    {
        std::lock_guard lock(s.mutex);
        s.sinks.clear();
        s.level = config.level;
        s.ring.setCapacity(config.ringCapacity);
        s.sinks.push_back(std::make_shared<RingSink>(s.ring));
        s.filePath.clear();
        if (!config.directory.isEmpty()) {
            QDir().mkpath(config.directory);
            s.filePath = QDir(config.directory).filePath(QStringLiteral("bridge.log"));
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(s.filePath.toStdString(),
                                                                               config.fileMaxBytes, config.fileCount);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [%n] [thread %t] %v");
            s.sinks.push_back(std::move(file));
        }
        if (config.console) {
            auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
            err->set_pattern("%H:%M:%S.%e [%l] [%n] %v");
            s.sinks.push_back(std::move(err));
        }
    }
    // Loggers created before initialize() get the new sinks too.
    spdlog::drop_all();
    spdlog::flush_every(std::chrono::seconds(2));
    if (!s.handlerInstalled) {
        qInstallMessageHandler(qtMessageHandler);
        s.handlerInstalled = true;
    }
}

void shutdown()
{
    State& s = state();
    if (s.handlerInstalled) {
        qInstallMessageHandler(nullptr);
        s.handlerInstalled = false;
    }
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
    spdlog::drop_all();
    std::lock_guard lock(s.mutex);
    s.sinks.clear();
}

std::shared_ptr<spdlog::logger> get(const char* component)
{
    if (auto existing = spdlog::get(component)) {
        return existing;
    }
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(component)) {
        return existing;
    }
    auto logger = std::make_shared<spdlog::logger>(component, s.sinks.begin(), s.sinks.end());
    logger->set_level(toSpd(s.level));
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

LogRingBuffer& ringBuffer()
{
    return state().ring;
}

std::optional<Level> levelFromName(const QString& name)
{
    for (Level l : {Level::Trace, Level::Debug, Level::Info, Level::Warning, Level::Error, Level::Critical}) {
        if (levelName(l).compare(name, Qt::CaseInsensitive) == 0) {
            return l;
        }
    }
    return std::nullopt;
}

QString logFilePath()
{
    std::lock_guard lock(state().mutex);
    return state().filePath;
}

} // namespace bridge::log
