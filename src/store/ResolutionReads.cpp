// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/ResolutionRows.h"
#include "store/Resolutions.h"

#include "core/CanonicalPayment.h"
#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Settlements.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>

namespace bridge::store {

using namespace resolution_rows;

Result<std::optional<ResolutionRecord>> Resolutions::find(qint64 proposalId) const
{
    std::optional<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<ResolutionRecord>> r = findIn(db, proposalId);
        if (!r) {
            return fail(r.error());
        }
        out = *r;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionRecord>> Resolutions::history(qint64 resultId) const
{
    QList<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<ResultRow>> found = resultIn(db, resultId);
        if (!found) {
            return fail(found.error());
        }
        if (!*found) {
            return fail(
                refused(QStringLiteral("unknown_result"), tr("There is no reconciliation result %1.").arg(resultId)));
        }
        Result<Subject> subject = subjectOf(db, **found);
        if (!subject) {
            return fail(subject.error());
        }
        QVariantMap b = subjectBindings(subject->lineRef, subject->transactionId);
        b.insert(QStringLiteral("class"), (*found)->discrepancyClass);
        Result<QList<ResolutionRecord>> rows = selectIn(
            db,
            QStringLiteral("WHERE s.subject_kind = 'item' AND s.class = :class AND ((s.line_ref = :subjectLine) OR "
                           "(s.transaction_id = :subjectTxn)) ORDER BY s.id DESC"),
            b);
        if (!rows) {
            return fail(rows.error());
        }
        out = *rows;
        // A fee or chargeback line answered by its batch's settlement journal.
        if (const std::optional<qint64> res = (*found)->resolutionId;
            res && std::none_of(out.cbegin(), out.cend(), [&res](const ResolutionRecord& x) { return x.id == *res; })) {
            Result<std::optional<ResolutionRecord>> journal = findIn(db, *res);
            if (!journal) {
                return fail(journal.error());
            }
            if (*journal && (*journal)->subjectKind == kJournal) {
                out.prepend(**journal);
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QHash<qint64, ResolutionRecord>> Resolutions::latestFor(const QList<qint64>& resultIds) const
{
    QHash<qint64, ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        for (qint64 id : resultIds) {
            Result<std::optional<ResultRow>> found = resultIn(db, id);
            if (!found) {
                return fail(found.error());
            }
            if (!*found || (*found)->discrepancyClass == QLatin1String("matched")) {
                continue;
            }
            Result<Subject> subject = subjectOf(db, **found);
            if (!subject) {
                return fail(subject.error());
            }
            QVariantMap b = subjectBindings(subject->lineRef, subject->transactionId);
            b.insert(QStringLiteral("class"), (*found)->discrepancyClass);
            Result<QList<ResolutionRecord>> rows = selectIn(
                db,
                QStringLiteral("WHERE s.subject_kind = 'item' AND s.class = :class AND ((s.line_ref = :subjectLine) OR "
                               "(s.transaction_id = :subjectTxn)) ORDER BY s.id DESC LIMIT 1"),
                b);
            if (!rows) {
                return fail(rows.error());
            }
            if (!rows->isEmpty()) {
                out.insert(id, rows->first());
            } else if ((*found)->resolutionId) {
                // A fee or chargeback line answered by its batch's settlement journal.
                Result<std::optional<ResolutionRecord>> journal = findIn(db, *(*found)->resolutionId);
                if (!journal) {
                    return fail(journal.error());
                }
                if (*journal) {
                    out.insert(id, **journal);
                }
            }
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionItem>> Resolutions::items(qint64 runId, const QString& discrepancyClass, int limit) const
{
    QList<ResolutionItem> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral("SELECT r.id, r.side, r.transaction_id, r.batch_id, l.seq, r.class, r.amount_minor, "
                           "r.currency, r.difference_minor, r.resolution FROM reconcile_results r LEFT JOIN "
                           "settlement_lines l ON l.id = r.line_ref WHERE r.run_id = :run AND r.class <> 'matched' "
                           "AND (:class = '' OR r.class = :class) ORDER BY r.id LIMIT :limit"),
            {{"run", runId},
             {"class", discrepancyClass.isNull() ? QStringLiteral("") : discrepancyClass},
             {"limit", limit}});
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            ResolutionItem i;
            i.resultId = q->value(0).toLongLong();
            i.side = q->value(1).toString();
            i.transactionId = q->value(2).toString();
            i.batchId = q->value(3).toString();
            i.lineSeq = q->value(4).toInt();
            i.discrepancyClass = q->value(5).toString();
            i.amount = Money(q->value(6).toLongLong(),
                             Currency::fromCode(q->value(7).toString()).value_or(Currency::of("GBP")));
            i.differenceMinor = q->value(8).toLongLong();
            i.suggested = q->value(9).toString();
            out.append(i);
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    QList<qint64> ids;
    for (const ResolutionItem& i : std::as_const(out)) {
        ids.append(i.resultId);
    }
    Result<QHash<qint64, ResolutionRecord>> latest = latestFor(ids);
    if (!latest) {
        return fail(latest.error());
    }
    for (ResolutionItem& i : out) {
        if (const auto it = latest->constFind(i.resultId); it != latest->constEnd()) {
            i.latest = *it;
        }
    }
    return out;
}

Result<std::optional<QString>> Resolutions::resultCurrency(qint64 resultId) const
{
    std::optional<QString> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db, QStringLiteral("SELECT currency FROM reconcile_results WHERE id = :id"), {{"id", resultId}});
        if (!q) {
            return fail(q.error());
        }
        if (q->next()) {
            out = q->value(0).toString();
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionRecord>> Resolutions::awaitingApproval(int limit) const
{
    QList<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QList<ResolutionRecord>> rows =
            selectIn(db, QStringLiteral("WHERE s.state = 'proposed' ORDER BY s.id LIMIT :limit"),
                     {{QStringLiteral("limit"), limit}});
        if (!rows) {
            return fail(rows.error());
        }
        out = *rows;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<ResolutionRecord>> Resolutions::batchJournals(qint64 batchRef) const
{
    QList<ResolutionRecord> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QList<ResolutionRecord>> rows = selectIn(
            db, QStringLiteral("WHERE s.subject_kind = 'settlement_journal' AND s.batch_ref = :b ORDER BY s.id DESC"),
            {{QStringLiteral("b"), batchRef}});
        if (!rows) {
            return fail(rows.error());
        }
        out = *rows;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

} // namespace bridge::store
