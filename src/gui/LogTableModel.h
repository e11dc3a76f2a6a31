// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "logging/LogRingBuffer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <deque>

namespace bridge::gui {

/// The Event log's rows: the newest entries of the log ring buffer, polled every few hundred ms
/// and appended in one batch. Bounded: the oldest rows leave as new ones arrive.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, ComponentColumn, MessageColumn, ColumnCount };
    enum Roles { LevelRole = Qt::UserRole + 1, ComponentRole };

    explicit LogTableModel(log::LogRingBuffer& ring, QObject* parent = nullptr, int maxRows = 5000);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] QStringList components() const;
    /// "Info", "Warning" … as the Level column shows them (translated).
    [[nodiscard]] static QString levelLabel(log::Level level);
    [[nodiscard]] static QStringList levelLabels();
    /// Reads what arrived since the last poll (called by the timer; public for tests).
    void poll();
    /// Forgets the rows shown so far (the log itself is untouched).
    void clearView();
    void setPollIntervalMs(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void componentsChanged();

private:
    log::LogRingBuffer& m_ring;
    std::deque<log::LogEntry> m_rows;
    quint64 m_lastSequence = 0;
    int m_maxRows;
    QSet<QString> m_components;
    QTimer m_timer;
};

/// Filters the Event log by lowest level, component and text.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(log::Level level);
    void setComponent(const QString& component); ///< empty: all
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    log::Level m_minimum = log::Level::Trace;
    QString m_component;
    QString m_text;
};

} // namespace bridge::gui
