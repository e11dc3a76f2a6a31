// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

struct AuditEntry {
    qint64 id = 0;
    qint64 atMsecs = 0;
    QString actor;   ///< login of the person, or "engine" / "system"
    QString action;  ///< dotted verb: "user.roles_changed", "refund.approved", …
    QString subject; ///< what it concerns: "user:alice", "refund:42", …
    QString detail;  ///< compact JSON
    QString prevHash;
    QString hash;
};

/// The result of checking the whole chain. `ok` is false at the first row that does not fit.
struct AuditVerification {
    enum class Problem { None, ContentChanged, ChainBroken, RowMissing, BadGenesis };
    bool ok = true;
    qint64 rowsChecked = 0;
    qint64 headId = 0;
    QString headHash;
    Problem problem = Problem::None;
    std::optional<AuditEntry> firstBadRow;
    QString message; ///< translated explanation naming the row
};

/// Append-only, hash-chained audit log. Each row's hash is SHA-256 over its own fields and the
/// previous row's hash, so changing, inserting or deleting any row breaks the chain from there on.
/// The database also refuses UPDATE and DELETE on the table (triggers); `verify` catches what
/// someone with enough rights did anyway. Truncating the newest rows leaves a valid shorter chain:
/// keep the printed head hash somewhere else and pass it as `expectedHead` to detect that too.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::AuditLog)

public:
    static const QString GenesisHash;

    AuditLog(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    /// Appends in its own transaction.
    Result<AuditEntry> append(const QString& actor, const QString& action, const QString& subject,
                              const QJsonObject& detail = {});
    /// Appends inside a write transaction the caller already holds (so that an action and its
    /// audit row commit together).
    static Result<AuditEntry> appendInTransaction(QSqlDatabase& tx, bool postgres, qint64 atMsecs, const QString& actor,
                                                  const QString& action, const QString& subject,
                                                  const QJsonObject& detail = {});

    Result<AuditVerification> verify(const QString& expectedHead = {}) const;
    /// The newest entries first, at most `limit`.
    Result<QList<AuditEntry>> recent(int limit) const;

    static QString computeHash(const AuditEntry& entry);

private:
    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
