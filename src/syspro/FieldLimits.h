// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QHash>
#include <QString>

namespace bridge::syspro {

/// Maximum lengths of SYSPRO text fields, checked before anything is sent. Some limits differ
/// between schema versions (Customer 7 in old schema text, 15 in SYSPRO 7/8; ShipPostalCode 10
/// or 15), so every limit can be overridden, and over-long values can be truncated instead of
/// refused where the site prefers that.
struct FieldLimits {
    QHash<QString, int> maxLength = defaults();
    /// Fields (by element name) that may be cut to length rather than refused. "*" means all.
    QHash<QString, bool> truncate;

    static QHash<QString, int> defaults();
    /// 0 when the field has no known limit.
    [[nodiscard]] int limit(const QString& field) const;
    [[nodiscard]] bool mayTruncate(const QString& field) const;
};

} // namespace bridge::syspro
