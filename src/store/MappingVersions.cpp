// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "store/MappingVersions.h"

#include "core/Permissions.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bridge::store {

const QString MappingVersions::SystemActor = QStringLiteral("system");
const QString MappingVersions::DefaultResource = QStringLiteral(":/mappings/default.json");

namespace {

const QString kSelect = QStringLiteral(
    "SELECT version, name, comment, document, sha256, based_on, created_by, created_at FROM mapping_versions ");

QByteArray compactJson(const QJsonObject& document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

MappingVersion fromRow(const QSqlQuery& q)
{
    MappingVersion v;
    v.version = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.comment = q.value(2).toString();
    v.document = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    v.sha256 = q.value(4).toString();
    if (!q.value(5).isNull()) {
        v.basedOn = q.value(5).toLongLong();
    }
    v.createdBy = q.value(6).toString();
    v.createdAt = q.value(7).toLongLong();
    return v;
}

Result<std::optional<MappingVersion>> findIn(QSqlDatabase& db, qint64 version)
{
    Result<QSqlQuery> q = Database::exec(db, kSelect + QStringLiteral("WHERE version = :v"), {{"v", version}});
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return std::optional<MappingVersion>{};
    }
    return std::optional<MappingVersion>{fromRow(*q)};
}

Result<std::optional<ActiveMapping>> activeIn(QSqlDatabase& db)
{
    Result<QSqlQuery> q = Database::exec(
        db, QStringLiteral("SELECT version, activated_by, activated_at FROM mapping_active WHERE id = 1"));
    if (!q) {
        return fail(q.error());
    }
    if (!q->next()) {
        return std::optional<ActiveMapping>{};
    }
    return std::optional<ActiveMapping>{
        ActiveMapping{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()}};
}

/// The actor's roles as stored now, read in the caller's transaction, and the permission check.
Result<void> mayDo(QSqlDatabase& tx, const QString& actor, Action action)
{
    Result<QSqlQuery> q = Database::exec(tx, QStringLiteral("SELECT role FROM user_roles WHERE login = :login"),
                                         {{"login", actor.trimmed().toLower()}});
    if (!q) {
        return fail(q.error());
    }
    RoleSet roles;
    while (q->next()) {
        if (const std::optional<Role> role = Permissions::roleFromId(q->value(0).toString())) {
            roles.add(*role);
        }
    }
    return Permissions::check(actor, roles, action);
}

Error unknownVersion(qint64 version)
{
    return Error::permanent(QStringLiteral("mapping.unknown_version"),
                            MappingVersions::tr("There is no mapping version %1. The Mappings page lists the "
                                                "saved versions.")
                                .arg(version));
}

/// Inserts the next version and its audit row in the caller's transaction.
Result<MappingVersion> insertVersion(QSqlDatabase& tx, bool postgres, qint64 now, const mapping::MappingDocument& doc,
                                     const QString& comment, const QString& actor, std::optional<qint64> basedOn)
{
    if (postgres) {
        // Two admins saving at once get consecutive numbers, not a key conflict.
        if (auto locked = Database::exec(tx, QStringLiteral("LOCK TABLE mapping_versions IN EXCLUSIVE MODE"));
            !locked) {
            return fail(locked.error());
        }
    }
    const QJsonObject json = doc.toJson();
    const QByteArray bytes = compactJson(json);
    const QString sha = sha256Of(bytes);
    Result<QSqlQuery> newest = Database::exec(
        tx, QStringLiteral("SELECT version, sha256 FROM mapping_versions ORDER BY version DESC LIMIT 1"));
    if (!newest) {
        return fail(newest.error());
    }
    qint64 next = 1;
    if (newest->next()) {
        next = newest->value(0).toLongLong() + 1;
        if (newest->value(1).toString() == sha) {
            return fail(Error::permanent(QStringLiteral("mapping.unchanged"),
                                         MappingVersions::tr("Nothing to save: the mapping is the same as version %1.")
                                             .arg(newest->value(0).toLongLong())));
        }
    }
    if (basedOn) {
        Result<std::optional<MappingVersion>> base = findIn(tx, *basedOn);
        if (!base) {
            return fail(base.error());
        }
        if (!base->has_value()) {
            return fail(unknownVersion(*basedOn));
        }
    }
    MappingVersion v;
    v.version = next;
    v.name = doc.name;
    v.comment = comment.trimmed();
    v.document = json;
    v.sha256 = sha;
    v.basedOn = basedOn;
    v.createdBy = actor;
    v.createdAt = now;
    Result<QSqlQuery> inserted = Database::exec(
        tx,
        QStringLiteral("INSERT INTO mapping_versions (version, name, comment, document, sha256, based_on, created_by, "
                       "created_at) VALUES (:version, :name, :comment, :document, :sha, :based, :by, :at)"),
        {{"version", v.version},
         {"name", v.name},
         {"comment", v.comment.isNull() ? QStringLiteral("") : v.comment},
         {"document", QString::fromUtf8(bytes)},
         {"sha", sha},
         {"based", basedOn ? QVariant(*basedOn) : QVariant(QMetaType::fromType<qint64>())},
         {"by", actor},
         {"at", now}});
    if (!inserted) {
        return fail(inserted.error());
    }
    QJsonObject detail{
        {QStringLiteral("name"), v.name}, {QStringLiteral("comment"), v.comment}, {QStringLiteral("sha256"), sha}};
    if (basedOn) {
        detail.insert(QStringLiteral("basedOn"), *basedOn);
    }
    if (Result<AuditEntry> audit =
            AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("mapping.saved"),
                                          QStringLiteral("mapping:%1").arg(v.version), detail);
        !audit) {
        return fail(audit.error());
    }
    return v;
}

Result<void> setActive(QSqlDatabase& tx, bool postgres, qint64 now, qint64 version, const QString& actor,
                       const QString& comment)
{
    Result<std::optional<ActiveMapping>> before = activeIn(tx);
    if (!before) {
        return fail(before.error());
    }
    if (before->has_value() && (*before)->version == version) {
        return fail(Error::permanent(QStringLiteral("mapping.already_active"),
                                     MappingVersions::tr("Version %1 is already the active mapping.").arg(version)));
    }
    Result<QSqlQuery> q = Database::exec(
        tx,
        QStringLiteral(
            "INSERT INTO mapping_active (id, version, activated_by, activated_at) VALUES (1, :v, :by, :at) "
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version, activated_by = excluded.activated_by, "
            "activated_at = excluded.activated_at"),
        {{"v", version}, {"by", actor}, {"at", now}});
    if (!q) {
        return fail(q.error());
    }
    const bool rollback = before->has_value() && version < (*before)->version;
    QJsonObject detail{{QStringLiteral("version"), version}, {QStringLiteral("comment"), comment.trimmed()}};
    if (before->has_value()) {
        detail.insert(QStringLiteral("previous"), (*before)->version);
    }
    return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor,
                                                rollback ? QStringLiteral("mapping.rolled_back")
                                                         : QStringLiteral("mapping.activated"),
                                                QStringLiteral("mapping:%1").arg(version), detail));
}

} // namespace

MappingVersions::MappingVersions(std::shared_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QList<MappingTemplate> MappingVersions::templates()
{
    return {
        {QStringLiteral("default"), tr("Default: sales order, AR receipt and credit notes for refunds"),
         DefaultResource},
        {QStringLiteral("salesOrderReceipt"), tr("Sales order + AR receipt"),
         QStringLiteral(":/mappings/sales-order-receipt.json")},
        {QStringLiteral("receiptOnly"), tr("AR receipt only (unapplied cash)"),
         QStringLiteral(":/mappings/receipt-only.json")},
        {QStringLiteral("stockCreditNotes"), tr("Sales order, AR receipt and sales credit notes for refunds"),
         QStringLiteral(":/mappings/stock-credit-notes.json")},
        {QStringLiteral("glJournalOnly"), tr("GL journal only"), QStringLiteral(":/mappings/gl-journal-only.json")}};
}

Result<mapping::MappingDocument> MappingVersions::loadTemplate(const QString& id)
{
    for (const MappingTemplate& t : templates()) {
        if (t.id == id) {
            return mapping::MappingDocument::fromFile(t.resource);
        }
    }
    return fail(Error::permanent(QStringLiteral("mapping.unknown_template"),
                                 tr("There is no mapping template \"%1\".").arg(id)));
}

Result<MappingVersion> MappingVersions::save(const mapping::MappingDocument& document, const QString& comment,
                                             const QString& actor, std::optional<qint64> basedOn)
{
    // Whatever the caller built, only a document that loads is saved.
    Result<mapping::MappingDocument> checked = mapping::MappingDocument::fromJson(document.toJson());
    if (!checked) {
        return fail(checked.error());
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    MappingVersion out;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        if (Result<void> allowed = mayDo(tx, actor, Action::EditMappings); !allowed) {
            return allowed;
        }
        Result<MappingVersion> v = insertVersion(tx, postgres, now, *checked, comment, actor, basedOn);
        if (!v) {
            return fail(v.error());
        }
        out = *v;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<MappingVersion> MappingVersions::importJson(const QByteArray& json, const QString& origin,
                                                   const QString& comment, const QString& actor)
{
    Result<mapping::MappingDocument> doc = mapping::MappingDocument::fromBytes(json, origin);
    if (!doc) {
        return fail(doc.error());
    }
    return save(*doc, comment.trimmed().isEmpty() ? tr("Imported from %1").arg(origin) : comment, actor);
}

Result<QByteArray> MappingVersions::exportJson(qint64 version) const
{
    Result<std::optional<MappingVersion>> v = find(version);
    if (!v) {
        return fail(v.error());
    }
    if (!v->has_value()) {
        return fail(unknownVersion(version));
    }
    return QJsonDocument((*v)->document).toJson(QJsonDocument::Indented);
}

Result<QList<MappingVersion>> MappingVersions::list() const
{
    QList<MappingVersion> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(db, kSelect + QStringLiteral("ORDER BY version DESC"));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            out.append(fromRow(*q));
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<std::optional<MappingVersion>> MappingVersions::find(qint64 version) const
{
    std::optional<MappingVersion> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<MappingVersion>> v = findIn(db, version);
        if (!v) {
            return fail(v.error());
        }
        out = *v;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<std::optional<ActiveMapping>> MappingVersions::active() const
{
    std::optional<ActiveMapping> out;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<std::optional<ActiveMapping>> a = activeIn(db);
        if (!a) {
            return fail(a.error());
        }
        out = *a;
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<void> MappingVersions::activate(qint64 version, const QString& actor, const QString& comment)
{
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        if (Result<void> allowed = mayDo(tx, actor, Action::ActivateMapping); !allowed) {
            return allowed;
        }
        Result<std::optional<MappingVersion>> v = findIn(tx, version);
        if (!v) {
            return fail(v.error());
        }
        if (!v->has_value()) {
            return fail(unknownVersion(version));
        }
        return setActive(tx, postgres, now, version, actor, comment);
    });
}

Result<MappingVersion> MappingVersions::activeOrDefault()
{
    Result<std::optional<ActiveMapping>> current = active();
    if (!current) {
        return fail(current.error());
    }
    if (current->has_value()) {
        Result<std::optional<MappingVersion>> v = find((*current)->version);
        if (!v) {
            return fail(v.error());
        }
        if (v->has_value()) {
            return **v;
        }
    }
    Result<mapping::MappingDocument> builtIn = mapping::MappingDocument::fromFile(DefaultResource);
    if (!builtIn) {
        return fail(builtIn.error());
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    MappingVersion out;
    Result<void> ok = m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        // Another process may have seeded or activated meanwhile.
        Result<std::optional<ActiveMapping>> again = activeIn(tx);
        if (!again) {
            return fail(again.error());
        }
        if (again->has_value()) {
            Result<std::optional<MappingVersion>> v = findIn(tx, (*again)->version);
            if (!v) {
                return fail(v.error());
            }
            out = **v;
            return {};
        }
        Result<QSqlQuery> any = Database::exec(tx, QStringLiteral("SELECT COUNT(*) FROM mapping_versions"));
        if (!any) {
            return fail(any.error());
        }
        if (any->next() && any->value(0).toLongLong() > 0) {
            return fail(Error::configuration(
                QStringLiteral("mapping.none_active"),
                MappingVersions::tr("No mapping version is active. An administrator activates one on the Mappings "
                                    "page (or with bridge-cli mapping activate).")));
        }
        Result<MappingVersion> v =
            insertVersion(tx, postgres, now, *builtIn, MappingVersions::tr("The built-in default mapping."),
                          SystemActor, std::nullopt);
        if (!v) {
            return fail(v.error());
        }
        out = *v;
        return setActive(tx, postgres, now, v->version, SystemActor, {});
    });
    if (!ok) {
        return fail(ok.error());
    }
    return out;
}

Result<QList<mapping::MappingChange>> MappingVersions::diff(qint64 older, qint64 newer) const
{
    Result<std::optional<MappingVersion>> a = find(older);
    if (!a) {
        return fail(a.error());
    }
    Result<std::optional<MappingVersion>> b = find(newer);
    if (!b) {
        return fail(b.error());
    }
    if (!a->has_value()) {
        return fail(unknownVersion(older));
    }
    if (!b->has_value()) {
        return fail(unknownVersion(newer));
    }
    Result<mapping::MappingDocument> docA = mapping::MappingDocument::fromJson((*a)->document);
    if (!docA) {
        return fail(docA.error());
    }
    Result<mapping::MappingDocument> docB = mapping::MappingDocument::fromJson((*b)->document);
    if (!docB) {
        return fail(docB.error());
    }
    return mapping::MappingDiff::compare(*docA, *docB);
}

Result<QJsonObject> MappingVersions::suggestionHistory() const
{
    QJsonArray entries;
    Result<void> ok = m_database->read([&](QSqlDatabase& db) -> Result<void> {
        Result<QSqlQuery> q = Database::exec(
            db,
            QStringLiteral(
                "SELECT source, target, accepted, rejected FROM mapping_suggestion_history ORDER BY source, target"));
        if (!q) {
            return fail(q.error());
        }
        while (q->next()) {
            entries.append(QJsonObject{{QStringLiteral("source"), q->value(0).toString()},
                                       {QStringLiteral("target"), q->value(1).toString()},
                                       {QStringLiteral("accepted"), q->value(2).toLongLong()},
                                       {QStringLiteral("rejected"), q->value(3).toLongLong()}});
        }
        return {};
    });
    if (!ok) {
        return fail(ok.error());
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("opayo-syspro-bridge/suggestion-history")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("entries"), entries}};
}

Result<void> MappingVersions::recordSuggestions(const QList<SuggestionDecision>& decisions, const QString& actor)
{
    if (decisions.isEmpty()) {
        return {};
    }
    const qint64 now = m_clock.nowMsecs();
    const bool postgres = m_database->isPostgres();
    return m_database->write([&](QSqlDatabase& tx) -> Result<void> {
        if (Result<void> allowed = mayDo(tx, actor, Action::EditMappings); !allowed) {
            return allowed;
        }
        QJsonArray detail;
        for (const SuggestionDecision& d : decisions) {
            Result<QSqlQuery> q = Database::exec(
                tx,
                QStringLiteral("INSERT INTO mapping_suggestion_history (source, target, accepted, rejected) VALUES "
                               "(:s, :t, :a, :r) ON CONFLICT (source, target) DO UPDATE SET accepted = "
                               "mapping_suggestion_history.accepted + excluded.accepted, rejected = "
                               "mapping_suggestion_history.rejected + excluded.rejected"),
                {{"s", d.source}, {"t", d.target}, {"a", d.accepted ? 1 : 0}, {"r", d.accepted ? 0 : 1}});
            if (!q) {
                return fail(q.error());
            }
            detail.append(QJsonObject{{QStringLiteral("source"), d.source},
                                      {QStringLiteral("target"), d.target},
                                      {QStringLiteral("accepted"), d.accepted}});
        }
        return asVoid(AuditLog::appendInTransaction(tx, postgres, now, actor, QStringLiteral("mapping.suggestions"),
                                                    QStringLiteral("mapping"),
                                                    QJsonObject{{QStringLiteral("decisions"), detail}}));
    });
}

} // namespace bridge::store
