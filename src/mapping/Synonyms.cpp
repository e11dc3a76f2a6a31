// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/Synonyms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace bridge::mapping {

const QString Synonyms::FormatName = QStringLiteral("opayo-syspro-bridge/synonyms");
const QString Synonyms::AbbreviationsFormatName = QStringLiteral("opayo-syspro-bridge/abbreviations");

namespace {

Result<QJsonObject> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::configuration(QStringLiteral("synonyms.unreadable"),
                                         Synonyms::tr("Cannot read %1: %2").arg(path, file.errorString())));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return fail(Error::configuration(QStringLiteral("synonyms.invalid"),
                                         Synonyms::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString())));
    }
    return doc.object();
}

} // namespace

Result<Synonyms> Synonyms::fromJson(const QJsonObject& json, const QString& origin, const QJsonObject& abbreviations)
{
    auto error = [&origin](const QString& message) {
        return fail(Error::configuration(QStringLiteral("synonyms.invalid"), origin + QStringLiteral(": ") + message));
    };
    if (json.value(QStringLiteral("format")).toString() != FormatName) {
        return error(tr("this is not a synonym list (\"format\" must be \"%1\").").arg(FormatName));
    }
    Synonyms s;
    if (!abbreviations.isEmpty()) {
        if (abbreviations.value(QStringLiteral("format")).toString() != AbbreviationsFormatName) {
            return error(
                tr("this is not an abbreviation list (\"format\" must be \"%1\").").arg(AbbreviationsFormatName));
        }
        const QJsonObject expansions = abbreviations.value(QStringLiteral("expansions")).toObject();
        for (auto it = expansions.begin(); it != expansions.end(); ++it) {
            const QStringList from = split(it.key());
            const QStringList to = split(it.value().toString());
            if (from.size() != 1 || to.isEmpty()) {
                return error(
                    tr("the abbreviation \"%1\" must be one word standing for one or more words.").arg(it.key()));
            }
            s.m_expansions.insert(from.first(), to);
        }
    }
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QJsonObject group = groups.at(g).toObject();
        const QString conceptName = group.value(QStringLiteral("concept")).toString();
        if (conceptName.isEmpty()) {
            return error(tr("groups[%1] needs a \"concept\".").arg(g));
        }
        const QJsonArray terms = group.value(QStringLiteral("terms")).toArray();
        if (terms.isEmpty()) {
            return error(tr("groups[%1] (%2) needs \"terms\".").arg(g).arg(conceptName));
        }
        for (const QJsonValue& t : terms) {
            const QStringList words = s.expand(split(t.toString()));
            if (words.isEmpty()) {
                return error(tr("groups[%1] (%2) has an empty term.").arg(g).arg(conceptName));
            }
            const QString key = words.join(QLatin1Char(' '));
            const QString existing = s.m_conceptByTerm.value(key);
            if (!existing.isEmpty() && existing != conceptName) {
                return error(tr("the term \"%1\" is in both %2 and %3.").arg(key, existing, conceptName));
            }
            s.m_conceptByTerm.insert(key, conceptName);
            s.m_longestTerm = std::max(s.m_longestTerm, int(words.size()));
        }
        for (const QJsonValue& c : group.value(QStringLiteral("covers")).toArray()) {
            s.m_covers[QLatin1Char('#') + conceptName].insert(QLatin1Char('#') + c.toString());
        }
    }
    for (auto it = s.m_covers.cbegin(); it != s.m_covers.cend(); ++it) {
        for (const QString& narrow : it.value()) {
            if (!std::as_const(s.m_conceptByTerm).values().contains(narrow.mid(1))) {
                return error(tr("%1 covers %2, which is not a group.").arg(it.key().mid(1), narrow.mid(1)));
            }
        }
    }
    for (const QJsonValue& w : json.value(QStringLiteral("weak")).toArray()) {
        s.m_weak.insert(w.toString().toLower());
        for (const QString& e : s.expand({w.toString().toLower()})) {
            s.m_weak.insert(e);
        }
    }
    for (const QJsonValue& w : json.value(QStringLiteral("contrasting")).toArray()) {
        for (const QString& e : s.expand(split(w.toString()))) {
            s.m_contrasting.insert(e);
        }
    }
    for (const QJsonValue& w : json.value(QStringLiteral("preferring")).toArray()) {
        s.m_preferring.insert(w.toString().toLower());
    }
    // Only now: the terms above are read without guessing abbreviations.
    QSet<QString> vocabulary = s.m_weak + s.m_contrasting;
    for (auto it = s.m_conceptByTerm.cbegin(); it != s.m_conceptByTerm.cend(); ++it) {
        for (const QString& w : it.key().split(QLatin1Char(' '))) {
            vocabulary.insert(w);
        }
    }
    for (const QStringList& words : std::as_const(s.m_expansions)) {
        for (const QString& w : words) {
            vocabulary.insert(w);
        }
    }
    s.m_vocabulary = vocabulary;
    return s;
}

Result<Synonyms> Synonyms::builtIn()
{
    const Result<QJsonObject> abbreviations = readJson(QStringLiteral(":/mapping/abbreviations.json"));
    if (!abbreviations) {
        return fail(abbreviations.error());
    }
    const QString path = QStringLiteral(":/mapping/synonyms.json");
    const Result<QJsonObject> synonyms = readJson(path);
    if (!synonyms) {
        return fail(synonyms.error());
    }
    return fromJson(*synonyms, path, *abbreviations);
}

QStringList Synonyms::split(const QString& name)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            words.append(current.toLower());
            current.clear();
        }
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar prev = name.at(i - 1);
            const bool digitBoundary = prev.isDigit() != c.isDigit();
            const bool lowerToUpper = prev.isLower() && c.isUpper();
            // The last capital of an acronym starts the next word: "AVSCheck" → AVS, Check.
            const bool acronymEnd = prev.isUpper() && c.isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
            if (digitBoundary || lowerToUpper || acronymEnd) {
                flush();
            }
        }
        current.append(c);
    }
    flush();
    return words;
}

QString Synonyms::abbreviated(const QString& word) const
{
    if (word.size() < 3 || word.size() > 5 || m_vocabulary.contains(word) || m_expansions.contains(word)) {
        return {};
    }
    for (const QChar c : word) {
        if (!c.isLetter()) {
            return {};
        }
    }
    QString found;
    for (const QString& v : m_vocabulary) {
        if (v.size() < word.size() + 2 || v.at(0) != word.at(0)) {
            continue;
        }
        // "hold" is not short for holder, nor "post" for posted: a word with an ending.
        if (v.startsWith(word)) {
            const QStringView ending = QStringView(v).mid(word.size());
            if (ending == u"er" || ending == u"ed" || ending == u"ing" || ending == u"es" || ending == u"ly") {
                continue;
            }
        }
        // Not the word's start: a skeleton of consonants ("cntry"), not a word of its own with
        // vowels ("free", "day", "meta").
        if (!v.startsWith(word) &&
            std::any_of(word.begin() + 1, word.end(), [](QChar c) { return QStringView(u"aeiou").contains(c); })) {
            continue;
        }
        qsizetype at = 1;
        for (qsizetype i = 1; i < v.size() && at < word.size(); ++i) {
            if (v.at(i) == word.at(at)) {
                ++at;
            }
        }
        if (at == word.size()) {
            if (!found.isEmpty()) {
                return {}; // two words fit: no guess
            }
            found = v;
        }
    }
    return found;
}

QStringList Synonyms::compound(const QString& word, int depth) const
{
    if (word.size() < 5 || depth > 2 || (depth == 0 && (m_vocabulary.contains(word) || m_expansions.contains(word)))) {
        return {};
    }
    for (const QChar c : word) {
        if (!c.isLetter()) {
            return {};
        }
    }
    auto known = [this](const QString& part) {
        const QString singular = part.size() > 3 && part.endsWith(QLatin1Char('s')) ? part.chopped(1) : part;
        return m_vocabulary.contains(part) || m_vocabulary.contains(singular) || m_expansions.contains(part);
    };
    // The longest known first word: "emailaddress" → email, address; "shiptoname" → ship, to, name.
    for (qsizetype at = word.size() - 2; at >= 3; --at) {
        const QString first = word.left(at);
        const QString rest = word.mid(at);
        if (!known(first)) {
            continue;
        }
        if (known(rest) && (rest.size() >= 3 || m_weak.contains(rest))) {
            return {first, rest};
        }
        const QStringList more = compound(rest, depth + 1);
        if (!more.isEmpty()) {
            return QStringList{first} + more;
        }
    }
    return {};
}

QStringList Synonyms::expand(const QStringList& words) const
{
    QStringList out;
    for (const QString& w : words) {
        const auto it = m_expansions.constFind(w);
        if (it != m_expansions.constEnd()) {
            out.append(*it);
            continue;
        }
        const bool plural = w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) &&
                            !w.endsWith(QLatin1String("us")) && !w.endsWith(QLatin1String("is")) && !w.at(0).isDigit();
        const QString singular = plural ? w.chopped(1) : w;
        if (m_vocabulary.isEmpty() || m_vocabulary.contains(w) || m_vocabulary.contains(singular)) {
            out.append(m_vocabulary.contains(w) ? w : singular);
            continue;
        }
        const QStringList parts = compound(w);
        if (!parts.isEmpty()) {
            out.append(expand(parts));
            continue;
        }
        const QString guessed = abbreviated(w);
        out.append(guessed.isEmpty() ? singular : guessed);
    }
    return out;
}

QStringList Synonyms::normalise(const QStringList& input) const
{
    const QStringList words = expand(input);
    QStringList out;
    qsizetype i = 0;
    while (i < words.size()) {
        bool matched = false;
        for (qsizetype n = std::min<qsizetype>(m_longestTerm, words.size() - i); n >= 1 && !matched; --n) {
            const QString conceptName = m_conceptByTerm.value(words.mid(i, n).join(QLatin1Char(' ')));
            if (!conceptName.isEmpty()) {
                out.append(QLatin1Char('#') + conceptName);
                i += n;
                matched = true;
            }
        }
        if (!matched) {
            out.append(words.at(i));
            ++i;
        }
    }
    return out;
}

QString Synonyms::conceptOf(const QString& phrase) const
{
    return m_conceptByTerm.value(expand(split(phrase)).join(QLatin1Char(' ')));
}

} // namespace bridge::mapping
