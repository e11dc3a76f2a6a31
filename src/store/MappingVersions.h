// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "mapping/MappingDiff.h"
#include "mapping/MappingDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace bridge::store {

class Database;

/// One saved mapping version. Versions are numbered 1, 2, … and never change.
struct MappingVersion {
    qint64 version = 0;
    QString name;
    QString comment;
    QJsonObject document;
    QString sha256; ///< of the compact JSON document
    std::optional<qint64> basedOn;
    QString createdBy;
    qint64 createdAt = 0;
};

struct ActiveMapping {
    qint64 version = 0;
    QString activatedBy;
    qint64 activatedAt = 0;
};

/// A built-in starting point for a new mapping (resources/mappings/).
struct MappingTemplate {
    QString id;
    QString title; ///< translated
    QString resource;
};

/// An admin's decision on a suggested connection (schema-qualified paths, as
/// mapping::SuggestionEngine::qualified gives them).
struct SuggestionDecision {
    QString source;
    QString target;
    bool accepted = true;
};

/// Mapping versions (issue #6, migration 0013): save (a new immutable version, audited), list,
/// diff, activate and roll back (admin only, checked against the roles stored for the actor in
/// the same transaction as the change and its audit row), import and export. The engine maps
/// with the active version; a store that has none gets the built-in default as version 1.
/// Also the stored history of accepted and rejected suggestions.
class MappingVersions
{
    Q_DECLARE_TR_FUNCTIONS(bridge::store::MappingVersions)

public:
    /// Who saves the built-in default when a store has no version yet.
    static const QString SystemActor;
    static const QString DefaultResource; ///< ":/mappings/default.json"

    explicit MappingVersions(std::shared_ptr<Database> database, const Clock& clock = Clock::system());

    static QList<MappingTemplate> templates();
    static Result<mapping::MappingDocument> loadTemplate(const QString& id);

    /// Validates the document and saves it as the next version. `basedOn` is the version the
    /// editor started from (for the record; nothing is refused because of it). A document equal
    /// to the newest version is refused (nothing to save).
    Result<MappingVersion> save(const mapping::MappingDocument& document, const QString& comment, const QString& actor,
                                std::optional<qint64> basedOn = {});
    /// A JSON file as a new version ("import"); problems name the file, line and field.
    Result<MappingVersion> importJson(const QByteArray& json, const QString& origin, const QString& comment,
                                      const QString& actor);
    /// The version's document, indented, as a file would hold it ("export").
    Result<QByteArray> exportJson(qint64 version) const;

    /// Newest first.
    Result<QList<MappingVersion>> list() const;
    Result<std::optional<MappingVersion>> find(qint64 version) const;
    Result<std::optional<ActiveMapping>> active() const;
    /// Makes the version the one the engine uses (a rollback when it is older than the active
    /// one; audited as such). Admin only.
    Result<void> activate(qint64 version, const QString& actor, const QString& comment = {});
    /// The active version; when the store has no version at all, the built-in default is saved
    /// as version 1 by "system" and activated (audited), so that every store has one.
    Result<MappingVersion> activeOrDefault();
    /// Field by field from `older` to `newer`.
    Result<QList<mapping::MappingChange>> diff(qint64 older, qint64 newer) const;

    /// The stored history in InMemorySuggestionHistory's JSON form.
    Result<QJsonObject> suggestionHistory() const;
    /// Adds decisions to the history (one commit). Admin only, like editing the mapping.
    Result<void> recordSuggestions(const QList<SuggestionDecision>& decisions, const QString& actor);

private:
    std::shared_ptr<Database> m_database;
    const Clock& m_clock;
};

} // namespace bridge::store
