// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/PiErrorTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bridge::sandbox::opayo {

int PiErrorTable::httpStatus(int code)
{
    switch (code) {
    case 1000:
        return 400;
    case 1001:
    case 1002:
        return 401;
    case 1006:
    case 1012:
    case 1019:
        return 404;
    case 1013:
    case 1014:
    case 1017:
    case 1018:
    case 1021:
        return 403;
    case 9998:
        return 408;
    case 9999:
        return 500;
    default:
        return 422;
    }
}

QString PiErrorTable::description(int code)
{
    switch (code) {
    case 1000:
        return QStringLiteral("Could not understand the request body");
    case 1001:
        return QStringLiteral("Authentication values are missing");
    case 1002:
        return QStringLiteral("Authentication failed");
    case 1003:
        return QStringLiteral("Missing mandatory field");
    case 1004:
        return QStringLiteral("Invalid length");
    case 1005:
        return QStringLiteral("Contains invalid characters");
    case 1006:
        return QStringLiteral("Merchant session key not found");
    case 1007:
        return QStringLiteral("The card number has failed our validity checks and is invalid");
    case 1008:
        return QStringLiteral("The card is not supported");
    case 1009:
        return QStringLiteral("Contains invalid value");
    case 1010:
        return QStringLiteral("Currency does not exist");
    case 1011:
        return QStringLiteral("Merchant session key or card identifier invalid");
    case 1012:
        return QStringLiteral("Transaction not found");
    case 1013:
        return QStringLiteral("Transaction type not supported");
    case 1014:
        return QStringLiteral("Transaction status not applicable");
    case 1015:
        return QStringLiteral("Empty request entity");
    case 1016:
        return QStringLiteral("This parameter requires an integer");
    case 1017:
        return QStringLiteral("This operation is not allowed for this transaction");
    case 1018:
        return QStringLiteral("This refund amount will exceed the amount of the original transaction");
    case 1019:
        return QStringLiteral("Transaction instructions not found");
    case 1020:
        return QStringLiteral("Unable to save a card identifier that is already reusable");
    case 1021:
        return QStringLiteral("The release amount will exceed the amount of the original transaction");
    case 4042:
        return QStringLiteral("The VendorTxCode has been used before for another transaction. All VendorTxCodes must "
                              "be unique.");
    case 9998:
        return QStringLiteral("Request timeout");
    case 9999:
        return QStringLiteral("An internal error occurred at Opayo");
    default:
        return QStringLiteral("Invalid request");
    }
}

SandboxResponse PiErrorTable::response(int code, const QString& property, const QString& description)
{
    const int status = httpStatus(code);
    if (status == 422) {
        return validation({PiFieldError{code, property, description}});
    }
    QJsonObject body{
        {QStringLiteral("code"), code},
        {QStringLiteral("description"), description.isEmpty() ? PiErrorTable::description(code) : description}};
    return SandboxResponse{status, "application/json", {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

SandboxResponse PiErrorTable::validation(const QList<PiFieldError>& errors)
{
    QJsonArray list;
    for (const PiFieldError& e : errors) {
        QJsonObject item{
            {QStringLiteral("code"), e.code},
            {QStringLiteral("description"), e.description.isEmpty() ? description(e.code) : e.description}};
        if (!e.property.isEmpty()) {
            item.insert(QStringLiteral("property"), e.property);
            item.insert(QStringLiteral("clientMessage"),
                        QStringLiteral("%1: %2").arg(e.property,
                                                     e.description.isEmpty() ? description(e.code) : e.description));
        }
        list.append(item);
    }
    return SandboxResponse{422,
                           "application/json",
                           {},
                           QJsonDocument(QJsonObject{{QStringLiteral("errors"), list}}).toJson(QJsonDocument::Compact)};
}

} // namespace bridge::sandbox::opayo
