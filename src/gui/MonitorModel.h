// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Monitor.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace bridge::store {
class Database;
}

namespace bridge::gui {

/// The monitor's rows: a window of a few hundred rows around what the view shows, read from
/// the store on a reader thread of its own, never the whole table. rowCount() is the filter's
/// count; a row outside the window shows "…" until its page arrives (data() never waits).
/// refresh() re-reads the count and the window in place: rows that arrived above the window
/// are inserted above it and persistent indexes (selection, current row) follow their event, so
/// the view keeps its place while new payments arrive.
class MonitorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        VendorTxCodeColumn,
        TransactionIdColumn,
        CustomerColumn,
        AmountColumn,
        TypeColumn,
        StatusColumn,
        DocumentsColumn,
        AttemptsColumn,
        RiskColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, FlowRole };

    explicit MonitorModel(std::shared_ptr<store::Database> database, QObject* parent = nullptr);
    ~MonitorModel() override;

    /// A new filter or order: the rows are read again from the top (a model reset when they
    /// arrive). A filter the store refuses is reported through `loadFailed`, and the rows shown
    /// stay as they were.
    void setQuery(const store::MonitorFilter& filter, store::MonitorSort sort, bool descending);
    [[nodiscard]] const store::MonitorFilter& filter() const { return m_filter; }
    [[nodiscard]] store::MonitorSort sortOrder() const { return m_sort; }
    [[nodiscard]] bool isDescending() const { return m_descending; }
    /// Re-reads the count and the rows around `anchorRow` (the view's top row), keeping them
    /// in place. Calls while a read is under way are coalesced into one more read after it.
    void refresh(int anchorRow = -1);
    /// Whether a read is under way.
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /// The row of an event, if it is within the rows read.
    [[nodiscard]] int rowOf(qint64 inboxId) const;
    [[nodiscard]] const store::MonitorRow* rowAt(int row) const;

    /// Runs `work` on the reader thread (with its own database connection), then `done` on the
    /// GUI thread with its result. The page's writes (retry, replay, audit rows) go this way too,
    /// so that the GUI thread never waits for the database.
    template <typename T>
    void run(std::function<T(const std::shared_ptr<store::Database>&)> work, std::function<void(T)> done);
    [[nodiscard]] const std::shared_ptr<store::Database>& database() const { return m_database; }

    /// "Completed", "Dead letter", … (translated).
    [[nodiscard]] static QString flowLabel(store::Flow flow);
    /// The flow's icon (status is never told by colour alone).
    [[nodiscard]] static QIcon flowIcon(store::Flow flow);
    /// "Payment", "Refund" (translated).
    [[nodiscard]] static QString kindLabel(const QString& kind);
    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] static store::MonitorSort sortFor(int column);
    [[nodiscard]] static int columnFor(store::MonitorSort sort);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    /// A read finished (rows or count changed, or not).
    void loaded();
    void loadFailed(const bridge::Error& error);

private:
    struct Reply {
        quint64 generation = 0;
        bool reset = false;
        qint64 total = 0;
        qint64 start = 0;
        qint64 shift = 0; ///< rows that arrived (or left) before the anchor
        QList<store::MonitorRow> rows;
        std::optional<Error> error;
    };
    void request(bool reset, qint64 wantedStart, qint64 anchorId, qint64 anchorRow);
    void apply(const Reply& reply);
    /// Asks for the rows around `row` (coalesced: the last wish before the event loop runs).
    void want(int row) const;
    void post(std::function<void()> work);

    std::shared_ptr<store::Database> m_database;
    QThread m_thread;
    QObject* m_reader = nullptr; ///< lives on m_thread; runs the reads
    store::MonitorFilter m_filter;
    store::MonitorSort m_sort = store::MonitorSort::Time;
    bool m_descending = true;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_refreshAgain = false;
    int m_refreshAnchor = -1;
    qint64 m_total = 0;
    qint64 m_windowStart = 0;
    QList<store::MonitorRow> m_rows;
    mutable int m_wantedRow = -1;
    mutable QTimer m_wantTimer;
};

template <typename T>
void MonitorModel::run(std::function<T(const std::shared_ptr<store::Database>&)> work, std::function<void(T)> done)
{
    // The model outlives every read: its destructor waits for the reader thread to finish.
    post([self = this, database = m_database, work = std::move(work), done = std::move(done)] {
        T result = work(database);
        QMetaObject::invokeMethod(
            self, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace bridge::gui
