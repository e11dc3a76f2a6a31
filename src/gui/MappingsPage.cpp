// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/MappingsPage.h"

#include "engine/ErpDocuments.h"
#include "gui/AppContext.h"
#include "gui/DatabaseWorker.h"
#include "gui/MappingCanvas.h"
#include "gui/MappingsPageInternal.h"
#include "gui/MessageBox.h"
#include "gui/StepEditor.h"
#include "logging/Log.h"
#include "mapping/MappingDiff.h"
#include "mapping/Suggestions.h"
#include "mapping/Synonyms.h"
#include "mapping/Transform.h"
#include "store/Database.h"
#include "ui_MappingsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <QUndoCommand>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace bridge::gui {

using mappingspage::objectTitle;

namespace {

const QString kClipboardType = QStringLiteral("application/x-bridge-mapping-field");
constexpr int kStepEditMerge = 1;

/// On a SYSPRO tree's document root and line group headings: "target|H|" or "target|L2|".
constexpr int kGroupRole = MappingFieldTree::KeyRole + 1;

/// The fields of a target's header (line group -1) or of one of its line groups; nullptr when
/// it has no such group.
QList<mapping::FieldMapping>* fieldListOf(mapping::TargetMapping& t, int lineGroup)
{
    if (lineGroup == -1) {
        return &t.fields;
    }
    return lineGroup >= 0 && lineGroup < t.lines.size() ? &t.lines[lineGroup].fields : nullptr;
}

QString typeText(const mapping::SchemaField& f)
{
    switch (f.type) {
    case mapping::FieldType::Text:
        return MappingsPage::tr("text");
    case mapping::FieldType::Decimal:
        return MappingsPage::tr("number");
    case mapping::FieldType::Integer:
        return MappingsPage::tr("whole number");
    case mapping::FieldType::Date:
        return MappingsPage::tr("date");
    case mapping::FieldType::Boolean:
        return MappingsPage::tr("yes/no");
    case mapping::FieldType::Money:
        return MappingsPage::tr("amount");
    case mapping::FieldType::Group:
        return MappingsPage::tr("group");
    case mapping::FieldType::List:
        return MappingsPage::tr("list");
    }
    return {};
}

/// Source paths a chain reads: `path` values, an address's `from`, a currency's `date`, the
/// fields GL rules test; in a per-line mapping relative to the line list.
void collectSources(const QJsonValue& value, const QString& lineFrom, QStringList* out)
{
    auto add = [&](QString p) {
        if (p.isEmpty()) {
            return;
        }
        if (p.startsWith(QLatin1String("$."))) {
            p = p.mid(2);
        } else if (!lineFrom.isEmpty()) {
            p = lineFrom + QLatin1Char('.') + p;
        }
        static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
        p.remove(index);
        if (!out->contains(p)) {
            out->append(p);
        }
    };
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            collectSources(v, lineFrom, out);
        }
        return;
    }
    if (!value.isObject()) {
        return;
    }
    const QJsonObject o = value.toObject();
    if (o.value(QStringLiteral("path")).isString()) {
        add(o.value(QStringLiteral("path")).toString());
    }
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("address")) {
        add(o.value(QStringLiteral("from")).toString(QStringLiteral("shippingAddress")));
    }
    if (type == QLatin1String("currency") && o.value(QStringLiteral("date")).isString()) {
        add(o.value(QStringLiteral("date")).toString());
    }
    if (type == QLatin1String("glAccount")) {
        for (const QJsonValue& r : o.value(QStringLiteral("rules")).toArray()) {
            for (const QString& k : r.toObject().value(QStringLiteral("when")).toObject().keys()) {
                add(k);
            }
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("table") && it.key() != QLatin1String("rates") &&
            it.key() != QLatin1String("rules") && (it.value().isArray() || it.value().isObject())) {
            collectSources(it.value(), lineFrom, out);
        }
    }
}

} // namespace

namespace mappingspage {

QString objectTitle(const QString& object)
{
    if (object == QLatin1String("SORTOI")) {
        return MappingsPage::tr("Sales order");
    }
    if (object == QLatin1String("ARSTPY")) {
        return MappingsPage::tr("AR receipt");
    }
    if (object == QLatin1String("ARSTIN")) {
        return MappingsPage::tr("AR credit or debit note");
    }
    if (object == QLatin1String("GENTJL")) {
        return MappingsPage::tr("GL journal");
    }
    if (object == QLatin1String("ARSSCS")) {
        return MappingsPage::tr("Customer");
    }
    if (object == QLatin1String("SORTCH")) {
        return MappingsPage::tr("Sales credit note");
    }
    if (object == QLatin1String("SORTCL")) {
        return MappingsPage::tr("Sales credit note lines");
    }
    return object;
}

} // namespace mappingspage

/// Every edit of the working document: the document before and after. Typing in a step's form
/// merges into one command per step.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(MappingsPage* page, mapping::MappingDocument before, mapping::MappingDocument after,
                    const QString& text, int mergeId, QString mergeKey)
        : QUndoCommand(text)
        , m_page(page)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
        , m_mergeKey(std::move(mergeKey))
    {}
    void undo() override { m_page->setDocument(m_before, structureChanged()); }
    void redo() override { m_page->setDocument(m_after, structureChanged()); }
    [[nodiscard]] int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const DocumentCommand*>(other);
        if (o->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_after = o->m_after;
        return true;
    }

private:
    [[nodiscard]] bool structureChanged() const
    {
        if (m_before.targets.size() != m_after.targets.size()) {
            return true;
        }
        for (qsizetype i = 0; i < m_before.targets.size(); ++i) {
            const mapping::TargetMapping& a = m_before.targets[i];
            const mapping::TargetMapping& b = m_after.targets[i];
            if (a.id != b.id || a.object != b.object || a.lines.size() != b.lines.size()) {
                return true;
            }
            for (qsizetype g = 0; g < a.lines.size(); ++g) {
                if (a.lines[g].element != b.lines[g].element || a.lines[g].from != b.lines[g].from ||
                    a.lines[g].note != b.lines[g].note) {
                    return true;
                }
            }
        }
        return false; // fields outside the schema: the page sees whether their rows are there
    }

    MappingsPage* m_page;
    mapping::MappingDocument m_before;
    mapping::MappingDocument m_after;
    int m_mergeId;
    QString m_mergeKey;
};

MappingsPage::MappingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MappingsPage>())
    , m_worker(new DatabaseWorker(context.database(), QStringLiteral("mappings-db"), this))
{
    m_ui->setupUi(this);
    if (Result<mapping::Schema> s = mapping::Schema::builtIn(QStringLiteral("payment"))) {
        m_source = *s;
    }

    m_sourceTree = new MappingFieldTree(MappingFieldTree::Side::Source, this);
    m_sourceTree->setObjectName(QStringLiteral("sourceTree"));
    m_sourceTree->setHeaderLabels({tr("Field"), tr("Type"), tr("Example")});
    m_sourceTree->setAccessibleName(tr("Payment fields"));
    auto* sourceLayout = new QVBoxLayout(m_ui->sourceTreeHolder);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceTree);

    m_targetTree = new MappingFieldTree(MappingFieldTree::Side::Target, this);
    m_targetTree->setObjectName(QStringLiteral("targetTree"));
    m_targetTree->setHeaderLabels({tr("SYSPRO field"), tr("Required"), tr("Type"), tr("Length"), tr("Sample result")});
    m_targetTree->setAccessibleName(tr("SYSPRO fields"));
    auto* targetLayout = new QVBoxLayout(m_ui->targetTreeHolder);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(m_targetTree);

    m_canvas = new MappingCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mappingCanvas"));
    auto* canvasLayout = new QVBoxLayout(m_ui->canvasHolder);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->addWidget(m_canvas);
    m_ui->editorSplitter->setStretchFactor(0, 3);
    m_ui->editorSplitter->setStretchFactor(1, 1);
    m_ui->editorSplitter->setStretchFactor(2, 4);
    m_ui->editorSplitter->setStretchFactor(3, 3);
    m_ui->editorSplitter->setSizes({300, 110, 470, 330});
    m_ui->verticalSplitter->setStretchFactor(0, 3);
    m_ui->verticalSplitter->setStretchFactor(1, 2);

    m_stepEditor = new StepEditor(this);
    m_stepEditor->setObjectName(QStringLiteral("stepEditor"));
    m_ui->stepEditorLayout->addWidget(m_stepEditor);
    for (const QString& type : mapping::Transform::types()) {
        m_ui->stepTypeComboBox->addItem(StepEditor::typeTitle(type), type);
    }
    // What a payment can become. A GL journal starts with two entries made from the payment
    // itself, a debit and a credit (two line groups).
    for (const QString& object : engine::ErpDocuments::supportedObjects()) {
        m_ui->addObjectComboBox->addItem(tr("%1 (%2)").arg(objectTitle(object), object), object);
    }
    for (const store::MappingTemplate& t : store::MappingVersions::templates()) {
        m_ui->templateComboBox->addItem(t.title, t.id);
    }
    m_ui->sampleComboBox->addItem(tr("Example payment (from the field descriptions)"));
    m_sample = engine::MappingPreview::sampleFromSchema(m_source);
    m_ui->sampleComboBox->setItemData(0, m_sample);
    m_ui->problemsList->setMinimumWidth(260);
    m_ui->previewSplitter->setStretchFactor(0, 2);
    m_ui->previewSplitter->setStretchFactor(1, 3);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->previewText->setFont(mono);
    m_ui->suggestionsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->versionsTree->header()->setStretchLastSection(true);
    m_ui->versionsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->diffList->addItem(tr("Select a version and press Compare to see what changed since the one before it "
                               "(or select two versions)."));

    // Actions: shortcuts for everything (keyboard access), shown on the buttons' tooltips.
    auto makeAction = [this](const QString& text, const QKeySequence& key, QWidget* on,
                             Qt::ShortcutContext shortcutContext = Qt::WidgetWithChildrenShortcut) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(shortcutContext);
        on->addAction(a);
        return a;
    };
    QAction* undo = m_undo.createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction* redo = m_undo.createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    m_ui->undoButton->setDefaultAction(undo);
    m_ui->redoButton->setDefaultAction(redo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    undo->setToolTip(tr("Undo (%1)").arg(undo->shortcut().toString(QKeySequence::NativeText)));
    redo->setToolTip(tr("Redo (%1)").arg(redo->shortcut().toString(QKeySequence::NativeText)));
    QAction* zoomIn = makeAction(tr("Larger"), QKeySequence::ZoomIn, this);
    QAction* zoomOut = makeAction(tr("Smaller"), QKeySequence::ZoomOut, this);
    QAction* fit = makeAction(tr("Fit"), QKeySequence(QStringLiteral("Ctrl+0")), this);
    m_ui->zoomInButton->setDefaultAction(zoomIn);
    m_ui->zoomOutButton->setDefaultAction(zoomOut);
    m_ui->fitButton->setDefaultAction(fit);
    zoomIn->setToolTip(tr("Larger text (%1)").arg(zoomIn->shortcut().toString(QKeySequence::NativeText)));
    zoomOut->setToolTip(tr("Smaller text (%1)").arg(zoomOut->shortcut().toString(QKeySequence::NativeText)));
    fit->setToolTip(tr("Show every field at once (Ctrl+0)"));
    connect(zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoomPoint + 1); });
    connect(zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoomPoint - 1); });
    connect(fit, &QAction::triggered, this, &MappingsPage::fitToView);
    QAction* find = makeAction(tr("Find a field"), QKeySequence::Find, this);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->findLineEdit->setFocus();
        m_ui->findLineEdit->selectAll();
    });
    QAction* save = makeAction(tr("Save version"), QKeySequence::Save, this);
    m_ui->saveButton->setToolTip(tr("Save the mapping as a new version (Ctrl+S). Saving does not change what is "
                                    "posted until the version is put to use."));
    auto askAndSave = [this] {
        bool ok = false;
        const QString comment =
            QInputDialog::getText(this, tr("Save version"), tr("What did you change, and why? (kept with the version)"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok) {
            saveVersion(comment);
        }
    };
    connect(save, &QAction::triggered, this, askAndSave);
    connect(m_ui->saveButton, &QPushButton::clicked, this, askAndSave);
    QAction* connectSelected =
        makeAction(tr("Connect the selected fields"), QKeySequence(QStringLiteral("Ctrl+L")), this);
    connect(connectSelected, &QAction::triggered, this, [this] {
        QTreeWidgetItem* s = m_sourceTree->currentItem();
        QTreeWidgetItem* t = m_targetTree->currentItem();
        if (s != nullptr && t != nullptr) {
            connectFields(s->data(0, MappingFieldTree::KeyRole).toString(),
                          t->data(0, MappingFieldTree::KeyRole).toString());
        }
    });
    QAction* remove = makeAction(tr("Remove mapping"), QKeySequence::Delete, m_targetTree, Qt::WidgetShortcut);
    m_canvas->addAction(remove);
    connect(remove, &QAction::triggered, this, &MappingsPage::removeSelectedConnection);
    QAction* copy = makeAction(tr("Copy mapping"), QKeySequence::Copy, m_targetTree, Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MappingsPage::copyConnection);
    QAction* paste = makeAction(tr("Paste mapping"), QKeySequence::Paste, m_targetTree, Qt::WidgetShortcut);
    connect(paste, &QAction::triggered, this, &MappingsPage::pasteConnection);
    m_targetTree->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Trees and canvas stay in step.
    for (MappingFieldTree* tree : {m_sourceTree, m_targetTree}) {
        connect(tree->verticalScrollBar(), &QScrollBar::valueChanged, this, &MappingsPage::redrawCurves);
        connect(tree, &QTreeWidget::itemExpanded, this, &MappingsPage::redrawCurves);
        connect(tree, &QTreeWidget::itemCollapsed, this, &MappingsPage::redrawCurves);
    }
    connect(m_canvas, &MappingCanvas::resized, this, &MappingsPage::redrawCurves);
    connect(m_canvas, &MappingCanvas::curveClicked, this, [this](const QString& key) { selectConnection(key); });
    connect(m_targetTree, &MappingFieldTree::fieldDropped, this,
            [this](const QString& source, QTreeWidgetItem* target) {
                connectFields(source, target->data(0, MappingFieldTree::KeyRole).toString());
            });
    m_targetTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_targetTree, &QWidget::customContextMenuRequested, this, &MappingsPage::showTargetMenu);
    connect(m_targetTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QString key = item != nullptr ? item->data(0, MappingFieldTree::KeyRole).toString() : QString();
        if (key != m_selectedKey) {
            m_selectedKey = key;
            m_selectedStep = -1;
            showSelection();
            redrawCurves();
        }
    });

    // The connection panel.
    connect(m_ui->stepsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_selectedStep) {
            selectStep(row);
        }
    });
    connect(m_ui->addStepButton, &QPushButton::clicked, this,
            [this] { addStep(m_ui->stepTypeComboBox->currentData().toString()); });
    connect(m_ui->removeStepButton, &QPushButton::clicked, this, &MappingsPage::removeSelectedStep);
    connect(m_ui->stepUpButton, &QPushButton::clicked, this, [this] { moveSelectedStep(-1); });
    connect(m_ui->stepDownButton, &QPushButton::clicked, this, [this] { moveSelectedStep(1); });
    connect(m_ui->removeConnectionButton, &QPushButton::clicked, this, &MappingsPage::removeSelectedConnection);
    connect(m_stepEditor, &StepEditor::stepChanged, this, [this](const QJsonObject& step) {
        mapping::MappingDocument doc = m_doc;
        mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
        if (f == nullptr || m_selectedStep < 0 || m_selectedStep >= f->steps.size()) {
            return;
        }
        f->steps[m_selectedStep] = step;
        m_editingStep = true;
        applyEdit(doc, tr("Change %1").arg(StepEditor::typeTitle(step.value(QStringLiteral("type")).toString())),
                  kStepEditMerge);
        m_editingStep = false;
        // The list shows the step's new description.
        if (QListWidgetItem* item = m_ui->stepsList->item(m_selectedStep)) {
            item->setText(QStringLiteral("%1. %2: %3")
                              .arg(m_selectedStep + 1)
                              .arg(StepEditor::typeTitle(step.value(QStringLiteral("type")).toString()),
                                   mapping::MappingDiff::describeStep(step)));
        }
    });
    connect(m_ui->addObjectButton, &QPushButton::clicked, this, [this] {
        const QString object = m_ui->addObjectComboBox->currentData().toString();
        mapping::MappingDocument doc = m_doc;
        mapping::TargetMapping t;
        t.object = object;
        QString id = object.toLower();
        for (int n = 2; std::any_of(doc.targets.begin(), doc.targets.end(),
                                    [&id](const mapping::TargetMapping& x) { return x.id == id; });
             ++n) {
            id = QStringLiteral("%1%2").arg(object.toLower()).arg(n);
        }
        t.id = id;
        // Its list of lines, when it has one, comes from the payment's order lines; a journal's
        // entries are made from the payment itself, a debit and a credit.
        if (const mapping::Schema* schema = engine::MappingPreview::targetSchema(object)) {
            const auto list =
                std::find_if(schema->fields().begin(), schema->fields().end(),
                             [](const mapping::SchemaField& f) { return f.type == mapping::FieldType::List; });
            if (list != schema->fields().end() && object == QLatin1String("GENTJL")) {
                t.lines = {mapping::LineMapping{QStringLiteral("$"), list->path, {}, tr("debit")},
                           mapping::LineMapping{QStringLiteral("$"), list->path, {}, tr("credit")}};
            } else if (list != schema->fields().end()) {
                t.lines = {mapping::LineMapping{QStringLiteral("lines"), list->path, {}, {}}};
            }
        }
        doc.targets.append(t);
        applyEdit(doc, tr("Add %1").arg(objectTitle(object)));
    });

    // Find.
    connect(m_ui->postableOnlyCheckBox, &QCheckBox::toggled, this, [this] {
        buildTargetTree();
        redrawCurves();
        if (!m_preview.commands.isEmpty() || !m_preview.problems.isEmpty()) {
            showPreview(m_preview);
        }
    });
    connect(m_ui->findLineEdit, &QLineEdit::returnPressed, this, [this] { findField(m_ui->findLineEdit->text()); });

    // Preview.
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &MappingsPage::runPreview);
    connect(m_ui->sampleComboBox, &QComboBox::activated, this, [this](int index) {
        m_sample = m_ui->sampleComboBox->itemData(index).toJsonObject();
        sampleChanged();
        schedulePreview();
    });
    connect(m_ui->sampleFileButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a sample payment"), QString(), tr("Payment as JSON (*.json)"));
        if (path.isEmpty()) {
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBox::warning(this, tr("Sample payment"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
            return;
        }
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        if (!json.isObject()) {
            MessageBox::warning(this, tr("Sample payment"),
                                tr("%1 is not a payment in JSON: %2.").arg(path, error.errorString()));
            return;
        }
        setSample(json.object(), tr("File: %1").arg(QFileInfo(path).fileName()));
    });
    connect(m_ui->problemsList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString key = item->data(Qt::UserRole).toString();
        if (!key.isEmpty()) {
            selectConnection(key);
        }
    });

    // Suggestions.
    connect(m_ui->acceptSuggestionButton, &QPushButton::clicked, this,
            [this] { acceptSuggestions(m_ui->suggestionsTree->selectedItems(), true); });
    connect(m_ui->rejectSuggestionButton, &QPushButton::clicked, this,
            [this] { acceptSuggestions(m_ui->suggestionsTree->selectedItems(), false); });
    connect(m_ui->bottomTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_suggestionsStale && m_ui->bottomTabs->currentWidget() == m_ui->suggestionsTab) {
            updateSuggestions();
        }
    });
    connect(m_ui->acceptAboveButton, &QPushButton::clicked, this,
            [this] { acceptSuggestionsAbove(m_ui->acceptAboveSpinBox->value()); });
    connect(m_ui->loadExampleButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a SYSPRO document keyed for the sample"), QString(),
                                         tr("SYSPRO document as XML (*.xml);;All files (*)"));
        if (!path.isEmpty()) {
            loadExample(path);
        }
    });
    connect(m_ui->clearExampleButton, &QPushButton::clicked, this, &MappingsPage::clearExamples);
    updateExampleLabel();

    // Versions.
    auto selectedVersions = [this] {
        QList<qint64> out;
        for (QTreeWidgetItem* item : m_ui->versionsTree->selectedItems()) {
            out.append(item->data(0, Qt::UserRole).toLongLong());
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    connect(m_ui->openVersionButton, &QPushButton::clicked, this, [this, selectedVersions] {
        const QList<qint64> v = selectedVersions();
        if (!v.isEmpty()) {
            openVersion(v.last());
        }
    });
    connect(m_ui->compareButton, &QPushButton::clicked, this, [this, selectedVersions] {
        const QList<qint64> v = selectedVersions();
        if (v.size() >= 2) {
            compareVersions(v.first(), v.last());
        } else if (v.size() == 1 && v.first() > 1) {
            compareVersions(v.first() - 1, v.first());
        } else {
            m_ui->diffList->clear();
            m_ui->diffList->addItem(tr("Select a version to compare with the one before it, or two versions."));
        }
    });
    connect(m_ui->activateButton, &QPushButton::clicked, this, [this, selectedVersions] {
        const QList<qint64> v = selectedVersions();
        if (v.size() != 1) {
            return;
        }
        const bool rollback = m_active && v.first() < m_active->version;
        const auto answer = MessageBox::question(
            this, tr("Use for posting"),
            rollback ? tr("Go back to version %1 for posting payments to SYSPRO? The engine uses it from its next "
                          "start; the change is recorded in the audit trail.")
                           .arg(v.first())
                     : tr("Use version %1 for posting payments to SYSPRO? The engine uses it from its next start; "
                          "the change is recorded in the audit trail.")
                           .arg(v.first()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes) {
            activateVersion(v.first());
        }
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this, selectedVersions] {
        const QList<qint64> v = selectedVersions();
        if (v.size() != 1) {
            return;
        }
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export mapping version %1").arg(v.first()),
                                         QStringLiteral("mapping-v%1.json").arg(v.first()), tr("Mapping (*.json)"));
        if (!path.isEmpty()) {
            exportVersion(v.first(), path);
        }
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import a mapping"), QString(), tr("Mapping (*.json)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(m_ui->templateButton, &QPushButton::clicked, this,
            [this] { startFromTemplate(m_ui->templateComboBox->currentData().toString()); });
    connect(m_ui->versionsTree, &QTreeWidget::itemSelectionChanged, this, &MappingsPage::updatePermissions);

    connect(&m_undo, &QUndoStack::cleanChanged, this, &MappingsPage::updateTitle);
    connect(&m_context, &AppContext::currentUserChanged, this, &MappingsPage::updatePermissions);

    setTabOrder(m_ui->findLineEdit, m_sourceTree);
    setTabOrder(m_sourceTree, m_targetTree);
    setTabOrder(m_targetTree, m_ui->stepsList);

    m_zoomPoint = m_targetTree->font().pointSize() > 0 ? m_targetTree->font().pointSize() : 10;
    buildSourceTree();
    updatePermissions();
    reload();
    loadRecentEvents();
}

MappingsPage::~MappingsPage() = default;

QString MappingsPage::keyOf(const QString& targetId, bool line, const QString& field)
{
    return groupKeyOf(targetId, line ? 0 : -1, field);
}

QString MappingsPage::groupKeyOf(const QString& targetId, int lineGroup, const QString& field)
{
    const QString part = lineGroup < 0    ? QStringLiteral("H")
                         : lineGroup == 0 ? QStringLiteral("L")
                                          : QStringLiteral("L%1").arg(lineGroup + 1);
    return QStringLiteral("%1|%2|%3").arg(targetId, part, field);
}

int MappingsPage::lineGroupOf(const QString& key)
{
    const QString part = key.section(QLatin1Char('|'), 1, 1);
    if (part == QLatin1String("H")) {
        return -1;
    }
    if (part == QLatin1String("L")) {
        return 0;
    }
    bool ok = false;
    const int n = part.startsWith(QLatin1Char('L')) ? part.mid(1).toInt(&ok) : 0;
    return ok && n >= 2 ? n - 1 : -2;
}

QString MappingsPage::lineGroupTitle(const mapping::TargetMapping& target, int lineGroup)
{
    if (lineGroup < 0 || lineGroup >= target.lines.size()) {
        return {};
    }
    const mapping::LineMapping& group = target.lines.at(lineGroup);
    const bool journal = target.object == QLatin1String("GENTJL");
    const bool credit = target.object == QLatin1String("SORTCH");
    QString title;
    if (group.from == QLatin1String("$")) {
        // One line made from the event itself.
        title = journal  ? tr("Journal entry %1 (from the payment)").arg(lineGroup + 1)
                : credit ? tr("Credit note line %1 (from the payment)").arg(lineGroup + 1)
                         : tr("Line %1 (from the payment)").arg(lineGroup + 1);
    } else if (target.lines.size() == 1) {
        title = journal  ? tr("Journal entries (one for each entry of %1)").arg(group.from)
                : credit ? tr("Credit note lines (one for each entry of %1)").arg(group.from)
                         : tr("Lines (one for each entry of %1)").arg(group.from);
    } else {
        title = journal ? tr("Journal entries, group %1 (one for each entry of %2)").arg(lineGroup + 1).arg(group.from)
                : credit
                    ? tr("Credit note lines, group %1 (one for each entry of %2)").arg(lineGroup + 1).arg(group.from)
                    : tr("Lines, group %1 (one for each entry of %2)").arg(lineGroup + 1).arg(group.from);
    }
    return group.note.isEmpty() ? title : tr("%1, %2").arg(title, group.note);
}

bool MappingsPage::isBusy() const
{
    return m_worker->pending() > 0 || m_previewsRunning > 0 || m_previewTimer.isActive();
}

QString MappingsPage::previewText() const
{
    return m_ui->previewText->toPlainText();
}

QStringList MappingsPage::diffLines() const
{
    QStringList out;
    for (int i = 0; i < m_ui->diffList->count(); ++i) {
        out.append(m_ui->diffList->item(i)->text());
    }
    return out;
}

QString MappingsPage::currentUser() const
{
    return m_context.currentUser().login;
}

bool MappingsPage::confirmLeave()
{
    if (!hasUnsavedChanges()) {
        return true;
    }
    const auto answer = MessageBox::question(
        this, tr("Unsaved mapping"), tr("The mapping has changes that are not saved as a version. Save them now?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        saveVersion(tr("Saved when leaving the Mappings page."));
        return true;
    }
    // Discard: back to the version the editing started from.
    m_undo.setIndex(m_undo.cleanIndex() >= 0 ? m_undo.cleanIndex() : 0);
    return true;
}

// ---- the document ------------------------------------------------------------------------

mapping::FieldMapping* MappingsPage::fieldOf(mapping::MappingDocument& doc, const QString& key) const
{
    const QStringList parts = key.split(QLatin1Char('|'));
    if (parts.size() != 3) {
        return nullptr;
    }
    for (mapping::TargetMapping& t : doc.targets) {
        if (t.id != parts[0]) {
            continue;
        }
        QList<mapping::FieldMapping>* fields = fieldListOf(t, lineGroupOf(key));
        if (fields == nullptr) {
            return nullptr;
        }
        for (mapping::FieldMapping& f : *fields) {
            if (f.target == parts[2]) {
                return &f;
            }
        }
    }
    return nullptr;
}

void MappingsPage::applyEdit(const mapping::MappingDocument& doc, const QString& text, int mergeId)
{
    if (!m_canEdit) {
        return;
    }
    m_undo.push(new DocumentCommand(this, m_doc, doc, text, mergeId,
                                    QStringLiteral("%1#%2").arg(m_selectedKey).arg(m_selectedStep)));
}

void MappingsPage::loadDocument(const mapping::MappingDocument& doc, std::optional<qint64> version)
{
    m_baseVersion = version;
    m_undo.clear();
    setDocument(doc, true);
    m_undo.setClean();
    updateTitle();
}

void MappingsPage::setDocument(const mapping::MappingDocument& doc, bool rebuildTargets)
{
    m_doc = doc;
    collectConnections();
    // Fields outside the schema (an address block, a posting setting) have rows of their own:
    // rebuild when one is missing or one is left over.
    bool rows = !rebuildTargets && !m_targetItems.isEmpty();
    for (qsizetype i = 0; rows && i < m_connections.size(); ++i) {
        rows = m_targetItems.contains(m_connections.at(i).key);
    }
    for (auto it = m_extraKeys.cbegin(); rows && it != m_extraKeys.cend(); ++it) {
        rows = std::any_of(m_connections.cbegin(), m_connections.cend(),
                           [&it](const Connection& c) { return c.key == *it; });
    }
    if (!rows) {
        buildTargetTree();
    }
    // Mapped fields in bold, so that a reader sees at once what is filled.
    QSet<QString> mappedKeys;
    for (const Connection& c : std::as_const(m_connections)) {
        mappedKeys.insert(c.key);
    }
    for (auto it = m_targetItems.begin(); it != m_targetItems.end(); ++it) {
        QFont f = it.value()->font(0);
        if (f.bold() != mappedKeys.contains(it.key())) {
            f.setBold(mappedKeys.contains(it.key()));
            it.value()->setFont(0, f);
        }
    }
    redrawCurves();
    if (!m_editingStep) {
        showSelection();
    }
    schedulePreview();
    updateTitle();
}

void MappingsPage::collectConnections()
{
    m_connections.clear();
    for (const mapping::TargetMapping& t : m_doc.targets) {
        for (const mapping::FieldMapping& f : t.fields) {
            Connection c{keyOf(t.id, false, f.target), t.id, false, f.target, {}};
            collectSources(f.steps, {}, &c.sources);
            m_connections.append(c);
        }
        for (qsizetype g = 0; g < t.lines.size(); ++g) {
            const mapping::LineMapping& group = t.lines.at(g);
            for (const mapping::FieldMapping& f : group.fields) {
                Connection c{groupKeyOf(t.id, int(g), f.target), t.id, true, f.target, {}, int(g)};
                // "$": the group's line is made from the event itself, its paths are the event's.
                collectSources(f.steps, group.from == QLatin1String("$") ? QString() : group.from, &c.sources);
                m_connections.append(c);
            }
        }
    }
}

void MappingsPage::buildSourceTree()
{
    m_sourceTree->clear();
    m_sourceItems.clear();
    std::function<void(int, QTreeWidgetItem*)> add = [&](int index, QTreeWidgetItem* parent) {
        const mapping::SchemaField& f = m_source.fields().at(index);
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_sourceTree);
        item->setText(0, f.name);
        item->setText(1, typeText(f));
        item->setText(2, f.isLeaf() ? f.sampleText() : QString());
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(f.path, f.description));
        item->setData(0, MappingFieldTree::KeyRole, f.path);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (f.isLeaf()) {
            flags |= Qt::ItemIsDragEnabled;
        }
        item->setFlags(flags);
        m_sourceItems.insert(f.path, item);
        for (int child : f.children) {
            add(child, item);
        }
    };
    for (int index : m_source.topLevel()) {
        add(index, nullptr);
    }
    m_sourceTree->expandAll();
    m_sourceTree->header()->resizeSection(0, 160);
    m_sourceTree->header()->resizeSection(1, 70);
}

void MappingsPage::buildTargetTree()
{
    // Keep what is selected across rebuilds (clearing the tree must not unselect the field).
    const QString selected = m_selectedKey;
    const QSignalBlocker block(m_targetTree);
    m_targetTree->clear();
    m_targetItems.clear();
    m_targetBaseToolTips.clear();
    m_extraKeys.clear();
    for (const mapping::TargetMapping& t : m_doc.targets) {
        auto* root = new QTreeWidgetItem(m_targetTree);
        root->setText(0, tr("%1 (%2)").arg(objectTitle(t.object), t.object));
        root->setToolTip(0, t.when ? tr("Made for each payment where %1.")
                                         .arg(mapping::MappingDiff::describeStep(
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("condition")},
                                                         {QStringLiteral("if"), *t.when}}))
                                   : tr("Made for every payment."));
        root->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        root->setData(0, kGroupRole, groupKeyOf(t.id, -1, {}));
        QFont bold = root->font(0);
        bold.setBold(true);
        root->setFont(0, bold);
        const mapping::Schema* schema = engine::MappingPreview::targetSchema(t.object);
        const engine::ErpDocuments::PostableFields postable = engine::ErpDocuments::postableFields(t.object);
        const bool filter = m_ui->postableOnlyCheckBox->isChecked() && !postable.header.isEmpty();
        QSet<QString> shown;
        // Every line group fills the same list of the document (StockLine, Item.JournalDetails).
        const QString element = t.lines.isEmpty() ? QString() : t.lines.first().element;
        if (schema != nullptr) {
            // Whether the bridge posts a leaf, or a group holds one it posts.
            std::function<bool(const mapping::SchemaField&, bool)> posts = [&](const mapping::SchemaField& f,
                                                                               bool line) {
                if (f.isLeaf()) {
                    return line ? postable.lines.contains(f.path.mid(element.size() + 1))
                                : postable.header.contains(f.path);
                }
                return std::any_of(f.children.begin(), f.children.end(),
                                   [&](int child) { return posts(schema->fields().at(child), line); });
            };
            // `lineGroup` -1: the header, where lists are left out (each line group shows its own).
            std::function<void(int, QTreeWidgetItem*, int)> add = [&](int index, QTreeWidgetItem* parent,
                                                                      int lineGroup) {
                const mapping::SchemaField& f = schema->fields().at(index);
                const bool line = lineGroup >= 0;
                if (!line && f.type == mapping::FieldType::List) {
                    return;
                }
                const bool posted = postable.header.isEmpty() || posts(f, line);
                if (filter && !posted) {
                    return;
                }
                auto* item = new QTreeWidgetItem(parent);
                item->setText(0, f.name);
                item->setText(1, f.mandatory ? tr("required") : QString());
                item->setText(2, typeText(f));
                item->setText(3, f.maxLength > 0 ? QString::number(f.maxLength) : QString());
                Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
                if (f.isLeaf()) {
                    const QString field =
                        line ? f.path.mid(element.size() + 1) : f.path; // StockLine.StockCode → StockCode
                    const QString key = groupKeyOf(t.id, lineGroup, field);
                    item->setData(0, MappingFieldTree::KeyRole, key);
                    m_targetItems.insert(key, item);
                    shown.insert(key);
                    QString tip = QStringLiteral("%1 %2\n%3").arg(t.object, f.path, f.description);
                    if (line && t.lines.size() > 1) {
                        tip += QLatin1Char('\n') + lineGroupTitle(t, lineGroup);
                    }
                    if (posted) {
                        flags |= Qt::ItemIsDropEnabled;
                    } else {
                        tip += QLatin1Char('\n') + tr("The bridge does not post this field to SYSPRO.");
                        for (int c = 0; c < 5; ++c) {
                            item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
                        }
                    }
                    item->setToolTip(0, tip);
                    m_targetBaseToolTips.insert(key, tip);
                }
                item->setFlags(flags);
                for (int child : f.children) {
                    add(child, item, lineGroup);
                }
            };
            for (int index : schema->topLevel()) {
                add(index, root, -1);
            }
            // Each line group under a heading of its own: "Journal entry 1 (from the payment)".
            const mapping::SchemaField* list = element.isEmpty() ? nullptr : schema->find(element);
            for (qsizetype g = 0; list != nullptr && g < t.lines.size(); ++g) {
                auto* heading = new QTreeWidgetItem(root);
                heading->setText(0, lineGroupTitle(t, int(g)));
                heading->setText(2, typeText(*list));
                heading->setToolTip(0, QStringLiteral("%1 %2\n%3").arg(t.object, list->path, list->description));
                heading->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                heading->setData(0, kGroupRole, groupKeyOf(t.id, int(g), {}));
                for (int child : list->children) {
                    add(child, heading, int(g));
                }
            }
        }
        // Fields the document maps that the schema does not list (an address block, a call
        // parameter such as OrderStatus): rows of their own.
        auto addExtra = [&](const mapping::FieldMapping& f, int lineGroup) {
            const QString key = groupKeyOf(t.id, lineGroup, f.target);
            if (shown.contains(key)) {
                return;
            }
            auto* item = new QTreeWidgetItem(root);
            item->setText(0, f.target.section(QLatin1Char('.'), -1));
            const bool address = std::any_of(f.steps.begin(), f.steps.end(), [](const QJsonValue& step) {
                return step.toObject().value(QStringLiteral("type")).toString() == QLatin1String("address");
            });
            item->setText(2, address ? tr("address lines") : tr("posting setting"));
            item->setData(0, MappingFieldTree::KeyRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
            const QString tip = f.note.isEmpty() ? f.target : f.note;
            item->setToolTip(0, tip);
            m_targetBaseToolTips.insert(key, tip);
            m_targetItems.insert(key, item);
            m_extraKeys.insert(key);
        };
        for (const mapping::FieldMapping& f : t.fields) {
            addExtra(f, -1);
        }
        for (qsizetype g = 0; g < t.lines.size(); ++g) {
            for (const mapping::FieldMapping& f : t.lines.at(g).fields) {
                addExtra(f, int(g));
            }
        }
    }
    m_targetTree->expandAll();
    m_targetTree->header()->resizeSection(0, 210);
    m_targetTree->header()->resizeSection(1, 70);
    m_targetTree->header()->resizeSection(2, 90);
    m_targetTree->header()->resizeSection(3, 55);
    if (!m_canEdit) {
        for (QTreeWidgetItem* item : std::as_const(m_targetItems)) {
            item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        }
    }
    if (QTreeWidgetItem* item = m_targetItems.value(selected)) {
        m_targetTree->setCurrentItem(item);
    }
}

void MappingsPage::redrawCurves()
{
    QList<MappingCanvas::Curve> curves;
    for (const Connection& c : std::as_const(m_connections)) {
        QTreeWidgetItem* target = m_targetItems.value(c.key);
        if (target == nullptr) {
            continue;
        }
        bool targetShown = false;
        const int targetY = m_targetTree->rowCentreY(target, m_canvas->viewport(), &targetShown);
        for (const QString& source : c.sources) {
            QString path = source;
            QTreeWidgetItem* item = m_sourceItems.value(path);
            while (item == nullptr && path.contains(QLatin1Char('.'))) {
                path = path.section(QLatin1Char('.'), 0, -2);
                item = m_sourceItems.value(path);
            }
            if (item == nullptr) {
                continue;
            }
            bool sourceShown = false;
            const int sourceY = m_sourceTree->rowCentreY(item, m_canvas->viewport(), &sourceShown);
            if (!sourceShown && !targetShown && c.key != m_selectedKey) {
                continue; // both rows scrolled away or folded: nothing to see
            }
            curves.append({c.key, sourceY, targetY, m_problemByKey.contains(c.key), !(sourceShown && targetShown),
                           tr("%1 → %2").arg(source, target->text(0))});
        }
    }
    m_canvas->setCurves(curves, m_selectedKey);
}

QStringList MappingsPage::sourcePathsFor(const QString& key) const
{
    const int lineGroup = lineGroupOf(key);
    QString lineFrom;
    for (const mapping::TargetMapping& t : m_doc.targets) {
        if (t.id == key.section(QLatin1Char('|'), 0, 0) && lineGroup >= 0 && lineGroup < t.lines.size()) {
            lineFrom = t.lines.at(lineGroup).from;
        }
    }
    // A line made from the event itself ("$") reads the event's fields as the header does.
    const bool line = lineGroup >= 0 && lineFrom != QLatin1String("$");
    QStringList out;
    for (const mapping::SchemaField& f : m_source.fields()) {
        if (line && f.path.startsWith(lineFrom + QLatin1Char('.'))) {
            out.append(f.path.mid(lineFrom.size() + 1));
        } else if (!f.repeated) {
            out.append(line ? QStringLiteral("$.") + f.path : f.path);
        }
    }
    return out;
}

// ---- selection and the connection panel ------------------------------------------------------

bool MappingsPage::selectConnection(const QString& key)
{
    QTreeWidgetItem* item = m_targetItems.value(key);
    if (item == nullptr) {
        return false;
    }
    m_targetTree->setCurrentItem(item);
    m_targetTree->scrollToItem(item);
    if (m_selectedKey != key) {
        m_selectedKey = key;
        m_selectedStep = -1;
        showSelection();
        redrawCurves();
    }
    return true;
}

void MappingsPage::showSelection(bool steps)
{
    const bool field = !m_selectedKey.isEmpty();
    QTreeWidgetItem* item = m_targetItems.value(m_selectedKey);
    mapping::MappingDocument doc = m_doc;
    const mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    if (!field || item == nullptr) {
        m_ui->connectionTitleLabel->setText(tr("Select a line or a SYSPRO field to see how its value is made."));
        m_ui->connectionDetailLabel->clear();
    } else {
        const QString targetId = m_selectedKey.section(QLatin1Char('|'), 0, 0);
        const int lineGroup = lineGroupOf(m_selectedKey);
        QString object;
        QString group;
        for (const mapping::TargetMapping& t : m_doc.targets) {
            if (t.id == targetId) {
                object = t.object;
                group = t.lines.size() > 1 ? lineGroupTitle(t, lineGroup) : QString();
            }
        }
        m_ui->connectionTitleLabel->setText(
            group.isEmpty() ? tr("%1 in %2 (%3)").arg(item->text(0), objectTitle(object), object)
                            : tr("%1 of %2 in %3 (%4)").arg(item->text(0), group, objectTitle(object), object));
        QStringList detail;
        if (!item->text(1).isEmpty()) {
            detail.append(tr("SYSPRO requires this field."));
        }
        if (!item->text(3).isEmpty()) {
            detail.append(tr("At most %1 characters.").arg(item->text(3)));
        }
        if (f == nullptr) {
            detail.append(tr("Nothing is mapped to it yet: drag a payment field onto it, or add a step."));
        } else {
            detail.append(tr("Made as: %1.").arg(mapping::MappingDiff::describeSteps(f->steps)));
            if (!f->note.isEmpty()) {
                detail.append(tr("Note: %1").arg(f->note));
            }
        }
        if (const QString problem = m_problemByKey.value(m_selectedKey); !problem.isEmpty()) {
            detail.append(tr("Problem: %1").arg(problem));
        }
        m_ui->connectionDetailLabel->setText(detail.join(QLatin1Char('\n')));
    }
    if (steps) {
        showSteps();
    }
    updatePermissions();
}

void MappingsPage::showSteps()
{
    mapping::MappingDocument doc = m_doc;
    const mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    {
        const QSignalBlocker block(m_ui->stepsList);
        m_ui->stepsList->clear();
        if (f != nullptr) {
            for (qsizetype i = 0; i < f->steps.size(); ++i) {
                const QJsonObject step = f->steps.at(i).toObject();
                m_ui->stepsList->addItem(QStringLiteral("%1. %2: %3")
                                             .arg(i + 1)
                                             .arg(StepEditor::typeTitle(step.value(QStringLiteral("type")).toString()),
                                                  mapping::MappingDiff::describeStep(step)));
            }
            if (m_selectedStep >= f->steps.size()) {
                m_selectedStep = int(f->steps.size()) - 1;
            }
            if (m_selectedStep < 0 && !f->steps.isEmpty()) {
                m_selectedStep = 0;
            }
            m_ui->stepsList->setCurrentRow(m_selectedStep);
        } else {
            m_selectedStep = -1;
        }
    }
    if (f != nullptr && m_selectedStep >= 0) {
        m_stepEditor->setStep(f->steps.at(m_selectedStep).toObject(), sourcePathsFor(m_selectedKey), !m_canEdit);
    } else {
        m_stepEditor->clear();
    }
}

bool MappingsPage::selectStep(int index)
{
    mapping::MappingDocument doc = m_doc;
    const mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    if (f == nullptr || index < 0 || index >= f->steps.size()) {
        return false;
    }
    m_selectedStep = index;
    showSteps();
    updatePermissions();
    return true;
}

bool MappingsPage::addStep(const QString& type)
{
    if (m_selectedKey.isEmpty() || !m_canEdit) {
        return false;
    }
    mapping::MappingDocument doc = m_doc;
    mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    QString source;
    if (QTreeWidgetItem* s = m_sourceTree->currentItem()) {
        source = s->data(0, MappingFieldTree::KeyRole).toString();
    }
    const QJsonObject step = StepEditor::newStep(type, source);
    if (f == nullptr) {
        // The first step of a field nothing was mapped to.
        const QStringList parts = m_selectedKey.split(QLatin1Char('|'));
        for (mapping::TargetMapping& t : doc.targets) {
            if (t.id != parts[0]) {
                continue;
            }
            if (QList<mapping::FieldMapping>* fields = fieldListOf(t, lineGroupOf(m_selectedKey))) {
                fields->append(mapping::FieldMapping{parts[2], QJsonArray{step}, {}});
            }
        }
        m_selectedStep = 0;
    } else {
        const int at = m_selectedStep < 0 ? int(f->steps.size()) : m_selectedStep + 1;
        f->steps.insert(at, step);
        m_selectedStep = at;
    }
    applyEdit(doc, tr("Add step: %1").arg(StepEditor::typeTitle(type)));
    return true;
}

void MappingsPage::removeSelectedStep()
{
    mapping::MappingDocument doc = m_doc;
    mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    if (f == nullptr || m_selectedStep < 0 || m_selectedStep >= f->steps.size()) {
        return;
    }
    f->steps.removeAt(m_selectedStep);
    if (f->steps.isEmpty()) {
        removeSelectedConnection();
        return;
    }
    m_selectedStep = std::max(0, m_selectedStep - 1);
    applyEdit(doc, tr("Remove step"));
}

void MappingsPage::moveSelectedStep(int delta)
{
    mapping::MappingDocument doc = m_doc;
    mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    const int to = m_selectedStep + delta;
    if (f == nullptr || m_selectedStep < 0 || to < 0 || to >= f->steps.size()) {
        return;
    }
    const QJsonValue step = f->steps.at(m_selectedStep);
    f->steps.removeAt(m_selectedStep);
    f->steps.insert(to, step);
    m_selectedStep = to;
    applyEdit(doc, tr("Move step"));
}

void MappingsPage::removeSelectedConnection()
{
    const QStringList parts = m_selectedKey.split(QLatin1Char('|'));
    if (parts.size() != 3 || !m_canEdit) {
        return;
    }
    mapping::MappingDocument doc = m_doc;
    bool removed = false;
    for (mapping::TargetMapping& t : doc.targets) {
        if (t.id != parts[0]) {
            continue;
        }
        QList<mapping::FieldMapping>* fields = fieldListOf(t, lineGroupOf(m_selectedKey));
        removed = fields != nullptr &&
                  fields->removeIf([&](const mapping::FieldMapping& f) { return f.target == parts[2]; }) > 0;
    }
    if (removed) {
        m_selectedStep = -1;
        applyEdit(doc, tr("Remove the mapping of %1").arg(parts[2]));
    }
}

bool MappingsPage::addLineGroup(const QString& targetId, int like)
{
    if (!m_canEdit) {
        return false;
    }
    mapping::MappingDocument doc = m_doc;
    for (mapping::TargetMapping& t : doc.targets) {
        if (t.id != targetId) {
            continue;
        }
        mapping::LineMapping group;
        group.from = QStringLiteral("$");
        if (like >= 0 && like < t.lines.size()) {
            group.from = t.lines.at(like).from;
            group.element = t.lines.at(like).element;
        } else if (!t.lines.isEmpty()) {
            group.element = t.lines.first().element;
        } else if (const mapping::Schema* schema = engine::MappingPreview::targetSchema(t.object)) {
            const auto list =
                std::find_if(schema->fields().begin(), schema->fields().end(),
                             [](const mapping::SchemaField& f) { return f.type == mapping::FieldType::List; });
            group.element = list != schema->fields().end() ? list->path : QString();
        }
        if (group.element.isEmpty()) {
            return false; // the document has no lines to add
        }
        t.lines.append(group);
        applyEdit(doc, tr("Add line group %1 to %2").arg(t.lines.size()).arg(objectTitle(t.object)));
        return true;
    }
    return false;
}

bool MappingsPage::removeLineGroup(const QString& targetId, int lineGroup)
{
    if (!m_canEdit) {
        return false;
    }
    mapping::MappingDocument doc = m_doc;
    for (mapping::TargetMapping& t : doc.targets) {
        if (t.id != targetId || lineGroup < 0 || lineGroup >= t.lines.size()) {
            continue;
        }
        const QString title = lineGroupTitle(t, lineGroup);
        t.lines.removeAt(lineGroup);
        // The later groups move up: a selection in them would name another group's field.
        if (m_selectedKey.section(QLatin1Char('|'), 0, 0) == targetId && lineGroupOf(m_selectedKey) >= lineGroup) {
            m_selectedKey.clear();
            m_selectedStep = -1;
        }
        applyEdit(doc, tr("Remove %1").arg(title));
        return true;
    }
    return false;
}

void MappingsPage::showTargetMenu(const QPoint& at)
{
    QTreeWidgetItem* item = m_targetTree->itemAt(at);
    if (item == nullptr || !m_canEdit) {
        return;
    }
    // The document and line group the row belongs to: its own mark, or its field's key.
    QString key = item->data(0, kGroupRole).toString();
    if (key.isEmpty()) {
        key = item->data(0, MappingFieldTree::KeyRole).toString();
    }
    const QString targetId = key.section(QLatin1Char('|'), 0, 0);
    const int lineGroup = lineGroupOf(key);
    const auto target = std::find_if(m_doc.targets.cbegin(), m_doc.targets.cend(),
                                     [&targetId](const mapping::TargetMapping& t) { return t.id == targetId; });
    if (target == m_doc.targets.cend() || lineGroup >= target->lines.size()) {
        return;
    }
    const mapping::Schema* schema = engine::MappingPreview::targetSchema(target->object);
    const bool hasList =
        !target->lines.isEmpty() ||
        (schema != nullptr && std::any_of(schema->fields().begin(), schema->fields().end(),
                                          [](const auto& f) { return f.type == mapping::FieldType::List; }));
    if (!hasList) {
        return; // an AR receipt or note has no lines
    }
    QMenu menu(this);
    QAction* fromPayment = menu.addAction(tr("Add a line made from the payment"));
    QAction* likeThis = nullptr;
    QAction* remove = nullptr;
    if (lineGroup >= 0) {
        if (target->lines.at(lineGroup).from != QLatin1String("$")) {
            likeThis = menu.addAction(tr("Add lines from %1 again").arg(target->lines.at(lineGroup).from));
        }
        remove = menu.addAction(tr("Remove \"%1\"").arg(lineGroupTitle(*target, lineGroup)));
    }
    QAction* chosen = menu.exec(m_targetTree->viewport()->mapToGlobal(at));
    if (chosen == nullptr) {
        return;
    }
    if (chosen == fromPayment) {
        addLineGroup(targetId, -1);
    } else if (chosen == likeThis) {
        addLineGroup(targetId, lineGroup);
    } else if (chosen == remove) {
        removeLineGroup(targetId, lineGroup);
    }
}

void MappingsPage::copyConnection()
{
    mapping::MappingDocument doc = m_doc;
    const mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    if (f == nullptr) {
        return;
    }
    const QJsonObject json{{QStringLiteral("steps"), f->steps}, {QStringLiteral("note"), f->note}};
    auto* data = new QMimeData;
    data->setData(kClipboardType, QJsonDocument(json).toJson(QJsonDocument::Compact));
    data->setText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    QApplication::clipboard()->setMimeData(data);
}

void MappingsPage::pasteConnection()
{
    const QMimeData* data = QApplication::clipboard()->mimeData();
    const QStringList parts = m_selectedKey.split(QLatin1Char('|'));
    if (data == nullptr || !data->hasFormat(kClipboardType) || parts.size() != 3) {
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(data->data(kClipboardType)).object();
    mapping::MappingDocument doc = m_doc;
    if (mapping::FieldMapping* f = fieldOf(doc, m_selectedKey)) {
        f->steps = json.value(QStringLiteral("steps")).toArray();
    } else {
        for (mapping::TargetMapping& t : doc.targets) {
            if (t.id == parts[0]) {
                mapping::FieldMapping added{parts[2], json.value(QStringLiteral("steps")).toArray(),
                                            json.value(QStringLiteral("note")).toString()};
                if (QList<mapping::FieldMapping>* fields = fieldListOf(t, lineGroupOf(m_selectedKey))) {
                    fields->append(added);
                }
            }
        }
    }
    m_selectedStep = -1;
    applyEdit(doc, tr("Paste the mapping onto %1").arg(parts[2]));
}

bool MappingsPage::connectFields(const QString& sourcePath, const QString& targetKey)
{
    if (!m_canEdit) {
        MessageBox::information(this, tr("Mappings"), tr("Only an administrator can change the mapping."));
        return false;
    }
    const QStringList parts = targetKey.split(QLatin1Char('|'));
    const mapping::SchemaField* source = m_source.find(sourcePath);
    if (parts.size() != 3 || source == nullptr) {
        return false;
    }
    if (!source->isLeaf()) {
        MessageBox::information(this, tr("Mappings"),
                                tr("%1 is a group of fields. Drag one of its fields, or add a \"Standardise an "
                                   "address\" step to the SYSPRO field.")
                                    .arg(sourcePath));
        return false;
    }
    mapping::MappingDocument doc = m_doc;
    mapping::TargetMapping* target = nullptr;
    for (mapping::TargetMapping& t : doc.targets) {
        if (t.id == parts[0]) {
            target = &t;
        }
    }
    if (target == nullptr) {
        return false;
    }
    const int lineGroup = lineGroupOf(targetKey);
    QList<mapping::FieldMapping>* fields = fieldListOf(*target, lineGroup);
    if (fields == nullptr) {
        return false;
    }
    const bool line = lineGroup >= 0;
    const engine::ErpDocuments::PostableFields postable = engine::ErpDocuments::postableFields(target->object);
    if (!postable.header.isEmpty() && !(line ? postable.lines : postable.header).contains(parts[2]) &&
        fieldOf(doc, targetKey) == nullptr) {
        MessageBox::information(this, tr("Mappings"),
                                tr("The bridge does not post %1 to SYSPRO, so a value there would be refused. "
                                   "Choose one of the fields shown in black.")
                                    .arg(parts[2]));
        return false;
    }
    QString path = sourcePath;
    const bool fromEvent = line && target->lines.at(lineGroup).from == QLatin1String("$");
    if (line && !fromEvent) {
        const QString prefix = target->lines.at(lineGroup).from + QLatin1Char('.');
        path = sourcePath.startsWith(prefix) ? sourcePath.mid(prefix.size()) : QStringLiteral("$.") + sourcePath;
    } else if (source->repeated) {
        MessageBox::information(this, tr("Mappings"),
                                fromEvent ? tr("%1 is a field of each order line, and this line is made from the "
                                               "payment itself, not from its order lines. Connect a field of the "
                                               "payment.")
                                                .arg(sourcePath)
                                          : tr("%1 is a field of each order line; connect it to a field of the lines "
                                               "(for example StockLine), not of the header.")
                                                .arg(sourcePath));
        return false;
    }
    const QJsonObject read{{QStringLiteral("type"), QStringLiteral("path")}, {QStringLiteral("path"), path}};
    if (mapping::FieldMapping* f = fieldOf(doc, targetKey)) {
        if (!f->steps.isEmpty() &&
            f->steps.at(0).toObject().value(QStringLiteral("type")).toString() == QLatin1String("path")) {
            QJsonObject first = f->steps.at(0).toObject();
            first.insert(QStringLiteral("path"), path);
            f->steps[0] = first;
        } else {
            f->steps.insert(0, read);
        }
    } else {
        fields->append(mapping::FieldMapping{parts[2], QJsonArray{read}, {}});
    }
    m_selectedKey = targetKey;
    m_selectedStep = 0;
    applyEdit(doc, tr("Connect %1 to %2").arg(sourcePath, parts[2]));
    selectConnection(targetKey);
    return true;
}

// ---- zoom and find ---------------------------------------------------------------------------

void MappingsPage::setZoom(int point)
{
    m_zoomPoint = std::clamp(point, 6, 24);
    for (QTreeWidget* tree : {static_cast<QTreeWidget*>(m_sourceTree), static_cast<QTreeWidget*>(m_targetTree)}) {
        QFont f = tree->font();
        f.setPointSize(m_zoomPoint);
        tree->setFont(f);
    }
    // Rows are laid out again before the curves follow them.
    QTimer::singleShot(0, this, &MappingsPage::redrawCurves);
}

void MappingsPage::fitToView()
{
    m_sourceTree->expandAll();
    m_targetTree->expandAll();
    auto rows = [](QTreeWidget* tree) {
        int n = 0;
        for (QTreeWidgetItemIterator it(tree); *it != nullptr; ++it) {
            ++n;
        }
        return n;
    };
    const int needed = std::max(rows(m_sourceTree), rows(m_targetTree));
    const int height = std::min(m_sourceTree->viewport()->height(), m_targetTree->viewport()->height());
    int point = 12;
    for (; point > 6; --point) {
        QFont f = m_targetTree->font();
        f.setPointSize(point);
        const int rowHeight = QFontMetrics(f).height() + 4;
        if (rowHeight * needed <= height) {
            break;
        }
    }
    setZoom(point);
}

bool MappingsPage::findField(const QString& rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        return false;
    }
    if (text != m_lastFind) {
        m_lastFind = text;
        m_findIndex = -1;
    }
    QList<QTreeWidgetItem*> matches;
    for (QTreeWidget* tree : {static_cast<QTreeWidget*>(m_sourceTree), static_cast<QTreeWidget*>(m_targetTree)}) {
        for (QTreeWidgetItemIterator it(tree); *it != nullptr; ++it) {
            if ((*it)->text(0).contains(text, Qt::CaseInsensitive) ||
                (*it)->data(0, MappingFieldTree::KeyRole).toString().contains(text, Qt::CaseInsensitive)) {
                matches.append(*it);
            }
        }
    }
    if (matches.isEmpty()) {
        m_ui->findLineEdit->setToolTip(tr("No field's name contains \"%1\".").arg(text));
        m_ui->findLineEdit->setStyleSheet(QStringLiteral("background: #fde2e1;"));
        return false;
    }
    m_ui->findLineEdit->setStyleSheet({});
    m_findIndex = (m_findIndex + 1) % int(matches.size());
    QTreeWidgetItem* item = matches.at(m_findIndex);
    m_ui->findLineEdit->setToolTip(
        tr("Match %1 of %2; press Enter for the next.").arg(m_findIndex + 1).arg(matches.size()));
    for (QTreeWidgetItem* p = item->parent(); p != nullptr; p = p->parent()) {
        p->setExpanded(true);
    }
    item->treeWidget()->setCurrentItem(item);
    item->treeWidget()->scrollToItem(item, QAbstractItemView::PositionAtCenter);
    return true;
}

// ---- permissions and title -----------------------------------------------------------------

void MappingsPage::updatePermissions()
{
    const bool couldEdit = m_canEdit;
    m_canEdit = m_context.can(Action::EditMappings);
    m_canActivate = m_context.can(Action::ActivateMapping);
    m_ui->readOnlyLabel->setVisible(!m_canEdit);
    mapping::MappingDocument doc = m_doc;
    const mapping::FieldMapping* f = fieldOf(doc, m_selectedKey);
    const bool field = !m_selectedKey.isEmpty();
    m_ui->saveButton->setEnabled(m_canEdit);
    m_ui->addStepButton->setEnabled(m_canEdit && field);
    m_ui->stepTypeComboBox->setEnabled(m_canEdit && field);
    m_ui->removeStepButton->setEnabled(m_canEdit && f != nullptr && m_selectedStep >= 0);
    m_ui->stepUpButton->setEnabled(m_canEdit && f != nullptr && m_selectedStep > 0);
    m_ui->stepDownButton->setEnabled(m_canEdit && f != nullptr && m_selectedStep >= 0 &&
                                     m_selectedStep + 1 < f->steps.size());
    m_ui->removeConnectionButton->setEnabled(m_canEdit && f != nullptr);
    m_ui->addObjectButton->setEnabled(m_canEdit);
    m_ui->addObjectComboBox->setEnabled(m_canEdit);
    m_ui->templateButton->setEnabled(m_canEdit);
    m_ui->importButton->setEnabled(m_canEdit);
    const int selectedVersions = int(m_ui->versionsTree->selectedItems().size());
    m_ui->activateButton->setEnabled(m_canActivate && selectedVersions == 1);
    m_ui->activateButton->setToolTip(m_canActivate ? tr("Post payments with the selected version from the engine's "
                                                        "next start (or go back to an older one).")
                                                   : tr("Only an administrator can choose the version used for "
                                                        "posting."));
    m_ui->openVersionButton->setEnabled(selectedVersions >= 1);
    m_ui->exportButton->setEnabled(selectedVersions == 1);
    m_ui->compareButton->setEnabled(selectedVersions >= 1);
    m_ui->acceptSuggestionButton->setEnabled(m_canEdit);
    m_ui->rejectSuggestionButton->setEnabled(m_canEdit);
    m_ui->acceptAboveButton->setEnabled(m_canEdit);
    m_sourceTree->setDragEnabled(m_canEdit);
    if (couldEdit != m_canEdit && !m_doc.targets.isEmpty()) {
        buildTargetTree();
        redrawCurves();
        showSteps();
    }
}

void MappingsPage::updateTitle()
{
    // The name is the document's as edited (a template started from brings its own), so with
    // unsaved changes the version is what it was changed from, not what it is.
    QString text;
    const bool inUse = m_baseVersion && m_active && m_active->version == *m_baseVersion;
    if (!m_baseVersion) {
        text = tr("%1 — new, not saved").arg(m_doc.name);
    } else if (hasUnsavedChanges()) {
        text =
            inUse
                ? tr("%1 — changed from version %2 (in use for posting), not saved").arg(m_doc.name).arg(*m_baseVersion)
                : tr("%1 — changed from version %2 (not in use), not saved").arg(m_doc.name).arg(*m_baseVersion);
    } else {
        text = inUse ? tr("%1 — version %2, in use for posting").arg(m_doc.name).arg(*m_baseVersion)
                     : tr("%1 — version %2 (not in use)").arg(m_doc.name).arg(*m_baseVersion);
    }
    m_ui->versionLabel->setText(text);
}

} // namespace bridge::gui
