// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Alerts.h"

#include <QAbstractTableModel>

namespace bridge::gui {

/// The engine's operational alerts, newest first (a bounded page, never the whole table).
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        LastSeenColumn,
        ConcerningColumn,
        MessageColumn,
        OccurrencesColumn,
        StateColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, SeverityRole };

    explicit AlertsModel(store::Alerts alerts, QObject* parent = nullptr, int pageSize = 500);

    /// Reads the newest alerts again (only the open ones when `openOnly`).
    Result<void> reload(bool openOnly);
    [[nodiscard]] const store::Alert* alertAt(int row) const;
    /// "Critical", "Warning", "Information" (translated).
    [[nodiscard]] static QString severityLabel(store::AlertSeverity severity);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    store::Alerts m_alerts;
    int m_pageSize;
    QList<store::Alert> m_rows;
};

} // namespace bridge::gui
