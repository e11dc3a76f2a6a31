// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/SettingsPage.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"
#include "core/Translations.h"
#include "credentials/CredentialStore.h"
#include "engine/DatabaseOpener.h"
#include "engine/OpayoConnection.h"
#include "gui/AppContext.h"
#include "gui/MessageBox.h"
#include "logging/Log.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Refunds.h"
#include "syspro/SysproClient.h"
#include "syspro/SysproSession.h"
#include "ui_SettingsPage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace bridge::gui {

namespace {
const QString kTestUrl = QStringLiteral("https://sandbox.opayo.eu.elavon.com/api/v1");
const QString kLiveUrl = QStringLiteral("https://live.opayo.eu.elavon.com/api/v1");
const QString kTestReportingUrl = QStringLiteral("https://sandbox.opayo.eu.elavon.com/access/access.htm");
const QString kLiveReportingUrl = QStringLiteral("https://live.opayo.eu.elavon.com/access/access.htm");

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}
} // namespace

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::SettingsPage>())
{
    m_ui->setupUi(this);
    m_ui->environmentComboBox->addItem(tr("Test (Opayo sandbox)"), QStringLiteral("test"));
    m_ui->environmentComboBox->addItem(tr("Live"), QStringLiteral("live"));
    m_ui->environmentComboBox->addItem(tr("Custom address"), QStringLiteral("custom"));
    m_ui->databaseKindComboBox->addItem(tr("SQLite file on this computer"), QStringLiteral("sqlite"));
    m_ui->databaseKindComboBox->addItem(tr("PostgreSQL server shared by the team"), QStringLiteral("postgresql"));
    m_ui->receiptFallbackComboBox->addItem(tr("Stop with an error (nothing is posted)"), QStringLiteral("none"));
    m_ui->receiptFallbackComboBox->addItem(tr("Write an AR receipts file for import"), QStringLiteral("exportFile"));
    m_ui->receiptFallbackComboBox->addItem(tr("Post a GL journal (bank to AR control)"), QStringLiteral("glJournal"));
    m_network = new QNetworkAccessManager(this);
    m_ui->languageComboBox->addItem(tr("Follow the system"), QStringLiteral("system"));
    for (const QString& code : Translations::available()) {
        m_ui->languageComboBox->addItem(Translations::nativeName(code), code);
    }

    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateEnvironment();
        markDirty();
    });
    connect(m_ui->databaseKindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateDatabaseKind();
        markDirty();
    });
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    }
    connect(m_ui->pgPortSpinBox, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_ui->receiptFallbackComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateReceiptFallback();
        markDirty();
    });
    connect(m_ui->checkLicencesButton, &QPushButton::clicked, this, &SettingsPage::checkLicences);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::load);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsPage::testConnection);
    connect(&m_connectionWatcher, &QFutureWatcher<ConnectionReport>::finished, this, [this] {
        const ConnectionReport report = m_connectionWatcher.result();
        m_ui->testConnectionButton->setEnabled(true);
        m_ui->connectionResultLabel->setText(report.message);
        m_ui->connectionResultLabel->setStyleSheet(report.ok ? QStringLiteral("color: #1d6b2c;")
                                                             : QStringLiteral("color: #b01c1c;"));
        Q_EMIT connectionTested(report.ok, report.message);
    });
    connect(&m_context, &AppContext::currentUserChanged, this, &SettingsPage::applyPermissions);
    load();
    applyPermissions();
}

SettingsPage::~SettingsPage()
{
    m_connectionWatcher.waitForFinished();
}

void SettingsPage::load()
{
    m_loading = true;
    Settings& s = m_context.settings();
    m_ui->environmentComboBox->setCurrentIndex(
        std::max(0, m_ui->environmentComboBox->findData(s.value(SettingKeys::OpayoEnvironment))));
    m_ui->opayoBaseUrlLineEdit->setText(s.value(SettingKeys::OpayoBaseUrl));
    m_ui->reportingUrlLineEdit->setText(s.value(SettingKeys::OpayoReportingUrl));
    showSecretState(m_ui->reportingUserLineEdit, s.value(SettingKeys::OpayoReportingUserRef));
    showSecretState(m_ui->reportingPasswordLineEdit, s.value(SettingKeys::OpayoReportingPasswordRef));
    m_ui->vendorNameLineEdit->setText(s.value(SettingKeys::OpayoVendorName));
    m_ui->sysproBaseUrlLineEdit->setText(s.value(SettingKeys::SysproBaseUrl));
    m_ui->operatorLineEdit->setText(s.value(SettingKeys::SysproOperator));
    m_ui->companyIdLineEdit->setText(s.value(SettingKeys::SysproCompanyId));
    m_ui->receiptFallbackComboBox->setCurrentIndex(
        std::max(0, m_ui->receiptFallbackComboBox->findData(s.value(SettingKeys::SysproReceiptFallback))));
    m_ui->receiptExportFolderLineEdit->setText(s.value(SettingKeys::SysproReceiptExportFolder));
    m_ui->bankLedgerLineEdit->setText(s.value(SettingKeys::SysproBankLedgerCode));
    m_ui->arControlLedgerLineEdit->setText(s.value(SettingKeys::SysproArControlLedgerCode));
    showSecretState(m_ui->integrationKeyLineEdit, s.value(SettingKeys::OpayoIntegrationKeyRef));
    showSecretState(m_ui->integrationPasswordLineEdit, s.value(SettingKeys::OpayoIntegrationPasswordRef));
    showSecretState(m_ui->operatorPasswordLineEdit, s.value(SettingKeys::SysproOperatorPasswordRef));
    showSecretState(m_ui->companyPasswordLineEdit, s.value(SettingKeys::SysproCompanyPasswordRef));

    const Result<store::DatabaseUrl> url = engine::DatabaseOpener::configuredUrl(s, m_context.isDemo());
    const store::DatabaseUrl effective = url ? *url : engine::DatabaseOpener::defaultUrl(m_context.isDemo());
    const bool postgres = effective.kind() == store::DatabaseUrl::Kind::Postgres;
    m_ui->databaseKindComboBox->setCurrentIndex(postgres ? 1 : 0);
    m_ui->sqlitePathLineEdit->setText(postgres ? engine::DatabaseOpener::defaultUrl(m_context.isDemo()).filePath()
                                               : QDir::toNativeSeparators(effective.filePath()));
    m_ui->pgHostLineEdit->setText(postgres ? effective.host() : QString());
    m_ui->pgPortSpinBox->setValue(postgres ? effective.port() : 5432);
    m_ui->pgDatabaseLineEdit->setText(postgres ? effective.databaseName() : QStringLiteral("bridge"));
    m_ui->pgUserLineEdit->setText(postgres ? effective.user() : QStringLiteral("bridge"));
    m_ui->pgPasswordLineEdit->clear();
    m_ui->pgPasswordLineEdit->setPlaceholderText(postgres ? tr("stored in the system keychain; type to replace")
                                                          : tr("not set"));
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(s.value(SettingKeys::Language))));
    m_ui->singleApproverLimitsLineEdit->setText(s.value(SettingKeys::RefundSingleApproverLimits));
    updateEnvironment();
    updateDatabaseKind();
    updateReceiptFallback();
    m_ui->connectionResultLabel->clear();
    m_loading = false;
    m_dirty = false;
    if (!url) {
        showStatus(url.error().message, true);
    } else {
        showStatus(QString(), false);
    }
    applyPermissions();
}

void SettingsPage::showSecretState(QLineEdit* field, const QString& ref)
{
    field->clear();
    field->setPlaceholderText(credentials::SecretRef::fromString(ref).isValid()
                                  ? tr("stored in the system keychain; type to replace")
                                  : tr("not set"));
}

void SettingsPage::applyPermissions()
{
    const Result<void> allowed = m_context.check(Action::EditSettings);
    const bool editable = allowed.has_value();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->opayoGroupBox), static_cast<QWidget*>(m_ui->sysproGroupBox),
                       static_cast<QWidget*>(m_ui->databaseGroupBox), static_cast<QWidget*>(m_ui->refundsGroupBox),
                       static_cast<QWidget*>(m_ui->languageGroupBox)}) {
        for (QWidget* child : w->findChildren<QWidget*>()) {
            if (qobject_cast<QLabel*>(child) == nullptr) {
                child->setEnabled(editable);
            }
        }
    }
    // Anyone may check that the database answers.
    m_ui->testConnectionButton->setEnabled(true);
    // The addresses are fixed for the test and live environments; only "custom" edits them.
    const bool customAddresses = editable && m_ui->environmentComboBox->currentData() == QStringLiteral("custom");
    m_ui->opayoBaseUrlLineEdit->setEnabled(customAddresses);
    m_ui->reportingUrlLineEdit->setEnabled(customAddresses);
    updateDatabaseKind();
    updateReceiptFallback();
    m_ui->checkLicencesButton->setEnabled(!m_checkingLicences);
    m_ui->saveButton->setEnabled(editable);
    m_ui->revertButton->setEnabled(editable);
    m_ui->permissionLabel->setVisible(!editable);
    if (!editable) {
        m_ui->permissionLabel->setText(
            tr("You can look at these settings. Changing them needs the Administrator role."));
        m_ui->permissionLabel->setStyleSheet(
            QStringLiteral("background: #fff4d6; border: 1px solid #e0c36a; padding: 6px;"));
    }
}

void SettingsPage::updateEnvironment()
{
    const QString env = m_ui->environmentComboBox->currentData().toString();
    if (env == QLatin1String("test")) {
        m_ui->opayoBaseUrlLineEdit->setText(kTestUrl);
        m_ui->reportingUrlLineEdit->setText(kTestReportingUrl);
    } else if (env == QLatin1String("live")) {
        m_ui->opayoBaseUrlLineEdit->setText(kLiveUrl);
        m_ui->reportingUrlLineEdit->setText(kLiveReportingUrl);
    }
    const bool custom = env == QLatin1String("custom") && m_context.can(Action::EditSettings);
    m_ui->opayoBaseUrlLineEdit->setEnabled(custom);
    m_ui->reportingUrlLineEdit->setEnabled(custom);
}

void SettingsPage::updateDatabaseKind()
{
    const bool postgres = m_ui->databaseKindComboBox->currentData() == QStringLiteral("postgresql");
    const bool editable = m_context.can(Action::EditSettings);
    m_ui->sqlitePathLineEdit->setEnabled(!postgres && editable);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->pgHostLineEdit), static_cast<QWidget*>(m_ui->pgPortSpinBox),
                       static_cast<QWidget*>(m_ui->pgDatabaseLineEdit), static_cast<QWidget*>(m_ui->pgUserLineEdit),
                       static_cast<QWidget*>(m_ui->pgPasswordLineEdit)}) {
        w->setEnabled(postgres && editable);
    }
}

void SettingsPage::updateReceiptFallback()
{
    const QString fallback = m_ui->receiptFallbackComboBox->currentData().toString();
    const bool editable = m_context.can(Action::EditSettings);
    m_ui->receiptExportFolderLineEdit->setEnabled(editable && fallback == QLatin1String("exportFile"));
    m_ui->bankLedgerLineEdit->setEnabled(editable && fallback == QLatin1String("glJournal"));
    m_ui->arControlLedgerLineEdit->setEnabled(editable && fallback == QLatin1String("glJournal"));
}

engine::SysproConnection::Details SettingsPage::sysproDetailsFromFields() const
{
    return engine::SysproConnection::Details{
        m_ui->sysproBaseUrlLineEdit->text().trimmed(),       m_ui->operatorLineEdit->text().trimmed(),
        m_ui->companyIdLineEdit->text().trimmed(),           m_ui->receiptFallbackComboBox->currentData().toString(),
        m_ui->receiptExportFolderLineEdit->text().trimmed(), m_ui->bankLedgerLineEdit->text().trimmed(),
        m_ui->arControlLedgerLineEdit->text().trimmed()};
}

void SettingsPage::markDirty()
{
    if (!m_loading) {
        m_dirty = true;
        showStatus(tr("Unsaved changes."), false);
    }
}

void SettingsPage::showStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b01c1c; font-weight: 600;") : QString());
}

void SettingsPage::focusOn(QWidget* field)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        edit->selectAll();
    }
}

Result<store::DatabaseUrl> SettingsPage::databaseUrlFromFields() const
{
    if (m_ui->databaseKindComboBox->currentData() == QStringLiteral("postgresql")) {
        const QString host = m_ui->pgHostLineEdit->text().trimmed();
        const QString database = m_ui->pgDatabaseLineEdit->text().trimmed();
        const QString user = m_ui->pgUserLineEdit->text().trimmed();
        if (host.isEmpty() || database.isEmpty() || user.isEmpty()) {
            return fail(Error::configuration(QStringLiteral("settings.database"),
                                             tr("PostgreSQL needs a host, a database and a user name.")));
        }
        return store::DatabaseUrl::postgres(host, m_ui->pgPortSpinBox->value(), database, user);
    }
    const QString path = QDir::fromNativeSeparators(m_ui->sqlitePathLineEdit->text().trimmed());
    if (path.isEmpty()) {
        return fail(Error::configuration(QStringLiteral("settings.database"),
                                         tr("Enter the path of the SQLite database file.")));
    }
    return store::DatabaseUrl::parse(QStringLiteral("sqlite://") +
                                     (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
}

std::optional<SettingsPage::Problem> SettingsPage::validate() const
{
    auto invalid = [](QWidget* field, const QString& message) {
        return std::optional<Problem>(
            Problem{field, Error::configuration(QStringLiteral("settings.invalid"), message)});
    };
    const QUrl opayo(m_ui->opayoBaseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    if (!opayo.isValid() || opayo.host().isEmpty() ||
        (opayo.scheme() != QLatin1String("https") && !(opayo.scheme() == QLatin1String("http") && isLoopback(opayo)))) {
        return invalid(m_ui->opayoBaseUrlLineEdit,
                       tr("Opayo base URL: \"%1\" is not usable. Use an https:// address such as %2 (plain http:// is "
                          "only accepted for a sandbox on this computer).")
                           .arg(m_ui->opayoBaseUrlLineEdit->text(), kTestUrl));
    }
    static const QRegularExpression vendorPattern(QStringLiteral("^[A-Za-z0-9_-]{0,40}$"));
    if (!vendorPattern.match(m_ui->vendorNameLineEdit->text().trimmed()).hasMatch()) {
        return invalid(m_ui->vendorNameLineEdit,
                       tr("Vendor name: use the name Opayo gave your account: letters, digits, '-' and '_' only, up "
                          "to 40 characters."));
    }
    const QUrl syspro(m_ui->sysproBaseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    if (!syspro.isValid() || syspro.host().isEmpty() ||
        (syspro.scheme() != QLatin1String("http") && syspro.scheme() != QLatin1String("https"))) {
        return invalid(m_ui->sysproBaseUrlLineEdit,
                       tr("SYSPRO service URL: \"%1\" is not an http:// or https:// address. It usually looks like "
                          "http://erp-server:31002/SYSPROWCFService/Rest.")
                           .arg(m_ui->sysproBaseUrlLineEdit->text()));
    }
    if (!syspro.path().contains(QLatin1String("SYSPROWCFService"), Qt::CaseInsensitive)) {
        return invalid(m_ui->sysproBaseUrlLineEdit,
                       tr("SYSPRO service URL: \"%1\" does not contain the e.net service path (…/SYSPROWCFService/"
                          "Rest). Copy the REST address from the SYSPRO e.net configuration.")
                           .arg(m_ui->sysproBaseUrlLineEdit->text()));
    }
    if (m_ui->receiptFallbackComboBox->currentData() != QStringLiteral("none")) {
        engine::SysproConnection::Details details = sysproDetailsFromFields();
        details.operatorCode = details.operatorCode.isEmpty() ? QStringLiteral("-") : details.operatorCode;
        if (Result<syspro::SysproConfig> config = engine::SysproConnection::config(details); !config) {
            QWidget* field = m_ui->receiptFallbackComboBox->currentData() == QStringLiteral("exportFile")
                                 ? static_cast<QWidget*>(m_ui->receiptExportFolderLineEdit)
                                 : static_cast<QWidget*>(m_ui->bankLedgerLineEdit);
            return invalid(field, config.error().message);
        }
    }
    Result<store::DatabaseUrl> db = databaseUrlFromFields();
    if (!db) {
        QWidget* field = m_ui->databaseKindComboBox->currentIndex() == 1
                             ? static_cast<QWidget*>(m_ui->pgHostLineEdit)
                             : static_cast<QWidget*>(m_ui->sqlitePathLineEdit);
        return invalid(field, tr("Database: %1").arg(db.error().message));
    }
    if (Result<store::RefundPolicy> policy =
            store::RefundPolicy::parse(m_ui->singleApproverLimitsLineEdit->text().trimmed());
        !policy) {
        return invalid(m_ui->singleApproverLimitsLineEdit,
                       tr("Refunds one person may make alone: %1").arg(policy.error().message));
    }
    return std::nullopt;
}

QList<SettingsPage::PendingSecret> SettingsPage::pendingSecrets() const
{
    const QString opayoScope = engine::OpayoConnection::credentialScope(engine::OpayoConnection::Details{
        m_ui->environmentComboBox->currentData().toString(), m_ui->opayoBaseUrlLineEdit->text(),
        m_ui->reportingUrlLineEdit->text(), m_ui->vendorNameLineEdit->text()});
    const QString sysproScope = engine::SysproConnection::credentialScope(sysproDetailsFromFields());
    QList<PendingSecret> out;
    auto add = [&out](QLineEdit* field, const QString& scope, const char* name, const char* setting) {
        if (!field->text().isEmpty()) {
            out.append(PendingSecret{field, credentials::SecretRef{scope, QLatin1String(name)}, setting});
        }
    };
    add(m_ui->integrationKeyLineEdit, opayoScope, "integration-key", SettingKeys::OpayoIntegrationKeyRef.name);
    add(m_ui->integrationPasswordLineEdit, opayoScope, "integration-password",
        SettingKeys::OpayoIntegrationPasswordRef.name);
    add(m_ui->reportingUserLineEdit, opayoScope, "reporting-user", SettingKeys::OpayoReportingUserRef.name);
    add(m_ui->reportingPasswordLineEdit, opayoScope, "reporting-password", SettingKeys::OpayoReportingPasswordRef.name);
    add(m_ui->operatorPasswordLineEdit, sysproScope, "operator-password", SettingKeys::SysproOperatorPasswordRef.name);
    add(m_ui->companyPasswordLineEdit, sysproScope, "company-password", SettingKeys::SysproCompanyPasswordRef.name);
    if (const Result<store::DatabaseUrl> db = databaseUrlFromFields(); db && db->needsPassword()) {
        add(m_ui->pgPasswordLineEdit, db->credentialScope(), "password", nullptr);
    }
    return out;
}

void SettingsPage::save()
{
    if (Result<void> allowed = m_context.check(Action::EditSettings); !allowed) {
        MessageBox::error(this, tr("Settings not saved"), allowed.error());
        Q_EMIT saveFailed(allowed.error());
        return;
    }
    if (const std::optional<Problem> problem = validate()) {
        showStatus(problem->error.message, true);
        focusOn(problem->field); // the cursor goes where the problem is
        Q_EMIT saveFailed(problem->error);
        return;
    }
    m_ui->saveButton->setEnabled(false);
    showStatus(tr("Saving…"), false);
    writeSecrets(pendingSecrets());
}

void SettingsPage::writeSecrets(QList<PendingSecret> secrets)
{
    if (secrets.isEmpty()) {
        writeSettings();
        return;
    }
    const PendingSecret next = secrets.takeFirst();
    m_context.credentials().write(next.ref, next.field->text(), this, [this, next, secrets](Result<void> written) {
        if (!written) {
            // Nothing after this point is saved: the settings never refer to a secret that is missing.
            m_ui->saveButton->setEnabled(true);
            showStatus(written.error().message, true);
            MessageBox::error(this, tr("Secret not stored"), written.error());
            Q_EMIT saveFailed(written.error());
            return;
        }
        next.field->clear();
        next.field->setPlaceholderText(tr("stored in the system keychain; type to replace"));
        if (next.settingName != nullptr) {
            m_context.settings().setValue(SettingKey<QString>{next.settingName, {}}, next.ref.toString());
        }
        writeSecrets(secrets);
    });
}

void SettingsPage::writeSettings()
{
    Settings& s = m_context.settings();
    QJsonArray changed;
    auto set = [&](const SettingKey<QString>& key, const QString& value) {
        if (s.value(key) != value) {
            changed.append(QLatin1String(key.name));
            s.setValue(key, value);
        }
    };
    set(SettingKeys::OpayoEnvironment, m_ui->environmentComboBox->currentData().toString());
    set(SettingKeys::OpayoBaseUrl, m_ui->opayoBaseUrlLineEdit->text().trimmed());
    set(SettingKeys::OpayoReportingUrl, m_ui->reportingUrlLineEdit->text().trimmed());
    set(SettingKeys::OpayoVendorName, m_ui->vendorNameLineEdit->text().trimmed());
    set(SettingKeys::SysproBaseUrl, m_ui->sysproBaseUrlLineEdit->text().trimmed());
    set(SettingKeys::SysproOperator, m_ui->operatorLineEdit->text().trimmed());
    set(SettingKeys::SysproCompanyId, m_ui->companyIdLineEdit->text().trimmed());
    set(SettingKeys::Language, m_ui->languageComboBox->currentData().toString());
    set(SettingKeys::RefundSingleApproverLimits, m_ui->singleApproverLimitsLineEdit->text().trimmed());
    set(SettingKeys::SysproReceiptFallback, m_ui->receiptFallbackComboBox->currentData().toString());
    set(SettingKeys::SysproReceiptExportFolder, m_ui->receiptExportFolderLineEdit->text().trimmed());
    set(SettingKeys::SysproBankLedgerCode, m_ui->bankLedgerLineEdit->text().trimmed());
    set(SettingKeys::SysproArControlLedgerCode, m_ui->arControlLedgerLineEdit->text().trimmed());
    const Result<store::DatabaseUrl> db = databaseUrlFromFields();
    const store::DatabaseUrl defaultDb = engine::DatabaseOpener::defaultUrl(m_context.isDemo());
    set(SettingKeys::DatabaseUrl, (db && !(db->toString() == defaultDb.toString())) ? db->toString() : QString());
    if (!s.sync()) {
        const Error e = Error::configuration(QStringLiteral("settings.write"),
                                             tr("The settings file %1 cannot be written. Check that the folder exists "
                                                "and is writable.")
                                                 .arg(QDir::toNativeSeparators(s.filePath())));
        m_ui->saveButton->setEnabled(true);
        showStatus(e.message, true);
        Q_EMIT saveFailed(e);
        return;
    }
    if (!changed.isEmpty()) {
        const auto audited =
            m_context.audit().append(m_context.currentUser().login, QStringLiteral("settings.changed"),
                                     QStringLiteral("settings"), QJsonObject{{QStringLiteral("keys"), changed}});
        if (!audited) {
            log::get("gui")->error("settings change not audited: {}", audited.error().toString().toStdString());
        }
    }
    log::get("gui")->info("settings saved by {}", m_context.currentUser().login.toStdString());
    m_dirty = false;
    m_ui->saveButton->setEnabled(true);
    showStatus(tr("Saved."), false);
    Q_EMIT saved();
}

void SettingsPage::testConnection()
{
    if (m_connectionWatcher.isRunning()) {
        return;
    }
    Result<store::DatabaseUrl> url = databaseUrlFromFields();
    if (!url) {
        m_ui->connectionResultLabel->setText(url.error().message);
        Q_EMIT connectionTested(false, url.error().message);
        return;
    }
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->connectionResultLabel->setStyleSheet(QString());
    m_ui->connectionResultLabel->setText(tr("Connecting to %1…").arg(url->displayName()));

    auto run = [this, url = *url](const QString& password) {
        // The check runs on a pool thread with its own connection; the GUI never waits on it.
        m_connectionWatcher.setFuture(QtConcurrent::run([url, password]() -> ConnectionReport {
            store::Database::Options options;
            options.migrate = false;
            Result<std::shared_ptr<store::Database>> db = store::Database::open(url, password, options);
            if (!db) {
                return {false, db.error().message};
            }
            const Result<QString> version = (*db)->serverVersion();
            const Result<int> schema = (*db)->schemaVersion();
            const int needed = store::Migrator::available().isEmpty() ? 0 : store::Migrator::available().last().version;
            QString schemaText;
            if (!schema || *schema == 0) {
                schemaText = SettingsPage::tr("The database is empty; the bridge creates its tables when it starts.");
            } else if (*schema < needed) {
                schemaText = SettingsPage::tr("Schema version %1; it is upgraded to %2 when the bridge starts.")
                                 .arg(*schema)
                                 .arg(needed);
            } else if (*schema > needed) {
                schemaText =
                    SettingsPage::tr("Schema version %1 is newer than this bridge understands (%2). Update the "
                                     "bridge before using this database.")
                        .arg(*schema)
                        .arg(needed);
                return {false,
                        SettingsPage::tr("Connected to %1. %2").arg(version.value_or(url.displayName()), schemaText)};
            } else {
                schemaText = SettingsPage::tr("Schema version %1 is current.").arg(*schema);
            }
            return {true, SettingsPage::tr("Connected to %1. %2").arg(version.value_or(url.displayName()), schemaText)};
        }));
    };

    if (!url->needsPassword()) {
        run(QString());
        return;
    }
    if (!m_ui->pgPasswordLineEdit->text().isEmpty()) {
        run(m_ui->pgPasswordLineEdit->text());
        return;
    }
    m_context.credentials().read(credentials::SecretRef{url->credentialScope(), QStringLiteral("password")}, this,
                                 [this, run](Result<QString> password) {
                                     if (!password) {
                                         m_ui->testConnectionButton->setEnabled(true);
                                         m_ui->connectionResultLabel->setText(password.error().message);
                                         Q_EMIT connectionTested(false, password.error().message);
                                         return;
                                     }
                                     run(*password);
                                 });
}

void SettingsPage::checkLicences()
{
    if (m_checkingLicences) {
        return;
    }
    const engine::SysproConnection::Details details = sysproDetailsFromFields();
    auto report = [this](bool ok, const QString& text) {
        m_checkingLicences = false;
        m_ui->checkLicencesButton->setEnabled(true);
        m_ui->licenceResultLabel->setText(text);
        m_ui->licenceResultLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b01c1c;"));
        Q_EMIT licencesChecked(ok, text);
    };
    Result<syspro::SysproConfig> config = engine::SysproConnection::config(details);
    if (!config) {
        report(false, config.error().message);
        return;
    }
    m_checkingLicences = true;
    m_ui->checkLicencesButton->setEnabled(false);
    m_ui->licenceResultLabel->setStyleSheet(QString());
    m_ui->licenceResultLabel->setText(tr("Logging on to SYSPRO at %1…").arg(details.baseUrl));

    auto probe = [this, config = *config, details, report](const syspro::SysproCredentials& credentials) {
        auto* session = new syspro::SysproSession(
            config, std::make_shared<syspro::StaticSysproCredentials>(credentials), m_network, this);
        auto* client = new syspro::SysproClient(session, session);
        client->probeLicences(this, [this, session, details, report](const Result<syspro::LicenceReport>& licences) {
            // Log off whatever the outcome; the session deletes itself afterwards.
            connect(session, &syspro::SysproSession::shutdownFinished, session, &QObject::deleteLater);
            session->shutdown();
            if (!licences) {
                report(false, licences.error().message);
                return;
            }
            // Nothing answered at all (wrong password, unknown company): say why instead of
            // listing every object as unknown.
            const QStringList unknown = licences->withState(syspro::LicenceReport::State::Unknown);
            if (!licences->states.isEmpty() && unknown.size() == licences->states.size()) {
                report(false, tr("SYSPRO did not answer the licence check: %1")
                                  .arg(licences->notes.value(unknown.first(), tr("no reason given"))));
                return;
            }
            QString text = tr("Operator %1 in company %2:").arg(details.operatorCode, details.companyId) +
                           QLatin1Char('\n') + licences->describe().join(QLatin1Char('\n'));
            if (!licences->mayCall(QStringLiteral("ARSTPY")) && details.receiptFallback == QLatin1String("none")) {
                text += QLatin1Char('\n') + tr("ARSTPY is not licensed and no fallback is chosen: receipts will stop "
                                               "with an error. Choose a file or a GL journal above.");
            }
            report(true, text);
        });
    };

    // Passwords typed into the page are used as they are; otherwise the keychain's.
    if (!m_ui->operatorPasswordLineEdit->text().isEmpty()) {
        probe(syspro::SysproCredentials{details.operatorCode, m_ui->operatorPasswordLineEdit->text(), details.companyId,
                                        m_ui->companyPasswordLineEdit->text()});
        return;
    }
    engine::SysproConnection::loadCredentials(m_context.credentials(), details, this,
                                              [probe, report](Result<syspro::SysproCredentials> credentials) {
                                                  if (!credentials) {
                                                      report(false, credentials.error().message);
                                                      return;
                                                  }
                                                  probe(*credentials);
                                              });
}

} // namespace bridge::gui
