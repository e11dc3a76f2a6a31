// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "mapping/ExampleDocument.h"
#include "mapping/SampleShape.h"
#include "mapping/Schema.h"
#include "mapping/SuggestionHistory.h"
#include "mapping/Synonyms.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace bridge::mapping {

/// One source field proposed for a target field. `confidence` is per mille (0–1000).
struct SuggestionCandidate {
    QString sourcePath;
    int confidence = 0;
    QStringList reasons; ///< plain language, translated
};

/// The ranked candidates for one unmapped target field, best first.
struct TargetSuggestion {
    QString targetPath;
    QList<SuggestionCandidate> candidates;
};

/// A connection to add to the mapping: source path → target name.
struct SuggestedConnection {
    QString sourcePath;
    QString targetPath;
    int confidence = 0;
    friend bool operator==(const SuggestedConnection&, const SuggestedConnection&) = default;
};

struct SuggestionOptions {
    int maxCandidates = 5;
    int minConfidence = 300; ///< candidates below this are not listed
};

/// Issue #6's mapping suggestions: for each unmapped target field, ranked source candidates with
/// a confidence and the reasons, from name similarity (split words, abbreviations, domain
/// synonyms; one name being the other with a qualifier), type and length compatibility, the
/// sample value's shape (dates, codes against free text), delivery against billing address (from
/// the target's name or its neighbours), line against document, and what admins accepted or
/// rejected before. Confidence is sure only when independent signals agree: a qualifier counts
/// only when the target's extra words are found in the source, "contrasting" words (net, old,
/// rate) in one name only cost, and two sources tied for a field are both doubted unless one
/// says it is the primary one. A source field is the first candidate of one target per object (the target's
/// parent) unless it fits several very well; the others see it lower, with the reason.
/// Integer arithmetic only (per mille); the same input gives the same ranking, ties broken by
/// source path.
class SuggestionEngine
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::SuggestionEngine)

public:
    /// "Accept all above" default, chosen on the tuning pairs in tests/data/mapping-pairs/.
    static constexpr int DefaultAcceptPerMille = 650;
    /// A source this good for a target may be the first candidate of other targets of the same
    /// object too (SORTOI's City and ShipAddress3Locality are both the delivery town).
    static constexpr int ReusePerMille = 900;

    SuggestionEngine(Schema source, Schema target, Synonyms synonyms, const SuggestionHistory* history = nullptr,
                     SuggestionOptions options = {});

    /// Suggestions for every leaf target field (under `under`, e.g. "OrderHeader", when given)
    /// that is not in `mappedTargets`, in the target schema's order. Fields without any
    /// candidate are listed with an empty list. Within one object a source goes first to the
    /// target it fits best: greedy by confidence, a source already taken there by another target
    /// is lowered to 70 % for the rest unless its confidence is at least `ReusePerMille`.
    [[nodiscard]] QList<TargetSuggestion> suggest(const QSet<QString>& mappedTargets = {},
                                                  const QString& under = {}) const;
    /// One source field scored against one target field; confidence 0 when the types forbid it.
    [[nodiscard]] SuggestionCandidate score(const QString& sourcePath, const QString& targetPath) const;

    /// From now on, compares every source sample with the SYSPRO document keyed by hand for the
    /// same record (ExampleDocument; an empty one turns this off). The example's value in one
    /// source field alone makes that field sure (at least 900‰); in several, the names decide
    /// only by a clear lead; a field holding another value is lowered (to 40 % when another
    /// source holds the example's value, 60 % when none does, 60 % when the example leaves the
    /// field empty among filled neighbours). Values of 1 or less and yes/no say little and count
    /// little.
    void setExample(ExampleDocument example);

    /// The best candidate of each target whose confidence is at least `perMille`.
    static QList<SuggestedConnection> acceptAbove(const QList<TargetSuggestion>& suggestions, int perMille);
    /// Records the admin's decision on a suggestion in the history (schema-qualified paths).
    void recordDecision(SuggestionHistory& history, const SuggestedConnection& connection, bool accepted) const;

    /// "payment:vendorTxCode": the key of a field in a SuggestionHistory.
    static QString qualified(const Schema& schema, const QString& path);

    struct Features {
        QString path;
        QHash<QString, int> bag; ///< normalised word → weight
        QSet<QString> leafWords;
        QSet<QString> strongLeafWords; ///< the leaf's words that are neither weak nor digits
        QString head;                  ///< the last of them: what the field is ("SettlementDate": #date)
        QSet<QString> contextWords;    ///< the parents' words
        QString side;                  ///< "#ship" or "#bill" when the path names one address
        bool sideFromSiblings = false; ///< targets: `side` is what the neighbours are about
        QSet<QString> digits;
        QSet<QString> contrasting; ///< the leaf's words that make it another figure ("net", "rate")
        FieldType type = FieldType::Text;
        FieldType effectiveType = FieldType::Text; ///< text whose sample is an ISO date counts as a date
        SampleShape shape = SampleShape::None;
        QString sample;
        int maxLength = 0;
        bool repeated = false;
        bool namedByRecord = false; ///< a top-level "id" or "number": the record's own (an order's)
    };

private:
    /// `subject` names what a top-level field whose name is only a weak word ("id", "number")
    /// belongs to: the source record ("order" for a schema "shopify-order"); empty for targets.
    /// `isTarget`: a field of the target schema.
    [[nodiscard]] Features features(const SchemaField& field, const QString& subject = {}, bool isTarget = false) const;
    [[nodiscard]] SuggestionCandidate score(const Features& source, const Features& target) const;
    /// What the names, types, lengths and samples say, before the example and the history.
    [[nodiscard]] SuggestionCandidate scoreNames(const Features& source, const Features& target) const;
    [[nodiscard]] int exampleEvidence(const Features& source, const Features& target, int confidence,
                                      QStringList& reasons) const;

    Schema m_source;
    Schema m_target;
    Synonyms m_synonyms;
    const SuggestionHistory* m_history = nullptr;
    SuggestionOptions m_options;
    QList<Features> m_sourceFeatures;
    QHash<QString, Features> m_targetFeatures;
    bool m_sourceHasLines = false;      ///< the source has fields of each line and fields of the document
    QString m_sourceSubject;            ///< what one source record is: the last word of the schema's id
    QSet<QString> m_sourceSubjectWords; ///< the schema id's normalised words ("#customer")
    QSet<QString> m_preferredSources;   ///< sources whose path says primary, main, default
    ExampleDocument m_example;
    QHash<QString, QHash<QString, ValueMatch>> m_exampleMatches; ///< target → source → how its sample matches
};

} // namespace bridge::mapping
