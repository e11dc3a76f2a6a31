// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The words of console refunds (reasons, states), their vendorTxCode, and the single-approver
// policy.
#include "store/Refunds.h"

#include <QRegularExpression>

namespace bridge::store {

namespace {

constexpr int kMaxVendorTxCode = 40; // Opayo's limit

} // namespace

QString Refunds::reasonId(RefundReason reason)
{
    switch (reason) {
    case RefundReason::CustomerRequest:
        return QStringLiteral("customer-request");
    case RefundReason::GoodsReturned:
        return QStringLiteral("goods-returned");
    case RefundReason::DuplicateCharge:
        return QStringLiteral("duplicate-charge");
    case RefundReason::Fraud:
        return QStringLiteral("fraud");
    case RefundReason::Goodwill:
        return QStringLiteral("goodwill");
    case RefundReason::Other:
        break;
    }
    return QStringLiteral("other");
}

QString Refunds::reasonName(RefundReason reason)
{
    switch (reason) {
    case RefundReason::CustomerRequest:
        return tr("Customer asked for it");
    case RefundReason::GoodsReturned:
        return tr("Goods returned");
    case RefundReason::DuplicateCharge:
        return tr("Charged twice");
    case RefundReason::Fraud:
        return tr("Fraud reported");
    case RefundReason::Goodwill:
        return tr("Goodwill gesture");
    case RefundReason::Other:
        break;
    }
    return tr("Other (see note)");
}

QString Refunds::reasonText(RefundReason reason)
{
    switch (reason) {
    case RefundReason::CustomerRequest:
        return QStringLiteral("Customer asked for it");
    case RefundReason::GoodsReturned:
        return QStringLiteral("Goods returned");
    case RefundReason::DuplicateCharge:
        return QStringLiteral("Charged twice");
    case RefundReason::Fraud:
        return QStringLiteral("Fraud reported");
    case RefundReason::Goodwill:
        return QStringLiteral("Goodwill gesture");
    case RefundReason::Other:
        break;
    }
    return QStringLiteral("Other");
}

std::optional<RefundReason> Refunds::reasonFromId(const QString& id)
{
    for (RefundReason r : {RefundReason::CustomerRequest, RefundReason::GoodsReturned, RefundReason::DuplicateCharge,
                           RefundReason::Fraud, RefundReason::Goodwill, RefundReason::Other}) {
        if (reasonId(r) == id) {
            return r;
        }
    }
    return std::nullopt;
}

QString Refunds::stateId(RefundState state)
{
    switch (state) {
    case RefundState::Requested:
        return QStringLiteral("requested");
    case RefundState::Approved:
        return QStringLiteral("approved");
    case RefundState::Sending:
        return QStringLiteral("sending");
    case RefundState::Sent:
        return QStringLiteral("sent");
    case RefundState::Rejected:
        return QStringLiteral("rejected");
    case RefundState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString Refunds::stateName(RefundState state)
{
    switch (state) {
    case RefundState::Requested:
        return tr("Waiting for approval");
    case RefundState::Approved:
        return tr("Approved, queued");
    case RefundState::Sending:
        return tr("Sending to Opayo");
    case RefundState::Sent:
        return tr("Refunded by Opayo");
    case RefundState::Rejected:
        return tr("Rejected");
    case RefundState::Failed:
        break;
    }
    return tr("Failed");
}

std::optional<RefundState> Refunds::stateFromId(const QString& id)
{
    for (RefundState s : {RefundState::Requested, RefundState::Approved, RefundState::Sending, RefundState::Sent,
                          RefundState::Rejected, RefundState::Failed}) {
        if (stateId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString Refunds::refundVendorTxCode(const QString& originalVendorTxCode, qint64 requestId)
{
    const QString suffix = QStringLiteral("-R%1").arg(requestId);
    return originalVendorTxCode.left(kMaxVendorTxCode - suffix.size()) + suffix;
}

Result<RefundPolicy> RefundPolicy::parse(const QString& text)
{
    RefundPolicy policy;
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    static const QRegularExpression entry(QStringLiteral("^([A-Za-z]{3})\\s*[ =:]\\s*(\\S+)$"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const QRegularExpressionMatch m = entry.match(part);
        if (!m.hasMatch()) {
            return fail(Error::permanent(
                QStringLiteral("refunds.policy"),
                Refunds::tr("The single-approver limit \"%1\" is not a currency and an amount. Write each limit as "
                            "\"GBP 20.00\", separated by commas, or leave the setting empty so that every refund "
                            "needs a second person.")
                    .arg(part)));
        }
        Result<Currency> currency = Currency::fromCode(m.captured(1).toUpper());
        if (!currency) {
            return fail(Error::permanent(
                QStringLiteral("refunds.policy"),
                Refunds::tr("The single-approver limit \"%1\": %2").arg(part, currency.error().message)));
        }
        Result<Money> limit = Money::parse(m.captured(2), *currency);
        if (!limit || limit->isNegative()) {
            return fail(Error::permanent(
                QStringLiteral("refunds.policy"),
                Refunds::tr("The single-approver limit \"%1\" is not an amount of %2 (write e.g. \"%2 20.00\").")
                    .arg(part, currency->code())));
        }
        if (policy.singleApproverLimitMinor.contains(currency->code())) {
            return fail(Error::permanent(
                QStringLiteral("refunds.policy"),
                Refunds::tr("The single-approver limits name %1 twice; keep one.").arg(currency->code())));
        }
        policy.singleApproverLimitMinor.insert(currency->code(), limit->minorUnits());
    }
    return policy;
}

QString RefundPolicy::toText() const
{
    QStringList parts;
    for (auto it = singleApproverLimitMinor.cbegin(); it != singleApproverLimitMinor.cend(); ++it) {
        Result<Currency> currency = Currency::fromCode(it.key());
        if (currency) {
            parts.append(it.key() + QLatin1Char(' ') + Money(it.value(), *currency).toDecimalString());
        }
    }
    return parts.join(QStringLiteral(", "));
}

bool RefundPolicy::letsThrough(const Money& amount) const
{
    const auto it = singleApproverLimitMinor.constFind(amount.currency().code());
    return it != singleApproverLimitMinor.cend() && amount.minorUnits() <= *it;
}

} // namespace bridge::store
