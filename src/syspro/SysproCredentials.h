// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QString>

namespace bridge::syspro {

/// What SYSPRO's Logon needs. The engine fetches the passwords from the credentials library
/// (the only code that talks to the keychain) and hands them over; this library never stores them
/// and never logs them.
struct SysproCredentials {
    QString operatorCode;
    QString operatorPassword;
    QString companyId;
    QString companyPassword;
};

/// Where a session gets its credentials each time it logs on, so that a changed password is
/// picked up without rebuilding the session.
class SysproCredentialsProvider
{
public:
    virtual ~SysproCredentialsProvider() = default;
    [[nodiscard]] virtual Result<SysproCredentials> credentials() const = 0;
};

/// Credentials held as values (tests, command line, or handed over once by the engine).
class StaticSysproCredentials final : public SysproCredentialsProvider
{
public:
    explicit StaticSysproCredentials(SysproCredentials credentials) : m_credentials(std::move(credentials)) {}
    [[nodiscard]] Result<SysproCredentials> credentials() const override { return m_credentials; }

private:
    SysproCredentials m_credentials;
};

} // namespace bridge::syspro
