// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "mapping/EvaluationContext.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <memory>

namespace bridge::mapping {

/// A test on the source: {"path": "riskScore", "op": ">=", "value": 70}, or {"all": […]} /
/// {"any": […]} of such tests. Operators: ==, !=, <, <=, >, >=, in, notIn, empty, notEmpty (an
/// empty text, list or group, or no value at all, is empty).
class Condition
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::Condition)

public:
    static Result<Condition> compile(const QJsonValue& spec, const QString& where);
    [[nodiscard]] Result<bool> test(const EvaluationContext& context) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

} // namespace bridge::mapping
