// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MessageBox.h"

namespace bridge::gui {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}
void MessageBox::clearNextAnswer()
{
    g_nextAnswer.reset();
}
QString MessageBox::lastText()
{
    return g_lastText;
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, const QString& details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer) {
        return *g_nextAnswer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::error(QWidget* parent, const QString& title, const Error& error)
{
    return show(parent, error.errorClass == ErrorClass::Security ? QMessageBox::Warning : QMessageBox::Critical, title,
                error.message, error.detail, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, {}, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, {}, buttons, defaultButton);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace bridge::gui
