// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/AlertsModel.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

namespace bridge::gui {

AlertsModel::AlertsModel(store::Alerts alerts, QObject* parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_alerts(std::move(alerts))
    , m_pageSize(pageSize)
{}

Result<void> AlertsModel::reload(bool openOnly)
{
    Result<QList<store::Alert>> rows = m_alerts.list(openOnly, m_pageSize);
    beginResetModel();
    m_rows = rows ? *rows : QList<store::Alert>();
    endResetModel();
    if (!rows) {
        return fail(rows.error());
    }
    return {};
}

const store::Alert* AlertsModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString AlertsModel::severityLabel(store::AlertSeverity severity)
{
    switch (severity) {
    case store::AlertSeverity::Critical:
        return tr("Critical");
    case store::AlertSeverity::Warning:
        return tr("Warning");
    case store::AlertSeverity::Info:
        return tr("Information");
    }
    return {};
}

int AlertsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::Alert& a = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case SeverityRole:
        return static_cast<int>(a.severity);
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn) {
            return {};
        }
        // An icon as well as a colour, so that severity is never told by colour alone.
        switch (a.severity) {
        case store::AlertSeverity::Critical:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case store::AlertSeverity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case store::AlertSeverity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ForegroundRole:
        if (a.acknowledged) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (a.severity == store::AlertSeverity::Critical) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn) {
            return a.fix.isEmpty() ? a.message : tr("%1\n\nWhat to do: %2").arg(a.message, a.fix);
        }
        if (index.column() == ConcerningColumn) {
            return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        return severityLabel(a.severity);
    case LastSeenColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.lastAt), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ConcerningColumn:
        return a.subject.isEmpty() ? a.kind : QStringLiteral("%1 · %2").arg(a.kind, a.subject);
    case MessageColumn:
        return a.message;
    case OccurrencesColumn:
        return a.occurrences;
    case StateColumn:
        return a.acknowledged ? tr("Acknowledged by %1").arg(a.acknowledgedBy) : tr("Open");
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LastSeenColumn:
        return tr("Last seen");
    case ConcerningColumn:
        return tr("Concerning");
    case MessageColumn:
        return tr("What happened");
    case OccurrencesColumn:
        return tr("Times");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace bridge::gui
