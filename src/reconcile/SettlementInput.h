// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Money.h"
#include "reconcile/StringPool.h"

#include <vector>

namespace bridge::reconcile {

/// "No row": an absent counterpart, group or document.
constexpr quint32 kNone = 0xFFFFFFFFU;
/// "No card last four digits".
constexpr qint16 kNoLastFour = -1;

enum class LineType : quint8 { Payment, Refund, Fee, Chargeback };
enum class EntryKind : quint8 { Payment, Refund };
enum class DocumentKind : quint8 { Receipt, CreditNote, Journal };

/// One row of a settlement batch (Reporting API getBatchDetail, plus the acquirer's fee and
/// chargeback rows). Amounts are positive; the type says which way the money goes.
struct SettlementLine {
    StringId batch = kNoString;
    StringId acquirer = kNoString;
    StringId transactionId = kNoString; ///< Opayo transactionId (VPSTxId); may be absent
    StringId vendorTxCode = kNoString;  ///< may be absent
    Money amount;                       ///< positive; for a Fee line the fee itself
    qint64 feeMinor = 0;                ///< the acquirer's fee for this line, if it reports one
    qint32 settlementDay = 0;           ///< days since 1970-01-01 (UTC) of the batch's settlement
    qint16 cardLastFour = kNoLastFour;  ///< 0..9999; never more of the card number
    LineType type = LineType::Payment;
};

/// One row of the bridge's ledger (`payments`): a payment or refund accepted for posting.
struct LedgerEntry {
    StringId transactionId = kNoString; ///< the ledger's primary key: required, unique
    StringId vendorTxCode = kNoString;
    StringId originalTransactionId = kNoString; ///< for a refund: its payment
    Money amount;                               ///< positive
    qint64 occurredAtMs = 0;                    ///< UTC milliseconds since the epoch
    qint16 cardLastFour = kNoLastFour;
    EntryKind kind = EntryKind::Payment;
};

/// A SYSPRO document the bridge posted (`ledger_links`), or a journal posted by hand. `key` is the
/// Opayo transactionId it was posted for, or for a batch-level journal (the acquirer's fees) the
/// batch id.
struct SysproDocument {
    StringId key = kNoString;
    StringId reference = kNoString; ///< receipt / credit note / journal reference in SYSPRO
    Money amount;                   ///< positive
    DocumentKind kind = DocumentKind::Receipt;
};

/// Everything one reconciliation run looks at. The rows refer to `strings` by id.
struct SettlementInput {
    StringPool strings;
    std::vector<SettlementLine> lines;
    std::vector<LedgerEntry> entries;
    std::vector<SysproDocument> documents;
};

constexpr qint64 kDayMs = 86'400'000;

/// The UTC day number of a time in milliseconds since the epoch (floor division).
constexpr qint32 dayOf(qint64 msSinceEpoch)
{
    return qint32(msSinceEpoch >= 0 ? msSinceEpoch / kDayMs : -((-msSinceEpoch + kDayMs - 1) / kDayMs));
}

} // namespace bridge::reconcile
