// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/AuditModel.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace bridge::gui {

AuditModel::AuditModel(store::AuditLog& audit, QObject* parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_audit(audit)
    , m_pageSize(pageSize)
{}

Result<void> AuditModel::reload()
{
    Result<QList<store::AuditEntry>> rows = m_audit.recent(m_pageSize);
    beginResetModel();
    m_rows = rows ? *rows : QList<store::AuditEntry>();
    endResetModel();
    if (!rows) {
        return fail(rows.error());
    }
    return {};
}

void AuditModel::setHighlightedRow(qint64 id)
{
    m_highlighted = id;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
    }
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::AuditEntry& e = m_rows.at(index.row());
    if (role == Qt::BackgroundRole) {
        return e.id == m_highlighted ? QVariant(QBrush(QColor(0xf8, 0xd7, 0xd7))) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return e.id;
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMsecs), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return e.action;
    case SubjectColumn:
        return e.subject;
    case DetailColumn:
        return role == Qt::ToolTipRole ? QVariant(e.detail + QStringLiteral("\nSHA-256 ") + e.hash)
                                       : QVariant(e.detail);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("Row");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case SubjectColumn:
        return tr("Concerning");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace bridge::gui
