// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "net/NetworkJob.h"
#include "opayo/OpayoConfig.h"
#include "opayo/PiTransaction.h"

#include <optional>

namespace bridge::opayo {

/// One Pi REST call (HTTP Basic with the integration key). After `finished`, either `error()` is
/// set (transient: network, 408, 5xx, 9998, 9999; permanent or configuration: Opayo's 4xx codes,
/// with `opayoCode()`), or `transaction()`/`instruction()` holds the answer. A declined payment
/// is a success of the call: check PiTransaction::status.
class PiJob : public net::NetworkJob
{
    Q_OBJECT

public:
    enum class Answer { Transaction, Instruction };

    PiJob(QNetworkAccessManager* manager, const PiConfig& config, QByteArray method, QString resource, QByteArray body,
          Answer answer, QObject* parent = nullptr);

    [[nodiscard]] const std::optional<PiTransaction>& transaction() const { return m_transaction; }
    [[nodiscard]] const std::optional<PiInstruction>& instruction() const { return m_instruction; }
    /// Opayo's error code (1000…1021, 4042, 9998, 9999, …) when the call failed with one; else 0.
    [[nodiscard]] int opayoCode() const { return m_opayoCode; }
    [[nodiscard]] const QString& resource() const { return m_resource; }

protected:
    QNetworkReply* send(QNetworkAccessManager& manager) override;
    Result<void> parse(const net::HttpResponse& response) override;
    [[nodiscard]] QString serviceName() const override { return QStringLiteral("Opayo"); }

private:
    PiConfig m_config;
    QByteArray m_method;
    QString m_resource;
    QByteArray m_body;
    Answer m_answer;
    std::optional<PiTransaction> m_transaction;
    std::optional<PiInstruction> m_instruction;
    int m_opayoCode = 0;
};

} // namespace bridge::opayo
