// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace bridge::sandbox::syspro {

struct SbOperator {
    QString code;
    QString password;
};

/// Everything that makes one sandbox differ from another. Defaults are documented in
/// docs/syspro-connector.md and `syspro-sandbox --help`.
struct SysproSandboxConfig {
    QList<SbOperator> operators{{QStringLiteral("ADMIN"), QString()}};
    QString companyId = QStringLiteral("1");
    QString companyPassword;
    quint64 seed = 1;
    /// Business objects the operator is licensed for. Anything else answers with
    /// "ERROR: e.net exception 100000 ...".
    QSet<QString> licensed = allBusinessObjects();
    /// false: a clean SORTOI import returns only StatusOfItems, no order number (SYSPRO 8.0.161);
    /// true: it returns the Order block with SalesOrder (8.0.105 shape).
    bool cleanImportReturnsOrder = false;
    /// A second logon by the same operator evicts the first session (SYSPRO 8).
    bool oneSessionPerOperator = true;
    /// Evict the session before every Nth business-object call (0: never), as if someone logged
    /// on with the same operator in SYSPRO.
    int evictEvery = 0;
    QString version = QStringLiteral("8.0.161");
    int extraCustomers = 20;

    static QSet<QString> allBusinessObjects()
    {
        return {QStringLiteral("COMFND"), QStringLiteral("INVQRY"), QStringLiteral("SORQRY"), QStringLiteral("ARSQRY"),
                QStringLiteral("SORTOI"), QStringLiteral("ARSSCS"), QStringLiteral("ARSTPY"), QStringLiteral("GENTJL"),
                QStringLiteral("SORTCH"), QStringLiteral("SORTCL"), QStringLiteral("ARSTIN")};
    }
};

} // namespace bridge::sandbox::syspro
