// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Mappings page's suggestions tab: ranked sources for unmapped SYSPRO fields, accept and reject.
#include "gui/MappingsPage.h"

#include "engine/ErpDocuments.h"
#include "gui/DatabaseWorker.h"
#include "gui/MappingsPageInternal.h"
#include "gui/MessageBox.h"
#include "mapping/Suggestions.h"
#include "mapping/Synonyms.h"
#include "store/Database.h"
#include "ui_MappingsPage.h"

#include <QFile>
#include <QFileInfo>

namespace bridge::gui {

using mappingspage::objectTitle;

// ---- suggestions ---------------------------------------------------------------------------

void MappingsPage::updateSuggestions()
{
    m_suggestionsStale = false;
    m_ui->suggestionsTree->clear();
    static const Result<mapping::Synonyms> synonyms = mapping::Synonyms::builtIn();
    if (!synonyms) {
        return;
    }
    for (const mapping::TargetMapping& t : m_doc.targets) {
        const mapping::Schema* schema = engine::MappingPreview::targetSchema(t.object);
        if (schema == nullptr) {
            continue;
        }
        QSet<QString> mapped;
        for (const mapping::FieldMapping& f : t.fields) {
            mapped.insert(f.target);
            for (const QJsonValue& step : f.steps) {
                const QString group = f.target.section(QLatin1Char('.'), 0, -2);
                for (const QJsonValue& l : step.toObject().value(QStringLiteral("lines")).toArray()) {
                    mapped.insert(group + QLatin1Char('.') + l.toString());
                }
                if (step.toObject().value(QStringLiteral("postalCode")).isString()) {
                    mapped.insert(group + QLatin1Char('.') +
                                  step.toObject().value(QStringLiteral("postalCode")).toString());
                }
            }
        }
        // With an example document of this object, the sample payment's own values are compared
        // with the document's.
        const auto example = m_examples.constFind(t.object);
        mapping::SuggestionEngine suggester(example == m_examples.constEnd() ? m_source
                                                                             : m_source.withSamplesFrom(m_sample),
                                            *schema, *synonyms, &m_history);
        if (example != m_examples.constEnd()) {
            suggester.setExample(*example);
        }
        // Where to suggest: the header's groups, then each line group's list.
        QList<std::pair<QString, int>> scopes;
        for (int index : schema->topLevel()) {
            if (schema->fields().at(index).type != mapping::FieldType::List) {
                scopes.append({schema->fields().at(index).path, -1});
            }
        }
        for (qsizetype g = 0; g < t.lines.size(); ++g) {
            scopes.append({t.lines.at(g).element, int(g)});
        }
        for (const auto& [scope, lineGroup] : std::as_const(scopes)) {
            const bool line = lineGroup >= 0;
            const QString element = line ? t.lines.at(lineGroup).element : QString();
            const QString from = line ? t.lines.at(lineGroup).from : QString();
            QSet<QString> mappedHere = mapped;
            if (line) {
                for (const mapping::FieldMapping& f : t.lines.at(lineGroup).fields) {
                    mappedHere.insert(element + QLatin1Char('.') + f.target);
                }
            }
            for (const mapping::TargetSuggestion& s : suggester.suggest(mappedHere, scope)) {
                if (s.candidates.isEmpty()) {
                    continue;
                }
                const mapping::SuggestionCandidate& best = s.candidates.first();
                if (!line && !element.isEmpty() && s.targetPath.startsWith(element + QLatin1Char('.'))) {
                    continue; // a field of the lines, suggested for its line group
                }
                const QString field = line ? s.targetPath.mid(element.size() + 1) : s.targetPath;
                const QString key = groupKeyOf(t.id, lineGroup, field);
                const engine::ErpDocuments::PostableFields postable = engine::ErpDocuments::postableFields(t.object);
                if (!postable.header.isEmpty() && !(line ? postable.lines : postable.header).contains(field)) {
                    continue; // the bridge would not post it
                }
                // Lines of a list read its entries; a line made from the event ("$") and the header
                // read the event's own fields.
                const bool readsEntries = line && from != QLatin1String("$");
                const mapping::SchemaField* source = m_source.find(best.sourcePath);
                if (m_rejectedSuggestions.contains(key + QLatin1Char('<') + best.sourcePath) ||
                    (readsEntries && !best.sourcePath.startsWith(from + QLatin1Char('.'))) ||
                    (!readsEntries && source != nullptr && source->repeated)) {
                    continue;
                }
                auto* row = new QTreeWidgetItem(m_ui->suggestionsTree);
                row->setText(0, line && t.lines.size() > 1
                                    ? tr("%1: %2, %3").arg(objectTitle(t.object), lineGroupTitle(t, lineGroup), field)
                                    : tr("%1: %2").arg(objectTitle(t.object), s.targetPath));
                row->setText(1, best.sourcePath);
                row->setText(2, tr("%1 %").arg(best.confidence / 10));
                row->setText(3, best.reasons.join(QLatin1Char(' ')));
                row->setToolTip(3, best.reasons.join(QLatin1Char('\n')));
                row->setData(0, Qt::UserRole, key);
                row->setData(1, Qt::UserRole, best.sourcePath);
                row->setData(2, Qt::UserRole, best.confidence);
                row->setData(3, Qt::UserRole,
                             QStringList{mapping::SuggestionEngine::qualified(m_source, best.sourcePath),
                                         mapping::SuggestionEngine::qualified(*schema, s.targetPath)});
            }
        }
    }
    m_ui->suggestionsTree->sortItems(2, Qt::DescendingOrder);
    const int count = m_ui->suggestionsTree->topLevelItemCount();
    m_ui->bottomTabs->setTabText(1, count > 0 ? tr("S&uggestions (%1)").arg(count) : tr("S&uggestions"));
    updatePermissions();
}

void MappingsPage::acceptSuggestions(const QList<QTreeWidgetItem*>& rows, bool accepted)
{
    if (rows.isEmpty() || !m_canEdit) {
        return;
    }
    QList<store::SuggestionDecision> decisions;
    QList<std::pair<QString, QString>> connections;
    for (QTreeWidgetItem* row : rows) {
        const QStringList qualified = row->data(3, Qt::UserRole).toStringList();
        decisions.append({qualified.value(0), qualified.value(1), accepted});
        m_history.record(qualified.value(0), qualified.value(1), accepted);
        if (accepted) {
            connections.append({row->data(1, Qt::UserRole).toString(), row->data(0, Qt::UserRole).toString()});
        } else {
            m_rejectedSuggestions.insert(row->data(0, Qt::UserRole).toString() + QLatin1Char('<') +
                                         row->data(1, Qt::UserRole).toString());
        }
    }
    if (accepted) {
        m_undo.beginMacro(tr("Accept %n suggestion(s)", nullptr, int(connections.size())));
        for (const auto& [source, target] : connections) {
            connectFields(source, target);
        }
        m_undo.endMacro();
    } else {
        updateSuggestions();
    }
    const QString actor = currentUser();
    m_worker->run<Result<void>>(
        [decisions, actor](const std::shared_ptr<store::Database>& db) {
            return store::MappingVersions(db).recordSuggestions(decisions, actor);
        },
        [this](Result<void> ok) {
            if (!ok) {
                MessageBox::error(this, tr("Suggestions"), ok.error());
            }
        });
}

void MappingsPage::acceptSuggestionsAbove(int percent)
{
    if (m_suggestionsStale) {
        updateSuggestions();
    }
    QList<QTreeWidgetItem*> rows;
    for (int i = 0; i < m_ui->suggestionsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_ui->suggestionsTree->topLevelItem(i);
        if (row->data(2, Qt::UserRole).toInt() >= percent * 10) {
            rows.append(row);
        }
    }
    if (rows.isEmpty()) {
        MessageBox::information(this, tr("Suggestions"), tr("No suggestion is at %1 % or above.").arg(percent));
        return;
    }
    acceptSuggestions(rows, true);
}

void MappingsPage::rankSuggestionsWhenShown()
{
    // Ranking suggestions is the slow part of an update: only while their tab is shown.
    m_suggestionsStale = true;
    if (m_ui->bottomTabs->currentWidget() == m_ui->suggestionsTab) {
        updateSuggestions();
    }
}

// ---- example documents ---------------------------------------------------------------------

bool MappingsPage::loadExample(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Example document"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QString xml = QString::fromUtf8(file.readAll());
    // The document is of whichever business object of the mapping it fills most.
    QString object;
    std::optional<mapping::ExampleDocument> best;
    QString malformed; // not XML: said once, whichever object it was tried for
    QStringList objects;
    for (const mapping::TargetMapping& t : m_doc.targets) {
        const mapping::Schema* schema = engine::MappingPreview::targetSchema(t.object);
        if (schema == nullptr || objects.contains(t.object)) {
            continue;
        }
        objects.append(t.object);
        Result<mapping::ExampleDocument> doc = mapping::ExampleDocument::fromXml(xml, *schema);
        if (!doc) {
            if (doc.error().code == mapping::ExampleDocument::NotXmlCode) {
                malformed = doc.error().message;
            }
            continue;
        }
        if (!best || doc->values().size() > best->values().size()) {
            best = *doc;
            object = t.object;
        }
    }
    if (!best) {
        const QString reason = objects.isEmpty() ? tr("The mapping has no SYSPRO business object to compare with.")
                               : !malformed.isEmpty()
                                   ? malformed
                                   : tr("It fills no field of %1. Open the XML of a document of one of them, as "
                                        "SYSPRO writes it.")
                                         .arg(objects.join(QStringLiteral(", ")));
        MessageBox::warning(this, tr("Example document"),
                            tr("%1 cannot be compared with the payment: %2").arg(QFileInfo(path).fileName(), reason));
        return false;
    }
    m_examples.insert(object, *best);
    m_exampleFiles.insert(object, QFileInfo(path).fileName());
    m_exampleNote.clear();
    updateExampleLabel();
    rankSuggestionsWhenShown();
    return true;
}

void MappingsPage::clearExamples()
{
    m_examples.clear();
    m_exampleFiles.clear();
    m_exampleNote.clear();
    updateExampleLabel();
    rankSuggestionsWhenShown();
}

void MappingsPage::sampleChanged()
{
    if (m_examples.isEmpty()) {
        return;
    }
    QStringList files = m_exampleFiles.values();
    files.sort();
    // The preview the new sample starts ranks the suggestions again.
    m_examples.clear();
    m_exampleFiles.clear();
    m_exampleNote = tr("%1 was keyed for the sample payment before, so it is no longer compared. Open the SYSPRO "
                       "document of this sample to compare again.")
                        .arg(files.join(QStringLiteral(", ")));
    updateExampleLabel();
}

void MappingsPage::updateExampleLabel()
{
    m_ui->clearExampleButton->setEnabled(!m_examples.isEmpty());
    if (m_examples.isEmpty()) {
        m_ui->exampleLabel->setText(
            m_exampleNote.isEmpty()
                ? tr("Have a SYSPRO document that someone keyed for this sample payment? Open its XML and the "
                     "suggestions compare its values with the payment's: the surest way to tell fields apart.")
                : m_exampleNote);
        return;
    }
    QStringList parts;
    for (auto it = m_examples.constBegin(); it != m_examples.constEnd(); ++it) {
        QString part = tr("%1 (%2, %n field(s) filled", nullptr, int(it->values().size()))
                           .arg(m_exampleFiles.value(it.key()), objectTitle(it.key()));
        if (!it->ignored().isEmpty()) {
            QString left = it->ignored().mid(0, 3).join(QStringLiteral(", "));
            if (it->ignored().size() > 3) {
                left += QStringLiteral(", …");
            }
            part += tr("; not its fields, left out: %1").arg(left);
        }
        parts.append(part + QLatin1Char(')'));
    }
    parts.sort();
    m_ui->exampleLabel->setText(tr("Comparing with %1. Suggestions whose payment value is what the document holds "
                                   "are surest.")
                                    .arg(parts.join(QStringLiteral(", "))));
}

} // namespace bridge::gui
