// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "engine/DemoData.h"

#include "store/Chargebacks.h"
#include "store/Refunds.h"
#include "store/UserDirectory.h"

namespace bridge::engine {

QList<DemoData::Person> DemoData::people()
{
    return {
        {QStringLiteral("alex"), QStringLiteral("Alex Morgan"), RoleSet{Role::Admin}},
        {QStringLiteral("priya"), QStringLiteral("Priya Shah"), RoleSet{Role::Preparer}},
        {QStringLiteral("sam"), QStringLiteral("Sam Okafor"), RoleSet{Role::Approver}},
        {QStringLiteral("olu"), QStringLiteral("Olu Bennett"), RoleSet{Role::Operator}},
        {QStringLiteral("vic"), QStringLiteral("Vic Laurent"), RoleSet{Role::Viewer}},
    };
}

Result<void> DemoData::seedUsers(store::UserDirectory& users)
{
    const QList<Person> everyone = people();
    // The first to sign in to a new database becomes administrator: that is Alex.
    for (const Person& person : everyone) {
        if (Result<store::UserRecord> u = users.signIn(person.login, person.displayName); !u) {
            return fail(u.error());
        }
    }
    for (const Person& person : everyone) {
        Result<store::UserRecord> u = users.user(person.login);
        if (!u) {
            return fail(u.error());
        }
        if (u->roles != person.roles) {
            if (Result<store::UserRecord> set = users.setRoles(everyone.first().login, person.login, person.roles);
                !set) {
                return fail(set.error());
            }
        }
    }
    return {};
}

Result<int> DemoData::seedRefundRequests(const std::shared_ptr<store::Database>& database, int count)
{
    store::Refunds refunds(database);
    Result<QList<store::RefundRequest>> waiting = refunds.awaitingApproval();
    if (!waiting) {
        return fail(waiting.error());
    }
    if (!waiting->isEmpty()) {
        return 0;
    }
    store::RefundSearch search;
    search.limit = 50;
    Result<QList<store::RefundablePayment>> recent = refunds.search(search);
    if (!recent) {
        return fail(recent.error());
    }
    const Person preparer = people().at(1); // a copy: people() returns a temporary list
    const QList<std::pair<store::RefundReason, QString>> why{
        {store::RefundReason::GoodsReturned, QStringLiteral("One item came back unopened.")},
        {store::RefundReason::Goodwill, QStringLiteral("Delivery was three days late.")},
        {store::RefundReason::DuplicateCharge, QStringLiteral("Customer says the order went through twice.")},
    };
    int asked = 0;
    for (const store::RefundablePayment& p : std::as_const(*recent)) {
        if (asked >= count) {
            break;
        }
        if (!p.refunded.isZero() || !p.pending.isZero() || p.remaining.minorUnits() < 400) {
            continue;
        }
        const Money part((p.remaining.minorUnits() / 4 / 100) * 100 + 99, p.remaining.currency());
        const auto& [reason, note] = why.at(asked % why.size());
        if (refunds.request(p.payment.transactionId, store::RefundKind::Refund, part, reason, note, preparer.login,
                            preparer.roles, {})) {
            ++asked;
        }
    }
    return asked;
}

Result<int> DemoData::seedChargebacks(const std::shared_ptr<store::Database>& database,
                                      const store::ChargebackPosting& posting)
{
    store::Chargebacks chargebacks(database, posting);
    Result<QList<store::Chargeback>> known = chargebacks.list(1);
    if (!known) {
        return fail(known.error());
    }
    if (!known->isEmpty()) {
        return 0;
    }
    store::RefundSearch search;
    search.limit = 50;
    Result<QList<store::RefundablePayment>> recent = store::Refunds(database).search(search);
    if (!recent) {
        return fail(recent.error());
    }
    const Person preparer = people().at(1);
    struct Case {
        const char* code;
        const char* reason;
        qint64 feeMinor;
    };
    const Case cases[] = {{"13.1", "Merchandise not received", 1500}, {"10.4", "Card-absent fraud", 0}};
    int recorded = 0;
    for (const store::RefundablePayment& p : std::as_const(*recent)) {
        if (recorded >= int(std::size(cases))) {
            break;
        }
        if (!p.refunded.isZero() || !p.pending.isZero()) {
            continue;
        }
        store::NewChargeback c;
        c.transactionId = p.payment.transactionId;
        c.acquirer = QStringLiteral("Elavon");
        c.acquirerReference = QStringLiteral("DEMO-%1").arg(p.payment.transactionId.left(8));
        c.amount = p.payment.amount;
        c.fee = Money(cases[recorded].feeMinor, p.payment.amount.currency());
        c.reasonCode = QString::fromLatin1(cases[recorded].code);
        c.reason = QString::fromLatin1(cases[recorded].reason);
        if (chargebacks.record(c, preparer.login, preparer.roles)) {
            ++recorded;
        }
    }
    return recorded;
}

} // namespace bridge::engine
