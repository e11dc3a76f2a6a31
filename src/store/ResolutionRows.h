// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// What the Resolutions*.cpp files share: the proposal rows, the reconcile_results row a
// proposal resolves, and its subject. Internal to the store; not part of its interface.
#pragma once

#include "store/Resolutions.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <optional>

namespace bridge::store::resolution_rows {

/// The proposal columns fromRow() reads, with the outbox command's state joined in.
extern const QString kSelect;
/// reconcile_resolutions.subject_kind: one discrepancy, or a batch's settlement journal.
extern const QString kItem;
extern const QString kJournal;

/// NULL for an empty text or no id.
QVariant textOrNull(const QString& s);
QVariant idOrNull(const std::optional<qint64>& id);

Error refused(const QString& code, const QString& message);

ResolutionRecord fromRow(const QSqlQuery& q);

Result<QList<ResolutionRecord>> selectIn(QSqlDatabase& db, const QString& tail, const QVariantMap& bindings);

Result<std::optional<ResolutionRecord>> findIn(QSqlDatabase& db, qint64 id);

/// A reconcile_results row with what a resolution needs to know about it.
struct ResultRow {
    qint64 id = 0;
    qint64 runId = 0;
    bool lineSide = true;
    std::optional<qint64> lineRef;
    QString transactionId;
    QString batchId;
    QString discrepancyClass;
    QString counterpartTransactionId;
    std::optional<qint64> counterpartLineRef;
    Money amount{0, Currency::of("GBP")};
    qint64 differenceMinor = 0;
    std::optional<qint64> batchRef; ///< the line's batch, or the counterpart line's
    QString lineType;               ///< the settlement line's type (line side)
    std::optional<qint64> resolutionId;
};

Result<std::optional<ResultRow>> resultIn(QSqlDatabase& db, qint64 id);

/// The subject of a result: its own line or entry, plus the other side of its pair when that
/// side's row (same run) has the same class and points back at it.
struct Subject {
    std::optional<qint64> lineRef;
    QString transactionId;
};

Result<Subject> subjectOf(QSqlDatabase& db, const ResultRow& r);

/// The SQL condition "a reconcile_results row `r` of the subject"; bind subjectBindings().
extern const QString kSubjectRows;

QVariantMap subjectBindings(const std::optional<qint64>& lineRef, const QString& transactionId);

bool journalAction(ResolutionAction a);

QString classList(const QMap<QString, qint64>& byClass);

} // namespace bridge::store::resolution_rows
