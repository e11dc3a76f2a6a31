// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "cli/CliApplication.h"

#include "core/Settings.h"
#include "credentials/CredentialStore.h"
#include "engine/DatabaseOpener.h"
#include "engine/DemoData.h"
#include "logging/Log.h"
#include "store/AuditLog.h"
#include "store/UserDirectory.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bridge::cli {

namespace {
QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QJsonArray roleArray(RoleSet roles)
{
    QJsonArray out;
    for (Role r : roles.roles()) {
        out.append(Permissions::roleId(r));
    }
    return out;
}
} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CliApplication::~CliApplication() = default;

QList<CliApplication::Command> CliApplication::commands()
{
    return {
        {QStringLiteral("status"), tr("Show the data folder, settings, database, schema version and audit state"),
         [this](const QStringList& a) { status(a); }},
        {QStringLiteral("audit verify"),
         tr("Check that the audit log is complete and unchanged; names the first bad row"),
         [this](const QStringList& a) { auditVerify(a); }},
        {QStringLiteral("audit show"), tr("Print the most recent audit log entries"),
         [this](const QStringList& a) { auditShow(a); }},
        {QStringLiteral("users list"), tr("List users and their roles"),
         [this](const QStringList& a) { usersList(a); }},
        {QStringLiteral("users set-roles"), tr("Replace a user's roles (administrators only)"),
         [this](const QStringList& a) { usersSetRoles(a); }},
        {QStringLiteral("chargeback list"), tr("List chargebacks, newest first"),
         [this](const QStringList& a) { chargebackList(a); }},
        {QStringLiteral("chargeback import"), tr("Import an acquirer's chargeback CSV file"),
         [this](const QStringList& a) { chargebackImport(a); }},
        {QStringLiteral("chargeback record"), tr("Record one chargeback by hand"),
         [this](const QStringList& a) { chargebackRecord(a); }},
        {QStringLiteral("resolution"),
         tr("Resolve reconciliation discrepancies: items, propose, approve, reject, list, journal, close"),
         [this](const QStringList& a) { resolution(a); }},
        {QStringLiteral("chargeback set"), tr("Mark a chargeback disputed, won or lost (lost posts it to SYSPRO)"),
         [this](const QStringList& a) { chargebackSet(a); }},
        {QStringLiteral("mapping list"), tr("List the saved mapping versions and which one is used for posting"),
         [this](const QStringList& a) { mappingList(a); }},
        {QStringLiteral("mapping diff"), tr("Show what changed between two mapping versions, field by field"),
         [this](const QStringList& a) { mappingDiff(a); }},
        {QStringLiteral("mapping activate"), tr("Use a mapping version for posting (administrators only)"),
         [this](const QStringList& a) { mappingActivate(a); }},
        {QStringLiteral("mapping import"),
         tr("Save a mapping file or a template as a new version (administrators only)"),
         [this](const QStringList& a) { mappingImport(a); }},
        {QStringLiteral("mapping templates"), tr("List the built-in mapping templates"),
         [this](const QStringList& a) { mappingTemplates(a); }},
        {QStringLiteral("mapping export"), tr("Write a mapping version as a file"),
         [this](const QStringList& a) { mappingExport(a); }},
        {QStringLiteral("reconcile"),
         tr("Fetch settlement batches, match them with the ledger and SYSPRO, store and print the result"),
         [this](const QStringList& a) { reconcile(a); }},
        {QStringLiteral("demo"), tr("Run the engine against the built-in sandboxes and a simulated shop"),
         [this](const QStringList& a) { demo(a); }},
        {QStringLiteral("map"), tr("Print the SYSPRO XmlIn a mapping makes of a payment, or its errors"),
         [this](const QStringList& a) { map(a); }},
        {QStringLiteral("run"), tr("Run the sync engine as a service until stopped (SIGTERM or Ctrl+C)"),
         [this](const QStringList& a) { runEngine(a); }},
        {QStringLiteral("replay"), tr("Send a dead-lettered event or command through the engine again"),
         [this](const QStringList& a) { replay(a); }},
    };
}

void CliApplication::printOverview()
{
    m_out << tr("Usage: bridge-cli [--demo] [--settings FILE] <command> [options]") << '\n' << '\n';
    m_out << tr("Opayo–SYSPRO Bridge on the command line. Commands:") << '\n';
    for (const Command& c : commands()) {
        m_out << "  " << c.name.leftJustified(18) << c.summary << '\n';
    }
    m_out << '\n' << tr("Global options:") << '\n';
    m_out << "  --demo            " << tr("use the demo data folder instead of the real one") << '\n';
    m_out << "  --settings FILE   " << tr("read settings from FILE instead of the default") << '\n';
    m_out << "  -h, --help        " << tr("show this help; '<command> --help' shows a command's options") << '\n';
    m_out << "  -v, --version     " << tr("show the version") << '\n' << '\n';
    m_out << tr("Exit codes: 0 success, 1 failure (for audit verify: tampering found), 2 usage error.") << '\n';
    m_out.flush();
}

void CliApplication::finish(int code)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

void CliApplication::usageError(const QString& message, const QString& helpCommand)
{
    m_err << tr("bridge-cli: %1").arg(message) << '\n';
    m_err << tr("Run 'bridge-cli %1--help' for usage.")
                 .arg(helpCommand.isEmpty() ? QString() : helpCommand + QLatin1Char(' '))
          << '\n';
    finish(ExitUsage);
}

void CliApplication::failWith(const Error& error)
{
    if (m_json) {
        printJson(QJsonObject{
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("class"), errorClassName(error.errorClass)},
                                                  {QStringLiteral("code"), error.code},
                                                  {QStringLiteral("message"), error.message},
                                                  {QStringLiteral("detail"), error.detail}}}});
    }
    m_err << tr("bridge-cli: %1").arg(error.toString()) << '\n';
    finish(ExitFailure);
}

void CliApplication::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Opayo–SYSPRO Bridge command line"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Use the demo data folder."));
    const QCommandLineOption settingsOption(QStringLiteral("settings"), tr("Settings file."), tr("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    parser.addOptions({demoOption, settingsOption, helpOption, versionOption});
    if (!parser.parse(arguments)) {
        usageError(parser.errorText(), {});
        return;
    }
    if (parser.isSet(versionOption)) {
        m_out << "bridge-cli " << QStringLiteral(BRIDGE_VERSION) << '\n';
        finish(ExitOk);
        return;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty() || rest.first() == QLatin1String("help")) {
        printOverview();
        finish(rest.isEmpty() && !parser.isSet(helpOption) ? ExitUsage : ExitOk);
        return;
    }
    m_demo = parser.isSet(demoOption);
    m_settingsFile = parser.isSet(settingsOption) ? parser.value(settingsOption) : Settings::defaultFilePath(m_demo);
    m_settings = std::make_unique<Settings>(m_settingsFile);
    m_credentials = m_keychainService.isEmpty()
                        ? new credentials::CredentialStore(QStringLiteral("opayo-syspro-bridge"), this)
                        : new credentials::CredentialStore(m_keychainService, this);

    // Commands are one or two words ("status", "audit verify").
    for (const Command& c : commands()) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        if (rest.size() >= words.size() && rest.mid(0, words.size()) == words) {
            c.run(rest.mid(words.size()));
            return;
        }
    }
    if (rest.first() == QLatin1String("audit") || rest.first() == QLatin1String("users") ||
        rest.first() == QLatin1String("chargeback") || rest.first() == QLatin1String("mapping")) {
        usageError(rest.size() > 1 ? tr("unknown '%1' command '%2'.").arg(rest.at(0), rest.at(1))
                                   : tr("'%1' needs a sub-command.").arg(rest.first()),
                   {});
        return;
    }
    usageError(tr("unknown command '%1'.").arg(rest.first()), {});
}

bool CliApplication::parseSubcommand(QCommandLineParser& parser, const QString& name, const QString& description,
                                     const QStringList& arguments)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("bridge-cli ") + name} + arguments)) {
        usageError(parser.errorText(), name);
        return false;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser names the executable's path; show the command as it is typed.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        m_out << tr("Usage: bridge-cli %1 [options]").arg(name) << '\n' << help;
        finish(ExitOk);
        return false;
    }
    return true;
}

void CliApplication::withDatabase(const QString& urlOption,
                                  const std::function<void(std::shared_ptr<store::Database>)>& then)
{
    Result<store::DatabaseUrl> url = urlOption.isEmpty() ? engine::DatabaseOpener::configuredUrl(*m_settings, m_demo)
                                                         : store::DatabaseUrl::parse(urlOption);
    if (!url) {
        if (!urlOption.isEmpty()) {
            usageError(url.error().message, {});
            return;
        }
        failWith(url.error());
        return;
    }
    engine::DatabaseOpener::open(*url, *m_credentials, this, [this, then](Result<std::shared_ptr<store::Database>> db) {
        if (!db) {
            failWith(db.error());
            return;
        }
        if (m_demo) {
            // The demo data folder looks the same from the console and the command line.
            store::UserDirectory users(*db);
            if (Result<void> seeded = engine::DemoData::seedUsers(users); !seeded) {
                failWith(seeded.error());
                return;
            }
        }
        then(*db);
    });
}

void CliApplication::auditVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption headOption(QStringLiteral("expect-head"),
                                        tr("Fail unless the log ends at this hash (detects removed newest rows)."),
                                        tr("HASH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({dbOption, headOption, jsonOption});
    if (!parseSubcommand(
            parser, QStringLiteral("audit verify"),
            tr("Recomputes the hash chain of the audit log. Exits 0 when intact, 1 when a row was changed, "
               "inserted or deleted (the first such row is named)."),
            arguments)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                   QStringLiteral("audit verify"));
        return;
    }
    m_json = parser.isSet(jsonOption);
    const QString expectedHead = parser.value(headOption);
    withDatabase(parser.value(dbOption), [this, expectedHead](std::shared_ptr<store::Database> db) {
        store::AuditLog audit(db);
        Result<store::AuditVerification> v = audit.verify(expectedHead);
        if (!v) {
            failWith(v.error());
            return;
        }
        if (m_json) {
            QJsonObject out{{QStringLiteral("ok"), v->ok},
                            {QStringLiteral("database"), db->url().displayName()},
                            {QStringLiteral("rowsChecked"), v->rowsChecked},
                            {QStringLiteral("headId"), v->headId},
                            {QStringLiteral("headHash"), v->headHash},
                            {QStringLiteral("message"), v->message}};
            if (v->firstBadRow) {
                out.insert(QStringLiteral("firstBadRow"), v->firstBadRow->id);
            }
            printJson(out);
        } else if (v->ok) {
            m_out << v->message << '\n';
            if (v->headId > 0) {
                m_out << tr("Head: row %1, hash %2").arg(v->headId).arg(v->headHash) << '\n';
            }
        } else {
            m_err << v->message << '\n';
            if (v->firstBadRow) {
                m_err << tr("First bad row: %1").arg(v->firstBadRow->id) << '\n';
            }
            m_err << tr("Rows verified before it: %1").arg(v->rowsChecked) << '\n';
        }
        finish(v->ok ? ExitOk : ExitFailure);
    });
}

void CliApplication::auditShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("How many entries (default 20)."), tr("N"),
                                         QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({dbOption, limitOption, jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("audit show"), tr("Prints the newest audit log entries, newest first."),
                         arguments)) {
        return;
    }
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000) {
        usageError(tr("--limit must be a whole number from 1 to 100000, not '%1'.").arg(parser.value(limitOption)),
                   QStringLiteral("audit show"));
        return;
    }
    m_json = parser.isSet(jsonOption);
    withDatabase(parser.value(dbOption), [this, limit](std::shared_ptr<store::Database> db) {
        Result<QList<store::AuditEntry>> entries = store::AuditLog(db).recent(limit);
        if (!entries) {
            failWith(entries.error());
            return;
        }
        if (m_json) {
            QJsonArray rows;
            for (const store::AuditEntry& e : *entries) {
                rows.append(
                    QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("at"), isoTime(e.atMsecs)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("subject"), e.subject},
                                {QStringLiteral("detail"), QJsonDocument::fromJson(e.detail.toUtf8()).object()}});
            }
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("entries"), rows}});
        } else {
            for (const store::AuditEntry& e : *entries) {
                m_out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(e.id, 6)
                             .arg(isoTime(e.atMsecs), e.actor.leftJustified(12), e.action.leftJustified(20), e.subject,
                                  e.detail)
                      << '\n';
            }
        }
        finish(ExitOk);
    });
}

void CliApplication::status(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({dbOption, jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("status"),
                         tr("Shows where the bridge keeps its data and whether it is healthy."), arguments)) {
        return;
    }
    m_json = parser.isSet(jsonOption);
    withDatabase(parser.value(dbOption), [this](std::shared_ptr<store::Database> db) {
        const Result<int> schema = db->schemaVersion();
        const Result<QString> server = db->serverVersion();
        const Result<QList<store::UserRecord>> users = store::UserDirectory(db).users();
        const Result<store::AuditVerification> audit = store::AuditLog(db).verify();
        const QString dataDir = QDir::toNativeSeparators(Settings::dataDirectory(m_demo));
        const bool healthy = schema && server && users && audit && audit->ok;
        if (m_json) {
            printJson(QJsonObject{
                {QStringLiteral("ok"), healthy},
                {QStringLiteral("version"), QStringLiteral(BRIDGE_VERSION)},
                {QStringLiteral("demo"), m_demo},
                {QStringLiteral("dataDirectory"), dataDir},
                {QStringLiteral("settingsFile"), QDir::toNativeSeparators(m_settingsFile)},
                {QStringLiteral("database"), db->url().displayName()},
                {QStringLiteral("databaseServer"), server.value_or(QString())},
                {QStringLiteral("schemaVersion"), schema.value_or(-1)},
                {QStringLiteral("users"), users ? static_cast<qint64>(users->size()) : -1},
                {QStringLiteral("auditRows"), audit ? audit->rowsChecked : -1},
                {QStringLiteral("auditIntact"), audit && audit->ok},
            });
        } else {
            m_out << tr("Opayo–SYSPRO Bridge %1%2")
                         .arg(QStringLiteral(BRIDGE_VERSION), m_demo ? tr(" (demo data)") : QString())
                  << '\n';
            m_out << tr("Data folder:     %1").arg(dataDir) << '\n';
            m_out << tr("Settings file:   %1").arg(QDir::toNativeSeparators(m_settingsFile)) << '\n';
            m_out << tr("Database:        %1 (%2)").arg(db->url().displayName(), server.value_or(tr("version unknown")))
                  << '\n';
            m_out << tr("Schema version:  %1").arg(schema ? QString::number(*schema) : schema.error().message) << '\n';
            m_out << tr("Users:           %1").arg(users ? QString::number(users->size()) : users.error().message)
                  << '\n';
            m_out << tr("Audit log:       %1").arg(audit ? audit->message : audit.error().message) << '\n';
        }
        finish(healthy ? ExitOk : ExitFailure);
    });
}

void CliApplication::usersList(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({dbOption, jsonOption});
    if (!parseSubcommand(parser, QStringLiteral("users list"), tr("Lists users and their roles."), arguments)) {
        return;
    }
    m_json = parser.isSet(jsonOption);
    withDatabase(parser.value(dbOption), [this](std::shared_ptr<store::Database> db) {
        Result<QList<store::UserRecord>> users = store::UserDirectory(db).users();
        if (!users) {
            failWith(users.error());
            return;
        }
        if (m_json) {
            QJsonArray rows;
            for (const store::UserRecord& u : *users) {
                rows.append(QJsonObject{{QStringLiteral("login"), u.login},
                                        {QStringLiteral("displayName"), u.displayName},
                                        {QStringLiteral("roles"), roleArray(u.roles)},
                                        {QStringLiteral("lastSeen"), isoTime(u.lastSeenAtMsecs)}});
            }
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("users"), rows}});
        } else {
            for (const store::UserRecord& u : *users) {
                QStringList roles;
                for (Role r : u.roles.roles()) {
                    roles.append(Permissions::roleId(r));
                }
                m_out << u.login.leftJustified(20) << roles.join(QLatin1Char(',')).leftJustified(40)
                      << tr("last seen %1").arg(isoTime(u.lastSeenAtMsecs)) << '\n';
            }
        }
        finish(ExitOk);
    });
}

void CliApplication::usersSetRoles(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database URL (default: the configured database)."),
                                      tr("URL"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("login"), tr("The user's login name."));
    parser.addPositionalArgument(QStringLiteral("roles"),
                                 tr("Comma-separated roles: viewer, operator, preparer, approver, admin."));
    if (!parseSubcommand(parser, QStringLiteral("users set-roles"),
                         tr("Replaces a user's roles. You must be an administrator (your OS login is checked)."),
                         arguments)) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        usageError(tr("expected a login and a comma-separated list of roles."), QStringLiteral("users set-roles"));
        return;
    }
    RoleSet roles;
    for (const QString& id : positional.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Role> role = Permissions::roleFromId(id.trimmed().toLower());
        if (!role) {
            usageError(tr("unknown role '%1'; use viewer, operator, preparer, approver or admin.").arg(id),
                       QStringLiteral("users set-roles"));
            return;
        }
        roles.add(*role);
    }
    const QString login = positional.at(0);
    withDatabase(parser.value(dbOption), [this, login, roles](std::shared_ptr<store::Database> db) {
        store::UserDirectory directory(db);
        const QString actor = store::UserDirectory::currentOsLogin();
        if (Result<store::UserRecord> me = directory.signIn(actor); !me) {
            failWith(me.error());
            return;
        }
        Result<store::UserRecord> updated = directory.setRoles(actor, login, roles);
        if (!updated) {
            failWith(updated.error());
            return;
        }
        QStringList names;
        for (Role r : updated->roles.roles()) {
            names.append(Permissions::roleId(r));
        }
        m_out << tr("Roles of %1 are now: %2")
                     .arg(updated->login, names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", ")))
              << '\n';
        finish(ExitOk);
    });
}

} // namespace bridge::cli
