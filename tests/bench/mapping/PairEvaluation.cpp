// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "PairEvaluation.h"

#include "mapping/Suggestions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace bridge;
using namespace bridge::mapping;

void PairScore::add(const PairScore& other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    positives += other.positives;
    targets += other.targets;
}

int PairScore::precisionPerMille() const
{
    const int suggested = truePositives + falsePositives;
    return suggested == 0 ? 1000 : (truePositives * 1000) / suggested;
}

int PairScore::recallPerMille() const
{
    return positives == 0 ? 1000 : (truePositives * 1000) / positives;
}

namespace {
Result<Schema> schemaFrom(const QJsonValue& value, const QString& where)
{
    if (value.isString()) {
        return Schema::builtIn(value.toString());
    }
    return Schema::fromJson(value.toObject(), where);
}
} // namespace

Result<QList<MappingPair>> loadPairs(const QString& directory)
{
    QList<MappingPair> pairs;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Error::configuration(QStringLiteral("pairs.unreadable"), file.fileName()));
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        MappingPair p;
        p.file = name;
        p.name = json.value(QStringLiteral("name")).toString();
        p.heldOut = json.value(QStringLiteral("heldOut")).toBool();
        p.contaminated = !json.value(QStringLiteral("contaminated")).toString().isEmpty();
        p.under = json.value(QStringLiteral("under")).toString();
        Result<Schema> source = schemaFrom(json.value(QStringLiteral("source")), name + QStringLiteral(" source"));
        Result<Schema> target = schemaFrom(json.value(QStringLiteral("target")), name + QStringLiteral(" target"));
        if (!source) {
            return fail(source.error());
        }
        if (!target) {
            return fail(target.error());
        }
        p.source = *source;
        p.target = *target;
        const QJsonObject truth = json.value(QStringLiteral("truth")).toObject();
        for (auto it = truth.begin(); it != truth.end(); ++it) {
            if (p.target.find(it.key()) == nullptr) {
                return fail(Error::configuration(QStringLiteral("pairs.truth"),
                                                 name + QStringLiteral(": unknown target ") + it.key()));
            }
            QStringList sources;
            for (const QJsonValue& s : it.value().toArray()) {
                if (p.source.find(s.toString()) == nullptr) {
                    return fail(Error::configuration(QStringLiteral("pairs.truth"),
                                                     name + QStringLiteral(": unknown source ") + s.toString()));
                }
                sources.append(s.toString());
            }
            p.truth.insert(it.key(), sources);
        }
        if (json.contains(QStringLiteral("example"))) {
            Result<ExampleDocument> example =
                ExampleDocument::fromJson(json.value(QStringLiteral("example")).toObject(), p.target);
            if (!example) {
                return fail(Error::configuration(QStringLiteral("pairs.example"),
                                                 name + QStringLiteral(": ") + example.error().toString()));
            }
            p.example = *example;
        }
        pairs.append(p);
    }
    return pairs;
}

PairScore evaluatePair(const MappingPair& pair, int thresholdPerMille, bool withExample)
{
    static const Result<Synonyms> synonyms = Synonyms::builtIn();
    SuggestionEngine engine(pair.source, pair.target, *synonyms);
    if (withExample) {
        engine.setExample(pair.example);
    }
    PairScore score;
    for (const TargetSuggestion& t : engine.suggest({}, pair.under)) {
        ++score.targets;
        const QStringList wanted = pair.truth.value(t.targetPath);
        if (!wanted.isEmpty()) {
            ++score.positives;
        }
        if (t.candidates.isEmpty() || t.candidates.first().confidence < thresholdPerMille) {
            if (!wanted.isEmpty()) {
                int best = 0;
                for (const SuggestionCandidate& c : t.candidates) {
                    if (wanted.contains(c.sourcePath)) {
                        best = std::max(best, c.confidence);
                    }
                }
                score.missed.append(QStringLiteral("%1: top %2 (%3‰); wanted %4 (%5‰)")
                                        .arg(t.targetPath, t.candidates.isEmpty() ? QStringLiteral("none")
                                                                                  : t.candidates.first().sourcePath)
                                        .arg(t.candidates.isEmpty() ? 0 : t.candidates.first().confidence)
                                        .arg(wanted.join(QStringLiteral(" or ")))
                                        .arg(best));
            }
            continue;
        }
        const SuggestionCandidate& top = t.candidates.first();
        if (wanted.contains(top.sourcePath)) {
            ++score.truePositives;
        } else {
            ++score.falsePositives;
            score.mistakes.append(
                QStringLiteral("%1 ← %2 (%3‰; wanted %4)")
                    .arg(t.targetPath, top.sourcePath)
                    .arg(top.confidence)
                    .arg(wanted.isEmpty() ? QStringLiteral("nothing") : wanted.join(QStringLiteral(" or "))));
        }
    }
    return score;
}
