// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bridge-cli resolution items RUN | propose RESULT … | approve ID… | reject ID | list
//                       | journal ACQUIRER BATCH CURRENCY | close ACQUIRER BATCH
#include "cli/CliApplication.h"

#include "core/Settings.h"
#include "store/Resolutions.h"
#include "store/UserDirectory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bridge::cli {

namespace {

QString stateOf(const std::optional<store::ResolutionRecord>& r)
{
    if (!r) {
        return QStringLiteral("open");
    }
    QString s = store::resolutionStateId(r->state);
    if (!r->postingStatus.isEmpty()) {
        s += QLatin1Char('/') + (r->documentKey.isEmpty() ? r->postingStatus : r->documentKey);
    }
    return s;
}

QJsonObject recordJson(const store::ResolutionRecord& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("result"), r.resultId},
                       {QStringLiteral("class"), r.discrepancyClass},
                       {QStringLiteral("action"), store::resolutionActionId(r.action)},
                       {QStringLiteral("amount"), r.amount.toDecimalString()},
                       {QStringLiteral("currency"), r.amount.currency().code()},
                       {QStringLiteral("debit"), r.debitLedgerCode},
                       {QStringLiteral("credit"), r.creditLedgerCode},
                       {QStringLiteral("comment"), r.comment},
                       {QStringLiteral("proposedBy"), r.proposedBy},
                       {QStringLiteral("state"), store::resolutionStateId(r.state)},
                       {QStringLiteral("decidedBy"), r.decidedBy},
                       {QStringLiteral("command"), r.commandKind},
                       {QStringLiteral("reference"), r.businessKey},
                       {QStringLiteral("posting"), r.postingStatus},
                       {QStringLiteral("document"), r.documentKey}};
}

} // namespace

void CliApplication::resolution(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption commentOption(QStringLiteral("comment"), tr("Why (needed; kept in the audit log)."),
                                           tr("TEXT"));
    const QCommandLineOption classOption(QStringLiteral("class"), tr("Only this discrepancy class."), tr("CLASS"));
    const QCommandLineOption actionOption(
        QStringLiteral("action"),
        tr("post_missing_receipt, post_missing_credit_note, adjustment_journal, reverse_duplicate, write_off, "
           "wait_for_next_batch, confirm_match or resolved_outside."),
        tr("ACTION"));
    const QCommandLineOption amountOption(QStringLiteral("amount"),
                                          tr("Journal amount (default: the difference found)."), tr("AMOUNT"));
    const QCommandLineOption debitOption(QStringLiteral("debit"), tr("Ledger code to debit (default from Settings)."),
                                         tr("CODE"));
    const QCommandLineOption creditOption(QStringLiteral("credit"),
                                          tr("Ledger code to credit (default from Settings)."), tr("CODE"));
    const QCommandLineOption counterpartOption(QStringLiteral("counterpart"),
                                               tr("confirm_match: the ledger entry's transaction ID."), tr("ID"));
    const QString help = QStringLiteral("resolution ") + sub;
    const auto number = [&](const QString& text, qint64& out) {
        bool ok = false;
        out = text.toLongLong(&ok);
        if (!ok || out <= 0) {
            usageError(tr("'%1' is not a number.").arg(text), help);
            return false;
        }
        return true;
    };
    const auto requireComment = [&]() {
        if (parser.value(commentOption).trimmed().isEmpty()) {
            usageError(tr("--comment is required."), help);
            return false;
        }
        return true;
    };

    if (sub == QLatin1String("items")) {
        parser.addOptions({dbOption, jsonOption, classOption});
        parser.addPositionalArgument(QStringLiteral("RUN"), tr("The run's number ('bridge-cli reconcile' prints it)."));
        if (!parseSubcommand(parser, help, tr("Lists a run's discrepancies with their result numbers and state."),
                             rest)) {
            return;
        }
        qint64 run = 0;
        if (parser.positionalArguments().size() != 1) {
            usageError(tr("expected a run number."), help);
            return;
        }
        if (!number(parser.positionalArguments().first(), run)) {
            return;
        }
        m_json = parser.isSet(jsonOption);
        const QString cls = parser.value(classOption).trimmed();
        withDatabase(parser.value(dbOption), [this, run, cls](std::shared_ptr<store::Database> db) {
            Result<QList<store::ResolutionItem>> items = store::Resolutions(db).items(run, cls);
            if (!items) {
                failWith(items.error());
                return;
            }
            if (m_json) {
                QJsonArray rows;
                for (const store::ResolutionItem& i : std::as_const(*items)) {
                    QJsonObject o{{QStringLiteral("result"), i.resultId},
                                  {QStringLiteral("side"), i.side},
                                  {QStringLiteral("transactionId"), i.transactionId},
                                  {QStringLiteral("batch"), i.batchId},
                                  {QStringLiteral("line"), i.lineSeq},
                                  {QStringLiteral("class"), i.discrepancyClass},
                                  {QStringLiteral("amount"), i.amount.toDecimalString()},
                                  {QStringLiteral("currency"), i.amount.currency().code()},
                                  {QStringLiteral("suggested"), i.suggested},
                                  {QStringLiteral("state"), stateOf(i.latest)}};
                    if (i.latest) {
                        o.insert(QStringLiteral("resolution"), recordJson(*i.latest));
                    }
                    rows.append(o);
                }
                printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("items"), rows}});
            } else if (items->isEmpty()) {
                m_out << tr("Run %1 has no discrepancies.").arg(run) << '\n';
            } else {
                for (const store::ResolutionItem& i : std::as_const(*items)) {
                    m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                                 .arg(i.resultId, 8)
                                 .arg(
                                     i.side.leftJustified(5), i.discrepancyClass.leftJustified(24),
                                     (i.side == QLatin1String("line")
                                          ? QStringLiteral("%1#%2").arg(i.batchId).arg(i.lineSeq)
                                          : QString())
                                         .leftJustified(12),
                                     i.transactionId.leftJustified(38),
                                     QString(i.amount.toDecimalString() + QLatin1Char(' ') + i.amount.currency().code())
                                         .rightJustified(14),
                                     stateOf(i.latest));
                }
            }
            finish(ExitOk);
        });
        return;
    }

    if (sub == QLatin1String("propose")) {
        parser.addOptions(
            {dbOption, actionOption, commentOption, amountOption, debitOption, creditOption, counterpartOption});
        parser.addPositionalArgument(QStringLiteral("RESULT"), tr("The result's number ('resolution items')."));
        if (!parseSubcommand(parser, help,
                             tr("Proposes a resolution of one discrepancy (preparer). An approver approves it."),
                             rest)) {
            return;
        }
        qint64 result = 0;
        if (parser.positionalArguments().size() != 1) {
            usageError(tr("expected a result number."), help);
            return;
        }
        if (!number(parser.positionalArguments().first(), result) || !requireComment()) {
            return;
        }
        const std::optional<store::ResolutionAction> action =
            store::resolutionActionFromId(parser.value(actionOption).trimmed());
        if (!action || *action == store::ResolutionAction::PostSettlementJournal) {
            usageError(tr("--action: '%1' is not a resolution; see --help.").arg(parser.value(actionOption)), help);
            return;
        }
        store::ResolutionProposal p;
        p.action = *action;
        p.comment = parser.value(commentOption);
        p.debitLedgerCode = parser.value(debitOption);
        p.creditLedgerCode = parser.value(creditOption);
        p.counterpartTransactionId = parser.value(counterpartOption);
        const QString amountText = parser.value(amountOption).trimmed();
        withSignedInUser(
            parser.value(dbOption),
            [this, result, p, amountText, help](std::shared_ptr<store::Database> db, store::UserRecord me) mutable {
                store::Resolutions resolutions(db, store::ResolutionPosting::fromSettings(*m_settings));
                if (!amountText.isEmpty()) {
                    // In the result's currency.
                    Result<std::optional<QString>> currency = resolutions.resultCurrency(result);
                    if (!currency) {
                        failWith(currency.error());
                        return;
                    }
                    if (!*currency) {
                        usageError(tr("there is no result %1.").arg(result), help);
                        return;
                    }
                    Result<Currency> c = Currency::fromCode(**currency);
                    Result<Money> amount = c ? Money::parse(amountText, *c) : Result<Money>(fail(c.error()));
                    if (!amount) {
                        usageError(tr("--amount: %1").arg(amount.error().message), help);
                        return;
                    }
                    p.amount = *amount;
                }
                Result<qint64> id = resolutions.propose(result, p, me.login, me.roles);
                if (!id) {
                    failWith(id.error());
                    return;
                }
                m_out << tr("Proposed resolution %1 (%2) for result %3; an approver approves it with 'bridge-cli "
                            "resolution approve %1 --comment …'.")
                             .arg(*id)
                             .arg(store::Resolutions::actionName(p.action))
                             .arg(result)
                      << '\n';
                finish(ExitOk);
            });
        return;
    }

    if (sub == QLatin1String("approve") || sub == QLatin1String("reject")) {
        const bool approving = sub == QLatin1String("approve");
        parser.addOptions({dbOption, commentOption});
        parser.addPositionalArgument(QStringLiteral("ID"), approving ? tr("Proposal numbers (several: one class only).")
                                                                     : tr("The proposal's number."));
        if (!parseSubcommand(parser, help,
                             approving ? tr("Approves proposals (approver, never one's own); posting ones are "
                                            "queued for SYSPRO.")
                                       : tr("Rejects a proposal (approver, never one's own)."),
                             rest)) {
            return;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty() || (!approving && positional.size() != 1)) {
            usageError(approving ? tr("expected one or more proposal numbers.") : tr("expected one proposal number."),
                       help);
            return;
        }
        QList<qint64> ids;
        for (const QString& p : positional) {
            qint64 id = 0;
            if (!number(p, id)) {
                return;
            }
            ids.append(id);
        }
        if (!requireComment()) {
            return;
        }
        const QString comment = parser.value(commentOption);
        withSignedInUser(parser.value(dbOption), [this, ids, comment, approving](std::shared_ptr<store::Database> db,
                                                                                 store::UserRecord me) {
            store::Resolutions resolutions(db, store::ResolutionPosting::fromSettings(*m_settings));
            if (!approving) {
                Result<store::ResolutionRecord> r = resolutions.reject(ids.first(), me.login, me.roles, comment);
                if (!r) {
                    failWith(r.error());
                    return;
                }
                m_out << tr("Rejected proposal %1; the item is open again.").arg(r->id) << '\n';
                finish(ExitOk);
                return;
            }
            Result<QList<store::ResolutionRecord>> r = resolutions.approve(ids, me.login, me.roles, comment);
            if (!r) {
                failWith(r.error());
                return;
            }
            for (const store::ResolutionRecord& rec : std::as_const(*r)) {
                m_out << (rec.outboxId ? tr("Approved proposal %1: %2 %3 is queued for SYSPRO.")
                                             .arg(rec.id)
                                             .arg(rec.commandKind, rec.businessKey)
                                       : tr("Approved proposal %1.").arg(rec.id))
                      << '\n';
            }
            finish(ExitOk);
        });
        return;
    }

    if (sub == QLatin1String("list")) {
        parser.addOptions({dbOption, jsonOption});
        if (!parseSubcommand(parser, help, tr("Lists the proposals waiting for an approver, oldest first."), rest)) {
            return;
        }
        m_json = parser.isSet(jsonOption);
        withDatabase(parser.value(dbOption), [this](std::shared_ptr<store::Database> db) {
            Result<QList<store::ResolutionRecord>> list = store::Resolutions(db).awaitingApproval();
            if (!list) {
                failWith(list.error());
                return;
            }
            if (m_json) {
                QJsonArray rows;
                for (const store::ResolutionRecord& r : std::as_const(*list)) {
                    rows.append(recordJson(r));
                }
                printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("proposals"), rows}});
            } else if (list->isEmpty()) {
                m_out << tr("No proposal is waiting for an approver.") << '\n';
            } else {
                for (const store::ResolutionRecord& r : std::as_const(*list)) {
                    m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                                 .arg(r.id, 6)
                                 .arg(
                                     r.discrepancyClass.leftJustified(24),
                                     store::resolutionActionId(r.action).leftJustified(24),
                                     QString(r.amount.toDecimalString() + QLatin1Char(' ') + r.amount.currency().code())
                                         .rightJustified(14),
                                     r.proposedBy, r.comment);
                }
            }
            finish(ExitOk);
        });
        return;
    }

    if (sub == QLatin1String("journal") || sub == QLatin1String("close")) {
        const bool journal = sub == QLatin1String("journal");
        parser.addOptions({dbOption, commentOption});
        parser.addPositionalArgument(QStringLiteral("ACQUIRER"), tr("The batch's acquirer."));
        parser.addPositionalArgument(QStringLiteral("BATCH"), tr("The batch id."));
        if (journal) {
            parser.addPositionalArgument(QStringLiteral("CURRENCY"), tr("The currency of the journal."));
        }
        if (!parseSubcommand(parser, help,
                             journal ? tr("Proposes posting the batch's settlement journal (bank, card clearing, fees, "
                                          "chargebacks) in one currency.")
                                     : tr("Closes the batch (approver): nothing may be open, its settlement journals "
                                          "approved."),
                             rest)) {
            return;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != (journal ? 3 : 2)) {
            usageError(journal ? tr("expected an acquirer, a batch id and a currency.")
                               : tr("expected an acquirer and a batch id."),
                       help);
            return;
        }
        if (!requireComment()) {
            return;
        }
        const QString comment = parser.value(commentOption);
        withSignedInUser(parser.value(dbOption), [this, positional, comment, journal,
                                                  help](std::shared_ptr<store::Database> db, store::UserRecord me) {
            store::Resolutions resolutions(db, store::ResolutionPosting::fromSettings(*m_settings));
            Result<std::optional<qint64>> batch = resolutions.findBatch(positional.at(0), positional.at(1));
            if (!batch) {
                failWith(batch.error());
                return;
            }
            if (!*batch) {
                usageError(tr("there is no batch %1 of %2.").arg(positional.at(1), positional.at(0)), help);
                return;
            }
            if (journal) {
                const QString currency = positional.at(2).trimmed().toUpper();
                Result<qint64> id =
                    resolutions.proposeSettlementJournal(**batch, currency, comment, me.login, me.roles);
                if (!id) {
                    failWith(id.error());
                    return;
                }
                Result<store::SettlementJournal> j = resolutions.settlementJournal(**batch, currency);
                m_out << tr("Proposed the settlement journal of batch %1 in %2 as proposal %3.")
                             .arg(positional.at(1), currency)
                             .arg(*id)
                      << '\n';
                if (j) {
                    for (const store::ChargebackJournalLine& l : std::as_const(j->lines)) {
                        m_out << QStringLiteral("  %1  %2\n")
                                     .arg(l.ledgerCode.leftJustified(8), l.amount.toDecimalString().rightJustified(14));
                    }
                }
                finish(ExitOk);
                return;
            }
            Result<store::BatchStatus> closed = resolutions.closeBatch(**batch, me.login, me.roles, comment);
            if (!closed) {
                failWith(closed.error());
                return;
            }
            m_out << tr("Closed batch %1.").arg(positional.at(1)) << '\n';
            finish(ExitOk);
        });
        return;
    }

    usageError(sub.isEmpty() ? tr("'resolution' needs a sub-command: items, propose, approve, reject, list, journal "
                                  "or close.")
                             : tr("unknown 'resolution' command '%1'.").arg(sub),
               {});
}

} // namespace bridge::cli
