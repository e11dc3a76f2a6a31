// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace bridge::mapping {

/// How often admins accepted or rejected one suggested connection.
struct SuggestionCounts {
    int accepted = 0;
    int rejected = 0;
};

/// What admins accepted and rejected before: source → target with counts. Sources and targets
/// are qualified by their schema ("payment:vendorTxCode", "SORTOI:OrderHeader.CustomerPoNumber")
/// so that one history serves every pair of schemas.
class SuggestionHistory
{
public:
    virtual ~SuggestionHistory() = default;
    [[nodiscard]] virtual SuggestionCounts counts(const QString& source, const QString& target) const = 0;
    virtual void record(const QString& source, const QString& target, bool accepted) = 0;
};

/// The history in memory, persisted by its caller as one JSON document (`toJson`/`fromJson`):
/// in `Settings` or in the mapping document's metadata. It has no table of its own on purpose
/// (no migration for it).
class InMemorySuggestionHistory final : public SuggestionHistory
{
    Q_DECLARE_TR_FUNCTIONS(bridge::mapping::InMemorySuggestionHistory)

public:
    [[nodiscard]] SuggestionCounts counts(const QString& source, const QString& target) const override;
    void record(const QString& source, const QString& target, bool accepted) override;

    /// {"format": "opayo-syspro-bridge/suggestion-history", "version": 1, "entries": [{"source",
    /// "target", "accepted", "rejected"}, …]} in a stable order.
    [[nodiscard]] QJsonObject toJson() const;
    static Result<InMemorySuggestionHistory> fromJson(const QJsonObject& json);

private:
    QHash<QString, SuggestionCounts> m_counts; ///< key: source + '\n' + target
};

} // namespace bridge::mapping
