// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "opayo/ReportingXmlParser.h"

#include "core/PanGuard.h"
#include "opayo/OpayoErrors.h"

#include <QStringDecoder>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace bridge::opayo {

namespace {

constexpr int kMaxDepth = 32;
constexpr int kMaxElements = 200'000;

QString unbraced(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('{')) && id.endsWith(QLatin1Char('}'))) {
        id = id.mid(1, id.size() - 2);
    }
    return id.toUpper();
}

Error malformed(const QString& detail)
{
    return Error::permanent(QStringLiteral("opayo.reporting.bad_xml"),
                            QCoreApplication::translate("bridge::opayo::ReportingXmlParser",
                                                        "The Opayo Reporting API answer could not be read. If this "
                                                        "persists, check the Reporting URL in Settings."),
                            detail);
}

int toInt(const QString& text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok ? n : 0;
}

Result<std::optional<Money>> money(const QString& text, const QString& currencyCode)
{
    if (text.trimmed().isEmpty()) {
        return std::optional<Money>();
    }
    const auto currency = Currency::fromCode(currencyCode.trimmed());
    if (!currency) {
        return fail(currency.error());
    }
    const auto m = Money::parse(text, *currency);
    if (!m) {
        return fail(m.error());
    }
    return std::optional<Money>(*m);
}

Result<ReportingTransaction> transactionOf(const ReportingNode& n)
{
    ReportingTransaction t;
    t.vpsTxId = unbraced(n.value(u"vpstxid"));
    t.vendorTxCode = n.value(u"vendortxcode");
    t.transactionType = n.value(u"transactiontype");
    t.txStateId = toInt(n.value(u"txstateid"));
    t.status = PanGuard::mask(n.value(u"status"));
    t.result = n.value(u"result");
    t.cardholder = PanGuard::mask(n.value(u"cardholder"));
    t.batchId = n.value(u"batchid");
    t.refunded = n.value(u"refunded");
    t.started = ReportingXmlParser::parseUkDate(n.value(u"started"));
    auto amount = money(n.value(u"amount"), n.value(u"currency"));
    if (!amount) {
        Error e = amount.error();
        e.detail = QStringLiteral("transaction %1: %2").arg(t.vpsTxId, e.detail);
        return fail(e);
    }
    t.amount = *amount;
    return t;
}

} // namespace

const ReportingNode* ReportingNode::child(QStringView childName) const
{
    for (const ReportingNode& c : children) {
        if (QStringView(c.name).compare(childName, Qt::CaseInsensitive) == 0) {
            return &c;
        }
    }
    return nullptr;
}

QString ReportingNode::value(QStringView childName) const
{
    const ReportingNode* c = child(childName);
    return c ? c->text : QString();
}

QDateTime ReportingXmlParser::parseUkDate(const QString& text)
{
    const QString t = text.trimmed();
    QDateTime local = QDateTime::fromString(t, QStringLiteral("dd/MM/yyyy HH:mm:ss.zzz"));
    if (!local.isValid()) {
        local = QDateTime::fromString(t, QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    }
    if (!local.isValid()) {
        return {};
    }
    return QDateTime(local.date(), local.time(), QTimeZone("Europe/London")).toUTC();
}

Result<ReportingNode> ReportingXmlParser::parse(const QByteArray& body)
{
    QXmlStreamReader reader;
    if (body.trimmed().startsWith("<?xml")) {
        reader.addData(body); // the declaration names the encoding (ISO-8859-1 or UTF-8)
    } else {
        // No declaration: Opayo's documented encoding is ISO-8859-1, not XML's default UTF-8.
        QStringDecoder latin1(QStringDecoder::Latin1);
        reader.addData(QString(latin1.decode(body)));
    }
    QList<ReportingNode> stack;
    std::optional<ReportingNode> root;
    int elements = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (root || stack.size() >= kMaxDepth || ++elements > kMaxElements) {
                return fail(malformed(QStringLiteral("too deep, too large or more than one root element")));
            }
            stack.append(ReportingNode{reader.name().toString(), {}, {}});
        } else if (reader.isCharacters() && !stack.isEmpty()) {
            stack.last().text += reader.text();
        } else if (reader.isEndElement() && !stack.isEmpty()) {
            ReportingNode done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty()) {
                root = std::move(done);
            } else {
                stack.last().children.append(std::move(done));
            }
        }
    }
    if (reader.hasError()) {
        return fail(malformed(reader.errorString()));
    }
    if (!root || root->name.compare(QLatin1String("vspaccess"), Qt::CaseInsensitive) != 0) {
        return fail(malformed(QStringLiteral("no <vspaccess> root element")));
    }
    const QString code = root->value(u"errorcode");
    if (code.isEmpty()) {
        return fail(malformed(QStringLiteral("no <errorcode>")));
    }
    if (code != QLatin1String("0000")) {
        return fail(OpayoErrors::reportingError(code, PanGuard::mask(root->value(u"error"))));
    }
    return *root;
}

Result<ReportingTransactionPage> ReportingXmlParser::transactionPage(const ReportingNode& root)
{
    const ReportingNode* list = root.child(u"transactions");
    if (!list) {
        return fail(malformed(QStringLiteral("no <transactions> element")));
    }
    ReportingTransactionPage page;
    page.startRow = toInt(list->value(u"startrow"));
    page.endRow = toInt(list->value(u"endrow"));
    page.totalRows = toInt(list->value(u"totalrows"));
    for (const ReportingNode& n : list->children) {
        if (n.name.compare(QLatin1String("transaction"), Qt::CaseInsensitive) != 0) {
            continue;
        }
        auto t = transactionOf(n);
        if (!t) {
            return fail(t.error());
        }
        page.rows.append(*t);
    }
    return page;
}

Result<ReportingTransactionDetail> ReportingXmlParser::transactionDetail(const ReportingNode& root)
{
    auto summary = transactionOf(root);
    if (!summary) {
        return fail(summary.error());
    }
    if (summary->vpsTxId.isEmpty()) {
        return fail(malformed(QStringLiteral("no <vpstxid> in the transaction detail")));
    }
    ReportingTransactionDetail d;
    d.summary = *summary;
    d.description = PanGuard::mask(root.value(u"description"));
    d.authProcessor = root.value(u"authprocessor");
    d.vpsAuthCode = root.value(u"vpsauthcode");
    d.bankAuthCode = root.value(u"bankauthcode");
    d.last4Digits = root.value(u"last4digits");
    d.expiryDate = root.value(u"expirydate");
    d.relatedVpsTxId = unbraced(root.value(u"relatedvpstxid"));
    d.completed = parseUkDate(root.value(u"completed"));
    for (const ReportingNode& c : root.children) {
        if (c.children.isEmpty()) {
            d.fields.insert(c.name.toLower(), PanGuard::mask(c.text));
        }
    }
    return d;
}

Result<QList<ReportingBatch>> ReportingXmlParser::batches(const ReportingNode& root)
{
    const ReportingNode* list = root.child(u"batches");
    if (!list) {
        return fail(malformed(QStringLiteral("no <batches> element")));
    }
    QList<ReportingBatch> out;
    for (const ReportingNode& n : list->children) {
        if (n.name.compare(QLatin1String("batch"), Qt::CaseInsensitive) != 0) {
            continue;
        }
        ReportingBatch b;
        b.batchId = n.value(u"batchid");
        b.acquirer = n.value(u"authprocessorname");
        b.completed = parseUkDate(n.value(u"completed"));
        if (const ReportingNode* groups = n.child(u"transactiongroups")) {
            for (const ReportingNode& g : groups->children) {
                ReportingBatchGroup group;
                group.currency = g.value(u"currency");
                group.paymentNumber = toInt(g.value(u"paymentnumber"));
                group.refundNumber = toInt(g.value(u"refundnumber"));
                auto payments = money(g.value(u"paymentvalue"), group.currency);
                auto refunds = money(g.value(u"refundvalue"), group.currency);
                if (!payments || !refunds) {
                    Error e = payments ? refunds.error() : payments.error();
                    e.detail = QStringLiteral("batch %1: %2").arg(b.batchId, e.detail);
                    return fail(e);
                }
                group.paymentValue = *payments;
                group.refundValue = *refunds;
                b.groups.append(group);
            }
        }
        out.append(b);
    }
    return out;
}

} // namespace bridge::opayo
