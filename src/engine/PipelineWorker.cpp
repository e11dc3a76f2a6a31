// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/PipelineWorker.h"

#include "core/PaymentEdits.h"
#include "engine/ErpDocuments.h"
#include "engine/StatusSync.h"
#include "engine/SysproGateway.h"
#include "logging/Log.h"
#include "opayo/PiClient.h"
#include "opayo/ReportingClient.h"
#include "store/Alerts.h"
#include "store/Database.h"
#include "store/Ledger.h"
#include "store/Outbox.h"
#include "store/Refunds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace bridge::engine {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

PipelineWorker::PipelineWorker(std::shared_ptr<EngineContext> context, QString owner, QObject* parent)
    : QueueWorker(std::move(context), std::move(owner), parent)
{}

PipelineWorker::~PipelineWorker() = default;

void PipelineWorker::start()
{
    m_network = new QNetworkAccessManager(this);
    m_pi = new opayo::PiClient(m_network, m_context->config.pi, this);
    if (m_context->config.reporting) {
        m_reporting = new opayo::ReportingClient(m_network, *m_context->config.reporting, this);
    }
    begin();
}

void PipelineWorker::releaseLeases()
{
    store::Inbox(m_context->database, *m_context->clock).releaseAll(m_owner);
}

void PipelineWorker::poll()
{
    if (m_stopping || m_inFlight > 0) {
        return;
    }
    store::Inbox inbox(m_context->database, *m_context->clock);
    Result<QList<store::InboxEvent>> claimed =
        inbox.claim(m_owner, m_context->config.leaseMs, m_context->config.pipelineBatch);
    if (!claimed) {
        log::get("engine")->warn("pipeline {}: cannot claim events: {}", m_owner.toStdString(),
                                 claimed.error().toString().toStdString());
        pollIn(1'000);
        return;
    }
    if (claimed->isEmpty()) {
        pollIn(m_context->config.idlePollMs);
        return;
    }
    m_inFlight = int(claimed->size());
    for (const store::InboxEvent& event : *claimed) {
        auto work = std::make_shared<Work>();
        work->event = event;
        process(work);
    }
}

void PipelineWorker::finished()
{
    if (--m_inFlight > 0) {
        return;
    }
    flush();
    if (m_stopping) {
        stop();
        return;
    }
    // Straight on while there is work; a short pause when the batch was small.
    pollIn(0);
}

void PipelineWorker::flush()
{
    if (m_pending.isEmpty()) {
        return;
    }
    store::Inbox inbox(m_context->database, *m_context->clock);
    // An outcome that could not be recorded turns into a failure outcome (bounded: those have
    // no fallback of their own).
    while (!m_pending.isEmpty()) {
        const QList<Pending> batch = std::exchange(m_pending, {});
        QList<store::Inbox::Outcome> outcomes;
        outcomes.reserve(batch.size());
        for (const Pending& p : batch) {
            outcomes.append(p.outcome);
        }
        const QList<Result<void>> results = inbox.recordMany(m_owner, outcomes);
        QList<qint64> changed;
        changed.reserve(outcomes.size());
        for (const store::Inbox::Outcome& o : std::as_const(outcomes)) {
            changed.append(o.id);
        }
        m_context->changes->note(changed);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Pending& p = batch.at(i);
            if (results.at(i)) {
                if (p.recorded) {
                    p.recorded();
                }
            } else if (p.notRecorded) {
                p.notRecorded(results.at(i).error());
            } else {
                log::get("engine")->warn("pipeline {}: cannot record the outcome of event {}: {}",
                                         m_owner.toStdString(), p.outcome.id,
                                         results.at(i).error().toString().toStdString());
            }
        }
    }
    Q_EMIT committed();
}

void PipelineWorker::process(const std::shared_ptr<Work>& work)
{
    Result<NormalisedEvent> normalised = EventNormaliser::normalise(work->event);
    if (!normalised) {
        failed(work, normalised.error(),
               tr("Correct the event at its source and send it again, or replay it once the bridge can read it."));
        return;
    }
    work->normalised = *normalised;
    if (work->normalised.refundRequestId != 0 && !work->event.edits.isEmpty()) {
        failed(work,
               Error::permanent(QStringLiteral("engine.console_refund_edited"),
                                tr("A refund asked for in the console cannot be edited: its amount was approved as "
                                   "it is.")),
               tr("Replay it without edits, or mark it resolved and ask for the right refund on the Refunds page."));
        return;
    }
    if (!work->event.edits.isEmpty()) {
        // An operator's corrections (edit and replay; money changes were approved by a second person).
        const QJsonObject edits = QJsonDocument::fromJson(work->event.edits.toUtf8()).object();
        Result<CanonicalPayment> edited = PaymentEdits::apply(work->normalised.payment, edits);
        if (!edited) {
            failed(work, edited.error(),
                   tr("Correct the edit in the monitor (Edit and replay), or replay without it."));
            return;
        }
        work->normalised.payment = *edited;
        work->normalised.amountKnown = work->normalised.amountKnown || edits.contains(QStringLiteral("amount"));
    }
    if (work->normalised.refundRequestId != 0) {
        sendRefund(work); // a console refund: Opayo makes it first, then it goes on like any refund
        return;
    }
    proceed(work);
}

void PipelineWorker::proceed(const std::shared_ptr<Work>& work)
{
    const NormalisedEvent& n = work->normalised;
    if (work->event.source == QLatin1String("opayo-reporting")) {
        // The poller's row is a safety net: if the shop or Opayo already reported this
        // transaction (with its order lines), that event carries it, whatever became of it.
        bool seen = false;
        Result<void> looked = m_context->database->read([&](QSqlDatabase& db) -> Result<void> {
            Result<QSqlQuery> q = store::Database::exec(
                db, QStringLiteral("SELECT 1 FROM inbox WHERE transaction_id = :txn AND id <> :id LIMIT 1"),
                {{"txn", n.payment.transactionId}, {"id", work->event.id}});
            if (!q) {
                return fail(q.error());
            }
            seen = q->next();
            return {};
        });
        if (!looked) {
            failed(work, looked.error(), {});
            return;
        }
        if (seen) {
            ignore(work, QStringLiteral("duplicate"));
            return;
        }
    }
    if (!n.needsPosting()) {
        ignore(work, QStringLiteral("ignored"));
        return;
    }
    if (n.isRefund()) {
        // A refund needs its payment first (same ordering as the outbox), and a refund above
        // what is left is refused here, before anyone is asked.
        store::Ledger ledger(m_context->database);
        Result<std::optional<store::Refundable>> left = ledger.refundable(n.originalTransactionId);
        if (!left) {
            failed(work, left.error(), {});
            return;
        }
        if (!*left) {
            failed(work, store::Ledger::refundOriginalUnknown(n.payment.transactionId, n.originalTransactionId), {});
            return;
        }
        const store::Refundable& r = **left;
        if (n.amountKnown && n.payment.amount.minorUnits() > r.remaining.minorUnits()) {
            failed(work,
                   store::Ledger::refundExceeds(n.payment.transactionId, n.payment.amount, n.originalTransactionId, r),
                   tr("Check the refund amount with the shop; if the refund was really made in Opayo, correct the "
                      "original payment's amount first."));
            return;
        }
    }
    // A void has no transaction of its own to confirm: Opayo's answer to the instruction was it.
    if (m_context->config.confirmWithOpayo && !n.isVoid) {
        confirm(work);
    } else {
        mapAndValidate(work);
    }
}

void PipelineWorker::confirm(const std::shared_ptr<Work>& work)
{
    const QString transactionId = work->normalised.payment.transactionId;
    // Compares what the event claims with what Opayo says; Opayo's word is the one posted.
    auto check = [this, work](const QString& opayoStatus, const std::optional<Money>& opayoAmount,
                              const QString& opayoType) {
        NormalisedEvent& n = work->normalised;
        const QString claimedStatus = n.payment.status;
        QStringList differences;
        if (opayoStatus != claimedStatus) {
            differences.append(tr("status %1 in the event, %2 at Opayo").arg(claimedStatus, opayoStatus));
        }
        if (!opayoAmount) {
            differences.append(tr("Opayo did not say the amount"));
        } else if (n.amountKnown && *opayoAmount != n.payment.amount) {
            differences.append(tr("%1 %2 in the event, %3 %4 at Opayo")
                                   .arg(n.payment.amount.toDecimalString(), n.payment.amount.currency().code(),
                                        opayoAmount->toDecimalString(), opayoAmount->currency().code()));
        }
        if (!opayoType.isEmpty() &&
            n.isRefund() != (opayoType.compare(QLatin1String("Refund"), Qt::CaseInsensitive) == 0)) {
            differences.append(tr("type %1 in the event, %2 at Opayo").arg(n.payment.transactionType, opayoType));
        }
        if (!differences.isEmpty()) {
            const Error e = Error::security(
                QStringLiteral("engine.opayo_mismatch"),
                tr("Opayo does not confirm transaction %1 (vendorTxCode %2): %3. Nothing was posted.")
                    .arg(n.payment.transactionId, n.payment.vendorTxCode, differences.join(QStringLiteral("; "))));
            store::Alerts(m_context->database, *m_context->clock)
                .raise(store::NewAlert{QStringLiteral("opayo-mismatch"), store::AlertSeverity::Critical,
                                       n.payment.transactionId, e.message,
                                       tr("Compare the payment in Opayo's portal with the shop's order before "
                                          "posting anything by hand.")});
            failed(work, e,
                   tr("Compare the payment in Opayo's portal with the shop's order. If the shop sent wrong "
                      "figures, correct them there; then replay the event."));
            return;
        }
        n.payment.amount = *opayoAmount;
        n.amountKnown = true;
        mapAndValidate(work);
    };
    auto onError = [this, work, transactionId](const Error& error) {
        if (error.isTransient()) {
            failed(work, error, {});
            return;
        }
        if (error.errorClass == ErrorClass::Configuration) {
            waitForOpayoSetup(work, error);
            return;
        }
        failed(work,
               Error::permanent(QStringLiteral("engine.opayo_unconfirmed"),
                                tr("Opayo could not confirm transaction %1: %2").arg(transactionId, error.message),
                                error.detail),
               tr("Check the transaction in Opayo's portal. If it exists, check the Opayo settings (vendor, "
                  "environment), then replay the event."));
    };

    if (work->event.source == QLatin1String("shop-event") || work->normalised.refundRequestId != 0) {
        opayo::PiJob* job = m_pi->getTransaction(transactionId);
        connect(job, &net::NetworkJob::finished, this, [job, check, onError](net::NetworkJob*) {
            job->deleteLater();
            if (job->error()) {
                onError(*job->error());
                return;
            }
            const opayo::PiTransaction& t = *job->transaction();
            check(EventNormaliser::statusFromPi(t.status), t.totalAmount, t.transactionType);
        });
        job->start();
        return;
    }
    if (!m_reporting) {
        failed(work,
               Error::configuration(QStringLiteral("engine.no_reporting"),
                                    tr("Transaction %1 came from Opayo without an amount and can only be confirmed "
                                       "through the Reporting API, which is not set up.")
                                        .arg(transactionId)),
               tr("Enter the Reporting API user in Settings → Opayo, then replay the event."));
        return;
    }
    opayo::ReportingJob* job = m_reporting->getTransactionDetailByVpsTxId(transactionId);
    connect(job, &net::NetworkJob::finished, this, [job, check, onError](net::NetworkJob*) {
        job->deleteLater();
        if (job->error()) {
            onError(*job->error());
            return;
        }
        const opayo::ReportingTransaction& t = job->transactionDetail()->summary;
        check(EventNormaliser::statusFromTxState(t.txStateId), t.amount, t.transactionType);
    });
    job->start();
}

void PipelineWorker::waitForOpayoSetup(const std::shared_ptr<Work>& work, const Error& error)
{
    // Wrong or missing credentials: every payment would fail the same way, and none of them is
    // at fault. They wait (retried with back-off) while a person fixes the setup.
    store::Alerts(m_context->database, *m_context->clock)
        .raise(store::NewAlert{QStringLiteral("opayo-auth"), store::AlertSeverity::Critical, QStringLiteral("opayo"),
                               error.message,
                               tr("Check the Opayo integration key and password (Settings → Opayo); payments and "
                                  "approved refunds wait and go on once Opayo accepts the bridge again.")});
    Error waiting = error;
    waiting.errorClass = ErrorClass::Transient;
    failed(work, waiting, {});
}

void PipelineWorker::mapAndValidate(const std::shared_ptr<Work>& work)
{
    m_risk.score(work->normalised.payment);
    Result<QList<mapping::MappedCommand>> mapped = m_context->mapping->evaluate(work->normalised.payment.toJson());
    if (!mapped) {
        failed(work, mapped.error(),
               tr("Correct the mapping \"%1\", then replay the event (bridge-cli replay).")
                   .arg(m_context->mapping->document().name));
        return;
    }
    if (mapped->isEmpty()) {
        ignore(work, QStringLiteral("unmapped"));
        return;
    }
    for (const mapping::MappedCommand& command : *mapped) {
        const QJsonObject json = command.toJson();
        // Build each document now, so that a command SYSPRO could never take fails here, named.
        const QString object = command.object.toUpper();
        Result<void> built = object == QLatin1String("SORTOI")   ? asVoid(ErpDocuments::salesOrder(json))
                             : object == QLatin1String("ARSTPY") ? asVoid(ErpDocuments::receipt(json))
                             : object == QLatin1String("ARSTIN") ? asVoid(ErpDocuments::creditNote(json))
                             : object == QLatin1String("SORTCH") ? asVoid(ErpDocuments::stockCreditNote(json))
                                                                 : asVoid(ErpDocuments::businessKey(json));
        if (!built) {
            failed(work, built.error(),
                   tr("Correct the mapping \"%1\", then replay the event (bridge-cli replay).")
                       .arg(m_context->mapping->document().name));
            return;
        }
        work->commands.append(json);
    }
    validate(work);
}

void PipelineWorker::validate(const std::shared_ptr<Work>& work)
{
    QStringList customers;
    QStringList stockCodes;
    for (const QJsonObject& command : std::as_const(work->commands)) {
        if (const QString c = ErpDocuments::customer(command); !c.isEmpty() && !customers.contains(c)) {
            customers.append(c);
        }
        for (const QString& s : ErpDocuments::stockCodes(command)) {
            if (!stockCodes.contains(s)) {
                stockCodes.append(s);
            }
        }
    }
    LookupCache& cache = *m_context->lookups;
    auto judge = [this, work, customers, stockCodes] {
        LookupCache& c = *m_context->lookups;
        const QString company =
            m_context->config.sysproCredentials
                ? m_context->config.sysproCredentials->credentials().value_or(syspro::SysproCredentials{}).companyId
                : QString();
        for (const QString& customer : customers) {
            if (c.exists(LookupCache::Kind::Customer, customer) == false) {
                failed(work,
                       Error::permanent(QStringLiteral("engine.unknown_customer"),
                                        tr("Customer code %1 does not exist in SYSPRO company %2 (payment %3, "
                                           "vendorTxCode %4). Nothing was posted.")
                                            .arg(customer, company, work->normalised.payment.transactionId,
                                                 work->normalised.payment.vendorTxCode)),
                       tr("Add customer %1 in SYSPRO, or correct the shop's account code for this customer, then "
                          "replay the event.")
                           .arg(customer));
                return;
            }
        }
        QStringList unknownStock;
        for (const QString& code : stockCodes) {
            if (c.exists(LookupCache::Kind::StockCode, code) == false) {
                unknownStock.append(code);
            }
        }
        if (!unknownStock.isEmpty()) {
            failed(work,
                   Error::permanent(QStringLiteral("engine.unknown_stock_code"),
                                    tr("Stock code %1 does not exist in SYSPRO company %2 (payment %3, vendorTxCode "
                                       "%4). Nothing was posted.")
                                        .arg(unknownStock.join(QStringLiteral(", ")), company,
                                             work->normalised.payment.transactionId,
                                             work->normalised.payment.vendorTxCode)),
                   tr("Add the stock code in SYSPRO, or map the shop's SKU to an existing stock code (a lookup "
                      "step on StockCode in the mapping), then replay the event."));
            return;
        }
        commit(work);
    };
    if (cache.unknown(LookupCache::Kind::Customer, customers).isEmpty() &&
        cache.unknown(LookupCache::Kind::StockCode, stockCodes).isEmpty()) {
        judge();
        return;
    }
    if (!m_context->gateway) {
        commit(work); // no SYSPRO to ask (map-only runs): SYSPRO itself will refuse what is wrong
        return;
    }
    m_context->gateway->lookUp(customers, stockCodes, this, [this, work, judge](const Result<void>& looked) {
        if (!looked) {
            failed(work, looked.error(), {});
            return;
        }
        judge();
    });
}

void PipelineWorker::commit(const std::shared_ptr<Work>& work)
{
    const NormalisedEvent& n = work->normalised;
    const CanonicalPayment& p = n.payment;
    store::LedgerPayment payment;
    payment.transactionId = p.transactionId;
    payment.kind = n.isRefund() ? QStringLiteral("refund") : QStringLiteral("payment");
    payment.originalTransactionId = n.originalTransactionId;
    payment.vendorTxCode = p.vendorTxCode;
    payment.customer = work->commands.isEmpty() ? p.customerCode : ErpDocuments::customer(work->commands.first());
    payment.amount = p.amount;
    payment.status = p.status;
    payment.inboxId = work->event.id;
    payment.occurredAt = p.createdAt.isValid() ? p.createdAt.toMSecsSinceEpoch() : work->event.receivedAt;

    // What the transaction found, set afresh each time it runs (it may run twice: with the
    // batch, then alone).
    struct Found {
        bool duplicate = false;
        int queued = 0;
        int suppressed = 0;
    };
    auto found = std::make_shared<Found>();
    // The commands are built before the transaction, which then only writes them.
    QList<store::NewOutboxCommand> commands;
    {
        // A refund waits for its payment's commands: same ordering key.
        const QString orderingKey =
            QStringLiteral("txn:") + (n.isRefund() ? n.originalTransactionId : n.payment.transactionId);
        for (const QJsonObject& command : std::as_const(work->commands)) {
            Result<QString> key = ErpDocuments::businessKey(command);
            if (!key) {
                failed(work, key.error(),
                       tr("Correct the mapping \"%1\", then replay the event (bridge-cli replay).")
                           .arg(m_context->mapping->document().name));
                return;
            }
            store::NewOutboxCommand c;
            c.inboxId = work->event.id;
            c.transactionId = n.payment.transactionId;
            c.commandKind = command.value(QStringLiteral("object")).toString().toUpper();
            c.businessKey = *key;
            c.orderingKey = orderingKey;
            c.payload = compact(command);
            commands.append(c);
        }
    }
    Pending pending;
    pending.outcome.id = work->event.id;
    pending.outcome.kind = store::Inbox::Outcome::Kind::Advance;
    pending.outcome.stage = QStringLiteral("queued");
    pending.outcome.status = QStringLiteral("done");
    pending.outcome.canonical = compact(p.toJson());
    // The ledger row, the commands and the stage change commit together or not at all.
    pending.outcome.alsoDo = [inboxId = work->event.id, commands, payment, found](QSqlDatabase& tx, bool postgres,
                                                                                  qint64 now) -> Result<void> {
        *found = Found{};
        Result<store::Ledger::Recorded> recorded = store::Ledger::recordPayment(tx, postgres, now, payment);
        if (!recorded) {
            return fail(recorded.error());
        }
        if (*recorded == store::Ledger::Recorded::Duplicate) {
            found->duplicate = true;
            return asVoid(store::Database::exec(
                tx, QStringLiteral("UPDATE inbox SET stage = 'duplicate' WHERE id = :id"), {{"id", inboxId}}));
        }
        for (const store::NewOutboxCommand& c : commands) {
            Result<store::Outbox::Enqueued> e = store::Outbox::enqueue(tx, postgres, now, c);
            if (!e) {
                return fail(e.error());
            }
            (e->duplicate ? found->suppressed : found->queued) += 1;
        }
        return {};
    };
    pending.recorded = [this, found] {
        if (found->duplicate) {
            ++m_context->counters->duplicatesSuppressed;
        } else {
            ++m_context->counters->eventsQueued;
            m_context->counters->duplicatesSuppressed += found->suppressed;
        }
    };
    pending.notRecorded = [this, work](const Error& error) {
        m_pending.append(failure(work, error,
                                 error.code == QLatin1String("ledger.refund_exceeds")
                                     ? tr("Check the refund amount with the shop; nothing was posted.")
                                     : tr("Correct the cause named above, then replay the event.")));
    };
    m_pending.append(pending);
    finished();
}

void PipelineWorker::ignore(const std::shared_ptr<Work>& work, const QString& stage)
{
    Pending pending;
    pending.outcome.id = work->event.id;
    pending.outcome.kind = store::Inbox::Outcome::Kind::Advance;
    pending.outcome.stage = stage;
    pending.outcome.status = QStringLiteral("ignored");
    pending.outcome.canonical = compact(work->normalised.payment.toJson());
    pending.recorded = [this] { ++m_context->counters->eventsIgnored; };
    m_pending.append(pending);
    finished();
}

void PipelineWorker::failed(const std::shared_ptr<Work>& work, const Error& error, const QString& fix)
{
    m_pending.append(failure(work, error, fix));
    finished();
}

PipelineWorker::Pending PipelineWorker::failure(const std::shared_ptr<Work>& work, const Error& error,
                                                const QString& fix)
{
    Pending pending;
    pending.outcome.id = work->event.id;
    pending.outcome.error = error;
    if (error.isTransient()) {
        pending.outcome.kind = store::Inbox::Outcome::Kind::RetryLater;
        pending.outcome.nextAttemptAt =
            m_context->clock->nowMsecs() + m_context->retry->delayMs(work->event.attempts, error);
        pending.recorded = [this] { ++m_context->counters->retries; };
        return pending;
    }
    pending.outcome.kind = store::Inbox::Outcome::Kind::DeadLetter;
    pending.outcome.fix = fix;
    const qint64 inboxId = work->event.id;
    const QString reason = error.message;
    if (!m_context->config.shopStatusUrl.isEmpty()) {
        pending.outcome.alsoDo = [inboxId, reason](QSqlDatabase& tx, bool postgres, qint64 at) -> Result<void> {
            return StatusSync::enqueueFailure(tx, postgres, at, inboxId, reason);
        };
    }
    pending.recorded = [this, inboxId, error] {
        ++m_context->counters->deadLetters;
        log::get("engine")->warn("event {} to the dead-letter queue: {}", inboxId, error.toString().toStdString());
    };
    return pending;
}

} // namespace bridge::engine
