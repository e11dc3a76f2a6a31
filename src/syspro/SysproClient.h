// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "syspro/ArInvoice.h"
#include "syspro/ArPayment.h"
#include "syspro/CreditNote.h"
#include "syspro/CustomerQuery.h"
#include "syspro/CustomerSetup.h"
#include "syspro/GenericFind.h"
#include "syspro/GlJournal.h"
#include "syspro/InventoryQuery.h"
#include "syspro/LicenceReport.h"
#include "syspro/SalesOrderImport.h"
#include "syspro/SalesOrderQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace bridge::syspro {

class SysproSession;

/// How a card receipt reached SYSPRO.
struct ReceiptOutcome {
    enum class Route { ArPayment, ExportFile, GlJournal };
    Route route = Route::ArPayment;
    QString reference;
    QString detail; ///< AR journal, export file path, or "year/period/journal"
};

/// The business-object API of the connector: builds each document, sends it through the
/// operator's session and parses the answer into typed results. Every method is asynchronous;
/// `done` runs once, on this object's thread, while `context` is alive.
class SysproClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Done = std::function<void(const Result<T>&)>;

    explicit SysproClient(SysproSession* session, QObject* parent = nullptr);

    /// COMFND on any table.
    void find(const FindQuery& query, QObject* context, Done<FindResult> done);
    /// SorMaster look-up: CustomerPoNumber -> SalesOrder (the highest number if several).
    void findSalesOrdersByPo(const QStringList& poNumbers, QObject* context, Done<QHash<QString, QString>> done);

    /// SORTOI with any number of orders. Orders SYSPRO imported without returning the number (a
    /// clean import) or did not report are looked up by CustomerPoNumber in the same turn, so
    /// the result holds a number for every created order whenever SYSPRO can tell it.
    void importSalesOrders(const QList<SalesOrder>& orders, const SortoiParameters& parameters, QObject* context,
                           Done<SalesOrderImportResult> done);

    void queryStock(const QString& stockCode, QObject* context, Done<StockItem> done);
    void querySalesOrder(const QString& salesOrder, QObject* context, Done<SalesOrderDetail> done);
    void queryCustomer(const QString& customer, QObject* context, Done<CustomerInfo> done);
    void addCustomer(const CustomerRecord& customer, QObject* context, Done<void> done);
    void updateCustomer(const CustomerRecord& customer, QObject* context, Done<void> done);

    /// ARSTPY; when it is not licensed (known from the licence report, or answered so now), the
    /// configured fallback applies: export file, GL journal, or a clear error.
    void postReceipt(const ArPayment& payment, const ArPaymentParameters& parameters, QObject* context,
                     Done<ReceiptOutcome> done);
    /// Several receipts in one ARSTPY post (ApplyIfEntireDocumentValid=N, so one bad receipt does
    /// not stop the others); one result per receipt, in order. When ARSTPY is not licensed this
    /// fails with codes::notLicensed and the caller posts each through postReceipt (its fallback).
    void postReceipts(const QList<ArPayment>& payments, const ArPaymentParameters& parameters, QObject* context,
                      Done<QList<Result<ReceiptOutcome>>> done);
    /// GENTJL; an unbalanced journal fails here without any call.
    void postJournal(const GlJournal& journal, QObject* context, Done<GlJournalKey> done);
    /// SORTCH then SORTCL; returns the credit note number.
    void postCreditNote(const CreditNote& note, QObject* context, Done<QString> done);
    /// SORTCL alone: the note's lines onto the credit note `creditNote` (a header SORTCH made
    /// earlier, whose lines never arrived); returns the credit note number.
    void addCreditNoteLines(const QString& creditNote, const CreditNote& note, QObject* context, Done<QString> done);
    /// ARSTIN; returns the document number.
    void postArDocument(const ArDocument& document, QObject* context, Done<QString> done);

    /// Probes every business object the bridge uses and remembers the answer.
    void probeLicences(QObject* context, Done<LicenceReport> done);
    [[nodiscard]] const LicenceReport& licenceReport() const { return m_licences; }
    void setLicenceReport(const LicenceReport& report) { m_licences = report; }

    [[nodiscard]] SysproSession* session() const { return m_session; }

private:
    void submitSetup(bool add, const CustomerRecord& customer, QObject* context, Done<void> done);
    void receiptFallback(const ArPayment& payment, QObject* context, Done<ReceiptOutcome> done);
    [[nodiscard]] QString company() const;

    SysproSession* m_session;
    LicenceReport m_licences;
};

} // namespace bridge::syspro
