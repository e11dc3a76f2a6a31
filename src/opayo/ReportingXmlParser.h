// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "opayo/ReportingTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bridge::opayo {

/// A parsed element of a Reporting API answer: name, text and children.
struct ReportingNode {
    QString name;
    QString text;
    QList<ReportingNode> children;

    [[nodiscard]] const ReportingNode* child(QStringView childName) const;
    [[nodiscard]] QString value(QStringView childName) const;
};

/// Reads Reporting & Admin API answers: ISO-8859-1 (declared or not) or UTF-8 XML, lower-case
/// element names matched case-insensitively, `errorcode` other than 0000 turned into a typed
/// error, amounts as exact decimals, UK dates. Bounded: depth and element count are capped.
class ReportingXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(bridge::opayo::ReportingXmlParser)

public:
    /// The <vspaccess> root, or the error in it.
    [[nodiscard]] static Result<ReportingNode> parse(const QByteArray& body);

    [[nodiscard]] static Result<ReportingTransactionPage> transactionPage(const ReportingNode& root);
    [[nodiscard]] static Result<ReportingTransactionDetail> transactionDetail(const ReportingNode& root);
    [[nodiscard]] static Result<QList<ReportingBatch>> batches(const ReportingNode& root);

    /// "dd/mm/yyyy hh:mm:ss[.zzz]" in UK time → UTC; invalid QDateTime if it does not parse.
    [[nodiscard]] static QDateTime parseUkDate(const QString& text);
};

} // namespace bridge::opayo
