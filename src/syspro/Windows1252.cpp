// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/Windows1252.h"

#include <QStringDecoder>

namespace bridge::syspro {

namespace {

// 0x80..0x9F; 0xFFFD where Windows-1252 defines no character.
constexpr char16_t kHigh[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QByteArray declaredEncoding(QByteArrayView body)
{
    QByteArrayView head = body.first(qMin<qsizetype>(200, body.size()));
    qsizetype start = 0;
    while (start < head.size() &&
           (head.at(start) == ' ' || head.at(start) == '\r' || head.at(start) == '\n' || head.at(start) == '\t')) {
        ++start;
    }
    head = head.sliced(start);
    if (!head.startsWith("<?xml")) {
        return {};
    }
    const qsizetype end = head.indexOf("?>");
    const QByteArray decl = head.first(end < 0 ? head.size() : end).toByteArray().toLower();
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0) {
        return {};
    }
    qsizetype q = at + 8;
    while (q < decl.size() && (decl.at(q) == ' ' || decl.at(q) == '=')) {
        ++q;
    }
    if (q >= decl.size() || (decl.at(q) != '"' && decl.at(q) != '\'')) {
        return {};
    }
    const char quote = decl.at(q);
    const qsizetype close = decl.indexOf(quote, q + 1);
    return close < 0 ? QByteArray() : decl.mid(q + 1, close - q - 1).trimmed();
}

} // namespace

QString Windows1252::decode(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* data = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        data[i] = (b >= 0x80 && b <= 0x9F) ? QChar(kHigh[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QByteArray Windows1252::encode(QStringView text, bool* lossless)
{
    QByteArray out;
    out.reserve(text.size());
    bool ok = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(static_cast<char>(u));
            continue;
        }
        int found = -1;
        for (int i = 0; i < 32; ++i) {
            if (kHigh[i] == u && u != 0xFFFD) {
                found = i;
                break;
            }
        }
        if (found >= 0) {
            out.append(static_cast<char>(0x80 + found));
        } else {
            out.append('?');
            ok = false;
        }
    }
    if (lossless) {
        *lossless = ok;
    }
    return out;
}

QString Windows1252::decodeBody(QByteArrayView body)
{
    const QByteArray encoding = declaredEncoding(body);
    if (encoding == "utf-8" || encoding == "utf8") {
        return QString::fromUtf8(body);
    }
    if (encoding.isEmpty()) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(body);
        if (!utf8.hasError()) {
            return text;
        }
    }
    // windows-1252, iso-8859-1 (which browsers and .NET treat as 1252 too), or unknown.
    return decode(body);
}

} // namespace bridge::syspro
