// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The pipeline's first stage for a console refund (store::Refunds): Opayo makes the refund, or
// voids the payment, exactly once. Before a request goes to Opayo it is marked Sending in its
// own commit, under the payment's lock and after checking again what is left; a request found
// Sending later (a timeout, a crash mid-call) is looked up at Opayo by its vendorTxCode before it
// is sent again. Once Opayo made it, its transactionId is committed and the event goes on like
// any refund: the ledger's check, Opayo's confirmation, the credit note, the shop's status.
#include "engine/EventNormaliser.h"
#include "engine/PipelineWorker.h"
#include "logging/Log.h"
#include "opayo/PiClient.h"
#include "opayo/ReportingClient.h"
#include "store/Database.h"
#include "store/Ledger.h"
#include "store/Refunds.h"

namespace bridge::engine {

namespace {

constexpr int kDescriptionMax = 100; // Opayo's limit for a refund's description

QString voidId(const QString& originalTransactionId)
{
    return QStringLiteral("void:") + originalTransactionId;
}

} // namespace

void PipelineWorker::sendRefund(const std::shared_ptr<Work>& work)
{
    const NormalisedEvent& n = work->normalised;
    store::SendingRefund begun;
    Result<void> ok = m_context->database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<store::SendingRefund> b = store::Refunds::beginSending(tx, m_context->database->isPostgres(),
                                                                      m_context->clock->nowMsecs(), n.refundRequestId);
        if (!b) {
            return fail(b.error());
        }
        begun = *b;
        return {};
    });
    if (!ok) {
        if (ok.error().code == QLatin1String("refunds.exceeds")) {
            refundFailed(work, ok.error(),
                         tr("Another refund of this payment was made meanwhile (in the console or in Opayo's "
                            "portal). Ask again for what is left on the Refunds page."));
            return;
        }
        if (ok.error().isTransient()) {
            failed(work, ok.error(), {});
        } else {
            refundFailed(work, ok.error(), tr("Ask for the refund again on the Refunds page."));
        }
        return;
    }
    if (begun.alreadySent) {
        refundMade(work, begun.request.opayoTransactionId, false);
    } else if (begun.askOpayoFirst) {
        verifyRefund(work, begun.request);
    } else {
        callOpayo(work, begun.request);
    }
}

void PipelineWorker::verifyRefund(const std::shared_ptr<Work>& work, const store::RefundRequest& request)
{
    auto askAgainLater = [this, work](const Error& error) {
        Error waiting = error;
        waiting.errorClass = ErrorClass::Transient;
        failed(work, waiting, {});
    };
    if (request.kind == store::RefundKind::Void) {
        opayo::PiJob* job = m_pi->getTransaction(request.originalTransactionId);
        connect(job, &net::NetworkJob::finished, this, [this, job, work, request, askAgainLater](net::NetworkJob*) {
            job->deleteLater();
            if (job->error()) {
                askAgainLater(*job->error());
                return;
            }
            // 2005: "The Void was Successful." (opayo-api.md §1.13)
            if (job->transaction()->statusCode == QLatin1String("2005")) {
                refundMade(work, voidId(request.originalTransactionId), true);
            } else {
                callOpayo(work, request);
            }
        });
        job->start();
        return;
    }
    if (!m_reporting) {
        askAgainLater(Error::configuration(
            QStringLiteral("engine.refund_unverified"),
            tr("An earlier try to send refund %1 may have reached Opayo, and only the Reporting API can tell; it is "
               "not set up, so the refund is not sent again.")
                .arg(request.vendorTxCode)));
        return;
    }
    opayo::ReportingJob* job = m_reporting->getTransactionDetailByVendorTxCode(request.vendorTxCode);
    connect(job, &net::NetworkJob::finished, this, [this, job, work, request, askAgainLater](net::NetworkJob*) {
        job->deleteLater();
        if (job->error()) {
            const Error& e = *job->error();
            // errorcode 0043: Opayo has no transaction with that vendorTxCode, so the earlier try
            // never reached it.
            if (e.code == QLatin1String("opayo.reporting.0043")) {
                callOpayo(work, request);
                return;
            }
            if (e.isTransient()) {
                failed(work, e, {});
                return;
            }
            // The state stays Sending (the money may have left), so the refund still counts
            // against what is left, and a replay looks it up again.
            failed(work, e,
                   tr("Look for refund %1 in MyOpayo. Then replay the event: the bridge looks it up again before "
                      "sending anything.")
                       .arg(request.vendorTxCode));
            return;
        }
        const opayo::ReportingTransaction& t = job->transactionDetail()->summary;
        if (EventNormaliser::statusFromTxState(t.txStateId) == QLatin1String("OK")) {
            log::get("engine")->info("refund {} was made by an earlier try ({}); not sent again",
                                     request.vendorTxCode.toStdString(), t.vpsTxId.toStdString());
            refundMade(work, t.vpsTxId, true);
            return;
        }
        refundFailed(work,
                     Error::permanent(QStringLiteral("engine.refund_declined"),
                                      tr("Opayo has refund %1 (transaction %2) but did not complete it: %3.")
                                          .arg(request.vendorTxCode, t.vpsTxId, t.status)),
                     tr("Check the refund in MyOpayo, then ask for it again on the Refunds page."));
    });
    job->start();
}

void PipelineWorker::callOpayo(const std::shared_ptr<Work>& work, const store::RefundRequest& request)
{
    if (request.kind == store::RefundKind::Void) {
        opayo::PiJob* job = m_pi->voidTransaction(request.originalTransactionId);
        connect(job, &net::NetworkJob::finished, this, [this, job, work, request](net::NetworkJob*) {
            job->deleteLater();
            if (job->error()) {
                opayoRefused(work, request, *job->error());
                return;
            }
            refundMade(work, voidId(request.originalTransactionId), true);
        });
        job->start();
        return;
    }
    const QString description = QString(store::Refunds::reasonText(request.reason) +
                                        (request.note.isEmpty() ? QString() : QStringLiteral(": ") + request.note));
    const opayo::RefundRequest r{request.originalTransactionId, request.vendorTxCode, request.amount,
                                 description.left(kDescriptionMax)};
    Result<opayo::PiJob*> job = m_pi->refund(r);
    if (!job) {
        refundFailed(work, job.error(), tr("Ask for the refund again on the Refunds page."));
        return;
    }
    opayo::PiJob* j = *job;
    connect(j, &net::NetworkJob::finished, this, [this, j, work, request](net::NetworkJob*) {
        j->deleteLater();
        if (j->error()) {
            opayoRefused(work, request, *j->error());
            return;
        }
        const opayo::PiTransaction& t = *j->transaction();
        if (!t.isOk()) {
            refundFailed(work,
                         Error::permanent(
                             QStringLiteral("engine.refund_declined"),
                             tr("Opayo did not make refund %1 of payment %2: %3 (%4).")
                                 .arg(request.vendorTxCode, request.originalVendorTxCode, t.status, t.statusDetail)),
                         tr("Check the payment in MyOpayo, then ask for the refund again on the Refunds page."));
            return;
        }
        refundMade(work, t.transactionId, true);
    });
    j->start();
}

void PipelineWorker::opayoRefused(const std::shared_ptr<Work>& work, const store::RefundRequest& request,
                                  const Error& error)
{
    if (error.isTransient()) {
        // The request stays Sending: the next try asks Opayo first whether this one arrived.
        failed(work, error, {});
        return;
    }
    if (error.errorClass == ErrorClass::Configuration) {
        waitForOpayoSetup(work, error);
        return;
    }
    if (error.code == QLatin1String("opayo.1018")) {
        // "refund exceeds what is left: £X of £Y", with the bridge's own figures next to Opayo's word.
        QString left;
        Result<std::optional<store::Refundable>> r =
            store::Ledger(m_context->database).refundable(request.originalTransactionId);
        if (r && *r) {
            left = tr("%1 left of %2").arg((*r)->remaining.toDisplayString(), (*r)->original.toDisplayString());
        }
        refundFailed(work,
                     Error::permanent(
                         error.code,
                         tr("Opayo refused refund %1 of payment %2: refund exceeds what is left: %3 asked, "
                            "%4 (code 1018).")
                             .arg(request.vendorTxCode, request.originalVendorTxCode, request.amount.toDisplayString(),
                                  left.isEmpty() ? tr("the bridge does not know what is left") : left),
                         error.detail),
                     tr("Part of the payment was refunded elsewhere (e.g. in MyOpayo). Check its refunds there, "
                        "then ask for what is left on the Refunds page."));
        return;
    }
    refundFailed(work,
                 Error::permanent(
                     error.code,
                     request.kind == store::RefundKind::Void
                         ? tr("Opayo refused to void payment %1: %2").arg(request.originalVendorTxCode, error.message)
                         : tr("Opayo refused refund %1 of payment %2: %3")
                               .arg(request.vendorTxCode, request.originalVendorTxCode, error.message),
                     error.detail),
                 request.kind == store::RefundKind::Void
                     ? tr("A void is possible only on the day of the payment, before Opayo settles it. Refund the "
                          "payment instead on the Refunds page.")
                     : tr("Correct the cause named above, then ask for the refund again on the Refunds page."));
}

void PipelineWorker::refundMade(const std::shared_ptr<Work>& work, const QString& opayoTransactionId, bool record)
{
    NormalisedEvent& n = work->normalised;
    if (record) {
        Result<void> ok = m_context->database->write([&](QSqlDatabase& tx) -> Result<void> {
            return store::Refunds::markSent(tx, m_context->clock->nowMsecs(), n.refundRequestId, opayoTransactionId);
        });
        if (!ok) {
            // Opayo made it but the bridge could not note it: the request stays Sending, so the
            // next try finds the refund at Opayo instead of making another.
            Error waiting = ok.error();
            waiting.errorClass = ErrorClass::Transient;
            failed(work, waiting, {});
            return;
        }
    }
    n.payment.transactionId = opayoTransactionId;
    work->event.transactionId = opayoTransactionId;
    proceed(work);
}

void PipelineWorker::refundFailed(const std::shared_ptr<Work>& work, const Error& error, const QString& fix)
{
    // Nothing left the merchant's account: the request is Failed (no longer counted against what
    // is left) in the same commit as the dead letter.
    Pending pending = failure(work, error, fix);
    const auto previous = pending.outcome.alsoDo;
    const qint64 requestId = work->normalised.refundRequestId;
    const QString reason = error.message;
    pending.outcome.alsoDo = [previous, requestId, reason](QSqlDatabase& tx, bool postgres, qint64 at) -> Result<void> {
        if (previous) {
            if (Result<void> r = previous(tx, postgres, at); !r) {
                return r;
            }
        }
        return store::Refunds::markFailed(tx, at, requestId, reason);
    };
    m_pending.append(pending);
    finished();
}

} // namespace bridge::engine
