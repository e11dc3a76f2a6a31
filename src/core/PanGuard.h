// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace bridge {

/// Keeps primary account numbers (card numbers) out of everything the bridge stores, logs or
/// shows. A PAN is a Luhn-valid run of 13 to 19 digits, written together or in groups separated
/// by single spaces or dashes ("4929 0000 0000 6", "4111-1111-1111-1111"). Masking keeps the last
/// four digits and the separators: "**** **** **** 1111". Shorter runs (order numbers), longer
/// runs and runs that fail the Luhn check are left alone.
class PanGuard
{
public:
    struct Match {
        qsizetype start = 0;  ///< index of the first character of the run in the input
        qsizetype length = 0; ///< characters, separators included
        QString lastFour;
    };

    [[nodiscard]] static QList<Match> find(QStringView text);
    [[nodiscard]] static bool containsPan(QStringView text) { return !find(text).isEmpty(); }

    /// Returns `text` with every PAN masked; `maskedCount` (optional) receives how many.
    [[nodiscard]] static QString mask(QStringView text, int* maskedCount = nullptr);
    /// The same for raw UTF-8 or Latin-1 payloads (digits and separators are ASCII in both).
    [[nodiscard]] static QByteArray mask(const QByteArray& payload, int* maskedCount = nullptr);

    [[nodiscard]] static bool luhnValid(QStringView digits);
};

} // namespace bridge
