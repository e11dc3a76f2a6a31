// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/EngineContext.h"
#include "engine/EventNormaliser.h"
#include "engine/QueueWorker.h"
#include "store/Inbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace bridge::opayo {
class PiClient;
class ReportingClient;
} // namespace bridge::opayo
namespace bridge::store {
struct RefundRequest;
}

namespace bridge::engine {

/// The risk stage: scores a payment and gives reasons. A pass-through until the risk library
/// lands; the pipeline already calls it and the mapping already acts on the score.
class RiskHook
{
public:
    virtual ~RiskHook() = default;
    virtual void score(CanonicalPayment& payment) const = 0;
};

class PassThroughRisk final : public RiskHook
{
public:
    void score(CanonicalPayment&) const override {}
};

/// One pipeline worker (own thread, own connection and network manager): claims inbox events
/// and takes each through normalise → confirm with Opayo → risk → map → validate → outbox.
/// Each event's stage change commits together with its outbox commands and ledger row, and the
/// outcomes of one claimed batch share one commit (one that cannot be recorded is recorded on
/// its own, so it never holds back the rest). Every
/// event ends in one of: queued (commands in the outbox), ignored (nothing to post, e.g. a
/// decline), duplicate (the transaction was already accepted), retry later, or dead letter with
/// the reason and the fix.
class PipelineWorker : public QueueWorker
{
    Q_OBJECT

public:
    PipelineWorker(std::shared_ptr<EngineContext> context, QString owner, QObject* parent = nullptr);
    ~PipelineWorker() override;

    void start();

protected:
    void poll() override;
    void releaseLeases() override;

private:
    struct Work;
    /// An event's outcome, recorded with the rest of its batch in one commit (flush).
    struct Pending {
        store::Inbox::Outcome outcome;
        std::function<void()> recorded;                ///< after the commit: counters
        std::function<void(const Error&)> notRecorded; ///< the outcome itself was refused
    };

    void process(const std::shared_ptr<Work>& work);
    /// After normalising: the duplicate and refund checks, then confirm with Opayo.
    void proceed(const std::shared_ptr<Work>& work);
    // Console refunds (PipelineRefunds.cpp): make the refund (or void) at Opayo exactly once.
    void sendRefund(const std::shared_ptr<Work>& work);
    void verifyRefund(const std::shared_ptr<Work>& work, const store::RefundRequest& request);
    void callOpayo(const std::shared_ptr<Work>& work, const store::RefundRequest& request);
    void opayoRefused(const std::shared_ptr<Work>& work, const store::RefundRequest& request, const Error& error);
    void refundMade(const std::shared_ptr<Work>& work, const QString& opayoTransactionId, bool record);
    void refundFailed(const std::shared_ptr<Work>& work, const Error& error, const QString& fix);
    void confirm(const std::shared_ptr<Work>& work);
    /// Opayo refused the bridge's credentials: a critical alert, and the event waits.
    void waitForOpayoSetup(const std::shared_ptr<Work>& work, const Error& error);
    void mapAndValidate(const std::shared_ptr<Work>& work);
    void validate(const std::shared_ptr<Work>& work);
    void commit(const std::shared_ptr<Work>& work);
    void ignore(const std::shared_ptr<Work>& work, const QString& stage);
    void failed(const std::shared_ptr<Work>& work, const Error& error, const QString& fix);
    Pending failure(const std::shared_ptr<Work>& work, const Error& error, const QString& fix);
    void finished();
    void flush();

    PassThroughRisk m_risk;
    QNetworkAccessManager* m_network = nullptr;
    opayo::PiClient* m_pi = nullptr;
    opayo::ReportingClient* m_reporting = nullptr;
    QList<Pending> m_pending;
};

/// One claimed event on its way through the stages.
struct PipelineWorker::Work {
    store::InboxEvent event;
    NormalisedEvent normalised;
    QList<QJsonObject> commands;
};

} // namespace bridge::engine
