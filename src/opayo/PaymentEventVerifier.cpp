// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/PaymentEventVerifier.h"

#include "core/Clock.h"

#include <QMessageAuthenticationCode>

namespace bridge::opayo {

PaymentEventVerifier::PaymentEventVerifier(Config config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
{}

QByteArray PaymentEventVerifier::sign(const QByteArray& secret, qint64 timestamp, const QByteArray& body)
{
    const QByteArray message = QByteArray::number(timestamp) + '.' + body;
    return "v1=" + QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

Result<PaymentEvent> PaymentEventVerifier::verify(const QByteArray& timestampHeader, const QByteArray& signatureHeader,
                                                  const QByteArray& body) const
{
    if (m_config.secret.isEmpty()) {
        return fail(Error::configuration(QStringLiteral("opayo.event.no_secret"),
                                         tr("No shared secret is set for the shop's payment events, so none can be "
                                            "accepted. Set the webhook secret in Settings.")));
    }
    if (body.size() > m_config.maxBodyBytes) {
        return fail(Error::security(QStringLiteral("opayo.event.too_large"),
                                    tr("A payment event of %1 bytes was refused unread (the limit is %2).")
                                        .arg(body.size())
                                        .arg(m_config.maxBodyBytes)));
    }
    bool ok = false;
    const qint64 timestamp = timestampHeader.trimmed().toLongLong(&ok);
    if (!ok) {
        return fail(Error::security(QStringLiteral("opayo.event.no_timestamp"),
                                    tr("The payment event has no valid %1 header (Unix seconds), so it was refused.")
                                        .arg(QLatin1String(kTimestampHeader))));
    }
    const qint64 now = m_clock.nowMsecs() / 1000;
    const qint64 skew = now > timestamp ? now - timestamp : timestamp - now;
    if (skew > m_config.toleranceSeconds) {
        return fail(Error::security(QStringLiteral("opayo.event.stale"),
                                    tr("The payment event is timestamped %1 seconds away from this computer's clock "
                                       "(at most %2 allowed), so it was refused as a possible replay. Check both "
                                       "clocks; the shop should resend it with a fresh signature.")
                                        .arg(skew)
                                        .arg(m_config.toleranceSeconds)));
    }
    const QByteArray expected = sign(m_config.secret, timestamp, body);
    const QByteArray given = signatureHeader.trimmed().toLower();
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size() && i < given.size(); ++i) {
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    }
    if (diff != 0) {
        return fail(Error::security(QStringLiteral("opayo.event.signature"),
                                    tr("The payment event's signature does not match, so it was refused. The shop "
                                       "and the bridge must use the same webhook secret.")));
    }
    return PaymentEvent::parse(body);
}

} // namespace bridge::opayo
