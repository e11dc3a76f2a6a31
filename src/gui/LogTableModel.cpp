// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/LogTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace bridge::gui {

QString LogTableModel::levelLabel(log::Level level)
{
    switch (level) {
    case log::Level::Trace:
        return LogTableModel::tr("Trace");
    case log::Level::Debug:
        return LogTableModel::tr("Debug");
    case log::Level::Info:
        return LogTableModel::tr("Info");
    case log::Level::Warning:
        return LogTableModel::tr("Warning");
    case log::Level::Error:
        return LogTableModel::tr("Error");
    case log::Level::Critical:
        return LogTableModel::tr("Critical");
    }
    return {};
}

QStringList LogTableModel::levelLabels()
{
    QStringList labels;
    for (const log::Level level : {log::Level::Trace, log::Level::Debug, log::Level::Info, log::Level::Warning,
                                   log::Level::Error, log::Level::Critical}) {
        labels.append(levelLabel(level));
    }
    return labels;
}

LogTableModel::LogTableModel(log::LogRingBuffer& ring, QObject* parent, int maxRows)
    : QAbstractTableModel(parent)
    , m_ring(ring)
    , m_maxRows(std::max(maxRows, 1))
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LogTableModel::poll);
    m_timer.start();
    poll();
}

int LogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const log::LogEntry& e = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMsecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return levelLabel(e.level);
        case ComponentColumn:
            return e.component;
        case MessageColumn:
            return e.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(e.message) : QVariant();
    case Qt::DecorationRole:
        if (index.column() != LevelColumn) {
            return {};
        }
        // An icon as well as a colour, so that the level is never told by colour alone.
        if (e.level >= log::Level::Error) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        if (e.level == log::Level::Warning) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    case Qt::ForegroundRole:
        if (e.level >= log::Level::Error) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        if (e.level == log::Level::Warning) {
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        }
        if (e.level <= log::Level::Debug) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case LevelRole:
        return static_cast<int>(e.level);
    case ComponentRole:
        return e.component;
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ComponentColumn:
        return tr("Component");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QStringList LogTableModel::components() const
{
    QStringList list(m_components.begin(), m_components.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

void LogTableModel::poll()
{
    const QList<log::LogEntry> fresh = m_ring.since(m_lastSequence);
    if (fresh.isEmpty()) {
        return;
    }
    m_lastSequence = fresh.last().sequence;
    // Keep at most m_maxRows: drop from the front first, then insert the new batch at once.
    const qsizetype incoming = std::min<qsizetype>(fresh.size(), m_maxRows);
    const qsizetype overflow = static_cast<qsizetype>(m_rows.size()) + incoming - m_maxRows;
    if (overflow > 0) {
        const int remove = static_cast<int>(std::min<qsizetype>(overflow, static_cast<qsizetype>(m_rows.size())));
        if (remove > 0) {
            beginRemoveRows({}, 0, remove - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + remove);
            endRemoveRows();
        }
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(incoming) - 1);
    bool newComponent = false;
    for (qsizetype i = fresh.size() - incoming; i < fresh.size(); ++i) {
        const log::LogEntry& e = fresh.at(i);
        if (!m_components.contains(e.component)) {
            m_components.insert(e.component);
            newComponent = true;
        }
        m_rows.push_back(e);
    }
    endInsertRows();
    if (newComponent) {
        Q_EMIT componentsChanged();
    }
}

void LogTableModel::clearView()
{
    if (m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void LogFilterModel::setMinimumLevel(log::Level level)
{
    m_minimum = level;
    invalidateFilter();
}

void LogFilterModel::setComponent(const QString& component)
{
    m_component = component;
    invalidateFilter();
}

void LogFilterModel::setText(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, LogTableModel::MessageColumn, sourceParent);
    if (index.data(LogTableModel::LevelRole).toInt() < static_cast<int>(m_minimum)) {
        return false;
    }
    if (!m_component.isEmpty() && index.data(LogTableModel::ComponentRole).toString() != m_component) {
        return false;
    }
    return m_text.isEmpty() || index.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace bridge::gui
