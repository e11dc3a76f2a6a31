// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/PiSandboxApi.h"

#include "core/Clock.h"
#include "sandbox/opayo/PiRequestValidator.h"
#include "sandbox/opayo/SandboxTestCards.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace bridge::sandbox::opayo {

namespace {

SandboxResponse jsonResponse(int status, const QJsonObject& body)
{
    return SandboxResponse{status, "application/json", {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

SandboxResponse htmlResponse(const QString& html)
{
    return SandboxResponse{200, "text/html; charset=utf-8", {}, html.toUtf8()};
}

QString htmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString base64Url(const QJsonObject& o)
{
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject fromBase64Url(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return {};
    }
    return QJsonDocument::fromJson(*decoded).object();
}

QString threeDSFromCardholder(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("SUCCESSFUL")) {
        return QStringLiteral("Authenticated");
    }
    if (n == QLatin1String("PROOFATTEMPT")) {
        return QStringLiteral("AttemptOnly");
    }
    if (n == QLatin1String("TECHDIFFICULTIES")) {
        return QStringLiteral("Incomplete");
    }
    if (n == QLatin1String("ERROR")) {
        return QStringLiteral("Error");
    }
    return QStringLiteral("NotAuthenticated");
}

bool threeDSPassed(const QString& status)
{
    return status == QLatin1String("Authenticated") || status == QLatin1String("AttemptOnly");
}

const QString kOk = QStringLiteral("Ok");

} // namespace

PiSandboxApi::PiSandboxApi(const OpayoSandboxConfig& config, SandboxLedger& ledger, const Clock& clock)
    : m_config(config)
    , m_ledger(ledger)
    , m_clock(clock)
{
    m_expectedBasic =
        "Basic " + (config.integrationKey + QLatin1Char(':') + config.integrationPassword).toUtf8().toBase64();
}

QString PiSandboxApi::isoTime(qint64 ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(m_config.settlementTimeZone.toLatin1()));
    const int offset = t.offsetFromUtc();
    const int absOffset = offset < 0 ? -offset : offset;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(absOffset / 3600, 2, 10, QLatin1Char('0'))
               .arg((absOffset % 3600) / 60, 2, 10, QLatin1Char('0'));
}

std::optional<SandboxResponse> PiSandboxApi::checkBasic(const SandboxRequest& request) const
{
    const QByteArray auth = request.header("Authorization");
    if (auth.isEmpty()) {
        return PiErrorTable::response(1001);
    }
    if (auth != m_expectedBasic) {
        return PiErrorTable::response(1002);
    }
    return std::nullopt;
}

std::optional<SandboxResponse> PiSandboxApi::parseBody(const SandboxRequest& request, QJsonObject* out) const
{
    if (request.body.trimmed().isEmpty()) {
        return PiErrorTable::response(1015);
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return PiErrorTable::response(1000);
    }
    if (PiRequestValidator::hasNonIntegerNumber(request.body)) {
        // Every Pi number is an integer (amounts in minor units): 10.00 gets 1016 like 10.5.
        return PiErrorTable::response(1016, QStringLiteral("amount"));
    }
    *out = doc.object();
    return std::nullopt;
}

SandboxResponse PiSandboxApi::handle(const SandboxRequest& request, const QString& subPath)
{
    // Expired keys and card identifiers are swept at most once a second.
    if (m_clock.nowMsecs() - m_lastSweepMs >= 1000 || m_clock.nowMsecs() < m_lastSweepMs) {
        m_lastSweepMs = m_clock.nowMsecs();
        m_ledger.expire(m_lastSweepMs);
    }
    const QStringList parts = subPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    if (parts.isEmpty()) {
        return PiErrorTable::response(1000, {}, QStringLiteral("Unknown resource"));
    }
    const QString& resource = parts.first();
    if (resource == QLatin1String("card-identifiers") && post && parts.size() == 1) {
        return createCardIdentifier(request); // Bearer MSK, checked inside
    }
    if (const auto denied = checkBasic(request)) {
        return *denied;
    }
    if (resource == QLatin1String("merchant-session-keys")) {
        if (post && parts.size() == 1) {
            return createSessionKey(request);
        }
        if (get && parts.size() == 2) {
            return getSessionKey(parts.at(1));
        }
    } else if (resource == QLatin1String("transactions")) {
        if (post && parts.size() == 1) {
            return createTransaction(request);
        }
        if (get && parts.size() == 2) {
            return getTransaction(parts.at(1));
        }
        if (parts.size() == 3 && parts.at(2) == QLatin1String("instructions")) {
            if (post) {
                return createInstruction(parts.at(1), request);
            }
            if (get) {
                return listInstructions(parts.at(1));
            }
        }
        if (post && parts.size() == 3 && parts.at(2) == QLatin1String("3d-secure-challenge")) {
            return challengeResult(parts.at(1), request);
        }
    }
    QJsonObject body{{QStringLiteral("code"), 1000},
                     {QStringLiteral("description"), QStringLiteral("Method not allowed")}};
    return jsonResponse(405, body);
}

SandboxResponse PiSandboxApi::createSessionKey(const SandboxRequest& request)
{
    QJsonObject body;
    if (const auto bad = parseBody(request, &body)) {
        return *bad;
    }
    PiRequestValidator v;
    const QString vendor = v.text(body, QStringLiteral("vendorName"), QStringLiteral("vendorName"), 15, true);
    if (!v.errors.isEmpty()) {
        return PiErrorTable::validation(v.errors);
    }
    if (vendor.compare(m_config.vendorName, Qt::CaseInsensitive) != 0) {
        return PiErrorTable::response(1009, QStringLiteral("vendorName"));
    }
    SandboxSessionKey key;
    key.key = m_ledger.newGuid();
    key.expiresMs = m_clock.nowMsecs() + qint64(m_config.sessionKeySeconds) * 1000;
    m_ledger.sessionKeys.insert(key.key, key);
    return jsonResponse(
        201, {{QStringLiteral("merchantSessionKey"), key.key}, {QStringLiteral("expiry"), isoTime(key.expiresMs)}});
}

SandboxResponse PiSandboxApi::getSessionKey(const QString& key)
{
    const auto it = m_ledger.sessionKeys.constFind(key);
    if (it == m_ledger.sessionKeys.constEnd() || it->expiresMs <= m_clock.nowMsecs()) {
        return PiErrorTable::response(1006);
    }
    return jsonResponse(
        200, {{QStringLiteral("merchantSessionKey"), it->key}, {QStringLiteral("expiry"), isoTime(it->expiresMs)}});
}

SandboxResponse PiSandboxApi::createCardIdentifier(const SandboxRequest& request)
{
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer ")) {
        return PiErrorTable::response(1001);
    }
    const QString mskId = QString::fromLatin1(auth.mid(7).trimmed());
    auto msk = m_ledger.sessionKeys.find(mskId);
    if (msk == m_ledger.sessionKeys.end() || msk->expiresMs <= m_clock.nowMsecs() || msk->cardCreated) {
        return PiErrorTable::response(1002);
    }
    auto failed = [&](const SandboxResponse& response) {
        if (++msk->failures >= m_config.sessionKeyMaxFailures) {
            m_ledger.sessionKeys.erase(msk);
        }
        return response;
    };
    QJsonObject body;
    if (const auto bad = parseBody(request, &body)) {
        return failed(*bad);
    }
    PiRequestValidator v;
    const QJsonObject card = v.object(body, QStringLiteral("cardDetails"), QStringLiteral("cardDetails"), true);
    if (!v.errors.isEmpty()) {
        return failed(PiErrorTable::validation(v.errors));
    }
    const QString name =
        v.text(card, QStringLiteral("cardholderName"), QStringLiteral("cardDetails.cardholderName"), 45, true);
    const QString number =
        v.text(card, QStringLiteral("cardNumber"), QStringLiteral("cardDetails.cardNumber"), 16, true);
    const QString expiry =
        v.text(card, QStringLiteral("expiryDate"), QStringLiteral("cardDetails.expiryDate"), 4, true);
    const QString cvv =
        v.text(card, QStringLiteral("securityCode"), QStringLiteral("cardDetails.securityCode"), 4, false);
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    if (!number.isEmpty() && !digits.match(number).hasMatch()) {
        v.errors.append({1005, QStringLiteral("cardDetails.cardNumber"), {}});
    }
    if (!cvv.isEmpty() && (!digits.match(cvv).hasMatch() || cvv.size() < 3)) {
        v.errors.append({1005, QStringLiteral("cardDetails.securityCode"), {}});
    }
    if (!expiry.isEmpty()) {
        bool okMonth = false;
        bool okYear = false;
        const int month = expiry.left(2).toInt(&okMonth);
        const int year = expiry.mid(2).toInt(&okYear);
        if (expiry.size() != 4 || !okMonth || !okYear || month < 1 || month > 12 || !digits.match(expiry).hasMatch()) {
            v.errors.append({1005, QStringLiteral("cardDetails.expiryDate"), {}});
        } else {
            const QDate today = m_clock.nowUtc().date();
            const int ym = (2000 + year) * 12 + month;
            if (ym < today.year() * 12 + today.month()) {
                v.errors.append(
                    {1009, QStringLiteral("cardDetails.expiryDate"), QStringLiteral("The card has expired")});
            }
        }
    }
    if (!v.errors.isEmpty()) {
        return failed(PiErrorTable::validation(v.errors));
    }
    const CardFacts facts = SandboxTestCards::inspect(number);
    if (!facts.valid) {
        return failed(PiErrorTable::response(1007, QStringLiteral("cardDetails.cardNumber")));
    }
    if (!facts.supported) {
        return failed(PiErrorTable::response(1008, QStringLiteral("cardDetails.cardNumber")));
    }
    msk->cardCreated = true;
    SandboxCardIdentifier id;
    id.id = m_ledger.newGuid();
    id.sessionKey = mskId;
    id.expiresMs = m_clock.nowMsecs() + qint64(m_config.cardIdentifierSeconds) * 1000;
    id.cardholderName = name;
    id.cardType = facts.cardType;
    id.lastFour = facts.lastFour;
    id.expiryDate = expiry;
    id.securityCodeProvided = !cvv.isEmpty();
    id.securityCodeMatches = cvv == SandboxTestCards::matchingSecurityCode(facts.cardType);
    id.declines = facts.declines;
    m_ledger.cardIdentifiers.insert(id.id, id);
    return jsonResponse(201, {{QStringLiteral("cardIdentifier"), id.id},
                              {QStringLiteral("expiry"), isoTime(id.expiresMs)},
                              {QStringLiteral("cardType"), id.cardType}});
}

SandboxResponse PiSandboxApi::createTransaction(const SandboxRequest& request)
{
    QJsonObject body;
    if (const auto bad = parseBody(request, &body)) {
        return *bad;
    }
    const QJsonValue typeValue = body.value(QStringLiteral("transactionType"));
    if (typeValue.isUndefined() || typeValue.isNull()) {
        return PiErrorTable::response(1003, QStringLiteral("transactionType"));
    }
    const QString type = typeValue.toString();
    if (type == QLatin1String("Payment") || type == QLatin1String("Deferred") ||
        type == QLatin1String("Authenticate")) {
        return cardTransaction(body, type);
    }
    if (type == QLatin1String("Repeat") || type == QLatin1String("Refund") || type == QLatin1String("Authorise")) {
        return referencedTransaction(body, type);
    }
    return PiErrorTable::response(1009, QStringLiteral("transactionType"));
}

SandboxResponse PiSandboxApi::cardTransaction(const QJsonObject& body, const QString& type)
{
    PiRequestValidator v;
    const QString vendorTxCode = v.text(body, QStringLiteral("vendorTxCode"), QStringLiteral("vendorTxCode"), 40, true);
    if (!vendorTxCode.isEmpty() && !PiRequestValidator::validVendorTxCode(vendorTxCode)) {
        v.errors.append({1005, QStringLiteral("vendorTxCode"), {}});
    }
    const qint64 amount = v.amount(body, QStringLiteral("amount"), QStringLiteral("amount"));
    const QString currency = v.text(body, QStringLiteral("currency"), QStringLiteral("currency"), 0, true);
    v.currency(currency, QStringLiteral("currency"));
    const QString description = v.text(body, QStringLiteral("description"), QStringLiteral("description"), 100, true);
    const QString firstName =
        v.text(body, QStringLiteral("customerFirstName"), QStringLiteral("customerFirstName"), 20, true);
    const QString lastName =
        v.text(body, QStringLiteral("customerLastName"), QStringLiteral("customerLastName"), 20, true);
    const QString email = v.text(body, QStringLiteral("customerEmail"), QStringLiteral("customerEmail"), 80, false);
    const QJsonObject billing =
        v.object(body, QStringLiteral("billingAddress"), QStringLiteral("billingAddress"), true);
    QString address1, city, postalCode, country;
    if (!billing.isEmpty()) {
        address1 = v.text(billing, QStringLiteral("address1"), QStringLiteral("billingAddress.address1"), 50, true);
        city = v.text(billing, QStringLiteral("city"), QStringLiteral("billingAddress.city"), 40, true);
        country = v.text(billing, QStringLiteral("country"), QStringLiteral("billingAddress.country"), 2, true);
        postalCode = v.text(billing, QStringLiteral("postalCode"), QStringLiteral("billingAddress.postalCode"), 10,
                            country != QLatin1String("IE"));
    }
    const QJsonObject method = v.object(body, QStringLiteral("paymentMethod"), QStringLiteral("paymentMethod"), true);
    QJsonObject card;
    if (!method.isEmpty()) {
        card = v.object(method, QStringLiteral("card"), QStringLiteral("paymentMethod.card"), true);
    }
    QString cardIdentifier, sessionKey;
    if (!card.isEmpty()) {
        cardIdentifier = v.text(card, QStringLiteral("cardIdentifier"),
                                QStringLiteral("paymentMethod.card.cardIdentifier"), 0, true);
        sessionKey =
            v.text(card, QStringLiteral("merchantSessionKey"), QStringLiteral("paymentMethod.card.merchantSessionKey"),
                   0, !card.value(QStringLiteral("reusable")).toBool());
    }
    const QString apply3DS = body.value(QStringLiteral("apply3DSecure")).toString(QStringLiteral("UseMSPSetting"));
    const QString applyAvs = body.value(QStringLiteral("applyAvsCvcCheck")).toString(QStringLiteral("UseMSPSetting"));
    static const QStringList ruleValues{QStringLiteral("UseMSPSetting"), QStringLiteral("Force"),
                                        QStringLiteral("Disable"), QStringLiteral("ForceIgnoringRules")};
    if (!ruleValues.contains(apply3DS)) {
        v.errors.append({1009, QStringLiteral("apply3DSecure"), {}});
    }
    if (!ruleValues.contains(applyAvs)) {
        v.errors.append({1009, QStringLiteral("applyAvsCvcCheck"), {}});
    }
    if (!v.errors.isEmpty()) {
        return PiErrorTable::validation(v.errors);
    }
    if (m_ledger.byVendorTxCode.contains(vendorTxCode)) {
        return PiErrorTable::response(4042, QStringLiteral("vendorTxCode"));
    }
    auto cardIt = m_ledger.cardIdentifiers.find(cardIdentifier);
    const qint64 now = m_clock.nowMsecs();
    if (cardIt == m_ledger.cardIdentifiers.end() || (!cardIt->reusable && cardIt->expiresMs <= now)) {
        return PiErrorTable::response(1011, QStringLiteral("paymentMethod.card.cardIdentifier"));
    }
    const bool useReusable = card.value(QStringLiteral("reusable")).toBool();
    if (useReusable && !cardIt->reusable) {
        return PiErrorTable::response(1011, QStringLiteral("paymentMethod.card.cardIdentifier"));
    }
    if (!useReusable && (cardIt->sessionKey != sessionKey || cardIt->reusable)) {
        if (cardIt->reusable) {
            // A saved card without reusable=true is used again as if it were new.
            return PiErrorTable::response(1020, QStringLiteral("paymentMethod.card.save"));
        }
        return PiErrorTable::response(1011, QStringLiteral("paymentMethod.card.merchantSessionKey"));
    }
    const bool save = card.value(QStringLiteral("save")).toBool();
    if (save && cardIt->reusable) {
        return PiErrorTable::response(1020, QStringLiteral("paymentMethod.card.save"));
    }

    SandboxTransaction tx;
    tx.id = m_ledger.newGuid();
    tx.type = type;
    tx.vendorTxCode = vendorTxCode;
    tx.amount = amount;
    tx.currency = currency.toUpper();
    tx.description = description;
    tx.cardType = cardIt->cardType;
    tx.lastFour = cardIt->lastFour;
    tx.expiryDate = cardIt->expiryDate;
    tx.cardIdentifier = cardIt->id;
    tx.cardholderName = cardIt->cardholderName;
    tx.customerFirstName = firstName;
    tx.customerLastName = lastName;
    tx.customerEmail = email;
    tx.billingAddress1 = address1;
    tx.billingCity = city;
    tx.billingPostalCode = postalCode;
    tx.billingCountry = country;
    tx.createdMs = now;
    tx.acquirer = tx.cardType == QLatin1String("AmericanExpress") ? m_config.amexAcquirer : m_config.acquirer;

    // AVS/CV2 (opayo-api.md §1.17: address1 "88", postcode "412", CVV 123/1234).
    const bool avsCheck = applyAvs != QLatin1String("Disable") && type != QLatin1String("Authenticate");
    tx.hasAvsCvc = type != QLatin1String("Authenticate");
    bool avsReject = false;
    if (avsCheck) {
        const bool address = address1.contains(QLatin1String("88"));
        const bool postcode = postalCode.contains(QLatin1String("412"));
        const bool securityProvided = cardIt->securityCodeProvided;
        const bool security = cardIt->securityCodeMatches;
        const QString matched = QStringLiteral("Matched");
        const QString notMatched = QStringLiteral("NotMatched");
        tx.avsAddress = address ? matched : notMatched;
        tx.avsPostalCode = postcode ? matched : notMatched;
        tx.avsSecurityCode = !securityProvided ? QStringLiteral("NotProvided") : (security ? matched : notMatched);
        if (address && postcode && security) {
            tx.avsStatus = QStringLiteral("AllMatched");
        } else if (security) {
            tx.avsStatus = QStringLiteral("SecurityCodeMatchOnly");
        } else if (address && postcode) {
            tx.avsStatus = QStringLiteral("AddressMatchOnly");
        } else {
            tx.avsStatus = QStringLiteral("NoMatches");
        }
        const bool enforce =
            applyAvs == QLatin1String("Force") || (applyAvs == QLatin1String("UseMSPSetting") && m_config.avsCvcRules);
        avsReject = enforce && tx.avsStatus != QLatin1String("AllMatched");
    } else {
        tx.avsStatus = tx.avsAddress = tx.avsPostalCode = tx.avsSecurityCode = QStringLiteral("NotChecked");
    }

    // 3-D Secure (magic cardholder names).
    const bool run3DS = apply3DS == QLatin1String("Force") || apply3DS == QLatin1String("ForceIgnoringRules") ||
                        (apply3DS == QLatin1String("UseMSPSetting") && m_config.threeDSecureRules);
    tx.ignoreThreeDSRules = apply3DS == QLatin1String("ForceIgnoringRules");
    if (!run3DS) {
        tx.threeDSecureStatus = QStringLiteral("NotChecked");
    } else if (tx.cardholderName.trimmed().toUpper() == QLatin1String("CHALLENGE")) {
        const QJsonObject sca = body.value(QStringLiteral("strongCustomerAuthentication")).toObject();
        const QString notificationUrl = sca.value(QStringLiteral("notificationURL")).toString();
        if (notificationUrl.isEmpty()) {
            return PiErrorTable::response(1003, QStringLiteral("strongCustomerAuthentication.notificationURL"));
        }
        tx.challengePending = true;
        tx.acsTransId = m_ledger.newGuid();
        tx.dsTransId = m_ledger.newGuid();
        tx.challengeExpiresMs = now + qint64(m_config.challengeMinutes) * 60'000;
        tx.status = QStringLiteral("3DAuth");
        tx.statusCode = QStringLiteral("2021");
        tx.statusDetail = QStringLiteral("Please redirect your customer to the ACSURL to complete the 3DS Transaction");
        m_ledger.add(tx);
        m_declines.insert(tx.id, cardIt->declines);
        m_pendingAvsReject.insert(tx.id, avsReject);
        m_notificationUrls.insert(tx.id, notificationUrl);
        m_challenges.insert(tx.acsTransId.toUpper(), tx.id);
        const QJsonObject creq{{QStringLiteral("messageType"), QStringLiteral("CReq")},
                               {QStringLiteral("messageVersion"), QStringLiteral("2.1.0")},
                               {QStringLiteral("threeDSServerTransID"), tx.id.toLower()},
                               {QStringLiteral("acsTransID"), tx.acsTransId.toLower()},
                               {QStringLiteral("challengeWindowSize"), QStringLiteral("04")}};
        return jsonResponse(202, {{QStringLiteral("status"), tx.status},
                                  {QStringLiteral("statusCode"), tx.statusCode},
                                  {QStringLiteral("statusDetail"), tx.statusDetail},
                                  {QStringLiteral("transactionId"), tx.id},
                                  {QStringLiteral("acsTransId"), tx.acsTransId},
                                  {QStringLiteral("dsTransId"), tx.dsTransId},
                                  {QStringLiteral("acsUrl"), QString(m_baseUrl + acsPath())},
                                  {QStringLiteral("cReq"), base64Url(creq)}});
    } else {
        tx.threeDSecureStatus = threeDSFromCardholder(tx.cardholderName);
    }
    m_declines.insert(tx.id, cardIt->declines);
    if (run3DS && !threeDSPassed(tx.threeDSecureStatus) && !tx.ignoreThreeDSRules) {
        tx.status = QStringLiteral("Rejected");
        tx.statusCode = QStringLiteral("4026");
        tx.statusDetail =
            QStringLiteral("3D-Authentication failed. This vendor's rules require a successful 3D-Authentication.");
        tx.completedMs = now;
    } else {
        authorise(tx, avsReject, cardIt->declines);
    }
    if (tx.succeeded()) {
        consumeCard(tx, save);
    }
    m_ledger.add(tx);
    return created(tx);
}

void PiSandboxApi::authorise(SandboxTransaction& tx, bool avsReject, bool declines)
{
    tx.completedMs = m_clock.nowMsecs();
    if (avsReject) {
        tx.status = QStringLiteral("Rejected");
        tx.statusCode = QStringLiteral("2001");
        tx.statusDetail = QStringLiteral("The Transaction was Rejected by the vendor rule-base.");
        tx.bankResponseCode = QStringLiteral("00");
        return;
    }
    if (declines) {
        tx.status = QStringLiteral("NotAuthed");
        tx.statusCode = QStringLiteral("2000");
        tx.statusDetail = QStringLiteral("The Authorisation was Declined by the bank.");
        tx.bankResponseCode = QStringLiteral("05");
        return;
    }
    tx.status = kOk;
    tx.statusCode = QStringLiteral("0000");
    tx.statusDetail = tx.type == QLatin1String("Authenticate") ? QStringLiteral("The Authentication was Successful.")
                                                               : QStringLiteral("The Authorisation was Successful.");
    tx.bankResponseCode = QStringLiteral("00");
    const bool secondary = tx.type == QLatin1String("Refund") || tx.type == QLatin1String("Repeat");
    tx.bankAuthorisationCode = secondary ? QStringLiteral("999778") : QStringLiteral("999777");
    tx.retrievalReference = m_ledger.nextRetrievalReference();
}

void PiSandboxApi::consumeCard(const SandboxTransaction& tx, bool save)
{
    auto it = m_ledger.cardIdentifiers.find(tx.cardIdentifier);
    if (it == m_ledger.cardIdentifiers.end()) {
        return;
    }
    if (save) {
        it->reusable = true;
    } else if (!it->reusable) {
        m_ledger.cardIdentifiers.erase(it);
    }
}

SandboxResponse PiSandboxApi::referencedTransaction(const QJsonObject& body, const QString& type)
{
    PiRequestValidator v;
    const QString vendorTxCode = v.text(body, QStringLiteral("vendorTxCode"), QStringLiteral("vendorTxCode"), 40, true);
    if (!vendorTxCode.isEmpty() && !PiRequestValidator::validVendorTxCode(vendorTxCode)) {
        v.errors.append({1005, QStringLiteral("vendorTxCode"), {}});
    }
    const QString reference =
        v.text(body, QStringLiteral("referenceTransactionId"), QStringLiteral("referenceTransactionId"), 0, true);
    const qint64 amount = v.amount(body, QStringLiteral("amount"), QStringLiteral("amount"));
    const QString description = v.text(body, QStringLiteral("description"), QStringLiteral("description"),
                                       type == QLatin1String("Repeat") ? 40 : 100, type != QLatin1String("Authorise"));
    QString currency;
    if (type == QLatin1String("Repeat")) {
        currency = v.text(body, QStringLiteral("currency"), QStringLiteral("currency"), 0, true);
        v.currency(currency, QStringLiteral("currency"));
    }
    if (!v.errors.isEmpty()) {
        return PiErrorTable::validation(v.errors);
    }
    SandboxTransaction* original = m_ledger.find(reference);
    if (!original) {
        return PiErrorTable::response(1012);
    }
    if (m_ledger.byVendorTxCode.contains(vendorTxCode)) {
        return PiErrorTable::response(4042, QStringLiteral("vendorTxCode"));
    }
    const QString& ot = original->type;
    if (type == QLatin1String("Authorise")) {
        if (ot != QLatin1String("Authenticate")) {
            return PiErrorTable::response(1013);
        }
        if (!original->succeeded() || original->cancelled) {
            return PiErrorTable::response(1014);
        }
        if (original->authorised) {
            return PiErrorTable::response(1017);
        }
    } else {
        const bool settles = ot == QLatin1String("Payment") || ot == QLatin1String("Repeat") ||
                             ot == QLatin1String("Authorise") || ot == QLatin1String("Deferred");
        if (!settles) {
            return PiErrorTable::response(1013);
        }
        if (!original->succeeded() || original->aborted || (ot == QLatin1String("Deferred") && !original->released)) {
            return PiErrorTable::response(1014);
        }
        if (original->voided) {
            return PiErrorTable::response(1017);
        }
        if (type == QLatin1String("Refund")) {
            const qint64 base = ot == QLatin1String("Deferred") ? original->releasedAmount : original->amount;
            if (original->refundedAmount + amount > base) {
                return PiErrorTable::response(1018);
            }
        }
    }
    if (type == QLatin1String("Repeat") && currency.toUpper() != original->currency) {
        return PiErrorTable::response(1009, QStringLiteral("currency"));
    }

    SandboxTransaction tx;
    tx.id = m_ledger.newGuid();
    tx.type = type;
    tx.vendorTxCode = vendorTxCode;
    tx.amount = amount;
    tx.currency = original->currency;
    tx.description = description;
    tx.cardType = original->cardType;
    tx.lastFour = original->lastFour;
    tx.expiryDate = original->expiryDate;
    tx.cardIdentifier = original->cardIdentifier;
    tx.cardholderName = original->cardholderName;
    tx.customerFirstName = original->customerFirstName;
    tx.customerLastName = original->customerLastName;
    tx.referenceTransactionId = original->id;
    tx.createdMs = m_clock.nowMsecs();
    tx.acquirer = original->acquirer;
    tx.threeDSecureStatus = original->threeDSecureStatus;
    const bool declines = type != QLatin1String("Refund") && m_declines.value(original->id);
    m_declines.insert(tx.id, declines);
    authorise(tx, false, declines);
    if (tx.succeeded()) {
        if (type == QLatin1String("Refund")) {
            original->refundedAmount += amount;
        } else if (type == QLatin1String("Authorise")) {
            original->authorised = true;
        }
    }
    m_ledger.add(tx);
    return created(tx);
}

SandboxResponse PiSandboxApi::getTransaction(const QString& id)
{
    const SandboxTransaction* tx = m_ledger.find(id);
    if (!tx || tx->protocol != QLatin1String("Pi")) {
        return PiErrorTable::response(1012);
    }
    return jsonResponse(200, transactionJson(*tx));
}

SandboxResponse PiSandboxApi::challengeResult(const QString& id, const SandboxRequest& request)
{
    SandboxTransaction* tx = m_ledger.find(id);
    if (!tx) {
        return PiErrorTable::response(1012);
    }
    QJsonObject body;
    if (const auto bad = parseBody(request, &body)) {
        return *bad;
    }
    PiRequestValidator v;
    const QString cres = v.text(body, QStringLiteral("cRes"), QStringLiteral("cRes"), 0, true);
    if (!v.errors.isEmpty()) {
        return PiErrorTable::validation(v.errors);
    }
    if (!tx->challengePending) {
        return PiErrorTable::response(1014);
    }
    const QJsonObject decoded = fromBase64Url(cres);
    if (decoded.value(QStringLiteral("acsTransID")).toString().compare(tx->acsTransId, Qt::CaseInsensitive) != 0) {
        return PiErrorTable::response(1009, QStringLiteral("cRes"));
    }
    tx->challengePending = false;
    const bool authenticated = decoded.value(QStringLiteral("transStatus")).toString() == QLatin1String("Y");
    const bool expired = m_clock.nowMsecs() > tx->challengeExpiresMs;
    tx->threeDSecureStatus =
        expired ? QStringLiteral("Incomplete")
                : (authenticated ? QStringLiteral("Authenticated") : QStringLiteral("NotAuthenticated"));
    if (!threeDSPassed(tx->threeDSecureStatus) && !tx->ignoreThreeDSRules) {
        tx->status = QStringLiteral("Rejected");
        tx->statusCode = QStringLiteral("4026");
        tx->statusDetail =
            QStringLiteral("3D-Authentication failed. This vendor's rules require a successful 3D-Authentication.");
        tx->completedMs = m_clock.nowMsecs();
    } else {
        authorise(*tx, m_pendingAvsReject.value(tx->id), m_declines.value(tx->id));
    }
    m_pendingAvsReject.remove(tx->id);
    m_notificationUrls.remove(tx->id);
    m_challenges.remove(tx->acsTransId.toUpper());
    if (tx->succeeded()) {
        consumeCard(*tx, false);
    }
    return created(*tx);
}

SandboxResponse PiSandboxApi::createInstruction(const QString& id, const SandboxRequest& request)
{
    SandboxTransaction* tx = m_ledger.find(id);
    if (!tx) {
        return PiErrorTable::response(1012);
    }
    QJsonObject body;
    if (const auto bad = parseBody(request, &body)) {
        return *bad;
    }
    PiRequestValidator v;
    const QString type = v.text(body, QStringLiteral("instructionType"), QStringLiteral("instructionType"), 0, true);
    if (!v.errors.isEmpty()) {
        return PiErrorTable::validation(v.errors);
    }
    const QTimeZone zone(m_config.settlementTimeZone.toLatin1());
    const qint64 now = m_clock.nowMsecs();
    SandboxInstruction instruction{type, now, 0};
    if (type == QLatin1String("void")) {
        const bool voidable = tx->type == QLatin1String("Payment") || tx->type == QLatin1String("Repeat") ||
                              tx->type == QLatin1String("Refund") || tx->type == QLatin1String("Authorise");
        if (!voidable) {
            return PiErrorTable::response(1013);
        }
        if (!tx->succeeded()) {
            return PiErrorTable::response(1014);
        }
        const bool sameDay = QDateTime::fromMSecsSinceEpoch(tx->createdMs, zone).date() ==
                             QDateTime::fromMSecsSinceEpoch(now, zone).date();
        if (tx->voided || !sameDay || !tx->batchId.isEmpty() || tx->refundedAmount > 0) {
            return PiErrorTable::response(1017);
        }
        tx->voided = true;
        tx->statusCode = QStringLiteral("2005");
        tx->statusDetail = QStringLiteral("The Void was Successful.");
        if (tx->type == QLatin1String("Refund")) {
            if (SandboxTransaction* original = m_ledger.find(tx->referenceTransactionId)) {
                original->refundedAmount -= tx->amount;
            }
        }
    } else if (type == QLatin1String("abort") || type == QLatin1String("release")) {
        if (tx->type != QLatin1String("Deferred")) {
            return PiErrorTable::response(1013);
        }
        if (!tx->succeeded()) {
            return PiErrorTable::response(1014);
        }
        if (tx->aborted || tx->released) {
            return PiErrorTable::response(1017);
        }
        if (type == QLatin1String("abort")) {
            tx->aborted = true;
            tx->statusCode = QStringLiteral("2006");
            tx->statusDetail = QStringLiteral("The Abort was Successful.");
        } else {
            const qint64 amount = v.amount(body, QStringLiteral("amount"), QStringLiteral("amount"));
            if (!v.errors.isEmpty()) {
                return PiErrorTable::validation(v.errors);
            }
            if (amount > tx->amount) {
                return PiErrorTable::response(1021);
            }
            tx->released = true;
            tx->releasedAmount = amount;
            instruction.amount = amount;
        }
    } else if (type == QLatin1String("cancel")) {
        if (tx->type != QLatin1String("Authenticate")) {
            return PiErrorTable::response(1013);
        }
        if (!tx->succeeded()) {
            return PiErrorTable::response(1014);
        }
        if (tx->cancelled || tx->authorised) {
            return PiErrorTable::response(1017);
        }
        tx->cancelled = true;
        tx->statusCode = QStringLiteral("2012");
        tx->statusDetail = QStringLiteral("The Cancel was Successful.");
    } else {
        return PiErrorTable::response(1009, QStringLiteral("instructionType"));
    }
    tx->instructions.append(instruction);
    return jsonResponse(201, {{QStringLiteral("instructionType"), type}, {QStringLiteral("date"), isoTime(now)}});
}

SandboxResponse PiSandboxApi::listInstructions(const QString& id)
{
    const SandboxTransaction* tx = m_ledger.find(id);
    if (!tx) {
        return PiErrorTable::response(1012);
    }
    if (tx->instructions.isEmpty()) {
        return PiErrorTable::response(1019);
    }
    QJsonArray list;
    for (const SandboxInstruction& i : tx->instructions) {
        list.append(
            QJsonObject{{QStringLiteral("instructionType"), i.type}, {QStringLiteral("date"), isoTime(i.atMs)}});
    }
    return jsonResponse(200, {{QStringLiteral("instructions"), list}});
}

QJsonObject PiSandboxApi::transactionJson(const SandboxTransaction& tx) const
{
    QJsonObject o;
    o.insert(QStringLiteral("transactionId"), tx.id);
    o.insert(QStringLiteral("transactionType"),
             tx.type == QLatin1String("Authorise") ? QStringLiteral("Payment") : tx.type);
    o.insert(QStringLiteral("status"), tx.status);
    o.insert(QStringLiteral("statusCode"), tx.statusCode);
    o.insert(QStringLiteral("statusDetail"), tx.statusDetail);
    if (tx.succeeded()) {
        o.insert(QStringLiteral("retrievalReference"), tx.voided || tx.aborted ? 0 : tx.retrievalReference);
    }
    if (!tx.bankResponseCode.isEmpty() && tx.type != QLatin1String("Refund")) {
        o.insert(QStringLiteral("bankResponseCode"), tx.bankResponseCode);
    }
    if (!tx.bankAuthorisationCode.isEmpty()) {
        o.insert(QStringLiteral("bankAuthorisationCode"), tx.bankAuthorisationCode);
    }
    QJsonObject card{{QStringLiteral("cardType"), tx.cardType},
                     {QStringLiteral("lastFourDigits"), tx.lastFour},
                     {QStringLiteral("expiryDate"), tx.expiryDate}};
    if (tx.type == QLatin1String("Payment") || tx.type == QLatin1String("Deferred") ||
        tx.type == QLatin1String("Authenticate")) {
        card.insert(QStringLiteral("cardIdentifier"), tx.cardIdentifier);
        const auto it = m_ledger.cardIdentifiers.constFind(tx.cardIdentifier);
        card.insert(QStringLiteral("reusable"), it != m_ledger.cardIdentifiers.constEnd() && it->reusable);
        if (tx.hasAvsCvc) {
            o.insert(QStringLiteral("avsCvcCheck"), QJsonObject{{QStringLiteral("status"), tx.avsStatus},
                                                                {QStringLiteral("address"), tx.avsAddress},
                                                                {QStringLiteral("postalCode"), tx.avsPostalCode},
                                                                {QStringLiteral("securityCode"), tx.avsSecurityCode}});
        }
        o.insert(QStringLiteral("3DSecure"), QJsonObject{{QStringLiteral("status"), tx.threeDSecureStatus}});
    }
    o.insert(QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("card"), card}});
    o.insert(QStringLiteral("amount"), QJsonObject{{QStringLiteral("totalAmount"), tx.amount},
                                                   {QStringLiteral("saleAmount"), tx.amount},
                                                   {QStringLiteral("surchargeAmount"), 0}});
    o.insert(QStringLiteral("currency"), tx.currency);
    return o;
}

SandboxResponse PiSandboxApi::created(const SandboxTransaction& tx) const
{
    return jsonResponse(201, transactionJson(tx));
}

SandboxResponse PiSandboxApi::handleAcs(const SandboxRequest& request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString creq = form.queryItemValue(QStringLiteral("creq"), QUrl::FullyDecoded);
    const QString session = form.queryItemValue(QStringLiteral("threeDSSessionData"), QUrl::FullyDecoded);
    const QJsonObject decoded = fromBase64Url(creq);
    const QString acsTransId = decoded.value(QStringLiteral("acsTransID")).toString();
    SandboxTransaction* pending = m_ledger.find(m_challenges.value(acsTransId.toUpper()));
    if (pending && !pending->challengePending) {
        pending = nullptr;
    }
    if (!pending) {
        return SandboxResponse{
            400,
            "text/html; charset=utf-8",
            {},
            "<html><body><p>CReq validation failure: unknown or finished challenge.</p></body></html>"};
    }
    if (!form.hasQueryItem(QStringLiteral("password"))) {
        return htmlResponse(QStringLiteral("<html><body><h1>Sandbox issuer</h1><p>Enter the password "
                                           "<b>challenge</b> to authenticate.</p><form method=\"post\" action=\"%1\">"
                                           "<input type=\"hidden\" name=\"creq\" value=\"%2\">"
                                           "<input type=\"hidden\" name=\"threeDSSessionData\" value=\"%3\">"
                                           "<input name=\"password\" type=\"password\"><button>Submit</button></form>"
                                           "</body></html>")
                                .arg(htmlEscape(acsPath()), htmlEscape(creq), htmlEscape(session)));
    }
    const bool ok = form.queryItemValue(QStringLiteral("password")) == QLatin1String("challenge");
    const QJsonObject cres{
        {QStringLiteral("messageType"), QStringLiteral("CRes")},
        {QStringLiteral("messageVersion"), QStringLiteral("2.1.0")},
        {QStringLiteral("threeDSServerTransID"), decoded.value(QStringLiteral("threeDSServerTransID"))},
        {QStringLiteral("acsTransID"), acsTransId},
        {QStringLiteral("transStatus"), ok ? QStringLiteral("Y") : QStringLiteral("N")}};
    return htmlResponse(
        QStringLiteral("<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" "
                       "action=\"%1\"><input type=\"hidden\" name=\"cres\" value=\"%2\">"
                       "<input type=\"hidden\" name=\"threeDSSessionData\" value=\"%3\"></form>"
                       "</body></html>")
            .arg(htmlEscape(m_notificationUrls.value(pending->id)), base64Url(cres), htmlEscape(session)));
}

} // namespace bridge::sandbox::opayo
