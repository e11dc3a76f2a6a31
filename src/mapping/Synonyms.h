// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace bridge::mapping {

/// The domain synonym list (`resources/mapping/synonyms.json`, compiled in as
/// `:/mapping/synonyms.json`): groups of words and phrases that name one concept (customer,
/// account, debtor), and weak words (code, number, id) that say little on their own; with the
/// abbreviations of field names and CSV headers (`resources/mapping/abbreviations.json`: amt →
/// amount, sett → settlement, del → delivery), expanded in names and in the groups' terms alike;
/// "contrasting" words that make a field another figure (net, old, rate) and "preferring" words
/// that mark the one to use among several alike (primary, main, default).
class Synonyms
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::Synonyms)

public:
    static const QString FormatName;
    static const QString AbbreviationsFormatName;

    /// `abbreviations`, when not empty, is an abbreviation list; it is applied to the groups'
    /// terms and weak words as they are read.
    static Result<Synonyms> fromJson(const QJsonObject& json, const QString& origin,
                                     const QJsonObject& abbreviations = {});
    static Result<Synonyms> builtIn();

    /// Splits a field name or path into lower-case words: camelCase and acronyms
    /// ("AVSCheck" → avs, check), underscores, dots, hyphens, spaces and digits ("ShipAddress1" →
    /// ship, address, 1).
    static QStringList split(const QString& name);
    /// Expands abbreviations ("amt" → amount, "no" → number) and drops a plural 's' from other
    /// words longer than three letters ("lines" → line; not "address", "status", "analysis").
    /// A word of three to five letters that is neither listed nor a word of the list's terms is
    /// read as an abbreviation when it abbreviates exactly one of those words: same first letter,
    /// its letters in order, the word at least two letters longer and not the same word with an
    /// ending, and either the word's start or without vowels after its first letter ("cntry" →
    /// country, "tot" → total; not "dept", which could be deposit or depot; not "hold" → holder;
    /// not "free" → forename).
    [[nodiscard]] QStringList expand(const QStringList& words) const;
    /// A word that is two or three known words run together ("emailaddress" → email, address;
    /// "customerid" → customer, id): its parts, the longest known first word first; else empty.
    /// Known: a word of the list's terms, an abbreviation or a weak word (the last part may be a
    /// weak word of two letters, "id", "no").
    [[nodiscard]] QStringList compound(const QString& word, int depth = 0) const;
    /// The one word of the list's terms that `word` abbreviates (see expand()), or empty.
    [[nodiscard]] QString abbreviated(const QString& word) const;
    /// Expands (see expand()), then replaces the longest phrase of a group found at each
    /// position with "#concept"; other words stay as they are.
    [[nodiscard]] QStringList normalise(const QStringList& words) const;
    /// The concept a single word or phrase belongs to, or empty.
    [[nodiscard]] QString conceptOf(const QString& phrase) const;
    [[nodiscard]] bool isWeak(const QString& word) const { return m_weak.contains(word); }
    /// A word that makes a field another figure than the same name without it: a net amount is
    /// not the amount paid, an old address not the address, a fee rate not the fee.
    [[nodiscard]] bool isContrasting(const QString& word) const { return m_contrasting.contains(word); }
    /// A word that marks the one to use among several alike (primary, main, default).
    [[nodiscard]] bool isPreferring(const QString& word) const { return m_preferring.contains(word); }
    /// Whether one of two "#concept" words is the broader of the other ("#reference" covers
    /// "#orderref" and "#txid"), in either order.
    [[nodiscard]] bool related(const QString& a, const QString& b) const { return covers(a, b) || covers(b, a); }
    [[nodiscard]] bool covers(const QString& broad, const QString& narrow) const
    {
        return m_covers.value(broad).contains(narrow);
    }

private:
    QHash<QString, QStringList> m_expansions; ///< "amt" → {amount}
    QSet<QString> m_vocabulary;               ///< every word of the terms, expansions and weak words
    QHash<QString, QString> m_conceptByTerm;  ///< "customer po number" → "orderref"
    int m_longestTerm = 1;                    ///< in words
    QSet<QString> m_weak;
    QSet<QString> m_contrasting;
    QSet<QString> m_preferring;
    QHash<QString, QSet<QString>> m_covers; ///< "#reference" → {"#orderref", "#txid"}
};

} // namespace bridge::mapping
