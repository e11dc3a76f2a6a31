// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The Mappings page offscreen (issue #6's "done when"): connect a field by drag and drop, add a
// lookup step, see the preview change, undo, save a version and compare it with the one before;
// the mapping built on the page gives, through bridge-cli map, the same XmlIn as the same mapping
// written by hand; viewers look but do not change.
#include "GuiFixture.h"
#include "cli/CliApplication.h"
#include "core/Translations.h"
#include "engine/MappingPreview.h"
#include "gui/MappingCanvas.h"
#include "gui/MappingsPage.h"
#include "gui/MessageBox.h"
#include "gui/StepEditor.h"
#include "store/AuditLog.h"
#include "store/MappingVersions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace bridge;
using namespace bridge::gui;
using namespace Qt::StringLiterals;

namespace {

const QString kShipping = MappingsPage::keyOf(u"salesOrder"_s, false, u"OrderHeader.ShippingInstrs"_s);

bool settle(const MappingsPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, 20000);
}

/// Drops a source field onto a target field the way a person's drag ends: the drag's data comes
/// from the source tree (the same QMimeData its drag would carry), and the target tree's
/// viewport gets DragEnter, DragMove and Drop events at the target row. The drag's start (QDrag::exec,
/// a nested platform event loop) cannot run offscreen, so it is the one part not exercised; the
/// drop goes through QAbstractItemView::dropEvent → MappingFieldTree::dropMimeData as a real one.
bool dragAndDrop(MappingsPage& page, const QString& sourcePath, const QString& targetKey)
{
    MappingFieldTree* source = page.sourceTree();
    MappingFieldTree* target = page.targetTree();
    QTreeWidgetItem* from = page.sourceItem(sourcePath);
    QTreeWidgetItem* to = page.targetItem(targetKey);
    if (from == nullptr || to == nullptr || from->parent() != nullptr) {
        return false;
    }
    std::unique_ptr<QMimeData> data(
        source->model()->mimeData({source->model()->index(source->indexOfTopLevelItem(from), 0)}));
    if (!data) {
        return false;
    }
    target->scrollToItem(to);
    const QPoint at = target->visualItemRect(to).center();
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &move);
    if (!move.isAccepted()) {
        return false;
    }
    QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    return drop.isAccepted();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(QStringList args, const QString& settings)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliApplication app(out, err);
    QSignalSpy finished(&app, &cli::CliApplication::finished);
    args.prepend(u"--settings"_s);
    args.insert(1, settings);
    args.prepend(u"bridge-cli"_s);
    app.run(args);
    if (finished.isEmpty() && !finished.wait(30000)) {
        return run;
    }
    run.code = finished.first().first().toInt();
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestMappingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::installLanguage(u"en"_s)); }
    void cleanup() { MessageBox::clearNextAnswer(); }

    void editPreviewUndoSaveAndCompare()
    {
        test::GuiFixture fixture; // signed in as alex, the demo administrator
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        MappingsPage page(fixture.context());
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The store had no mapping: the built-in default became version 1, in use, and is shown.
        QVERIFY(settle(page));
        QCOMPARE(page.versions().size(), 1);
        QCOMPARE(page.baseVersion(), std::optional<qint64>(1));
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(page.canvas()->curveCount() > 20);
        QVERIFY(page.previewText().contains(u"<CustomerPoNumber>ORDER-2026-000042</CustomerPoNumber>"_s));
        QVERIFY(!page.previewText().contains(u"<ShippingInstrs>"_s));

        // Drag the card type onto the order's shipping instructions: connected, drawn, previewed.
        const auto hasCurve = [&page] {
            return std::any_of(page.canvas()->curves().begin(), page.canvas()->curves().end(),
                               [](const MappingCanvas::Curve& c) { return c.key == kShipping; });
        };
        QVERIFY(!hasCurve());
        QVERIFY(dragAndDrop(page, u"cardType"_s, kShipping));
        QCOMPARE(page.selectedKey(), kShipping);
        QVERIFY(hasCurve());
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(settle(page));
        QVERIFY2(page.previewText().contains(u"<ShippingInstrs>Visa</ShippingInstrs>"_s),
                 qPrintable(page.previewText()));
        // The curve ends at the two rows.
        const auto added = std::find_if(page.canvas()->curves().begin(), page.canvas()->curves().end(),
                                        [](const MappingCanvas::Curve& c) { return c.key == kShipping; });
        QVERIFY(added != page.canvas()->curves().end());
        QCOMPARE(added->targetY, page.targetTree()->rowCentreY(page.targetItem(kShipping), page.canvas()->viewport()));
        QCOMPARE(added->sourceY,
                 page.sourceTree()->rowCentreY(page.sourceItem(u"cardType"_s), page.canvas()->viewport()));

        // A lookup step, filled in its grid as a person would: the preview follows.
        QVERIFY(page.addStep(u"lookup"_s));
        QVERIFY(page.stepEditor()->table());
        QVERIFY(settle(page));
        // An empty table is a problem the preview names in plain words.
        QVERIFY(page.lastPreview().problems.first().message.contains(u"lookup"_s));
        QTableWidget* grid = page.stepEditor()->table();
        auto* from = new QTableWidgetItem;
        grid->setItem(0, 0, from);
        from->setText(u"Visa"_s);
        auto* to = new QTableWidgetItem;
        grid->setItem(0, 1, to);
        to->setText(u"Card: Visa"_s);
        QVERIFY(settle(page));
        QVERIFY2(page.previewText().contains(u"<ShippingInstrs>Card: Visa</ShippingInstrs>"_s),
                 qPrintable(page.previewText()));
        QCOMPARE(grid->rowCount(), 2); // a new empty row to type into

        // Undo: the table edit, then the step; the preview goes back each time.
        page.undoStack()->undo();
        QVERIFY(settle(page));
        QVERIFY(!page.previewText().contains(u"Card: Visa"_s));
        page.undoStack()->undo();
        QVERIFY(settle(page));
        QVERIFY(page.previewText().contains(u"<ShippingInstrs>Visa</ShippingInstrs>"_s));
        page.undoStack()->redo();
        page.undoStack()->redo();
        QVERIFY(settle(page));
        QVERIFY(page.previewText().contains(u"<ShippingInstrs>Card: Visa</ShippingInstrs>"_s));

        // Save a version; it is version 2, not yet in use; the audit log says who and why.
        page.saveVersion(u"Card type in the shipping instructions"_s);
        QVERIFY(settle(page));
        QCOMPARE(page.versions().size(), 2);
        QCOMPARE(page.baseVersion(), std::optional<qint64>(2));
        QVERIFY(!page.hasUnsavedChanges());
        const auto audit = store::AuditLog(fixture.context().database()).recent(5);
        QVERIFY(std::any_of(audit->begin(), audit->end(), [](const store::AuditEntry& e) {
            return e.action == u"mapping.saved"_s && e.actor == u"alex"_s && e.subject == u"mapping:2"_s;
        }));

        // Compare it with version 1: one field, in words.
        page.compareVersions(1, 2);
        QVERIFY(settle(page));
        const QStringList diff = page.diffLines();
        QCOMPARE(diff.size(), 2);
        QVERIFY2(diff.at(1).contains(u"SORTOI OrderHeader.ShippingInstrs is now mapped"_s), qPrintable(diff.at(1)));
        QVERIFY2(diff.at(1).contains(u"cardType → look up (Visa = Card: Visa)"_s), qPrintable(diff.at(1)));

        // Put it to use (administrator): the engine's next start maps with it.
        page.activateVersion(2);
        QVERIFY(settle(page));
        QCOMPARE(store::MappingVersions(fixture.context().database()).active()->value().version, 2);
    }

    void builtOnThePageEqualsHandWrittenThroughTheCli()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        QTemporaryDir dir;
        MappingsPage page(fixture.context());
        page.resize(1400, 900);
        page.show();
        QVERIFY(settle(page));
        // On the page: card type → shipping instructions through a lookup, and the order's
        // e-mail address in lower case; then saved and exported.
        QVERIFY(dragAndDrop(page, u"cardType"_s, kShipping));
        QVERIFY(page.addStep(u"lookup"_s));
        QTableWidget* grid = page.stepEditor()->table();
        for (const auto& [row, a, b] :
             {std::tuple{0, u"Visa"_s, u"Card: Visa"_s}, std::tuple{1, u"MC"_s, u"Card: MC"_s}}) {
            auto* from = new QTableWidgetItem;
            grid->setItem(row, 0, from);
            from->setText(a);
            auto* to = new QTableWidgetItem;
            grid->setItem(row, 1, to);
            to->setText(b);
        }
        QVERIFY(page.selectConnection(MappingsPage::keyOf(u"salesOrder"_s, false, u"OrderHeader.Email"_s)));
        QVERIFY(page.addStep(u"lower"_s));
        page.saveVersion(u"page-built"_s);
        QVERIFY(settle(page));
        const QString exported = dir.filePath(u"page.json"_s);
        page.exportVersion(2, exported);
        QVERIFY(settle(page));
        QVERIFY(QFile::exists(exported));

        // The same by hand: the default template's text with the two fields written in JSON.
        QFile defaultFile(u":/mappings/default.json"_s);
        QVERIFY(defaultFile.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(defaultFile.readAll());
        const QString email =
            uR"({"target": "OrderHeader.Email", "steps": [{"type": "path", "path": "customerEmail", "optional": true}]})"_s;
        QVERIFY(text.contains(email));
        text.replace(
            email,
            uR"({"target": "OrderHeader.Email", "steps": [{"type": "path", "path": "customerEmail", "optional": true}, {"type": "lower"}]})"_s);
        const QString anchor = u"\"fields\": ["_s;
        text.insert(text.indexOf(anchor) + anchor.size(), uR"(
                {"target": "OrderHeader.ShippingInstrs", "steps": [{"type": "path", "path": "cardType"}, {"type": "lookup", "table": {"Visa": "Card: Visa", "MC": "Card: MC"}}]},)"_s);
        const QString handWritten = dir.filePath(u"hand.json"_s);
        QFile hand(handWritten);
        QVERIFY(hand.open(QIODevice::WriteOnly));
        hand.write(text.toUtf8());
        hand.close();

        const QString payment = dir.filePath(u"payment.json"_s);
        QFile sample(payment);
        QVERIFY(sample.open(QIODevice::WriteOnly));
        QJsonObject p = engine::MappingPreview::sampleFromSchema(*mapping::Schema::builtIn(u"payment"_s));
        p.insert(u"customerEmail"_s, u"Anna.Mueller@Example.COM"_s);
        sample.write(QJsonDocument(p).toJson());
        sample.close();

        const QString settings = dir.filePath(u"bridge.ini"_s);
        const CliRun fromPage = runCli({u"map"_s, u"--mapping"_s, exported, u"--input"_s, payment}, settings);
        const CliRun byHand = runCli({u"map"_s, u"--mapping"_s, handWritten, u"--input"_s, payment}, settings);
        QVERIFY2(fromPage.code == 0, qPrintable(fromPage.err));
        QVERIFY2(byHand.code == 0, qPrintable(byHand.err));
        QVERIFY(fromPage.out.contains(u"<ShippingInstrs>Card: Visa</ShippingInstrs>"_s));
        QVERIFY(fromPage.out.contains(u"<Email>anna.mueller@example.com</Email>"_s));
        QCOMPARE(fromPage.out, byHand.out);
    }

    void viewersLookButDoNotChange()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        QVERIFY(fixture.context().switchUser(u"sam"_s)); // an approver, not an administrator
        MappingsPage page(fixture.context());
        page.resize(1400, 900);
        page.show();
        QVERIFY(settle(page));
        QVERIFY(page.findChild<QLabel*>(u"readOnlyLabel"_s)->isVisible());
        QVERIFY(!page.findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.connectFields(u"cardType"_s, kShipping));
        QVERIFY(!page.hasUnsavedChanges());
        // Looking is allowed: the preview, the versions, finding a field.
        QVERIFY(page.previewText().contains(u"<!-- Sales order (SORTOI), from \"salesOrder\" -->"_s));
        QVERIFY(page.previewText().contains(
            u"\n      <CustomerPoNumber>ORDER-2026-000042</CustomerPoNumber>"_s)); // indented for reading
        QVERIFY(page.findField(u"ShippingInstrs"_s));
        QCOMPARE(page.targetTree()->currentItem(), page.targetItem(kShipping));
        // The store refuses too, whatever the screen does.
        store::MappingVersions versions(fixture.context().database());
        const Result<void> refused = versions.activate(1, u"sam"_s);
        QVERIFY(!refused && refused.error().errorClass == ErrorClass::Security);
    }

    void onlyFieldsTheBridgePostsAreOffered()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        MappingsPage page(fixture.context());
        page.show();
        QVERIFY(settle(page));
        const QString currency = MappingsPage::keyOf(u"salesOrder"_s, false, u"OrderHeader.Currency"_s);
        QVERIFY(page.targetItem(kShipping));
        QVERIFY(!page.targetItem(currency)); // SORTOI has it; the bridge does not post it
        auto* only = page.findChild<QCheckBox*>(u"postableOnlyCheckBox"_s);
        only->setChecked(false);
        QTreeWidgetItem* item = page.targetItem(currency);
        QVERIFY(item);
        QVERIFY(!(item->flags() & Qt::ItemIsDropEnabled));
        QVERIFY(item->toolTip(0).contains(u"does not post"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.connectFields(u"currency"_s, currency));
        QVERIFY(MessageBox::lastText().contains(u"does not post OrderHeader.Currency"_s));
        QVERIFY(!page.hasUnsavedChanges());
    }

    /// The "GL journal only" template: a journal's two entries are two line groups made from the
    /// one payment, each under its own heading with its own fields. Connecting a payment field to
    /// the second entry changes that entry only; a "Change the sign" step on the first makes the
    /// journal unbalanced, which the preview says; undo restores it. A GL journal added to a
    /// mapping starts with a debit and a credit group.
    void journalEntriesAreLineGroups()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        MappingsPage page(fixture.context());
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.startFromTemplate(u"glJournalOnly"_s);
        QVERIFY(settle(page));
        QVERIFY2(page.lastPreview().ok(), qPrintable(page.lastPreview().problems.value(0).message));
        QCOMPARE(page.previewText().count(u"<JournalDetails>"_s), 2);

        const QString debitCode = MappingsPage::groupKeyOf(u"journal"_s, 0, u"LedgerCode"_s);
        const QString creditCode = MappingsPage::groupKeyOf(u"journal"_s, 1, u"LedgerCode"_s);
        const QString creditAmount = MappingsPage::groupKeyOf(u"journal"_s, 1, u"EntryAmount"_s);
        const QString creditReference = MappingsPage::groupKeyOf(u"journal"_s, 1, u"Reference"_s);
        QCOMPARE(creditCode, u"journal|L2|LedgerCode"_s);
        QCOMPARE(MappingsPage::lineGroupOf(creditCode), 1);
        QCOMPARE(MappingsPage::lineGroupOf(debitCode), 0);
        QVERIFY(page.targetItem(MappingsPage::keyOf(u"journal"_s, false, u"Item.JournalReference"_s)));
        QVERIFY(!page.targetItem(MappingsPage::keyOf(u"journal"_s, false, u"Item.JournalDetails.LedgerCode"_s)));
        QVERIFY(page.targetItem(debitCode) && page.targetItem(creditCode));
        QCOMPARE(page.targetItem(debitCode)->parent()->text(0),
                 u"Journal entry 1 (from the payment), debit: card clearing"_s);
        QCOMPARE(page.targetItem(creditCode)->parent()->text(0),
                 u"Journal entry 2 (from the payment), credit: sales"_s);
        // What each entry gets for the sample, in the tree.
        QCOMPARE(page.targetItem(debitCode)->text(4), u"1200"_s);
        QCOMPARE(page.targetItem(creditCode)->text(4), u"4000"_s);
        QVERIFY2(page.targetItem(creditAmount)->text(4).startsWith(u'-'),
                 qPrintable(page.targetItem(creditAmount)->text(4)));
        QVERIFY(page.selectConnection(creditCode));
        QVERIFY2(page.findChild<QLabel*>(u"connectionTitleLabel"_s)->text().contains(u"Journal entry 2"_s),
                 qPrintable(page.findChild<QLabel*>(u"connectionTitleLabel"_s)->text()));

        // The vendorTxCode dropped on the second entry's Reference: that entry's only.
        QVERIFY(dragAndDrop(page, u"vendorTxCode"_s, creditReference));
        QVERIFY(settle(page));
        const mapping::TargetMapping& journal = page.document().targets.at(0);
        QCOMPARE(journal.lines.at(1).fields.at(2).target, u"Reference"_s);
        QCOMPARE(journal.lines.at(1).fields.at(2).steps.at(0)[u"path"_s].toString(), u"vendorTxCode"_s);
        QCOMPARE(journal.lines.at(0).fields.at(2).steps.at(0)[u"path"_s].toString(), u"transactionId"_s);
        QVERIFY2(page.lastPreview().ok(), qPrintable(page.lastPreview().problems.value(0).message));
        QCOMPARE(page.targetItem(creditReference)->text(4), page.sourceItem(u"vendorTxCode"_s)->text(2));

        // Change the sign of the debit too: the journal no longer balances, and the preview says so.
        const QString debitAmount = MappingsPage::groupKeyOf(u"journal"_s, 0, u"EntryAmount"_s);
        QVERIFY(page.selectConnection(debitAmount));
        QVERIFY(page.selectStep(1));
        QVERIFY(page.addStep(u"negate"_s));
        QVERIFY(settle(page));
        QCOMPARE(page.document().targets.at(0).lines.at(0).fields.at(1).steps.size(), 3);
        QVERIFY(page.targetItem(debitAmount)->text(4).startsWith(u'-'));
        QVERIFY(!page.lastPreview().ok());
        QVERIFY(std::any_of(page.lastPreview().problems.begin(), page.lastPreview().problems.end(),
                            [](const auto& p) { return p.message.contains(u"does not balance"_s); }));
        page.undoStack()->undo();
        QVERIFY(settle(page));
        QVERIFY(page.lastPreview().ok());

        // A third entry, then removed again: its heading comes and goes; the selection in a
        // removed or moved group is cleared.
        // Through the SYSPRO tree's context menu on the second entry's heading, as a person would.
        QTreeWidgetItem* heading = page.targetItem(creditCode)->parent();
        page.targetTree()->scrollToItem(heading);
        QStringList offered;
        QTimer::singleShot(0, &page, [&offered] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (menu == nullptr) {
                return;
            }
            for (QAction* a : menu->actions()) {
                offered.append(a->text());
            }
            menu->setActiveAction(menu->actions().first());
            QTest::keyClick(menu, Qt::Key_Return);
        });
        Q_EMIT page.targetTree()->customContextMenuRequested(page.targetTree()->visualItemRect(heading).center());
        QCOMPARE(offered, (QStringList{u"Add a line made from the payment"_s,
                                       u"Remove \"Journal entry 2 (from the payment), credit: sales\""_s}));
        QVERIFY(settle(page));
        QCOMPARE(page.document().targets.at(0).lines.size(), 3);
        QTreeWidgetItem* third = page.targetItem(MappingsPage::groupKeyOf(u"journal"_s, 2, u"LedgerCode"_s));
        QVERIFY(third);
        QCOMPARE(third->parent()->text(0), u"Journal entry 3 (from the payment)"_s);
        QVERIFY(!page.lastPreview().ok()); // its ledger code and amount are still to be mapped
        QVERIFY(page.selectConnection(creditCode));
        QVERIFY(page.removeLineGroup(u"journal"_s, 1));
        QVERIFY(settle(page));
        QCOMPARE(page.selectedKey(), QString());
        QCOMPARE(page.document().targets.at(0).lines.size(), 2);
        QCOMPARE(page.document().targets.at(0).lines.at(1).note, QString()); // the third moved up
        page.undoStack()->undo();
        page.undoStack()->undo();
        QVERIFY(settle(page));
        QCOMPARE(page.document().targets.at(0).lines.size(), 2);
        QCOMPARE(page.document().targets.at(0).lines.at(1).note, u"credit: sales"_s);
        QVERIFY(page.lastPreview().ok());

        // A GL journal added to a mapping: a debit and a credit entry from the payment, two headings.
        auto* objects = page.findChild<QComboBox*>(u"addObjectComboBox"_s);
        QVERIFY(objects);
        const int gentjl = objects->findData(u"GENTJL"_s);
        QVERIFY(gentjl >= 0);
        objects->setCurrentIndex(gentjl);
        page.findChild<QPushButton*>(u"addObjectButton"_s)->click();
        QVERIFY(settle(page));
        const mapping::TargetMapping& added = page.document().targets.last();
        QCOMPARE(added.object, u"GENTJL"_s);
        QCOMPARE(added.lines.size(), 2);
        QCOMPARE(added.lines.at(1).from, u"$"_s);
        QCOMPARE(added.lines.at(1).element, u"Item.JournalDetails"_s);
        QTreeWidgetItem* second = page.targetItem(MappingsPage::groupKeyOf(added.id, 1, u"EntryAmount"_s));
        QVERIFY(second);
        QCOMPARE(second->parent()->text(0), u"Journal entry 2 (from the payment), credit"_s);
        // Both of its entries need a ledger code and an amount: the preview names each.
        const auto unmapped = std::count_if(
            page.lastPreview().problems.begin(), page.lastPreview().problems.end(), [&added](const auto& p) {
                return p.targetId == added.id && p.kind == engine::MappingProblem::Kind::UnmappedMandatory &&
                       p.field == u"Item.JournalDetails.LedgerCode"_s;
            });
        QCOMPARE(unmapped, 2);
        QVERIFY(page.targetItem(MappingsPage::groupKeyOf(added.id, 1, u"LedgerCode"_s))
                    ->toolTip(0)
                    .contains(u"required by SYSPRO"_s));
    }

    void unsavedChangesAreAskedAbout()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        MappingsPage page(fixture.context());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        QVERIFY(page.confirmLeave()); // nothing to ask
        // Connecting from the keyboard: the two fields selected, then Ctrl+L.
        page.sourceTree()->setCurrentItem(page.sourceItem(u"cardType"_s));
        page.targetTree()->setCurrentItem(page.targetItem(kShipping));
        page.targetTree()->setFocus();
        QTest::keyClick(page.targetTree(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(
            std::any_of(page.connections().begin(), page.connections().end(), [](const MappingsPage::Connection& c) {
                return c.key == kShipping && c.sources == QStringList{u"cardType"_s};
            }));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!page.confirmLeave());
        QVERIFY(page.hasUnsavedChanges());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(page.confirmLeave());
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(page.targetItem(kShipping) && !page.previewText().isEmpty());
        QVERIFY(std::none_of(page.connections().begin(), page.connections().end(),
                             [](const MappingsPage::Connection& c) { return c.key == kShipping; }));
        // Copy and paste a mapping onto another field; zoom; fit.
        QVERIFY(page.selectConnection(MappingsPage::keyOf(u"salesOrder"_s, false, u"OrderHeader.Email"_s)));
        page.copyConnection();
        QVERIFY(page.selectConnection(kShipping));
        page.pasteConnection();
        QVERIFY(
            std::any_of(page.connections().begin(), page.connections().end(), [](const MappingsPage::Connection& c) {
                return c.key == kShipping && c.sources == QStringList{u"customerEmail"_s};
            }));
        const int before = page.zoomPoint();
        page.setZoom(before + 2);
        QCOMPARE(page.zoomPoint(), before + 2);
        page.removeSelectedConnection();
        QVERIFY(std::none_of(page.connections().begin(), page.connections().end(),
                             [](const MappingsPage::Connection& c) { return c.key == kShipping; }));
        page.undoStack()->undo();
        QVERIFY(std::any_of(page.connections().begin(), page.connections().end(),
                            [](const MappingsPage::Connection& c) { return c.key == kShipping; }));
        QVERIFY(settle(page));
    }

    /// Suggestions for fields left unmapped, then compared with a SYSPRO document keyed for the
    /// sample payment: the payment field holding the document's value becomes the sure one, with
    /// the reason; what is not a document of the mapping's objects is refused with what to do;
    /// another sample puts the document aside.
    void suggestionsCompareAnExampleDocument()
    {
        test::GuiFixture fixture;
        QVERIFY2(fixture.error().isEmpty(), qPrintable(fixture.error()));
        MappingsPage page(fixture.context());
        page.resize(1400, 900);
        page.show();
        QVERIFY(settle(page));
        const QString reference = MappingsPage::keyOf(u"receipt"_s, false, u"Payment.Reference"_s);
        const QString date = MappingsPage::keyOf(u"receipt"_s, false, u"Payment.PaymentDate"_s);
        for (const QString& key : {reference, date}) {
            QVERIFY(page.selectConnection(key));
            page.removeSelectedConnection();
        }
        // The Suggestions tab, where the button is.
        page.findChild<QTabWidget*>(u"bottomTabs"_s)->setCurrentWidget(page.findChild<QWidget*>(u"suggestionsTab"_s));
        auto* tree = page.findChild<QTreeWidget*>(u"suggestionsTree"_s);
        auto* label = page.findChild<QLabel*>(u"exampleLabel"_s);
        const auto rowOf = [tree](const QString& key) -> QTreeWidgetItem* {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key) {
                    return tree->topLevelItem(i);
                }
            }
            return nullptr;
        };
        page.updateSuggestions();
        QTreeWidgetItem* row = rowOf(reference);
        QVERIFY(row != nullptr);
        QVERIFY(!row->text(3).contains(u"example document"_s));
        QVERIFY(label->text().startsWith(u"Have a SYSPRO document that someone keyed for this sample payment?"_s));
        QVERIFY(!page.findChild<QPushButton*>(u"clearExampleButton"_s)->isEnabled());

        // The receipt a clerk keyed for the sample payment, as SYSPRO's XML.
        QTemporaryDir dir;
        const QString receipt = dir.filePath(u"receipt.xml"_s);
        QVERIFY(writeFile(
            receipt, "<PostArPayment><Item><Payment><Customer>CUST042</Customer>"
                     "<PaymentValue>129.99</PaymentValue><Reference>2B97808F-9A36-6E71-F87F-6714667E8AF4</Reference>"
                     "<PaymentDate>2026-11-21</PaymentDate><Bank>OPAYOEUR</Bank><KeyedBy>jo</KeyedBy>"
                     "</Payment></Item></PostArPayment>"));
        QVERIFY(page.loadExample(receipt));
        QCOMPARE(page.examples().keys(), QStringList{u"ARSTPY"_s});
        QCOMPARE(label->text(), u"Comparing with receipt.xml (AR receipt, 5 fields filled; not its fields, left out: "
                                "PostArPayment/Item/Payment/KeyedBy). Suggestions whose payment value is what the "
                                "document holds are surest."_s);
        row = rowOf(reference);
        QVERIFY(row != nullptr);
        QCOMPARE(row->text(1), u"transactionId"_s);
        QVERIFY2(row->data(2, Qt::UserRole).toInt() >= 900, qPrintable(row->text(3)));
        QVERIFY2(row->text(3).contains(
                     u"The example document holds the same “2B97808F-9A36-6E71-F87F-6714667E8AF4” here."_s),
                 qPrintable(row->text(3)));
        row = rowOf(date);
        QVERIFY(row != nullptr);
        QCOMPARE(row->text(1), u"createdDate"_s);
        QVERIFY2(row->text(3).contains(u"The example document holds the same day here (“2026-11-21”)."_s),
                 qPrintable(row->text(3)));
        // Accepting all above 90 % connects both.
        page.acceptSuggestionsAbove(90);
        QVERIFY(std::any_of(page.connections().begin(), page.connections().end(),
                            [&reference](const MappingsPage::Connection& c) {
                                return c.key == reference && c.sources == QStringList{u"transactionId"_s};
                            }));

        // Not XML, and XML of something else: refused, saying what to open instead.
        const QString broken = dir.filePath(u"broken.xml"_s);
        QVERIFY(writeFile(broken, "<PostArPayment>\n<Customer>CUST042</PostArPayment>"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.loadExample(broken));
        QVERIFY2(MessageBox::lastText().startsWith(u"broken.xml cannot be compared with the payment: The example "
                                                   "document is not well-formed XML at line 2, column "_s),
                 qPrintable(MessageBox::lastText()));
        const QString other = dir.filePath(u"other.xml"_s);
        QVERIFY(writeFile(other, "<Invoice><Colour>blue</Colour></Invoice>"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.loadExample(other));
        QCOMPARE(MessageBox::lastText(), u"other.xml cannot be compared with the payment: It fills no field of "
                                         "SORTOI, ARSTPY, ARSTIN. Open the XML of a document of one of them, as "
                                         "SYSPRO writes it."_s);
        QCOMPARE(page.examples().size(), 1); // the one loaded before stays

        // Another sample payment: the document was keyed for the last one.
        QJsonObject payment = engine::MappingPreview::sampleFromSchema(*mapping::Schema::builtIn(u"payment"_s));
        payment.insert(u"vendorTxCode"_s, u"ORDER-2026-000043"_s);
        page.setSample(payment, u"Another payment"_s);
        QVERIFY(page.examples().isEmpty());
        QCOMPARE(label->text(), u"receipt.xml was keyed for the sample payment before, so it is no longer compared. "
                                "Open the SYSPRO document of this sample to compare again."_s);
        QVERIFY(settle(page));
    }
};

QTEST_MAIN(TestMappingsPage)
#include "TestMappingsPage.moc"
