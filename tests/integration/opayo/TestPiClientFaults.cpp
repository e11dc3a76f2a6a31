// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The client's error classes are what a retrying caller needs: with 0% and 20% injected faults
// (5xx, 408, resets before and after processing, stalls past the client timeout), a caller that
// retries transient errors and resolves unknown outcomes through the Reporting API ends with
// exactly the refunds it meant, never twice.
#include "PiTestHelper.h"
#include "core/Clock.h"
#include "opayo/PiClient.h"
#include "opayo/ReportingClient.h"
#include "sandbox/opayo/OpayoSandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using namespace bridge::opayo;
using bridge::sandbox::FaultPlan;
using bridge::sandbox::opayo::OpayoSandbox;
using bridge::sandbox::opayo::OpayoSandboxConfig;
using bridge::test::PiTestHelper;

namespace {

constexpr int kMaxAttempts = 40;

bool run(net::NetworkJob* job)
{
    QSignalSpy spy(job, &net::NetworkJob::finished);
    job->start();
    if (spy.isEmpty()) {
        spy.wait(15'000);
    }
    return job->isFinished() && spy.size() == 1;
}

Money gbp(qint64 minor)
{
    return Money(minor, Currency::of("GBP"));
}

} // namespace

class TestPiClientFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    /// Runs a factory's job until it gives a non-transient answer; counts transient failures.
    template <typename Make>
    PiJob* untilDefinite(Make make, int* transient)
    {
        for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
            PiJob* job = make();
            if (!run(job)) {
                return nullptr;
            }
            if (!job->error() || !job->error()->isTransient()) {
                return job;
            }
            ++*transient;
        }
        return nullptr;
    }

    ReportingJob* detailByVendorTxCode(ReportingClient& reporting, const QString& vtx, int* transient)
    {
        for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
            ReportingJob* job = reporting.getTransactionDetailByVendorTxCode(vtx);
            if (!run(job)) {
                return nullptr;
            }
            if (!job->error() || !job->error()->isTransient()) {
                return job;
            }
            ++*transient;
        }
        return nullptr;
    }

private Q_SLOTS:
    void refundsLandExactlyOnce_data()
    {
        QTest::addColumn<double>("faultRate");
        QTest::newRow("no faults") << 0.0;
        QTest::newRow("20% faults") << 0.2;
    }

    void refundsLandExactlyOnce()
    {
        QFETCH(double, faultRate);
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        OpayoSandboxConfig config;
        config.seed = 7;
        OpayoSandbox sandbox(config, &clock);
        QVERIFY(sandbox.listenOn());
        PiTestHelper shop(sandbox.piBaseUrl(), config.integrationKey, config.integrationPassword);
        QStringList ids;
        for (int i = 0; i < 12; ++i) {
            const auto r = shop.pay(QStringLiteral("Payment"), 10'000 + i, QStringLiteral("F-%1").arg(i));
            QCOMPARE(r.status, 201);
            ids.append(r.json.value(QStringLiteral("transactionId")).toString());
        }

        FaultPlan plan;
        plan.faultRate = faultRate;
        plan.seed = 20261121;
        plan.stallMs = 1'500;
        sandbox.setFaultPlan(plan);

        PiConfig pi;
        pi.baseUrl = QUrl(sandbox.baseUrl() + QStringLiteral("/api"));
        pi.integrationKey = config.integrationKey;
        pi.integrationPassword = config.integrationPassword;
        pi.timeoutMs = 600;
        PiClient client(&m_nam, pi);
        ReportingConfig rc;
        rc.url = QUrl(sandbox.reportingUrl());
        rc.vendor = config.vendorName;
        rc.user = config.reportingUser;
        rc.password = config.reportingPassword;
        rc.timeoutMs = 600;
        ReportingClient reporting(&m_nam, rc);

        int transient = 0;
        int resolvedThroughReporting = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString& id = ids.at(i);
            PiJob* get = untilDefinite([&] { return client.getTransaction(id); }, &transient);
            QVERIFY(get);
            QVERIFY(get->succeeded());
            QCOMPARE(get->transaction()->totalAmount, std::optional<Money>(gbp(10'000 + i)));

            // Refund 60%: a retry after an unknown outcome reuses the vendorTxCode, so Opayo's
            // duplicate check (4042) tells us it went through; the Reporting API confirms it.
            const QString vtx = QStringLiteral("F-%1-R").arg(i);
            PiJob* refund = untilDefinite(
                [&] {
                    return *client.refund({id, vtx, gbp(6'000), QStringLiteral("Refund")});
                },
                &transient);
            QVERIFY(refund);
            if (refund->error()) {
                QCOMPARE(refund->opayoCode(), 4042);
                ReportingJob* detail = detailByVendorTxCode(reporting, vtx, &transient);
                QVERIFY(detail);
                QVERIFY2(detail->succeeded(), qPrintable(detail->error() ? detail->error()->toString() : QString()));
                QCOMPARE(detail->transactionDetail()->summary.transactionType, QStringLiteral("Refund"));
                QCOMPARE(detail->transactionDetail()->summary.amount, std::optional<Money>(gbp(6'000)));
                ++resolvedThroughReporting;
            } else {
                QVERIFY(refund->transaction()->isOk());
            }

            // More than what is left is refused, whatever the network did.
            const QString over = QStringLiteral("F-%1-O").arg(i);
            PiJob* tooMuch = untilDefinite(
                [&] {
                    return *client.refund({id, over, gbp(4'001 + i), QStringLiteral("Too much")});
                },
                &transient);
            QVERIFY(tooMuch);
            QCOMPARE(tooMuch->opayoCode(), 1018);
        }

        sandbox.setFaultPlan(FaultPlan{});
        for (const QString& id : std::as_const(ids)) {
            QCOMPARE(sandbox.ledger().find(id)->refundedAmount, qint64(6'000));
        }
        qInfo("fault rate %.2f: %d transient failures retried, %d outcomes resolved through Reporting, %llu faults "
              "injected",
              faultRate, transient, resolvedThroughReporting,
              static_cast<unsigned long long>(sandbox.faults().requests() -
                                              sandbox.faults().count(bridge::sandbox::FaultKind::None)));
        if (faultRate > 0.0) {
            QVERIFY(transient > 0); // the faults really happened
        } else {
            QCOMPARE(transient, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPiClientFaults)
#include "TestPiClientFaults.moc"
