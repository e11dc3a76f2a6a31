// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bridge::syspro {

/// Which business objects the operator may call, as found by LicenceProbe. Shown in
/// Settings > SYSPRO; the client uses it to choose the receipt fallback up front.
struct LicenceReport {
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::LicenceReport)

public:
    enum class State { Licensed, NotLicensed, Unknown };

    QMap<QString, State> states;  ///< by business object code
    QMap<QString, QString> notes; ///< SYSPRO's text for refusals, the error for Unknown

    /// Licensed or not yet known: only a definite refusal counts as not licensed.
    [[nodiscard]] bool mayCall(const QString& businessObject) const
    {
        return states.value(businessObject, State::Unknown) != State::NotLicensed;
    }
    [[nodiscard]] QStringList withState(State state) const;
    /// One line per business object for Settings: "ARSTPY  not licensed — receipts go to …".
    [[nodiscard]] QStringList describe() const;

    /// The business objects the bridge uses, in probe order.
    static QStringList businessObjectsUsed();
    static QString stateName(State state);
};

} // namespace bridge::syspro
