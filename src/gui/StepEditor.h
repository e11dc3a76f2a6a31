// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QTableWidget;

namespace bridge::gui {

/// The form for one step of a field's chain (issue #6: transforms edited in forms, not code):
/// a lookup table grid, a currency rate table, address options, a GL rule table, the parts of
/// a concatenation, a date format, a part of a text, a hash length, a fixed value, a condition.
/// Every change emits the step's new JSON; the page turns it into an undoable edit.
class StepEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StepEditor(QWidget* parent = nullptr);

    /// Friendly name of a step type ("Look up in a table"), for lists and menus.
    static QString typeTitle(const QString& type);
    /// A new step of the type, with sensible settings to start from.
    static QJsonObject newStep(const QString& type, const QString& sourcePath);

    /// Shows the form for `step`; `sourcePaths` fill the field pickers. Read-only: no editing.
    void setStep(const QJsonObject& step, const QStringList& sourcePaths, bool readOnly);
    void clear();
    [[nodiscard]] QJsonObject step() const { return m_step; }
    /// The lookup grid (tests fill it as a person would).
    [[nodiscard]] QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void stepChanged(const QJsonObject& step);

private:
    void build();
    void emitChange(const QJsonObject& step);
    QTableWidget* addTable(const QStringList& headers, const QList<QStringList>& rows, const QString& accessibleName);
    static QList<QStringList> rowsOf(const QTableWidget* table);

    QFormLayout* m_form = nullptr;
    QJsonObject m_step;
    QStringList m_sourcePaths;
    bool m_readOnly = false;
    QTableWidget* m_table = nullptr;
};

} // namespace bridge::gui
