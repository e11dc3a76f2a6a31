// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Mappings page's live preview: the sample payment, the XmlIn off the GUI thread, the problems.
#include "gui/MappingsPage.h"

#include "gui/DatabaseWorker.h"
#include "gui/MappingsPageInternal.h"
#include "gui/MessageBox.h"
#include "logging/Log.h"
#include "mapping/Suggestions.h"
#include "store/Database.h"
#include "ui_MappingsPage.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStyle>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace bridge::gui {

using mappingspage::objectTitle;

namespace {

/// An XmlIn one element a line, indented; text that is not well-formed stays as it is.
QString indentedXml(const QString& xml)
{
    if (xml.isEmpty()) {
        return MappingsPage::tr("(not made: see the problems)");
    }
    QString out;
    QXmlStreamReader reader(xml);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartDocument() || reader.isEndDocument() || reader.isWhitespace()) {
            continue;
        }
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? xml : out.trimmed();
}

} // namespace

// ---- preview -----------------------------------------------------------------------------

void MappingsPage::setSample(const QJsonObject& payment, const QString& label)
{
    m_ui->sampleComboBox->addItem(label, payment);
    m_ui->sampleComboBox->setCurrentIndex(m_ui->sampleComboBox->count() - 1);
    m_sample = payment;
    sampleChanged();
    schedulePreview();
}

void MappingsPage::schedulePreview()
{
    m_ui->previewStatusLabel->setText(tr("Updating…"));
    m_previewTimer.start();
}

void MappingsPage::runPreview()
{
    const int generation = ++m_previewGeneration;
    ++m_previewsRunning;
    const QJsonObject document = m_doc.toJson();
    const QJsonObject sample = m_sample;
    auto* watcher = new QFutureWatcher<engine::PreviewResult>(this);
    connect(watcher, &QFutureWatcher<engine::PreviewResult>::finished, this, [this, watcher, generation] {
        --m_previewsRunning;
        watcher->deleteLater();
        // Only the newest edit's preview is shown.
        if (generation == m_previewGeneration) {
            showPreview(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([document, sample] { return engine::MappingPreview::run(document, sample); }));
}

void MappingsPage::showPreview(const engine::PreviewResult& result)
{
    const QSet<QString> problemsBefore(m_problemByKey.keyBegin(), m_problemByKey.keyEnd());
    m_preview = result;
    // For reading: each document under a heading, indented one element a line.
    QStringList shown;
    for (qsizetype i = 0; i < result.commands.size(); ++i) {
        const mapping::MappedCommand& c = result.commands.at(i);
        shown.append(tr("<!-- %1 (%2), from \"%3\" -->").arg(objectTitle(c.object), c.object, c.targetId));
        shown.append(indentedXml(result.documents.value(i)));
    }
    m_ui->previewText->setPlainText(shown.isEmpty() ? result.xmlIn : shown.join(QLatin1Char('\n')));
    m_ui->problemsList->clear();
    m_problemByKey.clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QHash<QString, QString> lineElements;
    for (const mapping::TargetMapping& t : m_doc.targets) {
        if (!t.lines.isEmpty()) {
            lineElements.insert(t.id, t.lines.first().element);
        }
    }
    for (const engine::MappingProblem& p : result.problems) {
        QString key;
        if (!p.field.isEmpty()) {
            const QString element = lineElements.value(p.targetId);
            key = !element.isEmpty() && p.field.startsWith(element + QLatin1Char('.'))
                      ? groupKeyOf(p.targetId, std::max(0, p.lineGroup), p.field.mid(element.size() + 1))
                      : keyOf(p.targetId, false, p.field);
        }
        auto* item = new QListWidgetItem(warning, p.message, m_ui->problemsList);
        item->setData(Qt::UserRole, key);
        if (!key.isEmpty()) {
            const QString before = m_problemByKey.value(key);
            m_problemByKey.insert(key, before.isEmpty() ? p.message : before + QLatin1Char('\n') + p.message);
        }
    }
    if (result.problems.isEmpty()) {
        m_ui->problemsList->addItem(
            new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                tr("No problems: SYSPRO would accept these documents as far as the bridge can tell.")));
    }
    // Marks on the SYSPRO fields, and what each would get for this sample.
    QHash<QString, QString> values;
    for (const mapping::MappedCommand& c : result.commands) {
        for (const mapping::MappedField& f : c.fields) {
            values.insert(keyOf(c.targetId, false, f.target), f.value.toText());
        }
        // Each line group's first line.
        QSet<int> groupsShown;
        for (qsizetype i = 0; i < c.lines.size(); ++i) {
            const int group = c.lineGroups.value(i, 0);
            if (groupsShown.contains(group)) {
                continue;
            }
            groupsShown.insert(group);
            for (const mapping::MappedField& f : c.lines.at(i)) {
                values.insert(groupKeyOf(c.targetId, group, f.target), f.value.toText());
            }
        }
    }
    // Only what changed: each change repaints the tree.
    for (auto it = m_targetItems.begin(); it != m_targetItems.end(); ++it) {
        const QString problem = m_problemByKey.value(it.key());
        const bool marked = !it.value()->icon(0).isNull();
        if (marked != !problem.isEmpty()) {
            it.value()->setIcon(0, problem.isEmpty() ? QIcon() : warning);
        }
        const QString base = m_targetBaseToolTips.value(it.key());
        const QString tip = problem.isEmpty() ? base : base + QStringLiteral("\n\n") + problem;
        if (it.value()->toolTip(0) != tip) {
            it.value()->setToolTip(0, tip);
        }
        const QString value = values.value(it.key());
        if (it.value()->text(4) != value) {
            it.value()->setText(4, value);
        }
    }
    m_ui->previewStatusLabel->setText(
        result.problems.isEmpty() ? tr("Preview up to date.")
                                  : tr("Preview up to date: %n problem(s).", nullptr, int(result.problems.size())));
    m_ui->bottomTabs->setTabText(0, result.problems.isEmpty()
                                        ? tr("&Preview")
                                        : tr("&Preview (%n problem(s))", nullptr, int(result.problems.size())));
    if (problemsBefore != QSet<QString>(m_problemByKey.keyBegin(), m_problemByKey.keyEnd())) {
        redrawCurves(); // curves with a problem are red
    }
    // The selected field's problem in its description (the form is left alone: someone may be typing).
    showSelection(false);
    rankSuggestionsWhenShown();
    Q_EMIT previewUpdated();
}

void MappingsPage::loadRecentEvents()
{
    using Events = QList<std::pair<QString, QJsonObject>>;
    m_worker->run<Result<Events>>(
        [](const std::shared_ptr<store::Database>& db) -> Result<Events> {
            Events out;
            Result<void> ok = db->read([&out](QSqlDatabase& c) -> Result<void> {
                Result<QSqlQuery> q = store::Database::exec(
                    c, QStringLiteral("SELECT id, vendor_tx_code, canonical FROM inbox WHERE canonical IS NOT NULL "
                                      "ORDER BY id DESC LIMIT 20"));
                if (!q) {
                    return fail(q.error());
                }
                while (q->next()) {
                    const QJsonObject payment = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
                    if (!payment.isEmpty()) {
                        out.append(
                            {MappingsPage::tr("Event %1: %2 (%3)")
                                 .arg(q->value(0).toLongLong())
                                 .arg(q->value(1).toString(), payment.value(QStringLiteral("status")).toString()),
                             payment});
                    }
                }
                return {};
            });
            if (!ok) {
                return fail(ok.error());
            }
            return out;
        },
        [this](Result<Events> events) {
            if (!events) {
                log::get("gui")->warn("recent events for the mapping preview: {}",
                                      events.error().message.toStdString());
                return;
            }
            for (const auto& [label, payment] : *events) {
                m_ui->sampleComboBox->addItem(label, payment);
            }
        });
}

} // namespace bridge::gui
