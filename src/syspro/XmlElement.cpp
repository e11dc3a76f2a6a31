// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/XmlElement.h"

#include "syspro/Windows1252.h"

#include <QXmlStreamReader>

namespace bridge::syspro {

class XmlElementBuilder
{
public:
    static bool read(QXmlStreamReader& reader, XmlElement* element, int depth, QString* error)
    {
        element->m_name = reader.name().toString();
        for (const QXmlStreamAttribute& a : reader.attributes()) {
            element->m_attributes.append({a.name().toString(), a.value().toString()});
        }
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement: {
                if (depth + 1 > XmlElement::maxDepth) {
                    *error = QStringLiteral("nesting deeper than %1 levels").arg(XmlElement::maxDepth);
                    return false;
                }
                element->m_children.emplace_back();
                if (!read(reader, &element->m_children.back(), depth + 1, error)) {
                    return false;
                }
                break;
            }
            case QXmlStreamReader::Characters:
                element->m_text += reader.text();
                break;
            case QXmlStreamReader::EndElement:
                return true;
            default:
                break;
            }
        }
        if (reader.hasError()) {
            *error = reader.errorString();
        } else {
            *error = QStringLiteral("unexpected end of document");
        }
        return false;
    }
};

namespace {

QString withoutDeclaration(const QString& document)
{
    const QStringView view = QStringView(document).trimmed();
    if (view.startsWith(u"<?xml")) {
        const qsizetype end = view.indexOf(u"?>");
        if (end >= 0) {
            return view.mid(end + 2).toString();
        }
    }
    return view.toString();
}

Error malformed(const QString& why, const QString& document)
{
    return Error::permanent(QStringLiteral("syspro.xml_malformed"),
                            QCoreApplication::translate("bridge::syspro::XmlElement",
                                                        "SYSPRO sent an answer that is not well-formed XML (%1). "
                                                        "Check that the address in Settings points at the SYSPRO "
                                                        "e.net REST service.")
                                .arg(why),
                            document.left(300));
}

} // namespace

Result<XmlElement> XmlElement::parse(const QString& document)
{
    const QString body = withoutDeclaration(document);
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            XmlElement root;
            QString error;
            if (!XmlElementBuilder::read(reader, &root, 1, &error)) {
                return fail(malformed(error, document));
            }
            // Anything after the root other than whitespace or comments is an error.
            while (!reader.atEnd()) {
                const QXmlStreamReader::TokenType t = reader.readNext();
                if (t == QXmlStreamReader::StartElement) {
                    return fail(malformed(QStringLiteral("more than one root element"), document));
                }
            }
            if (reader.hasError() && reader.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                return fail(malformed(reader.errorString(), document));
            }
            return root;
        }
    }
    return fail(malformed(reader.hasError() ? reader.errorString() : QStringLiteral("no root element"), document));
}

Result<XmlElement> XmlElement::parseBytes(const QByteArray& body)
{
    return parse(Windows1252::decodeBody(body));
}

QString XmlElement::attribute(QStringView name) const
{
    for (const auto& [key, value] : m_attributes) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

const XmlElement* XmlElement::child(QStringView name) const
{
    for (const XmlElement& c : m_children) {
        if (c.is(name)) {
            return &c;
        }
    }
    return nullptr;
}

QList<const XmlElement*> XmlElement::childrenNamed(QStringView name) const
{
    QList<const XmlElement*> out;
    for (const XmlElement& c : m_children) {
        if (c.is(name)) {
            out.append(&c);
        }
    }
    return out;
}

void XmlElement::collect(QStringView name, QList<const XmlElement*>* out) const
{
    for (const XmlElement& c : m_children) {
        if (c.is(name)) {
            out->append(&c);
        }
        c.collect(name, out);
    }
}

QList<const XmlElement*> XmlElement::descendants(QStringView name) const
{
    QList<const XmlElement*> out;
    collect(name, &out);
    return out;
}

const XmlElement* XmlElement::find(QStringView name) const
{
    for (const XmlElement& c : m_children) {
        if (c.is(name)) {
            return &c;
        }
        if (const XmlElement* found = c.find(name)) {
            return found;
        }
    }
    return nullptr;
}

QString XmlElement::childText(QStringView name) const
{
    const XmlElement* c = child(name);
    return c ? c->text() : QString();
}

const XmlElement* XmlElement::path(QStringView slashSeparated) const
{
    const XmlElement* at = this;
    for (QStringView part : slashSeparated.split(u'/')) {
        at = at->child(part);
        if (!at) {
            return nullptr;
        }
    }
    return at;
}

QString XmlElement::pathText(QStringView slashSeparated) const
{
    const XmlElement* e = path(slashSeparated);
    return e ? e->text() : QString();
}

} // namespace bridge::syspro
