// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "reconcile/StringPool.h"

#include <algorithm>
#include <cstring>

namespace bridge::reconcile {

namespace {

bool sameChars(const char16_t* a, qsizetype length, QStringView b)
{
    return length == b.size() && std::memcmp(a, b.utf16(), std::size_t(length) * sizeof(char16_t)) == 0;
}

} // namespace

StringPool::StringPool() : m_offsets{0, 0}, m_slots(1024, 0), m_slotHashes(1024, 0)
{
    // Id 0 is the empty string: offsets[0] == offsets[1].
}

quint64 StringPool::hashOf(QStringView text)
{
    // FNV-1a over the UTF-16 code units: fixed, so ids and probes are the same on every run.
    quint64 h = 14695981039346656037ULL;
    const char16_t* p = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        h ^= quint64(p[i]);
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

StringId StringPool::find(QStringView text) const
{
    if (text.isEmpty()) {
        return kNoString;
    }
    const quint64 h = hashOf(text);
    const quint32 tag = quint32(h >> 32);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = std::size_t(h) & mask;; slot = (slot + 1) & mask) {
        const quint32 id = m_slots[slot];
        if (id == 0) {
            return kNoString;
        }
        if (m_slotHashes[slot] == tag &&
            sameChars(m_chars.data() + m_offsets[id], qsizetype(m_offsets[id + 1] - m_offsets[id]), text)) {
            return id;
        }
    }
}

StringId StringPool::intern(QStringView text)
{
    if (text.isEmpty()) {
        return kNoString;
    }
    if ((std::size_t(size()) + 1) * 4 >= m_slots.size() * 3) {
        grow();
    }
    const quint64 h = hashOf(text);
    const quint32 tag = quint32(h >> 32);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = std::size_t(h) & mask;
    for (;; slot = (slot + 1) & mask) {
        const quint32 id = m_slots[slot];
        if (id == 0) {
            break;
        }
        if (m_slotHashes[slot] == tag &&
            sameChars(m_chars.data() + m_offsets[id], qsizetype(m_offsets[id + 1] - m_offsets[id]), text)) {
            return id;
        }
    }
    const auto id = StringId(m_offsets.size() - 1);
    m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
    m_offsets.push_back(quint32(m_chars.size()));
    m_slots[slot] = id;
    m_slotHashes[slot] = tag;
    return id;
}

QStringView StringPool::view(StringId id) const
{
    if (id == kNoString || id >= m_offsets.size() - 1) {
        return {};
    }
    return QStringView(m_chars.data() + m_offsets[id], qsizetype(m_offsets[id + 1] - m_offsets[id]));
}

void StringPool::grow()
{
    rehash(m_slots.size() * 2);
}

void StringPool::rehash(std::size_t capacity)
{
    std::vector<quint32> slots(capacity, 0);
    std::vector<quint32> hashes(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (StringId id = 1; id < m_offsets.size() - 1; ++id) {
        const quint64 h = hashOf(view(id));
        std::size_t slot = std::size_t(h) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id;
        hashes[slot] = quint32(h >> 32);
    }
    m_slots.swap(slots);
    m_slotHashes.swap(hashes);
}

void StringPool::reserve(std::size_t strings, std::size_t characters)
{
    m_chars.reserve(characters);
    m_offsets.reserve(strings + 2);
    std::size_t capacity = m_slots.size();
    while (strings * 4 >= capacity * 3) {
        capacity *= 2;
    }
    if (capacity > m_slots.size()) {
        rehash(capacity);
    }
}

std::size_t StringPool::memoryBytes() const
{
    return m_chars.capacity() * sizeof(char16_t) + m_offsets.capacity() * sizeof(quint32) +
           m_slots.capacity() * sizeof(quint32) + m_slotHashes.capacity() * sizeof(quint32);
}

} // namespace bridge::reconcile
