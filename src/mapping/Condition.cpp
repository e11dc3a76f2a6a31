// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/Condition.h"

#include "mapping/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace bridge::mapping {

struct Condition::Impl {
    enum class Kind { Test, All, Any };
    Kind kind = Kind::Test;
    std::optional<JsonPath> path;
    QString op;
    QJsonValue value;
    QList<Condition> children;
};

Result<Condition> Condition::compile(const QJsonValue& spec, const QString& where)
{
    static const QStringList ops = {QStringLiteral("=="),      QStringLiteral("!="),    QStringLiteral("<"),
                                    QStringLiteral("<="),      QStringLiteral(">"),     QStringLiteral(">="),
                                    QStringLiteral("in"),      QStringLiteral("notIn"), QStringLiteral("empty"),
                                    QStringLiteral("notEmpty")};
    const QJsonObject o = spec.toObject();
    auto impl = std::make_shared<Impl>();
    if (o.contains(QStringLiteral("all")) || o.contains(QStringLiteral("any"))) {
        const bool all = o.contains(QStringLiteral("all"));
        impl->kind = all ? Impl::Kind::All : Impl::Kind::Any;
        const QJsonArray children = o.value(all ? QStringLiteral("all") : QStringLiteral("any")).toArray();
        if (children.isEmpty()) {
            return fail(specError(where, tr("\"all\"/\"any\" needs a list of conditions.")));
        }
        for (qsizetype i = 0; i < children.size(); ++i) {
            Result<Condition> child = compile(children.at(i), QStringLiteral("%1[%2]").arg(where).arg(i));
            if (!child) {
                return fail(child.error());
            }
            impl->children.append(*child);
        }
    } else {
        Result<JsonPath> p = JsonPath::parse(o.value(QStringLiteral("path")).toString());
        if (!p) {
            return fail(specError(where, p.error().message));
        }
        impl->path = *p;
        impl->op = o.value(QStringLiteral("op")).toString(QStringLiteral("=="));
        if (!ops.contains(impl->op)) {
            return fail(specError(
                where, tr("unknown operator \"%1\"; use one of %2.").arg(impl->op, ops.join(QStringLiteral(" ")))));
        }
        impl->value = o.value(QStringLiteral("value"));
        if ((impl->op == QLatin1String("in") || impl->op == QLatin1String("notIn")) && !impl->value.isArray()) {
            return fail(specError(where, tr("\"%1\" needs a list as its \"value\".").arg(impl->op)));
        }
        if (impl->value.isDouble() && static_cast<double>(impl->value.toInteger()) != impl->value.toDouble()) {
            return fail(specError(where, tr("compare with whole numbers only (amounts in minor units).")));
        }
    }
    Condition c;
    c.m_impl = impl;
    return c;
}

Result<bool> Condition::test(const EvaluationContext& context) const
{
    const Impl& i = *m_impl;
    if (i.kind != Impl::Kind::Test) {
        for (const Condition& child : i.children) {
            Result<bool> r = child.test(context);
            if (!r) {
                return r;
            }
            if (i.kind == Impl::Kind::All && !*r) {
                return false;
            }
            if (i.kind == Impl::Kind::Any && *r) {
                return true;
            }
        }
        return i.kind == Impl::Kind::All;
    }
    const QJsonValue v = i.path->resolve(context.root, context.current);
    const bool empty = v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()) ||
                       (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
    if (i.op == QLatin1String("empty")) {
        return empty;
    }
    if (i.op == QLatin1String("notEmpty")) {
        return !empty;
    }
    auto text = [](const QJsonValue& x) { return x.isDouble() ? QString::number(x.toInteger()) : x.toString(); };
    if (i.op == QLatin1String("in") || i.op == QLatin1String("notIn")) {
        bool found = false;
        for (const QJsonValue& candidate : i.value.toArray()) {
            found = found || text(candidate).compare(text(v), Qt::CaseInsensitive) == 0;
        }
        return i.op == QLatin1String("in") ? found : !found;
    }
    int cmp = 0;
    if (v.isDouble() && i.value.isDouble()) {
        const qint64 a = v.toInteger();
        const qint64 b = i.value.toInteger();
        cmp = a < b ? -1 : (a > b ? 1 : 0);
    } else if (i.op != QLatin1String("==") && i.op != QLatin1String("!=") && (v.isDouble() != i.value.isDouble())) {
        return fail(valueError(
            context,
            tr("cannot compare %1 (%2) with %3 using %4.").arg(i.path->toString(), text(v), text(i.value), i.op)));
    } else {
        cmp = text(v).compare(text(i.value), Qt::CaseInsensitive);
        cmp = cmp < 0 ? -1 : (cmp > 0 ? 1 : 0);
    }
    if (i.op == QLatin1String("==")) {
        return cmp == 0;
    }
    if (i.op == QLatin1String("!=")) {
        return cmp != 0;
    }
    if (i.op == QLatin1String("<")) {
        return cmp < 0;
    }
    if (i.op == QLatin1String("<=")) {
        return cmp <= 0;
    }
    if (i.op == QLatin1String(">")) {
        return cmp > 0;
    }
    return cmp >= 0;
}

} // namespace bridge::mapping
