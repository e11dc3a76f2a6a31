// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "mapping/Condition.h"
#include "mapping/EvaluationContext.h"
#include "mapping/MappedValue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace bridge::mapping {

/// One step of a field's chain, compiled from its JSON form
/// ({"type": "lookup", "table": {…}}). Each takes the value of the step before it.
class Transform
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::Transform)

public:
    virtual ~Transform() = default;
    virtual Result<MappedValue> apply(const MappedValue& input, const EvaluationContext& context) const = 0;

    /// The types a document may use, in the order the editor offers them.
    static QStringList types();
    /// Compiles one step; `where` names it in the document for messages
    /// ("targets[0].fields[3].transforms[1]").
    static Result<std::unique_ptr<Transform>> compile(const QJsonObject& spec, const QString& where);
};

using TransformChain = std::vector<std::unique_ptr<Transform>>;

/// Compiles a chain (a JSON array of steps).
Result<TransformChain> compileChain(const QJsonValue& steps, const QString& where);
/// Runs a chain from nothing; the first step usually reads the source (path) or is a constant.
Result<MappedValue> runChain(const TransformChain& chain, const EvaluationContext& context, MappedValue input = {});

} // namespace bridge::mapping
