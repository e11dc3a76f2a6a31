// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

// Shared by the SYSPRO integration tests: an in-process sandbox on 127.0.0.1 (port 0), a session
// and a client talking to it, and a bounded wait for one asynchronous result.

#include "sandbox/syspro/SysproSandbox.h"
#include "syspro/SysproClient.h"
#include "syspro/SysproSession.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace bridge::syspro::test {

struct SysproRig {
    std::unique_ptr<sandbox::syspro::SysproSandbox> sandbox;
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<SysproSession> session;
    std::unique_ptr<SysproClient> client;

    static SysproConfig configFor(const sandbox::syspro::SysproSandbox& sb)
    {
        SysproConfig config;
        config.endpoint.host = QStringLiteral("127.0.0.1");
        config.endpoint.port = sb.port();
        config.callTimeoutMs = 5000;
        config.logonTimeoutMs = 5000;
        config.retryDelayMs = 20;
        return config;
    }

    static SysproCredentials credentials(const QString& password = QStringLiteral("secret"))
    {
        return {QStringLiteral("ADMIN"), password, QStringLiteral("1"), QString()};
    }

    /// Starts the sandbox and builds a session and client. `tune` may change the client config.
    static std::unique_ptr<SysproRig> start(sandbox::syspro::SysproSandboxConfig sandboxConfig = {},
                                            const std::function<void(SysproConfig&)>& tune = {},
                                            const QString& password = QStringLiteral("secret"))
    {
        auto rig = std::make_unique<SysproRig>();
        if (sandboxConfig.operators.size() == 1 && sandboxConfig.operators.first().password.isEmpty()) {
            sandboxConfig.operators.first().password = QStringLiteral("secret");
        }
        rig->sandbox = std::make_unique<sandbox::syspro::SysproSandbox>(sandboxConfig);
        if (!rig->sandbox->start(QHostAddress::LocalHost, 0)) {
            return nullptr;
        }
        rig->manager = std::make_unique<QNetworkAccessManager>();
        SysproConfig config = configFor(*rig->sandbox);
        if (tune) {
            tune(config);
        }
        rig->session = std::make_unique<SysproSession>(
            config, std::make_shared<StaticSysproCredentials>(credentials(password)), rig->manager.get());
        rig->client = std::make_unique<SysproClient>(rig->session.get());
        return rig;
    }

    ~SysproRig()
    {
        if (session && session->isLoggedOn()) {
            bool done = false;
            QObject context;
            QObject::connect(session.get(), &SysproSession::shutdownFinished, &context, [&done]() { done = true; });
            session->shutdown();
            (void)QTest::qWaitFor([&done]() { return done; }, 5000);
        }
    }
};

/// Runs one asynchronous call and waits (bounded) for its result.
template <typename T, typename Call>
std::optional<Result<T>> await(Call call, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](const Result<T>& r) { out = r; });
    (void)QTest::qWaitFor([&out]() { return out.has_value(); }, timeoutMs);
    return out;
}

inline QString describe(const Error& e)
{
    return e.code + QLatin1String(": ") + e.message;
}

} // namespace bridge::syspro::test

/// Evaluates `result` once (it may be a call), then checks that an answer came and is a success.
#define SYSPRO_VERIFY_OK(result)                                                                                       \
    do {                                                                                                               \
        const auto& sysproResult_ = (result);                                                                          \
        QVERIFY2(sysproResult_.has_value(), "no answer within the time limit");                                        \
        QVERIFY2(sysproResult_->has_value(),                                                                           \
                 qPrintable(sysproResult_->has_value() ? QString()                                                     \
                                                       : bridge::syspro::test::describe(sysproResult_->error())));     \
    } while (false)
