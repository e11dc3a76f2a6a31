// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/SysproPoster.h"

#include "engine/ErpDocuments.h"
#include "engine/StatusSync.h"
#include "engine/SysproGateway.h"
#include "logging/Log.h"
#include "store/Alerts.h"
#include "store/Ledger.h"
#include "syspro/SysproClient.h"
#include "syspro/SysproErrors.h"
#include "syspro/SysproSession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace bridge::engine {

namespace {

QJsonObject payloadOf(const store::OutboxCommand& command)
{
    return QJsonDocument::fromJson(command.payload.toUtf8()).object();
}

const QString kSortoi = QStringLiteral("SORTOI");
const QString kArstpy = QStringLiteral("ARSTPY");
const QString kArstin = QStringLiteral("ARSTIN");
const QString kGentjl = QStringLiteral("GENTJL");
const QString kSortch = QStringLiteral("SORTCH");

syspro::FindQuery findBy(const QString& table, const QString& column, const QString& value, const QString& result)
{
    syspro::FindQuery q;
    q.tableName = table;
    q.columns = {result, column};
    syspro::FindCondition c;
    c.column = column;
    c.value = value;
    q.where.append(c);
    q.returnRows = 5;
    return q;
}

} // namespace

SysproPoster::SysproPoster(std::shared_ptr<EngineContext> context, QString owner, QObject* parent)
    : QueueWorker(std::move(context), std::move(owner), parent)
{}

void SysproPoster::start()
{
    begin();
}

void SysproPoster::releaseLeases()
{
    store::Outbox(m_context->database, *m_context->clock).releaseAll(m_owner);
}

QString SysproPoster::company() const
{
    return m_context->gateway->companyId();
}

void SysproPoster::poll()
{
    if (m_stopping) {
        return;
    }
    // SYSPRO takes one call at a time per session. While it works on one, the next is claimed
    // and built, so that the session never waits for our database work; no further ahead than
    // that, so that a claim does not hold commands long before they are sent. Claims never
    // overlap in what they take: in-flight commands are leased, and a command whose ordering
    // key has an earlier one in flight is not due.
    if (m_inFlight > 0 && m_context->gateway->callsInFlight() > 1) {
        return;
    }
    store::Outbox outbox(m_context->database, *m_context->clock);
    // One post's worth of orders and one of receipts (with any credit notes): a deep queue fills
    // whole posts instead of leaving a few orders over for a post of their own.
    Result<QList<store::OutboxCommand>> claimed =
        outbox.claim(m_owner, m_context->config.leaseMs,
                     {{{kSortoi}, m_context->config.postBatch},
                      {{kArstin, kSortch, kGentjl, kArstpy}, m_context->config.postBatch}});
    if (!claimed) {
        log::get("engine")->warn("poster: cannot claim commands: {}", claimed.error().toString().toStdString());
        pollIn(1'000);
        return;
    }
    if (claimed->isEmpty()) {
        if (m_inFlight == 0) {
            pollIn(m_context->config.idlePollMs);
        }
        return; // else the next answer looks again
    }
    QList<store::OutboxCommand> orders;
    QList<store::OutboxCommand> receipts;
    ++m_inFlight; // held until everything below is started
    for (const store::OutboxCommand& c : *claimed) {
        if (c.commandKind == kSortoi) {
            orders.append(c);
        } else if (c.commandKind == kArstpy && !c.mustVerify) {
            receipts.append(c);
        } else if (c.commandKind == kArstpy) {
            ++m_inFlight;
            verifyThen(c, [this, c] { postReceipt(c); });
        } else if (c.commandKind == kGentjl) {
            ++m_inFlight;
            verifyThen(c, [this, c] { postJournal(c); });
        } else if (c.commandKind == kSortch) {
            ++m_inFlight;
            postStockCreditNote(c);
        } else {
            ++m_inFlight;
            verifyThen(c, [this, c] { postCreditNote(c); });
        }
    }
    if (!orders.isEmpty()) {
        postOrders(orders);
    }
    for (qsizetype i = 0; i < receipts.size(); i += m_context->config.postBatch) {
        ++m_inFlight;
        postReceipts(receipts.mid(i, m_context->config.postBatch));
    }
    oneDone();
}

void SysproPoster::verifyThen(const store::OutboxCommand& command, std::function<void()> post)
{
    if (!command.mustVerify) {
        post();
        return;
    }
    verify(command, [this, command, post](const Result<QString>& found) {
        if (!found) {
            failedCommand(command, found.error(), true);
            oneDone();
            return;
        }
        if (!found->isEmpty()) {
            ++m_context->counters->foundOnLookUp;
            succeeded(command, *found, {}, tr("Found in SYSPRO on look-up after an unknown outcome."));
            oneDone();
            return;
        }
        post();
    });
}

void SysproPoster::verify(const store::OutboxCommand& command, std::function<void(Result<QString>)> done)
{
    // ARSTPY by its reference; ARSTIN: the credit or debit note's reference is kept as its customer
    // PO number; GENTJL: GenJournalDetail by Reference. The bridge writes the journal's key both as
    // its JournalReference and as every entry's Reference, so the look-up finds it whichever of the
    // two the company's GenJournalDetail shows (the SYSPRO sandbox shows the JournalReference).
    const bool receipt = command.commandKind == kArstpy;
    const bool journal = command.commandKind == kGentjl;
    syspro::FindQuery query = receipt   ? findBy(QStringLiteral("ArCshJnlDet"), QStringLiteral("Reference"),
                                                 command.businessKey, QStringLiteral("Journal"))
                              : journal ? findBy(QStringLiteral("GenJournalDetail"), QStringLiteral("Reference"),
                                                 command.businessKey, QStringLiteral("Journal"))
                                        : findBy(QStringLiteral("ArInvoice"), QStringLiteral("CustomerPoNumber"),
                                                 command.businessKey, QStringLiteral("Invoice"));
    if (journal) {
        query.columns = {QStringLiteral("GlYear"), QStringLiteral("GlPeriod"), QStringLiteral("Journal"),
                         QStringLiteral("Reference")};
    }
    m_context->gateway->call<syspro::FindResult>(
        this,
        [query](syspro::SysproClient& client, QObject* guard, syspro::SysproClient::Done<syspro::FindResult> back) {
            client.find(query, guard, std::move(back));
        },
        [done, receipt, journal](const Result<syspro::FindResult>& r) {
            if (!r) {
                done(fail(r.error()));
                return;
            }
            if (r->rows.isEmpty()) {
                done(QString());
                return;
            }
            const auto& row = r->rows.first();
            if (journal) {
                done(QStringLiteral("GL journal %1/%2/%3")
                         .arg(row.value(u"GlYear"), row.value(u"GlPeriod"), row.value(u"Journal")));
                return;
            }
            done(receipt ? QStringLiteral("AR journal %1").arg(row.value(u"Journal")) : row.value(u"Invoice"));
        });
}

void SysproPoster::postOrders(const QList<store::OutboxCommand>& commands)
{
    // Orders that may already be in SYSPRO are looked up first, all in one call.
    QList<store::OutboxCommand> toPost;
    QStringList suspectPos;
    for (const store::OutboxCommand& c : commands) {
        if (c.mustVerify) {
            suspectPos.append(c.businessKey);
        }
    }
    auto postRest = [this](const QList<store::OutboxCommand>& rest) {
        QMap<QString, QList<store::OutboxCommand>> byStatus;
        for (const store::OutboxCommand& c : rest) {
            byStatus[ErpDocuments::orderStatus(payloadOf(c))].append(c);
        }
        for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
            const QList<store::OutboxCommand>& group = it.value();
            for (qsizetype i = 0; i < group.size(); i += m_context->config.postBatch) {
                ++m_inFlight;
                postOrderGroup(group.mid(i, m_context->config.postBatch), it.key());
            }
        }
    };
    if (suspectPos.isEmpty()) {
        postRest(commands);
        return;
    }
    ++m_inFlight;
    m_context->gateway->call<QHash<QString, QString>>(
        this,
        [suspectPos](syspro::SysproClient& client, QObject* guard,
                     syspro::SysproClient::Done<QHash<QString, QString>> back) {
            client.findSalesOrdersByPo(suspectPos, guard, std::move(back));
        },
        [this, commands, postRest](const Result<QHash<QString, QString>>& found) {
            QList<store::OutboxCommand> rest;
            for (const store::OutboxCommand& c : commands) {
                if (!c.mustVerify) {
                    rest.append(c);
                } else if (!found) {
                    failedCommand(c, found.error(), true);
                } else if (found->contains(c.businessKey)) {
                    ++m_context->counters->foundOnLookUp;
                    succeeded(c, found->value(c.businessKey), {},
                              tr("Found in SYSPRO on look-up after an unknown outcome."));
                } else {
                    rest.append(c);
                }
            }
            postRest(rest);
            oneDone();
        });
}

void SysproPoster::postOrderGroup(const QList<store::OutboxCommand>& commands, const QString& orderStatus)
{
    QList<syspro::SalesOrder> orders;
    QList<store::OutboxCommand> sent;
    for (const store::OutboxCommand& c : commands) {
        Result<syspro::SalesOrder> order = ErpDocuments::salesOrder(payloadOf(c));
        if (!order) {
            failedCommand(c, order.error(), false);
            continue;
        }
        orders.append(*order);
        sent.append(c);
    }
    if (orders.isEmpty()) {
        oneDone();
        return;
    }
    syspro::SortoiParameters parameters = m_context->config.sortoi;
    parameters.orderStatus = orderStatus;
    ++m_context->counters->sysproCalls;
    m_context->gateway->call<syspro::SalesOrderImportResult>(
        this,
        [orders, parameters](syspro::SysproClient& client, QObject* guard,
                             syspro::SysproClient::Done<syspro::SalesOrderImportResult> back) {
            client.importSalesOrders(orders, parameters, guard, std::move(back));
        },
        [this, sent, orders](const Result<syspro::SalesOrderImportResult>& result) {
            if (!result) {
                // The post may or may not have reached SYSPRO: each order is looked up before any re-post.
                for (const store::OutboxCommand& c : sent) {
                    failedCommand(c, result.error(), true);
                }
                oneDone();
                return;
            }
            for (qsizetype i = 0; i < sent.size(); ++i) {
                const store::OutboxCommand& c = sent.at(i);
                const syspro::SalesOrderOutcome* outcome = result->find(c.businessKey);
                if (!outcome) {
                    failedCommand(c,
                                  Error::transient(syspro::codes::outcomeUnknown,
                                                   tr("SYSPRO's answer did not mention order %1; it will be looked up "
                                                      "before it is posted again.")
                                                       .arg(c.businessKey)),
                                  true);
                    continue;
                }
                const QJsonObject response{{QStringLiteral("salesOrder"), outcome->salesOrder},
                                           {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome->warnings)}};
                const QString responseText = QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact));
                switch (outcome->status) {
                case syspro::SalesOrderOutcome::Status::Created:
                case syspro::SalesOrderOutcome::Status::Validated:
                    ++m_context->counters->ordersPosted;
                    succeeded(c, outcome->salesOrder,
                              syspro::SalesOrderImport::buildXmlIn({orders.at(i)}, m_context->config.syspro.limits)
                                  .value_or(QString()),
                              responseText);
                    break;
                case syspro::SalesOrderOutcome::Status::Rejected:
                    failedCommand(c, outcome->toError(company()), false);
                    break;
                case syspro::SalesOrderOutcome::Status::CreatedNumberUnknown:
                case syspro::SalesOrderOutcome::Status::Unknown:
                    failedCommand(c,
                                  Error::transient(syspro::codes::outcomeUnknown,
                                                   tr("SYSPRO imported order %1 without saying its number; it will be "
                                                      "looked up.")
                                                       .arg(c.businessKey)),
                                  true);
                    break;
                }
            }
            oneDone();
        });
}

void SysproPoster::postReceipt(const store::OutboxCommand& command)
{
    Result<syspro::ArPayment> payment = ErpDocuments::receipt(payloadOf(command));
    if (!payment) {
        failedCommand(command, payment.error(), false);
        oneDone();
        return;
    }
    ++m_context->counters->sysproCalls;
    const QString request =
        syspro::ArPaymentPost::buildXmlIn(*payment, m_context->config.syspro.limits).value_or(QString());
    m_context->gateway->call<syspro::ReceiptOutcome>(
        this,
        [payment = *payment, parameters = m_context->config.arPayment](
            syspro::SysproClient& client, QObject* guard, syspro::SysproClient::Done<syspro::ReceiptOutcome> back) {
            client.postReceipt(payment, parameters, guard, std::move(back));
        },
        [this, command, request](const Result<syspro::ReceiptOutcome>& outcome) {
            if (!outcome) {
                failedCommand(command, outcome.error(), outcome.error().isTransient());
            } else {
                ++m_context->counters->receiptsPosted;
                const QString key = outcome->detail.isEmpty() ? outcome->reference
                                                              : QStringLiteral("AR journal %1").arg(outcome->detail);
                succeeded(command, key, request,
                          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reference"), outcome->reference},
                                                                      {QStringLiteral("detail"), outcome->detail}})
                                                .toJson(QJsonDocument::Compact)));
            }
            oneDone();
        });
}

void SysproPoster::postReceipts(const QList<store::OutboxCommand>& commands)
{
    if (commands.size() == 1) {
        postReceipt(commands.first());
        return;
    }
    QList<syspro::ArPayment> payments;
    QList<store::OutboxCommand> sent;
    for (const store::OutboxCommand& c : commands) {
        Result<syspro::ArPayment> payment = ErpDocuments::receipt(payloadOf(c));
        if (!payment) {
            failedCommand(c, payment.error(), false);
            continue;
        }
        payments.append(*payment);
        sent.append(c);
    }
    if (payments.isEmpty()) {
        oneDone();
        return;
    }
    ++m_context->counters->sysproCalls;
    using Outcomes = QList<Result<syspro::ReceiptOutcome>>;
    m_context->gateway->call<Outcomes>(
        this,
        [payments, parameters = m_context->config.arPayment](syspro::SysproClient& client, QObject* guard,
                                                             syspro::SysproClient::Done<Outcomes> back) {
            client.postReceipts(payments, parameters, guard, std::move(back));
        },
        [this, sent, payments](const Result<Outcomes>& outcomes) {
            if (!outcomes && outcomes.error().code == syspro::codes::notLicensed) {
                // Not licensed: each receipt goes its own way (the configured fallback).
                for (const store::OutboxCommand& c : sent) {
                    ++m_inFlight;
                    postReceipt(c);
                }
                oneDone();
                return;
            }
            for (qsizetype i = 0; i < sent.size(); ++i) {
                const store::OutboxCommand& c = sent.at(i);
                if (!outcomes) {
                    // The post may have reached SYSPRO: each receipt is looked up before a re-post.
                    failedCommand(c, outcomes.error(), outcomes.error().isTransient());
                    continue;
                }
                const Result<syspro::ReceiptOutcome>& one = outcomes->at(i);
                if (!one) {
                    failedCommand(c, one.error(), one.error().isTransient());
                    continue;
                }
                ++m_context->counters->receiptsPosted;
                const QString key =
                    one->detail.isEmpty() ? one->reference : QStringLiteral("AR journal %1").arg(one->detail);
                succeeded(c, key,
                          syspro::ArPaymentPost::buildXmlIn(payments.at(i), m_context->config.syspro.limits)
                              .value_or(QString()),
                          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reference"), one->reference},
                                                                      {QStringLiteral("journal"), one->detail}})
                                                .toJson(QJsonDocument::Compact)));
            }
            oneDone();
        });
}

void SysproPoster::postCreditNote(const store::OutboxCommand& command)
{
    Result<syspro::ArDocument> document = ErpDocuments::creditNote(payloadOf(command));
    if (!document) {
        failedCommand(command, document.error(), false);
        oneDone();
        return;
    }
    ++m_context->counters->sysproCalls;
    const QString request =
        syspro::ArInvoicePost::buildXmlIn(*document, m_context->config.syspro.limits).value_or(QString());
    m_context->gateway->call<QString>(
        this,
        [document = *document](syspro::SysproClient& client, QObject* guard, syspro::SysproClient::Done<QString> back) {
            client.postArDocument(document, guard, std::move(back));
        },
        [this, command, request](const Result<QString>& number) {
            if (!number) {
                failedCommand(command, number.error(), number.error().isTransient());
            } else {
                ++m_context->counters->creditNotesPosted;
                succeeded(command, *number, request, *number);
            }
            oneDone();
        });
}

void SysproPoster::postStockCreditNote(const store::OutboxCommand& command)
{
    Result<syspro::CreditNote> note = ErpDocuments::stockCreditNote(payloadOf(command));
    if (!note) {
        failedCommand(command, note.error(), false);
        oneDone();
        return;
    }
    const syspro::FieldLimits& limits = m_context->config.syspro.limits;
    const QString request = ErpDocuments::xmlIn(payloadOf(command), limits).value_or(QString());
    // Two calls make one credit note: SORTCH (the header, SYSPRO allocates its number) and SORTCL
    // (its lines). After an unknown outcome the header is looked up by its customer PO number,
    // and then its lines: a header without lines (the answer to SORTCH was lost, or SORTCL
    // failed) gets them; one with lines is done; none at all is posted whole.
    auto finished = [this, command, request](const Result<QString>& number) {
        if (!number) {
            failedCommand(command, number.error(), number.error().isTransient());
        } else {
            ++m_context->counters->creditNotesPosted;
            succeeded(command, *number, request, *number);
        }
        oneDone();
    };
    auto postWhole = [this, finished, note = *note] {
        ++m_context->counters->sysproCalls;
        m_context->gateway->call<QString>(
            this,
            [note](syspro::SysproClient& client, QObject* guard, syspro::SysproClient::Done<QString> back) {
                client.postCreditNote(note, guard, std::move(back));
            },
            finished);
    };
    if (!command.mustVerify) {
        postWhole();
        return;
    }
    syspro::FindQuery header = findBy(QStringLiteral("SorMaster"), QStringLiteral("CustomerPoNumber"),
                                      command.businessKey, QStringLiteral("SalesOrder"));
    header.columns.append(QStringLiteral("DocumentType"));
    m_context->gateway->call<syspro::FindResult>(
        this,
        [header](syspro::SysproClient& client, QObject* guard, syspro::SysproClient::Done<syspro::FindResult> back) {
            client.find(header, guard, std::move(back));
        },
        [this, command, finished, postWhole, note = *note](const Result<syspro::FindResult>& found) {
            if (!found) {
                failedCommand(command, found.error(), true);
                oneDone();
                return;
            }
            QString number;
            for (const auto& row : found->rows) {
                number = row.value(u"DocumentType") == QLatin1String("C") ? row.value(u"SalesOrder") : number;
            }
            if (number.isEmpty()) {
                postWhole();
                return;
            }
            const syspro::FindQuery lines = findBy(QStringLiteral("SorDetail"), QStringLiteral("SalesOrder"), number,
                                                   QStringLiteral("SalesOrderLine"));
            m_context->gateway->call<syspro::FindResult>(
                this,
                [lines](syspro::SysproClient& client, QObject* guard,
                        syspro::SysproClient::Done<syspro::FindResult> back) {
                    client.find(lines, guard, std::move(back));
                },
                [this, command, finished, note, number](const Result<syspro::FindResult>& detail) {
                    if (!detail) {
                        failedCommand(command, detail.error(), true);
                        oneDone();
                        return;
                    }
                    if (!detail->rows.isEmpty()) {
                        ++m_context->counters->foundOnLookUp;
                        succeeded(command, number, {}, tr("Found in SYSPRO on look-up after an unknown outcome."));
                        oneDone();
                        return;
                    }
                    ++m_context->counters->sysproCalls;
                    m_context->gateway->call<QString>(
                        this,
                        [note, number](syspro::SysproClient& client, QObject* guard,
                                       syspro::SysproClient::Done<QString> back) {
                            client.addCreditNoteLines(number, note, guard, std::move(back));
                        },
                        finished);
                });
        });
}

void SysproPoster::postJournal(const store::OutboxCommand& command)
{
    // ErpDocuments::journal refuses an unbalanced journal (a dead letter naming the difference),
    // and GlJournalPost::buildXmlIn checks again before anything is sent.
    Result<syspro::GlJournal> journal = ErpDocuments::journal(payloadOf(command));
    if (!journal) {
        failedCommand(command, journal.error(), false);
        oneDone();
        return;
    }
    ++m_context->counters->sysproCalls;
    const QString request =
        syspro::GlJournalPost::buildXmlIn(*journal, m_context->config.syspro.limits).value_or(QString());
    m_context->gateway->call<syspro::GlJournalKey>(
        this,
        [journal = *journal](syspro::SysproClient& client, QObject* guard,
                             syspro::SysproClient::Done<syspro::GlJournalKey> back) {
            client.postJournal(journal, guard, std::move(back));
        },
        [this, command, request](const Result<syspro::GlJournalKey>& key) {
            if (!key) {
                failedCommand(command, key.error(), key.error().isTransient());
            } else {
                const QString document =
                    QStringLiteral("GL journal %1/%2/%3").arg(key->glYear).arg(key->glPeriod).arg(key->glJournal);
                succeeded(command, document, request, document);
            }
            oneDone();
        });
}

void SysproPoster::succeeded(const store::OutboxCommand& command, const QString& documentKey, const QString& request,
                             const QString& response)
{
    const bool sync = !m_context->config.shopStatusUrl.isEmpty();
    store::Outbox::Outcome o;
    o.id = command.id;
    o.kind = store::Outbox::Outcome::Kind::Complete;
    o.documentKey = documentKey;
    o.request = request;
    o.response = response;
    if (command.inboxId) {
        m_changedEvents.append(*command.inboxId);
    }
    o.alsoDo = [command, documentKey, sync](QSqlDatabase& tx, bool postgres, qint64 now) -> Result<void> {
        store::LedgerLink link;
        link.transactionId = command.transactionId;
        link.commandKind = command.commandKind;
        link.businessKey = command.businessKey;
        link.documentKey = documentKey;
        link.outboxId = command.id;
        if (Result<void> l = store::Ledger::link(tx, now, link); !l) {
            return l;
        }
        if (sync && command.inboxId) {
            return StatusSync::enqueueIfComplete(tx, postgres, now, *command.inboxId);
        }
        return {};
    };
    m_outcomes.append(o);
}

void SysproPoster::flush()
{
    if (m_outcomes.isEmpty()) {
        return;
    }
    const QList<store::Outbox::Outcome> outcomes = std::exchange(m_outcomes, {});
    const QList<Result<void>> recorded =
        store::Outbox(m_context->database, *m_context->clock).recordMany(m_owner, outcomes);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (!recorded.at(i)) {
            // SYSPRO has the document; its lease runs out and it comes back marked for
            // verification, so the look-up finds it instead of posting it again.
            log::get("engine")->error("poster: the outcome of outbox command {} was not recorded: {}",
                                      outcomes.at(i).id, recorded.at(i).error().toString().toStdString());
        }
    }
    m_context->changes->note(std::exchange(m_changedEvents, {}));
    Q_EMIT committed();
}

QString SysproPoster::fixFor(const store::OutboxCommand& command, const Error& error) const
{
    if (error.code == syspro::codes::notLicensed) {
        return tr("Licence business object %1 for the bridge's operator in SYSPRO, or choose a receipt fallback in "
                  "Settings → SYSPRO e.net, then replay.")
            .arg(command.commandKind);
    }
    if (error.code == syspro::codes::authentication) {
        return tr("Check the SYSPRO operator and passwords in Settings → SYSPRO e.net, then replay.");
    }
    return tr("Correct the data named above in SYSPRO or in the mapping, then replay the command.");
}

void SysproPoster::failedCommand(const store::OutboxCommand& command, const Error& error, bool unknownOutcome)
{
    const qint64 now = m_context->clock->nowMsecs();
    store::Outbox::Outcome o;
    o.id = command.id;
    o.error = error;
    if (command.inboxId) {
        m_changedEvents.append(*command.inboxId);
    }
    if (error.isTransient()) {
        ++m_context->counters->retries;
        o.kind = store::Outbox::Outcome::Kind::RetryLater;
        o.nextAttemptAt = now + m_context->retry->delayMs(command.attempts, error);
        o.unknownOutcome = unknownOutcome;
        if (command.firstAttemptAt && m_context->retry->shouldAlert(*command.firstAttemptAt, now)) {
            store::Alerts(m_context->database, *m_context->clock)
                .raise(store::NewAlert{QStringLiteral("retrying-long"), store::AlertSeverity::Warning,
                                       QStringLiteral("outbox:%1").arg(command.id),
                                       tr("%1 %2 has been failing for %3 minutes: %4")
                                           .arg(command.commandKind, command.businessKey)
                                           .arg((now - *command.firstAttemptAt) / 60'000)
                                           .arg(error.message),
                                       tr("Check that SYSPRO is reachable (Settings → SYSPRO e.net → Test).")});
        }
    } else {
        ++m_context->counters->deadLetters;
        log::get("engine")->warn("{} {} to the dead-letter queue: {}", command.commandKind.toStdString(),
                                 command.businessKey.toStdString(), error.toString().toStdString());
        const bool sync = !m_context->config.shopStatusUrl.isEmpty();
        const std::optional<qint64> inboxId = command.inboxId;
        const QString reason = error.message;
        o.kind = store::Outbox::Outcome::Kind::DeadLetter;
        o.fix = fixFor(command, error);
        o.alsoDo = [sync, inboxId, reason](QSqlDatabase& tx, bool postgres, qint64 at) -> Result<void> {
            if (!sync || !inboxId) {
                return {};
            }
            return StatusSync::enqueueFailure(tx, postgres, at, *inboxId, reason);
        };
        if (error.code == syspro::codes::authentication || error.code == syspro::codes::notLicensed) {
            store::Alerts(m_context->database, *m_context->clock)
                .raise(store::NewAlert{error.code == syspro::codes::authentication ? QStringLiteral("syspro-auth")
                                                                                   : QStringLiteral("syspro-licence"),
                                       store::AlertSeverity::Critical, command.commandKind, error.message,
                                       fixFor(command, error)});
        }
    }
    m_outcomes.append(o);
}

void SysproPoster::oneDone()
{
    // The outcomes of the call that just answered commit together (one transaction, not one per
    // order), before the next claim.
    flush();
    --m_inFlight;
    if (m_stopping) {
        if (m_inFlight == 0) {
            stop();
        }
        return;
    }
    pollIn(0); // claims the next work while SYSPRO answers what is in flight (poll)
}

} // namespace bridge::engine
