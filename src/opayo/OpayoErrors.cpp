// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/OpayoErrors.h"

namespace bridge::opayo {

Error OpayoErrors::piError(int httpStatus, int code, const QString& description, const QString& property)
{
    const QString id =
        code > 0 ? QStringLiteral("opayo.%1").arg(code) : QStringLiteral("opayo.http_%1").arg(httpStatus);
    QString detail = QStringLiteral("HTTP %1").arg(httpStatus);
    if (code > 0) {
        detail += QStringLiteral(", Opayo code %1").arg(code);
    }
    if (!description.isEmpty()) {
        detail += QStringLiteral(": ") + description;
    }
    if (!property.isEmpty()) {
        detail += QStringLiteral(" (field %1)").arg(property);
    }
    const QString field = property.isEmpty() ? tr("the request") : property;

    if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500 || isTransientCode(code)) {
        return Error::transient(id,
                                tr("Opayo could not process the request just now (HTTP %1). Nothing needs fixing; "
                                   "the bridge checks the transaction's state and tries again.")
                                    .arg(httpStatus),
                                detail);
    }
    switch (code) {
    case 1001:
    case 1002:
        return Error::configuration(id,
                                    tr("Opayo refused the integration key and password (code %1). Check the Opayo "
                                       "connection in Settings: the key and password must belong to this vendor and "
                                       "environment (test or live), and generating new ones in MyOpayo replaces the "
                                       "old pair.")
                                        .arg(code),
                                    detail);
    case 1012:
        return Error::permanent(id,
                                tr("Opayo does not know this transaction (code 1012). Check the transaction id; a "
                                   "transaction created moments ago may take a few seconds to appear."),
                                detail);
    case 1013:
        return Error::permanent(id,
                                tr("Opayo does not allow this operation on this type of transaction (code 1013), "
                                   "e.g. a release on a payment or a refund of a refund."),
                                detail);
    case 1014:
        return Error::permanent(id,
                                tr("The transaction is not in a state that allows this operation (code 1014), e.g. "
                                   "it was declined, aborted or is a deferred payment not yet released."),
                                detail);
    case 1017:
        return Error::permanent(id,
                                tr("Opayo no longer allows this operation on the transaction (code 1017): it was "
                                   "already done, or the transaction has been settled (void works only on the day "
                                   "of the payment). Use a refund instead of a void after settlement."),
                                detail);
    case 1018:
        return Error::permanent(id,
                                tr("The refund is larger than what is left to refund on the original payment (code "
                                   "1018). Reduce the amount to at most the remaining balance."),
                                detail);
    case 1021:
        return Error::permanent(id,
                                tr("The release amount is larger than the deferred amount (code 1021). Release at "
                                   "most the amount that was authorised."),
                                detail);
    case 1019:
        return Error::permanent(id, tr("Opayo has no instructions for this transaction (code 1019)."), detail);
    case 1006:
    case 1011:
        return Error::permanent(id,
                                tr("The merchant session key or card identifier is unknown or has expired (code %1). "
                                   "They last 400 seconds and are single use; start the card entry again.")
                                    .arg(code),
                                detail);
    case 1007:
    case 1008:
        return Error::permanent(id, tr("The card number is not valid or not supported (code %1).").arg(code), detail);
    case 1010:
        return Error::permanent(id,
                                tr("Opayo does not accept the currency given in %1 (code 1010). Use an ISO 4217 code "
                                   "that the merchant account supports.")
                                    .arg(field),
                                detail);
    case 1016:
        return Error::permanent(id,
                                tr("Opayo needs a whole number of minor units in %1 (code 1016), e.g. 1050 for "
                                   "10.50 GBP.")
                                    .arg(field),
                                detail);
    case 1020:
        return Error::permanent(
            id, tr("The card is already saved as reusable (code 1020); do not ask to save it again."), detail);
    case 4042:
        return Error::permanent(id,
                                tr("Opayo has already seen this vendorTxCode (code 4042). Every transaction, refund "
                                   "and repeat needs its own unique vendorTxCode; check whether the earlier one went "
                                   "through before sending a new one."),
                                detail);
    default:
        break;
    }
    if (code >= 1003 && code <= 1009) {
        return Error::permanent(id,
                                tr("Opayo rejected the value of %1 (code %2: %3). Correct that field and send the "
                                   "request again.")
                                    .arg(field)
                                    .arg(code)
                                    .arg(description),
                                detail);
    }
    if (httpStatus == 401 || httpStatus == 403) {
        return Error::configuration(
            id, tr("Opayo refused the request (HTTP %1). Check the Opayo connection settings.").arg(httpStatus),
            detail);
    }
    return Error::permanent(id,
                            tr("Opayo rejected the request (HTTP %1, code %2): %3. Check %4 and try again.")
                                .arg(httpStatus)
                                .arg(code)
                                .arg(description.isEmpty() ? tr("no reason given") : description, field),
                            detail);
}

Error OpayoErrors::reportingError(const QString& errorCode, const QString& text)
{
    const QString id = QStringLiteral("opayo.reporting.%1").arg(errorCode);
    const QString detail = QStringLiteral("Reporting API errorcode %1: %2").arg(errorCode, text);
    if (text.contains(QLatin1String("signature"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("user"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("vendor"), Qt::CaseInsensitive)) {
        return Error::configuration(id,
                                    tr("The Opayo Reporting API refused the vendor, user or password (error %1: %2). "
                                       "Check the Reporting user and password in Settings; it is a MyOpayo user with "
                                       "API rights, not the Pi integration key.")
                                        .arg(errorCode, text),
                                    detail);
    }
    return Error::permanent(id, tr("The Opayo Reporting API answered with error %1: %2.").arg(errorCode, text), detail);
}

} // namespace bridge::opayo
