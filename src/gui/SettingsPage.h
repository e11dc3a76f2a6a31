// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "credentials/SecretRef.h"
#include "engine/SysproConnection.h"
#include "store/DatabaseUrl.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}
class QLineEdit;
class QNetworkAccessManager;

namespace bridge::gui {

class AppContext;

/// Edits how the bridge reaches Opayo, SYSPRO and its database, and the console's language.
/// Secrets go to the keychain (the settings file keeps references); only administrators edit.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~SettingsPage() override;

    /// Reloads the fields from the settings file (discarding unsaved edits).
    void load();
    /// Validates and saves; secrets are written to the keychain first. Asynchronous: `saved` or
    /// `saveFailed` tells the outcome.
    void save();
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }

    /// The database the fields describe, or why they do not describe one.
    [[nodiscard]] Result<store::DatabaseUrl> databaseUrlFromFields() const;
    void testConnection();
    /// Logs on to SYSPRO with the fields' values and reports which business objects the
    /// operator may call, and what happens to receipts if ARSTPY is not among them.
    void checkLicences();

Q_SIGNALS:
    void licencesChecked(bool ok, const QString& report);
    void saved();
    void saveFailed(const bridge::Error& error);
    void connectionTested(bool ok, const QString& message);

private:
    struct PendingSecret {
        QLineEdit* field;
        credentials::SecretRef ref;
        const char* settingName;
    };
    struct ConnectionReport {
        bool ok = false;
        QString message;
    };

    void applyPermissions();
    void updateEnvironment();
    void updateDatabaseKind();
    void updateReceiptFallback();
    engine::SysproConnection::Details sysproDetailsFromFields() const;
    void markDirty();
    void showStatus(const QString& text, bool error);
    /// The first problem in the fields, with the field to put the cursor in.
    struct Problem {
        QWidget* field;
        Error error;
    };
    std::optional<Problem> validate() const;
    QList<PendingSecret> pendingSecrets() const;
    void writeSecrets(QList<PendingSecret> secrets);
    void writeSettings();
    void focusOn(QWidget* field);
    void showSecretState(QLineEdit* field, const QString& ref);

    AppContext& m_context;
    std::unique_ptr<Ui::SettingsPage> m_ui;
    QFutureWatcher<ConnectionReport> m_connectionWatcher;
    QNetworkAccessManager* m_network = nullptr;
    bool m_checkingLicences = false;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace bridge::gui
