// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "credentials/CredentialStore.h"
#include "gui/AppContext.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace bridge::test {

/// A console context on a fresh database and a temporary settings file, with its own keychain
/// service name. `demo` seeds the demo people (alex admin, priya preparer, sam approver, …).
class GuiFixture
{
public:
    explicit GuiFixture(bool demo = true);
    /// The same on a database of the test's own (e.g. the demo harness's, with an engine on it).
    explicit GuiFixture(std::shared_ptr<store::Database> database, bool demo = true);

    [[nodiscard]] gui::AppContext& context() { return *m_context; }
    [[nodiscard]] QString settingsFile() const { return m_dir.filePath(QStringLiteral("bridge.ini")); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] TestDatabase& database() { return m_database; }

private:
    QTemporaryDir m_dir;
    TestDatabase m_database; ///< migrated only when the fixture makes its own database
    credentials::CredentialStore m_credentials;
    std::unique_ptr<gui::AppContext> m_context;
    QString m_error;
};

} // namespace bridge::test
