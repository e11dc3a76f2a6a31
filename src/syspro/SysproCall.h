// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace bridge::syspro {

/// One e.net call, before the session adds its UserId: the REST method, the business object and
/// its two documents. `description` names it in messages ("SORTOI import of 3 orders").
struct SysproCall {
    enum class Method { Query, Fetch, Browse, SetupAdd, SetupUpdate, SetupDelete, Post, Build };

    Method method = Method::Query;
    QString businessObject;
    QString xmlParameters;
    QString xmlIn;
    QString description;
    /// Read-only (queries, validate-only posts): safe to repeat after a transient failure.
    bool idempotent = true;

    static SysproCall query(const QString& businessObject, const QString& xmlIn, const QString& description);
    static SysproCall post(const QString& businessObject, const QString& xmlParameters, const QString& xmlIn,
                           const QString& description, bool validateOnly = false);
    static SysproCall setup(Method method, const QString& businessObject, const QString& xmlParameters,
                            const QString& xmlIn, const QString& description);

    /// "Query/Query", "Transaction/Post", …
    [[nodiscard]] QString path() const;
    /// Query parameters other than UserId, in SYSPRO's names.
    [[nodiscard]] QList<QPair<QString, QString>> parameters() const;
};

} // namespace bridge::syspro
