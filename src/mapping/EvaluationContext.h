// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QJsonValue>
#include <QString>

namespace bridge::mapping {

/// Where an evaluation is: the whole source document, the part a per-line mapping is on, and
/// the name of the target field (for messages).
struct EvaluationContext {
    QJsonValue root;
    QJsonValue current;
    QString field;
};

/// A problem in the mapping document itself, named by its place ("targets[0] … steps[1]: …").
inline Error specError(const QString& where, const QString& message)
{
    return Error::configuration(QStringLiteral("mapping.invalid"), QStringLiteral("%1: %2").arg(where, message));
}

/// A problem with the values of one source document, named by the target field.
inline Error valueError(const EvaluationContext& context, const QString& message)
{
    return Error::permanent(QStringLiteral("mapping.value"), QStringLiteral("%1: %2").arg(context.field, message));
}

} // namespace bridge::mapping
