// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/SampleShape.h"

#include "core/Currency.h"

#include <QRegularExpression>

namespace bridge::mapping {

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
    // 14/03/2025, 14.03.2025, 14-03-2025, 14/03/25, 2025/03/14, 2025.03.14 (with a time or not); "Fri, 20 Nov
    // 2026 14:03:11 +0000", "20 Nov 2026", "05-Mar-2024", "05-MAR-24"; "Mar 5, 2024", "March 5th 2024".
    static const QRegularExpression numericDate(
        QStringLiteral("^(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2}|\\d{4}[/.]\\d{1,2}[/"
                       ".]\\d{1,2})([ T]\\d{1,2}:\\d{2}.*)?$"));
    static const QRegularExpression namedDate(
        QStringLiteral(
            "^([A-Za-z]{3},?\\s+)?\\d{1,2}[\\s\\-]+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[\\s\\-]+"
            "(\\d{4}|\\d{2})(\\s.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirstDate(
        QStringLiteral("^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+"
                       "\\d{4}(\\s.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    // "£25.00", "$1,234.56", "25,00 €", "GBP 25.00", "1,234.56": money written as text.
    static const QRegularExpression moneyText(
        QStringLiteral("^-?([£$€¥]|[A-Z]{3}\\s)-?\\d{1,3}([,\\s]?\\d{3})*([.,]\\d{1,2})?$|"
                       "^-?\\d{1,3}([,\\s]?\\d{3})*([.,]\\d{1,2})?(\\s?[£$€¥]|\\s[A-Z]{3})$|"
                       "^-?\\d{1,3}(,\\d{3})+\\.\\d{1,2}$"));
    static const QRegularExpression code(QStringLiteral("^[#A-Za-z0-9_\\-/.]*\\d[#A-Za-z0-9_\\-/.]*$"));
    static const QRegularExpression letters(QStringLiteral("[^\\W\\d_]{2,}"));
    if (email.match(s).hasMatch()) {
        return SampleShape::Email;
    }
    static const QRegularExpression url(QStringLiteral("^(https?://|www\\.)\\S+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (url.match(s).hasMatch()) {
        return SampleShape::Url;
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
    // "GBP", and "gbp" as some APIs write it.
    if ((upper3.match(s).hasMatch() || (s.size() == 3 && s == s.toLower() && upper3.match(s.toUpper()).hasMatch())) &&
        Currency::fromCode(s.toUpper())) {
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
    if (numericDate.match(s).hasMatch() || namedDate.match(s).hasMatch() || monthFirstDate.match(s).hasMatch()) {
        return SampleShape::Date;
    }
    if (moneyText.match(s).hasMatch()) {
        return SampleShape::Decimal;
    }
    if (phone.match(s).hasMatch() && s.count(QRegularExpression(QStringLiteral("\\d"))) >= 7) {
        return SampleShape::Phone;
    }
    if (code.match(s).hasMatch()) {
        return SampleShape::Code;
    }
    if (s.contains(QLatin1Char(' ')) && s.count(letters) >= 2) {
        return SampleShape::FreeText;
    }
    return SampleShape::None;
}

} // namespace bridge::mapping
