// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "engine/Engine.h"

#include <QColor>
#include <QWidget>

#include <optional>

namespace bridge::gui {

/// The sync engine's indicator in the main window's status bar: a coloured dot and a sentence
/// that says the same thing ("Engine running · 1,234 posted · 3 waiting · 0 dead letters · SYSPRO
/// logged on"), so that colour is never the only cue. When the status bar is narrow the sentence
/// is cut at the end, never the state word; the tooltip always has the whole picture.
class EngineStatusWidget : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        NotConfigured, ///< this console has no engine to run
        Starting,
        Running,
        Stopping,
        Stopped,
    };

    explicit EngineStatusWidget(QWidget* parent = nullptr);

    void setState(State state);
    /// The latest figures; kept across state changes (a stopped engine still has a queue).
    void setHealth(const engine::EngineHealth& health);
    void clearHealth();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<engine::EngineHealth>& health() const { return m_health; }
    /// The whole sentence, whatever is visible of it.
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QColor dotColor() const;

    /// Events and commands still to be done: inbox pending, outbox pending, in flight and unknown.
    [[nodiscard]] static qint64 waitingCount(const engine::EngineHealth& health);
    /// Completed commands (the outbox's "done").
    [[nodiscard]] static qint64 postedCount(const engine::EngineHealth& health);
    [[nodiscard]] static qint64 deadLetterCount(const engine::EngineHealth& health);
    /// "45 s", "3 min 20 s", "2 h 5 min".
    [[nodiscard]] static QString formatAge(qint64 ms);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] int dotDiameter() const;
    [[nodiscard]] int textWidth(const QString& text) const;

    State m_state = State::NotConfigured;
    std::optional<engine::EngineHealth> m_health;
    QString m_text;
};

} // namespace bridge::gui
