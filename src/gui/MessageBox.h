// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QMessageBox>
#include <QString>

#include <optional>

namespace bridge::gui {

/// Every message box of the console goes through here, so that tests can pre-answer them and
/// record what a user would have seen (KeePassXC's MessageBox pattern).
class MessageBox
{
public:
    static QMessageBox::StandardButton error(QWidget* parent, const QString& title, const Error& error);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget* parent, const QString& title, const QString& text);

    /// Tests: the next message boxes return this answer immediately instead of showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clearNextAnswer();
    /// Tests: the text of the last message box (shown or pre-answered).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, const QString& details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace bridge::gui
