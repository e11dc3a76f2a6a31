// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/ReconcileResultsModel.h"

#include "reconcile/Reconciliation.h"
#include "store/Database.h"
#include "store/Settlements.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace bridge::gui {

namespace {

/// Rows read at once, and how many of them lie above the row asked for.
constexpr int kWindowRows = 400;
constexpr int kRowsAbove = 150;

bool isTiming(const QString& classId)
{
    return classId == QLatin1String("not_yet_settled") || classId == QLatin1String("refund_not_settled");
}

} // namespace

ReconcileResultsModel::ReconcileResultsModel(std::shared_ptr<store::Database> database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_worker(std::make_unique<DatabaseWorker>(std::move(database), QStringLiteral("reconcile-reader")))
{
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
        request(false, std::max<qint64>(0, row - kRowsAbove));
    });
}

ReconcileResultsModel::~ReconcileResultsModel() = default;

void ReconcileResultsModel::setQuery(const store::ReconcileFilter& filter, store::ReconcileSort sort, bool descending)
{
    m_filter = filter;
    m_sort = sort;
    m_descending = descending;
    m_refreshAgain = false;
    if (filter.runId <= 0) {
        // No run: nothing to read.
        ++m_generation;
        beginResetModel();
        m_total = 0;
        m_windowStart = 0;
        m_rows.clear();
        m_resolutions.clear();
        endResetModel();
        Q_EMIT loaded();
        return;
    }
    request(true, 0);
}

void ReconcileResultsModel::refresh()
{
    if (m_filter.runId <= 0) {
        return;
    }
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    request(false, m_windowStart);
}

void ReconcileResultsModel::request(bool reset, qint64 wantedStart)
{
    m_loading = true;
    const quint64 generation = reset ? ++m_generation : m_generation;
    const store::ReconcileFilter filter = m_filter;
    const store::ReconcileSort sort = m_sort;
    const bool descending = m_descending;
    run<Reply>(
        [=](const std::shared_ptr<store::Database>& database) {
            Reply reply;
            reply.generation = generation;
            reply.reset = reset;
            const store::ReconcileReads reads(database);
            // The count and the rows from one snapshot, so that they agree.
            const Result<void> read = database->readSnapshot([&](QSqlDatabase&) -> Result<void> {
                Result<qint64> total = reads.count(filter);
                if (!total) {
                    return fail(total.error());
                }
                reply.total = *total;
                const qint64 start = std::min(wantedStart, std::max<qint64>(0, reply.total - kWindowRows));
                // Deep in the second half the rows are read from the other end (the order turned
                // round), so that the store skips at most half of them.
                const qint64 wanted = std::min<qint64>(kWindowRows, std::max<qint64>(0, reply.total - start));
                const bool fromEnd = start > reply.total / 2;
                Result<QList<store::ReconcileResultRow>> rows =
                    fromEnd ? reads.page(filter, sort, !descending, reply.total - start - wanted, int(wanted))
                            : reads.page(filter, sort, descending, start, kWindowRows);
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
                return reply;
            }
            Result<QHash<qint64, store::ResolutionRecord>> resolutions = resolutionsOf(database, reply.rows);
            if (!resolutions) {
                reply.error = resolutions.error();
                return reply;
            }
            reply.resolutions = std::move(*resolutions);
            return reply;
        },
        [this](Reply reply) { apply(reply); });
}

void ReconcileResultsModel::apply(const Reply& reply)
{
    m_loading = false;
    if (reply.generation != m_generation) {
        return; // a newer filter is on its way
    }
    if (reply.error) {
        Q_EMIT loadFailed(*reply.error);
    } else if (reply.reset) {
        beginResetModel();
        m_total = reply.total;
        m_windowStart = reply.start;
        m_rows = reply.rows;
        m_resolutions = reply.resolutions;
        endResetModel();
    } else {
        if (reply.total > m_total) {
            beginInsertRows({}, int(m_total), int(reply.total - 1));
            m_total = reply.total;
            endInsertRows();
        } else if (reply.total < m_total) {
            beginRemoveRows({}, int(reply.total), int(m_total - 1));
            m_total = reply.total;
            endRemoveRows();
        }
        m_windowStart = reply.start;
        m_rows = reply.rows;
        m_resolutions = reply.resolutions;
        if (m_total > 0) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_total - 1), ColumnCount - 1));
        }
    }
    Q_EMIT loaded();
    if (std::exchange(m_refreshAgain, false)) {
        refresh();
    } else if (m_wantedRow >= 0) {
        m_wantTimer.start();
    }
}

Result<QHash<qint64, store::ResolutionRecord>>
ReconcileResultsModel::resolutionsOf(const std::shared_ptr<store::Database>& database,
                                     const QList<store::ReconcileResultRow>& rows)
{
    QHash<qint64, store::ResolutionRecord> byResult;
    QHash<qint64, std::optional<store::ResolutionRecord>> read;
    const store::Resolutions resolutions(database);
    for (const store::ReconcileResultRow& r : rows) {
        if (!r.resolutionId || r.discrepancy == reconcile::Discrepancy::None) {
            continue;
        }
        auto it = read.find(*r.resolutionId);
        if (it == read.end()) {
            Result<std::optional<store::ResolutionRecord>> found = resolutions.find(*r.resolutionId);
            if (!found) {
                return fail(found.error());
            }
            it = read.insert(*r.resolutionId, *found);
        }
        if (*it) {
            byResult.insert(r.id, **it);
        }
    }
    return byResult;
}

const store::ReconcileResultRow* ReconcileResultsModel::rowAt(int row) const
{
    const qint64 i = row - m_windowStart;
    return row >= 0 && i >= 0 && i < m_rows.size() ? &m_rows.at(qsizetype(i)) : nullptr;
}

const store::ResolutionRecord* ReconcileResultsModel::resolutionAt(int row) const
{
    const store::ReconcileResultRow* r = rowAt(row);
    if (!r) {
        return nullptr;
    }
    const auto it = m_resolutions.constFind(r->id);
    return it == m_resolutions.constEnd() ? nullptr : &it.value();
}

int ReconcileResultsModel::rowOf(qint64 resultId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == resultId) {
            return int(m_windowStart + i);
        }
    }
    return -1;
}

void ReconcileResultsModel::want(int row) const
{
    m_wantedRow = row;
    if (!m_wantTimer.isActive()) {
        m_wantTimer.start();
    }
}

QString ReconcileResultsModel::className(const QString& classId)
{
    const std::optional<reconcile::Discrepancy> d = store::ReconcileReads::discrepancyFrom(classId);
    if (!d) {
        return classId;
    }
    if (*d == reconcile::Discrepancy::None) {
        return tr("Matched");
    }
    // The matcher's names are phrases for sentences ("missing in SYSPRO"): a label starts upper case.
    QString name = reconcile::Reconciliation::discrepancyName(*d);
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
}

QIcon ReconcileResultsModel::classIcon(const QString& classId, bool decided)
{
    if (classId == QLatin1String("matched")) {
        return QIcon(QStringLiteral(":/icons/status-done.svg"));
    }
    if (decided) {
        return QIcon(QStringLiteral(":/icons/status-resolved.svg"));
    }
    if (isTiming(classId)) {
        return QIcon(QStringLiteral(":/icons/status-working.svg"));
    }
    if (classId == QLatin1String("uncertain_match")) {
        return QIcon(QStringLiteral(":/icons/status-retrying.svg"));
    }
    return QIcon(QStringLiteral(":/icons/status-dead.svg"));
}

QColor ReconcileResultsModel::classColour(const QString& classId, bool decided)
{
    if (classId == QLatin1String("matched")) {
        return QColor(0x2e, 0x7d, 0x32); // green
    }
    if (decided) {
        return QColor(0x45, 0x5a, 0x64); // grey-blue
    }
    if (isTiming(classId) || classId == QLatin1String("uncertain_match")) {
        return QColor(0xb2, 0x6a, 0x00); // amber
    }
    return QColor(0xc6, 0x28, 0x28); // red
}

QString ReconcileResultsModel::statusText(const store::ReconcileResultRow& row,
                                          const store::ResolutionRecord* resolution)
{
    if (row.discrepancy == reconcile::Discrepancy::None) {
        return tr("Matched");
    }
    if (!resolution) {
        return row.status == QLatin1String("approved") ? tr("Approved") : tr("Open");
    }
    switch (resolution->state) {
    case store::ResolutionState::Proposed:
        return tr("Proposed by %1: %2").arg(resolution->proposedBy, store::Resolutions::actionName(resolution->action));
    case store::ResolutionState::Rejected:
        return tr("Open (proposal rejected by %1)").arg(resolution->decidedBy);
    case store::ResolutionState::Approved:
        break;
    }
    if (!resolution->documentKey.isEmpty()) {
        return tr("Approved by %1, posted: %2 %3")
            .arg(resolution->decidedBy, resolution->commandKind, resolution->documentKey);
    }
    if (resolution->postingStatus == QLatin1String("dead")) {
        return tr("Approved by %1, posting failed: %2").arg(resolution->decidedBy, resolution->postingError);
    }
    if (resolution->outboxId) {
        return tr("Approved by %1, posting to SYSPRO").arg(resolution->decidedBy);
    }
    return tr("Approved by %1").arg(resolution->decidedBy);
}

int ReconcileResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int ReconcileResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconcileResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const store::ReconcileResultRow* r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole) {
            want(index.row());
            return index.column() == 0 ? QStringLiteral("…") : QString();
        }
        return {};
    }
    const store::ResolutionRecord* resolution = resolutionAt(index.row());
    const bool decided =
        (resolution && resolution->state == store::ResolutionState::Approved) || r->status == QLatin1String("approved");
    const QLocale locale;
    switch (role) {
    case IdRole:
        return r->id;
    case ClassRole:
        return r->classId;
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(classIcon(r->classId, decided)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(QBrush(classColour(r->classId, decided))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn || index.column() == DifferenceColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StateColumn || index.column() == StatusColumn) {
            return statusText(*r, resolution);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StateColumn:
        return className(r->classId);
    case SideColumn:
        return r->isLine ? tr("Settlement line") : tr("Ledger entry");
    case BatchColumn:
        return r->batchId.isEmpty() ? tr("(none)") : r->batchId;
    case TypeColumn:
        if (r->type == QLatin1String("payment")) {
            return tr("Payment");
        }
        if (r->type == QLatin1String("refund")) {
            return tr("Refund");
        }
        if (r->type == QLatin1String("fee")) {
            return tr("Fee");
        }
        if (r->type == QLatin1String("chargeback")) {
            return tr("Chargeback");
        }
        return r->type;
    case TransactionColumn:
        return r->transactionId;
    case VendorTxCodeColumn:
        return r->vendorTxCode;
    case AmountColumn:
        return r->amount.toDisplayString(locale);
    case DifferenceColumn:
        return r->differenceMinor == 0 ? QString()
                                       : Money(r->differenceMinor, r->amount.currency()).toDisplayString(locale);
    case RuleColumn:
        if (r->rule == reconcile::MatchRule::None) {
            return QString();
        }
        return tr("%1 (%2%)")
            .arg(reconcile::Reconciliation::ruleName(r->rule))
            .arg(locale.toString(r->confidence / 10.0, 'f', 1));
    case CounterpartColumn:
        return r->counterpart;
    case SuggestionColumn:
        return r->resolution == reconcile::Resolution::None ? QString()
                                                            : reconcile::Reconciliation::resolutionName(r->resolution);
    case StatusColumn:
        return statusText(*r, resolution);
    default:
        return {};
    }
}

QVariant ReconcileResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StateColumn:
        return tr("State");
    case SideColumn:
        return tr("Side");
    case BatchColumn:
        return tr("Batch");
    case TypeColumn:
        return tr("Type");
    case TransactionColumn:
        return tr("Opayo transaction");
    case VendorTxCodeColumn:
        return tr("VendorTxCode");
    case AmountColumn:
        return tr("Amount");
    case DifferenceColumn:
        return tr("Difference");
    case RuleColumn:
        return tr("Matched by");
    case CounterpartColumn:
        return tr("Other side");
    case SuggestionColumn:
        return tr("Suggested resolution");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ReconcileResultsModel::sort(int column, Qt::SortOrder order)
{
    // The grid sorts through reconcile_results' indexes only: by class (the state) or by amount.
    if (column != StateColumn && column != AmountColumn) {
        return;
    }
    setQuery(m_filter, column == AmountColumn ? store::ReconcileSort::Amount : store::ReconcileSort::Class,
             order == Qt::DescendingOrder);
}

} // namespace bridge::gui
