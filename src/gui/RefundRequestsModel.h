// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Refunds.h"

#include <QAbstractTableModel>

namespace bridge::gui {

/// Console refund requests: the approval queue, the history of all of them, or one payment's.
/// Each view hides the columns it does not need.
class RefundRequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RequestedAtColumn,
        RequestedByColumn,
        PaymentColumn,
        CustomerColumn,
        KindColumn,
        AmountColumn,
        ReasonColumn,
        NoteColumn,
        StateColumn,
        DecidedByColumn,
        OpayoTransactionColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit RefundRequestsModel(QObject* parent = nullptr);

    /// New rows: a reset, unless the same requests came back in the same order (then they
    /// change in place, and selection and scrolling stay).
    void setRows(const QList<store::RefundRequest>& rows);
    [[nodiscard]] const store::RefundRequest* requestAt(int row) const;
    [[nodiscard]] int rowOf(qint64 requestId) const;
    /// "Refund", "Void" (translated).
    [[nodiscard]] static QString kindName(store::RefundKind kind);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<store::RefundRequest> m_rows;
};

} // namespace bridge::gui
