// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/PostingOutcome.h"

#include "syspro/SysproErrors.h"
#include "syspro/XmlElement.h"

namespace bridge::syspro {

namespace {

void leaves(const XmlElement& e, QList<QPair<QString, QString>>* out)
{
    for (const XmlElement& c : e.children()) {
        if (c.children().empty()) {
            out->append({c.name(), c.text()});
        } else if (!c.is(u"ErrorMessages") && !c.is(u"WarningMessages")) {
            // A failed field becomes a container: <stockcode><Value>…</Value><ErrorDescription>…
            if (const XmlElement* v = c.child(u"Value")) {
                out->append({c.name(), v->text()});
            }
            leaves(c, out);
        }
    }
}

int firstCount(const XmlElement* status, std::initializer_list<const char16_t*> names)
{
    if (!status) {
        return 0;
    }
    int total = 0;
    for (const char16_t* name : names) {
        bool ok = false;
        const int n = status->childText(QStringView(name)).toInt(&ok);
        if (ok) {
            total += n;
        }
    }
    return total;
}

} // namespace

QString PostingItem::value(QStringView name) const
{
    for (const auto& [key, v] : values) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

bool PostingOutcome::succeeded() const
{
    if (!documentErrors.isEmpty() || invalid > 0) {
        return false;
    }
    for (const PostingItem& i : items) {
        if (!i.succeeded()) {
            return false;
        }
    }
    return true;
}

QStringList PostingOutcome::allErrors() const
{
    QStringList out = documentErrors;
    for (const PostingItem& i : items) {
        out.append(i.errors);
    }
    return out;
}

Result<PostingOutcome> PostingOutcome::parse(const QString& xmlOut)
{
    Result<XmlElement> parsed = XmlElement::parse(xmlOut);
    if (!parsed) {
        return fail(parsed.error());
    }
    PostingOutcome out;
    out.rootName = parsed->name();
    for (const XmlElement& c : parsed->children()) {
        if (c.is(u"Item")) {
            PostingItem item;
            item.errors = SysproErrors::errorDescriptions(c);
            item.warnings = SysproErrors::warningDescriptions(c);
            leaves(c, &item.values);
            out.items.append(item);
        } else if (!c.is(u"StatusOfItems")) {
            out.documentErrors.append(SysproErrors::errorDescriptions(c));
        }
    }
    const XmlElement* status = parsed->child(u"StatusOfItems");
    out.processed = firstCount(status, {u"ItemsProcessed", u"RecordsRead", u"JournalsProcessed"});
    out.invalid = firstCount(status, {u"ItemsInvalid", u"RecordsInvalid", u"PostingsInvalid"});
    return out;
}

} // namespace bridge::syspro
