// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/ServerNotification.h"

#include "core/PanGuard.h"

#include <QCryptographicHash>

namespace bridge::opayo {

namespace {

constexpr int kMaxFields = 100;

Error invalid(const QString& message, const QString& detail = {})
{
    return Error::security(QStringLiteral("opayo.notification.invalid"), message, detail);
}

} // namespace

Result<ServerNotification> ServerNotification::parse(const QByteArray& body)
{
    if (body.size() > kMaxBodyBytes) {
        return fail(
            Error::security(QStringLiteral("opayo.notification.too_large"),
                            tr("The notification is larger than %1 bytes and was refused unread.").arg(kMaxBodyBytes)));
    }
    if (body.trimmed().isEmpty()) {
        return fail(invalid(tr("The notification is empty. Opayo sends its fields as a form POST.")));
    }
    ServerNotification n;
    const QList<QByteArray> pairs = body.split('&');
    if (pairs.size() > kMaxFields) {
        return fail(invalid(tr("The notification has more than %1 fields.").arg(kMaxFields)));
    }
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0) {
            return fail(invalid(tr("The notification is not a form body (a field has no name=value)."),
                                QString::fromLatin1(PanGuard::mask(pair.left(40)))));
        }
        QByteArray name = pair.left(eq);
        QByteArray value = pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString fieldName = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        for (const QChar c : fieldName) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
                return fail(invalid(tr("The notification has a field name with characters Opayo does not use."),
                                    PanGuard::mask(fieldName.left(40))));
            }
        }
        // Opayo posts ISO-8859-1 text; anything valid as UTF-8 is read as UTF-8.
        const QByteArray raw = QByteArray::fromPercentEncoding(value);
        QString decoded = QString::fromUtf8(raw);
        if (decoded.contains(QChar::ReplacementCharacter)) {
            decoded = QString::fromLatin1(raw);
        }
        n.m_fields.append({fieldName, decoded});
        n.m_raw.append({fieldName, raw});
    }
    const QStringList required{QStringLiteral("VPSTxId"), QStringLiteral("VendorTxCode"), QStringLiteral("Status"),
                               QStringLiteral("VPSSignature")};
    for (const QString& name : required) {
        if (n.value(name).isEmpty()) {
            return fail(invalid(tr("The notification has no %1 field, so it cannot be checked.").arg(name)));
        }
    }
    return n;
}

ServerNotification ServerNotification::fromFields(QList<QPair<QString, QString>> fields)
{
    ServerNotification n;
    for (const auto& [name, value] : fields) {
        n.m_raw.append({name, value.toUtf8()});
    }
    n.m_fields = std::move(fields);
    return n;
}

QString ServerNotification::value(const QString& name) const
{
    for (const auto& [key, v] : m_fields) {
        if (key == name) {
            return v;
        }
    }
    return {};
}

QString ServerNotification::vpsTxId() const
{
    QString id = value(QStringLiteral("VPSTxId")).trimmed();
    if (id.startsWith(QLatin1Char('{')) && id.endsWith(QLatin1Char('}'))) {
        id = id.mid(1, id.size() - 2);
    }
    return id.toUpper();
}

QByteArray ServerNotification::raw(const char* name) const
{
    for (const auto& [key, v] : m_raw) {
        if (key == QLatin1String(name)) {
            return v;
        }
    }
    return {};
}

QByteArray ServerNotification::expectedSignature(const QString& vendorName, const QString& securityKey) const
{
    const QByteArray vendor = vendorName.toLower().toUtf8();
    const QByteArray key = securityKey.toUtf8();
    QByteArray plain;
    if (value(QStringLiteral("TxType")).compare(QLatin1String("TOKEN"), Qt::CaseInsensitive) == 0 &&
        value(QStringLiteral("Status")) == QLatin1String("OK")) {
        plain = vpsTxId().toUtf8() + raw("VendorTxCode") + raw("Status") + raw("TxAuthNo") + vendor + raw("AVSCV2") +
                raw("Token") + key;
    } else {
        plain = raw("VPSTxId") + raw("VendorTxCode") + raw("Status") + raw("TxAuthNo") + vendor + raw("AVSCV2") + key +
                raw("AddressResult") + raw("PostCodeResult") + raw("CV2Result") + raw("GiftAid") +
                raw("3DSecureStatus") + raw("CAVV") + raw("AddressStatus") + raw("PayerStatus") + raw("CardType") +
                raw("Last4Digits") + raw("DeclineCode") + raw("ExpiryDate") + raw("FraudResponse") +
                raw("BankAuthCode") + raw("ACSTransID") + raw("DSTransID") + raw("SchemeTraceID");
    }
    return QCryptographicHash::hash(plain, QCryptographicHash::Md5).toHex();
}

Result<void> ServerNotification::verify(const QString& vendorName, const QString& securityKey) const
{
    const QByteArray expected = expectedSignature(vendorName, securityKey);
    const QByteArray given = value(QStringLiteral("VPSSignature")).trimmed().toLatin1().toLower();
    // Constant-time comparison.
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size() && i < given.size(); ++i) {
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    }
    if (diff != 0) {
        return fail(Error::security(QStringLiteral("opayo.notification.signature"),
                                    tr("The notification for %1 does not carry a valid VPSSignature, so it was not "
                                       "accepted. If this repeats for genuine payments, check the vendor name in "
                                       "Settings (it is used in lower case) and that the SecurityKey stored at "
                                       "registration belongs to this transaction.")
                                        .arg(vendorTxCode())));
    }
    return {};
}

QList<QPair<QString, QString>> ServerNotification::safeFields() const
{
    QList<QPair<QString, QString>> out;
    out.reserve(m_fields.size());
    for (const auto& [k, v] : m_fields) {
        out.append({k, PanGuard::mask(v)});
    }
    return out;
}

} // namespace bridge::opayo
