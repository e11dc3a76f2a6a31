// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <vector>

namespace bridge::syspro {

/// One element of a SYSPRO XmlOut document. SYSPRO's casing varies by business object
/// (`SalesOrder` vs `salesorder`), so every look-up here ignores case; its numbers and keys are
/// space padded, so `text()` is trimmed (the raw text stays available).
class XmlElement
{
    Q_DECLARE_TR_FUNCTIONS(bridge::syspro::XmlElement)

public:
    /// Deepest nesting accepted; deeper documents are refused rather than risk the stack.
    static constexpr int maxDepth = 64;

    /// Parses a decoded document (see Windows1252::decodeBody); the XML declaration, if any,
    /// is ignored because the text is already decoded.
    static Result<XmlElement> parse(const QString& document);
    /// Decodes the bytes as SYSPRO sends them, then parses.
    static Result<XmlElement> parseBytes(const QByteArray& body);

    [[nodiscard]] const QString& name() const { return m_name; }
    /// Text directly inside this element, trimmed.
    [[nodiscard]] QString text() const { return m_text.trimmed(); }
    [[nodiscard]] const QString& rawText() const { return m_text; }
    [[nodiscard]] QString attribute(QStringView name) const;
    [[nodiscard]] const std::vector<XmlElement>& children() const { return m_children; }
    [[nodiscard]] bool is(QStringView name) const { return m_name.compare(name, Qt::CaseInsensitive) == 0; }

    /// First direct child with this name (any case), or nullptr.
    [[nodiscard]] const XmlElement* child(QStringView name) const;
    /// All direct children with this name (any case).
    [[nodiscard]] QList<const XmlElement*> childrenNamed(QStringView name) const;
    /// All descendants (not this element) with this name, in document order.
    [[nodiscard]] QList<const XmlElement*> descendants(QStringView name) const;
    /// First descendant with this name, or nullptr.
    [[nodiscard]] const XmlElement* find(QStringView name) const;
    /// Trimmed text of the first direct child with this name; empty if absent.
    [[nodiscard]] QString childText(QStringView name) const;
    /// Follows a path of child names ("Key/StockCode"), any case.
    [[nodiscard]] const XmlElement* path(QStringView slashSeparated) const;
    [[nodiscard]] QString pathText(QStringView slashSeparated) const;

private:
    void collect(QStringView name, QList<const XmlElement*>* out) const;

    QString m_name;
    QString m_text;
    QList<QPair<QString, QString>> m_attributes;
    std::vector<XmlElement> m_children;

    friend class XmlElementBuilder;
};

} // namespace bridge::syspro
