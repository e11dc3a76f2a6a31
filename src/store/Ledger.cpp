// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/Ledger.h"

#include "store/Database.h"

namespace bridge::store {

namespace {

const QString kPaymentColumns =
    QStringLiteral("transaction_id, kind, original_transaction_id, vendor_tx_code, customer, amount_minor, currency, "
                   "status, inbox_id, occurred_at");

Result<LedgerPayment> paymentFrom(const QSqlQuery& q)
{
    Result<Currency> currency = Currency::fromCode(q.value(6).toString());
    if (!currency) {
        return fail(currency.error());
    }
    LedgerPayment p;
    p.transactionId = q.value(0).toString();
    p.kind = q.value(1).toString();
    p.originalTransactionId = q.value(2).toString();
    p.vendorTxCode = q.value(3).toString();
    p.customer = q.value(4).toString();
    p.amount = Money(q.value(5).toLongLong(), *currency);
    p.status = q.value(7).toString();
    if (!q.value(8).isNull()) {
        p.inboxId = q.value(8).toLongLong();
    }
    p.occurredAt = q.value(9).toLongLong();
    return p;
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

Error Ledger::refundExceeds(const QString& refundId, const Money& amount, const QString& originalId,
                            const Refundable& left)
{
    return Error::permanent(QStringLiteral("ledger.refund_exceeds"),
                            tr("Refund %1 of %2 %3 exceeds what is left of payment %4: %5 %3 of %6 %3 (%7 %3 already "
                               "refunded). Nothing was posted.")
                                .arg(refundId, amount.toDecimalString(), amount.currency().code(), originalId,
                                     left.remaining.toDecimalString(), left.original.toDecimalString(),
                                     left.refunded.toDecimalString()));
}

Error Ledger::refundOriginalUnknown(const QString& refundId, const QString& originalId)
{
    Error e = Error::transient(
        QStringLiteral("ledger.refund_original_unknown"),
        tr("Refund %1 is for payment %2, which the bridge has not posted yet. It will be tried again once the "
           "payment has arrived; if the payment never does, check it in Opayo's portal.")
            .arg(refundId, originalId));
    // A wait, not a failing call: the payment normally comes in moments later, so the refund
    // looks again within seconds instead of backing off for minutes (its age still raises the
    // usual alert if the payment never comes).
    e.retryWithinMs = 5'000;
    return e;
}

Ledger::Ledger(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<std::optional<Refundable>> Ledger::refundable(QSqlDatabase& tx, bool postgres,
                                                     const QString& originalTransactionId)
{
    Result<QSqlQuery> original = Database::exec(
        tx,
        QStringLiteral("SELECT amount_minor, currency FROM payments WHERE transaction_id = :id AND kind = 'payment'%1")
            .arg(postgres ? QStringLiteral(" FOR UPDATE") : QString()),
        {{"id", originalTransactionId}});
    if (!original) {
        return fail(original.error());
    }
    if (!original->next()) {
        return std::optional<Refundable>{};
    }
    Result<Currency> currency = Currency::fromCode(original->value(1).toString());
    if (!currency) {
        return fail(currency.error());
    }
    Result<QSqlQuery> refunds =
        Database::exec(tx,
                       QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM payments "
                                      "WHERE original_transaction_id = :id AND kind = 'refund'"),
                       {{"id", originalTransactionId}});
    if (!refunds) {
        return fail(refunds.error());
    }
    refunds->next();
    Refundable r;
    r.original = Money(original->value(0).toLongLong(), *currency);
    r.refunded = Money(refunds->value(0).toLongLong(), *currency);
    Result<Money> remaining = r.original.minus(r.refunded);
    if (!remaining) {
        return fail(remaining.error());
    }
    r.remaining = *remaining;
    return std::optional<Refundable>(r);
}

Result<Ledger::Recorded> Ledger::recordPayment(QSqlDatabase& tx, bool postgres, qint64 now,
                                               const LedgerPayment& payment)
{
    if (payment.kind == QLatin1String("refund")) {
        // A refund seen before is a repeat, not a second refund: it must not be judged against
        // what is left after itself. (A payment's repeat is caught by the insert below.)
        Result<QSqlQuery> existing = Database::exec(
            tx, QStringLiteral("SELECT 1 FROM payments WHERE transaction_id = :id"), {{"id", payment.transactionId}});
        if (!existing) {
            return fail(existing.error());
        }
        if (existing->next()) {
            return Recorded::Duplicate;
        }
        Result<std::optional<Refundable>> left = refundable(tx, postgres, payment.originalTransactionId);
        if (!left) {
            return fail(left.error());
        }
        if (!*left) {
            return fail(refundOriginalUnknown(payment.transactionId, payment.originalTransactionId));
        }
        const Refundable& r = **left;
        if (payment.amount.currency() != r.original.currency()) {
            return fail(Error::permanent(
                QStringLiteral("ledger.refund_currency"),
                tr("Refund %1 is in %2, but payment %3 was taken in %4. A refund must be in the payment's "
                   "currency; correct the refund in Opayo.")
                    .arg(payment.transactionId, payment.amount.currency().code(), payment.originalTransactionId,
                         r.original.currency().code())));
        }
        if (payment.amount.minorUnits() > r.remaining.minorUnits()) {
            return fail(refundExceeds(payment.transactionId, payment.amount, payment.originalTransactionId, r));
        }
    }
    Result<Statement> inserted = Database::prepared(
        tx,
        QStringLiteral("INSERT INTO payments (transaction_id, kind, original_transaction_id, vendor_tx_code, customer, "
                       "amount_minor, currency, status, inbox_id, occurred_at, accepted_at) VALUES (:id, :kind, "
                       ":original, :vendor, :customer, :amount, :currency, :status, :inbox, :occurred, :now) "
                       "ON CONFLICT (transaction_id) DO NOTHING"),
        {{"id", payment.transactionId},
         {"kind", payment.kind},
         {"original", nullable(payment.originalTransactionId)},
         {"vendor", payment.vendorTxCode},
         {"customer", nullable(payment.customer)},
         {"amount", payment.amount.minorUnits()},
         {"currency", payment.amount.currency().code()},
         {"status", payment.status},
         {"inbox", payment.inboxId ? QVariant(*payment.inboxId) : QVariant(QMetaType::fromType<qlonglong>())},
         {"occurred", payment.occurredAt},
         {"now", now}});
    if (!inserted) {
        return fail(inserted.error());
    }
    // Another event of the same transaction got there first (another worker or process).
    return (*inserted)->numRowsAffected() == 1 ? Recorded::New : Recorded::Duplicate;
}

Result<void> Ledger::link(QSqlDatabase& tx, qint64 now, const LedgerLink& link)
{
    // The first link of a document stays: a repeat (a look-up after an unknown outcome) adds nothing.
    return asVoid(Database::prepared(
        tx,
        QStringLiteral("INSERT INTO ledger_links (transaction_id, command_kind, business_key, document_key, outbox_id, "
                       "linked_at) VALUES (:txn, :kind, :key, :document, :outbox, :now) "
                       "ON CONFLICT (command_kind, business_key) DO NOTHING"),
        {{"txn", link.transactionId},
         {"kind", link.commandKind},
         {"key", link.businessKey},
         {"document", link.documentKey},
         {"outbox", link.outboxId ? QVariant(*link.outboxId) : QVariant(QMetaType::fromType<qlonglong>())},
         {"now", now}}));
}

Result<std::optional<LedgerPayment>> Ledger::payment(const QString& transactionId) const
{
    std::optional<LedgerPayment> found;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT %1 FROM payments WHERE transaction_id = :id").arg(kPaymentColumns),
            {{"id", transactionId}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            Result<LedgerPayment> p = paymentFrom(*q);
            if (!p) {
                return fail(p.error());
            }
            found = *p;
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

Result<std::optional<Refundable>> Ledger::refundable(const QString& originalTransactionId) const
{
    std::optional<Refundable> r;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<Refundable>> left = refundable(db, false, originalTransactionId);
        if (!left) {
            return fail(left.error());
        }
        r = *left;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return r;
}

Result<QList<LedgerLink>> Ledger::links(const QString& transactionId) const
{
    QList<LedgerLink> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral("SELECT transaction_id, command_kind, business_key, document_key, outbox_id, linked_at "
                           "FROM ledger_links WHERE transaction_id = :id ORDER BY id"),
            {{"id", transactionId}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            LedgerLink l;
            l.transactionId = q->value(0).toString();
            l.commandKind = q->value(1).toString();
            l.businessKey = q->value(2).toString();
            l.documentKey = q->value(3).toString();
            if (!q->value(4).isNull()) {
                l.outboxId = q->value(4).toLongLong();
            }
            l.linkedAt = q->value(5).toLongLong();
            out.append(l);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<qint64> Ledger::countPayments(const QString& kind) const
{
    qint64 count = 0;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE kind = :kind"), {{"kind", kind}});
        if (!q) {
            return fail(q.error());
        }
        q->next();
        count = q->value(0).toLongLong();
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return count;
}

} // namespace bridge::store
