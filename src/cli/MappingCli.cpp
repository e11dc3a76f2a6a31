// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
//
// bridge-cli mapping list | diff A B | activate N | import FILE | import --template ID | export N |
// templates (issue #6's versions)
#include "cli/CliApplication.h"

#include "store/MappingVersions.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace bridge::cli {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// A version number from the command line, or 0.
qint64 versionArgument(const QString& text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v > 0 ? v : 0;
}

} // namespace

void CliApplication::mappingList(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({dbOption, jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("mapping list"),
                         tr("Lists the saved mapping versions, newest first, and which one the engine posts with. A "
                            "database without any gets the built-in default as version 1."),
                         arguments)) {
        return;
    }
    m_json = parser.isSet(jsonOption);
    withDatabase(parser.value(dbOption), [this](std::shared_ptr<store::Database> db) {
        store::MappingVersions versions(db);
        if (Result<store::MappingVersion> seeded = versions.activeOrDefault(); !seeded) {
            failWith(seeded.error());
            return;
        }
        Result<QList<store::MappingVersion>> list = versions.list();
        Result<std::optional<store::ActiveMapping>> active = versions.active();
        if (!list || !active) {
            failWith(!list ? list.error() : active.error());
            return;
        }
        const qint64 inUse = active->has_value() ? (*active)->version : 0;
        if (m_json) {
            QJsonArray rows;
            for (const store::MappingVersion& v : *list) {
                rows.append(QJsonObject{{QStringLiteral("version"), v.version},
                                        {QStringLiteral("name"), v.name},
                                        {QStringLiteral("comment"), v.comment},
                                        {QStringLiteral("createdBy"), v.createdBy},
                                        {QStringLiteral("createdAt"), isoTime(v.createdAt)},
                                        {QStringLiteral("sha256"), v.sha256},
                                        {QStringLiteral("active"), v.version == inUse}});
            }
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("versions"), rows}});
        } else {
            for (const store::MappingVersion& v : *list) {
                m_out << QStringLiteral("%1 %2  %3  %4  %5")
                             .arg(v.version, 4)
                             .arg(v.version == inUse ? QStringLiteral("*") : QStringLiteral(" "), isoTime(v.createdAt),
                                  v.createdBy.leftJustified(12), v.comment)
                      << '\n';
            }
            m_out << tr("* used for posting") << '\n';
        }
        finish(ExitOk);
    });
}

void CliApplication::mappingDiff(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({dbOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("OLDER"), tr("The older version."));
    parser.addPositionalArgument(QStringLiteral("NEWER"), tr("The newer version."));
    if (!parseSubcommand(parser, QStringLiteral("mapping diff"),
                         tr("Shows what changed from one mapping version to another, field by field, in words."),
                         arguments)) {
        return;
    }
    const QStringList args = parser.positionalArguments();
    const qint64 older = args.size() == 2 ? versionArgument(args.at(0)) : 0;
    const qint64 newer = args.size() == 2 ? versionArgument(args.at(1)) : 0;
    if (older == 0 || newer == 0) {
        usageError(tr("expected two version numbers, e.g. 'mapping diff 1 2'."), QStringLiteral("mapping diff"));
        return;
    }
    m_json = parser.isSet(jsonOption);
    withDatabase(parser.value(dbOption), [this, older, newer](std::shared_ptr<store::Database> db) {
        Result<QList<mapping::MappingChange>> changes = store::MappingVersions(db).diff(older, newer);
        if (!changes) {
            failWith(changes.error());
            return;
        }
        if (m_json) {
            QJsonArray rows;
            for (const mapping::MappingChange& c : *changes) {
                rows.append(QJsonObject{{QStringLiteral("target"), c.targetId},
                                        {QStringLiteral("object"), c.object},
                                        {QStringLiteral("field"), c.field},
                                        {QStringLiteral("before"), c.before},
                                        {QStringLiteral("after"), c.after},
                                        {QStringLiteral("summary"), c.summary()}});
            }
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("changes"), rows}});
        } else if (changes->isEmpty()) {
            m_out << tr("No differences between version %1 and version %2.").arg(older).arg(newer) << '\n';
        } else {
            for (const mapping::MappingChange& c : *changes) {
                m_out << c.summary() << '\n';
            }
        }
        finish(ExitOk);
    });
}

void CliApplication::mappingActivate(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption commentOption(QStringLiteral("comment"), tr("Why (kept in the audit log)."), tr("TEXT"));
    parser.addOptions({dbOption, commentOption});
    parser.addPositionalArgument(QStringLiteral("VERSION"), tr("The version to post with."));
    if (!parseSubcommand(parser, QStringLiteral("mapping activate"),
                         tr("Makes the engine post with this mapping version from its next start (an older version: "
                            "a rollback). Administrators only; audited."),
                         arguments)) {
        return;
    }
    const qint64 version =
        parser.positionalArguments().size() == 1 ? versionArgument(parser.positionalArguments().first()) : 0;
    if (version == 0) {
        usageError(tr("expected one version number."), QStringLiteral("mapping activate"));
        return;
    }
    const QString comment = parser.value(commentOption);
    withSignedInUser(
        parser.value(dbOption), [this, version, comment](std::shared_ptr<store::Database> db, store::UserRecord me) {
            if (Result<void> ok = store::MappingVersions(db).activate(version, me.login, comment); !ok) {
                failWith(ok.error());
                return;
            }
            m_out << tr("Version %1 is used for posting from the engine's next start.").arg(version) << '\n';
            finish(ExitOk);
        });
}

void CliApplication::mappingImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption commentOption(QStringLiteral("comment"), tr("What changed (kept with the version)."),
                                           tr("TEXT"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"), tr("A built-in template instead of a file (see 'bridge-cli mapping templates')."),
        tr("ID"));
    parser.addOptions({dbOption, commentOption, templateOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A mapping document (JSON)."));
    if (!parseSubcommand(parser, QStringLiteral("mapping import"),
                         tr("Checks a mapping file (or a built-in template) and saves it as a new version (not yet "
                            "used for posting). Administrators only; audited."),
                         arguments)) {
        return;
    }
    QString path;
    if (parser.isSet(templateOption)) {
        if (!parser.positionalArguments().isEmpty()) {
            usageError(tr("give a file or --template, not both."), QStringLiteral("mapping import"));
            return;
        }
        const QString id = parser.value(templateOption);
        for (const store::MappingTemplate& t : store::MappingVersions::templates()) {
            path = t.id == id ? t.resource : path;
        }
        if (path.isEmpty()) {
            QStringList ids;
            for (const store::MappingTemplate& t : store::MappingVersions::templates()) {
                ids.append(t.id);
            }
            usageError(
                tr("there is no mapping template \"%1\"; use one of: %2.").arg(id, ids.join(QStringLiteral(", "))),
                QStringLiteral("mapping import"));
            return;
        }
    } else if (parser.positionalArguments().size() != 1) {
        usageError(tr("expected one file name."), QStringLiteral("mapping import"));
        return;
    } else {
        path = parser.positionalArguments().first();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(Error::permanent(QStringLiteral("cli.input"),
                                  tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(file.fileName()).fileName();
    const QString comment = parser.value(commentOption);
    withSignedInUser(parser.value(dbOption), [this, bytes, name, comment](std::shared_ptr<store::Database> db,
                                                                          store::UserRecord me) {
        store::MappingVersions versions(db);
        if (Result<store::MappingVersion> seeded = versions.activeOrDefault(); !seeded) {
            failWith(seeded.error());
            return;
        }
        Result<store::MappingVersion> saved = versions.importJson(bytes, name, comment, me.login);
        if (!saved) {
            failWith(saved.error());
            return;
        }
        m_out << tr("Saved as version %1. Use 'bridge-cli mapping activate %1' to post with it.").arg(saved->version)
              << '\n';
        finish(ExitOk);
    });
}

void CliApplication::mappingExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("File to write (default: print it)."),
                                          tr("FILE"));
    parser.addOptions({dbOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("VERSION"), tr("The version to write."));
    if (!parseSubcommand(parser, QStringLiteral("mapping export"),
                         tr("Writes a mapping version as a JSON file, as 'mapping import' and --mapping read it."),
                         arguments)) {
        return;
    }
    const qint64 version =
        parser.positionalArguments().size() == 1 ? versionArgument(parser.positionalArguments().first()) : 0;
    if (version == 0) {
        usageError(tr("expected one version number."), QStringLiteral("mapping export"));
        return;
    }
    const QString output = parser.value(outputOption);
    withDatabase(parser.value(dbOption), [this, version, output](std::shared_ptr<store::Database> db) {
        Result<QByteArray> json = store::MappingVersions(db).exportJson(version);
        if (!json) {
            failWith(json.error());
            return;
        }
        if (output.isEmpty()) {
            m_out << QString::fromUtf8(*json);
        } else {
            QFile file(output);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*json) != json->size()) {
                failWith(Error::permanent(QStringLiteral("cli.output"),
                                          tr("Cannot write %1: %2").arg(output, file.errorString())));
                return;
            }
        }
        finish(ExitOk);
    });
}

void CliApplication::mappingTemplates(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("mapping templates"),
                         tr("Lists the built-in mapping templates: their id (for 'mapping import --template ID'), "
                            "their title, and the file to give 'bridge-cli map --mapping'."),
                         arguments)) {
        return;
    }
    m_json = parser.isSet(jsonOption);
    QJsonArray rows;
    for (const store::MappingTemplate& t : store::MappingVersions::templates()) {
        if (m_json) {
            rows.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("file"), t.resource}});
        } else {
            m_out << t.id.leftJustified(20) << t.resource.leftJustified(36) << t.title << '\n';
        }
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("templates"), rows}});
    }
    finish(ExitOk);
}

} // namespace bridge::cli
