// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace bridge::mapping {

/// A path into a JSON document: "customerEmail", "billingAddress.postalCode", "lines[0].sku".
/// Inside a per-line mapping, paths are relative to the line; "$." makes them start at the
/// document's root ("$.vendorTxCode"); "$" alone is the root itself.
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::JsonPath)

public:
    static Result<JsonPath> parse(const QString& text);

    /// Undefined (QJsonValue::Undefined) when a step does not exist.
    [[nodiscard]] QJsonValue resolve(const QJsonValue& root, const QJsonValue& current) const;
    [[nodiscard]] QString toString() const { return m_text; }
    [[nodiscard]] bool isRooted() const { return m_rooted; }

private:
    struct Step {
        QString key; ///< object member, or empty for an index step
        qsizetype index = -1;
    };
    QString m_text;
    bool m_rooted = false;
    QList<Step> m_steps;
};

} // namespace bridge::mapping
