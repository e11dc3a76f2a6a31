// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/XmlInWriter.h"

#include "syspro/SysproErrors.h"

namespace bridge::syspro {

QString xmlSafe(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF) {
            continue;
        }
        out.append(c);
    }
    return out;
}

XmlInWriter::XmlInWriter(const FieldLimits& limits) : m_limits(limits), m_writer(&m_out) {}

void XmlInWriter::start(const QString& element)
{
    m_writer.writeStartElement(element);
}

void XmlInWriter::end()
{
    m_writer.writeEndElement();
}

void XmlInWriter::text(const QString& element, const QString& value, bool writeEmpty)
{
    if (value.isEmpty() && !writeEmpty) {
        return;
    }
    QString safe = xmlSafe(value);
    const int limit = m_limits.limit(element);
    if (limit > 0 && safe.size() > limit) {
        if (m_limits.mayTruncate(element)) {
            safe.truncate(limit);
        } else {
            setError(Error::permanent(
                codes::fieldTooLong,
                tr("%1 \"%2\" is %3 characters long, but SYSPRO accepts at most %4 (%5). Shorten it in the mapping, "
                   "or allow truncation of %1 in Settings > SYSPRO.")
                    .arg(element, value.left(60))
                    .arg(value.size())
                    .arg(limit)
                    .arg(m_location.isEmpty() ? tr("document") : m_location),
                QStringLiteral("field %1 length %2 > %3").arg(element).arg(value.size()).arg(limit)));
            return;
        }
    }
    m_writer.writeTextElement(element, safe);
}

void XmlInWriter::money(const QString& element, const Money& value, NumericFormat format)
{
    const Result<QString> wire = moneyToWire(value, element, format);
    if (!wire) {
        Error e = wire.error();
        e.message += QLatin1Char(' ') + tr("(%1)").arg(m_location);
        setError(e);
        return;
    }
    m_writer.writeTextElement(element, *wire);
}

void XmlInWriter::decimal(const QString& element, const FixedDecimal& value, NumericFormat format)
{
    const Result<QString> wire = value.toWire(format, element);
    if (!wire) {
        Error e = wire.error();
        e.message += QLatin1Char(' ') + tr("(%1)").arg(m_location);
        setError(e);
        return;
    }
    m_writer.writeTextElement(element, *wire);
}

void XmlInWriter::optionalMoney(const QString& element, const std::optional<Money>& value)
{
    if (value) {
        money(element, *value);
    }
}

void XmlInWriter::optionalDecimal(const QString& element, const std::optional<FixedDecimal>& value,
                                  NumericFormat format)
{
    if (value) {
        decimal(element, *value, format);
    }
}

void XmlInWriter::setError(Error error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
}

Result<QString> XmlInWriter::finish()
{
    if (m_error) {
        return fail(*m_error);
    }
    return m_out;
}

} // namespace bridge::syspro
