// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/common/FaultInjector.h"

namespace bridge::sandbox {

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::ServerError:
        return QStringLiteral("5xx");
    case FaultKind::RequestTimeout:
        return QStringLiteral("408");
    case FaultKind::ResetBefore:
        return QStringLiteral("reset");
    case FaultKind::ResetAfter:
        return QStringLiteral("reset-after");
    case FaultKind::Stall:
        return QStringLiteral("stall");
    }
    return {};
}

bool FaultPlan::parseKinds(const QString& text, QList<FaultKind>* kinds, QString* error)
{
    QList<FaultKind> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        bool found = false;
        for (FaultKind k : {FaultKind::ServerError, FaultKind::RequestTimeout, FaultKind::ResetBefore,
                            FaultKind::ResetAfter, FaultKind::Stall}) {
            if (faultKindName(k) == name) {
                out.append(k);
                found = true;
            }
        }
        if (!found) {
            *error = QStringLiteral("unknown fault kind '%1'; use 5xx, 408, reset, reset-after or stall").arg(part);
            return false;
        }
    }
    if (out.isEmpty()) {
        *error = QStringLiteral("no fault kinds given; use 5xx, 408, reset, reset-after or stall");
        return false;
    }
    *kinds = out;
    return true;
}

FaultInjector::FaultInjector(FaultPlan plan) : m_plan(std::move(plan)), m_random(m_plan.seed) {}

void FaultInjector::setPlan(const FaultPlan& plan)
{
    std::lock_guard lock(m_mutex);
    m_plan = plan;
    m_random.seed(plan.seed);
    m_faultsGiven = 0;
}

FaultPlan FaultInjector::plan() const
{
    std::lock_guard lock(m_mutex);
    return m_plan;
}

FaultInjector::Decision FaultInjector::next(const QString& target)
{
    std::lock_guard lock(m_mutex);
    ++m_requests;
    Decision d;
    d.delayMs = m_plan.latencyMs;
    if (m_plan.latencyJitterMs > 0) {
        d.delayMs += static_cast<int>(std::uniform_int_distribution<int>(0, m_plan.latencyJitterMs)(m_random));
    }
    const bool wanted = m_plan.onlyWhere.isEmpty() || target.contains(m_plan.onlyWhere, Qt::CaseInsensitive);
    const bool left = m_plan.maxFaults < 0 || m_faultsGiven < quint64(m_plan.maxFaults);
    if (wanted && left && m_plan.faultRate > 0.0 && !m_plan.kinds.isEmpty() &&
        std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < m_plan.faultRate) {
        const auto index = std::uniform_int_distribution<qsizetype>(0, m_plan.kinds.size() - 1)(m_random);
        d.fault = m_plan.kinds.at(index);
        static constexpr int statuses[] = {500, 502, 503};
        d.serverErrorStatus = statuses[std::uniform_int_distribution<int>(0, 2)(m_random)];
        if (d.fault == FaultKind::Stall) {
            d.delayMs = m_plan.stallMs;
        }
        ++m_faultsGiven;
    }
    ++m_counts[static_cast<int>(d.fault)];
    return d;
}

quint64 FaultInjector::count(FaultKind kind) const
{
    std::lock_guard lock(m_mutex);
    return m_counts[static_cast<int>(kind)];
}

quint64 FaultInjector::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

} // namespace bridge::sandbox
