// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bridge-cli chargeback list | import FILE | record … | set ID disputed|won|lost
#include "cli/CliApplication.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "store/Chargebacks.h"
#include "store/UserDirectory.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace bridge::cli {

namespace {

QString stateText(store::ChargebackState state)
{
    return store::chargebackStateId(state);
}

QString documentsOf(const store::Chargeback& c)
{
    QStringList parts;
    if (c.debitNoteOutboxId) {
        parts.append(CliApplication::tr("debit note %1")
                         .arg(c.debitNoteDocument.isEmpty() ? c.debitNoteStatus : c.debitNoteDocument));
    }
    if (c.journalOutboxId) {
        parts.append(CliApplication::tr("fee journal %1")
                         .arg(c.journalDocument.isEmpty() ? c.journalStatus : c.journalDocument));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

void CliApplication::withSignedInUser(
    const QString& urlOption, const std::function<void(std::shared_ptr<store::Database>, store::UserRecord)>& then)
{
    withDatabase(urlOption, [this, then](std::shared_ptr<store::Database> db) {
        Result<store::UserRecord> me = store::UserDirectory(db).signIn(store::UserDirectory::currentOsLogin());
        if (!me) {
            failWith(me.error());
            return;
        }
        then(db, *me);
    });
}

void CliApplication::chargebackList(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({dbOption, jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("chargeback list"), tr("Lists chargebacks, newest first."),
                         arguments)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                   QStringLiteral("chargeback list"));
        return;
    }
    m_json = parser.isSet(jsonOption);
    withDatabase(parser.value(dbOption), [this](std::shared_ptr<store::Database> db) {
        Result<QList<store::Chargeback>> list =
            store::Chargebacks(db, store::ChargebackPosting::fromSettings(*m_settings)).list();
        if (!list) {
            failWith(list.error());
            return;
        }
        if (m_json) {
            QJsonArray rows;
            for (const store::Chargeback& c : *list) {
                rows.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("transactionId"), c.transactionId},
                                        {QStringLiteral("customer"), c.customer},
                                        {QStringLiteral("acquirer"), c.acquirer},
                                        {QStringLiteral("reference"), c.acquirerReference},
                                        {QStringLiteral("amount"), c.amount.toDecimalString()},
                                        {QStringLiteral("fee"), c.fee.toDecimalString()},
                                        {QStringLiteral("currency"), c.amount.currency().code()},
                                        {QStringLiteral("state"), stateText(c.state)},
                                        {QStringLiteral("receivedOn"), c.receivedOn.toString(Qt::ISODate)},
                                        {QStringLiteral("reason"), c.reason},
                                        {QStringLiteral("debitNote"), c.debitNoteDocument},
                                        {QStringLiteral("feeJournal"), c.journalDocument}});
            }
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("chargebacks"), rows}});
        } else if (list->isEmpty()) {
            m_out << tr("No chargebacks yet.") << '\n';
        } else {
            for (const store::Chargeback& c : *list) {
                m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                             .arg(c.id, 6)
                             .arg(c.receivedOn.toString(Qt::ISODate), stateText(c.state).leftJustified(8),
                                  QString(c.acquirer + QLatin1Char(' ') + c.acquirerReference).leftJustified(20),
                                  QString(c.amount.toDecimalString() + QLatin1Char(' ') + c.amount.currency().code())
                                      .rightJustified(14),
                                  c.transactionId, c.customer.isEmpty() ? tr("(customer unknown)") : c.customer);
                if (!c.fee.isZero()) {
                    m_out << "  " << tr("fee %1").arg(c.fee.toDecimalString());
                }
                if (const QString docs = documentsOf(c); !docs.isEmpty()) {
                    m_out << "  " << docs;
                }
                m_out << '\n';
            }
        }
        finish(ExitOk);
    });
}

void CliApplication::chargebackImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption acquirerOption(
        QStringLiteral("acquirer"),
        tr("Acquirer for lines without one (default: the chargebacks/defaultAcquirer setting)."), tr("NAME"));
    parser.addOptions({dbOption, acquirerOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The acquirer's chargeback CSV file."));
    if (!parseSubcommand(parser, QStringLiteral("chargeback import"),
                         tr("Imports an acquirer's chargeback CSV. The columns are named in the chargebacks/csvColumns "
                            "setting. Refused lines are listed with their line number; the others are imported. "
                            "Importing a file again changes nothing."),
                         arguments)) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("expected one file name."), QStringLiteral("chargeback import"));
        return;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(Error::permanent(
            QStringLiteral("chargeback.file"),
            tr("Cannot read %1: %2. Check the path and that you may read the file.").arg(path, file.errorString())));
        return;
    }
    const QByteArray content = file.readAll();
    const Result<store::ChargebackCsvLayout> layout =
        store::ChargebackCsvLayout::parse(m_settings->value(SettingKeys::ChargebackCsvColumns));
    if (!layout) {
        failWith(layout.error());
        return;
    }
    const QString acquirer = parser.isSet(acquirerOption) ? parser.value(acquirerOption)
                                                          : m_settings->value(SettingKeys::ChargebackDefaultAcquirer);
    const QString name = QFileInfo(path).fileName();
    withSignedInUser(parser.value(dbOption), [this, content, layout = *layout, acquirer,
                                              name](std::shared_ptr<store::Database> db, store::UserRecord me) {
        store::Chargebacks chargebacks(db, store::ChargebackPosting::fromSettings(*m_settings));
        Result<store::ChargebackImport> r = chargebacks.importCsv(content, name, layout, acquirer, me.login, me.roles);
        if (!r) {
            failWith(r.error());
            return;
        }
        m_out << tr("%1: %2 lines read, %3 chargebacks imported, %4 already known, %5 refused.")
                     .arg(name)
                     .arg(r->lines)
                     .arg(r->imported.size())
                     .arg(r->alreadyKnown)
                     .arg(r->refused.size())
              << '\n';
        for (const store::ChargebackImport::Refused& refused : r->refused) {
            m_err << tr("Line %1 refused: %2").arg(refused.line).arg(refused.reason) << '\n';
        }
        finish(r->refused.isEmpty() ? ExitOk : ExitFailure);
    });
}

void CliApplication::chargebackRecord(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption transactionOption(QStringLiteral("transaction"), tr("Opayo transaction ID."), tr("ID"));
    const QCommandLineOption amountOption(QStringLiteral("amount"), tr("Amount, e.g. 12.34."), tr("AMOUNT"));
    const QCommandLineOption currencyOption(QStringLiteral("currency"), tr("Currency code, e.g. GBP."), tr("CODE"));
    const QCommandLineOption feeOption(QStringLiteral("fee"), tr("The acquirer's fee, same currency (default 0)."),
                                       tr("AMOUNT"));
    const QCommandLineOption referenceOption(QStringLiteral("reference"), tr("The acquirer's case reference."),
                                             tr("REF"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), tr("The reason the acquirer gives."), tr("TEXT"));
    const QCommandLineOption reasonCodeOption(QStringLiteral("reason-code"), tr("The acquirer's reason code."),
                                              tr("CODE"));
    const QCommandLineOption acquirerOption(
        QStringLiteral("acquirer"), tr("Acquirer (default: the chargebacks/defaultAcquirer setting)."), tr("NAME"));
    const QCommandLineOption dateOption(QStringLiteral("received"),
                                        tr("The acquirer's date, yyyy-MM-dd (default today)."), tr("DATE"));
    parser.addOptions({dbOption, transactionOption, amountOption, currencyOption, feeOption, referenceOption,
                       reasonOption, reasonCodeOption, acquirerOption, dateOption});
    if (!parseSubcommand(parser, QStringLiteral("chargeback record"), tr("Records one chargeback by hand."),
                         arguments)) {
        return;
    }
    const QString help = QStringLiteral("chargeback record");
    for (const QCommandLineOption* required : {&transactionOption, &amountOption, &currencyOption, &referenceOption}) {
        if (!parser.isSet(*required)) {
            usageError(tr("--%1 is required.").arg(required->names().first()), help);
            return;
        }
    }
    const Result<Currency> currency = Currency::fromCode(parser.value(currencyOption).trimmed().toUpper());
    if (!currency) {
        usageError(tr("--currency: %1").arg(currency.error().message), help);
        return;
    }
    const Result<Money> amount = Money::parse(parser.value(amountOption).trimmed(), *currency);
    if (!amount) {
        usageError(tr("--amount: %1").arg(amount.error().message), help);
        return;
    }
    Money fee = Money::zero(*currency);
    if (parser.isSet(feeOption)) {
        const Result<Money> parsed = Money::parse(parser.value(feeOption).trimmed(), *currency);
        if (!parsed) {
            usageError(tr("--fee: %1").arg(parsed.error().message), help);
            return;
        }
        fee = *parsed;
    }
    store::NewChargeback c;
    if (parser.isSet(dateOption)) {
        c.receivedOn = QDate::fromString(parser.value(dateOption).trimmed(), Qt::ISODate);
        if (!c.receivedOn.isValid()) {
            usageError(tr("--received: '%1' is not a date in the form yyyy-MM-dd.").arg(parser.value(dateOption)),
                       help);
            return;
        }
    }
    c.transactionId = parser.value(transactionOption);
    c.acquirer = parser.isSet(acquirerOption) ? parser.value(acquirerOption)
                                              : m_settings->value(SettingKeys::ChargebackDefaultAcquirer);
    c.acquirerReference = parser.value(referenceOption);
    c.amount = *amount;
    c.fee = fee;
    c.reason = parser.value(reasonOption);
    c.reasonCode = parser.value(reasonCodeOption);
    withSignedInUser(parser.value(dbOption), [this, c](std::shared_ptr<store::Database> db, store::UserRecord me) {
        store::Chargebacks chargebacks(db, store::ChargebackPosting::fromSettings(*m_settings));
        Result<qint64> id = chargebacks.record(c, me.login, me.roles);
        if (!id) {
            failWith(id.error());
            return;
        }
        m_out << tr("Recorded chargeback %1: %2 %3 on transaction %4 (%5 %6). Mark it disputed, won or lost with "
                    "'bridge-cli chargeback set %1 …'.")
                     .arg(*id)
                     .arg(c.amount.toDecimalString(), c.amount.currency().code(), c.transactionId, c.acquirer,
                          c.acquirerReference.trimmed())
              << '\n';
        finish(ExitOk);
    });
}

void CliApplication::chargebackSet(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The chargeback's number (see 'chargeback list')."));
    parser.addPositionalArgument(QStringLiteral("STATE"), tr("disputed, won or lost."));
    if (!parseSubcommand(parser, QStringLiteral("chargeback set"),
                         tr("Changes a chargeback's state. Marking it lost posts its debit note and fee journal to "
                            "SYSPRO (through the engine)."),
                         arguments)) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    const QString help = QStringLiteral("chargeback set");
    if (positional.size() != 2) {
        usageError(tr("expected a chargeback number and a state (disputed, won or lost)."), help);
        return;
    }
    bool ok = false;
    const qint64 id = positional.at(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        usageError(tr("'%1' is not a chargeback number.").arg(positional.at(0)), help);
        return;
    }
    const std::optional<store::ChargebackState> state = store::chargebackStateFromId(positional.at(1).toLower());
    if (!state || *state == store::ChargebackState::Received) {
        usageError(
            tr("'%1' is not a state a chargeback can be set to; use disputed, won or lost.").arg(positional.at(1)),
            help);
        return;
    }
    withSignedInUser(parser.value(dbOption),
                     [this, id, state](std::shared_ptr<store::Database> db, store::UserRecord me) {
                         store::Chargebacks chargebacks(db, store::ChargebackPosting::fromSettings(*m_settings));
                         if (Result<void> done = chargebacks.setState(id, *state, me.login, me.roles); !done) {
                             failWith(done.error());
                             return;
                         }
                         m_out << tr("Chargeback %1 is now %2.").arg(id).arg(stateText(*state));
                         if (*state == store::ChargebackState::Lost) {
                             const auto c = chargebacks.find(id);
                             const bool journal = c && *c && (**c).journalOutboxId.has_value();
                             m_out << ' '
                                   << (journal ? tr("Its debit note and fee journal are queued for SYSPRO.")
                                               : tr("Its debit note is queued for SYSPRO (no fee, so no journal)."));
                         }
                         m_out << '\n';
                         finish(ExitOk);
                     });
}

} // namespace bridge::cli
