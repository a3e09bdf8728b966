// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclfunctions.h"

#include "hclfunctioncall.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace sg::HclFunctions {

using namespace detail;

namespace {

std::optional<HclValue> numberFunctions(QStringView name, Call &c)
{
    const auto unary = [&](double (*f)(double)) -> HclValue {
        const auto args = c.arguments<double>();
        return args ? HclValue::number(f(std::get<0>(*args))) : HclValue::invalid();
    };
    if (name == u"abs")
        return unary([](double x) { return std::abs(x); });
    if (name == u"ceil")
        return unary([](double x) { return std::ceil(x); });
    if (name == u"floor")
        return unary([](double x) { return std::floor(x); });
    if (name == u"signum")
        return unary([](double x) { return x > 0 ? 1.0 : x < 0 ? -1.0
                                                               : 0.0; });
    if (name == u"min" || name == u"max") {
        if (!c.count(1, std::numeric_limits<qsizetype>::max()))
            return HclValue::invalid();
        std::optional<double> best;
        for (qsizetype i = 0; i < c.args.size(); ++i) {
            const auto n = c.number(i);
            if (!n)
                return HclValue::invalid();
            if (!best || (name == u"min" ? *n < *best : *n > *best))
                best = n;
        }
        return HclValue::number(*best);
    }
    if (name == u"pow") {
        const auto args = c.arguments<double, double>();
        if (!args)
            return HclValue::invalid();
        const auto [base, exponent] = *args;
        return HclValue::number(std::pow(base, exponent));
    }
    if (name == u"parseint") {
        const auto args = c.arguments<QString, qint64>();
        if (!args)
            return HclValue::invalid();
        const auto &[text, base] = *args;
        bool ok = false;
        const qint64 v = (base >= 2 && base <= 36) ? text.toLongLong(&ok, int(base)) : 0;
        if (!ok) {
            *c.error = Messages::tr("parseint(): \"%1\" is not a number in base %2").arg(text).arg(base);
            return HclValue::invalid();
        }
        return HclValue::number(double(v));
    }
    return std::nullopt;
}

std::optional<HclValue> conversions(QStringView name, Call &c)
{
    if (name != u"tostring" && name != u"tonumber" && name != u"tobool" && name != u"tomap")
        return std::nullopt;
    if (!c.count(1, 1))
        return HclValue::invalid();
    const HclValue &v = c.args.at(0);
    if (v.isNull())
        return v;
    if (name == u"tomap") {
        if (v.type() != Type::Object) {
            *c.error = Messages::tr("tomap() needs a map or object, not %1").arg(v.typeName());
            return HclValue::invalid();
        }
        return v;
    }
    if (name == u"tostring") {
        const auto t = toText(v);
        if (!t) {
            *c.error = Messages::tr("tostring() cannot convert a %1 to a string").arg(v.typeName());
            return HclValue::invalid();
        }
        return HclValue::string(*t);
    }
    if (name == u"tonumber") {
        const auto n = toNumber(v);
        if (!n) {
            *c.error = Messages::tr("tonumber() cannot convert %1 to a number").arg(v.display());
            return HclValue::invalid();
        }
        return HclValue::number(*n);
    }
    const auto b = toBool(v);
    if (!b) {
        *c.error = Messages::tr("tobool() cannot convert %1 to a bool").arg(v.display());
        return HclValue::invalid();
    }
    return HclValue::boolean(*b);
}

} // namespace

std::optional<QString> toText(const HclValue &value)
{
    switch (value.type()) {
    case Type::String: return value.toText();
    case Type::Number: return HclValue::numberText(value.toNumber());
    case Type::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return std::nullopt;
    }
}

std::optional<double> toNumber(const HclValue &value)
{
    if (value.type() == Type::Number)
        return value.toNumber();
    if (value.type() != Type::String)
        return std::nullopt;
    bool ok = false;
    const QString text = value.toText();
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const double n = text.toDouble(&ok);
    return ok ? std::optional<double>(n) : std::nullopt;
}

std::optional<bool> toBool(const HclValue &value)
{
    if (value.type() == Type::Bool)
        return value.toBool();
    if (value.type() == Type::String && (value.toText() == u"true" || value.toText() == u"false"))
        return value.toText() == u"true";
    return std::nullopt;
}

bool acceptsUnknownElements(QStringView name)
{
    static const QSet<QString> names{
        QStringLiteral("length"), QStringLiteral("element"), QStringLiteral("lookup"), QStringLiteral("concat"),
        QStringLiteral("merge"), QStringLiteral("slice"), QStringLiteral("flatten"), QStringLiteral("keys"),
        QStringLiteral("values"), QStringLiteral("tolist"), QStringLiteral("tomap"), QStringLiteral("reverse"),
        QStringLiteral("zipmap"), QStringLiteral("coalescelist"), QStringLiteral("one")};
    return names.contains(name.toString());
}

std::optional<HclValue> call(QStringView name, const QList<HclValue> &arguments, QString *error)
{
    Call c{name, arguments, error};
    if (auto v = stringFunctions(name, c))
        return v;
    if (auto v = collectionFunctions(name, c))
        return v;
    if (auto v = numberFunctions(name, c))
        return v;
    if (auto v = conversions(name, c))
        return v;
    if (auto v = networkFunctions(name, c))
        return v;
    return std::nullopt;
}

} // namespace sg::HclFunctions
