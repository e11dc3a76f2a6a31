// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/RefundablePaymentsModel.h"

#include <QDateTime>
#include <QLocale>

namespace bridge::gui {

RefundablePaymentsModel::RefundablePaymentsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RefundablePaymentsModel::setRows(const QList<store::RefundablePayment>& rows)
{
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i) {
        same = rows.at(i).payment.transactionId == m_rows.at(i).payment.transactionId;
    }
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const store::RefundablePayment* RefundablePaymentsModel::paymentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RefundablePaymentsModel::rowOf(const QString& transactionId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).payment.transactionId == transactionId) {
            return r;
        }
    }
    return -1;
}

int RefundablePaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RefundablePaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundablePaymentsModel::data(const QModelIndex& index, int role) const
{
    const store::RefundablePayment* p = paymentAt(index.row());
    if (p == nullptr || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    const QLocale locale;
    if (role == TransactionIdRole) {
        return p->payment.transactionId;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case OriginalColumn:
        case RefundedColumn:
        case PendingColumn:
        case RemainingColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TransactionIdColumn:
            return tr("Opayo transaction %1").arg(p->payment.transactionId);
        case RemainingColumn:
            return tr("Paid %1 − refunded %2 − waiting %3 = %4 left to refund")
                .arg(p->payment.amount.toDisplayString(locale), p->refunded.toDisplayString(locale),
                     p->pending.toDisplayString(locale), p->remaining.toDisplayString(locale));
        case VoidColumn:
            return p->voidable ? tr("Taken today and not settled yet: Opayo can still cancel the whole payment "
                                    "(a void) instead of refunding it.")
                               : tr("A void is possible only on the day of the payment, before Opayo settles it, "
                                    "with nothing refunded yet.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(p->payment.occurredAt),
                               QStringLiteral("yyyy-MM-dd HH:mm"));
    case VendorTxCodeColumn:
        return p->payment.vendorTxCode;
    case TransactionIdColumn:
        return p->payment.transactionId;
    case CustomerColumn:
        return p->payment.customer;
    case OriginalColumn:
        return p->payment.amount.toDisplayString(locale);
    case RefundedColumn:
        return p->refunded.isZero() ? QString() : p->refunded.toDisplayString(locale);
    case PendingColumn:
        return p->pending.isZero() ? QString() : p->pending.toDisplayString(locale);
    case RemainingColumn:
        return p->remaining.toDisplayString(locale);
    case VoidColumn:
        //: Marks a payment that Opayo can still cancel (void) instead of refunding.
        return p->voidable ? tr("Void possible") : QString();
    default:
        return {};
    }
}

QVariant RefundablePaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case VendorTxCodeColumn:
        return tr("vendorTxCode");
    case TransactionIdColumn:
        return tr("Transaction");
    case CustomerColumn:
        return tr("Customer");
    case OriginalColumn:
        return tr("Paid");
    case RefundedColumn:
        return tr("Refunded");
    case PendingColumn:
        //: Refunds asked for, approved or on their way to Opayo, not yet done.
        return tr("Pending");
    case RemainingColumn:
        return tr("Left to refund");
    case VoidColumn:
        return tr("Void");
    default:
        return {};
    }
}

} // namespace bridge::gui
