// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>

namespace bridge::gui {

/// The newest audit log entries, newest first (a bounded page, never the whole table).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TimeColumn, ActorColumn, ActionColumn, SubjectColumn, DetailColumn, ColumnCount };

    explicit AuditModel(store::AuditLog& audit, QObject* parent = nullptr, int pageSize = 500);

    Result<void> reload();
    void setHighlightedRow(qint64 id);
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    store::AuditLog& m_audit;
    int m_pageSize;
    QList<store::AuditEntry> m_rows;
    qint64 m_highlighted = 0;
};

} // namespace bridge::gui
