// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Issue #6's live preview: the time of one preview update (engine::MappingPreview::run, what the
// Mappings page runs off the GUI thread after each edit: load and check the document, evaluate the
// sample, check every value against its SYSPRO field, write the XmlIn) for a mapping of 200
// connections (field mappings): the default template's three targets repeated under other ids,
// cut at 200. Target: under 50 ms. Prints the median, 95th percentile and maximum.
#include "engine/MappingPreview.h"
#include "mapping/MappingDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace bridge;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool small = app.arguments().contains(QStringLiteral("--small"));
    const int connections = 200;
    const int runs = small ? 20 : 300;

    Result<mapping::MappingDocument> base =
        mapping::MappingDocument::fromFile(QStringLiteral(":/mappings/default.json"));
    Result<mapping::Schema> source = mapping::Schema::builtIn(QStringLiteral("payment"));
    if (!base || !source) {
        out << "cannot load the default mapping or the payment schema" << Qt::endl;
        return 1;
    }
    mapping::MappingDocument doc = *base;
    doc.targets.clear();
    int count = 0;
    for (int copy = 0; count < connections; ++copy) {
        for (const mapping::TargetMapping& t : base->targets) {
            if (count >= connections) {
                break;
            }
            mapping::TargetMapping c = t;
            c.id = QStringLiteral("%1%2").arg(t.id).arg(copy);
            const int lineFields = !c.lines.isEmpty() ? int(c.lines.first().fields.size()) : 0;
            const int room = connections - count;
            if (int(c.fields.size()) + lineFields > room) {
                c.fields = c.fields.mid(0, std::min<qsizetype>(c.fields.size(), room));
                if (!c.lines.isEmpty()) {
                    c.lines.first().fields = c.lines.first().fields.mid(0, std::max(0, room - int(c.fields.size())));
                }
            }
            count += int(c.fields.size()) + (!c.lines.isEmpty() ? int(c.lines.first().fields.size()) : 0);
            doc.targets.append(c);
        }
    }
    const QJsonObject json = doc.toJson();
    const QJsonObject sample = engine::MappingPreview::sampleFromSchema(*source);
    // Warm-up (schemas are loaded once per process), and a check that the preview works.
    const engine::PreviewResult first = engine::MappingPreview::run(json, sample);
    if (first.commands.isEmpty()) {
        out << "the preview produced nothing: "
            << (first.problems.isEmpty() ? QString() : first.problems.first().message) << Qt::endl;
        return 1;
    }
    QList<qint64> ns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const engine::PreviewResult r = engine::MappingPreview::run(json, sample);
        ns.append(timer.nsecsElapsed());
        if (r.xmlIn.size() != first.xmlIn.size()) {
            out << "the preview changed between runs" << Qt::endl;
            return 1;
        }
    }
    std::sort(ns.begin(), ns.end());
    auto ms = [](qint64 v) { return QString::number(double(v) / 1e6, 'f', 2); };
    out << "preview of a " << count << "-connection mapping (" << doc.targets.size() << " targets, "
        << first.commands.size() << " commands, " << first.xmlIn.size() << " characters of XmlIn, "
        << first.problems.size() << " problems), " << runs << " runs:\n";
    out << "  median " << ms(ns.at(ns.size() / 2)) << " ms, p95 " << ms(ns.at(ns.size() * 95 / 100)) << " ms, max "
        << ms(ns.last()) << " ms (target < 50 ms)" << Qt::endl;
    return 0;
}
