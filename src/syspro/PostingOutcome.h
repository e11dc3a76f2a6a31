// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace bridge::syspro {

/// One `Item` of a transaction or setup answer (ARSTPY, ARSTIN, GENTJL, SORTCH, SORTCL, ARSSCS):
/// SYSPRO echoes each item with its errors inside it and any generated keys.
struct PostingItem {
    QStringList errors;
    QStringList warnings;
    QList<QPair<QString, QString>> values; ///< every leaf element of the item, trimmed (keys, numbers)

    [[nodiscard]] bool succeeded() const { return errors.isEmpty(); }
    /// First leaf value with this element name, any case.
    [[nodiscard]] QString value(QStringView name) const;
};

/// The generic answer of a posting or setup business object.
struct PostingOutcome {
    QString rootName;
    QList<PostingItem> items;
    QStringList documentErrors; ///< errors outside any item
    int processed = 0;          ///< ItemsProcessed / RecordsRead / JournalsProcessed
    int invalid = 0;            ///< ItemsInvalid / RecordsInvalid / PostingsInvalid

    [[nodiscard]] bool succeeded() const;
    [[nodiscard]] QStringList allErrors() const;

    /// Reads any of the shapes above; fails only on malformed XML.
    static Result<PostingOutcome> parse(const QString& xmlOut);
};

} // namespace bridge::syspro
