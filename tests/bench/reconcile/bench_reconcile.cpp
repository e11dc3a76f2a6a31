// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bench_reconcile [--lines N] [--seed S] [--days D]
//
// Generates a settlement period of about N ledger entries with their SYSPRO documents and
// settlement lines (SettlementScenario, not timed), then times the matcher (rules, groups,
// classes, summaries) and prints: lines/s, peak memory (VmHWM, whole process including the
// generated input), the auto-match rate and how many rows agree with the generator's truth.
// It prints figures; nothing asserts on time.
#include "reconcile/Matcher.h"
#include "reconcile/SettlementScenario.h"
#include "support/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace bridge;
using bridge::bench::statusKb;
using namespace bridge::reconcile;

namespace {} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"),
                                         QStringLiteral("About this many ledger entries and lines."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"),
                                        QStringLiteral("20261121"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days in the period."),
                                        QStringLiteral("D"), QStringLiteral("7"));
    parser.addOptions({linesOption, seedOption, daysOption});
    parser.process(app);

    ScenarioOptions options;
    options.entries = parser.value(linesOption).toLongLong();
    options.seed = parser.value(seedOption).toULongLong();
    options.days = parser.value(daysOption).toInt();

    QElapsedTimer timer;
    timer.start();
    const SettlementScenario scenario = SettlementScenario::generate(options);
    const double generateS = double(timer.nsecsElapsed()) / 1e9;
    const qint64 afterGenerateKb = statusKb("VmHWM");
    const SettlementInput& input = scenario.input;
    std::printf("generated: %zu settlement lines, %zu ledger entries, %zu SYSPRO documents, %u strings (%.1f MB "
                "interned) in %.2f s (not timed below); VmHWM %.1f MB\n",
                input.lines.size(), input.entries.size(), input.documents.size(), input.strings.size(),
                double(input.strings.memoryBytes()) / 1048576.0, generateS, double(afterGenerateKb) / 1024.0);

    timer.restart();
    const Result<Reconciliation> result = Matcher().run(input);
    const double matchS = double(timer.nsecsElapsed()) / 1e9;
    if (!result) {
        std::fprintf(stderr, "matcher refused the input: %s\n", qPrintable(result.error().toString()));
        return 1;
    }
    const Reconciliation& r = *result;
    const qint64 matched = r.matchedLines();
    qint64 lineAgree = 0;
    qint64 entryAgree = 0;
    qint64 firstMismatch = -1;
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        if (r.lines[i].discrepancy == scenario.lineTruth[i]) {
            ++lineAgree;
        } else if (firstMismatch < 0) {
            firstMismatch = qint64(i);
        }
    }
    for (std::size_t i = 0; i < r.entries.size(); ++i) {
        entryAgree += r.entries[i].discrepancy == scenario.entryTruth[i] ? 1 : 0;
    }
    const double lines = double(input.lines.size());
    std::printf("matching + classification: %.3f s wall, %.0f lines/s (%zu lines against %zu ledger entries)\n", matchS,
                lines / matchS, input.lines.size(), input.entries.size());
    std::printf("auto-matched: %lld of %zu lines (%.2f%%); %zu groups; %zu summary rows\n",
                static_cast<long long>(matched), input.lines.size(), 100.0 * double(matched) / lines, r.groups.size(),
                r.summaries.size());
    std::printf("truth agreement: lines %lld/%zu, ledger entries %lld/%zu\n", static_cast<long long>(lineAgree),
                r.lines.size(), static_cast<long long>(entryAgree), r.entries.size());
    if (firstMismatch >= 0) {
        std::printf("  first disagreement: %s (truth: %s)\n", qPrintable(r.describeLine(input, quint32(firstMismatch))),
                    qPrintable(Reconciliation::discrepancyName(scenario.lineTruth[std::size_t(firstMismatch)])));
    }
    std::printf("memory: VmHWM %.1f MB (whole process: generated input + matcher), VmRSS %.1f MB\n",
                double(statusKb("VmHWM")) / 1024.0, double(statusKb("VmRSS")) / 1024.0);
    // What loading would add: interning every id from text into a fresh pool (the rows refer to
    // ids; a loader reading getBatchDetail and the ledger interns each field once).
    timer.restart();
    {
        StringPool fresh;
        fresh.reserve(input.strings.size(), input.strings.memoryBytes() / 2);
        for (StringId id = 1; id <= input.strings.size(); ++id) {
            fresh.intern(input.strings.view(id));
        }
    }
    std::printf("interning the %u ids afresh (part of loading, not of matching): %.3f s\n", input.strings.size(),
                double(timer.nsecsElapsed()) / 1e9);

    return lineAgree == qint64(r.lines.size()) && entryAgree == qint64(r.entries.size()) ? 0 : 2;
}
