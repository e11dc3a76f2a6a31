// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SysproCall.h"

namespace bridge::syspro {

SysproCall SysproCall::query(const QString& businessObject, const QString& xmlIn, const QString& description)
{
    SysproCall call;
    call.method = Method::Query;
    call.businessObject = businessObject;
    call.xmlIn = xmlIn;
    call.description = description;
    call.idempotent = true;
    return call;
}

SysproCall SysproCall::post(const QString& businessObject, const QString& xmlParameters, const QString& xmlIn,
                            const QString& description, bool validateOnly)
{
    SysproCall call;
    call.method = Method::Post;
    call.businessObject = businessObject;
    call.xmlParameters = xmlParameters;
    call.xmlIn = xmlIn;
    call.description = description;
    call.idempotent = validateOnly;
    return call;
}

SysproCall SysproCall::setup(Method method, const QString& businessObject, const QString& xmlParameters,
                             const QString& xmlIn, const QString& description)
{
    SysproCall call;
    call.method = method;
    call.businessObject = businessObject;
    call.xmlParameters = xmlParameters;
    call.xmlIn = xmlIn;
    call.description = description;
    call.idempotent = false;
    return call;
}

QString SysproCall::path() const
{
    switch (method) {
    case Method::Query:
        return QStringLiteral("Query/Query");
    case Method::Fetch:
        return QStringLiteral("Query/Fetch");
    case Method::Browse:
        return QStringLiteral("Query/Browse");
    case Method::SetupAdd:
        return QStringLiteral("Setup/Add");
    case Method::SetupUpdate:
        return QStringLiteral("Setup/Update");
    case Method::SetupDelete:
        return QStringLiteral("Setup/Delete");
    case Method::Post:
        return QStringLiteral("Transaction/Post");
    case Method::Build:
        return QStringLiteral("Transaction/Build");
    }
    return {};
}

QList<QPair<QString, QString>> SysproCall::parameters() const
{
    QList<QPair<QString, QString>> out;
    const bool noBusinessObject = method == Method::Fetch || method == Method::Browse;
    if (!noBusinessObject) {
        out.append({QStringLiteral("BusinessObject"), businessObject});
    }
    const bool hasParameters = method == Method::Post || method == Method::SetupAdd || method == Method::SetupUpdate ||
                               method == Method::SetupDelete;
    if (hasParameters) {
        out.append({QStringLiteral("XmlParameters"), xmlParameters});
    }
    out.append({QStringLiteral("XmlIn"), xmlIn});
    return out;
}

} // namespace bridge::syspro
