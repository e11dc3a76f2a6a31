// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Chargebacks.h"

#include "core/PanGuard.h"
#include "store/Alerts.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QDateTime>
#include <QVariantMap>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace bridge::store {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.transaction_id, c.vendor_tx_code, c.customer, c.acquirer, c.acquirer_reference, c.amount_minor, "
    "c.currency, c.fee_minor, c.reason_code, c.reason, c.state, c.received_on, c.source, c.received_by, "
    "c.received_at, c.disputed_by, c.disputed_at, c.decided_by, c.decided_at, c.debit_note_outbox_id, "
    "c.journal_outbox_id, d.status, d.document_key, j.status, j.document_key FROM chargebacks c "
    "LEFT JOIN outbox d ON d.id = c.debit_note_outbox_id LEFT JOIN outbox j ON j.id = c.journal_outbox_id ");

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// An empty text, never NULL (a null QString binds as NULL).
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Chargeback fromRow(const QSqlQuery& q)
{
    Chargeback c;
    c.id = q.value(0).toLongLong();
    c.transactionId = q.value(1).toString();
    c.vendorTxCode = q.value(2).toString();
    c.customer = q.value(3).toString();
    c.acquirer = q.value(4).toString();
    c.acquirerReference = q.value(5).toString();
    const Currency currency = Currency::fromCode(q.value(7).toString()).value_or(Currency::of("GBP"));
    c.amount = Money(q.value(6).toLongLong(), currency);
    c.fee = Money(q.value(8).toLongLong(), currency);
    c.reasonCode = q.value(9).toString();
    c.reason = q.value(10).toString();
    c.state = chargebackStateFromId(q.value(11).toString()).value_or(ChargebackState::Received);
    c.receivedOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    c.source = q.value(13).toString();
    c.receivedBy = q.value(14).toString();
    c.receivedAt = q.value(15).toLongLong();
    c.disputedBy = q.value(16).toString();
    c.disputedAt = q.value(17).toLongLong();
    c.decidedBy = q.value(18).toString();
    c.decidedAt = q.value(19).toLongLong();
    if (!q.value(20).isNull()) {
        c.debitNoteOutboxId = q.value(20).toLongLong();
    }
    if (!q.value(21).isNull()) {
        c.journalOutboxId = q.value(21).toLongLong();
    }
    c.debitNoteStatus = q.value(22).toString();
    c.debitNoteDocument = q.value(23).toString();
    c.journalStatus = q.value(24).toString();
    c.journalDocument = q.value(25).toString();
    return c;
}

Result<std::optional<Chargeback>> findIn(QSqlDatabase& db, qint64 id)
{
    Result<QSqlQuery> q = Database::exec(db, kSelect + QStringLiteral("WHERE c.id = :id"), {{"id", id}});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return std::optional<Chargeback>{};
    }
    return std::optional<Chargeback>{fromRow(*q)};
}

Error refused(const QString& code, const QString& message)
{
    return Error::permanent(QStringLiteral("chargeback.") + code, message);
}

bool isRefusal(const Error& e)
{
    return e.code.startsWith(QLatin1String("chargeback."));
}

QString stateWord(ChargebackState s)
{
    switch (s) {
    case ChargebackState::Received:
        return Chargebacks::tr("received");
    case ChargebackState::Disputed:
        return Chargebacks::tr("disputed");
    case ChargebackState::Won:
        return Chargebacks::tr("won");
    case ChargebackState::Lost:
        return Chargebacks::tr("lost");
    }
    return {};
}

/// Trims and checks what a chargeback needs before any database work.
Result<NewChargeback> cleaned(NewChargeback c)
{
    c.transactionId = c.transactionId.trimmed();
    c.acquirer = c.acquirer.trimmed();
    c.acquirerReference = c.acquirerReference.trimmed();
    c.reasonCode = PanGuard::mask(c.reasonCode.trimmed());
    c.reason = PanGuard::mask(c.reason.trimmed());
    if (c.transactionId.isEmpty()) {
        return fail(refused(QStringLiteral("transaction_required"),
                            Chargebacks::tr("The Opayo transaction ID is missing. Copy it from the acquirer's "
                                            "notice or the Monitor page.")));
    }
    if (PanGuard::containsPan(c.transactionId)) {
        return fail(refused(QStringLiteral("card_number"),
                            Chargebacks::tr("The transaction ID looks like a card number; the bridge never stores "
                                            "card numbers. Give Opayo's transaction ID instead.")));
    }
    if (c.acquirer.isEmpty()) {
        return fail(refused(QStringLiteral("acquirer_required"),
                            Chargebacks::tr("The acquirer is missing. Say which acquirer raised the chargeback "
                                            "(for example Opayo or Elavon).")));
    }
    if (c.acquirerReference.isEmpty()) {
        return fail(refused(QStringLiteral("reference_required"),
                            Chargebacks::tr("The acquirer's reference is missing. It is on the acquirer's notice "
                                            "(case or dispute number).")));
    }
    if (c.acquirerReference.size() > ChargebackCommands::maxAcquirerReference) {
        return fail(refused(QStringLiteral("reference_length"),
                            Chargebacks::tr("The acquirer's reference \"%1\" has %2 characters; at most %3 fit in "
                                            "SYSPRO's 30-character reference (with \"CB\" in front). Shorten it.")
                                .arg(c.acquirerReference)
                                .arg(c.acquirerReference.size())
                                .arg(ChargebackCommands::maxAcquirerReference)));
    }
    if (PanGuard::containsPan(c.acquirerReference)) {
        return fail(refused(QStringLiteral("card_number"),
                            Chargebacks::tr("The acquirer's reference looks like a card number; the bridge never "
                                            "stores card numbers. Give the case or dispute number instead.")));
    }
    if (c.amount.isNegative() || c.amount.isZero()) {
        return fail(refused(QStringLiteral("amount"),
                            Chargebacks::tr("The amount is %1 %2; a chargeback's amount must be above zero (write "
                                            "it without a minus sign).")
                                .arg(c.amount.toDecimalString(), c.amount.currency().code())));
    }
    if (c.fee.currency() != c.amount.currency()) {
        return fail(refused(QStringLiteral("fee_currency"),
                            Chargebacks::tr("The fee is in %1 but the amount in %2; give the fee in the "
                                            "chargeback's currency.")
                                .arg(c.fee.currency().code(), c.amount.currency().code())));
    }
    if (c.fee.isNegative()) {
        return fail(refused(QStringLiteral("fee"),
                            Chargebacks::tr("The fee is %1; it cannot be below zero.").arg(c.fee.toDecimalString())));
    }
    return c;
}

struct Inserted {
    std::optional<qint64> id; ///< empty: the acquirer's reference was already known
    qint64 existingId = 0;
};

/// Inserts one checked chargeback with its audit row and alert, in the caller's transaction.
Result<Inserted> insert(QSqlDatabase& tx, bool postgres, qint64 now, const NewChargeback& c, const QString& source,
                        const QString& actor, const QDate& today)
{
    // Known already (the same acquirer's reference): nothing changes.
    Result<QSqlQuery> known =
        Database::exec(tx, QStringLiteral("SELECT id, acquirer FROM chargebacks WHERE acquirer_reference = :r"),
                       {{"r", c.acquirerReference}});
    if (!known) {
        return fail(known.error());
    }
    while (known->next()) {
        if (known->value(1).toString() == c.acquirer) {
            return Inserted{std::nullopt, known->value(0).toLongLong()};
        }
        // SYSPRO finds a loss's documents by "CB" + reference, so it must be unique across acquirers.
        return fail(refused(QStringLiteral("reference_taken"),
                            Chargebacks::tr("The reference %1 is already used by chargeback %2 from %3; SYSPRO could "
                                            "not tell their documents apart. Check the reference, or add the "
                                            "acquirer's prefix to it.")
                                .arg(c.acquirerReference)
                                .arg(known->value(0).toLongLong())
                                .arg(known->value(1).toString())));
    }
    // The payment, when the bridge posted it: its customer, vendorTxCode, currency and amount.
    QString vendorTxCode;
    QString customer;
    Result<QSqlQuery> payment = Database::exec(
        tx,
        QStringLiteral("SELECT kind, vendor_tx_code, customer, amount_minor, currency FROM payments WHERE "
                       "transaction_id = :t"),
        {{"t", c.transactionId}});
    if (!payment) {
        return fail(payment.error());
    }
    if (payment->next()) {
        if (payment->value(0).toString() != QLatin1String("payment")) {
            return fail(refused(QStringLiteral("not_a_payment"),
                                Chargebacks::tr("Transaction %1 is a refund, not a payment; a chargeback disputes "
                                                "a payment. Give the original payment's transaction ID.")
                                    .arg(c.transactionId)));
        }
        const QString currency = payment->value(4).toString();
        const Money paid(payment->value(3).toLongLong(), c.amount.currency());
        if (currency != c.amount.currency().code()) {
            return fail(refused(QStringLiteral("currency"),
                                Chargebacks::tr("Transaction %1 was paid in %2, the chargeback is in %3. Give the "
                                                "chargeback in the payment's currency.")
                                    .arg(c.transactionId, currency, c.amount.currency().code())));
        }
        // Together with the payment's other chargebacks (won ones gave the money back).
        Result<QSqlQuery> others = Database::exec(
            tx,
            QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM chargebacks WHERE transaction_id = :t AND "
                           "state <> 'won' AND NOT (acquirer = :a AND acquirer_reference = :r)"),
            {{"t", c.transactionId}, {"a", c.acquirer}, {"r", c.acquirerReference}});
        if (!others) {
            return fail(others.error());
        }
        others->next();
        const Money before(others->value(0).toLongLong(), paid.currency());
        if (c.amount.minorUnits() > paid.minorUnits() - before.minorUnits()) {
            return fail(refused(
                QStringLiteral("above_payment"),
                c.amount.minorUnits() > paid.minorUnits()
                    ? Chargebacks::tr("The chargeback of %1 %3 is more than transaction %2 was for "
                                      "(%4 %3). Check the amount.")
                          .arg(c.amount.toDecimalString(), c.transactionId, currency, paid.toDecimalString())
                    : Chargebacks::tr("The chargeback of %1 %3 and the earlier ones on transaction %2 (%5 %3) are "
                                      "more than it was for (%4 %3). Check the amount, or whether the acquirer "
                                      "sent the same chargeback under a new reference.")
                          .arg(c.amount.toDecimalString(), c.transactionId, currency, paid.toDecimalString(),
                               before.toDecimalString())));
        }
        vendorTxCode = payment->value(1).toString();
        customer = payment->value(2).toString();
    }
    const QDate receivedOn = c.receivedOn.isValid() ? c.receivedOn : today;
    Result<QSqlQuery> inserted = Database::exec(
        tx,
        QStringLiteral(
            "INSERT INTO chargebacks (transaction_id, vendor_tx_code, customer, acquirer, acquirer_reference, "
            "amount_minor, currency, fee_minor, reason_code, reason, state, received_on, source, received_by, "
            "received_at) VALUES (:t, :v, :cu, :a, :r, :amount, :currency, :fee, :rc, :reason, 'received', :on, "
            ":source, :by, :at) ON CONFLICT (acquirer, acquirer_reference) DO NOTHING RETURNING id"),
        {{"t", c.transactionId},
         {"v", textOrNull(vendorTxCode)},
         {"cu", textOrNull(customer)},
         {"a", c.acquirer},
         {"r", c.acquirerReference},
         {"amount", c.amount.minorUnits()},
         {"currency", c.amount.currency().code()},
         {"fee", c.fee.minorUnits()},
         {"rc", notNull(c.reasonCode)},
         {"reason", notNull(c.reason)},
         {"on", receivedOn.toString(Qt::ISODate)},
         {"source", source},
         {"by", actor},
         {"at", now}});
    if (!inserted) {
        return fail(inserted.error());
    }
    if (!inserted->next()) {
        return Inserted{}; // recorded at the same moment by someone else
    }
    const qint64 id = inserted->value(0).toLongLong();
    const QString subject = QStringLiteral("chargeback:%1").arg(id);
    const QJsonObject detail{{QStringLiteral("transactionId"), c.transactionId},
                             {QStringLiteral("acquirer"), c.acquirer},
                             {QStringLiteral("reference"), c.acquirerReference},
                             {QStringLiteral("amount"), c.amount.toDecimalString()},
                             {QStringLiteral("fee"), c.fee.toDecimalString()},
                             {QStringLiteral("currency"), c.amount.currency().code()},
                             {QStringLiteral("reason"), c.reason},
                             {QStringLiteral("source"), source}};
    if (Result<AuditEntry> a = AuditLog::appendInTransaction(tx, postgres, now, actor,
                                                             QStringLiteral("chargeback.recorded"), subject, detail);
        !a) {
        return fail(a.error());
    }
    NewAlert alert;
    alert.kind = QStringLiteral("chargeback");
    alert.severity = AlertSeverity::Warning;
    alert.subject = subject;
    alert.message =
        customer.isEmpty()
            ? Chargebacks::tr("New chargeback %1 from %2: %3 %4 on transaction %5, which the bridge never posted. "
                              "Reason: %6.")
                  .arg(c.acquirerReference, c.acquirer, c.amount.toDecimalString(), c.amount.currency().code(),
                       c.transactionId, c.reason.isEmpty() ? Chargebacks::tr("none given") : c.reason)
            : Chargebacks::tr("New chargeback %1 from %2: %3 %4 on transaction %5 (%6, customer %7). Reason: %8.")
                  .arg(c.acquirerReference, c.acquirer, c.amount.toDecimalString(), c.amount.currency().code(),
                       c.transactionId, vendorTxCode, customer,
                       c.reason.isEmpty() ? Chargebacks::tr("none given") : c.reason);
    alert.fix = Chargebacks::tr("Gather the evidence (order, delivery, 3-D Secure result) and mark the chargeback "
                                "disputed before the acquirer's deadline, or mark it lost to post the debit note and "
                                "the fee to SYSPRO.");
    if (Result<Alerts::Raised> raised = Alerts::raise(tx, postgres, now, alert); !raised) {
        return fail(raised.error());
    }
    return Inserted{id, 0};
}

Result<void> check(const QString& actor, RoleSet roles)
{
    return Permissions::check(actor, roles, Action::PrepareRefund);
}

} // namespace

QString chargebackStateId(ChargebackState state)
{
    switch (state) {
    case ChargebackState::Received:
        return QStringLiteral("received");
    case ChargebackState::Disputed:
        return QStringLiteral("disputed");
    case ChargebackState::Won:
        return QStringLiteral("won");
    case ChargebackState::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<ChargebackState> chargebackStateFromId(const QString& id)
{
    for (ChargebackState s :
         {ChargebackState::Received, ChargebackState::Disputed, ChargebackState::Won, ChargebackState::Lost}) {
        if (chargebackStateId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

Chargebacks::Chargebacks(std::shared_ptr<Database> database, ChargebackPosting posting, const Clock& clock)
    : m_database(std::move(database))
    , m_posting(std::move(posting))
    , m_clock(clock)
{}

Result<qint64> Chargebacks::record(const NewChargeback& chargeback, const QString& actor, RoleSet roles)
{
    if (Result<void> allowedToRecord = check(actor, roles); !allowedToRecord) {
        return fail(allowedToRecord.error());
    }
    Result<NewChargeback> c = cleaned(chargeback);
    if (!c) {
        return fail(c.error());
    }
    const qint64 now = m_clock.nowMsecs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const bool postgres = m_database->isPostgres();
    qint64 id = 0;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<Inserted> inserted = insert(tx, postgres, now, *c, QStringLiteral("manual"), actor, today);
        if (!inserted) {
            return fail(inserted.error());
        }
        if (!inserted->id) {
            return fail(refused(QStringLiteral("known"),
                                tr("%1's chargeback %2 is already recorded (chargeback %3); nothing was changed.")
                                    .arg(c->acquirer, c->acquirerReference)
                                    .arg(inserted->existingId)));
        }
        id = *inserted->id;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return id;
}

Result<ChargebackImport> Chargebacks::importCsv(const QByteArray& content, const QString& fileName,
                                                const ChargebackCsvLayout& layout, const QString& defaultAcquirer,
                                                const QString& actor, RoleSet roles)
{
    if (Result<void> allowedToImport = check(actor, roles); !allowedToImport) {
        return fail(allowedToImport.error());
    }
    const QString fallbackAcquirer = defaultAcquirer.trimmed();
    Result<ChargebackCsvFile> file = ChargebackCsv::read(content, layout, fallbackAcquirer.isEmpty());
    if (!file) {
        return fail(file.error());
    }
    ChargebackImport result;
    result.lines = int(file->rows.size() + file->problems.size());
    for (const ChargebackCsvProblem& p : std::as_const(file->problems)) {
        result.refused.append({p.line, p.reason});
    }
    // Each row into a chargeback, or the reason it is refused.
    struct Parsed {
        int line = 0;
        NewChargeback chargeback;
    };
    QList<Parsed> parsed;
    for (const ChargebackCsvRow& row : std::as_const(file->rows)) {
        auto value = [&row](const char* field) { return row.values.value(QString::fromLatin1(field)); };
        auto column = [&layout](const char* field) { return layout.columns.value(QString::fromLatin1(field)); };
        NewChargeback c;
        c.transactionId = value("transactionId");
        c.acquirer = value("acquirer").isEmpty() ? fallbackAcquirer : value("acquirer");
        c.acquirerReference = value("acquirerReference");
        c.reasonCode = value("reasonCode");
        c.reason = value("reason");
        const Result<Currency> currency = Currency::fromCode(value("currency").toUpper());
        if (!currency) {
            result.refused.append(
                {row.line, tr("column \"%1\": %2").arg(column("currency"), currency.error().message)});
            continue;
        }
        const Result<Money> amount = Money::parse(value("amount"), *currency);
        if (!amount) {
            result.refused.append({row.line, tr("column \"%1\": %2").arg(column("amount"), amount.error().message)});
            continue;
        }
        c.amount = *amount;
        c.fee = Money::zero(*currency);
        if (!value("fee").isEmpty()) {
            const Result<Money> fee = Money::parse(value("fee"), *currency);
            if (!fee) {
                result.refused.append({row.line, tr("column \"%1\": %2").arg(column("fee"), fee.error().message)});
                continue;
            }
            c.fee = *fee;
        }
        if (!value("receivedDate").isEmpty()) {
            c.receivedOn = QDate::fromString(value("receivedDate"), layout.dateFormat);
            if (!c.receivedOn.isValid()) {
                result.refused.append(
                    {row.line, tr("column \"%1\": \"%2\" is not a date in the form %3 (change "
                                  "dateFormat in the CSV layout if the acquirer writes dates "
                                  "differently)")
                                   .arg(column("receivedDate"), value("receivedDate"), layout.dateFormat)});
                continue;
            }
        }
        Result<NewChargeback> checked = cleaned(c);
        if (!checked) {
            result.refused.append({row.line, checked.error().message});
            continue;
        }
        parsed.append({row.line, *checked});
    }
    const qint64 now = m_clock.nowMsecs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const bool postgres = m_database->isPostgres();
    const QList<ChargebackImport::Refused> refusedBefore = result.refused;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        // A retried transaction starts again from what was known before it.
        result.imported.clear();
        result.alreadyKnown = 0;
        result.refused = refusedBefore;
        for (const Parsed& p : std::as_const(parsed)) {
            Result<Inserted> inserted = insert(tx, postgres, now, p.chargeback, QStringLiteral("import"), actor, today);
            if (!inserted) {
                if (!isRefusal(inserted.error())) {
                    return fail(inserted.error());
                }
                result.refused.append({p.line, inserted.error().message});
            } else if (inserted->id) {
                result.imported.append(*inserted->id);
            } else {
                ++result.alreadyKnown;
            }
        }
        return asVoid(
            AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("chargeback.import"), fileName,
                                          QJsonObject{{QStringLiteral("lines"), result.lines},
                                                      {QStringLiteral("imported"), int(result.imported.size())},
                                                      {QStringLiteral("alreadyKnown"), result.alreadyKnown},
                                                      {QStringLiteral("refused"), int(result.refused.size())}}));
    });
    if (!ok) {
        return fail(ok.error());
    }
    std::sort(result.refused.begin(), result.refused.end(),
              [](const ChargebackImport::Refused& a, const ChargebackImport::Refused& b) { return a.line < b.line; });
    return result;
}

bool Chargebacks::allowed(ChargebackState from, ChargebackState to)
{
    if (from == ChargebackState::Received) {
        return to != ChargebackState::Received;
    }
    if (from == ChargebackState::Disputed) {
        return to == ChargebackState::Won || to == ChargebackState::Lost;
    }
    return false;
}

Result<void> Chargebacks::mayChange(const Chargeback& c, ChargebackState to, const QString& actor, RoleSet roles)
{
    if (!allowed(c.state, to)) {
        const bool decided = c.state == ChargebackState::Won || c.state == ChargebackState::Lost;
        return fail(refused(
            QStringLiteral("transition"),
            decided ? tr("Chargeback %1 is already %2 (decided by %3); a decided chargeback does not change again.")
                          .arg(c.id)
                          .arg(stateWord(c.state), c.decidedBy)
            : c.state == to ? tr("Chargeback %1 is already %2.").arg(c.id).arg(stateWord(to))
                            : tr("Chargeback %1 is %2 and cannot be marked %3; a chargeback goes from received to "
                                 "disputed, and from received or disputed to won or lost.")
                                  .arg(c.id)
                                  .arg(stateWord(c.state), stateWord(to))));
    }
    if (to == ChargebackState::Disputed) {
        return check(actor, roles);
    }
    return Permissions::checkApproval(actor, roles, Action::ApproveRefund, c.receivedBy);
}

Result<void> Chargebacks::setState(qint64 id, ChargebackState to, const QString& actor, RoleSet roles)
{
    const qint64 now = m_clock.nowMsecs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const bool postgres = m_database->isPostgres();
    const ChargebackPosting posting = m_posting;
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<std::optional<Chargeback>> found = findIn(tx, id);
        if (!found) {
            return fail(found.error());
        }
        if (!*found) {
            return fail(
                refused(QStringLiteral("unknown"),
                        tr("There is no chargeback %1. List them with \"bridge-cli chargeback list\".").arg(id)));
        }
        const Chargeback& c = **found;
        if (Result<void> may = mayChange(c, to, actor, roles); !may) {
            return may;
        }
        std::optional<qint64> debitNote;
        std::optional<qint64> journal;
        if (to == ChargebackState::Lost) {
            if (c.customer.isEmpty()) {
                return fail(refused(
                    QStringLiteral("no_customer"),
                    tr("Chargeback %1 is for transaction %2, which the bridge never posted, so it does not know the "
                       "SYSPRO customer to charge. Check the transaction ID; if the payment was booked by hand, post "
                       "the debit note and the fee in SYSPRO by hand.")
                        .arg(c.id)
                        .arg(c.transactionId)));
            }
            Result<QJsonObject> note =
                ChargebackCommands::debitNote(c.customer, c.acquirerReference, c.amount, today, posting.productClass);
            if (!note) {
                return fail(note.error());
            }
            const auto enqueue = [&](const QJsonObject& command) -> Result<Outbox::Enqueued> {
                NewOutboxCommand n;
                n.commandKind = command.value(QStringLiteral("object")).toString();
                n.businessKey = ChargebackCommands::reference(c.acquirerReference);
                n.orderingKey = QStringLiteral("txn:") + c.transactionId;
                n.transactionId = c.transactionId;
                n.payload = QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact));
                return Outbox::enqueue(tx, postgres, now, n);
            };
            Result<Outbox::Enqueued> queued = enqueue(*note);
            if (!queued) {
                return fail(queued.error());
            }
            debitNote = queued->id;
            if (!c.fee.isZero()) {
                Result<QJsonObject> fee =
                    ChargebackCommands::feeJournal(c.acquirerReference, c.fee, today, posting, c.transactionId);
                if (!fee) {
                    return fail(fee.error());
                }
                Result<Outbox::Enqueued> queuedJournal = enqueue(*fee);
                if (!queuedJournal) {
                    return fail(queuedJournal.error());
                }
                journal = queuedJournal->id;
            }
        }
        const bool dispute = to == ChargebackState::Disputed;
        Result<QSqlQuery> updated = Database::exec(
            tx,
            dispute ? QStringLiteral("UPDATE chargebacks SET state = :to, disputed_by = :by, disputed_at = :at "
                                     "WHERE id = :id AND state = :from")
                    : QStringLiteral("UPDATE chargebacks SET state = :to, decided_by = :by, decided_at = :at, "
                                     "debit_note_outbox_id = :note, journal_outbox_id = :journal WHERE id = :id AND "
                                     "state = :from"),
            dispute ? QVariantMap{{QStringLiteral("to"), chargebackStateId(to)},
                                  {QStringLiteral("by"), actor},
                                  {QStringLiteral("at"), now},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("from"), chargebackStateId(c.state)}}
                    : QVariantMap{{QStringLiteral("to"), chargebackStateId(to)},
                                  {QStringLiteral("by"), actor},
                                  {QStringLiteral("at"), now},
                                  {QStringLiteral("note"),
                                   debitNote ? QVariant(*debitNote) : QVariant(QMetaType::fromType<qlonglong>())},
                                  {QStringLiteral("journal"),
                                   journal ? QVariant(*journal) : QVariant(QMetaType::fromType<qlonglong>())},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("from"), chargebackStateId(c.state)}});
        if (!updated) {
            return fail(updated.error());
        }
        if (updated->numRowsAffected() != 1) {
            return fail(Error::transient(QStringLiteral("chargeback.changed"),
                                         tr("Chargeback %1 was changed by someone else at the same moment; look at "
                                            "it again and repeat if still needed.")
                                             .arg(id)));
        }
        QJsonObject detail{{QStringLiteral("from"), chargebackStateId(c.state)},
                           {QStringLiteral("to"), chargebackStateId(to)},
                           {QStringLiteral("reference"), c.acquirerReference},
                           {QStringLiteral("transactionId"), c.transactionId}};
        if (debitNote) {
            detail.insert(QStringLiteral("debitNoteCommand"), *debitNote);
        }
        if (journal) {
            detail.insert(QStringLiteral("feeJournalCommand"), *journal);
        }
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("chargeback.state"),
                                                    QStringLiteral("chargeback:%1").arg(id), detail));
    });
}

Result<QList<Chargeback>> Chargebacks::list(int limit) const
{
    QList<Chargeback> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, kSelect + QStringLiteral("ORDER BY c.received_at DESC, c.id DESC LIMIT :limit"), {{"limit", limit}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            out.append(fromRow(*q));
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<std::optional<Chargeback>> Chargebacks::find(qint64 id) const
{
    std::optional<Chargeback> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<Chargeback>> c = findIn(db, id);
        if (!c) {
            return fail(c.error());
        }
        out = *c;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

} // namespace bridge::store
