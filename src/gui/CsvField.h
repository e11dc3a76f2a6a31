// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QString>
#include <QStringList>

namespace bridge::gui {

/// A CSV field (RFC 4180), with a leading apostrophe for text a spreadsheet would run as a
/// formula (=, +, -, @): an exported reference must never become a command. Every CSV export of
/// the console (Monitor, Reconciliation) writes its cells through it.
QString csvField(const QString& value);
/// One CSV record: the fields through csvField, comma separated, ending in a newline.
QByteArray csvRecord(const QStringList& fields);

} // namespace bridge::gui
