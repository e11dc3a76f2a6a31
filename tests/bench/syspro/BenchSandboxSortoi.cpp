// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// How many SORTOI posts per second the sandbox sustains on loopback. The sandbox runs on its own
// thread; this thread keeps `concurrency` GET requests in flight through QNetworkAccessManager.
// Usage: bench_syspro_sandbox_sortoi [posts=5000] [concurrency=6]
#include "sandbox/syspro/SysproSandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrlQuery>

#include <cstdio>
#include <future>

using namespace bridge::sandbox::syspro;

namespace {
QByteArray enc(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

QUrl postUrl(const QString& base, const QString& token, int n)
{
    const QString params = QStringLiteral(
        "<SalesOrders><Parameters><Process>IMPORT</Process><IgnoreWarnings>W</IgnoreWarnings>"
        "<AllocationAction>A</AllocationAction><AllowDuplicateOrderNumbers>N</AllowDuplicateOrderNumbers>"
        "<AlwaysUsePriceEntered>Y</AlwaysUsePriceEntered></Parameters></SalesOrders>");
    const QString xmlIn =
        QStringLiteral("<SalesOrders><Orders><OrderHeader><CustomerPoNumber>BENCH-%1</CustomerPoNumber>"
                       "<OrderActionType>A</OrderActionType><Customer>WEB001</Customer></OrderHeader>"
                       "<OrderDetails><StockLine><CustomerPoLine>1</CustomerPoLine><LineActionType>A</LineActionType>"
                       "<StockCode>A100</StockCode><Warehouse>FG</Warehouse><OrderQty>1</OrderQty>"
                       "<OrderUom>EA</OrderUom><Price>5</Price><PriceUom>EA</PriceUom></StockLine>"
                       "<FreightLine><CustomerPoLine>2</CustomerPoLine><LineActionType>A</LineActionType>"
                       "<FreightValue>4.95</FreightValue></FreightLine></OrderDetails></Orders></SalesOrders>")
            .arg(n);
    return QUrl::fromEncoded((base + QStringLiteral("/Transaction/Post?UserId=")).toLatin1() + enc(token) +
                             "&BusinessObject=SORTOI&XmlParameters=" + enc(params) + "&XmlIn=" + enc(xmlIn));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int posts = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int concurrency = argc > 2 ? QByteArray(argv[2]).toInt() : 6;
    if (posts <= 0 || concurrency <= 0) {
        std::fprintf(stderr, "usage: %s [posts>0] [concurrency>0]\n", argv[0]);
        return 2;
    }

    std::promise<QString> baseUrl;
    QEventLoop* serverLoop = nullptr;
    std::promise<QEventLoop*> loopReady;
    QThread* server = QThread::create([&baseUrl, &loopReady]() {
        SysproSandboxConfig config;
        config.operators = {{QStringLiteral("ADMIN"), QStringLiteral("bench")}};
        SysproSandbox sandbox(config);
        QEventLoop loop;
        if (!sandbox.start()) {
            baseUrl.set_value(QString());
            loopReady.set_value(&loop);
            return;
        }
        baseUrl.set_value(sandbox.restUrl());
        loopReady.set_value(&loop);
        loop.exec();
    });
    server->start();
    const QString base = baseUrl.get_future().get();
    serverLoop = loopReady.get_future().get();
    if (base.isEmpty()) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }

    QNetworkAccessManager manager;
    QEventLoop wait;
    QString token;
    {
        QNetworkReply* reply = manager.get(QNetworkRequest(
            QUrl(base + QStringLiteral("/Logon?Operator=ADMIN&OperatorPassword=bench&CompanyId=1&CompanyPassword="))));
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        token = QString::fromLatin1(reply->readAll()).trimmed();
        reply->deleteLater();
    }

    int sent = 0;
    int done = 0;
    int failed = 0;
    QElapsedTimer timer;
    std::function<void()> sendOne = [&]() {
        const int n = ++sent;
        QNetworkReply* reply = manager.get(QNetworkRequest(postUrl(base, token, n)));
        QObject::connect(reply, &QNetworkReply::finished, &wait, [&, reply]() {
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError || !body.contains("<ItemsProcessed>000001</ItemsProcessed>")) {
                ++failed;
            }
            reply->deleteLater();
            if (++done == posts) {
                wait.quit();
            } else if (sent < posts) {
                sendOne();
            }
        });
    };
    timer.start();
    for (int i = 0; i < qMin(concurrency, posts); ++i) {
        sendOne();
    }
    wait.exec();
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    std::printf("sandbox SORTOI posts: %d in %lld ms = %lld posts/s (concurrency %d, failed %d)\n", posts,
                static_cast<long long>(ms), static_cast<long long>(qint64(posts) * 1000 / ms), concurrency, failed);
    QMetaObject::invokeMethod(serverLoop, &QEventLoop::quit, Qt::QueuedConnection);
    server->wait();
    delete server;
    return failed == 0 ? 0 : 1;
}
