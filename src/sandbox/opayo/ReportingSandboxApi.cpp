// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "sandbox/opayo/ReportingSandboxApi.h"

#include "core/Clock.h"
#include "core/Currency.h"
#include "core/Money.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <algorithm>

namespace bridge::sandbox::opayo {

namespace {

QString braced(const QString& id)
{
    return QLatin1Char('{') + id + QLatin1Char('}');
}

QString unbraced(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('{')) && id.endsWith(QLatin1Char('}'))) {
        id = id.mid(1, id.size() - 2);
    }
    return id.toUpper();
}

} // namespace

ReportingSandboxApi::ReportingSandboxApi(const OpayoSandboxConfig& config, SandboxLedger& ledger,
                                         SettlementBatcher& batcher, const Clock& clock)
    : m_config(config)
    , m_ledger(ledger)
    , m_batcher(batcher)
    , m_clock(clock)
{}

QString ReportingSandboxApi::ukTime(qint64 ms, bool millis) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(m_config.settlementTimeZone.toLatin1()));
    return t.toString(millis ? QStringLiteral("dd/MM/yyyy HH:mm:ss.zzz") : QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

bool ReportingSandboxApi::parseUkDate(const QString& text, qint64* ms) const
{
    QDateTime t = QDateTime::fromString(text.trimmed(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    if (!t.isValid()) {
        return false;
    }
    t = QDateTime(t.date(), t.time(), QTimeZone(m_config.settlementTimeZone.toLatin1()));
    *ms = t.toMSecsSinceEpoch();
    return true;
}

QString ReportingSandboxApi::decimal(qint64 minor, const QString& currency) const
{
    const auto c = Currency::fromCode(currency);
    return c ? Money(minor, *c).toDecimalString() : QString::number(minor);
}

QString ReportingSandboxApi::statusText(const SandboxTransaction& tx) const
{
    switch (tx.txStateId()) {
    case 5:
        return QStringLiteral("Transaction at 3D-Secure stage.");
    case 10:
        return QStringLiteral("Transaction rejected by fraud screening rules.");
    case 12:
        return QStringLiteral("Transaction DECLINED by the bank (NOTAUTHED).");
    case 14:
        return QStringLiteral("DEFERRED transaction awaiting RELEASE.");
    case 15:
        return QStringLiteral("AUTHENTICATED transaction awaiting AUTHORISE.");
    case 16:
        return QStringLiteral("Successfully authorised transaction.");
    case 18:
        return QStringLiteral("Successfully VOIDed transaction.");
    case 19:
        return QStringLiteral("Successfully ABORTed DEFERRED transaction.");
    case 22:
        return QStringLiteral("AUTHENTICATED transaction CANCELLED.");
    case 26:
        return QStringLiteral("AUTHENTICATE transaction fully authorised.");
    default:
        return QStringLiteral("Transaction failed.");
    }
}

void ReportingSandboxApi::begin(QXmlStreamWriter& w) const
{
    w.writeStartElement(QStringLiteral("vspaccess"));
    w.writeTextElement(QStringLiteral("errorcode"), QStringLiteral("0000"));
    w.writeTextElement(QStringLiteral("timestamp"), ukTime(m_clock.nowMsecs(), false));
}

SandboxResponse ReportingSandboxApi::end(QXmlStreamWriter& w, QString& text) const
{
    w.writeEndElement();
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + text.toLatin1();
    return SandboxResponse{200, "text/xml; charset=ISO-8859-1", {}, body};
}

SandboxResponse ReportingSandboxApi::error(ErrorCode code, const QString& text) const
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("vspaccess"));
    w.writeTextElement(QStringLiteral("errorcode"), QStringLiteral("%1").arg(int(code), 4, 10, QLatin1Char('0')));
    w.writeTextElement(QStringLiteral("error"), text);
    w.writeTextElement(QStringLiteral("timestamp"), ukTime(m_clock.nowMsecs(), false));
    return end(w, out);
}

SandboxResponse ReportingSandboxApi::handle(const SandboxRequest& request)
{
    if (request.method != "POST") {
        return error(MalformedXml, QStringLiteral("Use POST with a form field named XML."));
    }
    // The form value is decoded by hand so that '+' is a space, as in any form post.
    QByteArray xml;
    for (const QByteArray& pair : request.body.split('&')) {
        if (pair.startsWith("XML=") || pair.startsWith("xml=")) {
            QByteArray value = pair.mid(4);
            value.replace('+', ' ');
            xml = QByteArray::fromPercentEncoding(value);
        }
    }
    if (xml.isEmpty()) {
        return error(MalformedXml, QStringLiteral("The request has no XML field."));
    }
    const QString text = QString::fromUtf8(xml);
    const qsizetype open = text.indexOf(QLatin1String("<vspaccess>"));
    const qsizetype sig = text.indexOf(QLatin1String("<signature>"));
    if (open < 0 || sig < 0 || sig < open) {
        return error(MalformedXml, QStringLiteral("The XML must be <vspaccess>…<signature>…</signature></vspaccess>."));
    }
    Params params;
    QString command, vendor, user, signature;
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depth == 2) {
                const QString name = reader.name().toString();
                const QString value = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                if (name == QLatin1String("command")) {
                    command = value;
                } else if (name == QLatin1String("vendor")) {
                    vendor = value;
                } else if (name == QLatin1String("user")) {
                    user = value;
                } else if (name == QLatin1String("signature")) {
                    signature = value;
                } else {
                    params.insert(name.toLower(), value);
                }
            }
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    if (reader.hasError()) {
        return error(MalformedXml, QStringLiteral("The XML could not be read: %1").arg(reader.errorString()));
    }
    if (vendor.compare(m_config.vendorName, Qt::CaseInsensitive) != 0 || user != m_config.reportingUser) {
        return error(UnknownVendorOrUser, QStringLiteral("The vendor or user is not recognised."));
    }
    const QString signed_ = text.mid(open + 11, sig - open - 11) + QStringLiteral("<password>") +
                            m_config.reportingPassword + QStringLiteral("</password>");
    const QByteArray expected = QCryptographicHash::hash(signed_.toUtf8(), QCryptographicHash::Md5).toHex();
    if (signature.trimmed().toLatin1().toLower() != expected) {
        return error(BadSignature, QStringLiteral("The signature is not valid."));
    }
    m_batcher.catchUp();
    if (command == QLatin1String("getTransactionList")) {
        return transactionList(params);
    }
    if (command == QLatin1String("getTransactionDetail")) {
        return transactionDetail(params);
    }
    if (command == QLatin1String("getBatchList")) {
        return batchList(params);
    }
    if (command == QLatin1String("getBatchDetail")) {
        return batchDetail(params);
    }
    if (command == QLatin1String("version")) {
        QString out;
        QXmlStreamWriter w(&out);
        begin(w);
        w.writeTextElement(QStringLiteral("version"), QStringLiteral("1.0"));
        return end(w, out);
    }
    return error(UnknownCommand, QStringLiteral("The command '%1' is not supported by this sandbox.").arg(command));
}

SandboxResponse ReportingSandboxApi::transactionList(const Params& p)
{
    qint64 from = 0;
    qint64 to = 0;
    if (!parseUkDate(p.value(QStringLiteral("startdate")), &from) ||
        !parseUkDate(p.value(QStringLiteral("enddate")), &to)) {
        return error(BadParameter, QStringLiteral("startdate and enddate are required as dd/mm/yyyy hh:mm:ss."));
    }
    const int startRow = p.value(QStringLiteral("startrow"), QStringLiteral("1")).toInt();
    const int endRow = p.value(QStringLiteral("endrow"), QStringLiteral("50")).toInt();
    if (startRow < 1 || endRow < startRow) {
        return error(BadParameter, QStringLiteral("startrow and endrow must be 1 or more, endrow not below startrow."));
    }
    QList<const SandboxTransaction*> rows;
    for (const QString& id : std::as_const(m_ledger.order)) {
        const SandboxTransaction* tx = m_ledger.find(id);
        if (tx && tx->createdMs >= from && tx->createdMs <= to + 999) {
            rows.append(tx);
        }
    }
    QString out;
    QXmlStreamWriter w(&out);
    begin(w);
    w.writeStartElement(QStringLiteral("transactions"));
    w.writeTextElement(QStringLiteral("startrow"), QString::number(startRow));
    w.writeTextElement(QStringLiteral("endrow"), QString::number(std::min<qsizetype>(endRow, rows.size())));
    w.writeTextElement(QStringLiteral("totalrows"), QString::number(rows.size()));
    for (qsizetype i = startRow - 1; i < rows.size() && i < endRow; ++i) {
        const SandboxTransaction& tx = *rows.at(i);
        w.writeStartElement(QStringLiteral("transaction"));
        w.writeTextElement(QStringLiteral("rownumber"), QString::number(i + 1));
        w.writeTextElement(QStringLiteral("vpstxid"), braced(tx.id));
        w.writeTextElement(QStringLiteral("vendortxcode"), tx.vendorTxCode);
        w.writeTextElement(QStringLiteral("transactiontype"), tx.type);
        w.writeTextElement(QStringLiteral("txstateid"), QString::number(tx.txStateId()));
        w.writeTextElement(QStringLiteral("status"), statusText(tx));
        w.writeTextElement(QStringLiteral("started"), ukTime(tx.createdMs, true));
        w.writeTextElement(QStringLiteral("amount"), decimal(tx.amount, tx.currency));
        w.writeTextElement(QStringLiteral("currency"), tx.currency);
        w.writeTextElement(QStringLiteral("cardholder"), tx.cardholderName);
        w.writeTextElement(QStringLiteral("paymentsystem"), tx.cardType.toUpper());
        w.writeTextElement(QStringLiteral("result"),
                           tx.succeeded() ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"));
        if (!tx.batchId.isEmpty()) {
            w.writeTextElement(QStringLiteral("batchid"), tx.batchId);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    return end(w, out);
}

SandboxResponse ReportingSandboxApi::transactionDetail(const Params& p)
{
    const SandboxTransaction* tx = nullptr;
    if (p.contains(QStringLiteral("vpstxid"))) {
        tx = m_ledger.find(unbraced(p.value(QStringLiteral("vpstxid"))));
    } else if (p.contains(QStringLiteral("vendortxcode"))) {
        tx = m_ledger.findByVendorTxCode(p.value(QStringLiteral("vendortxcode")));
    } else {
        return error(BadParameter, QStringLiteral("Give vpstxid or vendortxcode."));
    }
    if (!tx) {
        return error(TransactionNotFound, QStringLiteral("The transaction was not found."));
    }
    QString out;
    QXmlStreamWriter w(&out);
    begin(w);
    auto field = [&w](const char* name, const QString& value) { w.writeTextElement(QString::fromLatin1(name), value); };
    field("vpstxid", braced(tx->id));
    field("vendortxcode", tx->vendorTxCode);
    field("transactiontype", tx->type);
    field("txstateid", QString::number(tx->txStateId()));
    field("status", statusText(*tx));
    field("description", tx->description);
    field("amount", decimal(tx->amount, tx->currency));
    field("currency", tx->currency);
    field("started", ukTime(tx->createdMs, true));
    field("completed", tx->completedMs > 0 ? ukTime(tx->completedMs, true) : QString());
    field("securitykey", tx->securityKey);
    field("paymentsystem", tx->cardType.toUpper());
    field("expirydate", tx->expiryDate);
    field("last4digits", tx->lastFour);
    field("authprocessor", tx->acquirer);
    field("vpsauthcode", tx->retrievalReference > 0 ? QString::number(tx->retrievalReference) : QString());
    field("bankauthcode", tx->bankAuthorisationCode);
    field("batchid", tx->batchId);
    field("billingfirstnames", tx->customerFirstName);
    field("billingsurname", tx->customerLastName);
    field("billingaddress", tx->billingAddress1);
    field("billingcity", tx->billingCity);
    field("billingpostcode", tx->billingPostalCode);
    field("billingcountry", tx->billingCountry);
    field("customeremail", tx->customerEmail);
    field("cardholder", tx->cardholderName);
    field("refunded", tx->refundedAmount > 0 ? QStringLiteral("YES") : QStringLiteral("NO"));
    field("relatedvpstxid", tx->referenceTransactionId.isEmpty() ? QString() : braced(tx->referenceTransactionId));
    field("threedresult", tx->threeDSecureStatus.toUpper());
    field("cv2result", tx->avsSecurityCode.toUpper());
    field("addressresult", tx->avsAddress.toUpper());
    field("postcoderesult", tx->avsPostalCode.toUpper());
    field("systemused", tx->protocol == QLatin1String("Server") ? QStringLiteral("S") : QStringLiteral("P"));
    field("vpsprotocol", QStringLiteral("4.00"));
    return end(w, out);
}

SandboxResponse ReportingSandboxApi::batchList(const Params& p)
{
    qint64 from = 0;
    qint64 to = 0;
    if (!parseUkDate(p.value(QStringLiteral("startdate")), &from) ||
        !parseUkDate(p.value(QStringLiteral("enddate")), &to)) {
        return error(BadParameter, QStringLiteral("startdate and enddate are required as dd/mm/yyyy hh:mm:ss."));
    }
    QString out;
    QXmlStreamWriter w(&out);
    begin(w);
    w.writeStartElement(QStringLiteral("batches"));
    for (const SandboxBatch& b : m_batcher.batches()) {
        if (b.completedMs < from || b.completedMs > to + 999) {
            continue;
        }
        w.writeStartElement(QStringLiteral("batch"));
        w.writeTextElement(QStringLiteral("batchid"), b.batchId);
        w.writeTextElement(QStringLiteral("authprocessorname"), b.acquirer);
        w.writeTextElement(QStringLiteral("completed"), ukTime(b.completedMs, true));
        w.writeStartElement(QStringLiteral("transactiongroups"));
        for (const SandboxBatchGroup& g : b.groups) {
            w.writeStartElement(QStringLiteral("transactiongroup"));
            w.writeTextElement(QStringLiteral("currency"), g.currency);
            w.writeTextElement(QStringLiteral("paymentnumber"), QString::number(g.paymentNumber));
            w.writeTextElement(QStringLiteral("paymentvalue"), decimal(g.paymentValue, g.currency));
            w.writeTextElement(QStringLiteral("refundnumber"), QString::number(g.refundNumber));
            w.writeTextElement(QStringLiteral("refundvalue"), decimal(g.refundValue, g.currency));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    return end(w, out);
}

SandboxResponse ReportingSandboxApi::batchDetail(const Params& p)
{
    const SandboxBatch* batch = m_batcher.find(p.value(QStringLiteral("batchid")));
    if (!batch ||
        (p.contains(QStringLiteral("authprocessor")) && p.value(QStringLiteral("authprocessor")) != batch->acquirer)) {
        return error(BatchNotFound, QStringLiteral("The batch was not found for that acquirer."));
    }
    const int startRow = p.value(QStringLiteral("startrow"), QStringLiteral("1")).toInt();
    const int endRow = p.value(QStringLiteral("endrow"), QStringLiteral("50")).toInt();
    if (startRow < 1 || endRow < startRow) {
        return error(BadParameter, QStringLiteral("startrow and endrow must be 1 or more, endrow not below startrow."));
    }
    const qsizetype total = batch->transactionIds.size();
    QString out;
    QXmlStreamWriter w(&out);
    begin(w);
    w.writeStartElement(QStringLiteral("transactions"));
    w.writeTextElement(QStringLiteral("startrow"), QString::number(startRow));
    w.writeTextElement(QStringLiteral("endrow"), QString::number(std::min<qsizetype>(endRow, total)));
    w.writeTextElement(QStringLiteral("totalrows"), QString::number(total));
    for (qsizetype i = startRow - 1; i < total && i < endRow; ++i) {
        const SandboxTransaction* tx = m_ledger.find(batch->transactionIds.at(i));
        w.writeStartElement(QStringLiteral("transaction"));
        w.writeTextElement(QStringLiteral("vpstxid"), braced(tx->id));
        w.writeTextElement(QStringLiteral("vendortxcode"), tx->vendorTxCode);
        w.writeTextElement(QStringLiteral("transactiontype"), tx->type);
        w.writeTextElement(QStringLiteral("amount"), decimal(tx->settlingAmount(), tx->currency));
        w.writeTextElement(QStringLiteral("currency"), tx->currency);
        w.writeTextElement(QStringLiteral("started"), ukTime(tx->createdMs, true));
        w.writeTextElement(QStringLiteral("refunded"),
                           tx->refundedAmount > 0 ? QStringLiteral("YES") : QStringLiteral("NO"));
        w.writeEndElement();
    }
    w.writeEndElement();
    return end(w, out);
}

} // namespace bridge::sandbox::opayo
