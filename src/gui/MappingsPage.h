// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/MappingPreview.h"
#include "mapping/ExampleDocument.h"
#include "mapping/MappingDocument.h"
#include "mapping/Schema.h"
#include "mapping/SuggestionHistory.h"
#include "store/MappingVersions.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class MappingsPage;
}
class QTreeWidgetItem;

namespace bridge::gui {

class AppContext;
class DatabaseWorker;
class MappingCanvas;
class MappingFieldTree;
class StepEditor;

/// Issue #6's visual mapping editor. Left the payment's fields (type, sample), right the SYSPRO
/// documents the mapping produces (type, length, required), between them a canvas with each
/// connection as a curve aligned to the rows. Drag a payment field onto a SYSPRO field (or Ctrl+L)
/// to connect; select a SYSPRO field or a curve to edit its steps as forms. Every edit is an
/// undoable command on the working document (QUndoStack). Below: the live preview (the XmlIn for
/// a sample, problems marked on the fields and listed), suggestions for unmapped fields, and the
/// saved versions (save, compare, use for posting, import, export, templates). Only
/// administrators edit; everyone else looks. Database work runs on the page's own thread, the
/// preview on a pool thread.
class MappingsPage : public QWidget
{
    Q_OBJECT

public:
    struct Connection {
        QString key; ///< targetId|H|OrderHeader.Email, targetId|L|StockCode; later line groups L2, L3, …
        QString targetId;
        bool line = false;
        QString field;
        QStringList sources; ///< source schema paths the steps read
        int lineGroup = -1;  ///< the line group (0, 1, …) of a line field; -1 for a header field
    };

    explicit MappingsPage(AppContext& context, QWidget* parent = nullptr);
    ~MappingsPage() override;

    /// A field's key: header, or a line field of the target's first line group.
    static QString keyOf(const QString& targetId, bool line, const QString& field);
    /// A field's key by line group: -1 the header, 0 the first line group ("L"), 1 the second
    /// ("L2"), …
    static QString groupKeyOf(const QString& targetId, int lineGroup, const QString& field);
    /// The line group a key names (-1: the header; -2: not a key).
    static int lineGroupOf(const QString& key);
    /// The label of a target's line group in the SYSPRO tree, e.g. "Journal entry 1 (from the payment)".
    static QString lineGroupTitle(const mapping::TargetMapping& target, int lineGroup);

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool hasUnsavedChanges() const { return !m_undo.isClean(); }
    /// Asks what to do with unsaved changes before leaving; false: stay.
    bool confirmLeave();

    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }
    [[nodiscard]] MappingFieldTree* sourceTree() const { return m_sourceTree; }
    [[nodiscard]] MappingFieldTree* targetTree() const { return m_targetTree; }
    [[nodiscard]] MappingCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] StepEditor* stepEditor() const { return m_stepEditor; }
    [[nodiscard]] const mapping::MappingDocument& document() const { return m_doc; }
    [[nodiscard]] const QList<Connection>& connections() const { return m_connections; }
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] const engine::PreviewResult& lastPreview() const { return m_preview; }
    [[nodiscard]] QTreeWidgetItem* sourceItem(const QString& path) const { return m_sourceItems.value(path); }
    [[nodiscard]] QTreeWidgetItem* targetItem(const QString& key) const { return m_targetItems.value(key); }
    [[nodiscard]] QString selectedKey() const { return m_selectedKey; }
    [[nodiscard]] const QList<store::MappingVersion>& versions() const { return m_versions; }
    [[nodiscard]] std::optional<qint64> baseVersion() const { return m_baseVersion; }
    /// The sentences of the last comparison.
    [[nodiscard]] QStringList diffLines() const;
    [[nodiscard]] int zoomPoint() const { return m_zoomPoint; }

    /// What a drop does: connects the source field to the target field (undoable). False, with
    /// the reason shown, when the two cannot be connected.
    bool connectFields(const QString& sourcePath, const QString& targetKey);
    bool selectConnection(const QString& key);
    /// Adds a step of the type after the selected step of the selected field (undoable).
    bool addStep(const QString& type);
    bool selectStep(int index);
    void removeSelectedStep();
    void moveSelectedStep(int delta);
    void removeSelectedConnection();
    /// Adds a line group to the target (undoable): like group `like` (its source list and
    /// element), or, with -1, one line made from the payment itself ("$"). False when the target
    /// has no line list or nobody may edit.
    bool addLineGroup(const QString& targetId, int like = -1);
    /// Removes one of the target's line groups with its fields (undoable).
    bool removeLineGroup(const QString& targetId, int lineGroup);
    void copyConnection();
    void pasteConnection();
    void setZoom(int point);
    void fitToView();
    /// Finds the next field whose name contains the text; false when none.
    bool findField(const QString& text);
    /// Uses this payment as the sample for the preview.
    void setSample(const QJsonObject& payment, const QString& label);
    /// Saves the working document as a new version (on the page's thread).
    void saveVersion(const QString& comment);
    /// Compares two saved versions; the result goes to the Versions tab.
    void compareVersions(qint64 older, qint64 newer);
    void activateVersion(qint64 version);
    void openVersion(qint64 version);
    void startFromTemplate(const QString& id);
    void importFile(const QString& path);
    void exportVersion(qint64 version, const QString& path);
    /// Reads the versions, the active one and the suggestion history again.
    void reload();
    void acceptSuggestionsAbove(int percent);
    /// Ranks the suggestions for the unmapped fields again (done when their tab is shown).
    void updateSuggestions();
    /// Compares the suggestions with the SYSPRO document in this XML file, keyed by a person for
    /// the sample payment: the document belongs to whichever of the mapping's business objects
    /// it fills most. False, with the reason shown, when it is not XML or fills none of them.
    bool loadExample(const QString& path);
    /// Stops comparing with example documents.
    void clearExamples();
    /// The example documents in use: business object → document.
    [[nodiscard]] const QHash<QString, mapping::ExampleDocument>& examples() const { return m_examples; }
    /// How long the preview waits after the last edit (default 150 ms; the benchmark uses 0).
    void setPreviewDelay(int ms) { m_previewTimer.setInterval(ms); }

Q_SIGNALS:
    void previewUpdated();
    void versionSaved(qint64 version);

private:
    friend class DocumentCommand;
    void setDocument(const mapping::MappingDocument& doc, bool rebuildTargets);
    void applyEdit(const mapping::MappingDocument& doc, const QString& text, int mergeId = -1);
    void loadDocument(const mapping::MappingDocument& doc, std::optional<qint64> version);
    void buildSourceTree();
    void buildTargetTree();
    void showTargetMenu(const QPoint& at);
    void collectConnections();
    void redrawCurves();
    /// The selected field's description and problem; with `steps`, its steps and form too.
    void showSelection(bool steps = true);
    void showSteps();
    void schedulePreview();
    void runPreview();
    void showPreview(const engine::PreviewResult& result);
    void acceptSuggestions(const QList<QTreeWidgetItem*>& rows, bool accepted);
    void updateExampleLabel();
    /// The suggestions are out of date: ranked again now if their tab is shown, else when it is.
    void rankSuggestionsWhenShown();
    /// A sample of another payment: an example document keyed for the last one no longer fits.
    void sampleChanged();
    void showVersions();
    void updatePermissions();
    void updateTitle();
    void loadRecentEvents();
    mapping::FieldMapping* fieldOf(mapping::MappingDocument& doc, const QString& key) const;
    [[nodiscard]] QStringList sourcePathsFor(const QString& key) const;
    QString currentUser() const;

    AppContext& m_context;
    std::unique_ptr<Ui::MappingsPage> m_ui;
    MappingFieldTree* m_sourceTree = nullptr;
    MappingFieldTree* m_targetTree = nullptr;
    MappingCanvas* m_canvas = nullptr;
    StepEditor* m_stepEditor = nullptr;
    DatabaseWorker* m_worker = nullptr;
    mapping::Schema m_source;
    mapping::MappingDocument m_doc;
    std::optional<qint64> m_baseVersion;
    QUndoStack m_undo;
    QList<Connection> m_connections;
    QHash<QString, QTreeWidgetItem*> m_sourceItems;
    QHash<QString, QTreeWidgetItem*> m_targetItems;
    QHash<QString, QString> m_targetBaseToolTips;
    QSet<QString> m_extraKeys; ///< rows of fields the schema does not list
    bool m_suggestionsStale = true;
    QString m_selectedKey;
    int m_selectedStep = -1;
    bool m_editingStep = false;
    bool m_canEdit = false;
    bool m_canActivate = false;
    QList<store::MappingVersion> m_versions;
    std::optional<store::ActiveMapping> m_active;
    mapping::InMemorySuggestionHistory m_history;
    QSet<QString> m_rejectedSuggestions;
    QHash<QString, mapping::ExampleDocument> m_examples;
    QHash<QString, QString> m_exampleFiles; ///< business object → the example's file name
    QString m_exampleNote;                  ///< why the last example was put aside
    QJsonObject m_sample;
    QTimer m_previewTimer;
    int m_previewGeneration = 0;
    int m_previewsRunning = 0;
    engine::PreviewResult m_preview;
    QHash<QString, QString> m_problemByKey;
    int m_zoomPoint = 0;
    QString m_lastFind;
    int m_findIndex = -1;
};

} // namespace bridge::gui
