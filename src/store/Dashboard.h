// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// The time the dashboard looks at, in the user's local days and hours (milliseconds since the
/// epoch, UTC). A finance team in the UK closes its day at local midnight, so "today" and the
/// chart buckets follow the local calendar: a clock-change day has 23 or 25 hourly buckets, and a
/// day bucket always runs from one local midnight to the next.
struct DashboardPeriod {
    qint64 now = 0;
    qint64 dayStart = 0; ///< the start of today (local midnight)
    /// Boundaries of today's local hours: dayStart, dayStart + 1 h, …, tomorrow's start. n + 1
    /// values for n buckets (24; 23 or 25 when the clocks change).
    QList<qint64> hourBoundaries;
    /// Boundaries of the last 30 local days, today the last: 31 values, the last being tomorrow's
    /// start. Empty: the per-day figures are not read.
    QList<qint64> dayBoundaries;

    /// The period for `now` in `zone` (the user's time zone; QTimeZone::systemTimeZone()).
    static DashboardPeriod at(qint64 now, const QTimeZone& zone, int days = 30);
};

/// One currency's amounts, one per bucket of the period they were read for.
struct MoneySeries {
    Currency currency;
    QList<Money> perBucket;
};

/// What the dashboard shows, read at one moment. Money is per currency (never summed across
/// currencies), in minor units.
struct DashboardFigures {
    qint64 now = 0;
    qint64 dayStart = 0;
    /// Payments (ledger rows of kind 'payment') that Opayo took today, up to now.
    qint64 paymentsToday = 0;
    QList<Money> cashInToday; ///< their sum per currency, ordered by currency code; none: empty
    qint64 refundsToday = 0;
    QList<Money> refundedToday;
    /// Being retried: events still pending after a failed attempt, and commands (pending, in
    /// flight or to be checked in SYSPRO) after a failed attempt.
    qint64 retryingEvents = 0;
    qint64 retryingCommands = 0;
    /// Open dead letters: dead events not marked resolved, and dead commands whose event is not
    /// marked resolved.
    qint64 deadEvents = 0;
    qint64 deadCommands = 0;
    /// When the oldest open dead letter came in (event received, command created); none: none.
    std::optional<qint64> oldestDeadLetterAt;
    /// Events received per minute over the last 60 minutes, oldest first; the last bucket is the
    /// minute now is in. minuteStarts[i] is the start of bucket i (minutes since the epoch).
    QList<qint64> minuteStarts;
    QList<qint64> eventsPerMinute;
    /// Cash in (payments) per local hour of today and per local day (the period's boundaries),
    /// one series per currency that has any, ordered by currency code. Buckets after now are 0.
    QList<qint64> hourBoundaries;
    QList<MoneySeries> cashPerHour;
    QList<qint64> dayBoundaries;
    QList<MoneySeries> cashPerDay;

    [[nodiscard]] qint64 deadLetters() const { return deadEvents + deadCommands; }
    [[nodiscard]] qint64 retrying() const { return retryingEvents + retryingCommands; }
};

/// Reads the dashboard's figures. Every query walks an index (payments_occurred_at,
/// inbox_received_at, inbox_due, outbox_due) over the rows of its time window or status only,
/// so the cost follows today's traffic and the queues, not the size of the ledger.
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Dashboard)

public:
    static constexpr int kMinutes = 60;

    explicit Dashboard(std::shared_ptr<Database> database);

    /// Reads on the calling thread's connection (a pool thread must close it afterwards).
    [[nodiscard]] Result<DashboardFigures> read(const DashboardPeriod& period) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace bridge::store
