// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "GuiFixture.h"

#include "core/Settings.h"

#include <QUuid>

namespace bridge::test {

GuiFixture::GuiFixture(bool demo) : GuiFixture(nullptr, demo) {}

GuiFixture::GuiFixture(std::shared_ptr<store::Database> database, bool demo)
    : m_database(database == nullptr)
    , m_credentials(QStringLiteral("bridge-gui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!database) {
        if (!m_database.error().isEmpty()) {
            m_error = m_database.error();
            return;
        }
        database = m_database.database();
    }
    auto settings = std::make_unique<Settings>(settingsFile());
    m_context = std::make_unique<gui::AppContext>(std::move(settings), &m_credentials, std::move(database), demo);
    if (Result<void> signedIn = m_context->signIn(); !signedIn) {
        m_error = signedIn.error().toString();
    }
}

} // namespace bridge::test
