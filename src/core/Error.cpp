// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "core/Error.h"

namespace bridge {

namespace {
Error make(ErrorClass errorClass, QString code, QString message, QString detail)
{
    return Error{errorClass, std::move(code), std::move(message), std::move(detail), std::nullopt};
}
} // namespace

Error Error::transient(QString code, QString message, QString detail)
{
    return make(ErrorClass::Transient, std::move(code), std::move(message), std::move(detail));
}

Error Error::permanent(QString code, QString message, QString detail)
{
    return make(ErrorClass::Permanent, std::move(code), std::move(message), std::move(detail));
}

Error Error::security(QString code, QString message, QString detail)
{
    return make(ErrorClass::Security, std::move(code), std::move(message), std::move(detail));
}

Error Error::configuration(QString code, QString message, QString detail)
{
    return make(ErrorClass::Configuration, std::move(code), std::move(message), std::move(detail));
}

QString Error::toString() const
{
    if (detail.isEmpty()) {
        return message;
    }
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString errorClassName(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::Transient:
        return QStringLiteral("transient");
    case ErrorClass::Permanent:
        return QStringLiteral("permanent");
    case ErrorClass::Security:
        return QStringLiteral("security");
    case ErrorClass::Configuration:
        return QStringLiteral("configuration");
    }
    return QStringLiteral("unknown");
}

} // namespace bridge
