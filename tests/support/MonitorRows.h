// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "store/Database.h"

#include <QString>

namespace bridge::test {

/// An inbox row as the monitor tests need it, written straight into the table.
struct Event {
    qint64 receivedAt = 0;
    QString vendorTxCode;
    QString transactionId;
    QString customer;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("GBP");
    QString status = QStringLiteral("done");
    QString stage = QStringLiteral("queued");
    QString kind = QStringLiteral("payment");
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString canonical;
    QString errorCode;
};

/// An outbox row of an event.
struct Command {
    QString kind = QStringLiteral("SORTOI");
    QString status = QStringLiteral("done");
    QString documentKey;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
};

/// The new row's inbox id.
Result<qint64> insertEvent(store::Database& database, const Event& event);
/// `at` is the event's time: the command is created 10 ms and last updated 500 ms after it.
Result<void> insertCommand(store::Database& database, qint64 inboxId, const Command& command, qint64 at);

} // namespace bridge::test
