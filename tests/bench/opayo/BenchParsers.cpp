// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// Parsing rates of the Opayo connector: Server-protocol notification (parse + VPSSignature),
// Pi transaction JSON, Reporting XML (a 50-row getTransactionList page).
//   bench_opayo_parsers [iterations=20000]
#include "opayo/NotificationIntake.h"
#include "opayo/PiJsonParser.h"
#include "opayo/ReportingXmlParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace bridge::opayo;

namespace {

void measure(const char* name, int iterations, qsizetype bytes, const std::function<bool()>& once)
{
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (int i = 0; i < iterations; ++i) {
        failures += once() ? 0 : 1;
    }
    const qint64 ns = timer.nsecsElapsed();
    const double seconds = ns / 1e9; // a duration, not money
    std::printf("%-28s %8d in %.3f s = %10.0f /s (%6.1f MB/s)%s\n", name, iterations, seconds,
                seconds > 0 ? iterations / seconds : 0.0,
                seconds > 0 ? iterations * double(bytes) / seconds / 1e6 : 0.0, failures ? " FAILURES" : "");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20'000;

    const QByteArray notification =
        "VPSProtocol=3.00&TxType=PAYMENT&VendorTxCode=438791&VPSTxId=%7BF955C22E-F67B-4DA3-8EA3-6DAC68FA59D2%7D&Status="
        "OK&StatusDetail=0000+%3A+The+Authorisation+was+Successful.&TxAuthNo=4255&AVSCV2=c&AddressResult=d&"
        "PostCodeResult=e&CV2Result=f&GiftAid=g&3DSecureStatus=h&CAVV=i&AddressStatus=j&PayerStatus=k&CardType=l&"
        "Last4Digits=1234&DeclineCode=00&ExpiryDate=0722&FraudResponse=&BankAuthCode=999777&VPSSignature="
        "285765407193FAA9B8E432E6B55F5849";
    const NotificationIntake intake(
        {QString(), QUrl(QStringLiteral("https://shop.example/ok")), QUrl(QStringLiteral("https://shop.example/no"))},
        [](const QString&, const QString&) -> std::optional<QString> { return QStringLiteral("JEUPDN1N7E"); });
    measure("notification parse+verify", n, notification.size(),
            [&] { return intake.handle(notification).notification.has_value(); });

    const QByteArray pi =
        R"({"statusCode":"0000","statusDetail":"The Authorisation was Successful.","transactionId":"T6569400-1516-0A3F-E3FA-7F222CC79221","transactionType":"Payment","retrievalReference":8636128,"bankResponseCode":"00","bankAuthorisationCode":"999777","paymentMethod":{"card":{"cardType":"Visa","lastFourDigits":"0006","expiryDate":"0317","cardIdentifier":"C6F92981-8C2D-457A-AA1E-16EBCD6D3AC6","reusable":false}},"status":"Ok","3DSecure":{"status":"NotChecked"},"avsCvcCheck":{"status":"SecurityCodeMatchOnly","address":"NotMatched","postalCode":"NotMatched","securityCode":"Matched"},"amount":{"totalAmount":10000,"saleAmount":10000,"surchargeAmount":0},"currency":"GBP"})";
    measure("Pi transaction JSON", n, pi.size(), [&] { return PiJsonParser::parseTransaction(pi).has_value(); });

    QByteArray xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><vspaccess><errorcode>0000</errorcode>"
                     "<timestamp>02/03/2026 12:00:00</timestamp><transactions><startrow>1</startrow><endrow>50</endrow>"
                     "<totalrows>50</totalrows>";
    for (int i = 0; i < 50; ++i) {
        xml += "<transaction><rownumber>" + QByteArray::number(i + 1) +
               "</rownumber><vpstxid>{47E925EA-E93F-E7F7-A918-4D5F2BD45A59}</vpstxid><vendortxcode>order-" +
               QByteArray::number(i) +
               "</vendortxcode><transactiontype>Payment</transactiontype><txstateid>16</txstateid><status>Successfully "
               "authorised transaction.</status><started>02/03/2026 10:00:00.125</started><amount>100.00</amount>"
               "<currency>GBP</currency><cardholder>Zo\xeb Jones</cardholder><result>SUCCESS</result></transaction>";
    }
    xml += "</transactions></vspaccess>";
    const int xmlIterations = std::max(1, n / 10);
    measure("Reporting XML (50 rows)", xmlIterations, xml.size(), [&] {
        const auto root = ReportingXmlParser::parse(xml);
        return root && ReportingXmlParser::transactionPage(*root).has_value();
    });
    std::printf("Reporting XML rows/s: multiply the page rate by 50\n");
    return 0;
}
