// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/Suggestions.h"

#include "mapping/SuggestionsInternal.h"

#include <QRegularExpression>

#include <algorithm>

namespace bridge::mapping {

namespace {

using suggestions::scaled;

constexpr int kLeafWeight = 20;
constexpr int kContextWeight = 4;
constexpr int kWeakPerMille = 400;
constexpr int kQualifiedPerMille = 400; ///< of the distance to 1000
constexpr int kTakenPerMille = 700;
constexpr int kCodeFieldLength = 3;
constexpr int kRelatedPerMille = 850; ///< a broader word against a narrower one
constexpr int kOnlyWeakSharedPerMille = 750;
constexpr int kTiePerMille = 30;               ///< candidates this close to the best are tied with it
constexpr int kTiedPerMille = 900;             ///< what a tie costs
constexpr int kNamedByRecordPerMille = 850;    ///< "id" taken as the order's id: a guess
constexpr int kUnmatchedContextPerMille = 500; ///< a parent's word the other name lacks
constexpr int kShapeOnlyPerMille = 550;        ///< the sample has the shape the target asks for
constexpr int kShapeAndNamePerMille = 650;     ///< … and the names share a word
constexpr int kCutIdentifierPerMille = 500;    ///< an identifier too long for its field
constexpr int kContrastingPerMille = 750;      ///< "net", "old", "rate" in one name only
constexpr int kUnclaimedKindPerMille = 900;    ///< the target's qualifier, not in the source
constexpr int kOfAnotherPerMille = 850;        ///< the target's word only says whose the source is

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
    case SampleShape::Date:
        return SuggestionEngine::tr("a date");
    case SampleShape::Code:
        return SuggestionEngine::tr("a code or number");
    case SampleShape::FreeText:
        return SuggestionEngine::tr("words of free text");
    case SampleShape::Url:
        return SuggestionEngine::tr("a web address");
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

bool hasAny(const QSet<QString>& words, std::initializer_list<const char*> concepts)
{
    for (const char* c : concepts) {
        if (words.contains(QLatin1String(c))) {
            return true;
        }
    }
    return false;
}

/// A target that holds words people read (a name, a town, a line of an address, a note).
bool holdsText(const QSet<QString>& leafWords)
{
    return hasAny(leafWords, {"#fullname", "#firstname", "#lastname", "#company", "#city", "#region", "#address",
                              "#description", "#note"});
}

/// A target that holds an identifier (an order or transaction reference, an account, a batch, a
/// stock code).
bool holdsCode(const QSet<QString>& leafWords)
{
    return hasAny(leafWords, {"#orderref", "#txid", "#customer", "#batch", "#sku", "#taxno"});
}

QString sideOf(const QSet<QString>& words)
{
    const bool ship = words.contains(QStringLiteral("#ship"));
    const bool bill = words.contains(QStringLiteral("#bill"));
    return ship == bill ? QString() : ship ? QStringLiteral("#ship") : QStringLiteral("#bill");
}

QString sideName(const QString& side)
{
    return side == QLatin1String("#ship") ? SuggestionEngine::tr("delivery") : SuggestionEngine::tr("billing");
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
               : source == T::Integer                        ? 900
               : (source == T::Decimal || source == T::Date) ? 500
                                                             : 400;
    case T::Group:
    case T::List:
        break;
    }
    return 0;
}

/// A word that says a field is an identifier and nothing of what it identifies.
bool isIdentifierWord(const QString& word)
{
    return word == QLatin1String("id") || word == QLatin1String("code") || word == QLatin1String("number") ||
           word == QLatin1String("key");
}

/// What a field is once the words of an address's layout are set aside: ShipAddress3Locality and
/// City are both the town (two slots for one value); ShipAddress1 is nothing by itself;
/// ShippingInstrs is not SpecialInstrs.
QSet<QString> meaning(const SuggestionEngine::Features& f)
{
    QSet<QString> m = f.strongLeafWords;
    if (m.contains(QStringLiteral("#address"))) {
        for (const char* layout : {"#address", "#ship", "#bill"}) {
            m.remove(QLatin1String(layout));
        }
    }
    return m;
}

bool sameMeaning(const SuggestionEngine::Features& a, const SuggestionEngine::Features& b)
{
    const QSet<QString> m = meaning(a);
    return !m.isEmpty() && m == meaning(b);
}

/// A word that names a kind of record: a field named by it alone is the record's number.
bool isRecordWord(const QString& word)
{
    return word == QLatin1String("order") || word == QLatin1String("invoice") || word == QLatin1String("transaction") ||
           word == QLatin1String("payment");
}

/// Words of a parent that name a thing, not a person, a party or an address: a "#concept" of
/// neither kind.
bool namesAThing(const QStringList& words)
{
    static const QSet<QString> parties{
        QStringLiteral("#customer"),  QStringLiteral("#company"),  QStringLiteral("#ship"),
        QStringLiteral("#bill"),      QStringLiteral("#address"),  QStringLiteral("#fullname"),
        QStringLiteral("#firstname"), QStringLiteral("#lastname"), QStringLiteral("#salesperson")};
    bool thing = false;
    for (const QString& w : words) {
        if (parties.contains(w)) {
            return false;
        }
        thing = thing || w.startsWith(QLatin1Char('#'));
    }
    return thing;
}

QString displayWord(const QString& word)
{
    return word.startsWith(QLatin1Char('#')) ? word.mid(1) : word;
}

} // namespace

SuggestionEngine::SuggestionEngine(Schema source, Schema target, Synonyms synonyms, const SuggestionHistory* history,
                                   SuggestionOptions options)
    : m_source(std::move(source))
    , m_target(std::move(target))
    , m_synonyms(std::move(synonyms))
    , m_history(history)
    , m_options(options)
{
    bool documentFields = false;
    bool lineFields = false;
    const QStringList idWords = Synonyms::split(m_source.id());
    m_sourceSubject = idWords.isEmpty() ? QString() : idWords.last();
    for (const QString& w : m_synonyms.normalise(idWords)) {
        if (!m_synonyms.isWeak(w)) {
            m_sourceSubjectWords.insert(w);
        }
    }
    for (const SchemaField& f : m_source.leaves()) {
        m_sourceFeatures.append(features(f, m_sourceSubject));
        for (const QString& w : Synonyms::split(f.path)) {
            if (m_synonyms.isPreferring(w)) {
                m_preferredSources.insert(f.path);
            }
        }
        (f.repeated ? lineFields : documentFields) = true;
    }
    // A flat source (one CSV row, one settlement line) is one record: it may fill a document or
    // each of its lines alike. Line against document only counts when the source has both.
    m_sourceHasLines = documentFields && lineFields;
    // A target that names no address itself (SORTOI's City, State, CustomerName) is about the
    // address its neighbours name, when they all name the same one.
    QHash<QString, QPair<int, int>> sidesByParent; // parent → (delivery, billing) leaves
    for (const SchemaField& f : m_target.leaves()) {
        Features tf = features(f, {}, true);
        const QString leafSide = sideOf(tf.leafWords);
        if (!leafSide.isEmpty()) {
            auto& counts = sidesByParent[f.parentPath];
            (leafSide == QLatin1String("#ship") ? counts.first : counts.second) += 1;
        }
        tf.side = leafSide;
        m_targetFeatures.insert(f.path, tf);
    }
    for (const SchemaField& f : m_target.leaves()) {
        Features& tf = m_targetFeatures[f.path];
        const QPair<int, int> counts = sidesByParent.value(f.parentPath);
        if (tf.side.isEmpty() && (counts.first == 0) != (counts.second == 0) && counts.first + counts.second >= 2) {
            tf.side = counts.first > 0 ? QStringLiteral("#ship") : QStringLiteral("#bill");
            tf.sideFromSiblings = true;
        }
    }
}

SuggestionEngine::Features SuggestionEngine::features(const SchemaField& field, const QString& subject,
                                                      bool isTarget) const
{
    Features f;
    f.path = field.path;
    f.type = field.type;
    f.effectiveType = field.type;
    f.sample = field.sampleText();
    f.shape = field.type == FieldType::Text ? detectShape(f.sample) : SampleShape::None;
    if (field.type == FieldType::Text && (f.shape == SampleShape::IsoDate || f.shape == SampleShape::Date)) {
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
            (leaf ? f.leafWords : f.contextWords).insert(w);
            if (leaf && m_synonyms.isContrasting(w)) {
                f.contrasting.insert(w);
            }
            if (leaf && !m_synonyms.isWeak(w) && !w.at(0).isDigit()) {
                f.strongLeafWords.insert(w);
                f.head = w;
            }
        }
    };
    // A leaf that says only "id" or "code" is named by its parent: customer.id is the customer's
    // id, as customerId would be.
    // At the top, such a leaf is the record's own: an order's "id" or "number" is the order's.
    QString leafName = field.name;
    QString contextPath = field.parentPath;
    const QStringList leaf = m_synonyms.normalise(Synonyms::split(field.name));
    const bool weakOnly = std::all_of(leaf.begin(), leaf.end(), [](const QString& w) {
        return isIdentifierWord(w) || (!w.isEmpty() && w.at(0).isDigit());
    });
    const QStringList leafRaw = Synonyms::split(field.name);
    const qsizetype parentDot = contextPath.lastIndexOf(QLatin1Char('.'));
    const QString parentName = contextPath.mid(parentDot + 1);
    const QString grandparentPath = parentDot < 0 ? QString() : contextPath.left(parentDot);
    if (leaf.size() == 1 && isRecordWord(leaf.first()) &&
        (f.shape == SampleShape::Code || f.shape == SampleShape::Digits || f.shape == SampleShape::Guid)) {
        // A column named only by what a record is ("Order", "Transaction") whose sample is a
        // code ("#1042") is that record's number.
        leafName = field.name + QStringLiteral(" id");
    } else if (isTarget && leafRaw.size() == 1 && leaf.size() == 1 && isRecordWord(leaf.first())) {
        // So is a target named only by a record ("Invoice" of ARSTPY's InvoiceToPay).
        leafName = field.name + QStringLiteral(" number");
    } else if (leafRaw == QStringList{QStringLiteral("value")} && !contextPath.isEmpty()) {
        // An object's "value" is the object's (CurrencyRef.value: a currency; amount.value: an
        // amount), and a reference to another record ("…Ref", "…Reference") holds that record's
        // id or code: CurrencyRef.value is the currency, SalesTermRef.value the sales terms.
        QStringList parentWords = Synonyms::split(parentName);
        if (parentWords.size() > 1 &&
            (parentWords.last() == QLatin1String("ref") || parentWords.last() == QLatin1String("reference"))) {
            parentWords.removeLast();
        }
        leafName = parentWords.join(QLatin1Char(' '));
        contextPath = grandparentPath;
    } else if (leaf == QStringList{QStringLiteral("#fullname")} && !contextPath.isEmpty() &&
               namesAThing(m_synonyms.normalise(Synonyms::split(parentName)))) {
        // A thing's name is not a person's: CurrencyRef.name is the currency's, PaymentMethod.name
        // the method's; customer.name and shipping_address.name stay a person's.
        leafName = parentName + QLatin1Char(' ') + field.name;
        contextPath = grandparentPath;
    } else if (weakOnly && !contextPath.isEmpty()) {
        leafName = parentName + QLatin1Char(' ') + field.name;
        contextPath = grandparentPath;
    } else if (weakOnly && !subject.isEmpty() && !leaf.isEmpty()) {
        leafName = subject + QLatin1Char(' ') + field.name;
        f.namedByRecord = true;
    }
    add(leafName, kLeafWeight, true);
    // A field that holds a date is a date, whatever its name (refunded_at, settled_on),
    // unless the name says which date it is not (an expiry, a birthday, a last change).
    if (!isTarget && f.effectiveType == FieldType::Date &&
        !hasAny(f.leafWords, {"#date", "#expiry", "#birthdate", "#duedate", "#modified"})) {
        f.bag[QStringLiteral("#date")] = kLeafWeight;
        f.leafWords.insert(QStringLiteral("#date"));
        f.strongLeafWords.insert(QStringLiteral("#date"));
        f.head = QStringLiteral("#date");
    }
    if (!contextPath.isEmpty()) {
        add(contextPath, kContextWeight, false);
    }
    f.side = sideOf(f.leafWords);
    if (f.side.isEmpty() && sideOf(f.leafWords + f.contextWords) != QString()) {
        f.side = sideOf(f.contextWords);
    }
    // A date as a Unix time ("created": 1709648551, or in milliseconds), when the name says date.
    if ((field.type == FieldType::Integer || f.shape == SampleShape::Digits) &&
        f.leafWords.contains(QStringLiteral("#date"))) {
        if (!possibleDates(f.sample).isEmpty()) { // seconds or milliseconds, 2000–2100
            f.effectiveType = FieldType::Date;
        }
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
    return score(features(*s, m_sourceSubject), m_targetFeatures.value(targetPath));
}

SuggestionCandidate SuggestionEngine::score(const Features& source, const Features& target) const
{
    SuggestionCandidate c = scoreNames(source, target);
    if (c.confidence == 0 && typeFit(target.type, source.effectiveType) == 0) {
        return c;
    }
    int confidence = c.confidence;
    if (!m_example.isEmpty()) {
        confidence = exampleEvidence(source, target, confidence, c.reasons);
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

SuggestionCandidate SuggestionEngine::scoreNames(const Features& source, const Features& target) const
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
    // A word of a parent's name the other name lacks counts half: InvoiceToPay.GrossPaymentValue
    // is a gross payment value whatever object it sits in.
    auto weight = [](const Features& f, const QString& word, int w) {
        return f.leafWords.contains(word) ? w : scaled(w, kUnmatchedContextPerMille);
    };
    // A broader word against a narrower one (reference against an order reference) counts as
    // the same at kRelatedPerMille.
    QSet<QString> relatedTargetWords;
    for (auto it = source.bag.begin(); it != source.bag.end(); ++it) {
        if (target.bag.contains(it.key())) {
            total += it.value();
            common += it.value() + target.bag.value(it.key());
            shared.append(displayWord(it.key()));
            continue;
        }
        QString relatedWord;
        for (auto t = target.bag.begin(); t != target.bag.end() && relatedWord.isEmpty(); ++t) {
            if (!source.bag.contains(t.key()) && !relatedTargetWords.contains(t.key()) &&
                m_synonyms.related(it.key(), t.key())) {
                relatedWord = t.key();
            }
        }
        if (!relatedWord.isEmpty()) {
            relatedTargetWords.insert(relatedWord);
            total += it.value();
            common += scaled(it.value() + target.bag.value(relatedWord), kRelatedPerMille);
            const bool sourceBroader = m_synonyms.covers(it.key(), relatedWord);
            shared.append(tr("%1 (a kind of %2)")
                              .arg(displayWord(sourceBroader ? relatedWord : it.key()),
                                   displayWord(sourceBroader ? it.key() : relatedWord)));
        } else {
            total += weight(source, it.key(), it.value());
        }
    }
    for (auto it = target.bag.begin(); it != target.bag.end(); ++it) {
        total += source.bag.contains(it.key()) || relatedTargetWords.contains(it.key())
                     ? it.value()
                     : weight(target, it.key(), it.value());
    }
    int confidence = total == 0 ? 0 : int((qint64(common) * 1000) / total);
    std::sort(shared.begin(), shared.end());
    if (!shared.isEmpty()) {
        c.reasons.append(tr("The names agree on: %1.").arg(shared.join(QStringLiteral(", "))));
    }
    // Only general words in common (transactionType and TransactionType: a transaction, a type):
    // the names say little about what the fields hold.
    // Delivery or billing alone says whose address, not what field (ShipGpsLat and shipping_tax).
    const bool strongShared = std::any_of(source.bag.keyBegin(), source.bag.keyEnd(), [&](const QString& w) {
        return !m_synonyms.isWeak(w) && !w.at(0).isDigit() && w != QLatin1String("#ship") &&
               w != QLatin1String("#bill") &&
               (target.bag.contains(w) || relatedTargetWords.contains(w) ||
                std::any_of(relatedTargetWords.begin(), relatedTargetWords.end(),
                            [&](const QString& t) { return m_synonyms.related(w, t); }));
    });
    if (confidence > 0 && !strongShared) {
        confidence = scaled(confidence, kOnlyWeakSharedPerMille);
        c.reasons.append(tr("The names share only general words."));
    }
    if (source.namedByRecord && confidence > 0) {
        confidence = scaled(confidence, kNamedByRecordPerMille);
        c.reasons.append(
            tr("The source's name says only what it is; it is taken as the %1's own.").arg(m_sourceSubject));
    }
    // One name is the other with a qualifier in front (SettlementDate and JournalDate: a date;
    // createdDate and DateCreated): what is left over says which one, not what it is. Not when the
    // extra word is the last one (customerCode and CustomerClass: a class is not a customer).
    // Only when the source is the narrower name, or the target's extra words are found in the
    // source's parents or address: a plain "name" is not surely a drawer's name, nor a plain
    // "date" a requested ship date.
    if (confidence > 0 && !source.head.isEmpty() && source.head == target.head &&
        source.strongLeafWords != target.strongLeafWords &&
        (source.strongLeafWords.contains(target.strongLeafWords) ||
         target.strongLeafWords.contains(source.strongLeafWords))) {
        // Found elsewhere: in the source's parents, its address side, what its record is (a
        // customer record's createdDate is the date the customer was added), or the layout of an
        // address a town or postcode belongs to.
        const bool partOfAddress =
            !source.side.isEmpty() ||
            hasAny(source.strongLeafWords, {"#address", "#city", "#region", "#postcode", "#country"});
        bool explained = true;
        for (const QString& w : target.strongLeafWords) {
            if (!source.strongLeafWords.contains(w) && !source.contextWords.contains(w) && w != source.side &&
                !m_sourceSubjectWords.contains(w) && !(w == QLatin1String("#address") && partOfAddress)) {
                explained = false;
            }
        }
        // The source's extra words say which one, not of what other thing: a currency's name is
        // not a kind of name (CurrencyRef.name), nor a freight's tax a kind of tax.
        const QSet<QString> extra = source.strongLeafWords - target.strongLeafWords;
        if (explained && source.contrasting == target.contrasting && !namesAThing(extra.values())) {
            confidence += scaled(1000 - confidence, kQualifiedPerMille);
            c.reasons.append(tr("One name is the other with a qualifier."));
        } else if (!explained) {
            // The field asks for a kind (a drawer's name) the source does not claim to be.
            QStringList missing;
            for (const QString& w : target.strongLeafWords - source.strongLeafWords) {
                missing.append(displayWord(w));
            }
            std::sort(missing.begin(), missing.end());
            confidence = scaled(confidence, kUnclaimedKindPerMille);
            c.reasons.append(tr("This field is about %1; the source does not say so.").arg(missing.join(u", ")));
        }
    }
    // What the target is appears in the source only as whose it is (buyer_phone_number is the
    // buyer's phone, not the buyer).
    if (confidence > 0 && source.head.startsWith(QLatin1Char('#')) && !target.head.isEmpty() &&
        source.head != target.head && source.strongLeafWords.contains(target.head) &&
        !target.strongLeafWords.contains(source.head)) {
        confidence = scaled(confidence, kOfAnotherPerMille);
        c.reasons.append(
            tr("The source is the %1 of a %2, not a %2.").arg(displayWord(source.head), displayWord(target.head)));
    }
    // A net amount for a field that does not say net, a fee rate for a fee.
    if (confidence > 0 && source.contrasting != target.contrasting) {
        QStringList differing;
        for (const QString& w : source.contrasting + target.contrasting) {
            if (!source.contrasting.contains(w) || !target.contrasting.contains(w)) {
                differing.append(w);
            }
        }
        std::sort(differing.begin(), differing.end());
        confidence = scaled(confidence, kContrastingPerMille);
        c.reasons.append(tr("Only one of the names says: %1.").arg(differing.join(QStringLiteral(", "))));
    }
    if (!target.digits.isEmpty() || !source.digits.isEmpty()) {
        if (!target.digits.isEmpty() && !source.digits.isEmpty() && !target.digits.intersects(source.digits)) {
            confidence = scaled(confidence, 300);
            c.reasons.append(tr("The names carry different numbers."));
        } else if (target.digits.isEmpty() != source.digits.isEmpty() && source.head != target.head) {
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
            // Two independent signals agree (the sample's shape and a word of the names, the
            // parents' included: PrimaryEmailAddr.Address): sure. The shape alone: not quite.
            const bool namesAgree = std::any_of(target.strongLeafWords.begin(), target.strongLeafWords.end(),
                                                [&](const QString& w) { return source.bag.contains(w); });
            confidence = std::max(confidence, namesAgree ? kShapeAndNamePerMille : kShapeOnlyPerMille) + 100;
            c.reasons.append(tr("The sample \"%1\" looks like %2.").arg(source.sample, shapeName(wanted)));
        } else {
            confidence = scaled(confidence, 400);
            c.reasons.append(tr("The sample \"%1\" does not look like %2.").arg(source.sample, shapeName(wanted)));
        }
    } else if (wanted == SampleShape::None &&
               (source.shape == SampleShape::Email || source.shape == SampleShape::Currency ||
                source.shape == SampleShape::Url ||
                (source.shape == SampleShape::Postcode &&
                 source.sample.contains(QRegularExpression(QStringLiteral("[A-Za-z]")))))) {
        confidence = scaled(confidence, 700);
        c.reasons.append(tr("The sample \"%1\" looks like %2, which this field does not hold.")
                             .arg(source.sample, shapeName(source.shape)));
    }
    // Free text against codes: a name is not "#1001"; an account code is not "Anna Müller".
    const bool codeLike =
        source.shape == SampleShape::Code || source.shape == SampleShape::Digits || source.shape == SampleShape::Guid;
    if (holdsText(target.leafWords) && !holdsCode(target.leafWords) && codeLike) {
        confidence = scaled(confidence, 400);
        c.reasons.append(
            tr("The sample \"%1\" looks like %2; this field holds words.").arg(source.sample, shapeName(source.shape)));
    } else if (holdsCode(target.leafWords) && !holdsText(target.leafWords) && source.shape == SampleShape::FreeText) {
        confidence = scaled(confidence, 500);
        c.reasons.append(tr("The sample \"%1\" is free text; this field holds a code.").arg(source.sample));
    }
    // Delivery or billing: the source's path against the target's name or, failing that, what
    // the target's neighbours are about.
    if (!target.side.isEmpty() && !source.side.isEmpty()) {
        if (target.side != source.side) {
            confidence = scaled(confidence, 300);
            c.reasons.append(target.sideFromSiblings
                                 ? tr("The source belongs to the %1 address; this field's neighbours are about the %2 "
                                      "address.")
                                       .arg(sideName(source.side), sideName(target.side))
                                 : tr("The source belongs to the %1 address; this field to the %2 address.")
                                       .arg(sideName(source.side), sideName(target.side)));
        } else if (target.sideFromSiblings) {
            c.reasons.append(
                tr("The source belongs to the %1 address, like this field's neighbours.").arg(sideName(source.side)));
        }
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
        if (target.maxLength <= kCodeFieldLength && target.type == FieldType::Text &&
            source.sample.size() > target.maxLength) {
            // A field of one to three characters is a code (a payment type, a tax status): a word
            // goes in through a lookup table, not by shortening.
            confidence = scaled(confidence, 900);
            c.reasons.append(tr("This field takes a code of at most %n character(s); the sample \"%1\" needs a "
                                "lookup table.",
                                nullptr, target.maxLength)
                                 .arg(source.sample));
        } else if (source.sample.size() > target.maxLength && holdsCode(target.leafWords) &&
                   !holdsText(target.leafWords)) {
            // A shortened name still reads; a shortened identifier identifies nothing.
            confidence = scaled(confidence, kCutIdentifierPerMille);
            c.reasons.append(tr("The sample has %1 characters; this field takes an identifier of at most %2, which "
                                "cannot be shortened.")
                                 .arg(source.sample.size())
                                 .arg(target.maxLength));
        } else if (source.sample.size() > target.maxLength) {
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
    if (m_sourceHasLines && source.repeated != target.repeated) {
        confidence = scaled(confidence, 800);
        c.reasons.append(source.repeated ? tr("The source is a field of each line; this field is not.")
                                         : tr("This field belongs to each line; the source does not."));
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
        // Two sources that fit equally well (POAddressLine1 and SAAddressLine1 for SoldToAddr1,
        // when nothing says which address is which): neither is a sure choice.
        int best = 0;
        for (const SuggestionCandidate& c : std::as_const(ts.candidates)) {
            best = std::max(best, c.confidence);
        }
        QList<qsizetype> tied;
        for (qsizetype i = 0; i < ts.candidates.size(); ++i) {
            if (ts.candidates.at(i).confidence >= best - kTiePerMille) {
                tied.append(i);
            }
        }
        if (tied.size() > 1) {
            // Unless exactly one of them says it is the primary one (PrimaryPhone and Mobile).
            qsizetype preferred = -1;
            for (const qsizetype i : tied) {
                if (m_preferredSources.contains(ts.candidates.at(i).sourcePath)) {
                    preferred = preferred == -1 ? i : -2;
                }
            }
            for (const qsizetype i : tied) {
                SuggestionCandidate& c = ts.candidates[i];
                if (i == preferred) {
                    c.reasons.append(tr("Another source fits this field as well; this one is the primary one."));
                    continue;
                }
                c.confidence = scaled(c.confidence, kTiedPerMille);
                c.reasons.append(tr("Another source fits this field as well."));
            }
        }
        out.append(std::move(ts));
    }
    // One source, one target per object: greedy by confidence over every (target, candidate).
    struct Entry {
        int confidence;
        qsizetype target;
        qsizetype candidate;
    };
    QList<Entry> entries;
    for (qsizetype t = 0; t < out.size(); ++t) {
        for (qsizetype i = 0; i < out.at(t).candidates.size(); ++i) {
            entries.append(Entry{out.at(t).candidates.at(i).confidence, t, i});
        }
    }
    std::sort(entries.begin(), entries.end(), [&out](const Entry& a, const Entry& b) {
        if (a.confidence != b.confidence) {
            return a.confidence > b.confidence;
        }
        if (a.target != b.target) {
            return a.target < b.target;
        }
        return out.at(a.target).candidates.at(a.candidate).sourcePath <
               out.at(b.target).candidates.at(b.candidate).sourcePath;
    });
    QSet<qsizetype> assigned;
    QHash<QString, qsizetype> takenBy;                          // "parent\nsource" → target index
    QHash<qsizetype, QList<QPair<qsizetype, qsizetype>>> taken; // target → (candidate, taken by)
    for (const Entry& e : entries) {
        if (assigned.contains(e.target)) {
            continue;
        }
        const SchemaField* t = m_target.find(out.at(e.target).targetPath);
        const QString key = (t == nullptr ? QString() : t->parentPath) + QLatin1Char('\n') +
                            out.at(e.target).candidates.at(e.candidate).sourcePath;
        const auto owner = takenBy.constFind(key);
        if (owner != takenBy.constEnd() && e.confidence < ReusePerMille &&
            !sameMeaning(m_targetFeatures[out.at(e.target).targetPath], m_targetFeatures[out.at(*owner).targetPath])) {
            taken[e.target].append({e.candidate, *owner});
            continue;
        }
        assigned.insert(e.target);
        if (owner == takenBy.constEnd()) {
            takenBy.insert(key, e.target);
        }
    }
    for (auto it = taken.begin(); it != taken.end(); ++it) {
        for (const auto& [candidate, owner] : it.value()) {
            SuggestionCandidate& c = out[it.key()].candidates[candidate];
            c.confidence = scaled(c.confidence, kTakenPerMille);
            c.reasons.append(tr("It fits %1 better.").arg(out.at(owner).targetPath));
        }
    }
    for (TargetSuggestion& ts : out) {
        std::sort(ts.candidates.begin(), ts.candidates.end(),
                  [](const SuggestionCandidate& a, const SuggestionCandidate& b) {
                      return a.confidence != b.confidence ? a.confidence > b.confidence : a.sourcePath < b.sourcePath;
                  });
        if (ts.candidates.size() > m_options.maxCandidates) {
            ts.candidates.resize(m_options.maxCandidates);
        }
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
