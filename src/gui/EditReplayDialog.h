// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/CanonicalPayment.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bridge::gui {

/// Edit and replay: the payment's correctable fields with their current values, a column for
/// the new ones, and the reason. Says before it is sent whether the change replays the payment
/// at once or, because it changes money, waits for an approver (maker-checker).
class EditReplayDialog : public QDialog
{
    Q_OBJECT

public:
    EditReplayDialog(const CanonicalPayment& payment, const QString& problem, QWidget* parent = nullptr);

    /// The fields whose new value differs from the current one.
    [[nodiscard]] QJsonObject edits() const;
    [[nodiscard]] QString reason() const;
    /// Sets a field's new value (the table's third column), for keyboard-free tests.
    bool setNewValue(const QString& path, const QString& value);

private:
    void update();

    QTableWidget* m_table = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace bridge::gui
