// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace bridge::reconcile {

/// An interned string: an index into a StringPool. 0 is "no value".
using StringId = quint32;
constexpr StringId kNoString = 0;

/// Interns the identifiers of a reconciliation run (transactionIds, vendorTxCodes, batch ids,
/// SYSPRO references) so that rows hold a 4-byte id instead of a QString each, and equal strings
/// get equal ids: both sides of a match compare integers. The characters live in one arena;
/// the table is open addressing on a fixed-seed hash with the characters compared on every hash
/// hit, so a hash collision never merges two ids. Ids are handed out in first-seen order.
class StringPool
{
public:
    StringPool();

    /// The id of `text`, adding it if it is new; an empty text is kNoString.
    StringId intern(QStringView text);
    /// The id of `text` if it was interned, else kNoString.
    [[nodiscard]] StringId find(QStringView text) const;
    [[nodiscard]] QStringView view(StringId id) const;
    [[nodiscard]] QString text(StringId id) const { return view(id).toString(); }
    /// Ids run from 1 to size() - 1.
    [[nodiscard]] quint32 size() const { return quint32(m_offsets.size() - 1); }
    void reserve(std::size_t strings, std::size_t characters);
    /// Bytes held by the arena, the offsets and the table.
    [[nodiscard]] std::size_t memoryBytes() const;

private:
    [[nodiscard]] static quint64 hashOf(QStringView text);
    void grow();
    void rehash(std::size_t capacity);

    std::vector<char16_t> m_chars;
    std::vector<quint32> m_offsets;    ///< id → start in m_chars; one past the last id is the end
    std::vector<quint32> m_slots;      ///< id, or 0 for an empty slot
    std::vector<quint32> m_slotHashes; ///< the high bits of each slot's hash, to skip most compares
};

} // namespace bridge::reconcile
