// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/shop/ShopStatusReceiver.h"

#include "sandbox/shop/ShopSimulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <cstdlib>

namespace bridge::sandbox::shop {

namespace {

SandboxResponse jsonAnswer(int status, const QJsonObject& body)
{
    return SandboxResponse{status, "application/json", {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

SandboxResponse errorAnswer(int status, const QString& error, const QString& message)
{
    return jsonAnswer(status, {{QStringLiteral("error"), error}, {QStringLiteral("message"), message}});
}

} // namespace

QByteArray signShopMessage(const QByteArray& secret, const QByteArray& timestamp, const QByteArray& body)
{
    return "v1=" + QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}

StatusReceiver::StatusReceiver(ShopSimulator& shop) : m_shop(shop), m_random(shop.m_config.seed ^ 0x5747415455535f31ULL)
{}

SandboxResponse StatusReceiver::handle(const SandboxRequest& request)
{
    const ShopConfig& config = m_shop.m_config;
    ShopSimulator::Stats& stats = m_shop.m_stats;
    if (request.path != QLatin1String("/shop/status")) {
        return errorAnswer(404, QStringLiteral("not_found"), QStringLiteral("Only POST /shop/status is served."));
    }
    if (request.method != "POST") {
        SandboxResponse answer =
            errorAnswer(405, QStringLiteral("method"), QStringLiteral("Only POST /shop/status is served."));
        answer.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        return answer;
    }
    if (config.statusFailPercent > 0 && static_cast<int>(m_random() % 100) < config.statusFailPercent) {
        ++stats.statusFaults;
        SandboxResponse answer =
            errorAnswer(503, QStringLiteral("unavailable"), QStringLiteral("Injected fault: the shop is unavailable."));
        answer.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return answer;
    }
    bool ok = false;
    const QByteArray timestamp = request.header("X-Bridge-Timestamp").trimmed();
    const qint64 seconds = timestamp.toLongLong(&ok);
    const qint64 skew = ok ? std::abs(QDateTime::currentSecsSinceEpoch() - seconds) : 0;
    if (!ok || skew > config.statusToleranceSeconds) {
        ++stats.statusRejected;
        return errorAnswer(401, QStringLiteral("timestamp"),
                           ok ? QStringLiteral("X-Bridge-Timestamp is %1 s from the shop's clock (at most %2).")
                                    .arg(skew)
                                    .arg(config.statusToleranceSeconds)
                              : QStringLiteral("X-Bridge-Timestamp (Unix seconds) is missing."));
    }
    const QByteArray expected = signShopMessage(config.eventSecret, timestamp, request.body);
    const QByteArray given = request.header("X-Bridge-Signature").trimmed().toLower();
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size() && i < given.size(); ++i) {
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    }
    if (diff != 0) {
        ++stats.statusRejected;
        return errorAnswer(401, QStringLiteral("signature"),
                           QStringLiteral("X-Bridge-Signature does not match; check the shared secret."));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ++stats.statusMalformed;
        return errorAnswer(400, QStringLiteral("malformed"), QStringLiteral("The body is not a JSON object."));
    }
    const QJsonObject update = doc.object();
    const QString eventId = update.value(QStringLiteral("eventId")).toString();
    if (eventId.isEmpty()) {
        ++stats.statusMalformed;
        return errorAnswer(400, QStringLiteral("malformed"), QStringLiteral("eventId is missing."));
    }
    static const QStringList statuses{QStringLiteral("posted"), QStringLiteral("failed"), QStringLiteral("refunded")};
    if (!statuses.contains(update.value(QStringLiteral("status")).toString())) {
        ++stats.statusMalformed;
        return errorAnswer(400, QStringLiteral("malformed"),
                           QStringLiteral("status must be posted, failed or refunded."));
    }
    m_shop.recordStatus(eventId, update);
    return jsonAnswer(200, {{QStringLiteral("ok"), true}});
}

} // namespace bridge::sandbox::shop
