// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosevaluator.h"

#include "jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace sg {
namespace {

// Functions nest as deep as the template does; beyond this the template is refused.
constexpr int MaxDepth = 128;

constexpr QLatin1StringView SecurityGroupType("ALIYUN::ECS::SecurityGroup");

QString numberText(double n)
{
    if (n == std::floor(n) && std::abs(n) < 9007199254740992.0)
        return QString::number(qint64(n));
    return QString::number(n, 'g', 17);
}

// Values compared the way a template author expects: "true" equals true, "1" equals 1.
QString comparable(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return numberText(v.toDouble());
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    default: break;
    }
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

RosEvaluator::RosEvaluator(const QJsonObject &root, const QHash<QString, QString> &parameters, const QString &fileName,
                           ProblemCollector &problems)
    : m_given(parameters), m_file(fileName), m_problems(problems)
{
    m_parameters = json::valueIgnoringCase(root, QLatin1StringView("Parameters")).toObject();
    m_resources = json::valueIgnoringCase(root, QLatin1StringView("Resources")).toObject();
    m_conditions = json::valueIgnoringCase(root, QLatin1StringView("Conditions")).toObject();
    m_mappings = json::valueIgnoringCase(root, QLatin1StringView("Mappings")).toObject();
}

QString RosEvaluator::functionName(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    if (object.size() != 1)
        return {};
    const QString key = object.constBegin().key();
    return key == u"Ref" || key.startsWith(QLatin1StringView("Fn::")) ? key : QString();
}

QString RosEvaluator::functionText(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        text = comparable(value);
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text;
}

RosValue RosEvaluator::unknown(const QJsonValue &whole, const QString &reason, bool suppliable) const
{
    RosValue r;
    r.known = false;
    r.expression = functionText(whole);
    r.reason = reason;
    r.suppliable = suppliable;
    return r;
}

RosValue RosEvaluator::unknownBecause(const QJsonValue &whole, const RosValue &cause) const
{
    RosValue r = unknown(whole, cause.reason, cause.suppliable);
    r.parameter = cause.parameter;
    return r;
}

RosValue RosEvaluator::error(const QString &path, const QString &message)
{
    m_problems.error(SourceLocation{m_file, m_line, 0, 0, path}, message);
    RosValue r;
    r.known = false;
    r.invalid = true;
    return r;
}

std::optional<QString> RosEvaluator::text(const RosValue &value) const
{
    if (!value.known || !value.groupReference.isEmpty())
        return std::nullopt;
    const QJsonValue &v = value.value;
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return numberText(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

RosValue RosEvaluator::resolve(const QJsonValue &value, const QString &path)
{
    QJsonValue current = value;
    for (int steps = 0;; ++steps) {
        const QString name = functionName(current);
        if (name.isEmpty())
            return RosValue::of(current);
        if (m_depth >= MaxDepth || steps >= MaxDepth)
            return error(path, tr("the functions are nested more than %1 levels deep").arg(MaxDepth));
        ++m_depth;
        RosValue r = call(name, current.toObject().constBegin().value(), current, path);
        --m_depth;
        if (!r.known || r.noValue || !r.groupReference.isEmpty() || functionName(r.value).isEmpty())
            return r;
        current = r.value; // Fn::If chose a branch that is itself a function
    }
}

RosValue RosEvaluator::resolveDeep(const QJsonValue &value, const QString &path)
{
    RosValue r = resolve(value, path);
    if (!r.known || r.noValue || !r.groupReference.isEmpty())
        return r;
    if (m_depth >= MaxDepth)
        return error(path, tr("the template is nested more than %1 levels deep").arg(MaxDepth));
    ++m_depth;
    RosValue out = r;
    if (r.value.isArray()) {
        QJsonArray array;
        const QJsonArray items = r.value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            RosValue item = resolveDeep(items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (item.noValue)
                continue;
            if (!item.known || !item.groupReference.isEmpty()) {
                --m_depth;
                if (item.known) // a group id inside a list: known only once the group exists
                    return unknown(items.at(i), tr("the security group %1 has no id until the stack is created").arg(item.groupReference));
                return item;
            }
            array.append(item.value);
        }
        out.value = array;
    } else if (r.value.isObject()) {
        QJsonObject object;
        const QJsonObject fields = r.value.toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            RosValue field = resolveDeep(it.value(), path + u'.' + it.key());
            if (field.noValue)
                continue;
            if (!field.known || !field.groupReference.isEmpty()) {
                --m_depth;
                if (field.known)
                    return unknown(it.value(), tr("the security group %1 has no id until the stack is created").arg(field.groupReference));
                return field;
            }
            object.insert(it.key(), field.value);
        }
        out.value = object;
    }
    --m_depth;
    return out;
}

RosValue RosEvaluator::call(const QString &name, const QJsonValue &argument, const QJsonValue &whole, const QString &path)
{
    const auto malformed = [&](const QString &shape) {
        return error(path, tr("%1 is %2; it takes %3").arg(name, functionText(whole), shape));
    };
    const QJsonArray list = argument.toArray();
    if (name == u"Ref") {
        if (!argument.isString())
            return malformed(tr("the name of a parameter or resource"));
        return ref(argument.toString(), whole, path);
    }
    if (name == u"Fn::GetAtt")
        return getAtt(argument, whole, path);
    if (name == u"Fn::Sub")
        return sub(argument, whole, path);
    if (name == u"Fn::Join") {
        if (list.size() != 2 || !list.at(0).isString())
            return malformed(tr("[delimiter, [values]]"));
        const RosValue values = resolveDeep(list.at(1), path);
        if (!values.known)
            return values;
        if (!values.value.isArray())
            return malformed(tr("[delimiter, [values]]"));
        QStringList parts;
        const QJsonArray items = values.value.toArray();
        for (const QJsonValue &item : items) {
            const std::optional<QString> t = text(RosValue::of(item));
            if (!t)
                return error(path, tr("Fn::Join can join text and numbers, not %1").arg(json::typeName(item)));
            parts.append(*t);
        }
        return RosValue::of(parts.join(list.at(0).toString()));
    }
    if (name == u"Fn::Select") {
        if (list.size() != 2)
            return malformed(tr("[index, list]"));
        const RosValue index = resolveDeep(list.at(0), path);
        if (!index.known)
            return index;
        const RosValue from = resolveDeep(list.at(1), path);
        if (!from.known)
            return from;
        const std::optional<QString> key = text(index);
        if (!key)
            return malformed(tr("[index, list]"));
        if (from.value.isObject()) {
            if (!from.value.toObject().contains(*key))
                return error(path, tr("Fn::Select: the map has no key \"%1\"").arg(*key));
            return resolve(from.value.toObject().value(*key), path);
        }
        bool ok = false;
        const int i = key->toInt(&ok);
        const QJsonArray items = from.value.toArray();
        if (!from.value.isArray() || !ok)
            return malformed(tr("[index, list]"));
        if (i < 0 || i >= items.size())
            return error(path, tr("Fn::Select: index %1 is outside the list of %2").arg(i).arg(items.size()));
        return resolve(items.at(i), path);
    }
    if (name == u"Fn::Split") {
        if (list.size() != 2 || !list.at(0).isString())
            return malformed(tr("[delimiter, text]"));
        const RosValue source = resolveDeep(list.at(1), path);
        if (!source.known)
            return source;
        const std::optional<QString> t = text(source);
        if (!t)
            return malformed(tr("[delimiter, text]"));
        return RosValue::of(QJsonArray::fromStringList(t->split(list.at(0).toString())));
    }
    if (name == u"Fn::Replace") {
        if (list.size() != 2 || !list.at(0).isObject())
            return malformed(tr("[{\"from\": \"to\"}, text]"));
        const RosValue source = resolveDeep(list.at(1), path);
        if (!source.known)
            return source;
        std::optional<QString> t = text(source);
        if (!t)
            return malformed(tr("[{\"from\": \"to\"}, text]"));
        const QJsonObject pairs = list.at(0).toObject();
        for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it)
            t->replace(it.key(), comparable(it.value()));
        return RosValue::of(*t);
    }
    if (name == u"Fn::Str") {
        const RosValue v = resolveDeep(argument.isArray() && list.size() == 1 ? list.at(0) : argument, path);
        if (!v.known)
            return v;
        const std::optional<QString> t = text(v);
        return t ? RosValue::of(*t) : malformed(tr("a number or text"));
    }
    if (name == u"Fn::FindInMap") {
        if (list.size() != 3)
            return malformed(tr("[map, key, key]"));
        QStringList keys;
        for (const QJsonValue &k : list) {
            const RosValue v = resolveDeep(k, path);
            if (!v.known)
                return v;
            const std::optional<QString> t = text(v);
            if (!t)
                return malformed(tr("[map, key, key]"));
            keys.append(*t);
        }
        const QJsonValue map = m_mappings.value(keys.at(0));
        const QJsonValue first = map.toObject().value(keys.at(1));
        const QJsonValue found = first.toObject().value(keys.at(2));
        if (!map.isObject() || !first.isObject() || found.isUndefined())
            return error(path, tr("Fn::FindInMap: Mappings has no %1").arg(keys.join(u'.')));
        return resolve(found, path);
    }
    if (name == u"Fn::If") {
        if (list.size() != 3 || !list.at(0).isString())
            return malformed(tr("[condition, value if true, value if false]"));
        const RosValue test = condition(list.at(0).toString(), path);
        if (!test.known)
            return test.invalid ? test : unknownBecause(whole, test);
        return resolve(list.at(test.value.toBool() ? 1 : 2), path);
    }
    if (name == u"Fn::Equals" || name == u"Fn::And" || name == u"Fn::Or" || name == u"Fn::Not")
        return conditionValue(whole, path);
    return unknown(whole, tr("SG Assist does not evaluate %1").arg(name));
}

RosValue RosEvaluator::parameter(const QString &name, const QJsonValue &whole)
{
    const QJsonObject declaration = m_parameters.value(name).toObject();
    QJsonValue value;
    if (m_given.contains(name))
        value = m_given.value(name);
    else
        value = json::valueIgnoringCase(declaration, QLatin1StringView("Default"));
    if (value.isUndefined() || value.isNull()) {
        RosValue r = unknown(whole, tr("the parameter %1 has no Default; pass --param %1=VALUE").arg(name), true);
        r.parameter = name;
        return r;
    }
    const QString type = json::valueIgnoringCase(declaration, QLatin1StringView("Type")).toString();
    if (type.compare(QLatin1StringView("Number"), Qt::CaseInsensitive) == 0 && value.isString()) {
        bool ok = false;
        const double n = value.toString().trimmed().toDouble(&ok);
        if (ok)
            value = n;
    } else if (type.compare(QLatin1StringView("CommaDelimitedList"), Qt::CaseInsensitive) == 0 && value.isString()) {
        QStringList items = value.toString().split(u',');
        for (QString &item : items)
            item = item.trimmed();
        value = QJsonArray::fromStringList(items);
    } else if (type.compare(QLatin1StringView("Boolean"), Qt::CaseInsensitive) == 0 && value.isString()) {
        const QString t = value.toString().trimmed().toLower();
        if (t == u"true" || t == u"false")
            value = t == u"true";
    } else if (type.compare(QLatin1StringView("Json"), Qt::CaseInsensitive) == 0 && value.isString()) {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isObject())
            value = document.object();
        else if (document.isArray())
            value = document.array();
    } else if (type.compare(QLatin1StringView("String"), Qt::CaseInsensitive) == 0 && (value.isDouble() || value.isBool())) {
        value = comparable(value);
    }
    return RosValue::of(value);
}

RosValue RosEvaluator::ref(const QString &name, const QJsonValue &whole, const QString &path)
{
    if (name == u"ALIYUN::NoValue") {
        RosValue r;
        r.noValue = true;
        return r;
    }
    if (m_parameters.contains(name) || (m_given.contains(name) && !m_resources.contains(name)))
        return parameter(name, whole);
    if (name.startsWith(QLatin1StringView("ALIYUN::"))) {
        RosValue r = unknown(whole, tr("%1 is known only when the stack is created; pass --param %1=VALUE").arg(name), true);
        r.parameter = name;
        return r;
    }
    if (m_resources.contains(name)) {
        const QJsonObject resource = m_resources.value(name).toObject();
        if (json::valueIgnoringCase(resource, QLatin1StringView("Type")).toString().compare(SecurityGroupType, Qt::CaseInsensitive) == 0) {
            RosValue r = unknown(whole, tr("the security group %1 has no id until the stack is created").arg(name));
            r.known = true;
            r.groupReference = name;
            return r;
        }
        return unknown(whole, tr("the resource %1 exists only once the stack is created").arg(name));
    }
    return error(path, tr("Ref %1 names no parameter or resource of the template").arg(name));
}

RosValue RosEvaluator::getAtt(const QJsonValue &argument, const QJsonValue &whole, const QString &path)
{
    QString resource;
    QString attribute;
    if (argument.isString()) {
        resource = argument.toString().section(u'.', 0, 0);
        attribute = argument.toString().section(u'.', 1);
    } else if (argument.isArray() && argument.toArray().size() == 2) {
        for (int i = 0; i < 2; ++i) {
            const RosValue v = resolveDeep(argument.toArray().at(i), path);
            if (!v.known)
                return v;
            const std::optional<QString> t = text(v);
            if (!t)
                return error(path, tr("Fn::GetAtt is %1; it takes [resource, attribute]").arg(functionText(whole)));
            (i == 0 ? resource : attribute) = *t;
        }
    } else {
        return error(path, tr("Fn::GetAtt is %1; it takes [resource, attribute]").arg(functionText(whole)));
    }
    if (!m_resources.contains(resource))
        return error(path, tr("Fn::GetAtt names %1, which is no resource of the template").arg(resource));
    const QJsonObject declaration = m_resources.value(resource).toObject();
    if (attribute == u"SecurityGroupId"
        && json::valueIgnoringCase(declaration, QLatin1StringView("Type")).toString().compare(SecurityGroupType, Qt::CaseInsensitive) == 0) {
        RosValue r = unknown(whole, tr("the security group %1 has no id until the stack is created").arg(resource));
        r.known = true;
        r.groupReference = resource;
        return r;
    }
    return unknown(whole, tr("%1.%2 is known only once the stack is created").arg(resource, attribute));
}

RosValue RosEvaluator::sub(const QJsonValue &argument, const QJsonValue &whole, const QString &path)
{
    QString source;
    QJsonObject variables;
    if (argument.isString()) {
        source = argument.toString();
    } else if (argument.isArray() && argument.toArray().size() == 2 && argument.toArray().at(0).isString()) {
        source = argument.toArray().at(0).toString();
        variables = argument.toArray().at(1).toObject();
    } else {
        return error(path, tr("Fn::Sub is %1; it takes a text or [text, {variables}]").arg(functionText(whole)));
    }
    QString out;
    for (qsizetype i = 0; i < source.size();) {
        if (source.mid(i, 2) != u"${") {
            out += source.at(i++);
            continue;
        }
        const qsizetype close = source.indexOf(u'}', i + 2);
        if (close < 0) {
            out += source.mid(i);
            break;
        }
        const QString name = source.mid(i + 2, close - i - 2).trimmed();
        i = close + 1;
        if (name.startsWith(u'!')) { // ${!Literal} is the text ${Literal}
            out += QStringLiteral("${") + name.mid(1) + u'}';
            continue;
        }
        RosValue v;
        if (variables.contains(name))
            v = resolveDeep(variables.value(name), path);
        else if (name.contains(u'.') && !name.startsWith(QLatin1StringView("ALIYUN::")))
            v = getAtt(QJsonValue(name), QJsonObject{{QStringLiteral("Fn::GetAtt"), name}}, path);
        else
            v = ref(name, QJsonObject{{QStringLiteral("Ref"), name}}, path);
        if (v.invalid)
            return v;
        if (!v.known || !v.groupReference.isEmpty())
            return unknownBecause(whole, v);
        const std::optional<QString> t = text(v);
        if (!t)
            return error(path, tr("Fn::Sub: ${%1} is not text").arg(name));
        out += *t;
    }
    return RosValue::of(out);
}

RosValue RosEvaluator::condition(const QString &name, const QString &path)
{
    if (m_conditionValues.contains(name))
        return m_conditionValues.value(name);
    if (!m_conditions.contains(name))
        return error(path, tr("the condition %1 is not in the template's Conditions").arg(name));
    if (m_evaluating.contains(name))
        return error(path, tr("the condition %1 depends on itself").arg(name));
    m_evaluating.insert(name);
    RosValue v = conditionValue(m_conditions.value(name), QStringLiteral("Conditions.") + name);
    m_evaluating.remove(name);
    if (!v.known && !v.invalid)
        v.reason = tr("the condition %1 cannot be decided: %2").arg(name, v.reason);
    m_conditionValues.insert(name, v);
    return v;
}

RosValue RosEvaluator::conditionValue(const QJsonValue &value, const QString &path)
{
    if (value.isBool())
        return RosValue::of(value);
    if (value.isObject() && value.toObject().size() == 1 && value.toObject().contains(QStringLiteral("Condition"))) {
        const QJsonValue name = value.toObject().value(QStringLiteral("Condition"));
        if (!name.isString())
            return error(path, tr("{\"Condition\": ...} takes the name of a condition"));
        return condition(name.toString(), path);
    }
    const QString name = functionName(value);
    const QJsonArray list = value.toObject().value(name).toArray();
    if (m_depth >= MaxDepth)
        return error(path, tr("the conditions are nested more than %1 levels deep").arg(MaxDepth));
    if (name == u"Fn::Equals") {
        if (list.size() != 2)
            return error(path, tr("Fn::Equals takes [value, value]"));
        ++m_depth;
        const RosValue a = resolveDeep(list.at(0), path);
        const RosValue b = a.known ? resolveDeep(list.at(1), path) : a;
        --m_depth;
        if (!a.known || !b.known)
            return !a.known ? a : b;
        return RosValue::of(comparable(a.value) == comparable(b.value));
    }
    if (name == u"Fn::And" || name == u"Fn::Or" || name == u"Fn::Not") {
        if (list.isEmpty() || (name == u"Fn::Not" && list.size() != 1))
            return error(path, tr("%1 takes a list of conditions").arg(name));
        const bool isAnd = name != u"Fn::Or";
        std::optional<RosValue> open;
        ++m_depth;
        for (const QJsonValue &item : list) {
            const RosValue v = conditionValue(item, path);
            if (v.invalid) {
                --m_depth;
                return v;
            }
            if (!v.known) {
                open = v;
                continue;
            }
            const bool b = v.value.toBool();
            if (name == u"Fn::Not") {
                --m_depth;
                return RosValue::of(!b);
            }
            if (b != isAnd) { // false decides an And, true decides an Or
                --m_depth;
                return RosValue::of(b);
            }
        }
        --m_depth;
        if (open)
            return *open;
        return RosValue::of(isAnd);
    }
    const RosValue v = resolveDeep(value, path);
    if (!v.known)
        return v;
    if (v.value.isBool())
        return v;
    if (v.value.isString() && (v.value.toString().toLower() == u"true" || v.value.toString().toLower() == u"false"))
        return RosValue::of(v.value.toString().toLower() == u"true");
    return error(path, tr("a condition must be true or false, not %1").arg(functionText(v.value)));
}

} // namespace sg
