// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/AuditLog.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace bridge::store {

const QString AuditLog::GenesisHash = QString(64, QLatin1Char('0'));

namespace {
constexpr qint64 kAuditLockKey = 0x4f5341; // pg_advisory_xact_lock key that serialises appends
constexpr int kVerifyPageSize = 5000;

AuditEntry entryFrom(const QSqlQuery& q)
{
    return AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(),   q.value(5).toString(),   q.value(6).toString(), q.value(7).toString()};
}

const QString kColumns = QStringLiteral("id, at_ms, actor, action, subject, detail, prev_hash, hash");
} // namespace

AuditLog::AuditLog(std::shared_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Unit separators keep field boundaries unambiguous ("ab"+"c" ≠ "a"+"bc").
    const QChar us(0x1f);
    const QString canonical = QString::number(e.id) + us + QString::number(e.atMsecs) + us + e.actor + us + e.action +
                              us + e.subject + us + e.detail + us + e.prevHash;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<AuditEntry> AuditLog::appendInTransaction(QSqlDatabase& tx, bool postgres, qint64 atMsecs, const QString& actor,
                                                 const QString& action, const QString& subject,
                                                 const QJsonObject& detail)
{
    if (postgres) {
        if (auto locked = Database::exec(tx, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAuditLockKey));
            !locked) {
            return fail(locked.error());
        }
    }
    Result<QSqlQuery> head =
        Database::exec(tx, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!head) {
        return fail(head.error());
    }
    AuditEntry entry;
    entry.id = 1;
    entry.prevHash = GenesisHash;
    if (head->next()) {
        entry.id = head->value(0).toLongLong() + 1;
        entry.prevHash = head->value(1).toString();
    }
    entry.atMsecs = atMsecs;
    entry.actor = actor;
    entry.action = action;
    entry.subject = subject;
    entry.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    entry.hash = computeHash(entry);
    Result<QSqlQuery> inserted = Database::exec(
        tx,
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (:id, :at, :actor, :action, :subject, :detail, :prev, :hash)")
            .arg(kColumns),
        {{"id", entry.id},
         {"at", entry.atMsecs},
         {"actor", entry.actor},
         {"action", entry.action},
         {"subject", entry.subject},
         {"detail", entry.detail},
         {"prev", entry.prevHash},
         {"hash", entry.hash}});
    if (!inserted) {
        return fail(inserted.error());
    }
    return entry;
}

Result<AuditEntry> AuditLog::append(const QString& actor, const QString& action, const QString& subject,
                                    const QJsonObject& detail)
{
    AuditEntry appended;
    const bool postgres = m_database->isPostgres();
    const qint64 now = m_clock.nowMsecs();
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        Result<AuditEntry> entry = appendInTransaction(tx, postgres, now, actor, action, subject, detail);
        if (!entry) {
            return fail(entry.error());
        }
        appended = *entry;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return appended;
}

Result<AuditVerification> AuditLog::verify(const QString& expectedHead) const
{
    Result<QSqlDatabase> connection = m_database->connection();
    if (!connection) {
        return fail(connection.error());
    }
    QSqlDatabase db = *connection;
    AuditVerification v;
    QString previousHash = GenesisHash;
    qint64 expectedId = 1;
    auto bad = [&](AuditVerification::Problem problem, const AuditEntry& row, const QString& message) {
        v.ok = false;
        v.problem = problem;
        v.firstBadRow = row;
        v.message = message;
    };
    const auto describe = [](const AuditEntry& row) {
        return tr("row %1 (%2 by %3 at %4)")
            .arg(row.id)
            .arg(row.action, row.actor,
                 QDateTime::fromMSecsSinceEpoch(row.atMsecs, Qt::UTC).toString(Qt::ISODateWithMs));
    };
    // Keyset pagination keeps memory flat however long the log is.
    qint64 lastId = 0;
    while (v.ok) {
        Result<QSqlQuery> page =
            Database::exec(db,
                           QStringLiteral("SELECT %1 FROM audit_log WHERE id > :after ORDER BY id LIMIT %2")
                               .arg(kColumns)
                               .arg(kVerifyPageSize),
                           {{"after", lastId}});
        if (!page) {
            return fail(page.error());
        }
        int rows = 0;
        while (page->next()) {
            ++rows;
            const AuditEntry row = entryFrom(*page);
            lastId = row.id;
            if (row.id != expectedId) {
                bad(AuditVerification::Problem::RowMissing, row,
                    tr("Audit log tampered at %1: rows %2 to %3 are missing (deleted).")
                        .arg(describe(row))
                        .arg(expectedId)
                        .arg(row.id - 1));
                break;
            }
            if (row.prevHash != previousHash) {
                bad(row.id == 1 ? AuditVerification::Problem::BadGenesis : AuditVerification::Problem::ChainBroken, row,
                    tr("Audit log tampered at %1: it does not follow the row before it (the chain is broken; a row "
                       "was replaced or inserted).")
                        .arg(describe(row)));
                break;
            }
            if (computeHash(row) != row.hash) {
                bad(AuditVerification::Problem::ContentChanged, row,
                    tr("Audit log tampered at %1: its contents were changed after it was written (stored hash %2…, "
                       "computed %3…).")
                        .arg(describe(row), row.hash.left(12), computeHash(row).left(12)));
                break;
            }
            previousHash = row.hash;
            ++expectedId;
            ++v.rowsChecked;
            v.headId = row.id;
            v.headHash = row.hash;
        }
        if (rows < kVerifyPageSize) {
            break;
        }
    }
    if (v.ok && !expectedHead.isEmpty() && expectedHead != v.headHash) {
        v.ok = false;
        v.message = tr("Audit log does not end at the expected head %1…; it ends at row %2 with %3…. Rows may have "
                       "been removed from the end.")
                        .arg(expectedHead.left(12))
                        .arg(v.headId)
                        .arg(v.headHash.left(12));
        v.problem = AuditVerification::Problem::RowMissing;
    }
    if (v.ok) {
        v.message = tr("Audit log intact: %n row(s) verified.", nullptr, static_cast<int>(v.rowsChecked));
    }
    return v;
}

Result<QList<AuditEntry>> AuditLog::recent(int limit) const
{
    QList<AuditEntry> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q =
            Database::exec(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT :limit").arg(kColumns),
                           {{"limit", limit}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            out.append(entryFrom(*q));
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

} // namespace bridge::store
