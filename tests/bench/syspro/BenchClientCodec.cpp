// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// The client's cost to build one SORTOI order (parameters + XmlIn) and to parse one answer
// (Windows-1252 decode + XmlOut parse), in microseconds. Usage: bench_syspro_client_codec [orders=20000]
#include "syspro/SalesOrderImport.h"
#include "syspro/Windows1252.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace bridge;
using namespace bridge::syspro;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    if (n <= 0) {
        std::fprintf(stderr, "usage: %s [orders>0]\n", argv[0]);
        return 2;
    }
    SalesOrder o;
    o.customer = QStringLiteral("WEB001");
    o.orderDate = QDate(2026, 1, 15);
    o.customerName = QStringLiteral("Caf\u00e9 \u00c9lan");
    o.shipAddress = {QStringLiteral("1 High Street"), QStringLiteral("London")};
    o.shipPostalCode = QStringLiteral("SW1A 1AA");
    StockLine s;
    s.customerPoLine = 1;
    s.stockCode = QStringLiteral("A100");
    s.warehouse = QStringLiteral("FG");
    s.orderQty = *FixedDecimal::parse(u"2", 6);
    s.orderUom = QStringLiteral("EA");
    s.price = *FixedDecimal::parse(u"10.5", 5);
    o.lines = {s, FreightLine{2, Money(495, Currency::of("GBP")), {}}, CommentLine{3, QStringLiteral("Gift"), {}, {}}};
    const FieldLimits limits;
    const QByteArray answer =
        "<?xml version=\"1.0\" encoding=\"Windows-1252\"?>\n<SalesOrders Language='05' Version='8.0.161'><Order>"
        "<CustomerPoNumber>OPY-1</CustomerPoNumber><SalesOrder>015574</SalesOrder><OrderActionType>A</OrderActionType>"
        "<WarningMessages><WarningDescription>Line 1 back ordered</WarningDescription></WarningMessages></Order>"
        "<StatusOfItems><ItemsProcessed>000001</ItemsProcessed><ItemsRejectedWithWarnings>000000</"
        "ItemsRejectedWithWarnings>"
        "<ItemsProcessedWithWarnings>000001</ItemsProcessedWithWarnings></StatusOfItems></SalesOrders>\n ";

    qint64 bytes = 0;
    QElapsedTimer build;
    build.start();
    for (int i = 0; i < n; ++i) {
        o.customerPoNumber = QStringLiteral("OPY-%1").arg(i);
        const auto params = SalesOrderImport::buildParameters({});
        const auto xml = SalesOrderImport::buildXmlIn({o}, limits);
        bytes += xml ? xml->size() + params->size() : 0;
    }
    const qint64 buildNs = build.nsecsElapsed();
    int created = 0;
    QElapsedTimer parse;
    parse.start();
    for (int i = 0; i < n; ++i) {
        const auto r = SalesOrderImport::parse(Windows1252::decodeBody(answer), {QStringLiteral("OPY-1")}, false);
        created += r && r->orders.first().status == SalesOrderOutcome::Status::Created ? 1 : 0;
    }
    const qint64 parseNs = parse.nsecsElapsed();
    std::printf("client SORTOI build: %.2f us/order (%lld chars each); parse: %.2f us/answer; %d orders\n",
                double(buildNs) / n / 1000.0, static_cast<long long>(bytes / n), double(parseNs) / n / 1000.0, n);
    return created == n ? 0 : 1;
}
