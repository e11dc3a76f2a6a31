// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// NetworkJob against a real SandboxHttpServer on 127.0.0.1, with injected faults.
#include "net/NetworkJob.h"
#include "net/SingleAttemptReply.h"
#include "sandbox/common/SandboxHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;

namespace {

/// Counts requests and answers with what the test sets.
class EchoServer : public sandbox::SandboxHttpServer
{
public:
    int handled = 0;
    sandbox::SandboxResponse next{200, "text/plain", {}, "hello"};

protected:
    sandbox::SandboxResponse handle(const sandbox::SandboxRequest& request) override
    {
        ++handled;
        sandbox::SandboxResponse r = next;
        if (request.path == QLatin1String("/echo")) {
            r.body = request.body;
        }
        return r;
    }
};

class GetJob : public net::NetworkJob
{
public:
    GetJob(QNetworkAccessManager* nam, QUrl url) : NetworkJob(nam), m_url(std::move(url)) {}
    QByteArray body;

protected:
    QNetworkReply* send(QNetworkAccessManager& nam) override { return nam.get(QNetworkRequest(m_url)); }
    Result<void> parse(const net::HttpResponse& response) override
    {
        if (response.status != 200) {
            return fail(httpStatusError(response, serviceName()));
        }
        body = response.body;
        return {};
    }
    QString serviceName() const override { return QStringLiteral("Test service"); }

private:
    QUrl m_url;
};

/// The same call, sent once and only once (net::SingleAttemptReply).
class OnceJob : public net::NetworkJob
{
public:
    OnceJob(QNetworkAccessManager* nam, QUrl url) : NetworkJob(nam), m_url(std::move(url)) {}
    QByteArray body;
    QByteArray header;

protected:
    QNetworkReply* send(QNetworkAccessManager&) override
    {
        return new net::SingleAttemptReply(QNetworkRequest(m_url), "GET", {}, this);
    }
    Result<void> parse(const net::HttpResponse& response) override
    {
        header = response.header("X-Test");
        if (response.status != 200) {
            return fail(httpStatusError(response, serviceName()));
        }
        body = response.body;
        return {};
    }
    QString serviceName() const override { return QStringLiteral("Test service"); }

private:
    QUrl m_url;
};

} // namespace

class TestNetworkJob : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    GetJob* run(EchoServer& server, int timeoutMs = 5000)
    {
        auto* job = new GetJob(&m_nam, QUrl(server.baseUrl() + QStringLiteral("/x")));
        job->setParent(this);
        job->setTimeoutMs(timeoutMs);
        QSignalSpy finished(job, &net::NetworkJob::finished);
        job->start();
        if (!job->isFinished()) {
            finished.wait(timeoutMs + 5000);
        }
        return job;
    }

private Q_SLOTS:
    void success()
    {
        EchoServer server;
        QVERIFY(server.start());
        GetJob* job = run(server);
        QVERIFY(job->succeeded());
        QCOMPARE(job->body, QByteArray("hello"));
        QCOMPARE(job->response()->status, 200);
    }

    void serverErrorsAreTransientWithRetryAfter()
    {
        EchoServer server;
        QVERIFY(server.start());
        server.next = {503, "text/plain", {{"Retry-After", "7"}}, "busy"};
        GetJob* job = run(server);
        QVERIFY(job->isFinished() && !job->succeeded());
        QCOMPARE(job->error()->errorClass, ErrorClass::Transient);
        QCOMPARE(job->error()->retryAfterSeconds, std::optional<int>(7));
        QVERIFY(job->error()->message.contains(QStringLiteral("Test service")));
        server.next = {404, "text/plain", {}, "nope"};
        QCOMPARE(run(server)->error()->errorClass, ErrorClass::Permanent);
        server.next = {401, "text/plain", {}, "who?"};
        QCOMPARE(run(server)->error()->errorClass, ErrorClass::Configuration);
    }

    void timeoutIsTransientAndSaysItMayHaveHappened()
    {
        EchoServer server;
        QVERIFY(server.start());
        sandbox::FaultPlan plan;
        plan.latencyMs = 3000;
        server.setFaultPlan(plan);
        GetJob* job = run(server, 300);
        QVERIFY(job->isFinished());
        QCOMPARE(job->error()->code, QStringLiteral("net.timeout"));
        QCOMPARE(job->error()->errorClass, ErrorClass::Transient);
        QVERIFY(job->error()->message.contains(QStringLiteral("may or may not")));
    }

    void abortFinishesOnce()
    {
        EchoServer server;
        QVERIFY(server.start());
        sandbox::FaultPlan plan;
        plan.latencyMs = 2000;
        server.setFaultPlan(plan);
        GetJob job(&m_nam, QUrl(server.baseUrl() + QStringLiteral("/x")));
        QSignalSpy finished(&job, &net::NetworkJob::finished);
        job.start();
        job.abort();
        job.abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.error()->code, QStringLiteral("net.aborted"));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    void connectionRefusedIsTransient()
    {
        quint16 port = 0;
        {
            EchoServer closed;
            QVERIFY(closed.start());
            port = closed.port();
        }
        GetJob job(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QSignalSpy finished(&job, &net::NetworkJob::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.error()->code, QStringLiteral("net.transport"));
        QCOMPARE(job.error()->errorClass, ErrorClass::Transient);
    }

    void resetAfterProcessingHasTheSideEffect()
    {
        EchoServer server;
        QVERIFY(server.start());
        sandbox::FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {sandbox::FaultKind::ResetAfter};
        server.setFaultPlan(plan);
        GetJob* job = run(server);
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error()->errorClass, ErrorClass::Transient);
        // Processed, but the client never heard. QNetworkAccessManager itself re-sends a request
        // whose connection closed before any answer (up to twice, whatever the method), so the
        // server may have processed it more than once: transport delivery is at-least-once, and
        // exactly-once has to come from idempotency keys and look-ups above it.
        QVERIFY(server.handled >= 1 && server.handled <= 3);
        const int processed = server.handled;
        plan.kinds = {sandbox::FaultKind::ResetBefore};
        server.setFaultPlan(plan);
        QVERIFY(!run(server)->succeeded());
        QCOMPARE(server.handled, processed); // reset before processing: no side effect, however often re-sent
        QVERIFY(server.faults().count(sandbox::FaultKind::ResetBefore) >= 1);
    }

    void singleAttemptNeverResends()
    {
        EchoServer server;
        QVERIFY(server.start());
        server.next.headers.append(QPair<QByteArray, QByteArray>("X-Test", "yes"));
        // A normal answer first: status, headers and body come through.
        OnceJob ok(&m_nam, QUrl(server.baseUrl() + QStringLiteral("/x?a=1&b=%C3%A9")));
        QSignalSpy okDone(&ok, &net::NetworkJob::finished);
        ok.start();
        QVERIFY(okDone.wait(10'000));
        QVERIFY2(ok.succeeded(), qPrintable(ok.error() ? ok.error()->toString() : QString()));
        QCOMPARE(ok.body, QByteArray("hello"));
        QCOMPARE(ok.header, QByteArray("yes"));
        QCOMPARE(server.handled, 1);
        // Processed, then the connection drops: exactly one side effect, and an error that says
        // the outcome is unknown (transient), never a silent second attempt.
        sandbox::FaultPlan plan;
        plan.faultRate = 1.0;
        plan.kinds = {sandbox::FaultKind::ResetAfter};
        server.setFaultPlan(plan);
        for (int i = 0; i < 5; ++i) {
            OnceJob job(&m_nam, QUrl(server.baseUrl() + QStringLiteral("/x")));
            QSignalSpy done(&job, &net::NetworkJob::finished);
            job.start();
            QVERIFY(done.wait(10'000));
            QVERIFY(!job.succeeded());
            QCOMPARE(job.error()->errorClass, ErrorClass::Transient);
            QCOMPARE(server.handled, 2 + i);
        }
        // Nobody listening: refused, transient.
        OnceJob refused(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:1/x")));
        QSignalSpy refusedDone(&refused, &net::NetworkJob::finished);
        refused.start();
        QVERIFY(refusedDone.wait(10'000));
        QVERIFY(!refused.succeeded());
        QCOMPARE(refused.error()->errorClass, ErrorClass::Transient);
    }

    void faultsAreDeterministicForASeed()
    {
        sandbox::FaultPlan plan;
        plan.faultRate = 0.2;
        plan.seed = 42;
        sandbox::FaultInjector a(plan);
        sandbox::FaultInjector b(plan);
        int faults = 0;
        for (int i = 0; i < 1000; ++i) {
            const auto da = a.next();
            const auto db = b.next();
            QCOMPARE(int(da.fault), int(db.fault));
            faults += da.fault != sandbox::FaultKind::None ? 1 : 0;
        }
        // 20% of 1000 within a wide band (binomial sd ≈ 13).
        QVERIFY2(faults > 140 && faults < 260, qPrintable(QString::number(faults)));
        QList<sandbox::FaultKind> kinds;
        QString error;
        QVERIFY(sandbox::FaultPlan::parseKinds(QStringLiteral("5xx, reset-after,stall"), &kinds, &error));
        QCOMPARE(kinds.size(), 3);
        QVERIFY(!sandbox::FaultPlan::parseKinds(QStringLiteral("5xx,boom"), &kinds, &error));
        QVERIFY(error.contains(QStringLiteral("boom")));
    }

    void oversizedBodyGets413()
    {
        EchoServer server;
        QVERIFY(server.start());
        server.setMaxBodyBytes(1024);
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/echo")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
        QNetworkReply* reply = m_nam.post(request, QByteArray(4096, 'x'));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        QCOMPARE(server.handled, 0);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestNetworkJob)
#include "TestNetworkJob.moc"
