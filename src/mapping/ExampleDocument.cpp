// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/ExampleDocument.h"

#include "core/ExactArithmetic.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace bridge::mapping {

namespace {

/// A decimal number held exactly: mantissa × 10^-scale, without trailing zeros.
struct ExactNumber {
    qint64 mantissa = 0;
    int scale = 0;
    friend bool operator==(const ExactNumber&, const ExactNumber&) = default;
};

/// "120", "120.00", "-25.5", "£1,234.50", "25,00 EUR", "GBP 25.00", "(25.00)": the number, or
/// nothing when the text is not one number.
std::optional<ExactNumber> parseNumber(const QString& text)
{
    QString s = text.trimmed();
    static const QRegularExpression codeAround(QStringLiteral("^[A-Za-z]{3}\\s+|\\s+[A-Za-z]{3}$"));
    s.remove(codeAround);
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    if (s.startsWith(QLatin1Char('-'))) {
        negative = !negative;
        s = s.mid(1).trimmed();
    }
    static const QRegularExpression symbols(QStringLiteral("^[£$€¥]\\s*|\\s*[£$€¥]$"));
    s.remove(symbols);
    if (s.startsWith(QLatin1Char('-'))) {
        negative = !negative;
        s = s.mid(1);
    }
    s.remove(QLatin1Char(' '));
    const qsizetype comma = s.lastIndexOf(QLatin1Char(','));
    const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
    if (comma >= 0 && dot >= 0) {
        // The later one separates the decimals; the other groups thousands.
        s.remove(comma > dot ? QLatin1Char('.') : QLatin1Char(','));
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (comma >= 0) {
        // "25,00" is a decimal comma; "1,234" groups thousands.
        const bool decimalComma = s.count(QLatin1Char(',')) == 1 && s.size() - comma - 1 <= 2;
        if (decimalComma) {
            s.replace(QLatin1Char(','), QLatin1Char('.'));
        } else {
            s.remove(QLatin1Char(','));
        }
    }
    static const QRegularExpression plain(QStringLiteral("^(\\d+)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch m = plain.match(s);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    QString whole = m.captured(1);
    QString fraction = m.captured(2);
    while (fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0'))) {
        whole.remove(0, 1);
    }
    if (whole.size() + fraction.size() > 18) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 mantissa = QString(whole + fraction).toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return ExactNumber{negative ? -mantissa : mantissa, int(fraction.size())};
}

/// Text compared as a person reads it: case, runs of spaces and a leading "#" do not count.
QString folded(const QString& text)
{
    QString s = text.simplified().toCaseFolded();
    if (s.startsWith(QLatin1Char('#'))) {
        s.remove(0, 1);
    }
    return s;
}

bool isNumericTarget(FieldType type)
{
    return type == FieldType::Money || type == FieldType::Decimal || type == FieldType::Integer;
}

} // namespace

QList<QDate> possibleDates(const QString& text)
{
    const QString s = text.trimmed();
    QList<QDate> out;
    auto add = [&out](const QDate& d) {
        if (d.isValid() && !out.contains(d)) {
            out.append(d);
        }
    };
    static const QRegularExpression iso(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$"));
    if (const QRegularExpressionMatch m = iso.match(s); m.hasMatch()) {
        add(QDate::fromString(m.captured(1), Qt::ISODate));
        return out;
    }
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{2,4})(?:[ T].*)?$"));
    if (const QRegularExpressionMatch m = numeric.match(s); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        int c = m.captured(3).toInt();
        if (m.captured(1).size() == 4) {
            add(QDate(a, b, c)); // 2025/03/14
            return out;
        }
        if (m.captured(3).size() == 2) {
            c += 2000;
        }
        add(QDate(c, b, a)); // 14/03/2025
        add(QDate(c, a, b)); // 03/14/2025
        return out;
    }
    static const QRegularExpression unix(QStringLiteral("^\\d{9,13}$"));
    if (unix.match(s).hasMatch()) {
        qint64 n = s.toLongLong();
        if (s.size() > 11) {
            n /= 1000;
        }
        constexpr qint64 from = 946684800;   // 2000-01-01
        constexpr qint64 until = 4102444800; // 2100-01-01
        if (n >= from && n < until) {
            add(QDateTime::fromSecsSinceEpoch(n, Qt::UTC).date());
        }
        return out;
    }
    add(QDateTime::fromString(s, Qt::RFC2822Date).date());
    if (!out.isEmpty()) {
        return out;
    }
    // "5 Mar 2024", "05-Mar-2024", "Mar 5, 2024", "March 5th 2024": in English, as files write them.
    static const QRegularExpression named(QStringLiteral("^(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})[\\s\\-]+([A-Za-z]{3})[a-z]*"
                                                         "\\.?[\\s\\-]+(\\d{4}|\\d{2})(?:\\s.*)?$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:\\s.*)?$"));
    QString day;
    QString month;
    QString year;
    if (const QRegularExpressionMatch m = named.match(s); m.hasMatch()) {
        day = m.captured(1);
        month = m.captured(2);
        year = m.captured(3);
    } else if (const QRegularExpressionMatch n = monthFirst.match(s); n.hasMatch()) {
        month = n.captured(1);
        day = n.captured(2);
        year = n.captured(3);
    }
    if (!month.isEmpty()) {
        const QLocale english(QLocale::English);
        for (int i = 1; i <= 12; ++i) {
            if (english.monthName(i, QLocale::ShortFormat).compare(month, Qt::CaseInsensitive) == 0) {
                add(QDate(year.size() == 2 ? 2000 + year.toInt() : year.toInt(), i, day.toInt()));
            }
        }
    }
    return out;
}

bool isTellingValue(const QString& value)
{
    const QString s = value.trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("y") || s == QLatin1String("n") || s == QLatin1String("yes") ||
        s == QLatin1String("no") || s == QLatin1String("true") || s == QLatin1String("false")) {
        return false;
    }
    if (const std::optional<ExactNumber> n = parseNumber(s)) {
        // |n| ≤ 1: the mantissa is at most 10^scale.
        const qint64 magnitude = n->mantissa < 0 ? -n->mantissa : n->mantissa;
        return n->scale > 18 || magnitude > powerOfTen(n->scale);
    }
    return true;
}

ValueMatch matchExampleValue(const SchemaField& source, const SchemaField& target, const QString& exampleValue)
{
    const QString sample = source.sampleText().trimmed();
    const QString value = exampleValue.trimmed();
    if (sample.isEmpty() || value.isEmpty()) {
        return ValueMatch::None;
    }
    const QString a = folded(sample);
    const QString b = folded(value);
    if (a == b) {
        return ValueMatch::Same;
    }
    // A value that is a day is matched as a day, or not at all.
    if (const QList<QDate> want = possibleDates(value); !want.isEmpty()) {
        const QList<QDate> have = possibleDates(sample);
        return std::any_of(have.begin(), have.end(), [&want](const QDate& d) { return want.contains(d); })
                   ? ValueMatch::Date
                   : ValueMatch::None;
    }
    if (isNumericTarget(target.type) || parseNumber(value)) {
        const std::optional<ExactNumber> x = parseNumber(sample);
        const std::optional<ExactNumber> y = parseNumber(value);
        if (x && y) {
            if (*x == *y) {
                return ValueMatch::Amount;
            }
            if (x->mantissa == -y->mantissa && x->scale == y->scale) {
                return ValueMatch::Sign;
            }
            // 12000 pence for 120.00: a whole number a hundred times the value.
            if (x->scale == 0 && y->scale <= 2 && source.type != FieldType::Decimal) {
                const qint64 minor = y->mantissa * powerOfTen(2 - y->scale);
                if (minor != 0 && (x->mantissa == minor || x->mantissa == -minor)) {
                    return ValueMatch::MinorUnits;
                }
            }
            return ValueMatch::None;
        }
    }
    const qsizetype newline = sample.indexOf(QLatin1Char('\n'));
    if (newline > 0 && folded(sample.left(newline)) == b) {
        return ValueMatch::FirstLine;
    }
    if (target.maxLength > 0 && b.size() >= 3 && a.size() > target.maxLength && a.startsWith(b) &&
        b.size() >= target.maxLength - 1) {
        return ValueMatch::Cut;
    }
    return ValueMatch::None;
}

void ExampleDocument::insert(const SchemaField& field, const QString& value)
{
    if (m_values.contains(field.path) || value.trimmed().isEmpty()) {
        return; // of a list, the first entry
    }
    m_values.insert(field.path, value.trimmed());
    m_filledGroups.insert(field.parentPath);
}

Result<ExampleDocument> ExampleDocument::fromJson(const QJsonObject& values, const Schema& target)
{
    ExampleDocument doc;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const SchemaField* f = target.find(it.key());
        if (f == nullptr || !f->isLeaf()) {
            return fail(Error::configuration(
                QStringLiteral("example.field"),
                tr("The example names “%1”, which is not a field of %2 (%3). Write the field's path as "
                   "the mapping does, for example “%4”.")
                    .arg(it.key(), target.id(), target.title(),
                         target.leaves().isEmpty() ? QString() : target.leaves().first().path)));
        }
        const QJsonValue v = it.value();
        doc.insert(*f, v.isString() ? v.toString() : v.toVariant().toString());
    }
    return doc;
}

Result<ExampleDocument> ExampleDocument::fromXml(const QString& xml, const Schema& target)
{
    const QList<SchemaField> leaves = target.leaves();
    QHash<QString, int> byName; // lower-case leaf name → how many leaves have it
    for (const SchemaField& f : leaves) {
        byName[f.name.toLower()] += 1;
    }
    auto resolve = [&leaves, &byName](const QStringList& stack) -> const SchemaField* {
        const SchemaField* best = nullptr;
        qsizetype bestDepth = 0;
        for (const SchemaField& f : leaves) {
            const QStringList parts = f.path.split(QLatin1Char('.'));
            if (parts.size() > stack.size() || parts.size() <= bestDepth) {
                continue;
            }
            bool suffix = true;
            for (qsizetype i = 0; i < parts.size() && suffix; ++i) {
                suffix =
                    parts.at(parts.size() - 1 - i).compare(stack.at(stack.size() - 1 - i), Qt::CaseInsensitive) == 0;
            }
            if (suffix) {
                best = &f;
                bestDepth = parts.size();
            }
        }
        if (bestDepth >= 2) {
            return best;
        }
        // Nested otherwise (a query's XmlOut): the name of one field of the object only.
        if (byName.value(stack.last().toLower()) == 1) {
            for (const SchemaField& f : leaves) {
                if (f.name.compare(stack.last(), Qt::CaseInsensitive) == 0) {
                    return &f;
                }
            }
        }
        return nullptr;
    };
    ExampleDocument doc;
    QXmlStreamReader reader(xml);
    QStringList stack;
    QList<bool> hasChildren;
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!hasChildren.isEmpty()) {
                hasChildren.last() = true;
            }
            stack.append(reader.name().toString());
            hasChildren.append(false);
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!hasChildren.last() && !text.trimmed().isEmpty()) {
                if (const SchemaField* f = resolve(stack)) {
                    doc.insert(*f, text);
                } else if (!doc.m_ignored.contains(stack.join(QLatin1Char('/')))) {
                    doc.m_ignored.append(stack.join(QLatin1Char('/')));
                }
            }
            stack.removeLast();
            hasChildren.removeLast();
            text.clear();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        // Qt's reason is a sentence of its own ("Opening and ending tag mismatch.").
        QString reason = reader.errorString().trimmed();
        if (!reason.endsWith(QLatin1Char('.'))) {
            reason += QLatin1Char('.');
        }
        return fail(Error::configuration(
            QString(NotXmlCode), tr("The example document is not well-formed XML at line %1, column %2: %3 Open the "
                                    "document as SYSPRO wrote it, unchanged.")
                                     .arg(reader.lineNumber())
                                     .arg(reader.columnNumber())
                                     .arg(reason)));
    }
    if (doc.isEmpty()) {
        QString example;
        if (!leaves.isEmpty()) {
            example = QLatin1Char('<') + leaves.first().path.split(QLatin1Char('.')).join(QStringLiteral("><")) +
                      QLatin1Char('>');
        }
        return fail(Error::configuration(
            QStringLiteral("example.empty"),
            tr("None of the example document's elements is a field of %1 (%2). Open the XML of a document of "
               "that object, whose fields are elements such as %3.")
                .arg(target.id(), target.title(), example)));
    }
    return doc;
}

} // namespace bridge::mapping
