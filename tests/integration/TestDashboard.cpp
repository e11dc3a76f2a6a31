// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The dashboard's figures on SQLite (dashboard_sqlite) and PostgreSQL (dashboard_postgres).
#include "core/Money.h"
#include "store/Dashboard.h"
#include "store/Database.h"
#include "support/TestDatabase.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace bridge;
using namespace bridge::store;
using bridge::test::TestDatabase;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;

const QTimeZone& london()
{
    static const QTimeZone zone("Europe/London");
    return zone;
}

/// 15 June 2026, 14:37:20.5 in London (13:37:20.5 UTC, summer time).
qint64 summerAfternoon()
{
    return QDateTime(QDate(2026, 6, 15), QTime(14, 37, 20, 500), london()).toMSecsSinceEpoch();
}

QString errorOf(const Result<void>& r)
{
    return r ? QString() : r.error().toString();
}

Result<void> insertPayment(Database& database, const QString& id, const QString& kind, qint64 minor,
                           const QString& currency, qint64 occurredAt)
{
    return database.write([&](QSqlDatabase& tx) -> Result<void> {
        return asVoid(Database::exec(
            tx,
            QStringLiteral("INSERT INTO payments (transaction_id, kind, original_transaction_id, vendor_tx_code, "
                           "amount_minor, currency, status, occurred_at, accepted_at) VALUES (:id, :kind, :original, "
                           ":vendor, :amount, :currency, 'OK', :occurred, :accepted)"),
            {{"id", id},
             {"kind", kind},
             {"original", kind == QLatin1String("refund") ? QVariant(QStringLiteral("P-1"))
                                                          : QVariant(QMetaType::fromType<QString>())},
             {"vendor", QString(QStringLiteral("VTX-") + id)},
             {"amount", minor},
             {"currency", currency},
             {"occurred", occurredAt},
             {"accepted", occurredAt}}));
    });
}

/// An inbox event; returns its id (0 on failure, with the reason in `error`).
qint64 insertEvent(Database& database, const QString& eventId, qint64 receivedAt, const QString& status, int attempts,
                   std::optional<qint64> resolvedAt, QString& error)
{
    qint64 id = 0;
    const Result<void> ok = database.write([&](QSqlDatabase& tx) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            tx,
            QStringLiteral("INSERT INTO inbox (source, source_event_id, kind, received_at, payload, payload_sha256, "
                           "status, stage, attempts, next_attempt_at, updated_at, resolved_by, resolved_at) "
                           "VALUES ('shop-event', :event, 'payment', :received, '{}', 'x', :status, 'received', "
                           ":attempts, :next, :updated, :by, :resolved) RETURNING id"),
            {{"event", eventId},
             {"received", receivedAt},
             {"status", status},
             {"attempts", attempts},
             {"next", receivedAt},
             {"updated", receivedAt},
             {"by", resolvedAt ? QVariant(QStringLiteral("sam")) : QVariant(QMetaType::fromType<QString>())},
             {"resolved", resolvedAt ? QVariant(*resolvedAt) : QVariant(QMetaType::fromType<qlonglong>())}});
        if (!q) {
            return fail(q.error());
        }
        q->next();
        id = q->value(0).toLongLong();
        return {};
    });
    error = errorOf(ok);
    return id;
}

Result<void> insertCommand(Database& database, std::optional<qint64> inboxId, const QString& key, const QString& status,
                           int attempts, qint64 createdAt)
{
    return database.write([&](QSqlDatabase& tx) -> Result<void> {
        return asVoid(Database::exec(
            tx,
            QStringLiteral("INSERT INTO outbox (inbox_id, command_kind, business_key, ordering_key, sequence, payload, "
                           "status, attempts, next_attempt_at, created_at, updated_at) VALUES (:inbox, 'SORTOI', :key, "
                           ":ordering, 1, '{}', :status, :attempts, :next, :created, :updated)"),
            {{"inbox", inboxId ? QVariant(*inboxId) : QVariant(QMetaType::fromType<qlonglong>())},
             {"key", key},
             {"ordering", key},
             {"status", status},
             {"attempts", attempts},
             {"next", createdAt},
             {"created", createdAt},
             {"updated", createdAt}}));
    });
}

QStringList decimals(const QList<Money>& amounts)
{
    QStringList out;
    for (const Money& m : amounts) {
        out.append(m.currency().code() + QLatin1Char(' ') + m.toDecimalString());
    }
    return out;
}

/// One series' minor units per bucket.
QList<qint64> minors(const MoneySeries& series)
{
    QList<qint64> out;
    for (const Money& m : series.perBucket) {
        out.append(m.minorUnits());
    }
    return out;
}

const MoneySeries* seriesOf(const QList<MoneySeries>& all, const QString& code)
{
    for (const MoneySeries& s : all) {
        if (s.currency.code() == code) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localPeriodFollowsTheClock()
    {
        // A summer day: midnight is 23:00 UTC the day before; 24 hours; 30 days ending tomorrow.
        const DashboardPeriod summer = DashboardPeriod::at(summerAfternoon(), london());
        QCOMPARE(summer.now, summerAfternoon());
        QCOMPARE(summer.dayStart, QDateTime(QDate(2026, 6, 14), QTime(23, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(summer.hourBoundaries.size(), 25);
        QCOMPARE(summer.hourBoundaries.first(), summer.dayStart);
        QCOMPARE(summer.hourBoundaries.last(), summer.dayStart + 24 * kHour);
        QCOMPARE(summer.dayBoundaries.size(), 31);
        QCOMPARE(summer.dayBoundaries.at(29), summer.dayStart);
        QCOMPARE(summer.dayBoundaries.last(), summer.dayStart + 24 * kHour);
        QCOMPARE(summer.dayBoundaries.first(),
                 QDate(2026, 5, 17).startOfDay(london()).toMSecsSinceEpoch()); // 29 days before today

        // The clocks go forward on 29 March 2026: 23 hours. Back on 25 October: 25 hours.
        const qint64 spring = QDateTime(QDate(2026, 3, 29), QTime(12, 0), london()).toMSecsSinceEpoch();
        const DashboardPeriod short_ = DashboardPeriod::at(spring, london());
        QCOMPARE(short_.hourBoundaries.size(), 24);
        QCOMPARE(short_.dayStart, QDateTime(QDate(2026, 3, 29), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(short_.hourBoundaries.last(), short_.dayStart + 23 * kHour);
        const qint64 autumn = QDateTime(QDate(2026, 10, 25), QTime(12, 0), london()).toMSecsSinceEpoch();
        const DashboardPeriod long_ = DashboardPeriod::at(autumn, london());
        QCOMPARE(long_.hourBoundaries.size(), 26);
        QCOMPARE(long_.hourBoundaries.last() - long_.dayStart, 25 * kHour);
        // The day buckets across the change are local days too: 23 hours long on 29 March.
        const DashboardPeriod april =
            DashboardPeriod::at(QDateTime(QDate(2026, 4, 10), QTime(9, 0), london()).toMSecsSinceEpoch(), london());
        qsizetype shortDays = 0;
        for (qsizetype i = 0; i + 1 < april.dayBoundaries.size(); ++i) {
            const qint64 length = april.dayBoundaries.at(i + 1) - april.dayBoundaries.at(i);
            QVERIFY(length == 24 * kHour || length == 23 * kHour);
            shortDays += length == 23 * kHour ? 1 : 0;
        }
        QCOMPARE(shortDays, qsizetype(1));
    }

    void emptyDatabaseReadsZeros()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const Result<DashboardFigures> f =
            Dashboard(t.database()).read(DashboardPeriod::at(summerAfternoon(), london()));
        QVERIFY2(f, qPrintable(f ? QString() : f.error().toString()));
        QCOMPARE(f->paymentsToday, qint64(0));
        QVERIFY(f->cashInToday.isEmpty());
        QCOMPARE(f->refundsToday, qint64(0));
        QVERIFY(f->refundedToday.isEmpty());
        QCOMPARE(f->retrying(), qint64(0));
        QCOMPARE(f->deadLetters(), qint64(0));
        QVERIFY(!f->oldestDeadLetterAt);
        QCOMPARE(f->eventsPerMinute, QList<qint64>(60, 0));
        QCOMPARE(f->minuteStarts.size(), qsizetype(60));
        QVERIFY(f->cashPerHour.isEmpty());
        QVERIFY(f->cashPerDay.isEmpty());
        QCOMPARE(f->hourBoundaries.size(), qsizetype(25));
        QCOMPARE(f->dayBoundaries.size(), qsizetype(31));
    }

    void todaysPaymentsAndRefundsPerCurrency()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Database& db = *t.database();
        const DashboardPeriod period = DashboardPeriod::at(summerAfternoon(), london());
        const qint64 day = period.dayStart;
        const qint64 now = period.now;
        // Today: GBP 10.00 at midnight exactly, GBP 20.00 at 05:30, EUR 12.34 at 14:00, JPY 500 at 14:37.
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-1"), QStringLiteral("payment"), 1000,
                                       QStringLiteral("GBP"), day)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-2"), QStringLiteral("payment"), 2000,
                                       QStringLiteral("GBP"), day + 5 * kHour + 30 * kMinute)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-3"), QStringLiteral("payment"), 1234,
                                       QStringLiteral("EUR"), day + 14 * kHour)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-4"), QStringLiteral("payment"), 500, QStringLiteral("JPY"),
                                       now - 1)),
                 QString());
        // Not today: one millisecond before midnight (yesterday), and at now itself (the window is
        // [dayStart, now)).
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-5"), QStringLiteral("payment"), 999, QStringLiteral("GBP"),
                                       day - 1)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-6"), QStringLiteral("payment"), 7777,
                                       QStringLiteral("GBP"), now)),
                 QString());
        // Three days ago, EUR; and 31 days ago (outside the 30-day chart).
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-7"), QStringLiteral("payment"), 4200,
                                       QStringLiteral("EUR"), period.dayBoundaries.at(26) + 10 * kHour)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("P-8"), QStringLiteral("payment"), 100000,
                                       QStringLiteral("USD"), period.dayBoundaries.first() - 1)),
                 QString());
        // Refunds: GBP 3.00 today, JPY 100 yesterday.
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("R-1"), QStringLiteral("refund"), 300, QStringLiteral("GBP"),
                                       day + 9 * kHour)),
                 QString());
        QCOMPARE(errorOf(insertPayment(db, QStringLiteral("R-2"), QStringLiteral("refund"), 100, QStringLiteral("JPY"),
                                       day - kHour)),
                 QString());

        const Result<DashboardFigures> f = Dashboard(t.database()).read(period);
        QVERIFY2(f, qPrintable(f ? QString() : f.error().toString()));
        QCOMPARE(f->paymentsToday, qint64(4));
        QCOMPARE(decimals(f->cashInToday),
                 (QStringList{QStringLiteral("EUR 12.34"), QStringLiteral("GBP 30.00"), QStringLiteral("JPY 500")}));
        QCOMPARE(f->cashInToday.at(2).minorUnits(), qint64(500));
        QCOMPARE(f->cashInToday.at(2).currency().exponent(), 0);
        QCOMPARE(f->refundsToday, qint64(1));
        QCOMPARE(decimals(f->refundedToday), QStringList{QStringLiteral("GBP 3.00")});

        // Per hour of today: payments only, in their local hour; refunds are not cash in.
        QCOMPARE(f->cashPerHour.size(), qsizetype(3));
        QCOMPARE(f->cashPerHour.at(0).currency.code(), QStringLiteral("EUR"));
        QList<qint64> gbp(24, 0);
        gbp[0] = 1000;
        gbp[5] = 2000;
        QCOMPARE(minors(*seriesOf(f->cashPerHour, QStringLiteral("GBP"))), gbp);
        QList<qint64> eur(24, 0);
        eur[14] = 1234;
        QCOMPARE(minors(*seriesOf(f->cashPerHour, QStringLiteral("EUR"))), eur);
        QList<qint64> jpy(24, 0);
        jpy[14] = 500;
        QCOMPARE(minors(*seriesOf(f->cashPerHour, QStringLiteral("JPY"))), jpy);
        QCOMPARE(seriesOf(f->cashPerHour, QStringLiteral("JPY"))->perBucket.at(14).toDecimalString(),
                 QStringLiteral("500"));

        // Per day: today's bucket equals today's figure; yesterday has the payment a millisecond
        // before midnight; the USD payment 31 days ago is outside the chart.
        QCOMPARE(f->cashPerDay.size(), qsizetype(3));
        QVERIFY(!seriesOf(f->cashPerDay, QStringLiteral("USD")));
        QList<qint64> gbpDays(30, 0);
        gbpDays[29] = 3000;
        gbpDays[28] = 999;
        QCOMPARE(minors(*seriesOf(f->cashPerDay, QStringLiteral("GBP"))), gbpDays);
        QList<qint64> eurDays(30, 0);
        eurDays[29] = 1234;
        eurDays[26] = 4200;
        QCOMPARE(minors(*seriesOf(f->cashPerDay, QStringLiteral("EUR"))), eurDays);
        QCOMPARE(seriesOf(f->cashPerDay, QStringLiteral("JPY"))->perBucket.at(29).minorUnits(), qint64(500));

        // A minute later the payment at the old "now" is today's too.
        DashboardPeriod later = period;
        later.now += kMinute;
        const Result<DashboardFigures> g = Dashboard(t.database()).read(later);
        QVERIFY(g);
        QCOMPARE(g->paymentsToday, qint64(5));
        QCOMPARE(decimals(g->cashInToday),
                 (QStringList{QStringLiteral("EUR 12.34"), QStringLiteral("GBP 107.77"), QStringLiteral("JPY 500")}));
    }

    void retriesAndOpenDeadLetters()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Database& db = *t.database();
        const DashboardPeriod period = DashboardPeriod::at(summerAfternoon(), london());
        const qint64 now = period.now;
        QString error;
        // Events: pending without a failed attempt (not retried), pending after 2 attempts
        // (retried), done after attempts (not retried).
        insertEvent(db, QStringLiteral("e1"), now - kHour, QStringLiteral("pending"), 0, std::nullopt, error);
        QCOMPARE(error, QString());
        insertEvent(db, QStringLiteral("e2"), now - kHour, QStringLiteral("pending"), 2, std::nullopt, error);
        QCOMPARE(error, QString());
        const qint64 done =
            insertEvent(db, QStringLiteral("e3"), now - 2 * kHour, QStringLiteral("done"), 3, std::nullopt, error);
        QCOMPARE(error, QString());
        // Dead events: one open (received 5 h ago), one resolved (older, 9 h ago: not counted).
        insertEvent(db, QStringLiteral("e4"), now - 5 * kHour, QStringLiteral("dead"), 1, std::nullopt, error);
        QCOMPARE(error, QString());
        const qint64 resolved =
            insertEvent(db, QStringLiteral("e5"), now - 9 * kHour, QStringLiteral("dead"), 1, now - kHour, error);
        QCOMPARE(error, QString());

        // Commands: retried when open after a failed attempt.
        QCOMPARE(errorOf(insertCommand(db, done, QStringLiteral("c1"), QStringLiteral("pending"), 1, now)), QString());
        QCOMPARE(errorOf(insertCommand(db, done, QStringLiteral("c2"), QStringLiteral("in_flight"), 1, now)),
                 QString());
        QCOMPARE(errorOf(insertCommand(db, done, QStringLiteral("c3"), QStringLiteral("unknown"), 2, now)), QString());
        QCOMPARE(errorOf(insertCommand(db, done, QStringLiteral("c4"), QStringLiteral("pending"), 0, now)), QString());
        QCOMPARE(errorOf(insertCommand(db, done, QStringLiteral("c5"), QStringLiteral("done"), 4, now)), QString());

        Result<DashboardFigures> f = Dashboard(t.database()).read(period);
        QVERIFY2(f, qPrintable(f ? QString() : f.error().toString()));
        QCOMPARE(f->retryingEvents, qint64(1));
        QCOMPARE(f->retryingCommands, qint64(3));
        QCOMPARE(f->deadEvents, qint64(1));
        QCOMPARE(f->deadCommands, qint64(0));
        QCOMPARE(f->oldestDeadLetterAt, std::optional<qint64>(now - 5 * kHour));

        // Dead commands: of a resolved event (not counted, oldest of all), of an event that is
        // not resolved (7 h ago: now the oldest), and without an event.
        QCOMPARE(
            errorOf(insertCommand(db, resolved, QStringLiteral("d1"), QStringLiteral("dead"), 1, now - 12 * kHour)),
            QString());
        QCOMPARE(errorOf(insertCommand(db, done, QStringLiteral("d2"), QStringLiteral("dead"), 1, now - 7 * kHour)),
                 QString());
        QCOMPARE(
            errorOf(insertCommand(db, std::nullopt, QStringLiteral("d3"), QStringLiteral("dead"), 1, now - 3 * kHour)),
            QString());
        f = Dashboard(t.database()).read(period);
        QVERIFY(f);
        QCOMPARE(f->deadEvents, qint64(1));
        QCOMPARE(f->deadCommands, qint64(2));
        QCOMPARE(f->deadLetters(), qint64(3));
        QCOMPARE(f->oldestDeadLetterAt, std::optional<qint64>(now - 7 * kHour));
        QCOMPARE(f->retrying(), qint64(4));
    }

    void eventsPerMinuteAreZeroFilled()
    {
        TestDatabase t;
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        Database& db = *t.database();
        const DashboardPeriod period = DashboardPeriod::at(summerAfternoon(), london());
        const qint64 now = period.now; // 20.5 s into its minute
        const qint64 thisMinute = (now / kMinute) * kMinute;
        QString error;
        const QList<qint64> at{
            now,                           // the last bucket
            thisMinute,                    // the last bucket, its first millisecond
            thisMinute - 1,                // the bucket before
            thisMinute - 59 * kMinute,     // the first bucket
            thisMinute - 59 * kMinute - 1, // 60 minutes ago: outside
            thisMinute - 30 * kMinute + 59'999,
        };
        for (qsizetype i = 0; i < at.size(); ++i) {
            insertEvent(db, QStringLiteral("m%1").arg(i), at.at(i), QStringLiteral("done"), 0, std::nullopt, error);
            QCOMPARE(error, QString());
        }
        const Result<DashboardFigures> f = Dashboard(t.database()).read(period);
        QVERIFY2(f, qPrintable(f ? QString() : f.error().toString()));
        QList<qint64> expected(60, 0);
        expected[59] = 2;
        expected[58] = 1;
        expected[0] = 1;
        expected[29] = 1;
        QCOMPARE(f->eventsPerMinute, expected);
        QCOMPARE(f->minuteStarts.first(), thisMinute - 59 * kMinute);
        QCOMPARE(f->minuteStarts.last(), thisMinute);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
