// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/GlJournal.h"

#include "syspro/SysproErrors.h"
#include "syspro/XmlInWriter.h"

namespace bridge::syspro {

Result<Money> GlJournalPost::imbalance(const GlJournal& journal)
{
    if (journal.lines.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("syspro.journal_empty"),
                                     tr("GL journal %1 has no entries.").arg(journal.reference)));
    }
    Money total = Money::zero(journal.lines.first().amount.currency());
    for (const GlJournalLine& line : journal.lines) {
        Result<Money> sum = total.plus(line.amount);
        if (!sum) {
            return fail(
                Error::permanent(sum.error().code, tr("GL journal %1 mixes currencies or is too large to add up: %2")
                                                       .arg(journal.reference, sum.error().message)));
        }
        total = *sum;
    }
    return total;
}

Result<QString> GlJournalPost::buildParameters(bool validateOnly)
{
    const FieldLimits none{QHash<QString, int>{}, {}};
    XmlInWriter w(none);
    w.start(QStringLiteral("PostGlJournal"));
    w.start(QStringLiteral("Parameters"));
    w.text(QStringLiteral("IgnoreWarnings"), QStringLiteral("N"));
    w.text(QStringLiteral("ApplyIfEntireDocumentValid"), QStringLiteral("Y"));
    w.flag(QStringLiteral("ValidateOnly"), validateOnly);
    w.text(QStringLiteral("ActionType"), QStringLiteral("A"));
    w.end();
    w.end();
    return w.finish();
}

Result<QString> GlJournalPost::buildXmlIn(const GlJournal& journal, const FieldLimits& limits)
{
    const Result<Money> difference = imbalance(journal);
    if (!difference) {
        return fail(difference.error());
    }
    if (!difference->isZero()) {
        Money debits = Money::zero(difference->currency());
        Money credits = Money::zero(difference->currency());
        for (const GlJournalLine& l : journal.lines) {
            if (l.amount.isNegative()) {
                credits = credits.minus(l.amount).value_or(credits);
            } else {
                debits = debits.plus(l.amount).value_or(debits);
            }
        }
        return fail(Error::permanent(codes::unbalanced,
                                     tr("GL journal %1 does not balance: debits %2, credits %3, difference %4. It was "
                                        "not sent to SYSPRO. Correct the entries (or the settlement mapping) so that "
                                        "debits equal credits.")
                                         .arg(journal.reference, debits.toDecimalString(), credits.toDecimalString(),
                                              difference->toDecimalString())));
    }
    XmlInWriter w(limits);
    w.setLocation(tr("GL journal %1").arg(journal.reference));
    w.start(QStringLiteral("PostGlJournal"));
    w.start(QStringLiteral("Item"));
    w.text(QStringLiteral("JournalType"), QStringLiteral("N"));
    w.text(QStringLiteral("PostJournal"), QStringLiteral("Y"));
    if (journal.journalDate.isValid()) {
        w.text(QStringLiteral("JournalDate"), journal.journalDate.toString(Qt::ISODate));
    }
    w.text(QStringLiteral("JournalReference"), journal.reference);
    w.text(QStringLiteral("Notation"), journal.notation);
    if (journal.postingPeriod) {
        w.integer(QStringLiteral("PostingPeriod"), *journal.postingPeriod);
    }
    if (journal.postingYear) {
        w.integer(QStringLiteral("PostingYear"), *journal.postingYear);
    }
    int entry = 0;
    for (const GlJournalLine& line : journal.lines) {
        w.setLocation(tr("GL journal %1, entry %2").arg(journal.reference).arg(++entry));
        w.start(QStringLiteral("JournalDetails"));
        w.text(QStringLiteral("LedgerCode"), line.ledgerCode, true);
        w.text(QStringLiteral("Reference"), line.reference);
        w.money(QStringLiteral("EntryAmount"), line.amount);
        w.text(QStringLiteral("Comment"), line.comment);
        w.end();
    }
    w.end();
    w.end();
    return w.finish();
}

Result<GlJournalKey> GlJournalPost::parse(const QString& xmlOut, const QString& reference, const QString& company)
{
    Result<PostingOutcome> outcome = PostingOutcome::parse(xmlOut);
    if (!outcome) {
        return fail(outcome.error());
    }
    if (!outcome->succeeded()) {
        const QStringList errors = outcome->allErrors();
        return fail(
            Error::permanent(codes::business,
                             tr("SYSPRO company %1 refused GL journal %2: %3. Correct the journal (ledger codes, "
                                "open period) and post it again.")
                                 .arg(company, reference,
                                      errors.isEmpty() ? tr("no reason was given") : errors.join(QStringLiteral("; "))),
                             errors.join(QLatin1Char('\n'))));
    }
    GlJournalKey key;
    for (const PostingItem& item : outcome->items) {
        key.glYear = item.value(u"GlYear").toInt();
        key.glPeriod = item.value(u"GlPeriod").toInt();
        key.glJournal = item.value(u"GlJournal");
        if (!key.glJournal.isEmpty()) {
            break;
        }
    }
    return key;
}

} // namespace bridge::syspro
