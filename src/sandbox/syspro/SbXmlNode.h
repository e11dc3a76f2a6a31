// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace bridge::sandbox::syspro {

/// The sandbox's own reading of an XmlIn / XmlParameters document (written independently of the
/// connector's parser, so that the two cannot share a mistake). Names match case-insensitively,
/// as SYSPRO's own input handling does.
class SbXmlNode
{
public:
    static std::optional<SbXmlNode> parse(const QString& text, QString* error);

    QString name;
    QString text;
    QList<QPair<QString, QString>> attributes;
    std::vector<SbXmlNode> children;

    [[nodiscard]] const SbXmlNode* child(QStringView childName) const;
    [[nodiscard]] QList<const SbXmlNode*> all(QStringView childName) const;
    /// Trimmed text of a direct child; empty if absent.
    [[nodiscard]] QString value(QStringView childName) const;
    [[nodiscard]] QString attribute(QStringView attributeName) const;
    [[nodiscard]] bool named(QStringView other) const { return name.compare(other, Qt::CaseInsensitive) == 0; }
};

} // namespace bridge::sandbox::syspro
