// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QMetaType>
#include <QString>

#include <expected>
#include <optional>

namespace bridge {

/// What kind of failure this is; it decides the path the caller takes (retry, dead letter, …).
enum class ErrorClass {
    Transient,     ///< may succeed if tried again later (network, 5xx, timeouts, busy database)
    Permanent,     ///< will fail the same way until data or configuration changes
    Security,      ///< refused for a security reason (signature, permission, card data)
    Configuration, ///< the installation is not set up correctly (missing secret, bad URL)
};

/// A failure as a value. `message` is translated and meant for the user: what was wrong, where,
/// and how to fix it. `detail` is for the event log and support (never contains secrets).
struct Error {
    ErrorClass errorClass = ErrorClass::Permanent;
    QString code;    ///< stable machine code, e.g. "money.too_many_decimals"
    QString message; ///< user-facing, translated
    QString detail;  ///< technical context; may be empty
    /// For transient errors: how long the other side asked us to wait (HTTP Retry-After).
    std::optional<int> retryAfterSeconds;
    /// For transient errors that are a wait rather than a failure (a refund whose payment has not
    /// arrived yet): look again within this many milliseconds instead of backing off further.
    std::optional<qint64> retryWithinMs;

    static Error transient(QString code, QString message, QString detail = {});
    static Error permanent(QString code, QString message, QString detail = {});
    static Error security(QString code, QString message, QString detail = {});
    static Error configuration(QString code, QString message, QString detail = {});

    [[nodiscard]] bool isTransient() const { return errorClass == ErrorClass::Transient; }
    /// "message (detail)" for logs and command-line output.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Error&, const Error&) = default;
};

[[nodiscard]] QString errorClassName(ErrorClass errorClass);

template <typename T>
using Result = std::expected<T, Error>;

/// Drops the value of a successful result (GCC 12's std::expected has no transform()).
template <typename T>
Result<void> asVoid(const Result<T>& result)
{
    if (result) {
        return {};
    }
    return std::unexpected<Error>(result.error());
}

/// Shorthand for returning a failure: `return fail(Error::permanent(...));`
inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace bridge

Q_DECLARE_METATYPE(bridge::Error)
