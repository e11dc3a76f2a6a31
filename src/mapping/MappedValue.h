// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#pragma once

#include "core/Error.h"
#include "core/Money.h"

#include <QDate>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <variant>

namespace bridge::mapping {

/// A value flowing through a mapping: nothing, text, a whole number, money, a date, a yes/no,
/// or a group of named values (an address split into lines). No floating point: a JSON number
/// with a fraction is refused where it is read.
class MappedValue
{
public:
    using Group = QMap<QString, QString>;

    MappedValue() = default;
    static MappedValue text(QString s) { return MappedValue(std::move(s)); }
    static MappedValue integer(qint64 v) { return MappedValue(v); }
    static MappedValue money(const Money& m) { return MappedValue(m); }
    static MappedValue date(const QDate& d) { return MappedValue(d); }
    static MappedValue boolean(bool b) { return MappedValue(b); }
    static MappedValue group(Group g) { return MappedValue(std::move(g)); }

    [[nodiscard]] bool isNull() const { return std::holds_alternative<std::monostate>(m_value); }
    [[nodiscard]] bool isText() const { return std::holds_alternative<QString>(m_value); }
    [[nodiscard]] bool isInteger() const { return std::holds_alternative<qint64>(m_value); }
    [[nodiscard]] bool isMoney() const { return std::holds_alternative<Money>(m_value); }
    [[nodiscard]] bool isDate() const { return std::holds_alternative<QDate>(m_value); }
    [[nodiscard]] bool isBoolean() const { return std::holds_alternative<bool>(m_value); }
    [[nodiscard]] bool isGroup() const { return std::holds_alternative<Group>(m_value); }

    [[nodiscard]] QString asText() const { return std::get<QString>(m_value); }
    [[nodiscard]] qint64 asInteger() const { return std::get<qint64>(m_value); }
    [[nodiscard]] Money asMoney() const { return std::get<Money>(m_value); }
    [[nodiscard]] QDate asDate() const { return std::get<QDate>(m_value); }
    [[nodiscard]] bool asBoolean() const { return std::get<bool>(m_value); }
    [[nodiscard]] const Group& asGroup() const { return std::get<Group>(m_value); }

    /// The value as text for a target field: money as its plain decimal ("10.50"), dates as
    /// yyyy-MM-dd, yes/no as Y/N (SYSPRO's convention), null as empty.
    [[nodiscard]] QString toText() const;
    /// What kind of value this is, for messages: "text", "money", …
    [[nodiscard]] QString kindName() const;
    /// For the preview and the stage view.
    [[nodiscard]] QJsonValue toJson() const;

    friend bool operator==(const MappedValue&, const MappedValue&) = default;

private:
    template <typename T>
    explicit MappedValue(T v) : m_value(std::move(v))
    {}
    std::variant<std::monostate, QString, qint64, Money, QDate, bool, Group> m_value;
};

} // namespace bridge::mapping
