// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SysproErrors.h"

#include "syspro/XmlElement.h"

namespace bridge::syspro {

bool SysproErrors::isErrorBody(const QString& body)
{
    return QStringView(body).trimmed().startsWith(u"ERROR", Qt::CaseInsensitive);
}

Error SysproErrors::fromErrorBody(const QString& body, const QString& what, const QString& businessObject,
                                  const QString& company)
{
    QString text = body.trimmed();
    const QString detail = text.left(500);
    if (text.startsWith(QLatin1String("ERROR"), Qt::CaseInsensitive)) {
        text = text.mid(5);
        while (!text.isEmpty() && (text.at(0) == QLatin1Char(':') || text.at(0).isSpace())) {
            text.remove(0, 1);
        }
    }
    const auto has = [&text](const char* needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };

    if (has("UserID") && (has("invalid") || has("expired") || has("not logged"))) {
        return Error::transient(codes::invalidSession,
                                tr("The SYSPRO session ended (another logon with the same operator, or it expired) "
                                   "while %1. The bridge logs on again and repeats the call.")
                                    .arg(what),
                                detail);
    }
    if (has("100000") || has("licen") || has("not registered") || has("not available")) {
        return Error::permanent(
            codes::notLicensed,
            tr("SYSPRO refused business object %1 while %2: it is not available or not licensed "
               "for this operator in company %3 (SYSPRO said: %4). Apportion an e.net licence "
               "for its functional area to the operator in SYSPRO, or choose a fallback in "
               "Settings > SYSPRO.")
                .arg(businessObject.isEmpty() ? QStringLiteral("?") : businessObject, what, company, text),
            detail);
    }
    if (has("password") || has("operator") || has("company") || has("logon") || has("log on")) {
        return Error::configuration(codes::authentication,
                                    tr("SYSPRO refused the logon to company %1: %2. Check the operator, company and "
                                       "passwords in Settings > SYSPRO.")
                                        .arg(company, text),
                                    detail);
    }
    if (has("not found") || has("not on file") || has("does not exist")) {
        return Error::permanent(codes::notFound,
                                tr("SYSPRO could not find what was asked for while %1: %2.").arg(what, text), detail);
    }
    return Error::permanent(codes::serverError,
                            tr("SYSPRO reported an error while %1: %2. Check the SYSPRO e.net diagnostics for the "
                               "cause.")
                                .arg(what, text),
                            detail);
}

namespace {
QStringList uniqueTexts(const QList<const XmlElement*>& elements)
{
    QStringList out;
    for (const XmlElement* e : elements) {
        const QString t = e->text();
        if (!t.isEmpty() && !out.contains(t)) {
            out.append(t);
        }
    }
    return out;
}
} // namespace

QStringList SysproErrors::errorDescriptions(const XmlElement& element)
{
    QList<const XmlElement*> all = element.descendants(u"ErrorDescription");
    if (element.is(u"ErrorDescription")) {
        all.prepend(&element);
    }
    return uniqueTexts(all);
}

QStringList SysproErrors::warningDescriptions(const XmlElement& element)
{
    return uniqueTexts(element.descendants(u"WarningDescription"));
}

std::optional<Error> SysproErrors::fromXmlOut(const XmlElement& root, const QString& what)
{
    const QStringList errors = errorDescriptions(root);
    if (errors.isEmpty()) {
        return std::nullopt;
    }
    return Error::permanent(
        codes::business,
        tr("SYSPRO rejected %1: %2. Correct the data and post it again.").arg(what, errors.join(QStringLiteral("; "))),
        errors.join(QLatin1Char('\n')));
}

} // namespace bridge::syspro
