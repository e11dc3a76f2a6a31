// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "gui/CsvField.h"

namespace bridge::gui {

QString csvField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0))) {
        v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray csvRecord(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& f : fields) {
        cells.append(csvField(f));
    }
    return cells.join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace bridge::gui
