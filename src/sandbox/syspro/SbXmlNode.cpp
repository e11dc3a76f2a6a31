// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/syspro/SbXmlNode.h"

#include <QXmlStreamReader>

namespace bridge::sandbox::syspro {

namespace {
constexpr int kMaxDepth = 48;

bool readInto(QXmlStreamReader& r, SbXmlNode& node, int depth)
{
    node.name = r.name().toString();
    for (const auto& a : r.attributes()) {
        node.attributes.append({a.name().toString(), a.value().toString()});
    }
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth >= kMaxDepth) {
                return false;
            }
            node.children.emplace_back();
            if (!readInto(r, node.children.back(), depth + 1)) {
                return false;
            }
        } else if (token == QXmlStreamReader::Characters) {
            node.text += r.text();
        } else if (token == QXmlStreamReader::EndElement) {
            return true;
        }
    }
    return false;
}
} // namespace

std::optional<SbXmlNode> SbXmlNode::parse(const QString& text, QString* error)
{
    QString body = text.trimmed();
    if (body.startsWith(QLatin1String("<?xml"))) {
        const qsizetype end = body.indexOf(QLatin1String("?>"));
        body = end < 0 ? QString() : body.mid(end + 2);
    }
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement) {
            SbXmlNode root;
            if (!readInto(r, root, 1)) {
                *error = r.hasError() ? r.errorString() : QStringLiteral("document nested too deeply or cut short");
                return std::nullopt;
            }
            return root;
        }
    }
    *error = r.hasError() ? r.errorString() : QStringLiteral("no root element");
    return std::nullopt;
}

const SbXmlNode* SbXmlNode::child(QStringView childName) const
{
    for (const SbXmlNode& c : children) {
        if (c.named(childName)) {
            return &c;
        }
    }
    return nullptr;
}

QList<const SbXmlNode*> SbXmlNode::all(QStringView childName) const
{
    QList<const SbXmlNode*> out;
    for (const SbXmlNode& c : children) {
        if (c.named(childName)) {
            out.append(&c);
        }
    }
    return out;
}

QString SbXmlNode::value(QStringView childName) const
{
    const SbXmlNode* c = child(childName);
    return c ? c->text.trimmed() : QString();
}

QString SbXmlNode::attribute(QStringView attributeName) const
{
    for (const auto& [k, v] : attributes) {
        if (k.compare(attributeName, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

} // namespace bridge::sandbox::syspro
