// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Mappings page's versions: save, compare, activate, open, templates, import and export.
#include "gui/MappingsPage.h"

#include "gui/DatabaseWorker.h"
#include "gui/MappingsPageInternal.h"
#include "gui/MessageBox.h"
#include "mapping/Suggestions.h"
#include "store/Database.h"
#include "ui_MappingsPage.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace bridge::gui {

using mappingspage::objectTitle;

// ---- versions ------------------------------------------------------------------------------

void MappingsPage::reload()
{
    struct Loaded {
        Result<store::MappingVersion> active;
        Result<QList<store::MappingVersion>> versions;
        Result<std::optional<store::ActiveMapping>> activeRow;
        Result<QJsonObject> history;
    };
    m_worker->run<std::shared_ptr<Loaded>>(
        [](const std::shared_ptr<store::Database>& db) {
            store::MappingVersions versions(db);
            auto out = std::make_shared<Loaded>(Loaded{versions.activeOrDefault(), {}, {}, {}});
            out->versions = versions.list();
            out->activeRow = versions.active();
            out->history = versions.suggestionHistory();
            return out;
        },
        [this](std::shared_ptr<Loaded> loaded) {
            if (!loaded->active || !loaded->versions || !loaded->activeRow) {
                const Error e = !loaded->active     ? loaded->active.error()
                                : !loaded->versions ? loaded->versions.error()
                                                    : loaded->activeRow.error();
                MessageBox::error(this, tr("Mappings"), e);
                return;
            }
            m_versions = *loaded->versions;
            m_active = *loaded->activeRow;
            if (loaded->history) {
                if (Result<mapping::InMemorySuggestionHistory> h =
                        mapping::InMemorySuggestionHistory::fromJson(*loaded->history)) {
                    m_history = *h;
                }
            }
            // First load: the version in use.
            if (!m_baseVersion && m_doc.targets.isEmpty()) {
                if (Result<mapping::MappingDocument> doc =
                        mapping::MappingDocument::fromJson(loaded->active->document)) {
                    loadDocument(*doc, loaded->active->version);
                }
            }
            showVersions();
            updateTitle();
        });
}

void MappingsPage::showVersions()
{
    m_ui->versionsTree->clear();
    const QLocale locale;
    for (const store::MappingVersion& v : std::as_const(m_versions)) {
        auto* item = new QTreeWidgetItem(m_ui->versionsTree);
        item->setText(0, QString::number(v.version));
        const bool active = m_active && m_active->version == v.version;
        item->setText(1, active ? tr("in use") : QString());
        item->setText(2, locale.toString(QDateTime::fromMSecsSinceEpoch(v.createdAt), QLocale::ShortFormat));
        item->setText(3, v.createdBy);
        item->setText(4, v.comment);
        item->setToolTip(4, v.name);
        item->setData(0, Qt::UserRole, v.version);
        if (active) {
            QFont f = item->font(0);
            f.setBold(true);
            for (int c = 0; c < 5; ++c) {
                item->setFont(c, f);
            }
        }
    }
    updatePermissions();
}

void MappingsPage::saveVersion(const QString& comment)
{
    const mapping::MappingDocument doc = m_doc;
    const std::optional<qint64> base = m_baseVersion;
    const QString actor = currentUser();
    const int index = m_undo.index();
    m_worker->run<Result<store::MappingVersion>>(
        [doc, comment, actor, base](const std::shared_ptr<store::Database>& db) {
            return store::MappingVersions(db).save(doc, comment, actor, base);
        },
        [this, index](Result<store::MappingVersion> saved) {
            if (!saved) {
                MessageBox::error(this, tr("Save version"), saved.error());
                return;
            }
            m_baseVersion = saved->version;
            // What was saved is clean, even if editing went on meanwhile.
            if (m_undo.index() == index) {
                m_undo.setClean();
            }
            m_ui->previewStatusLabel->setText(tr("Saved as version %1. It is used for posting once an administrator "
                                                 "puts it to use (Versions tab).")
                                                  .arg(saved->version));
            Q_EMIT versionSaved(saved->version);
            reload();
        });
}

void MappingsPage::compareVersions(qint64 older, qint64 newer)
{
    m_worker->run<Result<QList<mapping::MappingChange>>>(
        [older, newer](const std::shared_ptr<store::Database>& db) {
            return store::MappingVersions(db).diff(older, newer);
        },
        [this, older, newer](Result<QList<mapping::MappingChange>> changes) {
            m_ui->diffList->clear();
            if (!changes) {
                m_ui->diffList->addItem(changes.error().message);
                return;
            }
            m_ui->diffList->addItem(tr("From version %1 to version %2:").arg(older).arg(newer));
            if (changes->isEmpty()) {
                m_ui->diffList->addItem(tr("No differences."));
            }
            for (const mapping::MappingChange& c : *changes) {
                m_ui->diffList->addItem(c.summary());
            }
        });
}

void MappingsPage::activateVersion(qint64 version)
{
    const QString actor = currentUser();
    m_worker->run<Result<void>>(
        [version, actor](const std::shared_ptr<store::Database>& db) {
            return store::MappingVersions(db).activate(version, actor);
        },
        [this](Result<void> ok) {
            if (!ok) {
                MessageBox::error(this, tr("Use for posting"), ok.error());
                return;
            }
            reload();
        });
}

void MappingsPage::openVersion(qint64 version)
{
    if (!confirmLeave()) {
        return;
    }
    for (const store::MappingVersion& v : std::as_const(m_versions)) {
        if (v.version == version) {
            Result<mapping::MappingDocument> doc = mapping::MappingDocument::fromJson(v.document);
            if (!doc) {
                MessageBox::error(this, tr("Open version"), doc.error());
                return;
            }
            loadDocument(*doc, version);
            return;
        }
    }
}

void MappingsPage::startFromTemplate(const QString& id)
{
    Result<mapping::MappingDocument> doc = store::MappingVersions::loadTemplate(id);
    if (!doc) {
        MessageBox::error(this, tr("Templates"), doc.error());
        return;
    }
    m_selectedKey.clear();
    applyEdit(*doc, tr("Start from the template \"%1\"").arg(doc->name));
}

void MappingsPage::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const QString actor = currentUser();
    m_worker->run<Result<store::MappingVersion>>(
        [bytes, name, actor](const std::shared_ptr<store::Database>& db) {
            return store::MappingVersions(db).importJson(bytes, name, {}, actor);
        },
        [this](Result<store::MappingVersion> imported) {
            if (!imported) {
                MessageBox::error(this, tr("Import"), imported.error());
                return;
            }
            if (Result<mapping::MappingDocument> doc = mapping::MappingDocument::fromJson(imported->document)) {
                loadDocument(*doc, imported->version);
            }
            reload();
        });
}

void MappingsPage::exportVersion(qint64 version, const QString& path)
{
    m_worker->run<Result<QByteArray>>(
        [version](const std::shared_ptr<store::Database>& db) {
            return store::MappingVersions(db).exportJson(version);
        },
        [this, path](Result<QByteArray> json) {
            if (!json) {
                MessageBox::error(this, tr("Export"), json.error());
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*json) != json->size()) {
                MessageBox::warning(this, tr("Export"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
            }
        });
}

} // namespace bridge::gui
