// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/EngineStatusWidget.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bridge::gui {

namespace {

constexpr int kSpacing = 6;
constexpr int kMargin = 4;

int clampToInt(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

} // namespace

EngineStatusWidget::EngineStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("engineStatus"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Sync engine"));
    refresh();
}

void EngineStatusWidget::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        refresh();
    }
}

void EngineStatusWidget::setHealth(const engine::EngineHealth& health)
{
    m_health = health;
    refresh();
}

void EngineStatusWidget::clearHealth()
{
    m_health.reset();
    refresh();
}

qint64 EngineStatusWidget::waitingCount(const engine::EngineHealth& health)
{
    return health.inbox.value(QStringLiteral("pending")) + health.outbox.value(QStringLiteral("pending")) +
           health.outbox.value(QStringLiteral("in_flight")) + health.outbox.value(QStringLiteral("unknown"));
}

qint64 EngineStatusWidget::postedCount(const engine::EngineHealth& health)
{
    return health.outbox.value(QStringLiteral("done"));
}

qint64 EngineStatusWidget::deadLetterCount(const engine::EngineHealth& health)
{
    return health.inbox.value(QStringLiteral("dead")) + health.outbox.value(QStringLiteral("dead"));
}

QString EngineStatusWidget::formatAge(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString EngineStatusWidget::stateText() const
{
    switch (m_state) {
    case State::NotConfigured:
        return tr("Engine not set up");
    case State::Starting:
        return tr("Engine starting…");
    case State::Running:
        return tr("Engine running");
    case State::Stopping:
        return tr("Engine stopping…");
    case State::Stopped:
        return tr("Engine stopped");
    }
    return {};
}

QColor EngineStatusWidget::dotColor() const
{
    switch (m_state) {
    case State::NotConfigured:
    case State::Stopped:
        return QColor(0x8a, 0x93, 0x9e); // grey
    case State::Starting:
    case State::Stopping:
        return QColor(0x4d, 0xa3, 0xff); // blue: on its way
    case State::Running:
        if (m_health && m_health->criticalAlerts > 0) {
            return QColor(0xd6, 0x45, 0x45); // red
        }
        if (m_health && (m_health->openAlerts > 0 || deadLetterCount(*m_health) > 0)) {
            return QColor(0xe0, 0x9b, 0x00); // amber
        }
        return QColor(0x2e, 0x9e, 0x44); // green
    }
    return {};
}

void EngineStatusWidget::refresh()
{
    QStringList parts{stateText()};
    QStringList tip;
    switch (m_state) {
    case State::NotConfigured:
        tip.append(tr("This console does not run a sync engine outside demo mode yet. Engine → Start engine says "
                      "what to set up."));
        break;
    case State::Starting:
        tip.append(tr("The sync engine is starting."));
        break;
    case State::Running:
        tip.append(tr("The sync engine is running: it takes payments from the inbox and posts them to SYSPRO."));
        break;
    case State::Stopping:
        tip.append(tr("The sync engine is stopping: calls in progress finish, then it logs off SYSPRO."));
        break;
    case State::Stopped:
        tip.append(tr("The sync engine is stopped. Payments that arrive wait in the inbox until it runs again."));
        break;
    }
    if (m_health && m_state != State::NotConfigured) {
        const engine::EngineHealth& h = *m_health;
        const QLocale locale;
        parts.append(tr("%1 posted").arg(locale.toString(postedCount(h))));
        parts.append(tr("%1 waiting").arg(locale.toString(waitingCount(h))));
        parts.append(tr("%Ln dead letter(s)", nullptr, clampToInt(deadLetterCount(h))));
        if (h.criticalAlerts > 0) {
            parts.append(tr("%Ln critical alert(s)", nullptr, clampToInt(h.criticalAlerts)));
        }
        if (m_state == State::Running) {
            parts.append(h.sysproLoggedOn ? tr("SYSPRO logged on") : tr("SYSPRO not logged on"));
        }

        tip.append(QString());
        tip.append(tr("Posted: %1 commands completed (SYSPRO documents and status updates to the shop)")
                       .arg(locale.toString(postedCount(h))));
        tip.append(tr("Waiting: %1 events in the inbox, %2 commands in the outbox (%3 in flight, %4 to be checked "
                      "in SYSPRO)")
                       .arg(locale.toString(h.inbox.value(QStringLiteral("pending"))),
                            locale.toString(h.outbox.value(QStringLiteral("pending")) +
                                            h.outbox.value(QStringLiteral("in_flight")) +
                                            h.outbox.value(QStringLiteral("unknown"))),
                            locale.toString(h.outbox.value(QStringLiteral("in_flight"))),
                            locale.toString(h.outbox.value(QStringLiteral("unknown")))));
        tip.append(h.oldestPendingMs > 0 ? tr("Oldest waiting item: %1").arg(formatAge(h.oldestPendingMs))
                                         : tr("Nothing is waiting."));
        tip.append(tr("Dead letters: %1 events, %2 commands")
                       .arg(locale.toString(h.inbox.value(QStringLiteral("dead"))),
                            locale.toString(h.outbox.value(QStringLiteral("dead")))));
        tip.append(
            tr("Open alerts: %1 (%2 critical)").arg(locale.toString(h.openAlerts), locale.toString(h.criticalAlerts)));
        tip.append(tr("Nothing to post (declined, rejected or a duplicate): %1 events")
                       .arg(locale.toString(h.inbox.value(QStringLiteral("ignored")))));
    }
    const QString text = parts.join(QStringLiteral(" · "));
    // The whole sentence first: the status bar may show only the start of it.
    setToolTip(text + QStringLiteral("\n\n") + tip.join(QLatin1Char('\n')));
    setAccessibleDescription(text);
    if (text != m_text) {
        const bool widthChanged = textWidth(text) != textWidth(m_text);
        m_text = text;
        if (widthChanged) {
            updateGeometry();
        }
    }
    update();
}

int EngineStatusWidget::dotDiameter() const
{
    return std::max(8, (fontMetrics().height() * 3) / 5);
}

int EngineStatusWidget::textWidth(const QString& text) const
{
    // Rounded up: QFontMetrics rounds to the nearest pixel, and a text even a fraction wider than
    // its room gets elided.
    return static_cast<int>(std::ceil(QFontMetricsF(font()).horizontalAdvance(text))) + 1;
}

QSize EngineStatusWidget::sizeHint() const
{
    return {kMargin + dotDiameter() + kSpacing + textWidth(m_text) + kMargin, fontMetrics().height() + 2};
}

QSize EngineStatusWidget::minimumSizeHint() const
{
    // The state word stays readable; the figures give way first.
    return {kMargin + dotDiameter() + kSpacing + textWidth(stateText() + QStringLiteral(" …")) + kMargin,
            fontMetrics().height() + 2};
}

void EngineStatusWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int d = dotDiameter();
    const QRectF dot(kMargin + 0.5, (height() - d) / 2.0 + 0.5, d - 1.0, d - 1.0);
    const QColor colour = dotColor();
    if (m_state == State::NotConfigured) {
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(QPen(colour.darker(130), 1.0));
        painter.setBrush(colour);
    }
    painter.drawEllipse(dot);

    const int x = kMargin + d + kSpacing;
    const QRect textRect(x, 0, std::max(0, width() - x - kMargin), height());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(m_text, Qt::ElideRight, textRect.width()));
}

void EngineStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        refresh();
        updateGeometry();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace bridge::gui
