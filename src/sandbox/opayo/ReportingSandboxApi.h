// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/common/SandboxHttpServer.h"
#include "sandbox/opayo/OpayoSandboxConfig.h"
#include "sandbox/opayo/SandboxLedger.h"
#include "sandbox/opayo/SettlementBatcher.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace bridge {
class Clock;
}

namespace bridge::sandbox::opayo {

/// The Reporting & Admin API at /access/access.htm (opayo-api.md §3): a form POST with one
/// field `XML`, the MD5 signature checked over the exact bytes the client sent, and ISO-8859-1
/// XML answers with an `errorcode`. Serves the transactions the sandbox processed and its
/// settlement batches.
class ReportingSandboxApi
{
public:
    /// Error codes this sandbox answers with (Opayo's own numbers are not documented; see
    /// docs/opayo-connector.md).
    enum ErrorCode {
        Ok = 0,
        MalformedXml = 1,
        UnknownCommand = 2,
        UnknownVendorOrUser = 8,
        BadSignature = 10,
        BadParameter = 11,
        TransactionNotFound = 43,
        BatchNotFound = 44,
    };

    ReportingSandboxApi(const OpayoSandboxConfig& config, SandboxLedger& ledger, SettlementBatcher& batcher,
                        const Clock& clock);

    SandboxResponse handle(const SandboxRequest& request);

private:
    using Params = QHash<QString, QString>;
    SandboxResponse error(ErrorCode code, const QString& text) const;
    SandboxResponse transactionList(const Params& p);
    SandboxResponse transactionDetail(const Params& p);
    SandboxResponse batchList(const Params& p);
    SandboxResponse batchDetail(const Params& p);

    void begin(QXmlStreamWriter& w) const;
    SandboxResponse end(QXmlStreamWriter& w, QString& text) const;
    QString ukTime(qint64 ms, bool millis) const;
    bool parseUkDate(const QString& text, qint64* ms) const;
    QString decimal(qint64 minor, const QString& currency) const;
    QString statusText(const SandboxTransaction& tx) const;

    const OpayoSandboxConfig& m_config;
    SandboxLedger& m_ledger;
    SettlementBatcher& m_batcher;
    const Clock& m_clock;
};

} // namespace bridge::sandbox::opayo
