// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "engine/ChangeNotices.h"
#include "engine/LookupCache.h"
#include "engine/RetryPolicy.h"
#include "mapping/MappingEvaluator.h"
#include "opayo/OpayoConfig.h"
#include "syspro/ArPayment.h"
#include "syspro/SalesOrder.h"
#include "syspro/SysproConfig.h"
#include "syspro/SysproCredentials.h"

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace bridge::store {
class Database;
}

namespace bridge::engine {

class SysproGateway;

/// How the engine runs. Defaults suit a shop of a few thousand payments a day on a laptop.
struct EngineConfig {
    /// Names this engine's leases ("host:instance:role"). Two engines sharing one PostgreSQL
    /// queue on the same host need different names; a restart under the same name takes its
    /// crashed predecessor's leases back at once.
    QString instanceName = QStringLiteral("main");
    int pipelineWorkers = 2;  ///< threads that normalise, confirm, map and validate
    int pipelineBatch = 64;   ///< inbox events claimed at once by one worker
    int postBatch = 50;       ///< orders (or receipts) at most in one SYSPRO post
    qint64 leaseMs = 120'000; ///< how long a claim lasts before another worker may take the item
    int idlePollMs = 100;     ///< how often an idle worker looks for new work
    bool confirmWithOpayo = true;

    opayo::PiConfig pi;
    std::optional<opayo::ReportingConfig> reporting;
    int reportingPollMs = 60'000;   ///< 0: no Reporting API poller
    int reportingGraceMs = 300'000; ///< the poller looks only at payments older than this
    int reportingLookbackMs = 24 * 3'600'000;

    syspro::SysproConfig syspro;
    std::shared_ptr<const syspro::SysproCredentialsProvider> sysproCredentials;
    syspro::SortoiParameters sortoi;
    syspro::ArPaymentParameters arPayment;

    QUrl shopStatusUrl; ///< empty: no status updates to the shop
    QByteArray shopStatusSecret;

    RetryPolicy::Settings retry;
    int alertCheckMs = 10'000;
    qint64 oldestPendingAlertMs = 15 * 60'000; ///< alert when anything has waited this long
    int deadLetterAlertStep = 10;              ///< alert each time this many new dead letters appeared
};

/// Counters the workers keep while running (the demo summary reads the store instead).
struct EngineCounters {
    std::atomic<qint64> eventsQueued{0};
    std::atomic<qint64> eventsIgnored{0};
    std::atomic<qint64> duplicatesSuppressed{0};
    std::atomic<qint64> deadLetters{0};
    std::atomic<qint64> retries{0};
    std::atomic<qint64> ordersPosted{0};
    std::atomic<qint64> receiptsPosted{0};
    std::atomic<qint64> creditNotesPosted{0};
    std::atomic<qint64> foundOnLookUp{0}; ///< an unknown outcome that SYSPRO had in fact posted
    std::atomic<qint64> syncsSent{0};
    std::atomic<qint64> sysproCalls{0};
};

/// What every worker shares. Immutable after start, apart from the thread-safe members.
struct EngineContext {
    EngineConfig config;
    std::shared_ptr<store::Database> database;
    const Clock* clock = &Clock::system();
    std::shared_ptr<const mapping::MappingEvaluator> mapping;
    /// The mapping is the database's active version (store::MappingVersions): read again at
    /// each start, so that a version put to use takes effect when the engine next starts.
    bool mappingFromStore = false;
    std::shared_ptr<RetryPolicy> retry;
    std::shared_ptr<LookupCache> lookups;
    std::shared_ptr<EngineCounters> counters = std::make_shared<EngineCounters>();
    /// Events whose state the workers committed a change to (for the console's live views).
    std::shared_ptr<ChangeNotices> changes = std::make_shared<ChangeNotices>();
    SysproGateway* gateway = nullptr; ///< lives on the SYSPRO thread; use lookUp() from others
};

} // namespace bridge::engine
