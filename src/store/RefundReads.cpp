// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// What the Refunds page reads: payments with what is left of them, and the requests.
#include "store/Database.h"
#include "store/Refunds.h"

#include <QTimeZone>

namespace bridge::store {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, original_transaction_id, original_vendor_tx_code, vendor_tx_code, customer, amount_minor, currency, "
    "reason, note, state, requested_by, requested_at, decided_by, decided_at, decision_comment, inbox_id, "
    "opayo_transaction_id, error_message");

Result<RefundRequest> readRequest(const QSqlQuery& q)
{
    RefundRequest r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString() == QLatin1String("void") ? RefundKind::Void : RefundKind::Refund;
    r.originalTransactionId = q.value(2).toString();
    r.originalVendorTxCode = q.value(3).toString();
    r.vendorTxCode = q.value(4).toString();
    r.customer = q.value(5).toString();
    Result<Currency> currency = Currency::fromCode(q.value(7).toString());
    if (!currency) {
        return fail(currency.error());
    }
    r.amount = Money(q.value(6).toLongLong(), *currency);
    r.reason = Refunds::reasonFromId(q.value(8).toString()).value_or(RefundReason::Other);
    r.note = q.value(9).toString();
    r.state = Refunds::stateFromId(q.value(10).toString()).value_or(RefundState::Failed);
    r.requestedBy = q.value(11).toString();
    r.requestedAt = q.value(12).toLongLong();
    r.decidedBy = q.value(13).toString();
    r.decidedAt = q.value(14).toLongLong();
    r.decisionComment = q.value(15).toString();
    if (!q.value(16).isNull()) {
        r.inboxId = q.value(16).toLongLong();
    }
    r.opayoTransactionId = q.value(17).toString();
    r.errorMessage = q.value(18).toString();
    return r;
}

/// Opayo's business day: it settles and stops voids at UK midnight.
QDate opayoDay(qint64 msecs)
{
    static const QTimeZone london(QByteArrayLiteral("Europe/London"));
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    return london.isValid() ? t.toTimeZone(london).date() : t.date();
}

Result<QList<RefundRequest>> listRequests(Database& database, const QString& sql, const QVariantMap& bindings)
{
    QList<RefundRequest> list;
    Result<void> ok = database.read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db, sql, bindings);
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            Result<RefundRequest> r = readRequest(*q);
            if (!r) {
                return fail(r.error());
            }
            list.append(*r);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return list;
}

} // namespace

Result<QList<RefundablePayment>> Refunds::search(const RefundSearch& search) const
{
    QStringList clauses{QStringLiteral("p.kind = 'payment'")};
    QVariantMap bindings;
    const QString text = search.text.trimmed();
    if (!text.isEmpty()) {
        clauses.append(
            QStringLiteral("((p.vendor_tx_code >= :lo AND p.vendor_tx_code < :hi) OR p.transaction_id = :exact "
                           "OR (p.customer >= :lo2 AND p.customer < :hi2))"));
        bindings.insert(QStringLiteral("lo"), text);
        bindings.insert(QStringLiteral("hi"), Database::prefixUpper(text));
        bindings.insert(QStringLiteral("lo2"), text);
        bindings.insert(QStringLiteral("hi2"), Database::prefixUpper(text));
        bindings.insert(QStringLiteral("exact"), text);
    }
    if (search.amount) {
        clauses.append(QStringLiteral("p.amount_minor = :amount AND p.currency = :currency"));
        bindings.insert(QStringLiteral("amount"), search.amount->minorUnits());
        bindings.insert(QStringLiteral("currency"), search.amount->currency().code());
    }
    if (search.from) {
        clauses.append(QStringLiteral("p.occurred_at >= :from"));
        bindings.insert(QStringLiteral("from"), QDateTime(*search.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    if (search.to) {
        clauses.append(QStringLiteral("p.occurred_at < :to"));
        bindings.insert(QStringLiteral("to"),
                        QDateTime(search.to->addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    const QString sql =
        QStringLiteral(
            "SELECT p.transaction_id, p.vendor_tx_code, p.customer, p.amount_minor, p.currency, p.status, "
            "p.inbox_id, p.occurred_at, "
            "(SELECT COALESCE(SUM(r.amount_minor), 0) FROM payments r WHERE r.original_transaction_id = "
            "p.transaction_id AND r.kind = 'refund'), "
            "(SELECT COALESCE(SUM(q.amount_minor), 0) FROM refund_requests q WHERE q.original_transaction_id "
            "= p.transaction_id AND q.state IN ('requested', 'approved', 'sending', 'sent') AND "
            "(q.opayo_transaction_id IS NULL OR NOT EXISTS (SELECT 1 FROM payments x WHERE "
            "x.transaction_id = q.opayo_transaction_id))) "
            "FROM payments p WHERE %1 ORDER BY p.occurred_at DESC, p.transaction_id LIMIT %2")
            .arg(clauses.join(QStringLiteral(" AND ")))
            .arg(qBound(1, search.limit, 10'000));
    QList<RefundablePayment> found;
    const QDate today = opayoDay(m_clock.nowMsecs());
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db, sql, bindings);
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            Result<Currency> currency = Currency::fromCode(q->value(4).toString());
            if (!currency) {
                return fail(currency.error());
            }
            RefundablePayment r;
            r.payment.transactionId = q->value(0).toString();
            r.payment.vendorTxCode = q->value(1).toString();
            r.payment.customer = q->value(2).toString();
            r.payment.amount = Money(q->value(3).toLongLong(), *currency);
            r.payment.status = q->value(5).toString();
            if (!q->value(6).isNull()) {
                r.payment.inboxId = q->value(6).toLongLong();
            }
            r.payment.occurredAt = q->value(7).toLongLong();
            r.refunded = Money(q->value(8).toLongLong(), *currency);
            r.pending = Money(q->value(9).toLongLong(), *currency);
            r.remaining =
                Money(r.payment.amount.minorUnits() - r.refunded.minorUnits() - r.pending.minorUnits(), *currency);
            r.voidable = r.refunded.isZero() && r.pending.isZero() && r.payment.status == QLatin1String("OK") &&
                         opayoDay(r.payment.occurredAt) == today;
            found.append(r);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

Result<std::optional<RefundablePayment>> Refunds::refundable(const QString& originalTransactionId) const
{
    RefundSearch s;
    s.text = originalTransactionId;
    s.limit = 50;
    Result<QList<RefundablePayment>> found = search(s);
    if (!found) {
        return fail(found.error());
    }
    for (const RefundablePayment& p : *found) {
        if (p.payment.transactionId == originalTransactionId) {
            return std::optional<RefundablePayment>(p);
        }
    }
    return std::optional<RefundablePayment>{};
}

Result<std::optional<RefundRequest>> Refunds::findIn(QSqlDatabase& db, qint64 requestId)
{
    Result<QSqlQuery> q = Database::exec(
        db, QStringLiteral("SELECT %1 FROM refund_requests WHERE id = :id").arg(kColumns), {{"id", requestId}});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return std::optional<RefundRequest>{};
    }
    Result<RefundRequest> r = readRequest(*q);
    if (!r) {
        return fail(r.error());
    }
    return std::optional<RefundRequest>(*r);
}

Result<std::optional<RefundRequest>> Refunds::find(qint64 requestId) const
{
    std::optional<RefundRequest> found;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<RefundRequest>> r = findIn(db, requestId);
        if (!r) {
            return fail(r.error());
        }
        found = *r;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return found;
}

Result<QList<RefundRequest>> Refunds::awaitingApproval() const
{
    return listRequests(
        *m_database,
        QStringLiteral("SELECT %1 FROM refund_requests WHERE state = 'requested' ORDER BY requested_at, id")
            .arg(kColumns),
        {});
}

Result<QList<RefundRequest>> Refunds::history(const QString& originalTransactionId, int limit) const
{
    const QString where =
        originalTransactionId.isEmpty() ? QString() : QStringLiteral(" WHERE original_transaction_id = :orig");
    QVariantMap bindings;
    if (!originalTransactionId.isEmpty()) {
        bindings.insert(QStringLiteral("orig"), originalTransactionId);
    }
    return listRequests(*m_database,
                        QStringLiteral("SELECT %1 FROM refund_requests%2 ORDER BY requested_at DESC, id DESC LIMIT %3")
                            .arg(kColumns, where)
                            .arg(qBound(1, limit, 100'000)),
                        bindings);
}

} // namespace bridge::store
