// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "mapping/Schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace bridge::mapping {

/// A SYSPRO document that a person keyed by hand for the sample record (before the bridge, or
/// in SYSPRO's own screens), as SYSPRO holds it: target path → value. Mapping suggestions
/// compare its values with the sample's (the same order number, the same amount, the same date):
/// a value found in exactly one source field says where the field comes from whatever the
/// fields are called, and a value found in none says it is a constant, a SYSPRO code or a lookup.
class ExampleDocument
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::ExampleDocument)

public:
    /// The code of the error fromXml gives for text that is not well-formed XML.
    static constexpr QLatin1String NotXmlCode{"example.xml"};

    /// Reads the XML of a document of `target` (an XmlIn the clerk's document would have been
    /// posted with, or a query's XmlOut): every element with text whose names end like a field's
    /// path ("…<Payment><Customer>" is Payment.Customer), or whose name is a field's own when no
    /// other field of the object has it. Of a list (lines) the first entry counts. Refuses XML
    /// that is not well formed (with the line and column) and XML with no field of `target`.
    static Result<ExampleDocument> fromXml(const QString& xml, const Schema& target);
    /// Target path → text, as tests/data/mapping-pairs writes it. Refuses a path that is not a
    /// field of `target`.
    static Result<ExampleDocument> fromJson(const QJsonObject& values, const Schema& target);

    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty(); }
    [[nodiscard]] const QHash<QString, QString>& values() const { return m_values; }
    [[nodiscard]] QString value(const QString& targetPath) const { return m_values.value(targetPath); }
    [[nodiscard]] bool contains(const QString& targetPath) const { return m_values.contains(targetPath); }
    /// Paths of elements that are not fields of the target (shown, not used).
    [[nodiscard]] const QStringList& ignored() const { return m_ignored; }
    /// Whether the document fills any field whose parent is `parentPath`: a field left empty
    /// among filled neighbours was left empty on purpose.
    [[nodiscard]] bool fillsGroup(const QString& parentPath) const { return m_filledGroups.contains(parentPath); }

private:
    void insert(const SchemaField& field, const QString& value);

    QHash<QString, QString> m_values;
    QStringList m_ignored;
    QSet<QString> m_filledGroups;
};

/// How a source sample relates to a value of the example document.
enum class ValueMatch {
    None,
    Same,       ///< the same text, ignoring case and spacing
    Cut,        ///< the sample, cut to the target field's length
    FirstLine,  ///< the first line of a sample of several lines
    Date,       ///< the same day, written another way
    Amount,     ///< the same number, written another way ("25" and "25.00", "£1,234.50")
    MinorUnits, ///< the sample is the amount in minor units (12000 for 120.00)
    Sign,       ///< the same amount with the other sign (a refund keyed as a positive credit)
};

/// Compares a source field's sample with the value the example document holds in a target
/// field. Exact: numbers are compared as decimals, never through floating point.
[[nodiscard]] ValueMatch matchExampleValue(const SchemaField& source, const SchemaField& target,
                                           const QString& exampleValue);

/// A value that says little about where it came from: empty, yes/no, or a number no larger
/// than 1 (a quantity of 1, an exchange rate of 1.000000, 0.00).
[[nodiscard]] bool isTellingValue(const QString& value);

/// The days a text may be: ISO 8601 (with a time or not), 14/03/2025 and 03/14/2025 (both
/// when both are possible), 14.03.2025, 2025/03/14, "5 Mar 2024", "Mar 5, 2024", RFC 2822,
/// and a Unix time in seconds or milliseconds (2000–2100).
[[nodiscard]] QList<QDate> possibleDates(const QString& text);

} // namespace bridge::mapping
