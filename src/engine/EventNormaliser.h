// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/CanonicalPayment.h"
#include "core/Error.h"
#include "opayo/ReportingTypes.h"
#include "store/Inbox.h"

#include <QCoreApplication>

namespace bridge::engine {

/// An inbox event read into the canonical payment, before it is confirmed with Opayo.
struct NormalisedEvent {
    CanonicalPayment payment;
    /// Whether the source said how much was paid. A Server notification does not: the amount
    /// comes from Opayo when the payment is confirmed.
    bool amountKnown = true;
    /// Refunds: the Opayo transaction of the payment refunded.
    QString originalTransactionId;
    /// The shop's own event id (status updates go back to the shop under it); empty for Opayo.
    QString shopEventId;
    /// Console refunds (source "console-refund"): the refund request the engine carries out,
    /// and whether it is a void of the whole payment rather than a refund.
    qint64 refundRequestId = 0;
    bool isVoid = false;

    [[nodiscard]] bool isRefund() const { return payment.transactionType == QLatin1String("Refund"); }
    /// Whether there is money to post: an authorised payment (OK) or one Opayo is still
    /// deciding (PENDING). Declines, rejections, aborts and errors post nothing.
    [[nodiscard]] bool needsPosting() const
    {
        return payment.status == QLatin1String("OK") || payment.status == QLatin1String("PENDING");
    }
};

/// Reads each intake source into the canonical payment:
/// - `shop-event`: the shop's signed event (docs/opayo-events.md): order lines, customer,
///   amount, Opayo ids;
/// - `opayo-notification`: a Server-protocol notification (ids, status, card facts; no amount);
/// - `opayo-reporting`: a row the Reporting API poller found (ids, status, amount; no lines);
/// - `console-refund`: an approved refund or void from the console (store::Refunds); Opayo's id
///   of the refund is known only once the engine has made it.
/// Statuses become Opayo's classic upper-case words (OK, NOTAUTHED, REJECTED, PENDING, …).
class EventNormaliser
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::EventNormaliser)

public:
    static Result<NormalisedEvent> normalise(const store::InboxEvent& event);

    /// The inbox payload the Reporting poller stores for one transaction row.
    static QByteArray reportingPayload(const opayo::ReportingTransaction& row, const QString& relatedTransactionId);
    /// Pi's status words (Ok, NotAuthed, …) and Reporting's txstateid in the classic form.
    static QString statusFromPi(const QString& piStatus);
    static QString statusFromTxState(int txStateId);
};

} // namespace bridge::engine
