// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/syspro/SbXmlNode.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace bridge::sandbox::syspro {

/// Writes an XmlOut the way SYSPRO does: Windows-1252 declaration, single-quoted root attributes,
/// padded numbers, and the trailing "\n " seen on real servers. Text is built directly (no Qt
/// XML writer) so the bytes are exactly what the sandbox means to send.
class SbXmlOut
{
public:
    explicit SbXmlOut(const QString& version) : m_version(version) {}

    /// The root element with SYSPRO's attributes.
    void root(const QString& name);
    void open(const QString& name);
    void close();
    void leaf(const QString& name, const QString& value);
    /// Right-aligned in `width` characters, as SYSPRO pads query numbers.
    void padded(const QString& name, const QString& value, int width);
    void empty(const QString& name);
    /// Echoes an input element, adding ErrorMessages at the end of any section listed in `errors`.
    void echo(const SbXmlNode& node, const QHash<const SbXmlNode*, QStringList>& errors);
    /// Closes what is open and returns the Windows-1252 bytes.
    QByteArray finish();

    static QString escape(const QString& text);
    static QByteArray toWindows1252(const QString& text);
    /// "000042": SYSPRO's six-digit counters and document numbers.
    static QString zeroPadded(qint64 value, int width);

private:
    QString m_version;
    QString m_out;
    QStringList m_open;
};

} // namespace bridge::sandbox::syspro
