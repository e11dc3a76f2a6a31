// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/RefundRequestsModel.h"

#include <QDateTime>
#include <QLocale>

namespace bridge::gui {

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

} // namespace

RefundRequestsModel::RefundRequestsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString RefundRequestsModel::kindName(store::RefundKind kind)
{
    switch (kind) {
    case store::RefundKind::Refund:
        return tr("Refund");
    case store::RefundKind::Void:
        //: Cancelling a whole card payment before the bank settles it.
        return tr("Void");
    }
    return {};
}

void RefundRequestsModel::setRows(const QList<store::RefundRequest>& rows)
{
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i) {
        same = rows.at(i).id == m_rows.at(i).id;
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

const store::RefundRequest* RefundRequestsModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RefundRequestsModel::rowOf(qint64 requestId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == requestId) {
            return r;
        }
    }
    return -1;
}

int RefundRequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RefundRequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundRequestsModel::data(const QModelIndex& index, int role) const
{
    const store::RefundRequest* r = requestAt(index.row());
    if (r == nullptr || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    if (role == IdRole) {
        return r->id;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PaymentColumn:
            return tr("Payment %1, Opayo transaction %2").arg(r->originalVendorTxCode, r->originalTransactionId);
        case NoteColumn:
            return r->note;
        case DecidedByColumn:
            if (r->decidedBy.isEmpty()) {
                return {};
            }
            return r->decisionComment.isEmpty() ? tr("Decided at %1").arg(when(r->decidedAt))
                                                : tr("Decided at %1: %2").arg(when(r->decidedAt), r->decisionComment);
        case OpayoTransactionColumn:
            return r->opayoTransactionId.isEmpty() ? QVariant() : r->opayoTransactionId;
        case ProblemColumn:
            return r->errorMessage.isEmpty() ? QVariant() : r->errorMessage;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case RequestedAtColumn:
        return when(r->requestedAt);
    case RequestedByColumn:
        return r->requestedBy;
    case PaymentColumn:
        return r->originalVendorTxCode;
    case CustomerColumn:
        return r->customer;
    case KindColumn:
        return kindName(r->kind);
    case AmountColumn:
        return r->amount.toDisplayString();
    case ReasonColumn:
        return store::Refunds::reasonName(r->reason);
    case NoteColumn:
        return r->note;
    case StateColumn:
        return store::Refunds::stateName(r->state);
    case DecidedByColumn:
        //: Who approved or rejected a refund ("policy" when the single-approver limit let it through).
        return r->decidedBy;
    case OpayoTransactionColumn:
        return r->opayoTransactionId;
    case ProblemColumn:
        return r->errorMessage;
    default:
        return {};
    }
}

QVariant RefundRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RequestedAtColumn:
        return tr("Asked at");
    case RequestedByColumn:
        return tr("Asked by");
    case PaymentColumn:
        return tr("Payment");
    case CustomerColumn:
        return tr("Customer");
    case KindColumn:
        return tr("Kind");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Reason");
    case NoteColumn:
        return tr("Note");
    case StateColumn:
        return tr("State");
    case DecidedByColumn:
        return tr("Decided by");
    case OpayoTransactionColumn:
        return tr("Opayo refund");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace bridge::gui
