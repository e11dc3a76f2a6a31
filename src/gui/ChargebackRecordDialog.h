// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/Chargebacks.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace bridge::gui {

/// Enter one chargeback by hand. The amounts are read as exact decimals in the currency given;
/// a mistake is named under the form and the dialog stays open.
class ChargebackRecordDialog : public QDialog
{
    Q_OBJECT

public:
    ChargebackRecordDialog(const QString& defaultAcquirer, QWidget* parent = nullptr);

    /// The chargeback as typed, or what is wrong with it (which field, and how to fix it).
    [[nodiscard]] Result<store::NewChargeback> chargeback() const;

    void accept() override;

private:
    QLineEdit* m_transaction;
    QLineEdit* m_amount;
    QLineEdit* m_currency;
    QLineEdit* m_fee;
    QLineEdit* m_acquirer;
    QLineEdit* m_reference;
    QLineEdit* m_reasonCode;
    QLineEdit* m_reason;
    QDateEdit* m_received;
    QLabel* m_problem;
};

} // namespace bridge::gui
