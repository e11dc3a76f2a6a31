// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace bridge::opayo {

/// A Server/Form-protocol notification POST (opayo-api.md §2.2) as Opayo sent it. Values are
/// kept exactly as received because the signature is computed over them; use safeFields() for
/// anything that is stored, logged or shown.
class ServerNotification
{
    Q_DECLARE_TR_FUNCTIONS(bridge::opayo::ServerNotification)

public:
    /// Largest body accepted; Opayo's notifications are well under 4 KiB.
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024;

    /// Parses a form-urlencoded body. Fails on oversized, empty or malformed bodies and when
    /// VPSTxId, VendorTxCode, Status or VPSSignature is missing.
    [[nodiscard]] static Result<ServerNotification> parse(const QByteArray& body);

    /// The MD5 of the documented field concatenation, lower-case hex.
    [[nodiscard]] QByteArray expectedSignature(const QString& vendorName, const QString& securityKey) const;
    /// Compares VPSSignature (case-insensitively) with expectedSignature().
    [[nodiscard]] Result<void> verify(const QString& vendorName, const QString& securityKey) const;

    [[nodiscard]] QString value(const QString& name) const;
    [[nodiscard]] QString vpsTxId() const; ///< without braces, upper-case
    [[nodiscard]] QString vendorTxCode() const { return value(QStringLiteral("VendorTxCode")); }
    [[nodiscard]] QString status() const { return value(QStringLiteral("Status")); }
    [[nodiscard]] QString txType() const { return value(QStringLiteral("TxType")); }
    /// All fields with any card number masked (PanGuard).
    [[nodiscard]] QList<QPair<QString, QString>> safeFields() const;

    /// Builds a notification from fields (tests, fuzzing seeds).
    static ServerNotification fromFields(QList<QPair<QString, QString>> fields);

private:
    [[nodiscard]] QByteArray raw(const char* name) const;

    QList<QPair<QString, QString>> m_fields;
    /// The bytes as received (after percent-decoding): Opayo signs what it sent, ISO-8859-1.
    QList<QPair<QString, QByteArray>> m_raw;
};

} // namespace bridge::opayo
