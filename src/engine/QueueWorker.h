// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace bridge::engine {

struct EngineContext;

/// What the engine's queue workers (pipeline, poster, status sync) have in common: they live on
/// a thread of their own, look for work when a single-shot timer fires or when whoever committed
/// work for them wakes them, and stop in order: no new claims, then `stopped` once nothing is
/// in flight and their leases are given back.
class QueueWorker : public QObject
{
    Q_OBJECT

public:
    QueueWorker(std::shared_ptr<EngineContext> context, QString owner, QObject* parent = nullptr);

    /// Stops claiming; `stopped` once nothing is in flight and the leases are given back.
    /// Subclasses call it again when their last piece of work in flight ends.
    void stop();
    /// Work was committed for this worker: look now rather than at the next poll.
    void wake();

Q_SIGNALS:
    void stopped();
    /// This worker committed work that the next stage may take (commands, status updates).
    void committed();

protected:
    /// Looks for work (claims it) and starts it; called by the timer and by wake().
    virtual void poll() = 0;
    /// Gives back every lease this worker holds (orderly shutdown).
    virtual void releaseLeases() = 0;
    /// Clears the stop flag and looks for work at once: the end of a subclass's start().
    void begin();
    /// Looks for work again in `ms` milliseconds (0: as soon as the event loop is free).
    void pollIn(int ms) { m_timer.start(ms); }

    const std::shared_ptr<EngineContext> m_context;
    const QString m_owner;
    int m_inFlight = 0;
    bool m_stopping = false;

private:
    QTimer m_timer;
};

} // namespace bridge::engine
