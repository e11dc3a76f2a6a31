// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/DatabaseWorker.h"

#include "store/Database.h"

namespace bridge::gui {

DatabaseWorker::DatabaseWorker(std::shared_ptr<store::Database> database, const QString& threadName, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_worker(new QObject)
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // After every piece of work queued before it, then the thread ends.
    QMetaObject::invokeMethod(
        m_worker, [database = m_database] { database->closeThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void DatabaseWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

} // namespace bridge::gui
