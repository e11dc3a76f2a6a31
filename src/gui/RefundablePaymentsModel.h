// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "store/Refunds.h"

#include <QAbstractTableModel>

namespace bridge::gui {

/// The refund search's payments (a bounded page the page reads off the GUI thread), each with
/// what has gone back, what is on its way and what is left, and whether a void is still possible.
class RefundablePaymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        VendorTxCodeColumn,
        TransactionIdColumn,
        CustomerColumn,
        OriginalColumn,
        RefundedColumn,
        PendingColumn,
        RemainingColumn,
        VoidColumn,
        ColumnCount
    };
    enum Roles { TransactionIdRole = Qt::UserRole + 1 };

    explicit RefundablePaymentsModel(QObject* parent = nullptr);

    /// New search results: a reset, unless the same payments came back in the same order (then
    /// their figures change in place, and selection and scrolling stay).
    void setRows(const QList<store::RefundablePayment>& rows);
    [[nodiscard]] const store::RefundablePayment* paymentAt(int row) const;
    /// The row of a payment (-1: not among the results).
    [[nodiscard]] int rowOf(const QString& transactionId) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<store::RefundablePayment> m_rows;
};

} // namespace bridge::gui
