// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bench_preview_page [--runs N]
//
// Issue #6's "preview updates within 50 ms for a 200-connection mapping", measured on the real
// Mappings page (offscreen): a 200-connection mapping is imported (the default template's three
// targets repeated under other ids), one connection is made, then undone and redone N times.
// Each figure runs from the edit (the undo or redo) to the page's previewUpdated signal: the
// document replaced, the SYSPRO tree rebuilt when needed, the curves redrawn, the preview
// computed on a pool thread, the fields marked, the suggestions ranked again. The page's
// debounce (150 ms after the last keystroke) is set to 0 here, since it is a wait by design.
// It prints figures; nothing asserts on time.
#include "core/Settings.h"
#include "credentials/CredentialStore.h"
#include "gui/AppContext.h"
#include "gui/MappingsPage.h"
#include "mapping/MappingDocument.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace bridge;

namespace {

mapping::MappingDocument largeMapping(int connections)
{
    const mapping::MappingDocument base =
        *mapping::MappingDocument::fromFile(QStringLiteral(":/mappings/default.json"));
    mapping::MappingDocument doc = base;
    doc.targets.clear();
    int count = 0;
    for (int copy = 0; count < connections; ++copy) {
        for (const mapping::TargetMapping& t : base.targets) {
            if (count >= connections) {
                break;
            }
            mapping::TargetMapping c = t;
            c.id = QStringLiteral("%1%2").arg(t.id).arg(copy);
            const int room = connections - count;
            if (int(c.fields.size()) + (!c.lines.isEmpty() ? int(c.lines.first().fields.size()) : 0) > room) {
                c.fields = c.fields.mid(0, std::min<qsizetype>(c.fields.size(), room));
                if (!c.lines.isEmpty()) {
                    c.lines.first().fields = c.lines.first().fields.mid(0, std::max(0, room - int(c.fields.size())));
                }
            }
            count += int(c.fields.size()) + (!c.lines.isEmpty() ? int(c.lines.first().fields.size()) : 0);
            doc.targets.append(c);
        }
    }
    return doc;
}

/// Runs the event loop until `page` emits previewUpdated (or 10 s pass); the time it took in ms.
double untilPreview(gui::MappingsPage& page, const std::function<void()>& edit)
{
    QEventLoop loop;
    const QMetaObject::Connection done =
        QObject::connect(&page, &gui::MappingsPage::previewUpdated, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    edit();
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(done);
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt >= 0 ? args.value(runsAt + 1).toInt() : 50;
    QTemporaryDir dir;
    Result<std::shared_ptr<store::Database>> db =
        store::Database::open(store::DatabaseUrl::sqlite(dir.filePath(QStringLiteral("bench.db"))));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    credentials::CredentialStore credentials(QStringLiteral("bridge-bench-preview"));
    gui::AppContext context(std::make_unique<Settings>(dir.filePath(QStringLiteral("bench.ini"))), &credentials, *db,
                            true);
    if (Result<void> signedIn = context.signIn(); !signedIn) {
        std::fprintf(stderr, "%s\n", qPrintable(signedIn.error().toString()));
        return 1;
    }
    gui::MappingsPage page(context);
    page.setPreviewDelay(0);
    page.resize(1400, 900);
    page.show();
    for (int i = 0; i < 200 && page.isBusy(); ++i) {
        QEventLoop wait;
        QTimer::singleShot(25, &wait, &QEventLoop::quit);
        wait.exec();
    }
    const QString file = dir.filePath(QStringLiteral("large.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return 1;
    }
    out.write(QJsonDocument(largeMapping(200).toJson()).toJson());
    out.close();
    page.importFile(file);
    for (int i = 0; i < 400 && (page.isBusy() || page.document().targets.size() < 20); ++i) {
        QEventLoop wait;
        QTimer::singleShot(25, &wait, &QEventLoop::quit);
        wait.exec();
    }
    qsizetype connections = page.connections().size();
    if (connections < 200) {
        std::fprintf(stderr, "the large mapping did not load (%lld connections)\n",
                     static_cast<long long>(connections));
        return 1;
    }
    const QString target =
        gui::MappingsPage::keyOf(QStringLiteral("salesOrder0"), false, QStringLiteral("OrderHeader.ShippingInstrs"));
    const double first = untilPreview(page, [&] { page.connectFields(QStringLiteral("cardType"), target); });
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        ms.append(untilPreview(page, [&] {
            if (i % 2 == 0) {
                page.undoStack()->undo();
            } else {
                page.undoStack()->redo();
            }
        }));
    }
    std::sort(ms.begin(), ms.end());
    std::printf("preview update on the Mappings page, %lld connections, %d edits (undo/redo of one connection); "
                "first edit %.1f ms\n  median %.1f ms, p95 %.1f ms, max %.1f ms (target < 50 ms; %s preview "
                "problems)\n",
                static_cast<long long>(page.connections().size()), runs, first, ms.at(ms.size() / 2),
                ms.at(ms.size() * 95 / 100), ms.last(),
                qPrintable(QString::number(page.lastPreview().problems.size())));
    return 0;
}
