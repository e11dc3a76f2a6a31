// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QList>
#include <QString>

#include <mutex>
#include <random>

namespace bridge::sandbox {

/// What can go wrong with one request, as a real service or network shows it.
enum class FaultKind {
    None,
    ServerError,    ///< HTTP 500/502/503 before the request is processed (no side effect)
    RequestTimeout, ///< HTTP 408 before processing (no side effect)
    ResetBefore,    ///< the connection is dropped before processing (no side effect)
    ResetAfter,     ///< processed, then the connection is dropped: the client cannot know
    Stall,          ///< no answer for `stallMs`, then the connection is dropped (no side effect)
};

[[nodiscard]] QString faultKindName(FaultKind kind);

/// The faults a sandbox injects: a rate, the kinds to draw from, fixed latency and a seed.
/// Rates are probabilities, not money, so a double is the right type here.
struct FaultPlan {
    double faultRate = 0.0; ///< 0..1: share of requests that get a fault
    QList<FaultKind> kinds{FaultKind::ServerError, FaultKind::RequestTimeout, FaultKind::ResetBefore,
                           FaultKind::ResetAfter, FaultKind::Stall};
    int latencyMs = 0;       ///< added to every answer
    int latencyJitterMs = 0; ///< plus a uniform 0..jitter
    int stallMs = 30'000;    ///< how long a stalled request hangs before the connection drops
    quint64 seed = 1;
    /// Only requests whose path and query contain this text get faults (e.g.
    /// "BusinessObject=SORTCL", to lose exactly one kind of answer); empty: every request.
    QString onlyWhere;
    /// At most this many faults, then none; -1: no limit.
    int maxFaults = -1;

    /// Parses "--fault-kinds" style lists: "5xx,408,reset,reset-after,stall".
    static bool parseKinds(const QString& text, QList<FaultKind>* kinds, QString* error);
};

/// Decides, request by request, which fault (if any) to inject and how long to wait. The same
/// seed and the same request order give the same decisions. Thread-safe.
class FaultInjector
{
public:
    struct Decision {
        FaultKind fault = FaultKind::None;
        int delayMs = 0;
        int serverErrorStatus = 500;
    };

    explicit FaultInjector(FaultPlan plan = {});
    void setPlan(const FaultPlan& plan);
    [[nodiscard]] FaultPlan plan() const;
    /// The decision for the next request; `target` is its path and query (see FaultPlan::onlyWhere).
    Decision next(const QString& target = {});

    /// Counts per kind, for tests and the sandbox's status output.
    [[nodiscard]] quint64 count(FaultKind kind) const;
    [[nodiscard]] quint64 requests() const;

private:
    mutable std::mutex m_mutex;
    FaultPlan m_plan;
    std::mt19937_64 m_random;
    quint64 m_requests = 0;
    quint64 m_faultsGiven = 0;
    quint64 m_counts[6] = {};
};

} // namespace bridge::sandbox
