// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MonitorDetailView.h"

#include "engine/ErpDocuments.h"
#include "gui/MonitorModel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace bridge::gui {

namespace {

QString stageName(store::MonitorStage::Step step)
{
    switch (step) {
    case store::MonitorStage::Step::Received:
        return MonitorDetailView::tr("Received");
    case store::MonitorStage::Step::Normalised:
        return MonitorDetailView::tr("Normalised");
    case store::MonitorStage::Step::Mapped:
        return MonitorDetailView::tr("Mapped");
    case store::MonitorStage::Step::Posted:
        return MonitorDetailView::tr("Posted to SYSPRO");
    case store::MonitorStage::Step::Synced:
        return MonitorDetailView::tr("Shop told");
    }
    return {};
}

QString duration(qint64 ms)
{
    if (ms < 1'000) {
        return MonitorDetailView::tr("+%1 ms").arg(ms);
    }
    if (ms < 120'000) {
        return MonitorDetailView::tr("+%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    }
    if (ms < 7'200'000) {
        return MonitorDetailView::tr("+%1 min").arg(ms / 60'000);
    }
    return MonitorDetailView::tr("+%1 h").arg(ms / 3'600'000);
}

QString time(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

MonitorDetailView::MonitorDetailView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(m_body);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setStyleSheet(QStringLiteral("font-weight: 600;"));
    body->addWidget(m_header);

    auto* timeline = new QHBoxLayout;
    timeline->setSpacing(4);
    for (int i = 0; i < 5; ++i) {
        auto* stage = new QLabel(m_body);
        stage->setAlignment(Qt::AlignCenter);
        stage->setMinimumWidth(100);
        stage->setObjectName(QStringLiteral("stage%1").arg(i));
        timeline->addWidget(stage, 1);
        m_stages.append(stage);
    }
    body->addLayout(timeline);

    m_problem = new QLabel(m_body);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #5f1313; border: 1px solid #f0b8b3; border-radius: 3px; "
                       "padding: 4px 8px;"));
    body->addWidget(m_problem);

    auto* panes = new QSplitter(Qt::Horizontal, m_body);
    panes->setChildrenCollapsible(false);
    const QStringList titles{tr("Received (card numbers masked)"), tr("Canonical payment"), tr("Mapped commands"),
                             tr("SYSPRO request"), tr("SYSPRO response")};
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString& title : titles) {
        auto* box = new QWidget(panes);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        auto* label = new QLabel(title, box);
        label->setStyleSheet(QStringLiteral("font-weight: 600;"));
        auto* text = new QPlainTextEdit(box);
        text->setMinimumWidth(60);
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setAccessibleName(title);
        label->setBuddy(text);
        boxLayout->addWidget(label);
        boxLayout->addWidget(text);
        m_panes.append(text);
    }
    body->addWidget(panes, 1);
    layout->addWidget(m_body, 1);
    showHint(tr("Select a payment to see its way into SYSPRO."));
}

void MonitorDetailView::showHint(const QString& hint)
{
    m_detail.reset();
    m_hint->setText(hint);
    m_hint->setVisible(true);
    m_body->setVisible(false);
}

QString MonitorDetailView::pretty(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
        if (!doc.isNull()) {
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
        }
    }
    return trimmed;
}

void MonitorDetailView::showDetail(const store::MonitorDetail& d)
{
    m_detail = d;
    m_hint->setVisible(false);
    m_body->setVisible(true);
    const store::MonitorRow& r = d.row;
    QStringList header{MonitorModel::kindLabel(r.kind), r.vendorTxCode, r.transactionId};
    if (!r.customer.isEmpty()) {
        header.append(tr("customer %1").arg(r.customer));
    }
    if (r.amount) {
        header.append(r.amount->toDecimalString() + QLatin1Char(' ') + r.amount->currency().code());
    }
    header.append(MonitorModel::flowLabel(r.flow));
    m_header->setText(tr("Event %1: %2").arg(r.id).arg(header.join(QStringLiteral(" · "))));

    // The timeline: each reached stage with its time and the time since the stage before.
    std::optional<qint64> previous;
    for (qsizetype i = 0; i < d.stages.size() && i < m_stages.size(); ++i) {
        const store::MonitorStage& s = d.stages.at(i);
        QLabel* label = m_stages.at(i);
        QString text;
        QString style;
        if (s.failed) {
            //: %1 is a time of day (14:02:11.120)
            const QString stoppedAt = tr("stopped at %1");
            text = QStringLiteral("✗ %1\n%2").arg(stageName(s.step), s.at ? stoppedAt.arg(time(*s.at)) : tr("stopped"));
            style = QStringLiteral("background: #fdecea; color: #8a1c1c; border: 1px solid #e8a5a0;");
        } else if (s.at) {
            text = QStringLiteral("✓ %1\n%2").arg(stageName(s.step), time(*s.at));
            if (previous) {
                text += QLatin1Char(' ') + duration(*s.at - *previous);
            }
            previous = s.at;
            style = QStringLiteral("background: #e9f5ec; color: #1d4f2a; border: 1px solid #a9d4b3;");
        } else {
            // A payment posted with no status update queued: no shop address is set up to tell.
            const bool nobody = s.step == store::MonitorStage::Step::Synced && d.row.flow == store::Flow::Completed;
            text = QStringLiteral("○ %1\n%2").arg(stageName(s.step), nobody ? tr("not set up") : tr("not yet"));
            style = QStringLiteral("background: palette(base); color: palette(placeholder-text); border: 1px dashed "
                                   "palette(mid);");
        }
        label->setText(text);
        label->setStyleSheet(style + QStringLiteral(" border-radius: 3px; padding: 3px;"));
    }

    // Why it stopped and what to do, the resolution, and edits waiting for approval.
    QStringList problem;
    auto addError = [&problem](const QString& what, const QString& message, const QString& fix) {
        if (message.isEmpty()) {
            return;
        }
        problem.append(what.isEmpty() ? message : what + QStringLiteral(": ") + message);
        if (!fix.isEmpty()) {
            problem.append(tr("What to do: %1").arg(fix));
        }
    };
    if (d.status != QLatin1String("done")) {
        addError(QString(), d.errorMessage, d.errorFix);
    }
    for (const store::MonitorCommand& c : d.commands) {
        if (c.status != QLatin1String("done")) {
            addError(QStringLiteral("%1 %2").arg(c.commandKind, c.businessKey), c.errorMessage, c.errorFix);
        }
    }
    if (d.resolvedAt) {
        problem.append(tr("Marked resolved by %1 at %2: %3")
                           .arg(d.resolvedBy,
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(*d.resolvedAt),
                                                   QStringLiteral("yyyy-MM-dd HH:mm")),
                                d.resolution));
    }
    for (const store::ReplayRequest& rr : d.replayRequests) {
        if (rr.status == QLatin1String("pending")) {
            problem.append(tr("Edit %1 by %2 waits for an approver: %3 (reason: %4)")
                               .arg(rr.id)
                               .arg(rr.requestedBy, rr.edits, rr.reason));
        }
    }
    m_problem->setText(problem.join(QLatin1Char('\n')));
    m_problem->setVisible(!problem.isEmpty());

    // Side by side: what came in, what the bridge read, what it made of it, what SYSPRO was
    // sent and what it answered.
    m_panes[int(Pane::Raw)]->setPlainText(pretty(d.payload));
    QString canonical = d.canonical.isEmpty() ? tr("(not normalised yet)") : pretty(d.canonical);
    if (!d.edits.isEmpty()) {
        canonical = tr("Corrections applied when replayed: %1").arg(d.edits) + QStringLiteral("\n\n") + canonical;
    }
    m_panes[int(Pane::Canonical)]->setPlainText(canonical);
    QStringList mapped;
    QStringList requests;
    QStringList responses;
    for (const store::MonitorCommand& c : d.commands) {
        const QString title = QStringLiteral("── %1 %2 (%3) ──").arg(c.commandKind, c.businessKey, c.status);
        mapped.append(title + QLatin1Char('\n') + pretty(c.payload));
        if (c.commandKind == QLatin1String("SHOPSYNC")) {
            requests.append(title + QLatin1Char('\n') + tr("(a status update to the shop, not a SYSPRO call)"));
        } else if (!c.request.isEmpty()) {
            requests.append(title + QLatin1Char('\n') + c.request.trimmed());
        } else {
            // Not posted (yet): the XmlIn it makes on its own, as bridge-cli map shows it.
            const Result<QString> xml = engine::ErpDocuments::xmlIn(
                QJsonDocument::fromJson(c.payload.toUtf8()).object(), syspro::FieldLimits{});
            requests.append(title + QLatin1Char('\n') +
                            (xml ? tr("Not sent yet. It would be:\n%1").arg(xml->trimmed())
                                 : tr("Not sent: %1").arg(xml.error().message)));
        }
        if (!c.response.isEmpty()) {
            responses.append(title + QLatin1Char('\n') + pretty(c.response));
        } else if (!c.errorMessage.isEmpty()) {
            responses.append(title + QLatin1Char('\n') + tr("No document. The answer was: %1").arg(c.errorMessage));
        } else {
            responses.append(title + QLatin1Char('\n') + tr("(no answer yet)"));
        }
    }
    const QString none = d.commands.isEmpty() ? tr("(nothing mapped: no commands)") : QString();
    m_panes[int(Pane::Mapped)]->setPlainText(mapped.isEmpty() ? none : mapped.join(QStringLiteral("\n\n")));
    m_panes[int(Pane::Request)]->setPlainText(requests.isEmpty() ? none : requests.join(QStringLiteral("\n\n")));
    m_panes[int(Pane::Response)]->setPlainText(responses.isEmpty() ? none : responses.join(QStringLiteral("\n\n")));
}

QString MonitorDetailView::paneText(Pane pane) const
{
    return m_panes.at(int(pane))->toPlainText();
}

QString MonitorDetailView::timelineText() const
{
    QStringList parts;
    for (const QLabel* l : m_stages) {
        parts.append(l->text());
    }
    return parts.join(QStringLiteral(" | "));
}

QString MonitorDetailView::problemText() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

} // namespace bridge::gui
