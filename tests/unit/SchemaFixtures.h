// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
// Schemas for the mapping tests: a built-in one by id, and a source schema made of fields.
#pragma once

#include "mapping/Schema.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bridge::test {

inline mapping::Schema schemaOf(const QString& id)
{
    Result<mapping::Schema> s = mapping::Schema::builtIn(id);
    if (!s) {
        qFatal("%s", qPrintable(s.error().message));
    }
    return *s;
}

inline mapping::Schema source(const QJsonArray& fields, const QString& id = QStringLiteral("src"))
{
    const QJsonObject json{{QStringLiteral("format"), mapping::Schema::FormatName},
                           {QStringLiteral("schemaVersion"), 1},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("role"), QStringLiteral("source")},
                           {QStringLiteral("fields"), fields}};
    Result<mapping::Schema> s = mapping::Schema::fromJson(json, QStringLiteral("test"));
    if (!s) {
        qFatal("%s", qPrintable(s.error().message));
    }
    return *s;
}

inline QJsonObject field(const QString& name, const QString& type, const QJsonValue& sample = {})
{
    QJsonObject f{{QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
    if (!sample.isNull()) {
        f.insert(QStringLiteral("sample"), sample);
    }
    return f;
}

} // namespace bridge::test
