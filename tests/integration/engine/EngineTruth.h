// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/shop/ShopSimulator.h"
#include "sandbox/syspro/SbCompany.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>

using bridge::sandbox::shop::ShopSimulator;

namespace engine_truth {

struct InboxRow {
    QString status;
    QString errorCode;
    QString errorMessage;
};

inline QHash<QString, InboxRow> inboxByEventId(bridge::store::Database& db)
{
    QHash<QString, InboxRow> rows;
    db.read([&](QSqlDatabase& c) -> bridge::Result<void> {
        bridge::Result<QSqlQuery> q = bridge::store::Database::exec(
            c, QStringLiteral("SELECT source_event_id, status, error_code, error_message FROM inbox "
                              "WHERE source = 'shop-event'"));
        while (q && q->next()) {
            rows.insert(q->value(0).toString(),
                        InboxRow{q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
        }
        return {};
    });
    return rows;
}

} // namespace engine_truth

using engine_truth::inboxByEventId;
using engine_truth::InboxRow;

/// Checks the SYSPRO sandbox's own state against what the shop did (its ground truth per order):
/// exactly one sales order and one receipt per successful payment, one credit note per accepted
/// refund, nothing twice, and every failure dead-lettered with its reason. QTest macros: call it
/// from a test function and return on failure (QTest::currentTestFailed()).
inline void checkState(const bridge::sandbox::syspro::SbCompany& company, const ShopSimulator& shop,
                       bridge::store::Database& database, bool checkStatusUpdates)
{
    {
        const QList<ShopSimulator::OrderResult>& orders = shop.results();
        QHash<QString, int> ordersByPo;
        for (const auto& o : company.salesOrders) {
            if (o.documentType == QLatin1String("O")) {
                ++ordersByPo[o.customerPoNumber];
            }
        }
        const QHash<QString, InboxRow> inbox = inboxByEventId(database);

        QList<qint64> expectedReceipts;
        QList<qint64> expectedCredits;
        int posted = 0;
        QHash<QString, int> expectations;
        for (const ShopSimulator::OrderResult& o : orders) {
            ++expectations[o.expected];
            const bool post = o.expected.startsWith(QLatin1String("post"));
            QVERIFY2(o.error.isEmpty(), qPrintable(o.orderId + QStringLiteral(": ") + o.error));
            // Exactly one sales order per successful payment, none for the others.
            QCOMPARE(ordersByPo.value(o.vendorTxCode), post ? 1 : 0);
            if (post) {
                ++posted;
                expectedReceipts.append(o.amountMinor);
            }
            if (post && checkStatusUpdates) {
                const auto status = shop.statusUpdates().value(o.eventId);
                QVERIFY2(status.value(QStringLiteral("status")).toString() == QLatin1String("posted"),
                         qPrintable(o.orderId + QStringLiteral(": ") +
                                    QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact))));
                QVERIFY(!status.value(QStringLiteral("salesOrder")).toString().isEmpty());
            }
            if (o.expected == QLatin1String("post+refund")) {
                expectedCredits.append(o.refundAmountMinor);
                QCOMPARE(inbox.value(o.refundEventId).status, QStringLiteral("done"));
            }
            if (o.expected == QLatin1String("post+refund-refused")) {
                const InboxRow r = inbox.value(o.refundEventId);
                QCOMPARE(r.status, QStringLiteral("dead"));
                QCOMPARE(r.errorCode, QStringLiteral("ledger.refund_exceeds"));
                QVERIFY2(r.errorMessage.contains(QStringLiteral("exceeds what is left")), qPrintable(r.errorMessage));
            }
            if (o.expected == QLatin1String("dead:stock")) {
                const InboxRow r = inbox.value(o.eventId);
                QCOMPARE(r.status, QStringLiteral("dead"));
                QCOMPARE(r.errorCode, QStringLiteral("engine.unknown_stock_code"));
                QVERIFY2(r.errorMessage.contains(QLatin1String(ShopSimulator::kDiscontinuedSku)),
                         qPrintable(r.errorMessage));
            }
            if (o.expected == QLatin1String("dead:customer")) {
                const InboxRow r = inbox.value(o.eventId);
                QCOMPARE(r.status, QStringLiteral("dead"));
                QCOMPARE(r.errorCode, QStringLiteral("engine.unknown_customer"));
                QVERIFY2(r.errorMessage.contains(QLatin1String(ShopSimulator::kUnknownAccountCode)),
                         qPrintable(r.errorMessage));
            }
            if (o.expected == QLatin1String("ignore")) {
                QCOMPARE(inbox.value(o.eventId).status, QStringLiteral("ignored"));
            }
        }
        // Every case of the mix happened at least once.
        for (const char* kind :
             {"post", "ignore", "dead:stock", "dead:customer", "post+refund", "post+refund-refused"}) {
            QVERIFY2(expectations.value(QLatin1String(kind)) > 0, kind);
        }
        // One receipt per successful payment, for its amount; none twice.
        QList<qint64> receipts;
        QSet<QString> receiptRefs;
        for (const auto& p : company.payments) {
            receipts.append(p.value);
            QVERIFY2(!receiptRefs.contains(p.reference), qPrintable(p.reference));
            receiptRefs.insert(p.reference);
        }
        std::sort(receipts.begin(), receipts.end());
        std::sort(expectedReceipts.begin(), expectedReceipts.end());
        QCOMPARE(receipts, expectedReceipts);
        // One credit note per accepted refund, for the refunded amount.
        QList<qint64> credits;
        QSet<QString> creditRefs;
        for (const auto& i : company.invoices) {
            // Credit notes, not the unapplied-cash entries (_CRDnn) receipts leave.
            if (i.documentType == QLatin1String("C") && !i.invoice.startsWith(QLatin1String("_CRD"))) {
                credits.append(std::abs(i.value));
                QVERIFY2(!creditRefs.contains(i.reference), qPrintable(i.reference));
                creditRefs.insert(i.reference);
            }
        }
        std::sort(credits.begin(), credits.end());
        std::sort(expectedCredits.begin(), expectedCredits.end());
        QCOMPARE(credits, expectedCredits);
        QVERIFY(posted > 500);
    }
}
