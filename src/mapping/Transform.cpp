// SPDX-FileCopyrightText: 2026 Opayo–SYSPRO Bridge contributors
// SPDX-License-Identifier: LicenseRef-Proprietary
#include "mapping/Transform.h"

#include "core/CanonicalPayment.h"
#include "mapping/AddressStandardiser.h"
#include "mapping/ExchangeRates.h"
#include "mapping/JsonPath.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace bridge::mapping {

namespace {

/// A source value as a mapped value. Fractions are refused: amounts are {minor, currency}.
Result<MappedValue> fromJson(const QJsonValue& v, const QString& path, const EvaluationContext& c)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return MappedValue();
    case QJsonValue::Bool:
        return MappedValue::boolean(v.toBool());
    case QJsonValue::String:
        return MappedValue::text(v.toString());
    case QJsonValue::Double: {
        const qint64 i = v.toInteger();
        if (static_cast<double>(i) != v.toDouble()) {
            return fail(
                valueError(c, Transform::tr("source field %1 holds the fraction %2; amounts must come as whole minor "
                                            "units with a currency.")
                                  .arg(path)
                                  .arg(v.toDouble())));
        }
        return MappedValue::integer(i);
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("currency")) &&
            (o.contains(QStringLiteral("minor")) || o.contains(QStringLiteral("decimal")))) {
            Result<Money> m = moneyFromJson(o, path);
            if (!m) {
                return fail(m.error());
            }
            return MappedValue::money(*m);
        }
        return fail(
            valueError(c, Transform::tr("source field %1 is a group of fields (%2); map one of them, for example "
                                        "%1.%3.")
                              .arg(path, o.keys().join(QStringLiteral(", ")), o.keys().value(0))));
    }
    case QJsonValue::Array:
        return fail(valueError(c, Transform::tr("source field %1 is a list; pick one element, as in %1[0], or map it "
                                                "per line.")
                                      .arg(path)));
    }
    return MappedValue();
}

Result<QDate> dateOf(const MappedValue& v, const EvaluationContext& c)
{
    if (v.isDate()) {
        return v.asDate();
    }
    if (v.isText()) {
        const QDateTime dt = QDateTime::fromString(v.asText(), Qt::ISODateWithMs);
        if (dt.isValid()) {
            return dt.toUTC().date();
        }
        const QDate d = QDate::fromString(v.asText(), Qt::ISODate);
        if (d.isValid()) {
            return d;
        }
    }
    return fail(valueError(c, Transform::tr("\"%1\" is not a date; expected ISO 8601 such as 2026-11-21 or "
                                            "2026-11-21T10:15:00Z.")
                                  .arg(v.toText())));
}

// ---- the transforms ---------------------------------------------------------------------

class PathTransform final : public Transform
{
public:
    PathTransform(JsonPath path, bool required) : m_path(std::move(path)), m_required(required) {}
    Result<MappedValue> apply(const MappedValue&, const EvaluationContext& c) const override
    {
        const QJsonValue v = m_path.resolve(c.root, c.current);
        if (v.isUndefined() && m_required) {
            return fail(valueError(
                c, Transform::tr("the source has no field %1. Check the path, or mark it optional and give a "
                                 "default.")
                       .arg(m_path.toString())));
        }
        return fromJson(v, m_path.toString(), c);
    }

private:
    JsonPath m_path;
    bool m_required;
};

class ConstantTransform final : public Transform
{
public:
    explicit ConstantTransform(MappedValue v) : m_value(std::move(v)) {}
    Result<MappedValue> apply(const MappedValue&, const EvaluationContext&) const override { return m_value; }

private:
    MappedValue m_value;
};

class LookupTransform final : public Transform
{
public:
    LookupTransform(QMap<QString, QString> table, std::optional<QString> fallback, bool caseSensitive)
        : m_table(std::move(table))
        , m_default(std::move(fallback))
        , m_caseSensitive(caseSensitive)
    {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext& c) const override
    {
        const QString key = in.toText();
        for (auto it = m_table.begin(); it != m_table.end(); ++it) {
            if (it.key().compare(key, m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0) {
                return MappedValue::text(it.value());
            }
        }
        if (m_default) {
            return MappedValue::text(*m_default);
        }
        return fail(
            valueError(c, Transform::tr("\"%1\" is not in the lookup table (known: %2). Add it to the table or give a "
                                        "default.")
                              .arg(key, m_table.keys().join(QStringLiteral(", ")))));
    }

private:
    QMap<QString, QString> m_table;
    std::optional<QString> m_default;
    bool m_caseSensitive;
};

class CurrencyTransform final : public Transform
{
public:
    CurrencyTransform(Currency to, ExchangeRates rates, JsonPath datePath)
        : m_to(to)
        , m_rates(std::move(rates))
        , m_datePath(std::move(datePath))
    {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext& c) const override
    {
        if (!in.isMoney()) {
            return fail(valueError(
                c, Transform::tr("currency conversion needs an amount with its currency, not %1.").arg(in.kindName())));
        }
        Result<QDate> date = dateOf(MappedValue::text(m_datePath.resolve(c.root, c.current).toString()), c);
        if (!date) {
            return fail(date.error());
        }
        Result<Money> converted = m_rates.convert(in.asMoney(), m_to, *date);
        if (!converted) {
            Error e = converted.error();
            e.message = QStringLiteral("%1: %2").arg(c.field, e.message);
            return fail(e);
        }
        return MappedValue::money(*converted);
    }

private:
    Currency m_to;
    ExchangeRates m_rates;
    JsonPath m_datePath;
};

class AddressTransform final : public Transform
{
public:
    AddressTransform(JsonPath from, QStringList lineTargets, QString postalTarget, AddressStandardiser::Options options)
        : m_from(std::move(from))
        , m_lineTargets(std::move(lineTargets))
        , m_postalTarget(std::move(postalTarget))
        , m_options(options)
    {}
    Result<MappedValue> apply(const MappedValue&, const EvaluationContext& c) const override
    {
        const QJsonValue v = m_from.resolve(c.root, c.current);
        if (!v.isObject()) {
            return fail(valueError(c, Transform::tr("the source has no address at %1.").arg(m_from.toString())));
        }
        Result<AddressStandardiser::Standardised> s =
            AddressStandardiser::standardise(PostalAddress::fromJson(v.toObject()), m_options);
        if (!s) {
            Error e = s.error();
            e.message = QStringLiteral("%1: %2").arg(c.field, e.message);
            return fail(e);
        }
        MappedValue::Group group;
        for (qsizetype i = 0; i < s->lines.size() && i < m_lineTargets.size(); ++i) {
            group.insert(m_lineTargets.at(i), s->lines.at(i));
        }
        if (!m_postalTarget.isEmpty() && !s->postalCode.isEmpty()) {
            group.insert(m_postalTarget, s->postalCode);
        }
        return MappedValue::group(group);
    }

private:
    JsonPath m_from;
    QStringList m_lineTargets;
    QString m_postalTarget;
    AddressStandardiser::Options m_options;
};

class GlAccountTransform final : public Transform
{
public:
    struct Rule {
        QList<std::pair<JsonPath, QStringList>> when; ///< path → accepted values ("*" = any)
        QString account;
    };
    GlAccountTransform(QList<Rule> rules, std::optional<QString> fallback)
        : m_rules(std::move(rules))
        , m_default(std::move(fallback))
    {}
    Result<MappedValue> apply(const MappedValue&, const EvaluationContext& c) const override
    {
        QStringList seen;
        for (const Rule& rule : m_rules) {
            bool matches = true;
            for (const auto& [path, accepted] : rule.when) {
                const QJsonValue v = path.resolve(c.root, c.current);
                const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
                if (seen.size() < 8 && !seen.contains(path.toString() + QLatin1Char('=') + text)) {
                    seen.append(path.toString() + QLatin1Char('=') + text);
                }
                if (!accepted.contains(QStringLiteral("*")) &&
                    !std::any_of(accepted.begin(), accepted.end(),
                                 [&text](const QString& a) { return a.compare(text, Qt::CaseInsensitive) == 0; })) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                return MappedValue::text(rule.account);
            }
        }
        if (m_default) {
            return MappedValue::text(*m_default);
        }
        return fail(
            valueError(c, Transform::tr("no GL account rule matches this transaction (%1). Add a rule or a default "
                                        "account.")
                              .arg(seen.join(QStringLiteral(", ")))));
    }

private:
    QList<Rule> m_rules;
    std::optional<QString> m_default;
};

class ConcatTransform final : public Transform
{
public:
    ConcatTransform(std::vector<std::variant<QString, TransformChain>> parts, QString separator, bool skipEmpty)
        : m_parts(std::move(parts))
        , m_separator(std::move(separator))
        , m_skipEmpty(skipEmpty)
    {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext& c) const override
    {
        QStringList pieces;
        for (const auto& part : m_parts) {
            QString piece;
            if (std::holds_alternative<QString>(part)) {
                piece = std::get<QString>(part);
            } else {
                Result<MappedValue> v = runChain(std::get<TransformChain>(part), c, in);
                if (!v) {
                    return fail(v.error());
                }
                piece = v->toText();
            }
            if (!(m_skipEmpty && piece.isEmpty())) {
                pieces.append(piece);
            }
        }
        return MappedValue::text(pieces.join(m_separator));
    }

private:
    std::vector<std::variant<QString, TransformChain>> m_parts;
    QString m_separator;
    bool m_skipEmpty;
};

class FormatDateTransform final : public Transform
{
public:
    explicit FormatDateTransform(QString format) : m_format(std::move(format)) {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext& c) const override
    {
        if (in.isNull()) {
            return in;
        }
        Result<QDate> d = dateOf(in, c);
        if (!d) {
            return fail(d.error());
        }
        if (m_format.isEmpty()) {
            return MappedValue::date(*d);
        }
        return MappedValue::text(d->toString(m_format));
    }

private:
    QString m_format;
};

class SubstringTransform final : public Transform
{
public:
    SubstringTransform(qsizetype start, qsizetype length) : m_start(start), m_length(length) {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext&) const override
    {
        return in.isNull() ? in : MappedValue::text(in.toText().mid(m_start, m_length));
    }

private:
    qsizetype m_start;
    qsizetype m_length;
};

class HashToLengthTransform final : public Transform
{
public:
    explicit HashToLengthTransform(qsizetype length) : m_length(length) {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext&) const override
    {
        const QString s = in.toText();
        if (s.size() <= m_length) {
            return MappedValue::text(s);
        }
        // Keep a readable prefix and make it unique with a hash of the whole value.
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex().left(8))
                .toUpper();
        return MappedValue::text(s.left(m_length - 9) + QLatin1Char('~') + hash);
    }

private:
    qsizetype m_length;
};

class ConditionTransform final : public Transform
{
public:
    ConditionTransform(Condition condition, TransformChain then, TransformChain otherwise)
        : m_condition(std::move(condition))
        , m_then(std::move(then))
        , m_else(std::move(otherwise))
    {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext& c) const override
    {
        Result<bool> yes = m_condition.test(c);
        if (!yes) {
            return fail(yes.error());
        }
        const TransformChain& chain = *yes ? m_then : m_else;
        return chain.empty() ? in : runChain(chain, c, in);
    }

private:
    Condition m_condition;
    TransformChain m_then;
    TransformChain m_else;
};

class DefaultTransform final : public Transform
{
public:
    explicit DefaultTransform(MappedValue v) : m_value(std::move(v)) {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext&) const override
    {
        return (in.isNull() || (in.isText() && in.asText().trimmed().isEmpty())) ? m_value : in;
    }

private:
    MappedValue m_value;
};

class TextTransform final : public Transform
{
public:
    enum Kind { Upper, Lower, Trim };
    explicit TextTransform(Kind k) : m_kind(k) {}
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext&) const override
    {
        if (!in.isText()) {
            return in;
        }
        switch (m_kind) {
        case Upper:
            return MappedValue::text(in.asText().toUpper());
        case Lower:
            return MappedValue::text(in.asText().toLower());
        case Trim:
            return MappedValue::text(in.asText().simplified());
        }
        return in;
    }

private:
    Kind m_kind;
};

/// Changes the sign of an amount, a whole number or a decimal text ("10.50" → "-10.50"): a
/// journal's credit entry from the payment's amount. Exact: money through Money, text as its
/// digits, never through floating point. Nothing stays nothing.
class NegateTransform final : public Transform
{
public:
    Result<MappedValue> apply(const MappedValue& in, const EvaluationContext& c) const override
    {
        if (in.isNull()) {
            return in;
        }
        if (in.isMoney()) {
            Result<Money> negated = in.asMoney().negated();
            if (!negated) {
                return fail(valueError(c, negated.error().message));
            }
            return MappedValue::money(*negated);
        }
        if (in.isInteger()) {
            if (in.asInteger() == std::numeric_limits<qint64>::min()) {
                return fail(
                    valueError(c, Transform::tr("%1 cannot be negated: the result is too large.").arg(in.asInteger())));
            }
            return MappedValue::integer(-in.asInteger());
        }
        if (in.isText()) {
            static const QRegularExpression decimal(QStringLiteral("^([+-]?)(\\d+(?:\\.\\d+)?)$"));
            const QString text = in.asText().trimmed();
            const QRegularExpressionMatch m = decimal.match(text);
            if (!m.hasMatch()) {
                return fail(valueError(c, Transform::tr("\"%1\" is not a number, so it cannot be negated. Negate an "
                                                        "amount, a whole number or a decimal such as 10.50.")
                                              .arg(in.asText())));
            }
            const QString digits = m.captured(2);
            static const QRegularExpression zero(QStringLiteral("^0+(?:\\.0+)?$"));
            if (zero.match(digits).hasMatch()) {
                return MappedValue::text(digits); // zero has no sign
            }
            return MappedValue::text(m.captured(1) == QLatin1String("-") ? digits : QLatin1Char('-') + digits);
        }
        return fail(
            valueError(c, Transform::tr("a negate step needs an amount or a number, not %1.").arg(in.kindName())));
    }
};

Result<MappedValue> constantOf(const QJsonValue& v, const QString& where)
{
    if (v.isString()) {
        return MappedValue::text(v.toString());
    }
    if (v.isBool()) {
        return MappedValue::boolean(v.toBool());
    }
    if (v.isDouble() && static_cast<double>(v.toInteger()) == v.toDouble()) {
        return MappedValue::integer(v.toInteger());
    }
    if (v.isObject()) {
        Result<Money> m = moneyFromJson(v, where);
        if (m) {
            return MappedValue::money(*m);
        }
    }
    return fail(specError(where, Transform::tr("\"value\" must be text, a whole number, true/false or an amount "
                                               "{\"minor\", \"currency\"}.")));
}

Result<JsonPath> pathParam(const QJsonObject& spec, const char* key, const QString& where, const QString& fallback = {})
{
    const QString text = spec.contains(QLatin1String(key)) ? spec.value(QLatin1String(key)).toString() : fallback;
    Result<JsonPath> p = JsonPath::parse(text);
    if (!p) {
        return fail(specError(where, p.error().message));
    }
    return p;
}

} // namespace

QStringList Transform::types()
{
    return {QStringLiteral("path"),         QStringLiteral("constant"),   QStringLiteral("lookup"),
            QStringLiteral("currency"),     QStringLiteral("address"),    QStringLiteral("glAccount"),
            QStringLiteral("concat"),       QStringLiteral("formatDate"), QStringLiteral("substring"),
            QStringLiteral("hashToLength"), QStringLiteral("condition"),  QStringLiteral("default"),
            QStringLiteral("upper"),        QStringLiteral("lower"),      QStringLiteral("trim"),
            QStringLiteral("negate")};
}

Result<std::unique_ptr<Transform>> Transform::compile(const QJsonObject& spec, const QString& where)
{
    const QString type = spec.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("path")) {
        Result<JsonPath> p = pathParam(spec, "path", where);
        if (!p) {
            return fail(p.error());
        }
        return std::make_unique<PathTransform>(*p, !spec.value(QStringLiteral("optional")).toBool(false));
    }
    if (type == QLatin1String("constant") || type == QLatin1String("default")) {
        if (!spec.contains(QStringLiteral("value"))) {
            return fail(specError(where, tr("a %1 step needs a \"value\".").arg(type)));
        }
        Result<MappedValue> v = constantOf(spec.value(QStringLiteral("value")), where);
        if (!v) {
            return fail(v.error());
        }
        if (type == QLatin1String("default")) {
            return std::make_unique<DefaultTransform>(*v);
        }
        return std::make_unique<ConstantTransform>(*v);
    }
    if (type == QLatin1String("lookup")) {
        const QJsonObject table = spec.value(QStringLiteral("table")).toObject();
        if (table.isEmpty()) {
            return fail(specError(where, tr("a lookup needs a non-empty \"table\" of source value → target value.")));
        }
        QMap<QString, QString> map;
        for (auto it = table.begin(); it != table.end(); ++it) {
            if (!it.value().isString()) {
                return fail(specError(where, tr("lookup value for \"%1\" must be text.").arg(it.key())));
            }
            map.insert(it.key(), it.value().toString());
        }
        std::optional<QString> fallback;
        if (spec.contains(QStringLiteral("default"))) {
            fallback = spec.value(QStringLiteral("default")).toString();
        }
        return std::make_unique<LookupTransform>(map, fallback,
                                                 spec.value(QStringLiteral("caseSensitive")).toBool(false));
    }
    if (type == QLatin1String("currency")) {
        const Result<Currency> to = Currency::fromCode(spec.value(QStringLiteral("to")).toString());
        if (!to) {
            return fail(specError(where, tr("\"to\" must be the target currency, such as GBP.")));
        }
        Result<ExchangeRates> rates =
            ExchangeRates::fromJson(spec.value(QStringLiteral("rates")).toArray(), where + QStringLiteral(".rates"));
        if (!rates) {
            return fail(rates.error());
        }
        Result<JsonPath> date = pathParam(spec, "date", where, QStringLiteral("$.createdDate"));
        if (!date) {
            return fail(date.error());
        }
        return std::make_unique<CurrencyTransform>(*to, *rates, *date);
    }
    if (type == QLatin1String("address")) {
        Result<JsonPath> from = pathParam(spec, "from", where, QStringLiteral("shippingAddress"));
        if (!from) {
            return fail(from.error());
        }
        QStringList lines;
        for (const QJsonValue& l : spec.value(QStringLiteral("lines")).toArray()) {
            lines.append(l.toString());
        }
        if (lines.isEmpty() || lines.contains(QString())) {
            return fail(specError(where, tr("an address step needs \"lines\": the target field for each address line, "
                                            "such as [\"ShipAddress1\", …, \"ShipAddress5\"].")));
        }
        AddressStandardiser::Options options;
        options.maxLines = static_cast<int>(lines.size());
        options.lineLength = spec.value(QStringLiteral("lineLength")).toInt(40);
        if (options.lineLength < 10) {
            return fail(specError(where, tr("\"lineLength\" must be at least 10.")));
        }
        const QString textCase = spec.value(QStringLiteral("case")).toString(QStringLiteral("keep"));
        if (textCase == QLatin1String("upper")) {
            options.textCase = AddressStandardiser::Case::Upper;
        } else if (textCase == QLatin1String("title")) {
            options.textCase = AddressStandardiser::Case::Title;
        } else if (textCase != QLatin1String("keep")) {
            return fail(specError(where, tr("\"case\" must be keep, upper or title.")));
        }
        options.formatPostcode = spec.value(QStringLiteral("formatPostcode")).toBool(true);
        options.includeCountryLine = spec.value(QStringLiteral("countryLine")).toBool(false);
        return std::make_unique<AddressTransform>(*from, lines, spec.value(QStringLiteral("postalCode")).toString(),
                                                  options);
    }
    if (type == QLatin1String("glAccount")) {
        QList<GlAccountTransform::Rule> rules;
        const QJsonArray ruleArray = spec.value(QStringLiteral("rules")).toArray();
        for (qsizetype i = 0; i < ruleArray.size(); ++i) {
            const QJsonObject r = ruleArray.at(i).toObject();
            const QString here = QStringLiteral("%1.rules[%2]").arg(where).arg(i);
            GlAccountTransform::Rule rule;
            rule.account = r.value(QStringLiteral("account")).toString();
            if (rule.account.isEmpty()) {
                return fail(specError(here, tr("each rule needs an \"account\".")));
            }
            const QJsonObject when = r.value(QStringLiteral("when")).toObject();
            for (auto it = when.begin(); it != when.end(); ++it) {
                Result<JsonPath> p = JsonPath::parse(it.key());
                if (!p) {
                    return fail(specError(here, p.error().message));
                }
                QStringList accepted;
                if (it.value().isArray()) {
                    for (const QJsonValue& a : it.value().toArray()) {
                        accepted.append(a.toString());
                    }
                } else {
                    accepted.append(it.value().toString());
                }
                rule.when.append({*p, accepted});
            }
            rules.append(rule);
        }
        std::optional<QString> fallback;
        if (spec.contains(QStringLiteral("default"))) {
            fallback = spec.value(QStringLiteral("default")).toString();
        }
        if (rules.isEmpty() && !fallback) {
            return fail(specError(where, tr("GL account derivation needs \"rules\" or a \"default\" account.")));
        }
        return std::make_unique<GlAccountTransform>(rules, fallback);
    }
    if (type == QLatin1String("concat")) {
        std::vector<std::variant<QString, TransformChain>> parts;
        const QJsonArray partArray = spec.value(QStringLiteral("parts")).toArray();
        if (partArray.isEmpty()) {
            return fail(specError(where, tr("concat needs \"parts\": text, or steps that produce text.")));
        }
        for (qsizetype i = 0; i < partArray.size(); ++i) {
            const QJsonValue p = partArray.at(i);
            if (p.isString()) {
                parts.emplace_back(p.toString());
                continue;
            }
            Result<TransformChain> chain = compileChain(p.isObject() ? QJsonValue(QJsonArray{p}) : p,
                                                        QStringLiteral("%1.parts[%2]").arg(where).arg(i));
            if (!chain) {
                return fail(chain.error());
            }
            parts.emplace_back(std::move(*chain));
        }
        return std::make_unique<ConcatTransform>(std::move(parts), spec.value(QStringLiteral("separator")).toString(),
                                                 spec.value(QStringLiteral("skipEmpty")).toBool(true));
    }
    if (type == QLatin1String("formatDate")) {
        return std::make_unique<FormatDateTransform>(
            spec.value(QStringLiteral("format")).toString(QStringLiteral("yyyy-MM-dd")));
    }
    if (type == QLatin1String("substring")) {
        const int start = spec.value(QStringLiteral("start")).toInt(0);
        const int length = spec.value(QStringLiteral("length")).toInt(-1);
        if (start < 0 || length < 1) {
            return fail(specError(where, tr("substring needs \"start\" (0 or more) and \"length\" (1 or more).")));
        }
        return std::make_unique<SubstringTransform>(start, length);
    }
    if (type == QLatin1String("hashToLength")) {
        const int length = spec.value(QStringLiteral("length")).toInt(0);
        if (length < 12) {
            return fail(
                specError(where, tr("hashToLength needs a \"length\" of at least 12 (it keeps a prefix and adds "
                                    "a 9-character hash).")));
        }
        return std::make_unique<HashToLengthTransform>(length);
    }
    if (type == QLatin1String("condition")) {
        Result<Condition> condition =
            Condition::compile(spec.value(QStringLiteral("if")), where + QStringLiteral(".if"));
        if (!condition) {
            return fail(condition.error());
        }
        Result<TransformChain> then = compileChain(spec.value(QStringLiteral("then")), where + QStringLiteral(".then"));
        if (!then) {
            return fail(then.error());
        }
        Result<TransformChain> otherwise =
            spec.contains(QStringLiteral("else"))
                ? compileChain(spec.value(QStringLiteral("else")), where + QStringLiteral(".else"))
                : Result<TransformChain>(TransformChain{});
        if (!otherwise) {
            return fail(otherwise.error());
        }
        return std::make_unique<ConditionTransform>(*condition, std::move(*then), std::move(*otherwise));
    }
    if (type == QLatin1String("upper")) {
        return std::make_unique<TextTransform>(TextTransform::Upper);
    }
    if (type == QLatin1String("lower")) {
        return std::make_unique<TextTransform>(TextTransform::Lower);
    }
    if (type == QLatin1String("trim")) {
        return std::make_unique<TextTransform>(TextTransform::Trim);
    }
    if (type == QLatin1String("negate")) {
        return std::make_unique<NegateTransform>();
    }
    return fail(specError(
        where, tr("unknown step type \"%1\". Use one of: %2.").arg(type, types().join(QStringLiteral(", ")))));
}

Result<TransformChain> compileChain(const QJsonValue& steps, const QString& where)
{
    if (!steps.isArray() || steps.toArray().isEmpty()) {
        return fail(specError(where, Transform::tr("expected a list of steps, such as [{\"type\": \"path\", \"path\": "
                                                   "\"vendorTxCode\"}].")));
    }
    TransformChain chain;
    const QJsonArray array = steps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return fail(specError(QStringLiteral("%1[%2]").arg(where).arg(i),
                                  Transform::tr("a step must be an object with a \"type\".")));
        }
        Result<std::unique_ptr<Transform>> t =
            Transform::compile(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(where).arg(i));
        if (!t) {
            return fail(t.error());
        }
        chain.push_back(std::move(*t));
    }
    return chain;
}

Result<MappedValue> runChain(const TransformChain& chain, const EvaluationContext& context, MappedValue input)
{
    MappedValue value = std::move(input);
    for (const auto& step : chain) {
        Result<MappedValue> next = step->apply(value, context);
        if (!next) {
            return fail(next.error());
        }
        value = std::move(*next);
    }
    return value;
}

} // namespace bridge::mapping
