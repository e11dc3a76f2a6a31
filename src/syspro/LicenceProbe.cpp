// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/LicenceProbe.h"

#include <QCoreApplication>

namespace bridge::syspro {

namespace {
QString validateOnly(const QString& root)
{
    return QStringLiteral("<%1><Parameters><ValidateOnly>Y</ValidateOnly></Parameters></%1>").arg(root);
}
QString describe(const QString& bo)
{
    return QCoreApplication::translate("bridge::syspro::LicenceProbe", "checking the licence of %1").arg(bo);
}
} // namespace

QList<SysproCall> LicenceProbe::probeCalls()
{
    QList<SysproCall> calls;
    calls.append(SysproCall::query(QStringLiteral("COMFND"),
                                   QStringLiteral("<Query><TableName>ArCustomer</TableName><ReturnRows>1</ReturnRows>"
                                                  "<Columns><Column>Customer</Column></Columns></Query>"),
                                   describe(QStringLiteral("COMFND"))));
    calls.append(SysproCall::query(QStringLiteral("SORQRY"),
                                   QStringLiteral("<Query><Key><SalesOrder>0</SalesOrder></Key></Query>"),
                                   describe(QStringLiteral("SORQRY"))));
    calls.append(SysproCall::query(QStringLiteral("INVQRY"),
                                   QStringLiteral("<Query><Key><StockCode> </StockCode></Key></Query>"),
                                   describe(QStringLiteral("INVQRY"))));
    calls.append(SysproCall::query(QStringLiteral("ARSQRY"),
                                   QStringLiteral("<Query><Key><Customer> </Customer></Key></Query>"),
                                   describe(QStringLiteral("ARSQRY"))));
    calls.append(SysproCall::post(QStringLiteral("SORTOI"),
                                  QStringLiteral("<SalesOrders><Parameters><Process>VALIDATE</Process></Parameters>"
                                                 "</SalesOrders>"),
                                  QStringLiteral("<SalesOrders/>"), describe(QStringLiteral("SORTOI")), true));
    SysproCall setup = SysproCall::setup(SysproCall::Method::SetupAdd, QStringLiteral("ARSSCS"),
                                         validateOnly(QStringLiteral("SetupArCustomer")),
                                         QStringLiteral("<SetupArCustomer/>"), describe(QStringLiteral("ARSSCS")));
    setup.idempotent = true;
    calls.append(setup);
    const QList<QPair<QString, QString>> posts{{QStringLiteral("ARSTPY"), QStringLiteral("PostArPayment")},
                                               {QStringLiteral("GENTJL"), QStringLiteral("PostGlJournal")},
                                               {QStringLiteral("SORTCH"), QStringLiteral("SOCreditNoteHeader")},
                                               {QStringLiteral("SORTCL"), QStringLiteral("SOCreditNoteLine")},
                                               {QStringLiteral("ARSTIN"), QStringLiteral("PostArInvoices")}};
    for (const auto& [bo, root] : posts) {
        calls.append(SysproCall::post(bo, validateOnly(root), QStringLiteral("<%1/>").arg(root), describe(bo), true));
    }
    return calls;
}

} // namespace bridge::syspro
