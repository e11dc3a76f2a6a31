// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "mapping/MappingEvaluator.h"
#include "syspro/ArInvoice.h"
#include "syspro/ArPayment.h"
#include "syspro/CreditNote.h"
#include "syspro/FieldLimits.h"
#include "syspro/GlJournal.h"
#include "syspro/SalesOrder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace bridge::engine {

/// Turns a mapped ERP command (its JSON form, as the outbox stores it) into the SYSPRO
/// document the connector posts, and names its idempotency key. Target names follow SYSPRO's
/// element names (docs/mapping.md): `OrderHeader.*` and `StockLine` lines for SORTOI,
/// `Payment.*` for ARSTPY, `Item.*` for ARSTIN credit and debit notes (`Item.TransactionType`),
/// `Item.*` and `CreditLine` lines for a stock credit note (SORTCH, then SORTCL for its lines),
/// `Item.*` and `Item.JournalDetails` lines (LedgerCode, EntryAmount, Reference, Comment) for
/// GENTJL, as SYSPRO's `<PostGlJournal><Item>` and the GENTJL schema name them. Commands queued
/// by earlier builds named the journal's header `Journal.*`; those names are read as `Item.*`.
class ErpDocuments
{
    Q_DECLARE_TR_FUNCTIONS(bridge::engine::ErpDocuments)

public:
    /// The business objects the poster knows how to post.
    static QStringList supportedObjects();
    /// The target names the poster takes for a business object: header fields and per-line
    /// fields (element names without the element). Anything else a mapping fills is refused
    /// before posting. Empty for an object it does not post.
    struct PostableFields {
        QStringList header;
        QStringList lines;
    };
    static PostableFields postableFields(const QString& object);

    /// The key SYSPRO can find the document by again: CustomerPoNumber (SORTOI), Reference
    /// (ARSTPY, ARSTIN), CustomerPoNumber (SORTCH), JournalReference (GENTJL). A command without one cannot be posted
    /// exactly once and is refused.
    static Result<QString> businessKey(const QJsonObject& command);
    /// The customer and stock codes a command uses, for validation.
    static QString customer(const QJsonObject& command);
    static QStringList stockCodes(const QJsonObject& command);

    static Result<syspro::SalesOrder> salesOrder(const QJsonObject& command);
    /// SORTOI's OrderStatus is a call parameter, not part of the order: the poster posts orders
    /// with different statuses (e.g. S, suspense, for risky payments) in separate calls.
    static QString orderStatus(const QJsonObject& command);
    static Result<syspro::ArPayment> receipt(const QJsonObject& command);
    static Result<syspro::ArDocument> creditNote(const QJsonObject& command);
    /// A stock credit note (SORTCH header `Item.*`, SORTCL `CreditLine` lines): stocked lines
    /// name a StockCode, non-stocked ones a Description and an NsProductClass; at least one line.
    static Result<syspro::CreditNote> stockCreditNote(const QJsonObject& command);
    /// A GENTJL journal; refused unless its entries balance (debits equal credits).
    static Result<syspro::GlJournal> journal(const QJsonObject& command);

    /// The XmlIn that would be posted for the command on its own (bridge-cli map, the stage view).
    static Result<QString> xmlIn(const QJsonObject& command, const syspro::FieldLimits& limits);
};

} // namespace bridge::engine
