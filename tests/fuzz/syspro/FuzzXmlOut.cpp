// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Feeds arbitrary bytes, as SYSPRO might send them, to every XmlOut parser of the connector.
#include "syspro/CustomerQuery.h"
#include "syspro/GenericFind.h"
#include "syspro/GlJournal.h"
#include "syspro/InventoryQuery.h"
#include "syspro/PostingOutcome.h"
#include "syspro/SalesOrderImport.h"
#include "syspro/SalesOrderQuery.h"
#include "syspro/SysproErrors.h"
#include "syspro/Windows1252.h"

#include <cstddef>
#include <cstdint>

using namespace bridge::syspro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = Windows1252::decodeBody(bytes);
    if (SysproErrors::isErrorBody(text)) {
        (void)SysproErrors::fromErrorBody(text, QStringLiteral("fuzz"), QStringLiteral("SORTOI"), QStringLiteral("1"));
    }
    const QStringList pos{QStringLiteral("OPY-000123"), QStringLiteral("OPY-000126")};
    (void)SalesOrderImport::parse(text, pos, false);
    (void)SalesOrderImport::parse(text, pos, true);
    (void)GenericFind::parse(text);
    (void)InventoryQuery::parse(text);
    (void)SalesOrderQuery::parse(text);
    (void)CustomerQuery::parse(text);
    (void)PostingOutcome::parse(text);
    (void)GlJournalPost::parse(text, QStringLiteral("J"), QStringLiteral("1"));
    return 0;
}
