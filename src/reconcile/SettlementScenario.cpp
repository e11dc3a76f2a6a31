// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "reconcile/SettlementScenario.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <unordered_set>

namespace bridge::reconcile {

namespace {

/// splitmix64: the same sequence on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 .. bound - 1
    qint64 below(qint64 bound) { return qint64(next() % quint64(bound)); }

private:
    quint64 m_state;
};

enum Case : int {
    Normal,
    Refund,
    RefundUnsettled,
    VendorOnly,
    Fuzzy,
    NoReceipt,
    ReceiptTwice,
    SettledTwice,
    AfterCutOff,
    AmountOff,
    CurrencyOff,
    FeeShort,
    ChargebackOpen,
    ChargebackBooked,
    Unknown,
    PartialSettlements,
    SplitPayment,
    LookAlike,
    NeverSettled,
};

/// Per 10,000 cases, in order; the rest are normal.
constexpr std::array<std::pair<Case, int>, 18> kMix{{
    {Refund, 150},
    {RefundUnsettled, 20},
    {VendorOnly, 200},
    {Fuzzy, 100},
    {NoReceipt, 30},
    {ReceiptTwice, 20},
    {SettledTwice, 20},
    {AfterCutOff, 20},
    {AmountOff, 20},
    {CurrencyOff, 10},
    {FeeShort, 30},
    {ChargebackOpen, 10},
    {ChargebackBooked, 10},
    {Unknown, 20},
    {PartialSettlements, 10},
    {SplitPayment, 10},
    {LookAlike, 10},
    {NeverSettled, 5},
}};

class Generator
{
public:
    Generator(const ScenarioOptions& options, SettlementScenario& out)
        : opt(options)
        , s(out)
        , in(out.input)
        , rnd(options.seed)
        , m_gbp(Currency::of("GBP"))
        , m_currencies{Currency::of("GBP"), Currency::of("EUR"), Currency::of("USD")}
    {
        m_firstDay = qint32(QDate(1970, 1, 1).daysTo(opt.firstDay));
        m_acquirers = {in.strings.intern(u"Elavon"), in.strings.intern(u"American Express")};
    }

    void run();

private:
    struct Payment {
        quint32 entry;
        Currency currency;
        qint64 amount;
        qint32 day;
        qint16 lastFour;
        int acquirer;
    };

    StringId txnId()
    {
        const quint64 a = rnd.next();
        const quint64 b = rnd.next();
        static constexpr char16_t hex[] = u"0123456789ABCDEF";
        char16_t buf[36];
        int n = 0;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                buf[n++] = u'-';
            }
            const quint64 word = i < 16 ? a : b;
            buf[n++] = hex[(word >> ((i % 16) * 4)) & 0xF];
        }
        return in.strings.intern(QStringView(buf, n));
    }
    StringId code(QStringView prefix, quint64 number)
    {
        char16_t buf[32];
        qsizetype n = 0;
        for (QChar c : prefix) {
            buf[n++] = c.unicode();
        }
        char16_t digits[20];
        int d = 0;
        do {
            digits[d++] = char16_t(u'0' + number % 10);
            number /= 10;
        } while (number != 0);
        for (int pad = d; pad < 8; ++pad) {
            buf[n++] = u'0';
        }
        while (d > 0) {
            buf[n++] = digits[--d];
        }
        return in.strings.intern(QStringView(buf, n));
    }
    StringId batchOf(qint32 settlementDay, int acquirer)
    {
        const std::size_t key = std::size_t(settlementDay - m_firstDay) * 2 + std::size_t(acquirer);
        if (key >= m_batches.size()) {
            m_batches.resize(key + 1, kNoString);
        }
        if (m_batches[key] == kNoString) {
            const QDate date = opt.firstDay.addDays(settlementDay - m_firstDay);
            const QString id = date.toString(u"yyyyMMdd") + (acquirer == 0 ? u"-ELV" : u"-AMX");
            m_batches[key] = in.strings.intern(id);
        }
        return m_batches[key];
    }
    quint64 fuzzyKey(Currency c, qint64 amount, qint16 lastFour) const
    {
        return (quint64(c.numericCode()) << 48) | (quint64(amount) << 14) | quint64(lastFour);
    }

    struct Spec {
        int receipts = 1;
        StringId vendor = kNoString;
        bool fuzzyFree = false;        ///< its (currency, amount, last four) is unique among free entries
        qint32 day = -1;               ///< else one of the settled days
        const Payment* like = nullptr; ///< same currency (and with copyAll: amount, card, day, acquirer)
        bool copyAll = false;
    };

    [[nodiscard]] qint32 lastBatchDay() const { return m_firstDay + opt.days - 1; }

    Payment payment(Discrepancy truth, const Spec& spec)
    {
        Payment p{kNone, m_gbp, 0, 0, 0, 0};
        if (spec.like != nullptr && spec.copyAll) {
            p = *spec.like;
        } else {
            const qint64 c = rnd.below(100);
            p.currency = spec.like != nullptr ? spec.like->currency : m_currencies[c < 90 ? 0 : c < 97 ? 1 : 2];
            p.acquirer = spec.like != nullptr ? spec.like->acquirer : rnd.below(100) < 15 ? 1 : 0;
            p.day = spec.day >= 0 ? spec.day : m_firstDay + qint32(rnd.below(opt.days - 1));
            do {
                p.amount = 100 + rnd.below(50'000);
                p.lastFour = qint16(rnd.below(10'000));
            } while (spec.fuzzyFree && !m_fuzzyKeys.insert(fuzzyKey(p.currency, p.amount, p.lastFour)).second);
        }
        const StringId txn = txnId();
        const StringId vendor = spec.vendor != kNoString ? spec.vendor : code(u"ORD-", ++m_orders);
        p.entry = quint32(in.entries.size());
        in.entries.push_back(LedgerEntry{.transactionId = txn,
                                         .vendorTxCode = vendor,
                                         .originalTransactionId = kNoString,
                                         .amount = Money(p.amount, p.currency),
                                         .occurredAtMs = qint64(p.day) * kDayMs + rnd.below(kDayMs),
                                         .cardLastFour = p.lastFour,
                                         .kind = EntryKind::Payment});
        s.entryTruth.push_back(truth);
        for (int i = 0; i < spec.receipts; ++i) {
            document(txn, DocumentKind::Receipt, Money(p.amount, p.currency));
        }
        return p;
    }

    Payment refund(const Payment& original, Discrepancy truth)
    {
        Payment r = original;
        r.amount = 1 + rnd.below(original.amount);
        r.day = std::min(original.day + qint32(rnd.below(2)), lastBatchDay() - 1);
        const StringId txn = txnId();
        r.entry = quint32(in.entries.size());
        in.entries.push_back(LedgerEntry{.transactionId = txn,
                                         .vendorTxCode = code(u"RFD-", ++m_orders),
                                         .originalTransactionId = in.entries[original.entry].transactionId,
                                         .amount = Money(r.amount, r.currency),
                                         .occurredAtMs = qint64(r.day) * kDayMs + rnd.below(kDayMs),
                                         .cardLastFour = r.lastFour,
                                         .kind = EntryKind::Refund});
        s.entryTruth.push_back(truth);
        document(txn, DocumentKind::CreditNote, Money(r.amount, r.currency));
        return r;
    }

    struct LineSpec {
        LineType type = LineType::Payment;
        bool withTxn = true;
        bool withVendor = true;
        qint64 amount = -1;                 ///< else the payment's
        const Currency* currency = nullptr; ///< else the payment's
        qint32 settlementDay = -1;          ///< else the day after the payment's
    };

    void line(const Payment& p, Discrepancy truth, const LineSpec& spec)
    {
        const qint32 day = spec.settlementDay >= 0 ? spec.settlementDay : p.day + 1;
        const qint64 amount = spec.amount >= 0 ? spec.amount : p.amount;
        const LedgerEntry* e = p.entry != kNone ? &in.entries[p.entry] : nullptr;
        in.lines.push_back(
            SettlementLine{.batch = batchOf(day, p.acquirer),
                           .acquirer = m_acquirers[std::size_t(p.acquirer)],
                           .transactionId = spec.withTxn && e != nullptr ? e->transactionId : kNoString,
                           .vendorTxCode = spec.withVendor && e != nullptr ? e->vendorTxCode : kNoString,
                           .amount = Money(amount, spec.currency != nullptr ? *spec.currency : p.currency),
                           .feeMinor = spec.type == LineType::Payment ? amount * 12 / 1000 : 0,
                           .settlementDay = day,
                           .cardLastFour = p.lastFour,
                           .type = spec.type});
        s.lineTruth.push_back(truth);
    }

    void document(StringId key, DocumentKind kind, Money amount)
    {
        const char16_t* prefix = kind == DocumentKind::Receipt      ? u"RCP"
                                 : kind == DocumentKind::CreditNote ? u"CRN"
                                                                    : u"JNL";
        in.documents.push_back(SysproDocument{
            .key = key, .reference = code(QStringView(prefix), ++m_documents), .amount = amount, .kind = kind});
    }

    const ScenarioOptions& opt;
    SettlementScenario& s;
    SettlementInput& in;
    Random rnd;
    Currency m_gbp;
    std::array<Currency, 3> m_currencies;
    std::array<StringId, 2> m_acquirers{};
    std::vector<StringId> m_batches;
    std::unordered_set<quint64> m_fuzzyKeys; ///< (currency, amount, last four) of entries free at the fuzzy rule
    qint32 m_firstDay = 0;
    quint64 m_orders = 0;
    quint64 m_documents = 0;
};

void Generator::run()
{
    using enum Discrepancy;
    const auto n = std::size_t(std::max<qint64>(opt.entries, 1));
    in.entries.reserve(n + n / 50);
    in.lines.reserve(n + n / 50);
    in.documents.reserve(n + n / 50);
    s.entryTruth.reserve(n + n / 50);
    s.lineTruth.reserve(n + n / 50);
    in.strings.reserve(n * 3 + n / 10, n * 64);
    while (in.entries.size() < n) {
        const qint64 r = rnd.below(10'000);
        Case c = Normal;
        qint64 bound = 0;
        for (const auto& [kind, share] : kMix) {
            bound += share;
            if (r < bound) {
                c = kind;
                break;
            }
        }
        switch (c) {
        case Normal:
            line(payment(None, {}), None, {});
            break;
        case Refund:
        case RefundUnsettled: {
            const Payment p = payment(None, {});
            line(p, None, {});
            const Payment rf = refund(p, c == Refund ? None : RefundNotSettled);
            if (c == Refund) {
                line(rf, None, {.type = LineType::Refund});
            }
            break;
        }
        case VendorOnly:
            line(payment(None, {}), None, {.withTxn = false});
            break;
        case Fuzzy: {
            const Payment p = payment(None, {.fuzzyFree = true});
            line(p, None,
                 {.withTxn = false,
                  .withVendor = false,
                  .settlementDay = std::min(p.day + 1 + qint32(rnd.below(2)), lastBatchDay())});
            break;
        }
        case NoReceipt:
            line(payment(MissingInSyspro, {.receipts = 0}), MissingInSyspro, {});
            break;
        case ReceiptTwice:
            line(payment(DuplicateInSyspro, {.receipts = 2}), DuplicateInSyspro, {});
            break;
        case SettledTwice: {
            const Payment p = payment(None, {});
            line(p, None, {});
            line(p, DuplicateInSettlement, {});
            break;
        }
        case AfterCutOff:
            payment(NotYetSettled, {.fuzzyFree = true, .day = lastBatchDay()});
            break;
        case AmountOff: {
            const Payment p = payment(AmountMismatch, {});
            line(p, AmountMismatch, {.amount = p.amount + 1 + rnd.below(500)});
            break;
        }
        case CurrencyOff: {
            const Payment p = payment(CurrencyMismatch, {});
            const Currency other = p.currency == m_gbp ? m_currencies[1] : m_gbp;
            line(p, CurrencyMismatch, {.currency = &other});
            break;
        }
        case FeeShort: {
            const Payment p = payment(FeeDifference, {});
            const qint64 allowance = p.amount * 300 / 10'000;
            line(p, FeeDifference, {.amount = p.amount - 1 - rnd.below(allowance)});
            break;
        }
        case ChargebackOpen:
        case ChargebackBooked: {
            const Payment p = payment(None, {});
            line(p, None, {});
            line(p, c == ChargebackOpen ? Chargeback : None,
                 {.type = LineType::Chargeback,
                  .settlementDay = std::min(p.day + 2 + qint32(rnd.below(3)), lastBatchDay())});
            if (c == ChargebackBooked) {
                document(in.entries[p.entry].transactionId, DocumentKind::Journal, Money(p.amount, p.currency));
            }
            break;
        }
        case Unknown: {
            Payment ghost{kNone,
                          m_gbp,
                          100 + rnd.below(50'000),
                          m_firstDay + qint32(rnd.below(opt.days - 1)),
                          qint16(rnd.below(10'000)),
                          0};
            line(ghost, UnknownTransaction, {});
            // A transactionId and vendorTxCode the ledger has never seen.
            in.lines.back().transactionId = txnId();
            in.lines.back().vendorTxCode = code(u"WEB-", ++m_orders);
            break;
        }
        case PartialSettlements: {
            const Payment p = payment(None, {});
            const qint64 first = 1 + rnd.below(p.amount - 1);
            line(p, None, {.amount = first});
            line(p, None, {.amount = p.amount - first});
            break;
        }
        case SplitPayment: {
            const StringId vendor = code(u"ORD-", ++m_orders);
            const Payment a = payment(None, {.vendor = vendor});
            const Payment b = payment(None, {.vendor = vendor, .like = &a});
            line(a, None,
                 {.withTxn = false, .amount = a.amount + b.amount, .settlementDay = std::max(a.day, b.day) + 1});
            break;
        }
        case LookAlike: {
            const Payment a = payment(UncertainMatch, {.fuzzyFree = true});
            payment(UncertainMatch, {.like = &a, .copyAll = true});
            line(a, UncertainMatch, {.withTxn = false, .withVendor = false});
            break;
        }
        case NeverSettled:
            payment(MissingInSettlement, {.fuzzyFree = true});
            break;
        }
    }
    // The acquirer's fees: one line per batch, booked by a journal except in every fourth batch.
    for (std::size_t key = 0; key < m_batches.size(); ++key) {
        if (m_batches[key] == kNoString) {
            continue;
        }
        const bool booked = key % 4 != 3;
        const Money fee(1000 + rnd.below(5000), m_gbp);
        in.lines.push_back(SettlementLine{.batch = m_batches[key],
                                          .acquirer = m_acquirers[key % 2],
                                          .transactionId = kNoString,
                                          .vendorTxCode = kNoString,
                                          .amount = fee,
                                          .feeMinor = 0,
                                          .settlementDay = m_firstDay + qint32(key / 2),
                                          .cardLastFour = kNoLastFour,
                                          .type = LineType::Fee});
        s.lineTruth.push_back(booked ? None : FeeDifference);
        if (booked) {
            document(m_batches[key], DocumentKind::Journal, fee);
        }
    }
}

} // namespace

SettlementScenario SettlementScenario::generate(const ScenarioOptions& options)
{
    SettlementScenario scenario;
    Generator(options, scenario).run();
    return scenario;
}

} // namespace bridge::reconcile
