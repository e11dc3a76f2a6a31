// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "gui/DatabaseWorker.h"
#include "store/ReconcileReads.h"
#include "store/Resolutions.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>

namespace bridge::store {
class Database;
}

namespace bridge::gui {

/// The Reconciliation page's grid: one run's settlement lines and ledger entries, a window of a
/// few hundred rows around what the view shows, read on a reader thread of its own (like
/// MonitorModel). rowCount() is the filter's count; a row outside the window shows "…" until its
/// page arrives, so data() never waits. Each row carries the newest resolution of its item
/// (Resolutions::latestFor), read with its page.
class ReconcileResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        StatusColumn,
        SideColumn,
        BatchColumn,
        TypeColumn,
        TransactionColumn,
        VendorTxCodeColumn,
        AmountColumn,
        DifferenceColumn,
        RuleColumn,
        CounterpartColumn,
        SuggestionColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, ClassRole };

    explicit ReconcileResultsModel(std::shared_ptr<store::Database> database, QObject* parent = nullptr);
    ~ReconcileResultsModel() override;

    /// A new filter or order: read again from the top (a model reset when the rows arrive). A
    /// filter the store refuses is reported through `loadFailed`; the rows shown stay.
    void setQuery(const store::ReconcileFilter& filter, store::ReconcileSort sort, bool descending);
    /// Reads the count and the window again in place (after a proposal or a decision).
    void refresh();
    [[nodiscard]] const store::ReconcileFilter& filter() const { return m_filter; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const store::ReconcileResultRow* rowAt(int row) const;
    [[nodiscard]] const store::ResolutionRecord* resolutionAt(int row) const;
    [[nodiscard]] int rowOf(qint64 resultId) const;

    /// Runs `work` on the reader thread, then `done` on the GUI thread (the page's reads and
    /// writes go this way, so that the GUI thread never waits for the database).
    template <typename T>
    void run(std::function<T(const std::shared_ptr<store::Database>&)> work, std::function<void(T)> done);
    [[nodiscard]] DatabaseWorker& worker() const { return *m_worker; }

    /// The resolutions of `rows` by result id: each distinct reconcile_results.resolution_id read
    /// once (Resolutions::find), so a page costs what its resolved rows cost.
    static Result<QHash<qint64, store::ResolutionRecord>>
    resolutionsOf(const std::shared_ptr<store::Database>& database, const QList<store::ReconcileResultRow>& rows);
    /// "Matched", "Missing in SYSPRO", … (translated).
    [[nodiscard]] static QString className(const QString& classId);
    /// The state's icon: the class is never told by colour alone (icon + word + colour).
    [[nodiscard]] static QIcon classIcon(const QString& classId, bool decided);
    [[nodiscard]] static QColor classColour(const QString& classId, bool decided);
    /// "Open", "Proposed by …", "Approved by …", "Posted …" (translated).
    [[nodiscard]] static QString statusText(const store::ReconcileResultRow& row,
                                            const store::ResolutionRecord* resolution);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const bridge::Error& error);

private:
    struct Reply {
        quint64 generation = 0;
        bool reset = false;
        qint64 total = 0;
        qint64 start = 0;
        QList<store::ReconcileResultRow> rows;
        QHash<qint64, store::ResolutionRecord> resolutions;
        std::optional<Error> error;
    };
    void request(bool reset, qint64 wantedStart);
    void apply(const Reply& reply);
    void want(int row) const;

    std::shared_ptr<store::Database> m_database;
    store::ReconcileFilter m_filter;
    store::ReconcileSort m_sort = store::ReconcileSort::Class;
    bool m_descending = false;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_refreshAgain = false;
    qint64 m_total = 0;
    qint64 m_windowStart = 0;
    QList<store::ReconcileResultRow> m_rows;
    QHash<qint64, store::ResolutionRecord> m_resolutions; ///< by result id
    mutable int m_wantedRow = -1;
    mutable QTimer m_wantTimer;
    std::unique_ptr<DatabaseWorker> m_worker; ///< last: destroyed first, waits for its work
};

template <typename T>
void ReconcileResultsModel::run(std::function<T(const std::shared_ptr<store::Database>&)> work,
                                std::function<void(T)> done)
{
    m_worker->run<T>(std::move(work), std::move(done));
}

} // namespace bridge::gui
