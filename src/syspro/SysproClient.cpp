// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/SysproClient.h"

#include "logging/Log.h"
#include "syspro/LicenceProbe.h"
#include "syspro/ReceiptExportFile.h"
#include "syspro/SysproErrors.h"
#include "syspro/SysproSession.h"

#include <memory>

namespace bridge::syspro {

namespace {
QString bo(const char* code)
{
    return QString::fromLatin1(code);
}
} // namespace

SysproClient::SysproClient(SysproSession* session, QObject* parent) : QObject(parent), m_session(session) {}

QString SysproClient::company() const
{
    return m_session->companyId().isEmpty() ? tr("(not logged on)") : m_session->companyId();
}

void SysproClient::find(const FindQuery& query, QObject* context, Done<FindResult> done)
{
    const Result<QString> xmlIn = GenericFind::buildXmlIn(query);
    if (!xmlIn) {
        done(fail(xmlIn.error()));
        return;
    }
    m_session->submit(
        SysproCall::query(bo(GenericFind::businessObject), *xmlIn, tr("looking up %1 in SYSPRO").arg(query.tableName)),
        context, [done](const Result<QString>& r) {
            if (!r) {
                done(fail(r.error()));
                return;
            }
            done(GenericFind::parse(*r));
        });
}

void SysproClient::findSalesOrdersByPo(const QStringList& poNumbers, QObject* context,
                                       Done<QHash<QString, QString>> done)
{
    find(GenericFind::salesOrdersByPo(poNumbers), context, [done, poNumbers](const Result<FindResult>& r) {
        if (!r) {
            done(fail(r.error()));
            return;
        }
        QHash<QString, QString> found;
        for (const FindRow& row : r->rows) {
            const QString po = row.value(u"CustomerPoNumber");
            const QString order = row.value(u"SalesOrder");
            if (!poNumbers.contains(po) || order.isEmpty()) {
                continue;
            }
            // Numbers are zero padded to one width, so text order is number order.
            if (!found.contains(po) || found.value(po) < order) {
                found.insert(po, order);
            }
        }
        done(found);
    });
}

void SysproClient::importSalesOrders(const QList<SalesOrder>& orders, const SortoiParameters& parameters,
                                     QObject* context, Done<SalesOrderImportResult> done)
{
    const Result<QString> xmlParameters = SalesOrderImport::buildParameters(parameters);
    const Result<QString> xmlIn = SalesOrderImport::buildXmlIn(orders, m_session->config().limits);
    if (!xmlParameters || !xmlIn) {
        done(fail(!xmlParameters ? xmlParameters.error() : xmlIn.error()));
        return;
    }
    QStringList poNumbers;
    for (const SalesOrder& o : orders) {
        poNumbers.append(o.customerPoNumber);
    }
    const QString description = orders.size() == 1
                                    ? tr("importing sales order %1 (SORTOI)").arg(poNumbers.first())
                                    : tr("importing %n sales orders (SORTOI)", nullptr, int(orders.size()));
    QPointer<SysproClient> self(this);
    QPointer<QObject> guard(context);
    const bool validateOnly = parameters.validateOnly;
    m_session->submit(
        SysproCall::post(bo(SalesOrderImport::businessObject), *xmlParameters, *xmlIn, description, validateOnly),
        context, [self, guard, done, poNumbers, validateOnly](const Result<QString>& r) {
            if (!r) {
                done(fail(r.error()));
                return;
            }
            Result<SalesOrderImportResult> parsed = SalesOrderImport::parse(*r, poNumbers, validateOnly);
            if (!parsed) {
                done(parsed);
                return;
            }
            QStringList missing;
            for (const SalesOrderOutcome& o : parsed->orders) {
                if (o.status == SalesOrderOutcome::Status::CreatedNumberUnknown ||
                    o.status == SalesOrderOutcome::Status::Unknown) {
                    missing.append(o.customerPoNumber);
                }
            }
            if (missing.isEmpty() || !self || !guard) {
                done(parsed);
                return;
            }
            auto result = std::make_shared<SalesOrderImportResult>(*parsed);
            self->findSalesOrdersByPo(missing, guard, [done, result](const Result<QHash<QString, QString>>& found) {
                if (!found) {
                    // The orders were posted: report them without numbers rather than fail.
                    log::get("syspro")->warn("Look-up of imported sales orders failed: {}",
                                             found.error().toString().toStdString());
                    done(*result);
                    return;
                }
                for (SalesOrderOutcome& o : result->orders) {
                    const QString number = found->value(o.customerPoNumber);
                    if (o.status == SalesOrderOutcome::Status::CreatedNumberUnknown && !number.isEmpty()) {
                        o.status = SalesOrderOutcome::Status::Created;
                        o.salesOrder = number;
                    } else if (o.status == SalesOrderOutcome::Status::Unknown) {
                        if (!number.isEmpty()) {
                            o.status = SalesOrderOutcome::Status::Created;
                            o.salesOrder = number;
                        } else {
                            o.status = SalesOrderOutcome::Status::Rejected;
                            o.errors.append({QStringLiteral("Order"), 0, QString(),
                                             tr("SYSPRO did not report this order and it is not in SorMaster")});
                        }
                    }
                }
                done(*result);
            });
        });
}

void SysproClient::queryStock(const QString& stockCode, QObject* context, Done<StockItem> done)
{
    const Result<QString> xmlIn = InventoryQuery::buildXmlIn(stockCode);
    if (!xmlIn) {
        done(fail(xmlIn.error()));
        return;
    }
    m_session->submit(SysproCall::query(bo(InventoryQuery::businessObject), *xmlIn,
                                        tr("querying stock code %1 (INVQRY)").arg(stockCode)),
                      context,
                      [done](const Result<QString>& r) { done(r ? InventoryQuery::parse(*r) : fail(r.error())); });
}

void SysproClient::querySalesOrder(const QString& salesOrder, QObject* context, Done<SalesOrderDetail> done)
{
    const Result<QString> xmlIn = SalesOrderQuery::buildXmlIn(salesOrder);
    if (!xmlIn) {
        done(fail(xmlIn.error()));
        return;
    }
    m_session->submit(SysproCall::query(bo(SalesOrderQuery::businessObject), *xmlIn,
                                        tr("querying sales order %1 (SORQRY)").arg(salesOrder)),
                      context,
                      [done](const Result<QString>& r) { done(r ? SalesOrderQuery::parse(*r) : fail(r.error())); });
}

void SysproClient::queryCustomer(const QString& customer, QObject* context, Done<CustomerInfo> done)
{
    const Result<QString> xmlIn = CustomerQuery::buildXmlIn(customer);
    if (!xmlIn) {
        done(fail(xmlIn.error()));
        return;
    }
    m_session->submit(
        SysproCall::query(bo(CustomerQuery::businessObject), *xmlIn, tr("querying customer %1 (ARSQRY)").arg(customer)),
        context, [done](const Result<QString>& r) { done(r ? CustomerQuery::parse(*r) : fail(r.error())); });
}

void SysproClient::addCustomer(const CustomerRecord& customer, QObject* context, Done<void> done)
{
    submitSetup(true, customer, context, std::move(done));
}

void SysproClient::updateCustomer(const CustomerRecord& customer, QObject* context, Done<void> done)
{
    submitSetup(false, customer, context, std::move(done));
}

void SysproClient::submitSetup(bool add, const CustomerRecord& customer, QObject* context, Done<void> done)
{
    const Result<QString> params = CustomerSetup::buildParameters(false);
    const Result<QString> xmlIn = CustomerSetup::buildXmlIn(customer, m_session->config().limits);
    if (!params || !xmlIn) {
        done(fail(!params ? params.error() : xmlIn.error()));
        return;
    }
    const QString company = this->company();
    m_session->submit(SysproCall::setup(add ? SysproCall::Method::SetupAdd : SysproCall::Method::SetupUpdate,
                                        bo(CustomerSetup::businessObject), *params, *xmlIn,
                                        add ? tr("adding customer %1 (ARSSCS)").arg(customer.customer)
                                            : tr("updating customer %1 (ARSSCS)").arg(customer.customer)),
                      context, [done, customer, company](const Result<QString>& r) {
                          done(r ? CustomerSetup::parse(*r, customer, company) : Result<void>(fail(r.error())));
                      });
}

void SysproClient::postReceipt(const ArPayment& payment, const ArPaymentParameters& parameters, QObject* context,
                               Done<ReceiptOutcome> done)
{
    if (!m_licences.mayCall(bo(ArPaymentPost::businessObject))) {
        receiptFallback(payment, context, std::move(done));
        return;
    }
    const Result<QString> params = ArPaymentPost::buildParameters(parameters);
    const Result<QString> xmlIn = ArPaymentPost::buildXmlIn(payment, m_session->config().limits);
    if (!params || !xmlIn) {
        done(fail(!params ? params.error() : xmlIn.error()));
        return;
    }
    QPointer<SysproClient> self(this);
    QPointer<QObject> guard(context);
    m_session->submit(
        SysproCall::post(bo(ArPaymentPost::businessObject), *params, *xmlIn,
                         tr("posting receipt %1 for customer %2 (ARSTPY)").arg(payment.reference, payment.customer),
                         parameters.validateOnly),
        context, [self, guard, done, payment](const Result<QString>& r) {
            if (!r && r.error().code == codes::notLicensed && self && guard) {
                self->m_licences.states.insert(bo(ArPaymentPost::businessObject), LicenceReport::State::NotLicensed);
                self->receiptFallback(payment, guard, done);
                return;
            }
            if (!r) {
                done(fail(r.error()));
                return;
            }
            const Result<ArPaymentResult> parsed =
                ArPaymentPost::parse(*r, payment, self ? self->company() : QString());
            if (!parsed) {
                done(fail(parsed.error()));
                return;
            }
            done(ReceiptOutcome{ReceiptOutcome::Route::ArPayment, payment.reference, parsed->journal});
        });
}

void SysproClient::postReceipts(const QList<ArPayment>& payments, const ArPaymentParameters& parameters,
                                QObject* context, Done<QList<Result<ReceiptOutcome>>> done)
{
    if (!m_licences.mayCall(bo(ArPaymentPost::businessObject))) {
        done(fail(Error::permanent(
            codes::notLicensed, tr("ARSTPY (AR payments) is not licensed; receipts go one by one to the fallback."))));
        return;
    }
    ArPaymentParameters batch = parameters;
    batch.applyIfEntireDocumentValid = false;
    const Result<QString> params = ArPaymentPost::buildParameters(batch);
    const Result<QString> xmlIn = ArPaymentPost::buildXmlIn(payments, m_session->config().limits);
    if (!params || !xmlIn) {
        done(fail(!params ? params.error() : xmlIn.error()));
        return;
    }
    QPointer<SysproClient> self(this);
    m_session->submit(
        SysproCall::post(bo(ArPaymentPost::businessObject), *params, *xmlIn,
                         tr("posting %n receipt(s) (ARSTPY)", nullptr, int(payments.size())), batch.validateOnly),
        context, [self, done, payments](const Result<QString>& r) {
            if (!r && r.error().code == codes::notLicensed && self) {
                self->m_licences.states.insert(bo(ArPaymentPost::businessObject), LicenceReport::State::NotLicensed);
            }
            if (!r) {
                done(fail(r.error()));
                return;
            }
            const Result<QList<Result<ArPaymentResult>>> parsed =
                ArPaymentPost::parseEach(*r, payments, self ? self->company() : QString());
            if (!parsed) {
                done(fail(parsed.error()));
                return;
            }
            QList<Result<ReceiptOutcome>> outcomes;
            for (const Result<ArPaymentResult>& one : *parsed) {
                if (!one) {
                    outcomes.append(fail(one.error()));
                } else {
                    outcomes.append(ReceiptOutcome{ReceiptOutcome::Route::ArPayment, one->reference, one->journal});
                }
            }
            done(outcomes);
        });
}

void SysproClient::receiptFallback(const ArPayment& payment, QObject* context, Done<ReceiptOutcome> done)
{
    const SysproConfig& config = m_session->config();
    switch (config.receiptFallback) {
    case ReceiptFallback::None:
        done(fail(Error::permanent(
            codes::notLicensed, tr("Receipt %1 for customer %2 was not posted: ARSTPY (AR payments) is not licensed "
                                   "for operator %3 in SYSPRO company %4, and no fallback is chosen. Licence ARSTPY "
                                   "in SYSPRO, or choose an export file or GL journal fallback in Settings > SYSPRO.")
                                    .arg(payment.reference, payment.customer, m_session->operatorCode(), company()))));
        return;
    case ReceiptFallback::ExportFile: {
        const Result<QString> path = ReceiptExportFile(config.receiptExportDirectory).append(payment);
        if (!path) {
            done(fail(path.error()));
            return;
        }
        log::get("syspro")->info("Receipt {} written to AR-receipts export file {}", payment.reference.toStdString(),
                                 path->toStdString());
        done(ReceiptOutcome{ReceiptOutcome::Route::ExportFile, payment.reference, *path});
        return;
    }
    case ReceiptFallback::GlJournal: {
        if (config.bankLedgerCode.isEmpty() || config.arControlLedgerCode.isEmpty()) {
            done(fail(
                Error::configuration(QStringLiteral("syspro.fallback_ledgers"),
                                     tr("ARSTPY is not licensed and receipts are set to go to a GL journal, but the "
                                        "bank or AR control ledger code is not set. Set both in Settings > "
                                        "SYSPRO."))));
            return;
        }
        GlJournal journal;
        journal.journalDate = payment.paymentDate;
        journal.reference = payment.reference;
        journal.notation =
            tr("Card receipt %1 from customer %2 (ARSTPY not licensed)").arg(payment.reference, payment.customer);
        journal.lines.append({config.bankLedgerCode, payment.paymentValue, payment.reference, payment.customer});
        journal.lines.append({config.arControlLedgerCode, payment.paymentValue.negated().value_or(payment.paymentValue),
                              payment.reference, payment.customer});
        const QString reference = payment.reference;
        postJournal(journal, context, [done, reference](const Result<GlJournalKey>& key) {
            if (!key) {
                done(fail(key.error()));
                return;
            }
            done(ReceiptOutcome{ReceiptOutcome::Route::GlJournal, reference,
                                QStringLiteral("%1/%2/%3").arg(key->glYear).arg(key->glPeriod).arg(key->glJournal)});
        });
        return;
    }
    }
}

void SysproClient::postJournal(const GlJournal& journal, QObject* context, Done<GlJournalKey> done)
{
    const Result<QString> params = GlJournalPost::buildParameters(false);
    const Result<QString> xmlIn = GlJournalPost::buildXmlIn(journal, m_session->config().limits);
    if (!params || !xmlIn) {
        done(fail(!params ? params.error() : xmlIn.error()));
        return;
    }
    const QString company = this->company();
    const QString reference = journal.reference;
    m_session->submit(SysproCall::post(bo(GlJournalPost::businessObject), *params, *xmlIn,
                                       tr("posting GL journal %1 (GENTJL)").arg(reference)),
                      context, [done, reference, company](const Result<QString>& r) {
                          done(r ? GlJournalPost::parse(*r, reference, company) : fail(r.error()));
                      });
}

void SysproClient::postCreditNote(const CreditNote& note, QObject* context, Done<QString> done)
{
    const Result<QString> params = CreditNotePost::buildHeaderParameters(note.creditNoteDate, false);
    const Result<QString> xmlIn = CreditNotePost::buildHeaderXmlIn(note, m_session->config().limits);
    if (!params || !xmlIn) {
        done(fail(!params ? params.error() : xmlIn.error()));
        return;
    }
    QPointer<SysproClient> self(this);
    QPointer<QObject> guard(context);
    m_session->submit(
        SysproCall::post(
            bo(CreditNotePost::headerBusinessObject), *params, *xmlIn,
            tr("creating credit note %1 for customer %2 (SORTCH)").arg(note.customerPoNumber, note.customer)),
        context, [self, guard, done, note](const Result<QString>& r) {
            if (!r) {
                done(fail(r.error()));
                return;
            }
            if (!self || !guard) {
                return;
            }
            const QString company = self->company();
            const Result<QString> number = CreditNotePost::parseHeader(*r, note, company);
            if (!number) {
                done(number);
                return;
            }
            self->addCreditNoteLines(*number, note, guard, done);
        });
}

void SysproClient::addCreditNoteLines(const QString& creditNote, const CreditNote& note, QObject* context,
                                      Done<QString> done)
{
    const Result<QString> lineParams = CreditNotePost::buildLineParameters(note.creditNoteDate, false);
    const Result<QString> lineXml = CreditNotePost::buildLineXmlIn(creditNote, note, m_session->config().limits);
    if (!lineParams || !lineXml) {
        done(fail(!lineParams ? lineParams.error() : lineXml.error()));
        return;
    }
    const QString company = this->company();
    m_session->submit(
        SysproCall::post(
            bo(CreditNotePost::lineBusinessObject), *lineParams, *lineXml,
            tr("adding %n line(s) to credit note %1 (SORTCL)", nullptr, int(note.lines.size())).arg(creditNote)),
        context, [done, creditNote, company](const Result<QString>& lines) {
            if (!lines) {
                done(fail(lines.error()));
                return;
            }
            const Result<void> parsed = CreditNotePost::parseLines(*lines, creditNote, company);
            if (!parsed) {
                done(fail(parsed.error()));
                return;
            }
            done(creditNote);
        });
}

void SysproClient::postArDocument(const ArDocument& document, QObject* context, Done<QString> done)
{
    const Result<QString> params = ArInvoicePost::buildParameters(document, false);
    const Result<QString> xmlIn = ArInvoicePost::buildXmlIn(document, m_session->config().limits);
    if (!params || !xmlIn) {
        done(fail(!params ? params.error() : xmlIn.error()));
        return;
    }
    const QString company = this->company();
    m_session->submit(
        SysproCall::post(
            bo(ArInvoicePost::businessObject), *params, *xmlIn,
            tr("posting AR document %1 for customer %2 (ARSTIN)").arg(document.reference, document.customer)),
        context, [done, document, company](const Result<QString>& r) {
            done(r ? ArInvoicePost::parse(*r, document, company) : fail(r.error()));
        });
}

void SysproClient::probeLicences(QObject* context, Done<LicenceReport> done)
{
    const QList<SysproCall> calls = LicenceProbe::probeCalls();
    auto report = std::make_shared<LicenceReport>();
    auto remaining = std::make_shared<int>(int(calls.size()));
    QPointer<SysproClient> self(this);
    for (const SysproCall& call : calls) {
        const QString code = call.businessObject;
        m_session->submit(call, context, [self, report, remaining, code, done](const Result<QString>& r) {
            if (r) {
                report->states.insert(code, LicenceReport::State::Licensed);
            } else if (r.error().code == codes::notLicensed) {
                report->states.insert(code, LicenceReport::State::NotLicensed);
                report->notes.insert(code, r.error().detail);
            } else if (r.error().isTransient() || r.error().code == codes::authentication) {
                report->states.insert(code, LicenceReport::State::Unknown);
                report->notes.insert(code, r.error().message);
            } else {
                report->states.insert(code, LicenceReport::State::Licensed); // it ran and said no: licensed
            }
            if (--*remaining == 0) {
                if (self) {
                    self->m_licences = *report;
                }
                done(*report);
            }
        });
    }
}

} // namespace bridge::syspro
