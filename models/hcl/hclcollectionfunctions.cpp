// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclfunctioncall.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace sg::HclFunctions::detail {
namespace {

bool sameValue(const HclValue &a, const HclValue &b)
{
    return a == b;
}

// Terraform sorts the elements of a set of strings; other sets keep their order here.
HclValue toSet(const HclValue::Items &items)
{
    HclValue::Items out;
    for (const HclValue &item : items) {
        if (std::none_of(out.cbegin(), out.cend(), [&](const HclValue &o) { return sameValue(o, item); }))
            out.append(item);
    }
    if (std::all_of(out.cbegin(), out.cend(), [](const HclValue &v) { return v.type() == Type::String; }))
        std::sort(out.begin(), out.end(), [](const HclValue &a, const HclValue &b) { return a.toText() < b.toText(); });
    return HclValue::tuple(out);
}

} // namespace

std::optional<HclValue> collectionFunctions(QStringView name, Call &c)
{
    const auto any = std::numeric_limits<qsizetype>::max();
    if (name == u"length") {
        if (!c.count(1, 1))
            return HclValue::invalid();
        const HclValue &v = c.args.at(0);
        if (v.type() == Type::Tuple)
            return HclValue::number(double(v.items().size()));
        if (v.type() == Type::Object)
            return HclValue::number(double(v.fields().size()));
        if (v.type() == Type::String)
            return HclValue::number(double(v.toText().toUcs4().size()));
        *c.error = Messages::tr("length() needs a list, map or string, not %1").arg(v.typeName());
        return HclValue::invalid();
    }
    if (name == u"concat") {
        HclValue::Items out;
        for (qsizetype i = 0; i < c.args.size(); ++i) {
            const HclValue::Items *list = c.list(i);
            if (!list)
                return HclValue::invalid();
            out += *list;
        }
        return HclValue::tuple(out);
    }
    if (name == u"element") {
        const auto args = c.arguments<const Items *, qint64>();
        if (!args)
            return HclValue::invalid();
        const auto &[list, index] = *args;
        if (list->isEmpty() || index < 0) {
            *c.error = list->isEmpty() ? Messages::tr("element() cannot pick from an empty list")
                                       : Messages::tr("element() needs an index of 0 or more");
            return HclValue::invalid();
        }
        return list->at(index % list->size());
    }
    if (name == u"index") {
        const auto args = c.arguments<const Items *, const HclValue *>();
        if (!args)
            return HclValue::invalid();
        const auto &[list, value] = *args;
        const qsizetype at = list->indexOf(*value);
        if (at < 0) {
            *c.error = Messages::tr("index(): the list does not hold %1").arg(value->display());
            return HclValue::invalid();
        }
        return HclValue::number(double(at));
    }
    if (name == u"lookup") {
        if (!c.count(2, 3))
            return HclValue::invalid();
        const HclValue::Fields *map = c.map(0);
        const auto key = map ? c.text(1) : std::nullopt;
        if (!key)
            return HclValue::invalid();
        if (map->contains(*key))
            return map->value(*key);
        if (c.args.size() == 3)
            return c.args.at(2);
        *c.error = Messages::tr("lookup(): the map has no key \"%1\" and no default is given").arg(*key);
        return HclValue::invalid();
    }
    if (name == u"contains") {
        const auto args = c.arguments<const Items *, const HclValue *>();
        return args ? HclValue::boolean(std::get<0>(*args)->contains(*std::get<1>(*args))) : HclValue::invalid();
    }
    if (name == u"keys" || name == u"values") {
        const auto args = c.arguments<const Fields *>();
        if (!args)
            return HclValue::invalid();
        const Fields *map = std::get<0>(*args);
        return name == u"keys" ? strings(map->keys()) : HclValue::tuple(map->values());
    }
    if (name == u"merge") {
        HclValue::Fields out;
        for (qsizetype i = 0; i < c.args.size(); ++i) {
            if (c.args.at(i).isNull())
                continue;
            const HclValue::Fields *map = c.map(i);
            if (!map)
                return HclValue::invalid();
            out.insert(*map);
        }
        return HclValue::object(out);
    }
    if (name == u"zipmap") {
        const auto args = c.arguments<const Items *, const Items *>();
        if (!args)
            return HclValue::invalid();
        const auto &[keys, values] = *args;
        if (keys->size() != values->size()) {
            *c.error = Messages::tr("zipmap(): %1 keys for %2 values").arg(keys->size()).arg(values->size());
            return HclValue::invalid();
        }
        HclValue::Fields out;
        for (qsizetype i = 0; i < keys->size(); ++i) {
            const std::optional<QString> key = toText(keys->at(i));
            if (!key) {
                *c.error = Messages::tr("zipmap(): key %1 is not a string").arg(i + 1);
                return HclValue::invalid();
            }
            out.insert(*key, values->at(i));
        }
        return HclValue::object(out);
    }
    if (name == u"flatten") {
        const auto args = c.arguments<const Items *>();
        if (!args)
            return HclValue::invalid();
        HclValue::Items out;
        std::function<void(const HclValue::Items &)> walk = [&](const HclValue::Items &items) {
            for (const HclValue &item : items) {
                if (item.type() == Type::Tuple)
                    walk(item.items());
                else
                    out.append(item);
            }
        };
        walk(*std::get<0>(*args));
        return HclValue::tuple(out);
    }
    if (name == u"compact" || name == u"distinct" || name == u"reverse" || name == u"sort" || name == u"tolist"
        || name == u"toset" || name == u"one" || name == u"sum" || name == u"coalescelist") {
        if (name == u"coalescelist") {
            for (qsizetype i = 0; i < c.args.size(); ++i) {
                const HclValue::Items *list = c.list(i);
                if (!list)
                    return HclValue::invalid();
                if (!list->isEmpty())
                    return c.args.at(i);
            }
            *c.error = Messages::tr("coalescelist(): every list is empty");
            return HclValue::invalid();
        }
        if (!c.count(1, 1))
            return HclValue::invalid();
        if (name == u"one" && c.args.at(0).isNull())
            return HclValue();
        const HclValue::Items *list = c.list(0);
        if (!list)
            return HclValue::invalid();
        HclValue::Items out;
        if (name == u"compact") {
            for (const HclValue &item : *list) {
                if (!item.isNull() && !(item.type() == Type::String && item.toText().isEmpty()))
                    out.append(item);
            }
        } else if (name == u"distinct") {
            for (const HclValue &item : *list) {
                if (!out.contains(item))
                    out.append(item);
            }
        } else if (name == u"reverse") {
            out = *list;
            std::reverse(out.begin(), out.end());
        } else if (name == u"sort") {
            QStringList texts;
            for (const HclValue &item : *list) {
                const std::optional<QString> t = toText(item);
                if (!t) {
                    *c.error = Messages::tr("sort() needs a list of strings");
                    return HclValue::invalid();
                }
                texts.append(*t);
            }
            texts.sort();
            return strings(texts);
        } else if (name == u"toset") {
            return toSet(*list);
        } else if (name == u"one") {
            if (list->size() > 1) {
                *c.error = Messages::tr("one() needs a list of at most one element, not %1").arg(list->size());
                return HclValue::invalid();
            }
            return list->isEmpty() ? HclValue() : list->first();
        } else if (name == u"sum") {
            double total = 0;
            for (const HclValue &item : *list) {
                const std::optional<double> n = toNumber(item);
                if (!n) {
                    *c.error = Messages::tr("sum() needs a list of numbers");
                    return HclValue::invalid();
                }
                total += *n;
            }
            return HclValue::number(total);
        } else {
            out = *list;
        }
        return HclValue::tuple(out);
    }
    if (name == u"slice") {
        const auto args = c.arguments<const Items *, qint64, qint64>();
        if (!args)
            return HclValue::invalid();
        const auto &[list, from, to] = *args;
        if (from < 0 || to < from || to > list->size()) {
            *c.error = Messages::tr("slice(): %1 to %2 is outside a list of %3").arg(from).arg(to).arg(list->size());
            return HclValue::invalid();
        }
        return HclValue::tuple(list->mid(from, to - from));
    }
    if (name == u"range") {
        if (!c.count(1, 3))
            return HclValue::invalid();
        double start = 0;
        double step = 1;
        std::optional<double> limit;
        if (c.args.size() == 1) {
            limit = c.number(0);
        } else {
            const auto s = c.number(0);
            limit = s ? c.number(1) : std::nullopt;
            if (s)
                start = *s;
            if (limit && c.args.size() == 3) {
                const auto st = c.number(2);
                if (!st)
                    return HclValue::invalid();
                step = *st;
            } else if (limit && *limit < start) {
                step = -1;
            }
        }
        if (!limit)
            return HclValue::invalid();
        if (step == 0 || std::abs((*limit - start) / step) > 1024) {
            *c.error = Messages::tr("range(): at most 1024 elements");
            return HclValue::invalid();
        }
        HclValue::Items out;
        for (double v = start; step > 0 ? v < *limit : v > *limit; v += step)
            out.append(HclValue::number(v));
        return HclValue::tuple(out);
    }
    if (name == u"coalesce") {
        if (!c.count(1, any))
            return HclValue::invalid();
        for (const HclValue &v : c.args) {
            if (!v.isNull() && !(v.type() == Type::String && v.toText().isEmpty()))
                return v;
        }
        *c.error = Messages::tr("coalesce(): every argument is null or empty");
        return HclValue::invalid();
    }
    return std::nullopt;
}

} // namespace sg::HclFunctions::detail
