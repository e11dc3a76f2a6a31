// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Issue #6's mapping suggestions: precision and recall of the top-1 suggestion per target field
// on the schema pairs in tests/data/mapping-pairs/, per pair and overall (tuning set and held-out
// set apart, and the held-out pairs not known to have leaked into tuning, "clean"), at several
// thresholds; then the same with each pair's example document (the SYSPRO document a clerk keyed
// for the sample record), on the pairs that have one; and the time of one suggestion run.
#include "PairEvaluation.h"

#include "mapping/Suggestions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace bridge;
using namespace bridge::mapping;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    // --verbose lists the mistakes of the tuning pairs only: whoever tunes the engine must not see
    // the held-out pairs' answers. --verbose-held-out lists theirs too (after the tuning, to report).
    const bool verboseHeldOut = args.contains(QStringLiteral("--verbose-held-out"));
    const bool verbose = verboseHeldOut || args.contains(QStringLiteral("--verbose"));
    const Result<QList<MappingPair>> pairs = loadPairs(QStringLiteral(BRIDGE_TEST_DATA_DIR "/mapping-pairs"));
    if (!pairs) {
        out << "cannot load the pairs: " << pairs.error().toString() << Qt::endl;
        return 1;
    }
    // --explain <file prefix>: every target of one tuning pair with its first candidates and their
    // reasons, and what it should have been (for tuning; held-out pairs refused).
    const qsizetype explainAt = args.indexOf(QStringLiteral("--explain"));
    if (explainAt >= 0 && explainAt + 1 < args.size()) {
        const Result<Synonyms> synonyms = Synonyms::builtIn();
        for (const MappingPair& p : *pairs) {
            if (!p.file.startsWith(args.at(explainAt + 1))) {
                continue;
            }
            if (p.heldOut) {
                out << p.file << " is held out: not explained.\n";
                return 1;
            }
            SuggestionEngine engine(p.source, p.target, *synonyms);
            if (args.contains(QStringLiteral("--with-example"))) {
                engine.setExample(p.example);
            }
            for (const TargetSuggestion& t : engine.suggest({}, p.under)) {
                out << t.targetPath << "  (wanted: " << p.truth.value(t.targetPath).join(QStringLiteral(" or "))
                    << ")\n";
                for (qsizetype i = 0; i < std::min<qsizetype>(3, t.candidates.size()); ++i) {
                    const SuggestionCandidate& c = t.candidates.at(i);
                    out << "    " << c.confidence << "  " << c.sourcePath << "  " << c.reasons.join(QLatin1Char(' '))
                        << "\n";
                }
            }
        }
        return 0;
    }
    // --guessed: the words of the tuning pairs' names read as abbreviations of a listed word.
    if (args.contains(QStringLiteral("--guessed"))) {
        const Result<Synonyms> synonyms = Synonyms::builtIn();
        QSet<QString> seen;
        for (const MappingPair& p : *pairs) {
            if (p.heldOut) {
                continue;
            }
            for (const Schema* schema : {&p.source, &p.target}) {
                for (const SchemaField& f : schema->leaves()) {
                    for (const QString& w : Synonyms::split(f.path)) {
                        const QString guess = synonyms->abbreviated(w);
                        if (!guess.isEmpty() && !seen.contains(w)) {
                            seen.insert(w);
                            out << w << " → " << guess << "  (" << f.path << ")\n";
                        }
                    }
                }
            }
        }
        return 0;
    }
    auto pct = [](int perMille) {
        return QStringLiteral("%1.%2").arg(perMille / 1000).arg(perMille % 1000, 3, 10, QLatin1Char('0'));
    };
    const QList<int> thresholds{500, 600, 650, 700, 750, 800, 900};
    out << "pairs: " << pairs->size() << "  default threshold: " << SuggestionEngine::DefaultAcceptPerMille << "‰\n";
    for (const bool withExample : {false, true}) {
        qsizetype withOne = 0;
        for (const MappingPair& p : *pairs) {
            withOne += p.example.isEmpty() ? 0 : 1;
        }
        if (withExample) {
            out << "\nwith the example document (" << withOne << " pairs have one; the others are left out):\n";
        } else {
            out << "\nnames, types and sample shapes only (every pair):\n";
        }
        out << "threshold  set        TP   FP  positives  precision  recall\n";
        for (const int threshold : thresholds) {
            PairScore tuning;
            PairScore heldOut;
            PairScore clean; // held out and not known to have leaked into tuning
            for (const MappingPair& p : *pairs) {
                if (withExample && p.example.isEmpty()) {
                    continue;
                }
                const PairScore s = evaluatePair(p, threshold, withExample);
                (p.heldOut ? heldOut : tuning).add(s);
                if (p.heldOut && !p.contaminated) {
                    clean.add(s);
                }
            }
            for (const auto& [label, s] :
                 {std::pair{QStringLiteral("tuning  "), tuning}, std::pair{QStringLiteral("held-out"), heldOut},
                  std::pair{QStringLiteral("clean   "), clean}}) {
                out << QStringLiteral("%1‰      %2  %3  %4  %5      %6      %7\n")
                           .arg(threshold, 4)
                           .arg(label)
                           .arg(s.truePositives, 3)
                           .arg(s.falsePositives, 3)
                           .arg(s.positives, 5)
                           .arg(pct(s.precisionPerMille()))
                           .arg(pct(s.recallPerMille()));
            }
        }
        out << "\nper pair at the default threshold (" << SuggestionEngine::DefaultAcceptPerMille << "‰)"
            << (withExample ? ", with the example document" : "") << ":\n";
        for (const MappingPair& p : *pairs) {
            if (withExample && p.example.isEmpty()) {
                continue;
            }
            const PairScore s = evaluatePair(p, SuggestionEngine::DefaultAcceptPerMille, withExample);
            out << QStringLiteral("  %1%2: targets %3, TP %4, FP %5, positives %6, precision %7, recall %8\n")
                       .arg(p.heldOut ? (p.contaminated ? QStringLiteral("[held-out, contaminated] ")
                                                        : QStringLiteral("[held-out] "))
                                      : QString(),
                            p.name)
                       .arg(s.targets)
                       .arg(s.truePositives)
                       .arg(s.falsePositives)
                       .arg(s.positives)
                       .arg(pct(s.precisionPerMille()))
                       .arg(pct(s.recallPerMille()));
            if (verbose && (!p.heldOut || verboseHeldOut)) {
                for (const QString& m : s.mistakes) {
                    out << "      wrong: " << m << "\n";
                }
                for (const QString& m : s.missed) {
                    out << "      missed: " << m << "\n";
                }
            }
        }
    }
    // Time of one suggestion run (engine built, with the example where the pair has one, every
    // target of the pair suggested).
    const Result<Synonyms> synonyms = Synonyms::builtIn();
    const int rounds = args.contains(QStringLiteral("--small")) ? 20 : 200;
    QElapsedTimer timer;
    timer.start();
    int suggestions = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const MappingPair& p : *pairs) {
            SuggestionEngine engine(p.source, p.target, *synonyms);
            engine.setExample(p.example);
            suggestions += int(engine.suggest({}, p.under).size());
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    out << QStringLiteral("\ntime: %1 runs in %2 ms, %3 µs per run (%4 target fields, %5 µs per field)\n")
               .arg(rounds * pairs->size())
               .arg(ns / 1000000)
               .arg(ns / 1000 / (rounds * pairs->size()))
               .arg(suggestions / rounds)
               .arg(ns / 1000 / std::max(1, suggestions));
    return 0;
}
