// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SbXmlOut.h"

namespace bridge::sandbox::syspro {

namespace {
// Windows-1252 0x80..0x9F (0 where undefined).
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
} // namespace

QString SbXmlOut::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray SbXmlOut::toWindows1252(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
            continue;
        }
        char byte = '?';
        for (int i = 0; i < 32; ++i) {
            if (kCp1252High[i] != 0 && kCp1252High[i] == u) {
                byte = char(0x80 + i);
                break;
            }
        }
        if (byte == '?') {
            // SYSPRO would write a character reference for what its code page lacks.
            out.append("&#" + QByteArray::number(int(u)) + ';');
            continue;
        }
        out.append(byte);
    }
    return out;
}

QString SbXmlOut::zeroPadded(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

void SbXmlOut::root(const QString& name)
{
    m_out += QLatin1Char('<') + name +
             QStringLiteral(" Language='05' Language2='EN' CssStyle='' DecFormat='1' DateFormat='01' Role='01' "
                            "Version='%1' OperatorPrimaryRole='   '>")
                 .arg(m_version);
    m_open.append(name);
}

void SbXmlOut::open(const QString& name)
{
    m_out += QLatin1Char('<') + name + QLatin1Char('>');
    m_open.append(name);
}

void SbXmlOut::close()
{
    if (!m_open.isEmpty()) {
        m_out += QLatin1String("</") + m_open.takeLast() + QLatin1Char('>');
    }
}

void SbXmlOut::leaf(const QString& name, const QString& value)
{
    if (value.isEmpty()) {
        empty(name);
        return;
    }
    m_out += QLatin1Char('<') + name + QLatin1Char('>') + escape(value) + QLatin1String("</") + name + QLatin1Char('>');
}

void SbXmlOut::padded(const QString& name, const QString& value, int width)
{
    leaf(name, value.rightJustified(width, QLatin1Char(' ')));
}

void SbXmlOut::empty(const QString& name)
{
    m_out += QLatin1Char('<') + name + QLatin1String("/>");
}

void SbXmlOut::echo(const SbXmlNode& node, const QHash<const SbXmlNode*, QStringList>& errors)
{
    if (node.children.empty() && !errors.contains(&node)) {
        leaf(node.name, node.text);
        return;
    }
    open(node.name);
    for (const SbXmlNode& c : node.children) {
        echo(c, errors);
    }
    const QStringList mine = errors.value(&node);
    if (!mine.isEmpty()) {
        open(QStringLiteral("ErrorMessages"));
        for (const QString& e : mine) {
            leaf(QStringLiteral("ErrorDescription"), e);
        }
        close();
    }
    close();
}

QByteArray SbXmlOut::finish()
{
    while (!m_open.isEmpty()) {
        close();
    }
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"Windows-1252\"?>\n") + toWindows1252(m_out) + "\n ";
}

} // namespace bridge::sandbox::syspro
