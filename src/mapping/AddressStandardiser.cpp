// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/AddressStandardiser.h"

#include <QRegularExpression>

namespace bridge::mapping {

namespace {

QString clean(const QString& s)
{
    return s.simplified();
}

QString applyCase(const QString& s, AddressStandardiser::Case c)
{
    switch (c) {
    case AddressStandardiser::Case::Keep:
        return s;
    case AddressStandardiser::Case::Upper:
        return s.toUpper();
    case AddressStandardiser::Case::Title: {
        QString out = s.toLower();
        bool start = true;
        for (QChar& ch : out) {
            if (start && ch.isLetter()) {
                ch = ch.toUpper();
            }
            start = ch.isSpace() || ch == QLatin1Char('-') || ch == QLatin1Char('\'');
        }
        return out;
    }
    }
    return s;
}

/// Splits `text` into pieces of at most `width` characters at spaces; a word longer than the
/// width is cut (and only then).
QStringList wrap(const QString& text, int width)
{
    QStringList out;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString w = word;
        while (w.size() > width) {
            if (!line.isEmpty()) {
                out.append(line);
                line.clear();
            }
            out.append(w.left(width));
            w = w.mid(width);
        }
        if (line.isEmpty()) {
            line = w;
        } else if (line.size() + 1 + w.size() <= width) {
            line += QLatin1Char(' ') + w;
        } else {
            out.append(line);
            line = w;
        }
    }
    if (!line.isEmpty()) {
        out.append(line);
    }
    return out;
}

} // namespace

Result<QString> AddressStandardiser::formatPostcode(const QString& postcode, const QString& country)
{
    QString compact = postcode.simplified().toUpper();
    compact.remove(QLatin1Char(' '));
    const QString c = country.trimmed().toUpper();
    auto bad = [&](const QString& example) {
        return fail(
            Error::permanent(QStringLiteral("mapping.postcode"),
                             tr("Postcode \"%1\" does not look like a postcode of %2 (expected something like %3). "
                                "Correct it in the order or in the shop.")
                                 .arg(postcode, c, example)));
    };
    if (compact.isEmpty()) {
        return QString();
    }
    if (c == QLatin1String("GB") || c == QLatin1String("UK")) {
        static const QRegularExpression gb(QStringLiteral("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$"));
        const QRegularExpressionMatch m = gb.match(compact);
        if (!m.hasMatch()) {
            return bad(QStringLiteral("SW1A 1AA"));
        }
        return m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    if (c == QLatin1String("US")) {
        QString digits = compact;
        digits.remove(QLatin1Char('-'));
        static const QRegularExpression us(QStringLiteral("^\\d{5}(\\d{4})?$"));
        if (!us.match(digits).hasMatch()) {
            return bad(QStringLiteral("94105 or 94105-1234"));
        }
        return digits.size() == 9 ? digits.left(5) + QLatin1Char('-') + digits.mid(5) : digits;
    }
    if (c == QLatin1String("DE") || c == QLatin1String("FR") || c == QLatin1String("ES") || c == QLatin1String("IT")) {
        static const QRegularExpression five(QStringLiteral("^\\d{5}$"));
        if (!five.match(compact).hasMatch()) {
            return bad(QStringLiteral("10115"));
        }
        return compact;
    }
    if (c == QLatin1String("NL")) {
        static const QRegularExpression nl(QStringLiteral("^(\\d{4})([A-Z]{2})$"));
        const QRegularExpressionMatch m = nl.match(compact);
        if (!m.hasMatch()) {
            return bad(QStringLiteral("1012 AB"));
        }
        return m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    if (c == QLatin1String("IE")) {
        static const QRegularExpression ie(QStringLiteral("^([A-Z][0-9][0-9W])([A-Z0-9]{4})$"));
        const QRegularExpressionMatch m = ie.match(compact);
        if (!m.hasMatch()) {
            return bad(QStringLiteral("D02 X285"));
        }
        return m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    return postcode.simplified().toUpper();
}

Result<AddressStandardiser::Standardised> AddressStandardiser::standardise(const PostalAddress& address,
                                                                           const Options& options)
{
    Standardised out;
    out.country = address.country.trimmed().toUpper();
    if (options.formatPostcode) {
        Result<QString> postcode = formatPostcode(address.postalCode, out.country);
        if (!postcode) {
            return fail(postcode.error());
        }
        out.postalCode = *postcode;
    } else {
        out.postalCode = clean(address.postalCode);
    }
    QStringList parts = {address.line1, address.line2, address.city, address.region};
    if (options.includeCountryLine) {
        parts.append(out.country);
    }
    for (const QString& part : parts) {
        const QString text = applyCase(clean(part), options.textCase);
        if (!text.isEmpty()) {
            out.lines += wrap(text, options.lineLength);
        }
    }
    if (out.lines.size() > options.maxLines) {
        return fail(Error::permanent(QStringLiteral("mapping.address_too_long"),
                                     tr("The address needs %1 lines of %2 characters, but the target has %3: \"%4\". "
                                        "Shorten it in the order, or map fewer parts of it.")
                                         .arg(out.lines.size())
                                         .arg(options.lineLength)
                                         .arg(options.maxLines)
                                         .arg(out.lines.join(QStringLiteral(" / ")))));
    }
    return out;
}

} // namespace bridge::mapping
