// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "mapping/ExampleDocument.h"
#include "mapping/Schema.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// A schema pair with its true correspondences (tests/data/mapping-pairs/*.json), and the
/// precision and recall of the suggestion engine's top-1 candidate per target field.
struct MappingPair {
    QString file;
    QString name;
    bool heldOut = false;
    /// Held out but known to have leaked into tuning (a "contaminated" note in the file): its
    /// figures are reported, not counted as a clean measurement.
    bool contaminated = false;
    bridge::mapping::Schema source;
    bridge::mapping::Schema target;
    QString under;
    QHash<QString, QStringList> truth; ///< target → acceptable sources; targets not listed have none
    /// The SYSPRO document a clerk keyed for the sample record ("example"); empty when the pair
    /// has none.
    bridge::mapping::ExampleDocument example;
};

struct PairScore {
    int truePositives = 0;
    int falsePositives = 0;
    int positives = 0; ///< targets that have a correct source
    int targets = 0;
    QStringList mistakes; ///< "target ← suggested (wanted …)"
    QStringList missed;   ///< targets with a correct source left without a suggestion over the threshold
    void add(const PairScore& other);
    [[nodiscard]] int precisionPerMille() const;
    [[nodiscard]] int recallPerMille() const;
};

bridge::Result<QList<MappingPair>> loadPairs(const QString& directory);
/// `withExample`: the engine also compares the samples with the pair's example document.
PairScore evaluatePair(const MappingPair& pair, int thresholdPerMille, bool withExample = false);
