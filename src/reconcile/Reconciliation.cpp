// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "reconcile/Reconciliation.h"

#include <algorithm>

namespace bridge::reconcile {

namespace {

QString money(qint64 minor, Currency currency)
{
    return Money(minor, currency).toDecimalString() + QLatin1Char(' ') + currency.code();
}

QString orNone(const SettlementInput& in, StringId id)
{
    return id == kNoString ? QStringLiteral("–") : in.strings.text(id);
}

} // namespace

qint64 Reconciliation::matchedLines() const
{
    return std::count_if(lines.begin(), lines.end(), [](const Outcome& o) { return o.matched(); });
}

QString Reconciliation::discrepancyName(Discrepancy discrepancy)
{
    switch (discrepancy) {
    case Discrepancy::None:
        return tr("matched");
    case Discrepancy::MissingInSyspro:
        return tr("missing in SYSPRO");
    case Discrepancy::NotYetSettled:
        return tr("not yet settled (timing)");
    case Discrepancy::AmountMismatch:
        return tr("amount mismatch");
    case Discrepancy::CurrencyMismatch:
        return tr("currency mismatch");
    case Discrepancy::DuplicateInSettlement:
        return tr("duplicate in settlement");
    case Discrepancy::DuplicateInSyspro:
        return tr("duplicate in SYSPRO");
    case Discrepancy::RefundNotSettled:
        return tr("refund not settled");
    case Discrepancy::Chargeback:
        return tr("chargeback");
    case Discrepancy::FeeDifference:
        return tr("fee difference");
    case Discrepancy::UnknownTransaction:
        return tr("unknown transaction");
    case Discrepancy::MissingInSettlement:
        return tr("missing in settlement");
    case Discrepancy::UncertainMatch:
        return tr("uncertain match");
    }
    return {};
}

QString Reconciliation::resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::None:
        return tr("nothing to do");
    case Resolution::PostMissingReceipt:
        return tr("post the missing receipt");
    case Resolution::PostMissingCreditNote:
        return tr("post the missing credit note");
    case Resolution::PostAdjustmentJournal:
        return tr("post an adjustment journal");
    case Resolution::ReverseDuplicate:
        return tr("reverse the duplicate");
    case Resolution::WaitForNextBatch:
        return tr("wait for the next batch");
    case Resolution::ConfirmMatch:
        return tr("confirm the match by hand");
    case Resolution::Investigate:
        return tr("investigate with Opayo or the acquirer");
    }
    return {};
}

QString Reconciliation::ruleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::None:
        return tr("no rule");
    case MatchRule::TransactionId:
        return tr("Opayo transactionId");
    case MatchRule::VendorTxCode:
        return tr("vendorTxCode");
    case MatchRule::AmountDateCard:
        return tr("amount, date and card last four");
    case MatchRule::ChargebackJournal:
        return tr("chargeback journal");
    case MatchRule::FeeJournal:
        return tr("fee journal");
    }
    return {};
}

QString Reconciliation::describeLine(const SettlementInput& in, quint32 index) const
{
    if (index >= lines.size() || index >= in.lines.size()) {
        return {};
    }
    const SettlementLine& line = in.lines[index];
    const Outcome& o = lines[index];
    const Currency cur = line.amount.currency();
    const QString self = tr("Line %1 of batch %2 (transaction %3, vendorTxCode %4, %5)")
                             .arg(index + 1)
                             .arg(orNone(in, line.batch), orNone(in, line.transactionId), orNone(in, line.vendorTxCode),
                                  money(line.amount.minorUnits(), cur));
    const bool hasEntry = o.counterpart != kNone && o.counterpart < in.entries.size() && line.type != LineType::Fee;
    const QString entry = hasEntry ? tr("ledger entry %1 (transaction %2, %3)")
                                         .arg(o.counterpart + 1)
                                         .arg(in.strings.text(in.entries[o.counterpart].transactionId),
                                              money(in.entries[o.counterpart].amount.minorUnits(),
                                                    in.entries[o.counterpart].amount.currency()))
                                   : QString();
    const QString document =
        o.document != kNone && o.document < in.documents.size()
            ? tr("SYSPRO document %1 (%2)")
                  .arg(in.strings.text(in.documents[o.document].reference),
                       money(in.documents[o.document].amount.minorUnits(), in.documents[o.document].amount.currency()))
            : QString();
    QString text;
    switch (o.discrepancy) {
    case Discrepancy::None:
        if (o.rule == MatchRule::ChargebackJournal || o.rule == MatchRule::FeeJournal) {
            text = tr("%1 is booked in %2.").arg(self, document);
        } else if (o.group != kNone) {
            text = tr("%1 matches %2 by %3, as part of a group of %4 lines and %5 ledger entries.")
                       .arg(self, entry, ruleName(o.rule))
                       .arg(groups[o.group].lines.size())
                       .arg(groups[o.group].entries.size());
        } else {
            text = tr("%1 matches %2 by %3 (confidence %4‰).").arg(self, entry, ruleName(o.rule)).arg(o.confidence);
        }
        break;
    case Discrepancy::MissingInSyspro:
        text = tr("%1 matches %2, but SYSPRO has no receipt or credit note for it.").arg(self, entry);
        break;
    case Discrepancy::AmountMismatch:
        text = document.isEmpty() ? tr("%1 matches %2 by %3, but the amounts differ by %4.")
                                        .arg(self, entry, ruleName(o.rule), money(o.difference, cur))
                                  : tr("%1 matches %2, but %3 differs from the ledger by %4.")
                                        .arg(self, entry, document, money(o.difference, cur));
        break;
    case Discrepancy::CurrencyMismatch:
        text = tr("%1 settles %2 in another currency; nothing can be posted until Opayo explains it.").arg(self, entry);
        break;
    case Discrepancy::DuplicateInSettlement:
        text = tr("%1 settles %2 again: line %3 of the settlement already did. The acquirer paid it twice.")
                   .arg(self, entry)
                   .arg(o.related + 1);
        break;
    case Discrepancy::DuplicateInSyspro:
        text = tr("%1 matches %2, but SYSPRO holds it twice; %3 is the duplicate.").arg(self, entry, document);
        break;
    case Discrepancy::Chargeback:
        text = tr("%1 is a chargeback of %2 with no journal in SYSPRO for it.").arg(self, money(o.difference, cur));
        break;
    case Discrepancy::FeeDifference:
        text =
            line.type == LineType::Fee
                ? tr("%1 is an acquirer fee not booked in SYSPRO (difference %2).").arg(self, money(o.difference, cur))
                : tr("%1 settles %2 short by %3, within the fee tolerance: the acquirer kept it as a fee.")
                      .arg(self, entry, money(o.difference, cur));
        break;
    case Discrepancy::UnknownTransaction:
        text = tr("%1 matches no ledger entry by transactionId, vendorTxCode, or amount, date and card.").arg(self);
        break;
    case Discrepancy::UncertainMatch:
        text = o.related != kNone
                   ? tr("%1 could be %2 or ledger entry %3 (confidence %4‰ each or close); not matched automatically.")
                         .arg(self, entry)
                         .arg(o.related + 1)
                         .arg(o.confidence)
                   : tr("%1 could be %2, but the confidence %3‰ is below the threshold.")
                         .arg(self, entry)
                         .arg(o.confidence);
        break;
    case Discrepancy::NotYetSettled:
    case Discrepancy::RefundNotSettled:
    case Discrepancy::MissingInSettlement:
        text = self;
        break;
    }
    return text + QLatin1Char(' ') + tr("Suggested: %1.").arg(resolutionName(o.resolution));
}

QString Reconciliation::describeEntry(const SettlementInput& in, quint32 index) const
{
    if (index >= entries.size() || index >= in.entries.size()) {
        return {};
    }
    const LedgerEntry& e = in.entries[index];
    const Outcome& o = entries[index];
    const QString self =
        tr("Ledger entry %1 (%2 %3, vendorTxCode %4, %5)")
            .arg(index + 1)
            .arg(e.kind == EntryKind::Payment ? tr("payment") : tr("refund"), in.strings.text(e.transactionId),
                 orNone(in, e.vendorTxCode), money(e.amount.minorUnits(), e.amount.currency()));
    QString text;
    switch (o.discrepancy) {
    case Discrepancy::NotYetSettled:
        text = tr("%1 is after the last settled batch's cut-off; it should be in the next batch.").arg(self);
        break;
    case Discrepancy::RefundNotSettled:
        text = tr("%1 is in no settlement batch (refund of %2).").arg(self, orNone(in, e.originalTransactionId));
        break;
    case Discrepancy::MissingInSettlement:
        text = tr("%1 is in no settlement batch although its batch has been settled.").arg(self);
        break;
    case Discrepancy::UncertainMatch:
        text = tr("%1 is a candidate for settlement line %2, like another entry; not matched automatically.")
                   .arg(self)
                   .arg(o.counterpart + 1);
        break;
    default:
        // Paired with a line: the line's story is the entry's.
        text = o.counterpart != kNone ? tr("%1 is paired with settlement line %2: %3")
                                            .arg(self)
                                            .arg(o.counterpart + 1)
                                            .arg(discrepancyName(o.discrepancy))
                                      : self;
        return text + QLatin1Char('.') + QLatin1Char(' ') + tr("Suggested: %1.").arg(resolutionName(o.resolution));
    }
    return text + QLatin1Char(' ') + tr("Suggested: %1.").arg(resolutionName(o.resolution));
}

} // namespace bridge::reconcile
