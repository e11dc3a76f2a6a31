// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "engine/EngineContext.h"
#include "store/Database.h"
#include "store/UserDirectory.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace bridge {
class Settings;
}
namespace bridge::credentials {
class CredentialStore;
}
namespace bridge::demo {
struct SettlementDemoTruth;
}
namespace bridge::settlement {
struct ReconcileRequest;
}

namespace bridge::cli {

/// Exit codes of bridge-cli.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// bridge-cli: the engine without a window. `run(arguments)` starts the command and emits
/// `finished(code)` once, when it is done (commands that wait on the keychain are asynchronous).
class CliApplication : public QObject
{
    Q_OBJECT

public:
    CliApplication(QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~CliApplication() override;

    /// `arguments` includes the program name, as QCoreApplication::arguments() does.
    void run(const QStringList& arguments);
    /// For tests: the keychain service to use instead of the installation's.
    void setKeychainService(const QString& service) { m_keychainService = service; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Command {
        QString name;    ///< "audit verify"
        QString summary; ///< one line for the overview
        std::function<void(const QStringList&)> run;
    };

    QList<Command> commands();
    void printOverview();
    void finish(int code);
    void usageError(const QString& message, const QString& helpCommand);
    /// Parses a sub-command's arguments; prints its help and finishes on --help or bad input.
    bool parseSubcommand(QCommandLineParser& parser, const QString& name, const QString& description,
                         const QStringList& arguments);
    void withDatabase(const QString& urlOption, const std::function<void(std::shared_ptr<store::Database>)>& then);
    /// withDatabase, then signs in the OS user (the actor of audited changes).
    void withSignedInUser(const QString& urlOption,
                          const std::function<void(std::shared_ptr<store::Database>, store::UserRecord)>& then);
    void failWith(const Error& error);
    void printJson(const QJsonObject& object);

    void auditVerify(const QStringList& arguments);
    void auditShow(const QStringList& arguments);
    void status(const QStringList& arguments);
    void usersList(const QStringList& arguments);
    void usersSetRoles(const QStringList& arguments);
    // ChargebackCli.cpp
    void chargebackList(const QStringList& arguments);
    void chargebackImport(const QStringList& arguments);
    void chargebackRecord(const QStringList& arguments);
    void chargebackSet(const QStringList& arguments);
    // MappingCli.cpp
    void mappingList(const QStringList& arguments);
    void mappingDiff(const QStringList& arguments);
    void mappingActivate(const QStringList& arguments);
    void mappingImport(const QStringList& arguments);
    void mappingExport(const QStringList& arguments);
    void mappingTemplates(const QStringList& arguments);
    // ReconcileCli.cpp
    void reconcile(const QStringList& arguments);
    void reconcileDemo(settlement::ReconcileRequest request, int events, const QString& dbUrl, bool explicitPeriod);
    void runReconcile(std::shared_ptr<store::Database> db, settlement::ReconcileRequest request,
                      std::optional<demo::SettlementDemoTruth> truth);
    // ResolutionCli.cpp
    void resolution(const QStringList& arguments);
    // EngineCommands.cpp
    void demo(const QStringList& arguments);
    void map(const QStringList& arguments);
    void runEngine(const QStringList& arguments);
    void replay(const QStringList& arguments);
    void startService(engine::EngineConfig config, std::shared_ptr<const mapping::MappingEvaluator> mapping,
                      std::shared_ptr<store::Database> db, const QByteArray& shopSecret, bool mappingFromStore = false);

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_demo = false;
    bool m_json = false;
    bool m_finished = false;
    QString m_settingsFile;
    QString m_keychainService;
    std::unique_ptr<Settings> m_settings;
    credentials::CredentialStore* m_credentials = nullptr;
    QObject* m_running = nullptr; ///< the demo harness or engine of a long-running command
};

} // namespace bridge::cli
