// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Monitor.h"

#include "core/Currency.h"
#include "store/Database.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace bridge::store {

namespace {

const QString kSync = QStringLiteral("SHOPSYNC");

/// The events with a dead letter: the pipeline stopped them, or one of their commands.
const QString kDeadSet = QStringLiteral("(SELECT id FROM inbox WHERE status = 'dead' UNION SELECT inbox_id FROM outbox "
                                        "WHERE status = 'dead' AND inbox_id IS NOT NULL)");
/// The events still on their way: in the pipeline, or with a command not yet done.
const QString kOpenSet =
    QStringLiteral("(SELECT id FROM inbox WHERE status = 'pending' UNION SELECT inbox_id FROM outbox WHERE status IN "
                   "('pending', 'in_flight', 'unknown') AND inbox_id IS NOT NULL)");
const QString kRetryingSet = QStringLiteral(
    "(SELECT id FROM inbox WHERE status = 'pending' AND attempts > 0 UNION SELECT inbox_id FROM outbox WHERE status "
    "IN ('pending', 'in_flight', 'unknown') AND attempts > 0 AND inbox_id IS NOT NULL)");

struct Where {
    QStringList clauses;
    QVariantMap bindings;

    [[nodiscard]] QString sql() const
    {
        return clauses.isEmpty() ? QStringLiteral("1 = 1") : clauses.join(QStringLiteral(" AND "));
    }
};

void addPrefix(Where& w, const QString& column, const QString& name, const QString& prefix)
{
    w.clauses.append(QStringLiteral("(%1 >= :%2_lo AND %1 < :%2_hi)").arg(column, name));
    w.bindings.insert(name + QStringLiteral("_lo"), prefix);
    w.bindings.insert(name + QStringLiteral("_hi"), Database::prefixUpper(prefix));
}

/// The amount range in minor units of a currency with `exponent` decimals.
Result<std::pair<std::optional<qint64>, std::optional<qint64>>> amountBounds(const MonitorFilter& f,
                                                                             const Currency& currency)
{
    std::pair<std::optional<qint64>, std::optional<qint64>> bounds;
    if (!f.amountFrom.trimmed().isEmpty()) {
        Result<Money> m = Money::parse(f.amountFrom.trimmed(), currency);
        if (!m) {
            return fail(Error::permanent(m.error().code, Monitor::tr("Amount from: %1").arg(m.error().message)));
        }
        bounds.first = m->minorUnits();
    }
    if (!f.amountTo.trimmed().isEmpty()) {
        Result<Money> m = Money::parse(f.amountTo.trimmed(), currency);
        if (!m) {
            return fail(Error::permanent(m.error().code, Monitor::tr("Amount to: %1").arg(m.error().message)));
        }
        bounds.second = m->minorUnits();
    }
    if (bounds.first && bounds.second && *bounds.first > *bounds.second) {
        return fail(Error::permanent(QStringLiteral("monitor.amount_range"),
                                     Monitor::tr("The amount range is upside down: from %1 is more than to %2. Swap "
                                                 "the two amounts.")
                                         .arg(f.amountFrom.trimmed(), f.amountTo.trimmed())));
    }
    return bounds;
}

void addBounds(QStringList& parts, QVariantMap& bindings, const QString& name,
               const std::pair<std::optional<qint64>, std::optional<qint64>>& bounds)
{
    if (bounds.first) {
        parts.append(QStringLiteral("i.amount_minor >= :%1_lo").arg(name));
        bindings.insert(name + QStringLiteral("_lo"), *bounds.first);
    }
    if (bounds.second) {
        parts.append(QStringLiteral("i.amount_minor <= :%1_hi").arg(name));
        bindings.insert(name + QStringLiteral("_hi"), *bounds.second);
    }
}

Result<Where> compile(const MonitorFilter& f)
{
    Where w;
    if (f.from > 0) {
        w.clauses.append(QStringLiteral("i.received_at >= :from"));
        w.bindings.insert(QStringLiteral("from"), f.from);
    }
    if (f.to > 0) {
        w.clauses.append(QStringLiteral("i.received_at < :to"));
        w.bindings.insert(QStringLiteral("to"), f.to);
    }
    switch (f.status) {
    case MonitorFilter::Status::Any:
        w.clauses.append(QStringLiteral("i.stage <> 'duplicate'"));
        break;
    case MonitorFilter::Status::Repeats:
        w.clauses.append(QStringLiteral("i.stage = 'duplicate'"));
        break;
    case MonitorFilter::Status::InProgress:
        w.clauses.append(QStringLiteral("i.id IN %1 AND i.id NOT IN %2").arg(kOpenSet, kDeadSet));
        break;
    case MonitorFilter::Status::Retrying:
        w.clauses.append(QStringLiteral("i.id IN %1 AND i.id NOT IN %2").arg(kRetryingSet, kDeadSet));
        break;
    case MonitorFilter::Status::Completed:
        w.clauses.append(QStringLiteral("i.status = 'done' AND i.stage <> 'duplicate' AND NOT EXISTS (SELECT 1 FROM "
                                        "outbox o WHERE o.inbox_id = i.id AND o.status <> 'done')"));
        break;
    case MonitorFilter::Status::DeadLetters:
        w.clauses.append(QStringLiteral("i.id IN %1 AND i.resolved_at IS NULL").arg(kDeadSet));
        break;
    case MonitorFilter::Status::Resolved:
        w.clauses.append(QStringLiteral("i.id IN %1 AND i.resolved_at IS NOT NULL").arg(kDeadSet));
        break;
    case MonitorFilter::Status::Ignored:
        w.clauses.append(QStringLiteral("i.status = 'ignored' AND i.stage <> 'duplicate'"));
        break;
    }
    if (!f.kind.isEmpty()) {
        w.clauses.append(QStringLiteral("i.kind = :kind"));
        w.bindings.insert(QStringLiteral("kind"), f.kind);
    }
    if (const QString c = f.customerPrefix.trimmed(); !c.isEmpty()) {
        addPrefix(w, QStringLiteral("i.customer"), QStringLiteral("customer"), c);
    }
    if (const QString r = f.referencePrefix.trimmed(); !r.isEmpty()) {
        // Each of the three is an index range (SYSPRO documents through the ledger's links, whose
        // document_key is indexed); the union is small, so the rows are fetched by id.
        w.clauses.append(
            QStringLiteral("i.id IN (SELECT id FROM inbox WHERE vendor_tx_code >= :ref_lo AND vendor_tx_code < :ref_hi "
                           "UNION SELECT id FROM inbox WHERE transaction_id >= :ref_lo2 AND transaction_id < :ref_hi2 "
                           "UNION SELECT e.id FROM ledger_links l JOIN inbox e ON e.transaction_id = l.transaction_id "
                           "WHERE l.document_key >= :ref_lo3 AND l.document_key < :ref_hi3)"));
        for (const char* suffix : {"", "2", "3"}) {
            w.bindings.insert(QStringLiteral("ref_lo") + QLatin1String(suffix), r);
            w.bindings.insert(QStringLiteral("ref_hi") + QLatin1String(suffix), Database::prefixUpper(r));
        }
    }
    const bool amountGiven = !f.amountFrom.trimmed().isEmpty() || !f.amountTo.trimmed().isEmpty();
    if (!f.currency.isEmpty()) {
        Result<Currency> currency = Currency::fromCode(f.currency);
        if (!currency) {
            return fail(currency.error());
        }
        w.clauses.append(QStringLiteral("i.currency = :currency"));
        w.bindings.insert(QStringLiteral("currency"), currency->code());
        if (amountGiven) {
            auto bounds = amountBounds(f, *currency);
            if (!bounds) {
                return fail(bounds.error());
            }
            addBounds(w.clauses, w.bindings, QStringLiteral("amount"), *bounds);
        }
    } else if (amountGiven) {
        // Any currency: the amount is read in each currency's own units (10.50 is 1050 pence,
        // but 10 yen is 10), one range per number of decimals.
        QMap<int, QStringList> byExponent;
        for (const Currency& c : Currency::all()) {
            byExponent[c.exponent()].append(c.code());
        }
        QStringList alternatives;
        for (auto it = byExponent.cbegin(); it != byExponent.cend(); ++it) {
            auto bounds = amountBounds(f, Currency::fromCode(it.value().constFirst()).value());
            if (!bounds) {
                // "10.50" is no amount in yen: those currencies drop out (the usual two decimals decide).
                if (bounds.error().code == QLatin1String("monitor.amount_range") || it.key() == 2) {
                    return fail(bounds.error());
                }
                continue;
            }
            QStringList parts;
            // Codes come from the currency table (three capital letters), not from the user.
            parts.append(it.key() == 2
                             ? QStringLiteral("i.currency IS NOT NULL") // every other exponent is listed
                             : QStringLiteral("i.currency IN ('%1')").arg(it.value().join(QStringLiteral("', '"))));
            if (it.key() == 2) {
                QStringList others;
                for (auto o = byExponent.cbegin(); o != byExponent.cend(); ++o) {
                    if (o.key() != 2) {
                        others += o.value();
                    }
                }
                parts.append(QStringLiteral("i.currency NOT IN ('%1')").arg(others.join(QStringLiteral("', '"))));
            }
            addBounds(parts, w.bindings, QStringLiteral("amount%1").arg(it.key()), *bounds);
            alternatives.append(QStringLiteral("(") + parts.join(QStringLiteral(" AND ")) + QStringLiteral(")"));
        }
        w.clauses.append(QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) + QStringLiteral(")"));
    }
    return w;
}

QString orderBy(MonitorSort sort, bool descending)
{
    QString column;
    switch (sort) {
    case MonitorSort::Time:
        column = QStringLiteral("i.received_at");
        break;
    case MonitorSort::VendorTxCode:
        column = QStringLiteral("i.vendor_tx_code");
        break;
    case MonitorSort::TransactionId:
        column = QStringLiteral("i.transaction_id");
        break;
    case MonitorSort::Customer:
        column = QStringLiteral("i.customer");
        break;
    case MonitorSort::Amount:
        column = QStringLiteral("i.amount_minor");
        break;
    }
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral("%1 %2, i.id %2").arg(column, dir);
}

const QString kRowColumns =
    QStringLiteral("i.id, i.received_at, i.source, i.kind, i.vendor_tx_code, i.transaction_id, i.customer, "
                   "i.amount_minor, i.currency, i.status, i.stage, i.attempts, i.error_message, i.resolved_at");

/// What the row query gives before the commands are looked at.
struct RowBase {
    MonitorRow row;
    QString status;
    bool resolved = false;
};

RowBase rowFrom(const QSqlQuery& q)
{
    RowBase b;
    MonitorRow& r = b.row;
    r.id = q.value(0).toLongLong();
    r.receivedAt = q.value(1).toLongLong();
    r.source = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.vendorTxCode = q.value(4).toString();
    r.transactionId = q.value(5).toString();
    r.customer = q.value(6).toString();
    if (!q.value(7).isNull()) {
        if (Result<Currency> c = Currency::fromCode(q.value(8).toString()); c) {
            r.amount = Money(q.value(7).toLongLong(), *c);
        }
    }
    b.status = q.value(9).toString();
    r.stage = q.value(10).toString();
    r.attempts = q.value(11).toInt();
    r.problem = q.value(12).toString();
    b.resolved = !q.value(13).isNull();
    return b;
}

bool isOpen(const QString& status)
{
    return status == QLatin1String("pending") || status == QLatin1String("in_flight") ||
           status == QLatin1String("unknown");
}

/// The flow of an event from its inbox row and its commands.
Flow flowOf(const RowBase& b, const QList<MonitorCommand>& commands)
{
    if (b.resolved) {
        return Flow::Resolved;
    }
    bool dead = b.status == QLatin1String("dead");
    bool postingOpen = false;
    bool postingRetried = false;
    bool syncOpen = false;
    for (const MonitorCommand& c : commands) {
        dead = dead || c.status == QLatin1String("dead");
        if (!isOpen(c.status)) {
            continue;
        }
        if (c.commandKind == kSync) {
            syncOpen = true;
        } else {
            postingOpen = true;
            postingRetried = postingRetried || c.attempts > 0;
        }
    }
    if (dead) {
        return Flow::DeadLetter;
    }
    if (b.status == QLatin1String("ignored") || b.row.stage == QLatin1String("duplicate")) {
        return Flow::Ignored;
    }
    if (b.status == QLatin1String("pending")) {
        return b.row.attempts > 0 ? Flow::Retrying : Flow::Received;
    }
    if (postingOpen) {
        return postingRetried ? Flow::Retrying : Flow::Posting;
    }
    return syncOpen ? Flow::Posted : Flow::Completed;
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids) {
        parts.append(QString::number(id));
    }
    return parts.join(QLatin1Char(','));
}

const QString kCommandColumns = QStringLiteral(
    "id, inbox_id, command_kind, business_key, status, attempts, document_key, error_code, error_message, error_fix, "
    "created_at, first_attempt_at, updated_at");

MonitorCommand commandFrom(const QSqlQuery& q)
{
    MonitorCommand c;
    c.id = q.value(0).toLongLong();
    c.commandKind = q.value(2).toString();
    c.businessKey = q.value(3).toString();
    c.status = q.value(4).toString();
    c.attempts = q.value(5).toInt();
    c.documentKey = q.value(6).toString();
    c.errorCode = q.value(7).toString();
    c.errorMessage = q.value(8).toString();
    c.errorFix = q.value(9).toString();
    c.createdAt = q.value(10).toLongLong();
    if (!q.value(11).isNull()) {
        c.firstAttemptAt = q.value(11).toLongLong();
    }
    c.updatedAt = q.value(12).toLongLong();
    return c;
}

/// Commands, risk scores and flows for rows read by the row query: two look-ups by id for the
/// whole page, so that the row query itself stays on its index.
Result<QList<MonitorRow>> complete(QSqlDatabase& db, bool postgres, QList<RowBase> bases)
{
    QList<qint64> ids;
    for (const RowBase& b : std::as_const(bases)) {
        ids.append(b.row.id);
    }
    QHash<qint64, QList<MonitorCommand>> commands;
    QHash<qint64, int> risk;
    if (!ids.isEmpty()) {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT %1 FROM outbox WHERE inbox_id IN (%2) ORDER BY id")
                                   .arg(kCommandColumns, idList(ids)));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            commands[q->value(1).toLongLong()].append(commandFrom(*q));
        }
        const QString riskExpr = postgres ? QStringLiteral("CAST(canonical AS json)->>'riskScore'")
                                          : QStringLiteral("json_extract(canonical, '$.riskScore')");
        Result<QSqlQuery> r =
            Database::exec(db, QStringLiteral("SELECT id, %1 FROM inbox WHERE id IN (%2) AND canonical IS NOT NULL")
                                   .arg(riskExpr, idList(ids)));
        if (!r) {
            return fail(r.error());
        }
        while (r->next()) {
            if (!r->value(1).isNull()) {
                risk.insert(r->value(0).toLongLong(), r->value(1).toInt());
            }
        }
    }
    QList<MonitorRow> rows;
    rows.reserve(bases.size());
    for (RowBase& b : bases) {
        const QList<MonitorCommand> own = commands.value(b.row.id);
        b.row.flow = flowOf(b, own);
        for (const MonitorCommand& c : own) {
            b.row.attempts += c.attempts;
            if (!c.documentKey.isEmpty() && c.commandKind != kSync) {
                b.row.documents.append(c.commandKind + QLatin1Char(' ') + c.documentKey);
            }
            if (b.row.problem.isEmpty() && !c.errorMessage.isEmpty() && c.status != QLatin1String("done")) {
                b.row.problem = c.errorMessage;
            }
        }
        if (auto it = risk.constFind(b.row.id); it != risk.cend()) {
            b.row.riskScore = *it;
        }
        rows.append(std::move(b.row));
    }
    return rows;
}

/// The step a pipeline dead letter stopped at, from its error: validation and mapping errors
/// come after the payment was read; everything else (reading it, Opayo's confirmation) before.
MonitorStage::Step failedPipelineStep(const QString& errorCode)
{
    if (errorCode.startsWith(QLatin1String("engine.unknown_")) || errorCode.startsWith(QLatin1String("mapping.")) ||
        errorCode.startsWith(QLatin1String("erp."))) {
        return MonitorStage::Step::Mapped;
    }
    return MonitorStage::Step::Normalised;
}

QList<MonitorStage> stagesOf(const MonitorDetail& d)
{
    using Step = MonitorStage::Step;
    QList<MonitorStage> stages{{Step::Received, d.row.receivedAt, false},
                               {Step::Normalised, std::nullopt, false},
                               {Step::Mapped, std::nullopt, false},
                               {Step::Posted, std::nullopt, false},
                               {Step::Synced, std::nullopt, false}};
    if (d.status == QLatin1String("dead")) {
        const Step failed = failedPipelineStep(d.errorCode);
        if (failed == Step::Mapped) {
            stages[1].at = d.updatedAt; // read (and confirmed) before the mapping refused it
        }
        stages[int(failed)].failed = true;
        stages[int(failed)].at = d.updatedAt;
        return stages;
    }
    if (d.status == QLatin1String("pending")) {
        return stages;
    }
    // Normalising, mapping and queueing the commands commit in one transaction.
    std::optional<qint64> mappedAt;
    std::optional<qint64> postedAt;
    std::optional<qint64> syncedAt;
    bool postingDone = true;
    bool anyPosting = false;
    bool syncDone = true;
    bool anySync = false;
    for (const MonitorCommand& c : d.commands) {
        mappedAt = mappedAt ? std::min(*mappedAt, c.createdAt) : c.createdAt;
        const bool done = c.status == QLatin1String("done");
        if (c.commandKind == kSync) {
            anySync = true;
            syncDone = syncDone && done;
            syncedAt = done ? std::max(syncedAt.value_or(0), c.updatedAt) : syncedAt;
        } else {
            anyPosting = true;
            postingDone = postingDone && done;
            postedAt = done ? std::max(postedAt.value_or(0), c.updatedAt) : postedAt;
            if (c.status == QLatin1String("dead")) {
                stages[int(Step::Posted)].failed = true;
                stages[int(Step::Posted)].at = c.updatedAt;
            }
        }
    }
    const qint64 pipelineAt = mappedAt.value_or(d.updatedAt);
    stages[int(Step::Normalised)].at = pipelineAt;
    if (d.status == QLatin1String("ignored") || d.row.stage == QLatin1String("duplicate")) {
        return stages; // nothing was mapped or posted for it
    }
    stages[int(Step::Mapped)].at = pipelineAt;
    if (anyPosting && postingDone) {
        stages[int(Step::Posted)].at = postedAt;
    }
    if (anySync && syncDone && postingDone) {
        stages[int(Step::Synced)].at = syncedAt;
    }
    return stages;
}

} // namespace

Monitor::Monitor(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<void> Monitor::validate(const MonitorFilter& filter)
{
    return asVoid(compile(filter));
}

Result<qint64> Monitor::count(const MonitorFilter& filter) const
{
    Result<Where> w = compile(filter);
    if (!w) {
        return fail(w.error());
    }
    qint64 n = 0;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT COUNT(*) FROM inbox i WHERE %1").arg(w->sql()), w->bindings);
        if (!q) {
            return fail(q.error());
        }
        n = q->next() ? q->value(0).toLongLong() : 0;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return n;
}

Result<QList<MonitorRow>> Monitor::page(const MonitorFilter& filter, MonitorSort sort, bool descending, qint64 offset,
                                        int limit) const
{
    Result<Where> w = compile(filter);
    if (!w) {
        return fail(w.error());
    }
    QVariantMap bindings = w->bindings;
    bindings.insert(QStringLiteral("limit"), limit);
    bindings.insert(QStringLiteral("offset"), std::max<qint64>(0, offset));
    QList<MonitorRow> rows;
    const bool postgres = m_database->isPostgres();
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db,
                                             QStringLiteral("SELECT %1 FROM inbox i WHERE %2 ORDER BY %3 LIMIT :limit "
                                                            "OFFSET :offset")
                                                 .arg(kRowColumns, w->sql(), orderBy(sort, descending)),
                                             bindings);
        if (!q) {
            return fail(q.error());
        }
        QList<RowBase> bases;
        while (q->next()) {
            bases.append(rowFrom(*q));
        }
        Result<QList<MonitorRow>> completed = complete(db, postgres, std::move(bases));
        if (!completed) {
            return fail(completed.error());
        }
        rows = std::move(*completed);
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return rows;
}

Result<std::optional<qint64>> Monitor::positionInTimeOrder(const MonitorFilter& filter, bool descending,
                                                           qint64 id) const
{
    Result<Where> w = compile(filter);
    if (!w) {
        return fail(w.error());
    }
    std::optional<qint64> position;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        QVariantMap bindings = w->bindings;
        bindings.insert(QStringLiteral("anchor"), id);
        Result<QSqlQuery> a = Database::exec(
            db, QStringLiteral("SELECT i.received_at FROM inbox i WHERE i.id = :anchor AND %1").arg(w->sql()),
            bindings);
        if (!a) {
            return fail(a.error());
        }
        if (!a->next()) {
            return {};
        }
        bindings.insert(QStringLiteral("t"), a->value(0).toLongLong());
        bindings.insert(QStringLiteral("t2"), a->value(0).toLongLong());
        // Rows before the anchor in (received_at, id) order, as one index range on received_at.
        const QString before =
            descending ? QStringLiteral("i.received_at >= :t AND NOT (i.received_at = :t2 AND i.id <= :anchor)")
                       : QStringLiteral("i.received_at <= :t AND NOT (i.received_at = :t2 AND i.id >= :anchor)");
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT COUNT(*) FROM inbox i WHERE %1 AND %2").arg(w->sql(), before), bindings);
        if (!q) {
            return fail(q.error());
        }
        position = q->next() ? q->value(0).toLongLong() : 0;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return position;
}

Result<std::optional<MonitorDetail>> Monitor::detail(qint64 id) const
{
    std::optional<MonitorDetail> found;
    const bool postgres = m_database->isPostgres();
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral("SELECT %1, i.payload, i.canonical, i.edits, i.error_code, i.error_fix, i.updated_at, "
                           "i.resolved_by, i.resolution FROM inbox i WHERE i.id = :id")
                .arg(kRowColumns),
            {{"id", id}});
        if (!q) {
            return fail(q.error());
        }
        if (!q->next()) {
            return {};
        }
        MonitorDetail d;
        const RowBase base = rowFrom(*q);
        d.status = base.status;
        d.errorMessage = base.row.problem;
        d.payload = q->value(14).toString();
        d.canonical = q->value(15).toString();
        d.edits = q->value(16).toString();
        d.errorCode = q->value(17).toString();
        d.errorFix = q->value(18).toString();
        d.updatedAt = q->value(19).toLongLong();
        d.resolvedBy = q->value(20).toString();
        if (!q->value(13).isNull()) {
            d.resolvedAt = q->value(13).toLongLong();
        }
        d.resolution = q->value(21).toString();

        Result<QList<MonitorRow>> rows = complete(db, postgres, {base});
        if (!rows) {
            return fail(rows.error());
        }
        d.row = rows->constFirst();
        Result<QSqlQuery> c = Database::exec(
            db,
            QStringLiteral(
                "SELECT %1, payload, request, response FROM outbox WHERE inbox_id = :id ORDER BY sequence, id")
                .arg(kCommandColumns),
            {{"id", id}});
        if (!c) {
            return fail(c.error());
        }
        while (c->next()) {
            MonitorCommand command = commandFrom(*c);
            command.payload = c->value(13).toString();
            command.request = c->value(14).toString();
            command.response = c->value(15).toString();
            d.commands.append(command);
        }
        Result<QSqlQuery> r = Database::exec(
            db,
            QStringLiteral("SELECT id, inbox_id, edits, reason, changes_money, requested_by, requested_at, status, "
                           "decided_by, decided_at, decision_comment FROM replay_requests WHERE inbox_id = :id "
                           "ORDER BY id"),
            {{"id", id}});
        if (!r) {
            return fail(r.error());
        }
        while (r->next()) {
            ReplayRequest rr;
            rr.id = r->value(0).toLongLong();
            rr.inboxId = r->value(1).toLongLong();
            rr.edits = r->value(2).toString();
            rr.reason = r->value(3).toString();
            rr.changesMoney = r->value(4).toInt() != 0;
            rr.requestedBy = r->value(5).toString();
            rr.requestedAt = r->value(6).toLongLong();
            rr.status = r->value(7).toString();
            rr.decidedBy = r->value(8).toString();
            if (!r->value(9).isNull()) {
                rr.decidedAt = r->value(9).toLongLong();
            }
            rr.decisionComment = r->value(10).toString();
            d.replayRequests.append(rr);
        }
        d.stages = stagesOf(d);
        found = std::move(d);
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

} // namespace bridge::store
