// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "reconcile/Matcher.h"

#include <algorithm>
#include <climits>
#include <map>

namespace bridge::reconcile {

namespace {

enum class EntryState : quint8 {
    Free,    ///< no line yet
    Keyed,   ///< paired by transactionId or vendorTxCode (one line or many)
    InGroup, ///< one of the entries of a one-to-many group
    Fuzzy,   ///< paired by the fuzzy rule
};

/// A ledger entry still free when the fuzzy rule runs, sorted by what must be equal.
struct Candidate {
    int currency;
    EntryKind kind;
    qint64 amount;
    quint32 entry;
    qint32 day;
    qint16 lastFour;
};

bool candidateBefore(const Candidate& a, const Candidate& b)
{
    if (a.currency != b.currency) {
        return a.currency < b.currency;
    }
    if (a.kind != b.kind) {
        return a.kind < b.kind;
    }
    if (a.amount != b.amount) {
        return a.amount < b.amount;
    }
    return a.entry < b.entry;
}

EntryKind kindOf(LineType type)
{
    return type == LineType::Refund ? EntryKind::Refund : EntryKind::Payment;
}

class Run
{
public:
    Run(const SettlementInput& input, const MatchOptions& options, Reconciliation& out)
        : in(input)
        , opt(options)
        , res(out)
    {}

    void match();

private:
    void buildIndexes();
    void keyLines();
    void settleKeyedEntries();
    void fuzzyLines();
    void classifyFreeEntries();
    void chargebacksAndFees();

    void pair(quint32 line, quint32 entry, MatchRule rule, quint16 confidence);
    [[nodiscard]] bool compareAmounts(Outcome& o, const Money& settled, const LedgerEntry& e) const;
    void checkSyspro(Outcome& o, quint32 entry) const;
    [[nodiscard]] qint64 feeAllowance(qint64 amount) const
    {
        const qint64 bp = opt.feeToleranceBasisPoints;
        return amount / 10000 * bp + amount % 10000 * bp / 10000;
    }
    [[nodiscard]] bool sameAmount(qint64 a, qint64 b) const
    {
        const qint64 d = a - b;
        return (d < 0 ? -d : d) <= opt.amountToleranceMinor;
    }

    const SettlementInput& in;
    const MatchOptions& opt;
    Reconciliation& res;

    std::vector<quint32> m_entryByTxn; ///< StringId → ledger entry
    std::vector<quint32> m_vendorHead; ///< StringId → first ledger entry with that vendorTxCode
    std::vector<quint32> m_vendorNext; ///< entry → next entry with the same vendorTxCode
    std::vector<quint32> m_docHead;    ///< StringId (document key) → first document
    std::vector<quint32> m_docNext;
    std::vector<quint32> m_lineEntry; ///< line → entry it was keyed to (rules 1 and 2)
    std::vector<MatchRule> m_lineRule;
    std::vector<quint32> m_lineHead; ///< entry → first keyed line, in line order
    std::vector<quint32> m_lineNext;
    std::vector<EntryState> m_state;
    std::vector<quint32> m_uncertainLine; ///< entry → the line it was an undecided candidate of
    std::vector<quint32> m_fuzzyLines;
    std::vector<bool> m_docUsed;
};

void Run::match()
{
    res.lines.assign(in.lines.size(), Outcome{});
    res.entries.assign(in.entries.size(), Outcome{});
    buildIndexes();
    keyLines();
    settleKeyedEntries();
    fuzzyLines();
    classifyFreeEntries();
    chargebacksAndFees();
}

void Run::buildIndexes()
{
    const std::size_t ids = std::size_t(in.strings.size()) + 1;
    m_entryByTxn.assign(ids, kNone);
    m_vendorHead.assign(ids, kNone);
    m_vendorNext.assign(in.entries.size(), kNone);
    // Walk backwards and push to the front, so that every chain is in input order.
    for (auto e = quint32(in.entries.size()); e-- > 0;) {
        const LedgerEntry& entry = in.entries[e];
        m_entryByTxn[entry.transactionId] = e;
        if (entry.vendorTxCode != kNoString) {
            m_vendorNext[e] = m_vendorHead[entry.vendorTxCode];
            m_vendorHead[entry.vendorTxCode] = e;
        }
    }
    m_docHead.assign(ids, kNone);
    m_docNext.assign(in.documents.size(), kNone);
    m_docUsed.assign(in.documents.size(), false);
    for (auto d = quint32(in.documents.size()); d-- > 0;) {
        const StringId key = in.documents[d].key;
        m_docNext[d] = m_docHead[key];
        m_docHead[key] = d;
    }
    m_state.assign(in.entries.size(), EntryState::Free);
    m_uncertainLine.assign(in.entries.size(), kNone);
}

/// Rules 1 and 2: each payment or refund line finds its ledger entry by transactionId, else by
/// vendorTxCode; a vendorTxCode shared by several entries whose sum the line settles makes a
/// one-to-many group. What the pairs mean (duplicates, many-to-one) is decided per entry after.
void Run::keyLines()
{
    m_lineEntry.assign(in.lines.size(), kNone);
    m_lineRule.assign(in.lines.size(), MatchRule::None);
    for (quint32 l = 0; l < in.lines.size(); ++l) {
        const SettlementLine& line = in.lines[l];
        if (line.type != LineType::Payment && line.type != LineType::Refund) {
            continue;
        }
        const EntryKind want = kindOf(line.type);
        if (line.transactionId != kNoString) {
            const quint32 e = m_entryByTxn[line.transactionId];
            if (e != kNone && in.entries[e].kind == want) {
                m_lineEntry[l] = e;
                m_lineRule[l] = MatchRule::TransactionId;
                continue;
            }
        }
        if (line.vendorTxCode != kNoString) {
            quint32 first = kNone;
            quint32 firstEqual = kNone;
            int count = 0;
            int equal = 0;
            qint64 sum = 0;
            bool summable = true;
            for (quint32 e = m_vendorHead[line.vendorTxCode]; e != kNone; e = m_vendorNext[e]) {
                const LedgerEntry& entry = in.entries[e];
                if (entry.kind != want || m_state[e] == EntryState::InGroup) {
                    continue;
                }
                ++count;
                if (first == kNone) {
                    first = e;
                }
                if (entry.amount.currency() == line.amount.currency() &&
                    sameAmount(entry.amount.minorUnits(), line.amount.minorUnits())) {
                    ++equal;
                    if (firstEqual == kNone) {
                        firstEqual = e;
                    }
                }
                summable = summable && entry.amount.currency() == line.amount.currency() &&
                           !__builtin_add_overflow(sum, entry.amount.minorUnits(), &sum);
            }
            if (count > 0) {
                if (count > 1 && equal == 0 && summable && sameAmount(sum, line.amount.minorUnits())) {
                    const auto g = quint32(res.groups.size());
                    MatchGroup group{.kind = GroupKind::OneToMany, .lines = {l}, .entries = {}};
                    Outcome& o = res.lines[l];
                    o.rule = MatchRule::VendorTxCode;
                    o.confidence = 1000;
                    o.group = g;
                    for (quint32 e = m_vendorHead[line.vendorTxCode]; e != kNone; e = m_vendorNext[e]) {
                        if (in.entries[e].kind != want || m_state[e] == EntryState::InGroup) {
                            continue;
                        }
                        group.entries.push_back(e);
                        m_state[e] = EntryState::InGroup;
                        if (o.counterpart == kNone) {
                            o.counterpart = e;
                        }
                    }
                    // Each entry must be in SYSPRO; the first that is not decides the line.
                    for (quint32 e : group.entries) {
                        Outcome& eo = res.entries[e];
                        eo.counterpart = l;
                        eo.rule = MatchRule::VendorTxCode;
                        eo.confidence = 1000;
                        eo.group = g;
                        checkSyspro(eo, e);
                        if (!eo.matched() && o.matched()) {
                            o.discrepancy = eo.discrepancy;
                            o.resolution = eo.resolution;
                            o.document = eo.document;
                            o.difference = eo.difference;
                        }
                    }
                    res.groups.push_back(std::move(group));
                    continue;
                }
                m_lineEntry[l] = firstEqual != kNone ? firstEqual : first;
                m_lineRule[l] = MatchRule::VendorTxCode;
                continue;
            }
        }
        if (line.transactionId == kNoString || !opt.fuzzyOnlyWithoutTransactionId) {
            m_fuzzyLines.push_back(l);
            continue;
        }
        Outcome& o = res.lines[l];
        o.discrepancy = Discrepancy::UnknownTransaction;
        o.resolution = Resolution::Investigate;
    }
}

/// Per ledger entry keyed by one or more lines: one line is a pair; several lines that settle
/// the entry's amount together are a many-to-one group; otherwise the line with the entry's
/// amount (or the first) is the pair and the others are duplicates in settlement.
void Run::settleKeyedEntries()
{
    m_lineHead.assign(in.entries.size(), kNone);
    m_lineNext.assign(in.lines.size(), kNone);
    for (auto l = quint32(in.lines.size()); l-- > 0;) {
        const quint32 e = m_lineEntry[l];
        if (e != kNone) {
            m_lineNext[l] = m_lineHead[e];
            m_lineHead[e] = l;
        }
    }
    for (quint32 e = 0; e < in.entries.size(); ++e) {
        const quint32 head = m_lineHead[e];
        if (head == kNone) {
            continue;
        }
        const LedgerEntry& entry = in.entries[e];
        if (m_state[e] == EntryState::InGroup) {
            // Settled already through its one-to-many group: these lines settle it again.
            const quint32 groupLine = res.entries[e].counterpart;
            for (quint32 l = head; l != kNone; l = m_lineNext[l]) {
                Outcome& o = res.lines[l];
                o.counterpart = e;
                o.related = groupLine;
                o.rule = m_lineRule[l];
                o.confidence = 1000;
                o.discrepancy = Discrepancy::DuplicateInSettlement;
                o.resolution = Resolution::ReverseDuplicate;
            }
            continue;
        }
        m_state[e] = EntryState::Keyed;
        if (m_lineNext[head] == kNone) {
            pair(head, e, m_lineRule[head], 1000);
            continue;
        }
        quint32 firstEqual = kNone;
        qint64 sum = 0;
        bool summable = true;
        for (quint32 l = head; l != kNone; l = m_lineNext[l]) {
            const Money& a = in.lines[l].amount;
            const bool sameCurrency = a.currency() == entry.amount.currency();
            if (firstEqual == kNone && sameCurrency && sameAmount(a.minorUnits(), entry.amount.minorUnits())) {
                firstEqual = l;
            }
            summable = summable && sameCurrency && !__builtin_add_overflow(sum, a.minorUnits(), &sum);
        }
        if (firstEqual == kNone && summable && sameAmount(sum, entry.amount.minorUnits())) {
            const auto g = quint32(res.groups.size());
            MatchGroup group{.kind = GroupKind::ManyToOne, .lines = {}, .entries = {e}};
            Outcome& eo = res.entries[e];
            eo.counterpart = head;
            eo.rule = m_lineRule[head];
            eo.confidence = 1000;
            eo.group = g;
            checkSyspro(eo, e);
            for (quint32 l = head; l != kNone; l = m_lineNext[l]) {
                group.lines.push_back(l);
                Outcome& o = res.lines[l];
                o = eo;
                o.counterpart = e;
                o.rule = m_lineRule[l];
            }
            res.groups.push_back(std::move(group));
            continue;
        }
        const quint32 primary = firstEqual != kNone ? firstEqual : head;
        pair(primary, e, m_lineRule[primary], 1000);
        for (quint32 l = head; l != kNone; l = m_lineNext[l]) {
            if (l == primary) {
                continue;
            }
            Outcome& o = res.lines[l];
            o.counterpart = e;
            o.related = primary;
            o.rule = m_lineRule[l];
            o.confidence = 1000;
            o.discrepancy = Discrepancy::DuplicateInSettlement;
            o.resolution = Resolution::ReverseDuplicate;
            o.difference = -in.lines[l].amount.minorUnits();
        }
    }
}

/// Rule 3: amount (exact) + date window + card last four. Confidence per mille: 450 for the
/// amount, 300 when both sides have the same last four (different last four: not a candidate),
/// up to 200 for the date (50 less per day away from the usual settlement lag).
void Run::fuzzyLines()
{
    if (m_fuzzyLines.empty()) {
        return;
    }
    std::vector<Candidate> candidates;
    for (quint32 e = 0; e < in.entries.size(); ++e) {
        if (m_state[e] == EntryState::Free) {
            const LedgerEntry& entry = in.entries[e];
            candidates.push_back(Candidate{entry.amount.currency().numericCode(), entry.kind, entry.amount.minorUnits(),
                                           e, dayOf(entry.occurredAtMs), entry.cardLastFour});
        }
    }
    std::sort(candidates.begin(), candidates.end(), candidateBefore);
    for (const quint32 l : m_fuzzyLines) {
        const SettlementLine& line = in.lines[l];
        Outcome& o = res.lines[l];
        const Candidate key{line.amount.currency().numericCode(), kindOf(line.type), line.amount.minorUnits(), 0, 0, 0};
        auto it = std::lower_bound(candidates.begin(), candidates.end(), key, candidateBefore);
        int best = -1;
        int second = -1;
        quint32 bestEntry = kNone;
        quint32 secondEntry = kNone;
        for (;
             it != candidates.end() && it->currency == key.currency && it->kind == key.kind && it->amount == key.amount;
             ++it) {
            if (m_state[it->entry] != EntryState::Free) {
                continue;
            }
            const int dd = line.settlementDay - it->day;
            if (dd < 0 || dd > opt.dateWindowDays) {
                continue;
            }
            const bool bothCards = line.cardLastFour != kNoLastFour && it->lastFour != kNoLastFour;
            if (bothCards && line.cardLastFour != it->lastFour) {
                continue;
            }
            const int away = dd > opt.settlementLagDays ? dd - opt.settlementLagDays : opt.settlementLagDays - dd;
            const int score = 450 + (bothCards ? 300 : 0) + std::max(0, 200 - 50 * away);
            if (score > best) {
                second = best;
                secondEntry = bestEntry;
                best = score;
                bestEntry = it->entry;
            } else if (score > second) {
                second = score;
                secondEntry = it->entry;
            }
        }
        if (bestEntry == kNone) {
            o.discrepancy = Discrepancy::UnknownTransaction;
            o.resolution = Resolution::Investigate;
            continue;
        }
        if (best < opt.autoMatchConfidence || (secondEntry != kNone && second >= best - opt.ambiguityMargin)) {
            o.counterpart = bestEntry;
            o.related = secondEntry;
            o.rule = MatchRule::AmountDateCard;
            o.confidence = quint16(best);
            o.discrepancy = Discrepancy::UncertainMatch;
            o.resolution = Resolution::ConfirmMatch;
            for (const quint32 e : {bestEntry, secondEntry}) {
                if (e != kNone && m_uncertainLine[e] == kNone) {
                    m_uncertainLine[e] = l;
                }
            }
            continue;
        }
        m_state[bestEntry] = EntryState::Fuzzy;
        pair(l, bestEntry, MatchRule::AmountDateCard, quint16(best));
    }
}

void Run::classifyFreeEntries()
{
    qint32 lastSettlementDay = INT_MIN;
    for (const SettlementLine& line : in.lines) {
        lastSettlementDay = std::max(lastSettlementDay, line.settlementDay);
    }
    // Transactions after this day belong to a batch that has not been settled yet.
    const qint64 dueUntil = qint64(lastSettlementDay) - opt.settlementLagDays;
    for (quint32 e = 0; e < in.entries.size(); ++e) {
        if (m_state[e] != EntryState::Free) {
            continue;
        }
        const LedgerEntry& entry = in.entries[e];
        Outcome& o = res.entries[e];
        const bool notDue = dayOf(entry.occurredAtMs) > dueUntil;
        if (m_uncertainLine[e] != kNone) {
            o.counterpart = m_uncertainLine[e];
            o.rule = MatchRule::AmountDateCard;
            o.confidence = res.lines[m_uncertainLine[e]].confidence;
            o.discrepancy = Discrepancy::UncertainMatch;
            o.resolution = Resolution::ConfirmMatch;
        } else if (entry.kind == EntryKind::Refund) {
            o.discrepancy = Discrepancy::RefundNotSettled;
            o.resolution = notDue ? Resolution::WaitForNextBatch : Resolution::Investigate;
        } else if (notDue) {
            o.discrepancy = Discrepancy::NotYetSettled;
            o.resolution = Resolution::WaitForNextBatch;
        } else {
            o.discrepancy = Discrepancy::MissingInSettlement;
            o.resolution = Resolution::Investigate;
        }
    }
}

/// Chargebacks and the acquirer's fees are not in the ledger: they are matched against SYSPRO
/// journals, a chargeback's keyed by its transactionId, a fee line's by its batch id.
void Run::chargebacksAndFees()
{
    for (quint32 l = 0; l < in.lines.size(); ++l) {
        const SettlementLine& line = in.lines[l];
        if (line.type != LineType::Chargeback && line.type != LineType::Fee) {
            continue;
        }
        const bool chargeback = line.type == LineType::Chargeback;
        Outcome& o = res.lines[l];
        if (chargeback && line.transactionId != kNoString) {
            o.counterpart = m_entryByTxn[line.transactionId];
        }
        const StringId key = chargeback ? line.transactionId : line.batch;
        quint32 other = kNone;
        if (key != kNoString) {
            for (quint32 d = m_docHead[key]; d != kNone; d = m_docNext[d]) {
                const SysproDocument& doc = in.documents[d];
                if (doc.kind != DocumentKind::Journal || m_docUsed[d]) {
                    continue;
                }
                if (doc.amount == line.amount) {
                    m_docUsed[d] = true;
                    o.document = d;
                    o.rule = chargeback ? MatchRule::ChargebackJournal : MatchRule::FeeJournal;
                    o.confidence = 1000;
                    break;
                }
                if (other == kNone) {
                    other = d;
                }
            }
        }
        if (o.document != kNone) {
            continue;
        }
        o.discrepancy = chargeback ? Discrepancy::Chargeback : Discrepancy::FeeDifference;
        o.resolution = Resolution::PostAdjustmentJournal;
        o.difference = line.amount.minorUnits();
        if (other != kNone && in.documents[other].amount.currency() == line.amount.currency()) {
            o.document = other;
            o.difference = line.amount.minorUnits() - in.documents[other].amount.minorUnits();
        }
    }
}

void Run::pair(quint32 line, quint32 entry, MatchRule rule, quint16 confidence)
{
    Outcome& o = res.lines[line];
    o.counterpart = entry;
    o.rule = rule;
    o.confidence = confidence;
    if (compareAmounts(o, in.lines[line].amount, in.entries[entry])) {
        checkSyspro(o, entry);
    }
    Outcome& eo = res.entries[entry];
    eo = o;
    eo.counterpart = line;
}

/// Settlement against ledger; false when they differ (the outcome then says how).
bool Run::compareAmounts(Outcome& o, const Money& settled, const LedgerEntry& e) const
{
    if (settled.currency() != e.amount.currency()) {
        o.discrepancy = Discrepancy::CurrencyMismatch;
        o.resolution = Resolution::Investigate;
        return false;
    }
    const qint64 diff = e.amount.minorUnits() - settled.minorUnits();
    if (sameAmount(e.amount.minorUnits(), settled.minorUnits())) {
        return true;
    }
    o.difference = diff;
    o.resolution = Resolution::PostAdjustmentJournal;
    o.discrepancy = diff > 0 && diff <= feeAllowance(e.amount.minorUnits()) ? Discrepancy::FeeDifference
                                                                            : Discrepancy::AmountMismatch;
    return false;
}

/// The ledger entry against its SYSPRO documents: a receipt for a payment, a credit note for a
/// refund. None is missing; several that add up to the amount are a split (fine); several with
/// the full amount are a duplicate; anything else is an amount mismatch.
void Run::checkSyspro(Outcome& o, quint32 entry) const
{
    const LedgerEntry& e = in.entries[entry];
    const DocumentKind want = e.kind == EntryKind::Payment ? DocumentKind::Receipt : DocumentKind::CreditNote;
    int count = 0;
    quint32 first = kNone;
    quint32 firstEqual = kNone;
    quint32 secondEqual = kNone;
    qint64 sum = 0;
    bool summable = true;
    for (quint32 d = m_docHead[e.transactionId]; d != kNone; d = m_docNext[d]) {
        const SysproDocument& doc = in.documents[d];
        if (doc.kind != want) {
            continue;
        }
        ++count;
        if (first == kNone) {
            first = d;
        }
        const bool sameCurrency = doc.amount.currency() == e.amount.currency();
        if (sameCurrency && sameAmount(doc.amount.minorUnits(), e.amount.minorUnits())) {
            if (firstEqual == kNone) {
                firstEqual = d;
            } else if (secondEqual == kNone) {
                secondEqual = d;
            }
        }
        summable = summable && sameCurrency && !__builtin_add_overflow(sum, doc.amount.minorUnits(), &sum);
    }
    if (count == 0) {
        o.discrepancy = Discrepancy::MissingInSyspro;
        o.resolution =
            e.kind == EntryKind::Payment ? Resolution::PostMissingReceipt : Resolution::PostMissingCreditNote;
        o.difference = e.amount.minorUnits();
        return;
    }
    if (count == 1 && firstEqual != kNone) {
        return;
    }
    if (count > 1 && summable && sameAmount(sum, e.amount.minorUnits())) {
        return;
    }
    if (secondEqual != kNone) {
        o.discrepancy = Discrepancy::DuplicateInSyspro;
        o.resolution = Resolution::ReverseDuplicate;
        o.document = secondEqual;
        o.difference = -in.documents[secondEqual].amount.minorUnits();
        return;
    }
    o.discrepancy = Discrepancy::AmountMismatch;
    o.resolution = Resolution::PostAdjustmentJournal;
    o.document = first;
    o.difference = e.amount.minorUnits() - (summable ? sum : in.documents[first].amount.minorUnits());
}

bool addTo(qint64& total, qint64 value)
{
    return !__builtin_add_overflow(total, value, &total);
}

} // namespace

Result<void> Matcher::validate(const SettlementInput& input) const
{
    const MatchOptions& o = m_options;
    auto refuse = [](const char* code, const QString& message) {
        return fail(Error::permanent(QString::fromLatin1(code), message));
    };
    if (o.amountToleranceMinor < 0 || o.feeToleranceBasisPoints < 0 || o.feeToleranceBasisPoints > 10000 ||
        o.dateWindowDays < 0 || o.dateWindowDays > 366 || o.settlementLagDays < 0 || o.settlementLagDays > 31 ||
        o.autoMatchConfidence < 0 || o.autoMatchConfidence > 1000 || o.ambiguityMargin < 0 ||
        o.ambiguityMargin > 1000) {
        return refuse("reconcile.options",
                      tr("The matching options are out of range: tolerances must not be negative, the fee tolerance "
                         "is at most 10,000 basis points, the date window 0 to 366 days, the settlement lag 0 to "
                         "31 days and confidences 0 to 1,000 per mille."));
    }
    if (input.lines.size() >= kNone || input.entries.size() >= kNone || input.documents.size() >= kNone) {
        return refuse("reconcile.too_many_rows",
                      tr("A reconciliation run takes fewer than 4,294,967,295 rows per side."));
    }
    const quint32 ids = input.strings.size();
    auto badId = [ids](StringId id) { return id > ids; };
    for (std::size_t i = 0; i < input.lines.size(); ++i) {
        const SettlementLine& line = input.lines[i];
        const QString where = tr("Settlement line %1 (batch %2)").arg(i + 1).arg(input.strings.text(line.batch));
        if (badId(line.batch) || badId(line.acquirer) || badId(line.transactionId) || badId(line.vendorTxCode)) {
            return refuse("reconcile.line_string", tr("%1 refers to a string the input does not hold.").arg(where));
        }
        if (line.amount.minorUnits() <= 0) {
            return refuse("reconcile.line_amount",
                          tr("%1 has the amount %2; settlement amounts are positive and the line type says which "
                             "way the money went.")
                              .arg(where, line.amount.toDecimalString()));
        }
        if (line.feeMinor < 0) {
            return refuse("reconcile.line_fee",
                          tr("%1 has a negative fee (%2 minor units).").arg(where).arg(line.feeMinor));
        }
        if (line.cardLastFour < kNoLastFour || line.cardLastFour > 9999) {
            return refuse("reconcile.line_card",
                          tr("%1 has %2 as the card's last four digits; expected 0000 to 9999 or none.")
                              .arg(where)
                              .arg(line.cardLastFour));
        }
        if (line.type == LineType::Fee && line.batch == kNoString) {
            return refuse(
                "reconcile.fee_without_batch",
                tr("Settlement line %1 is an acquirer fee without a batch id; fees are matched per batch.").arg(i + 1));
        }
    }
    std::vector<quint32> seen(std::size_t(ids) + 1, kNone);
    for (std::size_t i = 0; i < input.entries.size(); ++i) {
        const LedgerEntry& e = input.entries[i];
        if (badId(e.transactionId) || badId(e.vendorTxCode) || badId(e.originalTransactionId)) {
            return refuse("reconcile.entry_string",
                          tr("Ledger entry %1 refers to a string the input does not hold.").arg(i + 1));
        }
        if (e.transactionId == kNoString) {
            return refuse("reconcile.entry_without_transaction",
                          tr("Ledger entry %1 has no Opayo transactionId; every ledger row has one.").arg(i + 1));
        }
        if (seen[e.transactionId] != kNone) {
            return refuse("reconcile.entry_twice",
                          tr("Ledger entries %1 and %2 both have the transactionId %3; the ledger holds each "
                             "transaction once.")
                              .arg(seen[e.transactionId] + 1)
                              .arg(i + 1)
                              .arg(input.strings.text(e.transactionId)));
        }
        seen[e.transactionId] = quint32(i);
        if (e.amount.minorUnits() <= 0) {
            return refuse("reconcile.entry_amount",
                          tr("Ledger entry %1 (transaction %2) has the amount %3; ledger "
                             "amounts are positive and the kind says payment or refund.")
                              .arg(i + 1)
                              .arg(input.strings.text(e.transactionId), e.amount.toDecimalString()));
        }
        if (e.cardLastFour < kNoLastFour || e.cardLastFour > 9999) {
            return refuse("reconcile.entry_card",
                          tr("Ledger entry %1 has %2 as the card's last four digits; expected 0000 to 9999 or none.")
                              .arg(i + 1)
                              .arg(e.cardLastFour));
        }
    }
    for (std::size_t i = 0; i < input.documents.size(); ++i) {
        const SysproDocument& d = input.documents[i];
        if (badId(d.key) || badId(d.reference) || d.key == kNoString) {
            return refuse("reconcile.document_key",
                          tr("SYSPRO document %1 has no transactionId or batch id it was posted for.").arg(i + 1));
        }
        if (d.amount.minorUnits() <= 0) {
            return refuse("reconcile.document_amount",
                          tr("SYSPRO document %1 (%2) has the amount %3; document amounts are positive.")
                              .arg(i + 1)
                              .arg(input.strings.text(d.reference), d.amount.toDecimalString()));
        }
    }
    return {};
}

Result<Reconciliation> Matcher::run(const SettlementInput& input) const
{
    if (Result<void> ok = validate(input); !ok) {
        return fail(ok.error());
    }
    Reconciliation result;
    Run(input, m_options, result).match();

    // Summaries per batch and currency; ledger entries no line matched under batch "none".
    std::map<std::pair<StringId, int>, std::size_t> index;
    std::vector<BatchSummary> rows;
    std::pair<StringId, int> lastKey{kNone, -1};
    std::size_t last = 0;
    auto rowFor = [&](StringId batch, Currency currency) -> BatchSummary& {
        const std::pair<StringId, int> key{batch, currency.numericCode()};
        if (key != lastKey) {
            auto [it, added] = index.try_emplace(key, rows.size());
            if (added) {
                rows.push_back(BatchSummary{.batch = batch, .currencyCode = currency.code()});
            }
            lastKey = key;
            last = it->second;
        }
        return rows[last];
    };
    bool ok = true;
    for (std::size_t l = 0; l < input.lines.size(); ++l) {
        const SettlementLine& line = input.lines[l];
        const Outcome& o = result.lines[l];
        BatchSummary& s = rowFor(line.batch, line.amount.currency());
        ++s.lines;
        const qint64 amount = line.amount.minorUnits();
        if (o.matched()) {
            ++s.matched;
        }
        ClassTotal& c = s.byClass[std::size_t(o.discrepancy)];
        ++c.count;
        ok = ok && addTo(c.amountMinor, amount) && addTo(s.feesMinor, line.feeMinor);
        switch (line.type) {
        case LineType::Payment:
            ok = ok && addTo(s.grossMinor, amount);
            break;
        case LineType::Refund:
            ok = ok && addTo(s.refundsMinor, amount);
            break;
        case LineType::Chargeback:
            ok = ok && addTo(s.chargebacksMinor, amount);
            break;
        case LineType::Fee:
            ok = ok && addTo(s.feesMinor, amount);
            break;
        }
    }
    for (std::size_t e = 0; e < input.entries.size(); ++e) {
        const Outcome& o = result.entries[e];
        if (o.counterpart != kNone && o.discrepancy != Discrepancy::UncertainMatch) {
            continue;
        }
        BatchSummary& s = rowFor(kNoString, input.entries[e].amount.currency());
        ClassTotal& c = s.byClass[std::size_t(o.discrepancy)];
        ++c.count;
        ok = ok && addTo(c.amountMinor, input.entries[e].amount.minorUnits());
    }
    for (BatchSummary& s : rows) {
        s.netMinor = s.grossMinor;
        ok = ok && !__builtin_sub_overflow(s.netMinor, s.refundsMinor, &s.netMinor) &&
             !__builtin_sub_overflow(s.netMinor, s.chargebacksMinor, &s.netMinor) &&
             !__builtin_sub_overflow(s.netMinor, s.feesMinor, &s.netMinor);
    }
    if (!ok) {
        return fail(Error::permanent(QStringLiteral("reconcile.total_overflow"),
                                     tr("A batch's totals do not fit in 64 bits of minor units; the input cannot be "
                                        "right.")));
    }
    std::sort(rows.begin(), rows.end(), [&input](const BatchSummary& a, const BatchSummary& b) {
        const int byBatch = input.strings.view(a.batch).compare(input.strings.view(b.batch));
        return byBatch != 0 ? byBatch < 0 : a.currencyCode < b.currencyCode;
    });
    result.summaries = std::move(rows);
    return result;
}

} // namespace bridge::reconcile
