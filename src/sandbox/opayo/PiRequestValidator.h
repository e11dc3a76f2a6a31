// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "sandbox/opayo/PiErrorTable.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bridge::sandbox::opayo {

/// Checks Pi request fields the way Opayo reports them: 1003 missing, 1004 too long, 1005
/// invalid characters, 1009 invalid value, 1010 unknown currency, 1016 not an integer, each
/// with the field's dot path, collected in order for one 422 answer.
class PiRequestValidator
{
public:
    QList<PiFieldError> errors;

    QString text(const QJsonObject& o, const QString& name, const QString& property, int maxLength, bool required);
    /// A positive JSON integer (minor units).
    qint64 amount(const QJsonObject& o, const QString& name, const QString& property);
    QJsonObject object(const QJsonObject& o, const QString& name, const QString& property, bool required);
    void currency(const QString& code, const QString& property);

    /// Letters, digits and - . _ { } (opayo-api.md §1.14).
    [[nodiscard]] static bool validVendorTxCode(const QString& code);
    /// Qt's JSON reader stores 25.00 as the integer 25, so decimal notation is detected on the
    /// raw text: true if any number outside strings has a fraction or an exponent.
    [[nodiscard]] static bool hasNonIntegerNumber(const QByteArray& json);
};

} // namespace bridge::sandbox::opayo
