// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "syspro/LicenceReport.h"

namespace bridge::syspro {

QStringList LicenceReport::withState(State state) const
{
    QStringList out;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value() == state) {
            out.append(it.key());
        }
    }
    return out;
}

QString LicenceReport::stateName(State state)
{
    switch (state) {
    case State::Licensed:
        return tr("available");
    case State::NotLicensed:
        return tr("not licensed");
    case State::Unknown:
        return tr("not checked (SYSPRO could not be reached)");
    }
    return {};
}

QStringList LicenceReport::describe() const
{
    QStringList out;
    for (const QString& bo : businessObjectsUsed()) {
        const State state = states.value(bo, State::Unknown);
        QString line = tr("%1: %2").arg(bo, stateName(state));
        if (state == State::NotLicensed && bo == QLatin1String("ARSTPY")) {
            line += tr(" (card receipts use the fallback chosen in Settings: an AR-receipts export file or a GL "
                       "journal)");
        }
        out.append(line);
    }
    return out;
}

QStringList LicenceReport::businessObjectsUsed()
{
    return {QStringLiteral("COMFND"), QStringLiteral("SORQRY"), QStringLiteral("INVQRY"), QStringLiteral("ARSQRY"),
            QStringLiteral("SORTOI"), QStringLiteral("ARSSCS"), QStringLiteral("ARSTPY"), QStringLiteral("GENTJL"),
            QStringLiteral("SORTCH"), QStringLiteral("SORTCL"), QStringLiteral("ARSTIN")};
}

} // namespace bridge::syspro
