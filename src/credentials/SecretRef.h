// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>

namespace bridge::credentials {

/// Names one secret in the OS keychain: a connection scope ("opayo/myvendor@test",
/// "database/bridge@db1:5432/bridge") and the secret's name within it ("integration-password").
/// Settings files hold the text form "keychain:<scope>#<name>", never the secret itself.
struct SecretRef {
    QString scope;
    QString name;

    [[nodiscard]] QString keychainKey() const { return scope + QLatin1Char('#') + name; }
    [[nodiscard]] QString toString() const { return QStringLiteral("keychain:") + keychainKey(); }
    [[nodiscard]] bool isValid() const { return !scope.isEmpty() && !name.isEmpty(); }

    static SecretRef fromString(const QString& text)
    {
        if (!text.startsWith(QLatin1String("keychain:"))) {
            return {};
        }
        const QString key = text.mid(9);
        const qsizetype hash = key.lastIndexOf(QLatin1Char('#'));
        if (hash <= 0 || hash == key.size() - 1) {
            return {};
        }
        return SecretRef{key.left(hash), key.mid(hash + 1)};
    }

    friend bool operator==(const SecretRef&, const SecretRef&) = default;
};

} // namespace bridge::credentials
