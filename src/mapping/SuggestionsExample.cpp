// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// The suggestion engine's use of an example document: the SYSPRO document a person keyed for the
// sample record, compared value by value with the sample (docs/architecture.md, "The example
// document").
#include "mapping/Suggestions.h"

#include "mapping/SuggestionsInternal.h"

#include <algorithm>

namespace bridge::mapping {

namespace {

using suggestions::scaled;

constexpr int kExampleSurePerMille = 900;       ///< the example's value in this source field alone
constexpr int kExampleLeadPerMille = 100;       ///< a name this much better decides among several
constexpr int kExampleUndecidedPerMille = 600;  ///< several sources hold the value, the names tie
constexpr int kExampleOtherPerMille = 400;      ///< the example's value is in another source field
constexpr int kExampleNonePerMille = 600;       ///< … in none: a constant, a SYSPRO code, a lookup
constexpr int kExampleOtherSmallPerMille = 800; ///< … which is a 1 or a "Y"
constexpr int kExampleEmptyPerMille = 600;      ///< the example leaves the field empty
constexpr int kExampleElsewherePerMille = 600;  ///< the value is in another source; this sample is empty
constexpr int kExampleLookupPerMille = 850;     ///< a short code no source holds: perhaps a lookup's
constexpr int kShortValueLength = 3;            ///< "30", "GB", "GBP": found by chance too
constexpr int kShortValueNamesPerMille = 300;   ///< … so the names must say something
constexpr int kExampleShortPerMille = 750;      ///< a short value and the names agree

/// Every word of a field's path, its parents' included, the word "address" aside:
/// BillingPostalCode and BillingAddress.postalCode say the same.
QSet<QString> pathWords(const SuggestionEngine::Features& f)
{
    QSet<QString> words = f.leafWords + f.contextWords;
    words.remove(QStringLiteral("#address"));
    return words;
}

} // namespace

void SuggestionEngine::setExample(ExampleDocument example)
{
    m_example = std::move(example);
    m_exampleMatches.clear();
    for (const SchemaField& t : m_target.leaves()) {
        const QString value = m_example.value(t.path);
        if (value.isEmpty()) {
            continue;
        }
        QHash<QString, ValueMatch>& matches = m_exampleMatches[t.path];
        for (const SchemaField& s : m_source.leaves()) {
            const ValueMatch how = matchExampleValue(s, t, value);
            if (how != ValueMatch::None) {
                matches.insert(s.path, how);
            }
        }
    }
}

int SuggestionEngine::exampleEvidence(const Features& source, const Features& target, int confidence,
                                      QStringList& reasons) const
{
    const QString value = m_example.value(target.path);
    const SchemaField* t = m_target.find(target.path);
    const bool sampled = !source.sample.trimmed().isEmpty();
    if (value.isEmpty()) {
        // Left empty among filled neighbours: left empty on purpose.
        if (sampled && t != nullptr && m_example.fillsGroup(t->parentPath)) {
            reasons.append(tr("The example document leaves this field empty, although the source holds “%1”.")
                               .arg(source.sample.trimmed().left(40)));
            return scaled(confidence, kExampleEmptyPerMille);
        }
        return confidence;
    }
    const QHash<QString, ValueMatch> matches = m_exampleMatches.value(target.path);
    const auto how = matches.constFind(source.path);
    const QString shown = value.left(40);
    const bool telling = isTellingValue(value);
    if (how == matches.constEnd()) {
        if (!telling) {
            return sampled ? scaled(confidence, kExampleOtherSmallPerMille) : confidence;
        }
        if (!matches.isEmpty()) {
            QStringList others = matches.keys();
            others.sort();
            if (!sampled) {
                reasons.append(tr("The example document holds “%1” here, as %2 does; the source's sample is empty.")
                                   .arg(shown, others.first()));
                return scaled(confidence, kExampleElsewherePerMille);
            }
            reasons.append(tr("The example document holds “%1” here, as %2 does, not “%3”.")
                               .arg(shown, others.first(), source.sample.trimmed().left(40)));
            return scaled(confidence, kExampleOtherPerMille);
        }
        if (!sampled) {
            return confidence;
        }
        reasons.append(tr("The example document holds “%1” here, which no source field holds: a constant, a SYSPRO "
                          "code or a lookup.")
                           .arg(shown));
        // A code of a letter or two ("C", "30") is what a lookup makes of a source, often.
        return scaled(confidence, value.size() <= kShortValueLength ? kExampleLookupPerMille : kExampleNonePerMille);
    }
    QString way;
    switch (*how) {
    case ValueMatch::Same:
    case ValueMatch::None:
        way = tr("The example document holds the same “%1” here.").arg(shown);
        break;
    case ValueMatch::Cut:
        way = tr("The example document holds “%1” here: the source's value cut to the field's %n character(s).",
                 nullptr, target.maxLength)
                  .arg(shown);
        break;
    case ValueMatch::FirstLine:
        way = tr("The example document holds “%1” here: the first line of the source's value.").arg(shown);
        break;
    case ValueMatch::Date:
        way = tr("The example document holds the same day here (“%1”).").arg(shown);
        break;
    case ValueMatch::Amount:
        way = tr("The example document holds the same amount here (“%1”).").arg(shown);
        break;
    case ValueMatch::MinorUnits:
        way = tr("The example document holds “%1” here: the source's amount in minor units.").arg(shown);
        break;
    case ValueMatch::Sign:
        way = tr("The example document holds “%1” here: the source's amount with the other sign.").arg(shown);
        break;
    }
    reasons.append(way);
    if (!telling) {
        return confidence; // a 1 or a "Y" says little
    }
    // "30", "GB", "GBP" may be in a field by chance: sure only with a name that says so too.
    auto sure = [&](int names) {
        if (value.size() <= kShortValueLength) {
            return names >= kShortValueNamesPerMille
                       ? kExampleShortPerMille + scaled(names, 1000 - kExampleShortPerMille)
                       : names;
        }
        return kExampleSurePerMille + scaled(names, 1000 - kExampleSurePerMille);
    };
    if (matches.size() == 1) {
        return sure(confidence);
    }
    // Several source fields hold the value: only the names can say which, unless they are the
    // same field twice (BillingPostalCode and BillingAddress.postalCode).
    int bestOther = 0;
    QStringList others;
    bool sameField = true;
    for (auto it = matches.constBegin(); it != matches.constEnd(); ++it) {
        if (it.key() == source.path) {
            continue;
        }
        others.append(it.key());
        for (const Features& f : m_sourceFeatures) {
            if (f.path == it.key()) {
                bestOther = std::max(bestOther, scoreNames(f, target).confidence);
                // Every word of both paths alike, parents' included, "address" aside.
                sameField = sameField && pathWords(f) == pathWords(source);
            }
        }
    }
    others.sort();
    if (sameField) {
        reasons.append(tr("So do %1, which is the same field.").arg(others.join(QStringLiteral(", "))));
        return sure(confidence);
    }
    if (confidence >= bestOther + kExampleLeadPerMille) {
        reasons.append(tr("So do %1; this name fits better.").arg(others.join(QStringLiteral(", "))));
        return sure(confidence);
    }
    reasons.append(tr("So do %1; nothing says which.").arg(others.join(QStringLiteral(", "))));
    return std::min(confidence, kExampleUndecidedPerMille);
}

} // namespace bridge::mapping
