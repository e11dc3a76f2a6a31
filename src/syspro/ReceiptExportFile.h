// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/ArPayment.h"

#include <QCoreApplication>
#include <QString>

namespace bridge::syspro {

/// The ARSTPY fallback "AR-receipts export file": one CSV file per payment date in a configured
/// folder, for a clerk to import in SYSPRO (AR Payments and Adjustments). Appending is idempotent
/// by receipt reference, so a replay after an unknown outcome never writes a receipt twice.
class ReceiptExportFile
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::ReceiptExportFile)

public:
    explicit ReceiptExportFile(QString directory) : m_directory(std::move(directory)) {}

    /// Appends the receipt (or finds it already there) and returns the file path.
    [[nodiscard]] Result<QString> append(const ArPayment& payment) const;
    [[nodiscard]] QString pathFor(const QDate& date) const;

private:
    QString m_directory;
};

} // namespace bridge::syspro
