// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Dashboard.h"

#include "store/Database.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

namespace bridge::store {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 3'600'000;

// The sums are cast back to BIGINT: PostgreSQL's SUM(bigint) is NUMERIC, which the driver would
// hand over as a double. The cast keeps it exact (and fails rather than wraps on overflow).
const QString kTodaySql =
    QStringLiteral("SELECT kind, currency, COUNT(*), CAST(SUM(amount_minor) AS BIGINT) FROM payments "
                   "WHERE occurred_at >= :from AND occurred_at < :to GROUP BY kind, currency");
const QString kBucketSql =
    QStringLiteral("SELECT currency, CAST(SUM(amount_minor) AS BIGINT) FROM payments "
                   "WHERE occurred_at >= :from AND occurred_at < :to AND kind = 'payment' GROUP BY currency");

Result<Currency> currencyOf(const QString& code)
{
    Result<Currency> currency = Currency::fromCode(code);
    if (!currency) {
        return fail(Error::permanent(
            QStringLiteral("dashboard.currency"),
            QCoreApplication::translate("bridge::store::Dashboard",
                                        "The ledger holds payments in \"%1\", which is not an ISO 4217 currency the "
                                        "bridge knows, so the dashboard cannot show their amounts. Report this "
                                        "together with the event log.")
                .arg(code)));
    }
    return currency;
}

/// Adds `minor` of `code` to `totals` (one Money per currency, kept ordered by code).
Result<void> addTo(QMap<QString, Money>& totals, const QString& code, qint64 minor)
{
    const auto it = totals.find(code);
    if (it == totals.end()) {
        Result<Currency> currency = currencyOf(code);
        if (!currency) {
            return fail(currency.error());
        }
        totals.insert(code, Money(minor, *currency));
        return {};
    }
    Result<Money> sum = it->plus(Money(minor, it->currency()));
    if (!sum) {
        return fail(sum.error());
    }
    *it = *sum;
    return {};
}

/// Cash in per bucket of `boundaries` (n + 1 values), one series per currency. Buckets are cut
/// at `now`, so that the buckets of today add up to today's figure; buckets after now stay 0.
Result<QList<MoneySeries>> cashPerBucket(QSqlDatabase& db, const QList<qint64>& boundaries, qint64 now)
{
    const qsizetype buckets = std::max<qsizetype>(0, boundaries.size() - 1);
    QMap<QString, QList<qint64>> perCurrency;
    for (qsizetype b = 0; b < buckets; ++b) {
        const qint64 from = boundaries.at(b);
        const qint64 to = std::min(boundaries.at(b + 1), now);
        if (from >= to) {
            continue;
        }
        Result<Statement> q = Database::prepared(db, kBucketSql, {{"from", from}, {"to", to}});
        if (!q) {
            return fail(q.error());
        }
        while ((*q)->next()) {
            QList<qint64>& series = perCurrency[(*q)->value(0).toString()];
            if (series.isEmpty()) {
                series.fill(0, buckets);
            }
            series[b] = (*q)->value(1).toLongLong();
        }
    }
    QList<MoneySeries> out;
    for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it) {
        Result<Currency> currency = currencyOf(it.key());
        if (!currency) {
            return fail(currency.error());
        }
        MoneySeries series{*currency, {}};
        series.perBucket.reserve(buckets);
        for (qint64 minor : it.value()) {
            series.perBucket.append(Money(minor, *currency));
        }
        out.append(std::move(series));
    }
    return out;
}

} // namespace

DashboardPeriod DashboardPeriod::at(qint64 now, const QTimeZone& zone, int days)
{
    DashboardPeriod p;
    p.now = now;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    p.dayStart = today.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 tomorrow = today.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    // Local hours: an hour apart from midnight, so a clock change gives 23 or 25 of them.
    for (qint64 t = p.dayStart; t < tomorrow; t += kHourMs) {
        p.hourBoundaries.append(t);
    }
    p.hourBoundaries.append(tomorrow);
    for (int d = days - 1; d >= 0; --d) {
        p.dayBoundaries.append(today.addDays(-d).startOfDay(zone).toMSecsSinceEpoch());
    }
    if (days > 0) {
        p.dayBoundaries.append(tomorrow);
    }
    return p;
}

Dashboard::Dashboard(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<DashboardFigures> Dashboard::read(const DashboardPeriod& period) const
{
    DashboardFigures f;
    f.now = period.now;
    f.dayStart = period.dayStart;
    f.hourBoundaries = period.hourBoundaries;
    f.dayBoundaries = period.dayBoundaries;
    const auto readAll = [&](QSqlDatabase& db) -> Result<void> {
        // Today: payments and refunds per currency (payments_occurred_at, today's rows only).
        {
            Result<QSqlQuery> q = Database::exec(db, kTodaySql, {{"from", period.dayStart}, {"to", period.now}});
            if (!q) {
                return fail(q.error());
            }
            QMap<QString, Money> cashIn;
            QMap<QString, Money> refunded;
            while (q->next()) {
                const bool refund = q->value(0).toString() == QLatin1String("refund");
                (refund ? f.refundsToday : f.paymentsToday) += q->value(2).toLongLong();
                if (Result<void> added =
                        addTo(refund ? refunded : cashIn, q->value(1).toString(), q->value(3).toLongLong());
                    !added) {
                    return fail(added.error());
                }
            }
            f.cashInToday = cashIn.values();
            f.refundedToday = refunded.values();
        }
        // Being retried (inbox_due, outbox_due: the open statuses only).
        {
            Result<QSqlQuery> q = Database::exec(
                db, QStringLiteral("SELECT (SELECT COUNT(*) FROM inbox WHERE status = 'pending' AND attempts > 0), "
                                   "(SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'unknown', 'in_flight') "
                                   "AND attempts > 0)"));
            if (!q) {
                return fail(q.error());
            }
            if (q->next()) {
                f.retryingEvents = q->value(0).toLongLong();
                f.retryingCommands = q->value(1).toLongLong();
            }
        }
        // Open dead letters (inbox_due, outbox_due: the dead rows only).
        {
            Result<QSqlQuery> q = Database::exec(db, QStringLiteral("SELECT COUNT(*), MIN(received_at) FROM inbox "
                                                                    "WHERE status = 'dead' AND resolved_at IS NULL"));
            if (!q) {
                return fail(q.error());
            }
            if (q->next()) {
                f.deadEvents = q->value(0).toLongLong();
                if (!q->value(1).isNull()) {
                    f.oldestDeadLetterAt = q->value(1).toLongLong();
                }
            }
            // A command is no longer an open dead letter once its event is marked resolved.
            Result<QSqlQuery> c = Database::exec(
                db, QStringLiteral("SELECT COUNT(*), MIN(o.created_at) FROM outbox o WHERE o.status = 'dead' "
                                   "AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.id = o.inbox_id "
                                   "AND i.resolved_at IS NOT NULL)"));
            if (!c) {
                return fail(c.error());
            }
            if (c->next()) {
                f.deadCommands = c->value(0).toLongLong();
                if (!c->value(1).isNull()) {
                    const qint64 at = c->value(1).toLongLong();
                    f.oldestDeadLetterAt = f.oldestDeadLetterAt ? std::min(*f.oldestDeadLetterAt, at) : at;
                }
            }
        }
        // Events received per minute, the last 60 minutes (inbox_received_at). Integer division
        // buckets the same way on both engines; minutes are the same in every time zone.
        {
            const qint64 lastMinute = period.now / kMinuteMs;
            const qint64 firstMinute = lastMinute - (kMinutes - 1);
            f.minuteStarts.reserve(kMinutes);
            for (qint64 m = firstMinute; m <= lastMinute; ++m) {
                f.minuteStarts.append(m * kMinuteMs);
            }
            f.eventsPerMinute.fill(0, kMinutes);
            Result<QSqlQuery> q = Database::exec(
                db,
                QStringLiteral("SELECT received_at / 60000, COUNT(*) FROM inbox WHERE received_at >= :from "
                               "AND received_at < :to GROUP BY received_at / 60000"),
                {{"from", firstMinute * kMinuteMs}, {"to", (lastMinute + 1) * kMinuteMs}});
            if (!q) {
                return fail(q.error());
            }
            while (q->next()) {
                const qint64 index = q->value(0).toLongLong() - firstMinute;
                if (index >= 0 && index < kMinutes) {
                    f.eventsPerMinute[index] = q->value(1).toLongLong();
                }
            }
        }
        Result<QList<MoneySeries>> hours = cashPerBucket(db, period.hourBoundaries, period.now);
        if (!hours) {
            return fail(hours.error());
        }
        f.cashPerHour = *hours;
        Result<QList<MoneySeries>> days = cashPerBucket(db, period.dayBoundaries, period.now);
        if (!days) {
            return fail(days.error());
        }
        f.cashPerDay = *days;
        return {};
    };
    // Every figure from one snapshot, so that they agree while the engine writes (today's hours
    // add up to today's tile). Read-only: nothing is locked for the writers.
    Result<void> ok = m_database->readSnapshot(readAll);
    if (!ok) {
        return fail(ok.error());
    }
    return f;
}

} // namespace bridge::store
