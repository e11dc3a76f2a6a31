// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/PanGuard.h"

namespace bridge {

namespace {

constexpr qsizetype kMinDigits = 13;
constexpr qsizetype kMaxDigits = 19;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isSeparator(char16_t c)
{
    return c == u' ' || c == u'-';
}
bool isHex(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
char16_t unit(QChar c)
{
    return c.unicode();
}
char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

struct Group {
    qsizetype start;
    qsizetype end; // one past the last digit
};

/// Works on any sequence of 16-bit or 8-bit code units; digits and separators are ASCII.
template <typename CharAt>
QList<PanGuard::Match> findIn(qsizetype size, CharAt charAt)
{
    QList<PanGuard::Match> matches;
    qsizetype i = 0;
    while (i < size) {
        if (!isDigit(charAt(i))) {
            ++i;
            continue;
        }
        // A UUID (8-4-4-4-12 hex digits, e.g. Opayo's transactionId) is an identifier, never a
        // card number, even when its digits happen to pass Luhn.
        {
            qsizetype t = i;
            while (t > 0 && (isHex(charAt(t - 1)) || charAt(t - 1) == u'-')) {
                --t;
            }
            const int lengths[] = {8, 4, 4, 4, 12};
            qsizetype k = t;
            bool uuid = true;
            for (int part = 0; part < 5 && uuid; ++part) {
                for (int n = 0; n < lengths[part]; ++n, ++k) {
                    if (k >= size || !isHex(charAt(k))) {
                        uuid = false;
                        break;
                    }
                }
                if (uuid && part < 4) {
                    uuid = k < size && charAt(k) == u'-';
                    ++k;
                }
            }
            if (uuid && (k >= size || !isHex(charAt(k)))) {
                i = k;
                continue;
            }
        }
        // Collect a chain of digit groups joined by single separators.
        QList<Group> groups;
        qsizetype j = i;
        while (true) {
            const qsizetype groupStart = j;
            while (j < size && isDigit(charAt(j))) {
                ++j;
            }
            groups.append(Group{groupStart, j});
            if (j + 1 < size && isSeparator(charAt(j)) && isDigit(charAt(j + 1))) {
                ++j;
                continue;
            }
            break;
        }

        // Within the chain, find PANs greedily: from each group, the longest span of whole
        // groups with 13–19 digits that passes Luhn.
        qsizetype g = 0;
        while (g < groups.size()) {
            qsizetype bestEnd = -1;
            QString bestDigits;
            QString digits;
            for (qsizetype h = g; h < groups.size(); ++h) {
                for (qsizetype k = groups[h].start; k < groups[h].end; ++k) {
                    digits.append(QChar(charAt(k)));
                }
                if (digits.size() > kMaxDigits) {
                    break;
                }
                if (digits.size() >= kMinDigits && PanGuard::luhnValid(digits)) {
                    bestEnd = h;
                    bestDigits = digits;
                }
            }
            if (bestEnd >= 0) {
                const qsizetype start = groups[g].start;
                matches.append(PanGuard::Match{start, groups[bestEnd].end - start, bestDigits.right(4)});
                g = bestEnd + 1;
            } else {
                ++g;
            }
        }
        i = j;
    }
    return matches;
}

template <typename Container, typename Star>
void applyMask(Container& out, const QList<PanGuard::Match>& matches, Star star)
{
    for (const PanGuard::Match& match : matches) {
        // Keep the last four digits; every earlier digit becomes '*', separators stay.
        int keep = 4;
        for (qsizetype k = match.start + match.length - 1; k >= match.start; --k) {
            if (!isDigit(unit(out[k]))) {
                continue;
            }
            if (keep > 0) {
                --keep;
            } else {
                out[k] = star;
            }
        }
    }
}

} // namespace

bool PanGuard::luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits.at(i).unicode();
        if (!isDigit(c)) {
            return false;
        }
        int d = c - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QList<PanGuard::Match> PanGuard::find(QStringView text)
{
    return findIn(text.size(), [text](qsizetype i) { return text.at(i).unicode(); });
}

QString PanGuard::mask(QStringView text, int* maskedCount)
{
    const QList<Match> matches = find(text);
    if (maskedCount != nullptr) {
        *maskedCount = static_cast<int>(matches.size());
    }
    QString out = text.toString();
    if (!matches.isEmpty()) {
        applyMask(out, matches, QLatin1Char('*'));
    }
    return out;
}

QByteArray PanGuard::mask(const QByteArray& payload, int* maskedCount)
{
    const QList<Match> matches = findIn(payload.size(), [&payload](qsizetype i) {
        return static_cast<char16_t>(static_cast<unsigned char>(payload.at(i)));
    });
    if (maskedCount != nullptr) {
        *maskedCount = static_cast<int>(matches.size());
    }
    QByteArray out = payload;
    if (!matches.isEmpty()) {
        applyMask(out, matches, '*');
    }
    return out;
}

} // namespace bridge
