// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "syspro/FieldLimits.h"
#include "syspro/PostingOutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bridge::syspro {

/// One journal entry: a positive amount is a debit, a negative one a credit (SYSPRO has no
/// separate debit and credit fields).
struct GlJournalLine {
    QString ledgerCode;
    Money amount{0, Currency::of("GBP")};
    QString reference;
    QString comment;
};

struct GlJournal {
    QDate journalDate;
    QString reference; ///< JournalReference: the bridge's key for finding it again
    QString notation;
    std::optional<int> postingYear;
    std::optional<int> postingPeriod;
    QList<GlJournalLine> lines;
};

struct GlJournalKey {
    int glYear = 0;
    int glPeriod = 0;
    QString glJournal;
};

/// GENTJL (post journals to the General Ledger). The builder refuses a journal whose debits
/// and credits differ: nothing unbalanced is ever sent.
class GlJournalPost
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::GlJournalPost)

public:
    static constexpr const char* businessObject = "GENTJL";
    [[nodiscard]] static Result<QString> buildParameters(bool validateOnly);
    [[nodiscard]] static Result<QString> buildXmlIn(const GlJournal& journal, const FieldLimits& limits);
    /// The generated key (year, period, journal number) or SYSPRO's reasons for refusing it.
    [[nodiscard]] static Result<GlJournalKey> parse(const QString& xmlOut, const QString& reference,
                                                    const QString& company);
    /// Debits minus credits; zero for a balanced journal.
    [[nodiscard]] static Result<Money> imbalance(const GlJournal& journal);
};

} // namespace bridge::syspro
