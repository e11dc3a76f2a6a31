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

namespace {

QString text(const SettlementInput& in, StringId id)
{
    return id == kNoString ? QString() : in.strings.text(id);
}

QString dash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString money(const Money& amount)
{
    return money(amount.minorUnits(), amount.currency());
}

EvidenceLine lineOf(const SettlementInput& in, quint32 index)
{
    const SettlementLine& l = in.lines[index];
    return EvidenceLine{qint64(index) + 1,        text(in, l.batch), text(in, l.transactionId),
                        text(in, l.vendorTxCode), l.amount,          l.type};
}

EvidenceEntry entryOf(const SettlementInput& in, quint32 index)
{
    const LedgerEntry& e = in.entries[index];
    return EvidenceEntry{e.kind, text(in, e.transactionId), text(in, e.vendorTxCode), text(in, e.originalTransactionId),
                         e.amount};
}

/// What every row's evidence takes from its outcome: the class, rule, suggestion, confidence,
/// difference and the size of its group.
Evidence fromOutcome(const Outcome& o, bool isLine, const std::vector<MatchGroup>& groups)
{
    Evidence ev;
    ev.isLine = isLine;
    ev.discrepancy = o.discrepancy;
    ev.rule = o.rule;
    ev.resolution = o.resolution;
    ev.confidence = o.confidence;
    ev.difference = o.difference;
    if (o.group != kNone && o.group < groups.size()) {
        ev.groupLines = qsizetype(groups[o.group].lines.size());
        ev.groupEntries = qsizetype(groups[o.group].entries.size());
    }
    return ev;
}

} // namespace

Evidence Reconciliation::evidenceForLine(const SettlementInput& in, quint32 index) const
{
    if (index >= lines.size() || index >= in.lines.size()) {
        return {};
    }
    const Outcome& o = lines[index];
    Evidence ev = fromOutcome(o, true, groups);
    ev.line = lineOf(in, index);
    if (o.counterpart != kNone && o.counterpart < in.entries.size() && in.lines[index].type != LineType::Fee) {
        ev.entry = entryOf(in, o.counterpart);
    }
    if (o.document != kNone && o.document < in.documents.size()) {
        ev.document =
            EvidenceDocument{in.strings.text(in.documents[o.document].reference), in.documents[o.document].amount};
    }
    if (o.related != kNone) {
        if (o.discrepancy == Discrepancy::DuplicateInSettlement && o.related < in.lines.size()) {
            ev.relatedLine = lineOf(in, o.related);
        } else if (o.discrepancy == Discrepancy::UncertainMatch && o.related < in.entries.size()) {
            ev.relatedEntry = entryOf(in, o.related);
        }
    }
    return ev;
}

Evidence Reconciliation::evidenceForEntry(const SettlementInput& in, quint32 index) const
{
    if (index >= entries.size() || index >= in.entries.size()) {
        Evidence none;
        none.isLine = false;
        return none;
    }
    const Outcome& o = entries[index];
    Evidence ev = fromOutcome(o, false, groups);
    ev.entry = entryOf(in, index);
    if (o.counterpart != kNone && o.counterpart < in.lines.size()) {
        ev.line = lineOf(in, o.counterpart);
    }
    return ev;
}

QString Reconciliation::describe(const Evidence& ev)
{
    const auto shortLine = [](const std::optional<EvidenceLine>& l) {
        return l ? tr("line %1 of batch %2").arg(l->number).arg(dash(l->batch)) : tr("a settlement line");
    };
    const auto kindName = [](EntryKind kind) { return kind == EntryKind::Payment ? tr("payment") : tr("refund"); };
    const auto entryName = [&](const std::optional<EvidenceEntry>& e) {
        return e ? tr("ledger %1 %2 (%3)").arg(kindName(e->kind), e->transactionId, money(e->amount)) : QString();
    };
    const QString suggested = tr("Suggested: %1.").arg(resolutionName(ev.resolution));
    if (!ev.isLine) {
        if (!ev.entry) {
            return suggested;
        }
        const EvidenceEntry& e = *ev.entry;
        const QString self = tr("Ledger %1 %2 (vendorTxCode %3, %4)")
                                 .arg(kindName(e.kind), e.transactionId, dash(e.vendorTxCode), money(e.amount));
        QString text;
        switch (ev.discrepancy) {
        case Discrepancy::NotYetSettled:
            text = tr("%1 is after the last settled batch's cut-off; it should be in the next batch.").arg(self);
            break;
        case Discrepancy::RefundNotSettled:
            text = tr("%1 is in no settlement batch (refund of %2).").arg(self, dash(e.originalTransactionId));
            break;
        case Discrepancy::MissingInSettlement:
            text = tr("%1 is in no settlement batch although its batch has been settled.").arg(self);
            break;
        case Discrepancy::UncertainMatch:
            text = tr("%1 is a candidate for %2, like another entry; not matched automatically.")
                       .arg(self, shortLine(ev.line));
            break;
        default:
            // Paired with a line: the line's story is the entry's.
            text = ev.line
                       ? tr("%1 is paired with %2: %3.").arg(self, shortLine(ev.line), discrepancyName(ev.discrepancy))
                       : self + QLatin1Char('.');
            break;
        }
        return text + QLatin1Char(' ') + suggested;
    }
    if (!ev.line) {
        return suggested;
    }
    const EvidenceLine& line = *ev.line;
    const Currency cur = line.amount.currency();
    const QString self =
        tr("Line %1 of batch %2 (transaction %3, vendorTxCode %4, %5)")
            .arg(line.number)
            .arg(dash(line.batch), dash(line.transactionId), dash(line.vendorTxCode), money(line.amount));
    const QString entry = entryName(ev.entry);
    const QString document =
        ev.document ? tr("SYSPRO document %1 (%2)").arg(ev.document->reference, money(ev.document->amount)) : QString();
    QString text;
    switch (ev.discrepancy) {
    case Discrepancy::None:
        if (ev.rule == MatchRule::ChargebackJournal || ev.rule == MatchRule::FeeJournal) {
            text = tr("%1 is booked in %2.").arg(self, document);
        } else if (ev.groupLines > 0) {
            text = tr("%1 matches %2 by %3, as part of a group of %4 lines and %5 ledger entries.")
                       .arg(self, entry, ruleName(ev.rule))
                       .arg(ev.groupLines)
                       .arg(ev.groupEntries);
        } else {
            text = tr("%1 matches %2 by %3 (confidence %4‰).").arg(self, entry, ruleName(ev.rule)).arg(ev.confidence);
        }
        break;
    case Discrepancy::MissingInSyspro:
        text = tr("%1 matches %2, but SYSPRO has no receipt or credit note for it.").arg(self, entry);
        break;
    case Discrepancy::AmountMismatch:
        text = document.isEmpty() ? tr("%1 matches %2 by %3, but the amounts differ by %4.")
                                        .arg(self, entry, ruleName(ev.rule), money(ev.difference, cur))
                                  : tr("%1 matches %2, but %3 differs from the ledger by %4.")
                                        .arg(self, entry, document, money(ev.difference, cur));
        break;
    case Discrepancy::CurrencyMismatch:
        text = tr("%1 settles %2 in another currency; nothing can be posted until Opayo explains it.").arg(self, entry);
        break;
    case Discrepancy::DuplicateInSettlement:
        text = tr("%1 settles %2 again: %3 already did. The acquirer paid it twice.")
                   .arg(self, entry, shortLine(ev.relatedLine));
        break;
    case Discrepancy::DuplicateInSyspro:
        text = tr("%1 matches %2, but SYSPRO holds it twice; %3 is the duplicate.").arg(self, entry, document);
        break;
    case Discrepancy::Chargeback:
        text = tr("%1 is a chargeback of %2 with no journal in SYSPRO for it.").arg(self, money(ev.difference, cur));
        break;
    case Discrepancy::FeeDifference:
        text =
            line.type == LineType::Fee
                ? tr("%1 is an acquirer fee not booked in SYSPRO (difference %2).").arg(self, money(ev.difference, cur))
                : tr("%1 settles %2 short by %3, within the fee tolerance: the acquirer kept it as a fee.")
                      .arg(self, entry, money(ev.difference, cur));
        break;
    case Discrepancy::UnknownTransaction:
        text = tr("%1 matches no ledger entry by transactionId, vendorTxCode, or amount, date and card.").arg(self);
        break;
    case Discrepancy::UncertainMatch:
        text = ev.relatedEntry ? tr("%1 could be %2 or %3 (confidence %4‰ each or close); not matched automatically.")
                                     .arg(self, entry, entryName(ev.relatedEntry))
                                     .arg(ev.confidence)
                               : tr("%1 could be %2, but the confidence %3‰ is below the threshold.")
                                     .arg(self, entry)
                                     .arg(ev.confidence);
        break;
    case Discrepancy::NotYetSettled:
    case Discrepancy::RefundNotSettled:
    case Discrepancy::MissingInSettlement:
        text = self;
        break;
    }
    return text + QLatin1Char(' ') + suggested;
}

} // namespace bridge::reconcile
