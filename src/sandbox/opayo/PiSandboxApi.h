// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/common/SandboxHttpServer.h"
#include "sandbox/opayo/OpayoSandboxConfig.h"
#include "sandbox/opayo/PiErrorTable.h"
#include "sandbox/opayo/SandboxLedger.h"

#include <QJsonObject>

#include <optional>

namespace bridge {
class Clock;
}

namespace bridge::sandbox::opayo {

/// The Pi REST API of the sandbox (opayo-api.md §1): merchant session keys, card identifiers,
/// the six transaction types, GET, instructions, the 3-D Secure v2 challenge round trip and the
/// simulated issuer ACS page. Bodies are built here with QJson, not with the client's code.
class PiSandboxApi
{
public:
    PiSandboxApi(const OpayoSandboxConfig& config, SandboxLedger& ledger, const Clock& clock);

    /// Base URL of the server, used for `acsUrl`.
    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

    /// `subPath` is the path after the Pi base path, e.g. "/transactions/ABC".
    SandboxResponse handle(const SandboxRequest& request, const QString& subPath);
    /// The simulated issuer page at /acs/challenge (form fields creq, threeDSSessionData,
    /// password; the password "challenge" authenticates).
    SandboxResponse handleAcs(const SandboxRequest& request);

    static QString acsPath() { return QStringLiteral("/acs/challenge"); }

private:
    SandboxResponse createSessionKey(const SandboxRequest& request);
    SandboxResponse getSessionKey(const QString& key);
    SandboxResponse createCardIdentifier(const SandboxRequest& request);
    SandboxResponse createTransaction(const SandboxRequest& request);
    SandboxResponse getTransaction(const QString& id);
    SandboxResponse challengeResult(const QString& id, const SandboxRequest& request);
    SandboxResponse createInstruction(const QString& id, const SandboxRequest& request);
    SandboxResponse listInstructions(const QString& id);

    SandboxResponse cardTransaction(const QJsonObject& body, const QString& type);
    SandboxResponse referencedTransaction(const QJsonObject& body, const QString& type);
    /// Authorisation after 3-D Secure passed or was not needed.
    void authorise(SandboxTransaction& tx, bool avsReject, bool declines);
    void consumeCard(const SandboxTransaction& tx, bool save);

    std::optional<SandboxResponse> checkBasic(const SandboxRequest& request) const;
    /// Parses a JSON object body, or the 1000/1015 answer.
    std::optional<SandboxResponse> parseBody(const SandboxRequest& request, QJsonObject* out) const;

    QJsonObject transactionJson(const SandboxTransaction& tx) const;
    SandboxResponse created(const SandboxTransaction& tx) const;
    QString isoTime(qint64 ms) const;

    const OpayoSandboxConfig& m_config;
    SandboxLedger& m_ledger;
    const Clock& m_clock;
    QString m_baseUrl;
    QByteArray m_expectedBasic;
    qint64 m_lastSweepMs = 0;
    QHash<QString, bool> m_declines;            ///< transaction id → card declines (for repeats)
    QHash<QString, bool> m_pendingAvsReject;    ///< transaction id → AVS rule fails (pending 3DS)
    QHash<QString, QString> m_notificationUrls; ///< transaction id → SCA notificationURL
    QHash<QString, QString> m_challenges;       ///< acsTransId (upper-case) → transaction id
};

} // namespace bridge::sandbox::opayo
