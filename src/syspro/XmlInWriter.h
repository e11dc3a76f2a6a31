// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"
#include "syspro/FieldLimits.h"
#include "syspro/FixedDecimal.h"

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamWriter>

#include <optional>

namespace bridge::syspro {

/// Strips characters XML 1.0 cannot carry (C0 controls other than tab, CR, LF; U+FFFE/FFFF).
QString xmlSafe(const QString& value);

/// Writes an XmlIn or XmlParameters document for a business object. Every text field is checked
/// against FieldLimits, XML-illegal control characters are dropped, numbers go out as exact
/// fixed-point text, and the first problem is kept (with where it happened) so that a builder can
/// write on and check once at the end.
class XmlInWriter
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::XmlInWriter)

public:
    explicit XmlInWriter(const FieldLimits& limits);

    /// Where the following fields belong, for messages: "order OPY-1, line 3".
    void setLocation(const QString& location) { m_location = location; }

    void start(const QString& element);
    void end();
    /// An attribute on the element just started.
    void attribute(const QString& name, const QString& value) { m_writer.writeAttribute(name, xmlSafe(value)); }
    /// A text field; empty values are skipped unless `writeEmpty`.
    void text(const QString& element, const QString& value, bool writeEmpty = false);
    void flag(const QString& element, bool value) { text(element, value ? QStringLiteral("Y") : QStringLiteral("N")); }
    void integer(const QString& element, qint64 value) { text(element, QString::number(value)); }
    void money(const QString& element, const Money& value, NumericFormat format = NumericFormat::value());
    void decimal(const QString& element, const FixedDecimal& value, NumericFormat format);
    void optionalMoney(const QString& element, const std::optional<Money>& value);
    void optionalDecimal(const QString& element, const std::optional<FixedDecimal>& value, NumericFormat format);

    /// Records a failure found by the builder itself (the first one wins).
    void setError(Error error);
    [[nodiscard]] bool hasError() const { return m_error.has_value(); }

    /// The document, or the first problem.
    [[nodiscard]] Result<QString> finish();

private:
    const FieldLimits& m_limits;
    QString m_out;
    QXmlStreamWriter m_writer;
    QString m_location;
    std::optional<Error> m_error;
};

} // namespace bridge::syspro
