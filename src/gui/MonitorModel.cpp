// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MonitorModel.h"

#include "store/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace bridge::gui {

namespace {

/// Rows read at once, and how many of them lie above the row asked for.
constexpr int kWindowRows = 400;
constexpr int kRowsAbove = 150;

} // namespace

MonitorModel::MonitorModel(std::shared_ptr<store::Database> database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_reader(new QObject)
{
    m_thread.setObjectName(QStringLiteral("monitor-reader"));
    m_reader->moveToThread(&m_thread);
    m_thread.start();
    m_wantTimer.setParent(this);
    m_wantTimer.setSingleShot(true);
    m_wantTimer.setInterval(0);
    connect(&m_wantTimer, &QTimer::timeout, this, [this] {
        if (m_wantedRow < 0 || m_loading) {
            return; // after the read under way, data() asks again for what is still missing
        }
        const int row = std::exchange(m_wantedRow, -1);
        if (row >= m_windowStart && row < m_windowStart + m_rows.size()) {
            return;
        }
        const qint64 start = std::max<qint64>(0, row - kRowsAbove);
        request(false, start, 0, -1);
    });
}

MonitorModel::~MonitorModel()
{
    // After every read queued before it, then the thread ends.
    QMetaObject::invokeMethod(
        m_reader, [database = m_database] { database->closeThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_reader;
}

void MonitorModel::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_reader, std::move(work), Qt::QueuedConnection);
}

void MonitorModel::setQuery(const store::MonitorFilter& filter, store::MonitorSort sort, bool descending)
{
    m_filter = filter;
    m_sort = sort;
    m_descending = descending;
    m_refreshAgain = false;
    request(true, 0, 0, -1);
}

void MonitorModel::refresh(int anchorRow)
{
    if (m_loading) {
        m_refreshAgain = true;
        m_refreshAnchor = anchorRow;
        return;
    }
    const store::MonitorRow* anchor = rowAt(anchorRow);
    if (!anchor && !m_rows.isEmpty()) {
        anchorRow = int(m_windowStart);
        anchor = &m_rows.constFirst();
    }
    request(false, m_windowStart, anchor ? anchor->id : 0, anchor ? anchorRow : -1);
}

void MonitorModel::request(bool reset, qint64 wantedStart, qint64 anchorId, qint64 anchorRow)
{
    m_loading = true;
    const quint64 generation = reset ? ++m_generation : m_generation;
    const store::MonitorFilter filter = m_filter;
    const store::MonitorSort sort = m_sort;
    const bool descending = m_descending;
    run<Reply>(
        [=](const std::shared_ptr<store::Database>& database) {
            Reply reply;
            reply.generation = generation;
            reply.reset = reset;
            const store::Monitor monitor(database);
            // The count, the anchor's place and the rows from one snapshot: a payment written in
            // between would otherwise be counted in one and not the other, and the view would
            // drift by it.
            const Result<void> read = database->readSnapshot([&](QSqlDatabase&) -> Result<void> {
                Result<qint64> total = monitor.count(filter);
                if (!total) {
                    return fail(total.error());
                }
                reply.total = *total;
                qint64 start = wantedStart;
                // Where the anchor row is now: the rows that arrived above it move everything down.
                if (anchorId > 0 && sort == store::MonitorSort::Time) {
                    Result<std::optional<qint64>> now = monitor.positionInTimeOrder(filter, descending, anchorId);
                    if (now && *now) {
                        reply.shift = **now - anchorRow;
                        start = std::max<qint64>(0, wantedStart + reply.shift);
                    }
                }
                start = std::min(start, std::max<qint64>(0, reply.total - kWindowRows));
                // Deep in the second half, the rows are read from the other end (the same order
                // turned round), so that the store skips at most half of them: the end of a
                // million rows costs what their middle does.
                const qint64 wanted = std::min<qint64>(kWindowRows, std::max<qint64>(0, reply.total - start));
                const bool fromEnd = start > reply.total / 2;
                Result<QList<store::MonitorRow>> rows =
                    fromEnd ? monitor.page(filter, sort, !descending, reply.total - start - wanted, int(wanted))
                            : monitor.page(filter, sort, descending, start, kWindowRows);
                if (!rows) {
                    return fail(rows.error());
                }
                if (fromEnd) {
                    std::reverse(rows->begin(), rows->end());
                }
                reply.start = start;
                reply.rows = std::move(*rows);
                return {};
            });
            if (!read) {
                reply.error = read.error();
            }
            return reply;
        },
        [this](Reply reply) { apply(reply); });
}

void MonitorModel::apply(const Reply& reply)
{
    m_loading = false;
    if (reply.generation != m_generation) {
        // A newer filter is on its way; this answer is for the old one.
        return;
    }
    if (reply.error) {
        Q_EMIT loadFailed(*reply.error);
    } else if (reply.reset) {
        beginResetModel();
        m_total = reply.total;
        m_windowStart = reply.start;
        m_rows = reply.rows;
        endResetModel();
    } else {
        // 1. Rows that arrived above the anchor (or left from above it): inserted at the top,
        //    so that every row below, the view's place and its selection move with them.
        const qint64 shift = std::max<qint64>(reply.shift, -m_total);
        if (shift > 0) {
            beginInsertRows({}, 0, int(shift - 1));
            m_total += shift;
            m_windowStart += shift;
            endInsertRows();
        } else if (shift < 0) {
            beginRemoveRows({}, 0, int(-shift - 1));
            m_total += shift;
            m_windowStart += shift;
            if (m_windowStart < 0) {
                m_rows.remove(0, std::min<qsizetype>(m_rows.size(), -m_windowStart));
                m_windowStart = 0;
            }
            endRemoveRows();
        }
        // 2. The rest of the difference at the end.
        if (reply.total > m_total) {
            beginInsertRows({}, int(m_total), int(reply.total - 1));
            m_total = reply.total;
            endInsertRows();
        } else if (reply.total < m_total) {
            beginRemoveRows({}, int(reply.total), int(m_total - 1));
            const qint64 keep = std::max<qint64>(0, reply.total - m_windowStart);
            if (m_rows.size() > keep) {
                m_rows.resize(keep);
            }
            m_total = reply.total;
            endRemoveRows();
        }
        // 3. The window's new contents; persistent indexes follow their event.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> ids;
        ids.reserve(before.size());
        for (const QModelIndex& index : before) {
            const store::MonitorRow* r = rowAt(index.row());
            ids.append(r ? r->id : 0);
        }
        m_windowStart = reply.start;
        m_rows = reply.rows;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QModelIndex& index = before.at(i);
            const int row = ids.at(i) != 0 ? rowOf(ids.at(i)) : -1;
            after.append(row >= 0 ? createIndex(row, index.column()) : index);
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh(m_refreshAnchor);
    } else if (m_wantedRow >= 0) {
        m_wantTimer.start();
    }
    Q_EMIT loaded();
}

int MonitorModel::rowOf(qint64 inboxId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == inboxId) {
            return int(m_windowStart + i);
        }
    }
    return -1;
}

const store::MonitorRow* MonitorModel::rowAt(int row) const
{
    const qint64 i = row - m_windowStart;
    return row >= 0 && i >= 0 && i < m_rows.size() ? &m_rows.at(i) : nullptr;
}

void MonitorModel::want(int row) const
{
    m_wantedRow = row;
    if (!m_wantTimer.isActive()) {
        m_wantTimer.start();
    }
}

int MonitorModel::rowCount(const QModelIndex& parent) const
{
    // The view's rows are ints; a filter matching more than that is cut at the last int row.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int MonitorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MonitorModel::flowLabel(store::Flow flow)
{
    switch (flow) {
    case store::Flow::Received:
        return tr("Received");
    case store::Flow::Retrying:
        return tr("Retrying");
    case store::Flow::Posting:
        return tr("Posting");
    case store::Flow::Posted:
        return tr("Posted");
    case store::Flow::Completed:
        return tr("Completed");
    case store::Flow::DeadLetter:
        return tr("Dead letter");
    case store::Flow::Resolved:
        return tr("Resolved");
    case store::Flow::Ignored:
        return tr("Ignored");
    }
    return {};
}

QIcon MonitorModel::flowIcon(store::Flow flow)
{
    switch (flow) {
    case store::Flow::Received:
    case store::Flow::Posting:
        return QIcon(QStringLiteral(":/icons/status-working.svg"));
    case store::Flow::Posted:
    case store::Flow::Completed:
        return QIcon(QStringLiteral(":/icons/status-done.svg"));
    case store::Flow::Retrying:
        return QIcon(QStringLiteral(":/icons/status-retrying.svg"));
    case store::Flow::DeadLetter:
        return QIcon(QStringLiteral(":/icons/status-dead.svg"));
    case store::Flow::Resolved:
        return QIcon(QStringLiteral(":/icons/status-resolved.svg"));
    case store::Flow::Ignored:
        return QIcon(QStringLiteral(":/icons/status-ignored.svg"));
    }
    return {};
}

QString MonitorModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("payment")) {
        return tr("Payment");
    }
    if (kind == QLatin1String("refund")) {
        return tr("Refund");
    }
    return kind;
}

bool MonitorModel::isSortable(int column)
{
    return column == TimeColumn || column == VendorTxCodeColumn || column == TransactionIdColumn ||
           column == CustomerColumn || column == AmountColumn;
}

store::MonitorSort MonitorModel::sortFor(int column)
{
    switch (column) {
    case VendorTxCodeColumn:
        return store::MonitorSort::VendorTxCode;
    case TransactionIdColumn:
        return store::MonitorSort::TransactionId;
    case CustomerColumn:
        return store::MonitorSort::Customer;
    case AmountColumn:
        return store::MonitorSort::Amount;
    default:
        return store::MonitorSort::Time;
    }
}

int MonitorModel::columnFor(store::MonitorSort sort)
{
    switch (sort) {
    case store::MonitorSort::VendorTxCode:
        return VendorTxCodeColumn;
    case store::MonitorSort::TransactionId:
        return TransactionIdColumn;
    case store::MonitorSort::Customer:
        return CustomerColumn;
    case store::MonitorSort::Amount:
        return AmountColumn;
    case store::MonitorSort::Time:
        break;
    }
    return TimeColumn;
}

void MonitorModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        return;
    }
    const store::MonitorSort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort != m_sort || descending != m_descending) {
        setQuery(m_filter, sort, descending);
    }
}

QVariant MonitorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::MonitorRow* r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole) {
            want(index.row());
            return index.column() == TimeColumn ? QStringLiteral("…") : QString();
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->receivedAt),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case VendorTxCodeColumn:
            return r->vendorTxCode;
        case TransactionIdColumn:
            return r->transactionId;
        case CustomerColumn:
            return r->customer;
        case AmountColumn:
            return r->amount ? r->amount->toDecimalString() + QLatin1Char(' ') + r->amount->currency().code()
                             : QString();
        case TypeColumn:
            return kindLabel(r->kind);
        case StatusColumn:
            return flowLabel(r->flow);
        case DocumentsColumn:
            return r->documents.join(QStringLiteral(", "));
        case AttemptsColumn:
            return r->attempts;
        case RiskColumn:
            return r->riskScore ? QVariant(*r->riskScore) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(flowIcon(r->flow)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            switch (r->flow) {
            case store::Flow::DeadLetter:
                return QColor(0xb0, 0x1c, 0x1c);
            case store::Flow::Retrying:
                return QColor(0x9a, 0x5b, 0x00);
            case store::Flow::Completed:
            case store::Flow::Posted:
                return QColor(0x1d, 0x6b, 0x2c);
            default:
                break;
            }
        }
        if (r->flow == store::Flow::Ignored || r->flow == store::Flow::Resolved) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            return r->problem.isEmpty() ? flowLabel(r->flow) : flowLabel(r->flow) + QStringLiteral(": ") + r->problem;
        }
        if (index.column() == DocumentsColumn && !r->documents.isEmpty()) {
            return r->documents.join(QLatin1Char('\n'));
        }
        if (index.column() == RiskColumn && r->riskScore) {
            return tr("Risk score %1 of 100 (details in the canonical payment)").arg(*r->riskScore);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AttemptsColumn || index.column() == RiskColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return r->id;
    case FlowRole:
        return int(r->flow);
    default:
        return {};
    }
}

QVariant MonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return isSortable(section) ? tr("Click to sort by this column") : tr("This column cannot be sorted");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case TimeColumn:
        return tr("Received");
    case VendorTxCodeColumn:
        return tr("vendorTxCode");
    case TransactionIdColumn:
        return tr("Opayo transaction");
    case CustomerColumn:
        return tr("Customer");
    case AmountColumn:
        return tr("Amount");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case DocumentsColumn:
        return tr("SYSPRO documents");
    case AttemptsColumn:
        return tr("Attempts");
    case RiskColumn:
        return tr("Risk");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bridge::gui
