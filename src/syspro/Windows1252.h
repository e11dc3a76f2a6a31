// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace bridge::syspro {

/// SYSPRO answers in Windows-1252 ("£" is 0xA3, "€" is 0x80). Qt's own converters need ICU for
/// this code page, so the table lives here: it is 32 code points away from Latin-1.
class Windows1252
{
public:
    /// Every byte maps to a character; the five undefined bytes map to U+FFFD.
    static QString decode(QByteArrayView bytes);
    /// Characters with no Windows-1252 byte become '?', and `lossless` (if given) turns false.
    static QByteArray encode(QStringView text, bool* lossless = nullptr);

    /// Decodes a SYSPRO body: the encoding named in its XML declaration (Windows-1252,
    /// ISO-8859-1, UTF-8); without one, UTF-8 if the bytes are valid UTF-8, else Windows-1252.
    static QString decodeBody(QByteArrayView body);
};

} // namespace bridge::syspro
