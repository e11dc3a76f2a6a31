// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/PiJsonParser.h"
#include "core/JsonNumbers.h"

#include "core/PanGuard.h"
#include "opayo/OpayoErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <limits>

namespace bridge::opayo {

namespace {

constexpr qint64 kNone = std::numeric_limits<qint64>::min();

/// A JSON value that should be text but is sometimes a number on the wire.
QString textOf(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        const qint64 n = v.toInteger(kNone);
        return n == kNone ? QString() : QString::number(n);
    }
    return {};
}

/// An integer given as a JSON number or as a string of digits; kNone otherwise. Never goes
/// through floating point.
qint64 integerOf(const QJsonValue& v)
{
    if (v.isDouble()) {
        // Integer notation only: "10.00" is not a whole number of minor units on this wire.
        return v.toVariant().typeId() == QMetaType::LongLong ? v.toInteger(kNone) : kNone;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : kNone;
    }
    return kNone;
}

QString masked(const QString& text)
{
    return PanGuard::mask(text);
}

Result<QJsonObject> objectOf(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Error::permanent(QStringLiteral("opayo.bad_json"),
                                     QCoreApplication::translate("bridge::opayo::PiJsonParser",
                                                                 "Opayo's answer could not be read as JSON. This is "
                                                                 "usually temporary; if it persists, contact Opayo "
                                                                 "support with the time of the request."),
                                     error.error != QJsonParseError::NoError ? error.errorString()
                                                                             : QStringLiteral("not a JSON object")));
    }
    return doc.object();
}

} // namespace

Result<PiTransaction> PiJsonParser::parseTransaction(const QByteArray& body)
{
    const auto parsed = objectOf(body);
    if (!parsed) {
        return fail(parsed.error());
    }
    const QJsonObject& o = *parsed;
    if (json::hasNonIntegerNumber(body)) {
        return fail(Error::permanent(QStringLiteral("opayo.amount"),
                                     tr("Opayo answered with a number that has a decimal point; Pi amounts are whole "
                                        "minor units, so the answer is not trusted. Check the transaction in MyOpayo."),
                                     QString::fromUtf8(PanGuard::mask(body.left(300)))));
    }
    PiTransaction t;
    t.transactionId = o.value(QStringLiteral("transactionId")).toString();
    if (t.transactionId.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("opayo.no_transaction_id"),
                                     tr("Opayo's answer has no transactionId, so the transaction cannot be "
                                        "followed up. Look it up in MyOpayo by its vendorTxCode."),
                                     QString::fromUtf8(PanGuard::mask(body.left(300)))));
    }
    t.transactionType = o.value(QStringLiteral("transactionType")).toString();
    t.status = o.value(QStringLiteral("status")).toString();
    t.statusCode = textOf(o.value(QStringLiteral("statusCode")));
    t.statusDetail = masked(o.value(QStringLiteral("statusDetail")).toString());
    t.retrievalReference = textOf(o.value(QStringLiteral("retrievalReference")));
    t.bankResponseCode = textOf(o.value(QStringLiteral("bankResponseCode")));
    t.bankAuthorisationCode = textOf(o.value(QStringLiteral("bankAuthorisationCode")));
    const QJsonObject card =
        o.value(QStringLiteral("paymentMethod")).toObject().value(QStringLiteral("card")).toObject();
    t.cardType = card.value(QStringLiteral("cardType")).toString();
    t.lastFourDigits = textOf(card.value(QStringLiteral("lastFourDigits")));
    t.expiryDate = textOf(card.value(QStringLiteral("expiryDate")));
    if (t.expiryDate.isEmpty()) {
        t.expiryDate = textOf(card.value(QStringLiteral("expiry"))); // the spec's name for it
    }
    t.cardIdentifier = card.value(QStringLiteral("cardIdentifier")).toString();
    t.reusable = card.value(QStringLiteral("reusable")).toBool();
    t.threeDSecureStatus = o.value(QStringLiteral("3DSecure")).toObject().value(QStringLiteral("status")).toString();
    t.avsCvcStatus = o.value(QStringLiteral("avsCvcCheck")).toObject().value(QStringLiteral("status")).toString();
    t.acsUrl = o.value(QStringLiteral("acsUrl")).toString();
    t.cReq = o.value(QStringLiteral("cReq")).toString();
    t.acsTransId = o.value(QStringLiteral("acsTransId")).toString();
    t.dsTransId = o.value(QStringLiteral("dsTransId")).toString();

    const QString currencyCode = o.value(QStringLiteral("currency")).toString();
    const QJsonValue amountValue = o.value(QStringLiteral("amount"));
    if (!currencyCode.isEmpty() && amountValue.isObject()) {
        const auto currency = Currency::fromCode(currencyCode);
        if (!currency) {
            return fail(Error::permanent(QStringLiteral("opayo.currency"),
                                         tr("Opayo answered with the unknown currency \"%1\" for transaction %2.")
                                             .arg(currencyCode, t.transactionId)));
        }
        const QJsonObject amount = amountValue.toObject();
        auto money = [&](const char* key, std::optional<Money>* out) -> Result<void> {
            const QJsonValue v = amount.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull()) {
                return {};
            }
            const qint64 n = integerOf(v);
            if (n == kNone) {
                return fail(Error::permanent(QStringLiteral("opayo.amount"),
                                             tr("Opayo answered with an amount that is not a whole number of minor "
                                                "units (amount.%1) for transaction %2.")
                                                 .arg(QLatin1String(key), t.transactionId)));
            }
            *out = Money(n, *currency);
            return {};
        };
        for (const auto& [key, out] : {std::pair{"totalAmount", &t.totalAmount}, std::pair{"saleAmount", &t.saleAmount},
                                       std::pair{"surchargeAmount", &t.surchargeAmount}}) {
            const auto ok = money(key, out);
            if (!ok) {
                return fail(ok.error());
            }
        }
    }
    return t;
}

Result<PiInstruction> PiJsonParser::parseInstruction(const QByteArray& body)
{
    const auto parsed = objectOf(body);
    if (!parsed) {
        return fail(parsed.error());
    }
    PiInstruction i;
    i.instructionType = parsed->value(QStringLiteral("instructionType")).toString();
    i.date = parsed->value(QStringLiteral("date")).toString();
    if (i.instructionType.isEmpty()) {
        return fail(Error::permanent(QStringLiteral("opayo.bad_instruction"),
                                     tr("Opayo's answer to the instruction does not say which instruction it "
                                        "recorded. Check the transaction in MyOpayo before repeating it.")));
    }
    return i;
}

QList<PiJsonParser::FieldError> PiJsonParser::parseErrors(const QByteArray& body)
{
    QList<FieldError> out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        return out;
    }
    const QJsonObject o = doc.object();
    auto one = [](const QJsonObject& e) {
        FieldError f;
        const qint64 code = integerOf(e.value(QStringLiteral("code")));
        f.code = code == kNone || code < 0 || code > 99999 ? 0 : static_cast<int>(code);
        if (f.code == 0) {
            const qint64 statusCode = integerOf(e.value(QStringLiteral("statusCode")));
            f.code = statusCode == kNone || statusCode < 0 || statusCode > 99999 ? 0 : static_cast<int>(statusCode);
        }
        f.property = e.value(QStringLiteral("property")).toString();
        f.description = masked(e.value(QStringLiteral("description")).toString());
        if (f.description.isEmpty()) {
            f.description = masked(e.value(QStringLiteral("statusDetail")).toString());
        }
        return f;
    };
    const QJsonValue errors = o.value(QStringLiteral("errors"));
    if (errors.isArray()) {
        for (const QJsonValue& e : errors.toArray()) {
            if (e.isObject()) {
                out.append(one(e.toObject()));
            }
        }
    } else {
        const FieldError f = one(o);
        if (f.code != 0 || !f.description.isEmpty()) {
            out.append(f);
        }
    }
    return out;
}

Error PiJsonParser::errorFor(int httpStatus, const QByteArray& body)
{
    const QList<FieldError> errors = parseErrors(body);
    if (errors.isEmpty()) {
        return OpayoErrors::piError(httpStatus, 0, QString::fromUtf8(PanGuard::mask(body.left(200))).simplified(), {});
    }
    Error e =
        OpayoErrors::piError(httpStatus, errors.first().code, errors.first().description, errors.first().property);
    for (qsizetype i = 1; i < errors.size(); ++i) {
        e.detail += QStringLiteral("; code %1: %2").arg(errors.at(i).code).arg(errors.at(i).description);
        if (!errors.at(i).property.isEmpty()) {
            e.detail += QStringLiteral(" (field %1)").arg(errors.at(i).property);
        }
    }
    return e;
}

} // namespace bridge::opayo
