// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Permissions.h"
#include "store/ChargebackCommands.h"
#include "store/ChargebackCsv.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

enum class ChargebackState { Received, Disputed, Won, Lost };

/// "received", "disputed", "won", "lost": the value stored in the database.
QString chargebackStateId(ChargebackState state);
std::optional<ChargebackState> chargebackStateFromId(const QString& id);

/// A chargeback as entered by hand or read from an acquirer's file.
struct NewChargeback {
    QString transactionId; ///< Opayo's transactionId of the disputed payment
    QString acquirer;
    QString acquirerReference; ///< the acquirer's case reference
    Money amount{0, Currency::of("GBP")};
    Money fee{0, Currency::of("GBP")}; ///< same currency as the amount; zero: no fee
    QString reasonCode;
    QString reason;
    QDate receivedOn; ///< the acquirer's date; invalid: today (UTC)
};

struct Chargeback {
    qint64 id = 0;
    QString transactionId;
    QString vendorTxCode; ///< empty when the bridge never posted the payment
    QString customer;     ///< likewise
    QString acquirer;
    QString acquirerReference;
    Money amount{0, Currency::of("GBP")};
    Money fee{0, Currency::of("GBP")};
    QString reasonCode;
    QString reason;
    ChargebackState state = ChargebackState::Received;
    QDate receivedOn;
    QString source; ///< manual, import
    QString receivedBy;
    qint64 receivedAt = 0;
    QString disputedBy;
    qint64 disputedAt = 0;
    QString decidedBy;
    qint64 decidedAt = 0;
    std::optional<qint64> debitNoteOutboxId; ///< a loss: the ARSTIN command
    std::optional<qint64> journalOutboxId;   ///< a loss with a fee: the GENTJL command
    QString debitNoteStatus;                 ///< the commands' outbox status (pending … done, dead)
    QString debitNoteDocument;               ///< SYSPRO's document number once posted
    QString journalStatus;
    QString journalDocument;
};

/// What an import did. Refused lines are named with their line number and why; the good lines
/// are imported all the same, and a line whose acquirer reference is already known is counted,
/// not refused (importing the same file twice changes nothing).
struct ChargebackImport {
    struct Refused {
        int line = 0;
        QString reason;
    };
    int lines = 0; ///< data lines read
    QList<qint64> imported;
    int alreadyKnown = 0;
    QList<Refused> refused;
};

/// Chargebacks (issue #9): recorded by hand or imported, disputed, won or lost. Every change
/// commits in one transaction with its audit row; a new chargeback raises an alert (kind
/// "chargeback") in the same transaction; a loss queues its SYSPRO documents (ChargebackCommands)
/// in the same transaction as the state change. Recording, importing and disputing need
/// Action::PrepareRefund; marking won or lost is an approval (Action::ApproveRefund, and not by
/// whoever recorded it).
class Chargebacks
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::Chargebacks)

public:
    Chargebacks(std::shared_ptr<Database> database, ChargebackPosting posting, const Clock& clock = Clock::system());

    /// One chargeback entered by hand; its id. A reference the acquirer already has is refused.
    Result<qint64> record(const NewChargeback& chargeback, const QString& actor, RoleSet roles);
    /// An acquirer's CSV file; `defaultAcquirer` is used when the file has no acquirer column
    /// (or the cell is empty). Fails as a whole only when the file cannot be read at all.
    Result<ChargebackImport> importCsv(const QByteArray& content, const QString& fileName,
                                       const ChargebackCsvLayout& layout, const QString& defaultAcquirer,
                                       const QString& actor, RoleSet roles);
    /// received -> disputed, won or lost; disputed -> won or lost. A loss queues the debit note
    /// and (with a fee) the fee journal.
    Result<void> setState(qint64 id, ChargebackState to, const QString& actor, RoleSet roles);

    /// Newest first (received_at, id), at most `limit`.
    Result<QList<Chargeback>> list(int limit = 500) const;
    Result<std::optional<Chargeback>> find(qint64 id) const;

    /// Whether the state machine allows the move (nothing about who asks).
    [[nodiscard]] static bool allowed(ChargebackState from, ChargebackState to);
    /// Everything setState checks before it writes: the move, the permission and maker-checker.
    /// The console enables its buttons with it and shows the message as the reason.
    static Result<void> mayChange(const Chargeback& chargeback, ChargebackState to, const QString& actor,
                                  RoleSet roles);

private:
    std::shared_ptr<Database> m_database;
    ChargebackPosting m_posting;
    const Clock& m_clock;
};

} // namespace bridge::store
