// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "GuiFixture.h"

#include "core/Settings.h"

#include <QUuid>

namespace bridge::test {

GuiFixture::GuiFixture(bool demo)
    : m_credentials(QStringLiteral("bridge-gui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!m_database.error().isEmpty()) {
        m_error = m_database.error();
        return;
    }
    auto settings = std::make_unique<Settings>(settingsFile());
    m_context = std::make_unique<gui::AppContext>(std::move(settings), &m_credentials, m_database.database(), demo);
    if (Result<void> signedIn = m_context->signIn(); !signedIn) {
        m_error = signedIn.error().toString();
    }
}

} // namespace bridge::test
