// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/QueueWorker.h"

#include "engine/EngineContext.h"

namespace bridge::engine {

QueueWorker::QueueWorker(std::shared_ptr<EngineContext> context, QString owner, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_owner(std::move(owner))
{
    m_timer.setSingleShot(true);
    m_timer.setParent(this); // moves with this object to its thread
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

void QueueWorker::begin()
{
    m_stopping = false;
    poll();
}

void QueueWorker::stop()
{
    m_stopping = true;
    m_timer.stop();
    if (m_inFlight == 0) {
        releaseLeases();
        Q_EMIT stopped();
    }
}

void QueueWorker::wake()
{
    // poll() itself decides whether it may take more while work is in flight.
    if (!m_stopping) {
        m_timer.start(0);
    }
}

} // namespace bridge::engine
