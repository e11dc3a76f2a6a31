// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Reporting & Admin API client against the sandbox: signed commands, paging, look-up by
// either id, settlement batches built at the sandbox's (manual) midnight, and refused signatures.
#include "PiTestHelper.h"
#include "core/Clock.h"
#include "opayo/ReportingClient.h"
#include "sandbox/opayo/OpayoSandbox.h"
#include "sandbox/opayo/SettlementBatcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using namespace bridge::opayo;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::opayo::OpayoSandboxConfig;
using bridge::test::PiTestHelper;

namespace {
bool run(net::NetworkJob* job)
{
    QSignalSpy spy(job, &net::NetworkJob::finished);
    job->start();
    if (spy.isEmpty()) {
        spy.wait(15'000);
    }
    return job->isFinished() && spy.size() == 1;
}
Money money(qint64 minor, const char* currency)
{
    return Money(minor, Currency::of(currency));
}
} // namespace

class TestReportingClient : public QObject
{
    Q_OBJECT

    const QDateTime m_start{QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};
    ManualClock m_clock{m_start};
    std::unique_ptr<OpayoSandbox> m_sandbox;
    std::unique_ptr<PiTestHelper> m_shop;
    QNetworkAccessManager m_nam;
    OpayoSandboxConfig m_config;

    ReportingConfig reportingConfig() const
    {
        ReportingConfig rc;
        rc.url = QUrl(m_sandbox->reportingUrl());
        rc.vendor = m_config.vendorName;
        rc.user = m_config.reportingUser;
        rc.password = m_config.reportingPassword;
        rc.timeoutMs = 5'000;
        return rc;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.setNow(m_start);
        m_sandbox = std::make_unique<OpayoSandbox>(m_config, &m_clock);
        QVERIFY(m_sandbox->listenOn());
        m_shop = std::make_unique<PiTestHelper>(m_sandbox->piBaseUrl(), m_config.integrationKey,
                                                m_config.integrationPassword);
    }

    void cleanup()
    {
        m_shop.reset();
        m_sandbox.reset();
    }

    void transactionListPages()
    {
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(m_shop->pay(QStringLiteral("Payment"), 1'000 + i, QStringLiteral("L-%1").arg(i)).status, 201);
            m_clock.advance(60'000);
        }
        ReportingClient client(&m_nam, reportingConfig());
        QStringList seen;
        int total = -1;
        for (int start = 1; start <= 7; start += 3) {
            auto job = client.getTransactionList(m_start.addSecs(-60), m_start.addSecs(3600), start, start + 2);
            QVERIFY(job);
            QVERIFY(run(*job));
            QVERIFY2((*job)->succeeded(), qPrintable((*job)->error() ? (*job)->error()->toString() : QString()));
            const ReportingTransactionPage& page = *(*job)->transactionPage();
            total = page.totalRows;
            for (const ReportingTransaction& t : page.rows) {
                seen.append(t.vendorTxCode);
                QCOMPARE(t.transactionType, QStringLiteral("Payment"));
                QCOMPARE(t.txStateId, 16);
                QVERIFY(t.started.isValid());
            }
        }
        QCOMPARE(total, 7);
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen.first(), QStringLiteral("L-0"));
        QCOMPARE(seen.last(), QStringLiteral("L-6"));
        // Outside the window: nothing.
        auto empty = client.getTransactionList(m_start.addDays(-3), m_start.addDays(-2));
        QVERIFY(run(*empty));
        QCOMPARE((*empty)->transactionPage()->totalRows, 0);
        QVERIFY(!client.getTransactionList(m_start, m_start.addSecs(-1)));
    }

    void transactionDetailByEitherId()
    {
        const auto r = m_shop->pay(QStringLiteral("Payment"), 12'345, QStringLiteral("D-1"));
        const QString id = r.json.value(QStringLiteral("transactionId")).toString();
        ReportingClient client(&m_nam, reportingConfig());
        for (ReportingJob* job : {client.getTransactionDetailByVpsTxId(id),
                                  client.getTransactionDetailByVendorTxCode(QStringLiteral("D-1"))}) {
            QVERIFY(run(job));
            QVERIFY2(job->succeeded(), qPrintable(job->error() ? job->error()->toString() : QString()));
            const ReportingTransactionDetail& d = *job->transactionDetail();
            QCOMPARE(d.summary.vpsTxId, id);
            QCOMPARE(d.summary.vendorTxCode, QStringLiteral("D-1"));
            QCOMPARE(d.summary.amount, std::optional<Money>(money(12'345, "GBP")));
            QCOMPARE(d.last4Digits, QStringLiteral("0006"));
            QCOMPARE(d.authProcessor, QStringLiteral("Elavon"));
            QVERIFY(!d.vpsAuthCode.isEmpty());
        }
        ReportingJob* missing = client.getTransactionDetailByVendorTxCode(QStringLiteral("nope"));
        QVERIFY(run(missing));
        QVERIFY(missing->error());
        QCOMPARE(missing->error()->code, QStringLiteral("opayo.reporting.0043"));
    }

    void wrongPasswordIsRefusedBySignature()
    {
        ReportingConfig rc = reportingConfig();
        rc.password = QStringLiteral("not-the-password");
        ReportingClient client(&m_nam, rc);
        ReportingJob* job = client.getTransactionDetailByVendorTxCode(QStringLiteral("x"));
        QVERIFY(run(job));
        QVERIFY(job->error());
        QCOMPARE(job->error()->code, QStringLiteral("opayo.reporting.0010"));
        QCOMPARE(job->error()->errorClass, ErrorClass::Configuration);
    }

    void settlementBatchesAtMidnight()
    {
        // Day 1: two GBP payments, one EUR payment, one Amex payment, a refund and a voided payment.
        const auto a = m_shop->pay(QStringLiteral("Payment"), 10'000, QStringLiteral("S-1"));
        const auto b = m_shop->pay(QStringLiteral("Payment"), 2'550, QStringLiteral("S-2"));
        PiTestHelper::Card amex;
        amex.number = QStringLiteral("374200000000004");
        amex.securityCode = QStringLiteral("1234");
        const auto c = m_shop->pay(QStringLiteral("Payment"), 7'000, QStringLiteral("S-3"), amex);
        const auto token = m_shop->tokenise(PiTestHelper::Card{});
        const auto eur = m_shop->callJson("POST", QStringLiteral("/transactions"),
                                          PiTestHelper::paymentBody(QStringLiteral("Payment"), token,
                                                                    QStringLiteral("S-4"), 990, QStringLiteral("EUR")));
        QCOMPARE(eur.status, 201);
        const QString aId = a.json.value(QStringLiteral("transactionId")).toString();
        const auto refund = m_shop->callJson("POST", QStringLiteral("/transactions"),
                                             QJsonObject{{QStringLiteral("transactionType"), QStringLiteral("Refund")},
                                                         {QStringLiteral("referenceTransactionId"), aId},
                                                         {QStringLiteral("vendorTxCode"), QStringLiteral("S-1-R")},
                                                         {QStringLiteral("amount"), 2'500},
                                                         {QStringLiteral("description"), QStringLiteral("r")}});
        QCOMPARE(refund.status, 201);
        const auto voided = m_shop->pay(QStringLiteral("Payment"), 999, QStringLiteral("S-5"));
        QCOMPARE(m_shop
                     ->callJson("POST",
                                QStringLiteral("/transactions/") +
                                    voided.json.value(QStringLiteral("transactionId")).toString() +
                                    QStringLiteral("/instructions"),
                                QJsonObject{{QStringLiteral("instructionType"), QStringLiteral("void")}})
                     .status,
                 201);
        Q_UNUSED(b);
        Q_UNUSED(c);

        ReportingClient client(&m_nam, reportingConfig());
        auto before = client.getBatchList(m_start.addDays(-1), m_start.addDays(2));
        QVERIFY(run(*before));
        QVERIFY((*before)->batches()->isEmpty());

        m_clock.setNow(QDateTime(QDate(2026, 3, 3), QTime(0, 0, 1), Qt::UTC));
        auto list = client.getBatchList(m_start.addDays(-1), m_start.addDays(2));
        QVERIFY(run(*list));
        QVERIFY2((*list)->succeeded(), qPrintable((*list)->error() ? (*list)->error()->toString() : QString()));
        const QList<ReportingBatch>& batches = *(*list)->batches();
        QCOMPARE(batches.size(), 2); // Elavon and American Express
        const ReportingBatch* elavon = nullptr;
        const ReportingBatch* amexBatch = nullptr;
        for (const ReportingBatch& batch : batches) {
            (batch.acquirer == QLatin1String("Elavon") ? elavon : amexBatch) = &batch;
        }
        QVERIFY(elavon && amexBatch);
        QCOMPARE(elavon->completed, QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC));
        QCOMPARE(elavon->groups.size(), 2);
        for (const ReportingBatchGroup& g : elavon->groups) {
            if (g.currency == QLatin1String("GBP")) {
                QCOMPARE(g.paymentNumber, 2);
                QCOMPARE(g.paymentValue, std::optional<Money>(money(12'550, "GBP")));
                QCOMPARE(g.refundNumber, 1);
                QCOMPARE(g.refundValue, std::optional<Money>(money(2'500, "GBP")));
            } else {
                QCOMPARE(g.currency, QStringLiteral("EUR"));
                QCOMPARE(g.paymentValue, std::optional<Money>(money(990, "EUR")));
            }
        }
        QCOMPARE(amexBatch->groups.first().paymentValue, std::optional<Money>(money(7'000, "GBP")));

        auto detail = client.getBatchDetail(elavon->batchId, elavon->acquirer, 1, 2);
        QVERIFY(run(*detail));
        QVERIFY((*detail)->succeeded());
        QCOMPARE((*detail)->transactionPage()->totalRows, 4);
        QCOMPARE((*detail)->transactionPage()->rows.size(), 2);
        auto page2 = client.getBatchDetail(elavon->batchId, elavon->acquirer, 3, 4);
        QVERIFY(run(*page2));
        QCOMPARE((*page2)->transactionPage()->rows.size(), 2);
        QStringList codes;
        for (const auto* page : {&*(*detail)->transactionPage(), &*(*page2)->transactionPage()}) {
            for (const ReportingTransaction& t : page->rows) {
                codes.append(t.vendorTxCode);
            }
        }
        QVERIFY(!codes.contains(QStringLiteral("S-5"))); // voided: never settled
        QVERIFY(codes.contains(QStringLiteral("S-1-R")));

        // A payment settled in a batch can no longer be voided.
        const auto voidSettled =
            m_shop->callJson("POST", QStringLiteral("/transactions/") + aId + QStringLiteral("/instructions"),
                             QJsonObject{{QStringLiteral("instructionType"), QStringLiteral("void")}});
        QCOMPARE(voidSettled.status, 403);
        QCOMPARE(voidSettled.json.value(QStringLiteral("code")).toInt(), 1017);
    }
};

QTEST_GUILESS_MAIN(TestReportingClient)
#include "TestReportingClient.moc"
