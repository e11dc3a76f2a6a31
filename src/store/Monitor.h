// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// Where an event is on its way into SYSPRO, derived from the inbox row and its commands.
enum class Flow {
    Received,   ///< waiting for the pipeline
    Retrying,   ///< a stage failed for a passing reason and is tried again
    Posting,    ///< mapped; its SYSPRO documents are being posted
    Posted,     ///< in SYSPRO; the shop is still to be told
    Completed,  ///< in SYSPRO, and the shop was told (or nobody is to be told)
    DeadLetter, ///< stopped for a reason a person must fix
    Resolved,   ///< a dead letter someone dealt with outside the bridge
    Ignored,    ///< nothing to post: declined, not mapped, or a repeat of a known payment
};

/// The monitor's filter. Every criterion is answered through an index (see migration 0008).
struct MonitorFilter {
    /// Any: everything but repeats (a payment reported again, e.g. by the Reporting API's safety
    /// net, is shown once); Repeats: only those.
    enum class Status { Any, InProgress, Retrying, Completed, DeadLetters, Resolved, Ignored, Repeats };
    qint64 from = 0; ///< received at or after (ms since the epoch, UTC); 0: no lower bound
    qint64 to = 0;   ///< received before; 0: no upper bound
    Status status = Status::Any;
    QString kind;            ///< "payment", "refund"; empty: any
    QString customerPrefix;  ///< SYSPRO customer code, as typed (case matters)
    QString referencePrefix; ///< vendorTxCode, Opayo transactionId or SYSPRO document number
    QString currency;        ///< ISO code; empty: any
    QString amountFrom;      ///< decimal text in the currency's units ("10.50"); empty: none
    QString amountTo;
};

enum class MonitorSort { Time, VendorTxCode, TransactionId, Customer, Amount };

/// One row of the monitor: one event received (a payment or refund as the shop, Opayo or the
/// Reporting API reported it) and what became of it.
struct MonitorRow {
    qint64 id = 0; ///< inbox id
    qint64 receivedAt = 0;
    QString source;
    QString kind;
    QString vendorTxCode;
    QString transactionId;
    QString customer;
    std::optional<Money> amount;
    Flow flow = Flow::Received;
    QString stage;         ///< the inbox stage (e.g. "duplicate", "ignored", "queued")
    QStringList documents; ///< SYSPRO documents made for it ("SORTOI 000123")
    int attempts = 0;      ///< tries of every stage and command together
    std::optional<int> riskScore;
    QString problem; ///< the error of a dead letter or of the last failed try
};

/// A SYSPRO command of an event, for the detail view.
struct MonitorCommand {
    qint64 id = 0;
    QString commandKind;
    QString businessKey;
    QString status;
    int attempts = 0;
    QString documentKey;
    QString payload; ///< the mapped command (JSON)
    QString request;
    QString response;
    QString errorCode;
    QString errorMessage;
    QString errorFix;
    qint64 createdAt = 0;
    std::optional<qint64> firstAttemptAt;
    qint64 updatedAt = 0;
};

/// A step of an event's way, with when it was reached; `at` is empty while it is still ahead.
struct MonitorStage {
    enum class Step { Received, Normalised, Mapped, Posted, Synced };
    Step step = Step::Received;
    std::optional<qint64> at;
    bool failed = false; ///< the event stopped here
};

/// An edit-and-replay request (see Corrections).
struct ReplayRequest {
    qint64 id = 0;
    qint64 inboxId = 0;
    QString edits; ///< JSON object: field → new value
    QString reason;
    bool changesMoney = false;
    QString requestedBy;
    qint64 requestedAt = 0;
    QString status; ///< pending, applied, rejected
    QString decidedBy;
    std::optional<qint64> decidedAt;
    QString decisionComment;
};

/// Everything the monitor's detail view shows about one event.
struct MonitorDetail {
    MonitorRow row;
    QString status;    ///< the inbox status: pending, done, ignored, dead
    QString payload;   ///< as received, card numbers masked at intake
    QString canonical; ///< the canonical payment (JSON), once normalised
    QString edits;     ///< corrections applied when it is replayed (JSON), if any
    QString errorCode;
    QString errorMessage;
    QString errorFix;
    qint64 updatedAt = 0;
    QString resolvedBy;
    std::optional<qint64> resolvedAt;
    QString resolution;
    QList<MonitorCommand> commands; ///< SYSPRO commands and the shop's status update, in order
    QList<MonitorStage> stages;
    QList<ReplayRequest> replayRequests;
};

/// The read side of the console's monitor: counts and pages of events under a filter, and one
/// event's whole story. Never reads more than a page; every filter uses an index.
class Monitor
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Monitor)

public:
    explicit Monitor(std::shared_ptr<Database> database);

    /// Checks a filter: an amount that is not a number, or a range upside down, is refused
    /// with the field named.
    static Result<void> validate(const MonitorFilter& filter);
    Result<qint64> count(const MonitorFilter& filter) const;
    /// Rows [offset, offset + limit) in the given order (ties broken by id).
    Result<QList<MonitorRow>> page(const MonitorFilter& filter, MonitorSort sort, bool descending, qint64 offset,
                                   int limit) const;
    /// Where the row with inbox id `id` stands in the time order (rows before it); nothing when
    /// it does not match the filter. Lets a view keep its place when new rows arrive.
    Result<std::optional<qint64>> positionInTimeOrder(const MonitorFilter& filter, bool descending, qint64 id) const;
    Result<std::optional<MonitorDetail>> detail(qint64 id) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace bridge::store
