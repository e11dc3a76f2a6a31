// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace bridge::store {
class Database;
}

namespace bridge::gui {

/// A page's database thread: reads and writes run there, one after the other, on the thread's
/// own connection, and their results come back to the GUI thread (MonitorModel's reader, for
/// pages without a model of their own). The destructor lets the work under way finish, closes
/// the connection and ends the thread; results that arrive after it are dropped.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    DatabaseWorker(std::shared_ptr<store::Database> database, const QString& threadName, QObject* parent = nullptr);
    ~DatabaseWorker() override;

    /// Runs `work` on the thread, then `done` on this object's (GUI) thread with its result.
    template <typename T>
    void run(std::function<T(const std::shared_ptr<store::Database>&)> work, std::function<void(T)> done);
    /// How many pieces of work are queued or under way (tests wait for 0).
    [[nodiscard]] int pending() const { return m_pending; }

private:
    void post(std::function<void()> work);

    std::shared_ptr<store::Database> m_database;
    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread
    int m_pending = 0;
};

template <typename T>
void DatabaseWorker::run(std::function<T(const std::shared_ptr<store::Database>&)> work, std::function<void(T)> done)
{
    ++m_pending;
    // This object outlives every piece of work: its destructor waits for the thread.
    post([self = this, database = m_database, work = std::move(work), done = std::move(done)] {
        T result = work(database);
        QMetaObject::invokeMethod(
            self,
            [self, done, result = std::move(result)] {
                --self->m_pending;
                done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace bridge::gui
