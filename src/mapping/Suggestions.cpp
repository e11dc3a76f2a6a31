// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/Suggestions.h"

#include "core/Currency.h"

#include <QRegularExpression>

#include <algorithm>

namespace bridge::mapping {

namespace {

constexpr int kLeafWeight = 20;
constexpr int kContextWeight = 4;
constexpr int kWeakPerMille = 400;

int scaled(int value, int perMille)
{
    return int((qint64(value) * perMille) / 1000);
}

QString shapeName(SampleShape shape)
{
    switch (shape) {
    case SampleShape::Email:
        return SuggestionEngine::tr("an e-mail address");
    case SampleShape::Postcode:
        return SuggestionEngine::tr("a postcode");
    case SampleShape::IsoDate:
        return SuggestionEngine::tr("an ISO date");
    case SampleShape::Currency:
        return SuggestionEngine::tr("a currency code");
    case SampleShape::Country:
        return SuggestionEngine::tr("a country code");
    case SampleShape::Digits:
        return SuggestionEngine::tr("digits");
    case SampleShape::Decimal:
        return SuggestionEngine::tr("a decimal number");
    case SampleShape::Phone:
        return SuggestionEngine::tr("a telephone number");
    case SampleShape::Guid:
        return SuggestionEngine::tr("a GUID");
    case SampleShape::None:
        break;
    }
    return SuggestionEngine::tr("free text");
}

/// The shape a target field's name asks for.
SampleShape expectedShape(const QSet<QString>& leafWords)
{
    if (leafWords.contains(QStringLiteral("#email"))) {
        return SampleShape::Email;
    }
    if (leafWords.contains(QStringLiteral("#postcode")) && !leafWords.contains(QStringLiteral("#region"))) {
        return SampleShape::Postcode;
    }
    if (leafWords.contains(QStringLiteral("#currency"))) {
        return SampleShape::Currency;
    }
    if (leafWords.contains(QStringLiteral("#country"))) {
        return SampleShape::Country;
    }
    if (leafWords.contains(QStringLiteral("#phone"))) {
        return SampleShape::Phone;
    }
    return SampleShape::None;
}

/// Per mille: how well a source of one type fills a target of another; 0 is a veto.
int typeFit(FieldType target, FieldType source)
{
    using T = FieldType;
    switch (target) {
    case T::Money:
        return source == T::Money     ? 1000
               : source == T::Decimal ? 800
               : source == T::Integer ? 500
               : source == T::Text    ? 300
                                      : 0;
    case T::Decimal:
        return source == T::Decimal                           ? 1000
               : (source == T::Money || source == T::Integer) ? 900
               : source == T::Text                            ? 300
                                                              : 0;
    case T::Integer:
        return source == T::Integer   ? 1000
               : source == T::Decimal ? 600
               : source == T::Text    ? 500
               : source == T::Money   ? 300
                                      : 0;
    case T::Date:
        return source == T::Date ? 1000 : source == T::Text ? 200 : 0;
    case T::Boolean:
        return source == T::Boolean ? 1000 : source == T::Text ? 400 : source == T::Integer ? 300 : 0;
    case T::Text:
        return source == T::Text                             ? 1000
               : source == T::Integer                        ? 800
               : (source == T::Decimal || source == T::Date) ? 500
                                                             : 400;
    case T::Group:
    case T::List:
        break;
    }
    return 0;
}

QString displayWord(const QString& word)
{
    return word.startsWith(QLatin1Char('#')) ? word.mid(1) : word;
}

} // namespace

SampleShape detectShape(const QString& text)
{
    const QString s = text.trimmed();
    if (s.isEmpty()) {
        return SampleShape::None;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}.*)?$"));
    static const QRegularExpression guid(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    static const QRegularExpression ukPostcode(QStringLiteral("^[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}$"));
    static const QRegularExpression zip(QStringLiteral("^\\d{5}(-\\d{4})?$"));
    static const QRegularExpression nlPostcode(QStringLiteral("^\\d{4}\\s?[A-Za-z]{2}$"));
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+[.,]\\d+$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[\\d\\s()\\-]{7,}$"));
    static const QRegularExpression upper2(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression upper3(QStringLiteral("^[A-Z]{3}$"));
    if (email.match(s).hasMatch()) {
        return SampleShape::Email;
    }
    if (isoDate.match(s).hasMatch()) {
        return SampleShape::IsoDate;
    }
    if (guid.match(s).hasMatch()) {
        return SampleShape::Guid;
    }
    if (ukPostcode.match(s).hasMatch() || zip.match(s).hasMatch() || nlPostcode.match(s).hasMatch()) {
        return SampleShape::Postcode;
    }
    if (upper3.match(s).hasMatch() && Currency::fromCode(s)) {
        return SampleShape::Currency;
    }
    if (upper2.match(s).hasMatch()) {
        return SampleShape::Country;
    }
    if (decimal.match(s).hasMatch()) {
        return SampleShape::Decimal;
    }
    if (digits.match(s).hasMatch()) {
        return SampleShape::Digits;
    }
    if (phone.match(s).hasMatch() && s.count(QRegularExpression(QStringLiteral("\\d"))) >= 7) {
        return SampleShape::Phone;
    }
    return SampleShape::None;
}

SuggestionEngine::SuggestionEngine(Schema source, Schema target, Synonyms synonyms, const SuggestionHistory* history,
                                   SuggestionOptions options)
    : m_source(std::move(source))
    , m_target(std::move(target))
    , m_synonyms(std::move(synonyms))
    , m_history(history)
    , m_options(options)
{
    for (const SchemaField& f : m_source.leaves()) {
        m_sourceFeatures.append(features(f));
    }
    for (const SchemaField& f : m_target.leaves()) {
        m_targetFeatures.insert(f.path, features(f));
    }
}

SuggestionEngine::Features SuggestionEngine::features(const SchemaField& field) const
{
    Features f;
    f.path = field.path;
    f.type = field.type;
    f.effectiveType = field.type;
    f.sample = field.sampleText();
    f.shape = field.type == FieldType::Text ? detectShape(f.sample) : SampleShape::None;
    if (field.type == FieldType::Text && f.shape == SampleShape::IsoDate) {
        f.effectiveType = FieldType::Date;
    } else if (field.type == FieldType::Text && f.shape == SampleShape::Decimal) {
        f.effectiveType = FieldType::Decimal;
    }
    f.maxLength = field.maxLength;
    f.repeated = field.repeated;
    auto add = [&f, this](const QString& name, int weight, bool leaf) {
        const QStringList words = m_synonyms.normalise(Synonyms::split(name));
        for (const QString& w : words) {
            if (!w.isEmpty() && w.at(0).isDigit()) {
                f.digits.insert(w);
            }
            const int wWeight = m_synonyms.isWeak(w) ? scaled(weight, kWeakPerMille) : weight;
            f.bag[w] = std::max(f.bag.value(w), wWeight);
            if (leaf) {
                f.leafWords.insert(w);
            }
        }
    };
    add(field.name, kLeafWeight, true);
    if (!field.parentPath.isEmpty()) {
        add(field.parentPath, kContextWeight, false);
    }
    return f;
}

SuggestionCandidate SuggestionEngine::score(const QString& sourcePath, const QString& targetPath) const
{
    const SchemaField* s = m_source.find(sourcePath);
    const SchemaField* t = m_target.find(targetPath);
    if (s == nullptr || t == nullptr || !s->isLeaf() || !t->isLeaf()) {
        return SuggestionCandidate{sourcePath, 0, {}};
    }
    return score(features(*s), features(*t));
}

SuggestionCandidate SuggestionEngine::score(const Features& source, const Features& target) const
{
    SuggestionCandidate c{source.path, 0, {}};
    const int fit = typeFit(target.type, source.effectiveType);
    if (fit == 0) {
        return c;
    }
    // Name similarity: weighted Dice over the normalised words.
    int common = 0;
    int total = 0;
    QStringList shared;
    for (auto it = source.bag.begin(); it != source.bag.end(); ++it) {
        total += it.value();
        if (target.bag.contains(it.key())) {
            common += it.value() + target.bag.value(it.key());
            shared.append(displayWord(it.key()));
        }
    }
    for (const int w : target.bag) {
        total += w;
    }
    int confidence = total == 0 ? 0 : int((qint64(common) * 1000) / total);
    std::sort(shared.begin(), shared.end());
    if (!shared.isEmpty()) {
        c.reasons.append(tr("The names agree on: %1.").arg(shared.join(QStringLiteral(", "))));
    }
    if (!target.digits.isEmpty() || !source.digits.isEmpty()) {
        if (!target.digits.isEmpty() && !source.digits.isEmpty() && !target.digits.intersects(source.digits)) {
            confidence = scaled(confidence, 300);
            c.reasons.append(tr("The names carry different numbers."));
        } else if (target.digits.isEmpty() != source.digits.isEmpty()) {
            confidence = scaled(confidence, 700);
            c.reasons.append(tr("Only one of the names carries a number."));
        }
    }
    // Sample shape.
    const SampleShape wanted = expectedShape(target.leafWords);
    bool shapeMatched = false;
    if (wanted != SampleShape::None && !source.sample.isEmpty()) {
        const bool postcodeLike = wanted == SampleShape::Postcode && source.shape == SampleShape::Digits &&
                                  (source.sample.size() == 4 || source.sample.size() == 5);
        if (source.shape == wanted || postcodeLike) {
            shapeMatched = true;
            confidence = std::max(confidence, 550) + 100;
            c.reasons.append(tr("The sample \"%1\" looks like %2.").arg(source.sample, shapeName(wanted)));
        } else {
            confidence = scaled(confidence, 400);
            c.reasons.append(tr("The sample \"%1\" does not look like %2.").arg(source.sample, shapeName(wanted)));
        }
    } else if (wanted == SampleShape::None &&
               (source.shape == SampleShape::Email || source.shape == SampleShape::Currency ||
                source.shape == SampleShape::Country)) {
        confidence = scaled(confidence, 700);
        c.reasons.append(tr("The sample \"%1\" looks like %2, which this field does not hold.")
                             .arg(source.sample, shapeName(source.shape)));
    }
    if (confidence == 0 && !shapeMatched) {
        // Nothing in common; only an earlier acceptance can still make it a candidate.
        const SuggestionCounts counts = m_history == nullptr ? SuggestionCounts{}
                                                             : m_history->counts(qualified(m_source, source.path),
                                                                                 qualified(m_target, target.path));
        if (counts.accepted <= counts.rejected) {
            return c;
        }
    }
    // Type.
    if (fit < 1000) {
        confidence = scaled(confidence, fit);
        c.reasons.append(tr("A %1 into a %2 field needs a conversion.")
                             .arg(fieldTypeName(source.effectiveType), fieldTypeName(target.type)));
    } else {
        c.reasons.append(tr("Both are %1.").arg(fieldTypeName(target.type)));
    }
    // Length.
    if (target.maxLength > 0) {
        if (source.sample.size() > target.maxLength) {
            confidence = scaled(confidence, 700);
            c.reasons.append(tr("The sample has %1 characters; this field takes at most %2, so it needs shortening.")
                                 .arg(source.sample.size())
                                 .arg(target.maxLength));
        } else if (source.maxLength > target.maxLength) {
            confidence = scaled(confidence, 900);
            c.reasons.append(tr("The source may have up to %1 characters; this field takes %2.")
                                 .arg(source.maxLength)
                                 .arg(target.maxLength));
        }
    }
    // Structure: a field of each line against a field of the document.
    if (source.repeated != target.repeated) {
        confidence = scaled(confidence, 800);
        c.reasons.append(source.repeated ? tr("The source is a field of each line; this field is not.")
                                         : tr("This field belongs to each line; the source does not."));
    }
    // What admins did before.
    if (m_history != nullptr) {
        const SuggestionCounts counts =
            m_history->counts(qualified(m_source, source.path), qualified(m_target, target.path));
        if (counts.rejected > counts.accepted) {
            confidence = scaled(confidence, 200);
            c.reasons.append(tr("Rejected %n time(s) before.", nullptr, counts.rejected));
        } else if (counts.accepted > counts.rejected) {
            confidence += std::min(300, 150 * (counts.accepted - counts.rejected));
            c.reasons.append(tr("Accepted %n time(s) before.", nullptr, counts.accepted));
        }
    }
    c.confidence = std::clamp(confidence, 0, 1000);
    return c;
}

QList<TargetSuggestion> SuggestionEngine::suggest(const QSet<QString>& mappedTargets, const QString& under) const
{
    QList<TargetSuggestion> out;
    for (const SchemaField& t : m_target.leaves(under)) {
        if (mappedTargets.contains(t.path)) {
            continue;
        }
        const Features& tf = m_targetFeatures[t.path];
        TargetSuggestion ts{t.path, {}};
        for (const Features& sf : m_sourceFeatures) {
            SuggestionCandidate c = score(sf, tf);
            if (c.confidence >= m_options.minConfidence) {
                ts.candidates.append(std::move(c));
            }
        }
        std::sort(ts.candidates.begin(), ts.candidates.end(),
                  [](const SuggestionCandidate& a, const SuggestionCandidate& b) {
                      return a.confidence != b.confidence ? a.confidence > b.confidence : a.sourcePath < b.sourcePath;
                  });
        if (ts.candidates.size() > m_options.maxCandidates) {
            ts.candidates.resize(m_options.maxCandidates);
        }
        out.append(std::move(ts));
    }
    return out;
}

QList<SuggestedConnection> SuggestionEngine::acceptAbove(const QList<TargetSuggestion>& suggestions, int perMille)
{
    QList<SuggestedConnection> out;
    for (const TargetSuggestion& t : suggestions) {
        if (!t.candidates.isEmpty() && t.candidates.first().confidence >= perMille) {
            out.append(
                SuggestedConnection{t.candidates.first().sourcePath, t.targetPath, t.candidates.first().confidence});
        }
    }
    return out;
}

void SuggestionEngine::recordDecision(SuggestionHistory& history, const SuggestedConnection& connection,
                                      bool accepted) const
{
    history.record(qualified(m_source, connection.sourcePath), qualified(m_target, connection.targetPath), accepted);
}

QString SuggestionEngine::qualified(const Schema& schema, const QString& path)
{
    return schema.id() + QLatin1Char(':') + path;
}

} // namespace bridge::mapping
