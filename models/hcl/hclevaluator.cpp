// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclevaluator.h"

#include "hclfunctions.h"

#include <cmath>

namespace sg {
namespace {

using E = HclExpression::Kind;
using Type = HclValue::Type;

// Evaluation follows the syntax tree, which the parser keeps shallow; this bounds what a resolver
// can add (locals referring to locals).
constexpr int MaxDepth = 512;
// Values larger than these are refused: locals that each double the one before would otherwise
// fill the memory within forty lines.
constexpr qsizetype MaxText = 1'000'000;
constexpr qsizetype MaxItems = 100'000;

QString keyText(const HclValue &key)
{
    return key.type() == Type::Number ? u'[' + HclValue::numberText(key.toNumber()) + u']'
                                      : QStringLiteral("[\"%1\"]").arg(key.toText());
}

// Saves and restores the bindings a for expression shadows.
class Bindings
{
public:
    explicit Bindings(QHash<QString, HclValue> &symbols)
        : m_symbols(symbols) {}
    ~Bindings()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value())
                m_symbols.insert(it.key(), *it.value());
            else
                m_symbols.remove(it.key());
        }
    }
    Bindings(const Bindings &) = delete;
    Bindings &operator=(const Bindings &) = delete;

    void bind(const QString &name, const HclValue &value)
    {
        if (name.isEmpty())
            return;
        if (!m_saved.contains(name))
            m_saved.insert(name, m_symbols.contains(name) ? std::optional<HclValue>(m_symbols.value(name)) : std::nullopt);
        m_symbols.insert(name, value);
    }

private:
    QHash<QString, HclValue> &m_symbols;
    QHash<QString, std::optional<HclValue>> m_saved;
};

} // namespace

HclEvaluator::HclEvaluator(const HclFile &file, Resolver resolver, ProblemCollector &problems)
    : m_file(file), m_resolver(std::move(resolver)), m_problems(problems)
{
}

HclValue HclEvaluator::evaluate(const HclExpression &expression)
{
    if (m_depth >= MaxDepth)
        return error(expression, tr("the expression is nested too deeply to evaluate"));
    if (--*m_budget < 0) {
        if (*m_budget == -1)
            return error(expression, tr("evaluating this takes more than two million steps; SG Assist stops here"));
        return HclValue::invalid();
    }
    ++m_depth;
    HclValue value = evaluateUnchecked(expression);
    --m_depth;
    if (value.type() == Type::String && value.toText().size() > MaxText)
        return error(expression, tr("the string would be longer than %1 characters").arg(MaxText));
    if ((value.type() == Type::Tuple && value.items().size() > MaxItems) || (value.type() == Type::Object && value.fields().size() > MaxItems))
        return error(expression, tr("the collection would hold more than %1 elements").arg(MaxItems));
    return value;
}

HclValue HclEvaluator::error(const HclExpression &at, const QString &message)
{
    m_problems.error(SourceLocation{m_file.name, at.line, at.column}, message);
    return HclValue::invalid();
}

HclValue HclEvaluator::evaluateUnchecked(const HclExpression &e)
{
    switch (e.kind) {
    case E::Literal: return e.value;
    case E::Template: return templateValue(e);
    case E::Variable:
        if (m_symbols.contains(e.name))
            return m_symbols.value(e.name);
        return reference(e);
    case E::GetAttr: {
        const HclExpression &source = *e.operands.front();
        if (source.kind == E::Variable && !m_symbols.contains(source.name)) {
            bool used = false;
            const HclValue root = m_resolver(source.name, e.name, e, &used);
            return used ? root : getAttribute(e, root, e.name);
        }
        return getAttribute(e, evaluate(source), e.name);
    }
    case E::Index: {
        const HclValue value = evaluate(*e.operands.at(0));
        const HclValue key = evaluate(*e.operands.at(1));
        return indexValue(e, value, key);
    }
    case E::SplatItem: return m_splatItem ? *m_splatItem : HclValue::invalid();
    case E::Splat: return splat(e);
    case E::Tuple: {
        HclValue::Items items;
        for (const auto &element : e.operands) {
            HclValue v = evaluate(*element);
            if (v.isInvalid())
                return v;
            items.append(std::move(v));
        }
        return HclValue::tuple(std::move(items));
    }
    case E::Object: {
        HclValue::Fields fields;
        for (size_t i = 0; i + 1 < e.operands.size(); i += 2) {
            const HclValue key = evaluate(*e.operands[i]);
            if (!key.isKnown())
                return key;
            const std::optional<QString> name = HclFunctions::toText(key);
            if (!name)
                return error(*e.operands[i], tr("an object key must be a string, not %1").arg(key.typeName()));
            HclValue value = evaluate(*e.operands[i + 1]);
            if (value.isInvalid())
                return value;
            fields.insert(*name, std::move(value));
        }
        return HclValue::object(std::move(fields));
    }
    case E::Call: return call(e);
    case E::Conditional: return conditional(e);
    case E::Binary: return binary(e);
    case E::Unary: return unary(e);
    case E::ForTuple:
    case E::ForObject: return forExpression(e);
    case E::Parentheses: return evaluate(*e.operands.front());
    case E::TemplateIf:
    case E::TemplateFor: {
        QString out;
        HclValue unknown;
        if (!appendTemplate(e, out, &unknown))
            return unknown;
        return HclValue::string(out);
    }
    }
    return HclValue::invalid();
}

HclValue HclEvaluator::reference(const HclExpression &e)
{
    bool used = false;
    return m_resolver(e.name, QString(), e, &used);
}

HclValue HclEvaluator::getAttribute(const HclExpression &at, const HclValue &value, const QString &name)
{
    switch (value.type()) {
    case Type::Unknown: {
        const HclUnknown &info = value.unknownInfo();
        if (!info.reference.isEmpty() && info.attribute.isEmpty()) {
            HclUnknown step = info;
            step.attribute = name;
            return HclValue::unknown(step);
        }
        return value;
    }
    case Type::Object:
        if (value.fields().contains(name))
            return value.fields().value(name);
        return error(at, tr("the object has no attribute \"%1\"").arg(name));
    case Type::Null: return error(at, tr("cannot read \"%1\" of a null value").arg(name));
    default: break;
    }
    return error(at, tr("a %1 has no attribute \"%2\"").arg(value.typeName(), name));
}

HclValue HclEvaluator::indexValue(const HclExpression &at, const HclValue &value, const HclValue &key)
{
    if (key.isInvalid() || value.isInvalid())
        return HclValue::invalid();
    if (!key.isKnown())
        return key;
    if (!value.isKnown()) {
        const HclUnknown &info = value.unknownInfo();
        if (!info.reference.isEmpty() && info.attribute.isEmpty() && (key.type() == Type::Number || key.type() == Type::String)) {
            HclUnknown step = info;
            step.reference += keyText(key);
            return HclValue::unknown(step);
        }
        return value;
    }
    if (value.type() == Type::Tuple) {
        const std::optional<double> n = HclFunctions::toNumber(key);
        if (!n || *n != std::floor(*n))
            return error(at, tr("a list is indexed by a whole number, not %1").arg(key.display()));
        if (*n < 0 || *n >= double(value.items().size()))
            return error(at, tr("index %1 is outside the list of %2 elements").arg(HclValue::numberText(*n)).arg(value.items().size()));
        return value.items().at(qsizetype(*n));
    }
    if (value.type() == Type::Object) {
        const std::optional<QString> name = HclFunctions::toText(key);
        if (!name)
            return error(at, tr("a map is indexed by a string, not %1").arg(key.typeName()));
        if (!value.fields().contains(*name))
            return error(at, tr("the map has no key \"%1\"").arg(*name));
        return value.fields().value(*name);
    }
    if (value.isNull())
        return error(at, tr("cannot index a null value"));
    return error(at, tr("a %1 cannot be indexed").arg(value.typeName()));
}

HclValue HclEvaluator::templateValue(const HclExpression &e)
{
    // "${expression}" alone is the expression's value, of any type.
    if (e.operands.size() == 1 && e.operands.front()->kind != E::Literal && e.operands.front()->kind != E::TemplateIf
        && e.operands.front()->kind != E::TemplateFor) {
        return evaluate(*e.operands.front());
    }
    QString out;
    HclValue unknown;
    for (const auto &part : e.operands) {
        if (!appendTemplate(*part, out, &unknown))
            return unknown;
    }
    return HclValue::string(out.normalized(QString::NormalizationForm_C));
}

// Appends one part of a template; false when it is unknown or failed (then *unknown says why).
bool HclEvaluator::appendTemplate(const HclExpression &part, QString &out, HclValue *unknown)
{
    if (part.kind == E::Literal && part.value.type() == HclValue::Type::String) {
        out += part.value.toText();
        return true;
    }
    if (part.kind == E::Template) {
        for (const auto &inner : part.operands) {
            if (!appendTemplate(*inner, out, unknown))
                return false;
        }
        return true;
    }
    if (part.kind == E::TemplateIf) {
        const HclValue value = evaluate(*part.operands.at(0));
        if (!value.isKnown()) {
            *unknown = value;
            return false;
        }
        const std::optional<bool> test = condition(*part.operands.at(0), value);
        if (!test) {
            *unknown = HclValue::invalid();
            return false;
        }
        const HclExpression *branch = *test ? part.operand(1) : part.operand(2);
        return !branch || appendTemplate(*branch, out, unknown);
    }
    if (part.kind == E::TemplateFor) {
        const HclValue collection = evaluate(*part.operands.at(0));
        if (!collection.isKnown()) {
            *unknown = collection;
            return false;
        }
        if (!collection.isCollection()) {
            *unknown = error(*part.operands.at(0), tr("%{for} needs a list or map, not %1").arg(collection.typeName()));
            return false;
        }
        Bindings bindings(m_symbols);
        const auto each = [&](const HclValue &key, const HclValue &value) {
            bindings.bind(part.name, key);
            bindings.bind(part.name2, value);
            return appendTemplate(*part.operands.at(1), out, unknown);
        };
        if (collection.type() == Type::Tuple) {
            for (qsizetype i = 0; i < collection.items().size(); ++i) {
                if (!each(HclValue::number(double(i)), collection.items().at(i)))
                    return false;
            }
        } else {
            for (auto it = collection.fields().cbegin(); it != collection.fields().cend(); ++it) {
                if (!each(HclValue::string(it.key()), it.value()))
                    return false;
            }
        }
        return true;
    }
    const HclValue value = evaluate(part);
    if (!value.isKnown()) {
        *unknown = value;
        return false;
    }
    if (value.isNull()) {
        *unknown = error(part, tr("a null value cannot be part of a string"));
        return false;
    }
    const std::optional<QString> text = HclFunctions::toText(value);
    if (!text) {
        *unknown = error(part, tr("a %1 cannot be part of a string").arg(value.typeName()));
        return false;
    }
    out += *text;
    return true;
}

std::optional<bool> HclEvaluator::condition(const HclExpression &at, const HclValue &value)
{
    const std::optional<bool> b = HclFunctions::toBool(value);
    if (!b)
        error(at, tr("a condition must be true or false, not %1").arg(value.display()));
    return b;
}

HclValue HclEvaluator::binary(const HclExpression &e)
{
    const QString &op = e.name;
    const HclValue left = evaluate(*e.operands.at(0));
    if (left.isInvalid())
        return left;
    if ((op == u"&&" || op == u"||") && left.isKnown()) {
        const std::optional<bool> l = condition(*e.operands.at(0), left);
        if (!l)
            return HclValue::invalid();
        if (*l == (op == u"||"))
            return HclValue::boolean(*l);
    }
    const HclValue right = evaluate(*e.operands.at(1));
    if (right.isInvalid())
        return right;
    if (const HclValue *u = left.firstUnknown())
        return *u;
    if (const HclValue *u = right.firstUnknown())
        return *u;
    if (op == u"==" || op == u"!=") {
        bool same = left == right;
        if (left.type() == Type::Number && right.type() == Type::Number)
            same = left.toNumber() == right.toNumber();
        return HclValue::boolean(op == u"==" ? same : !same);
    }
    if (op == u"&&" || op == u"||") {
        const std::optional<bool> r = condition(*e.operands.at(1), right);
        return r ? HclValue::boolean(*r) : HclValue::invalid();
    }
    const std::optional<double> a = HclFunctions::toNumber(left);
    if (!a)
        return error(*e.operands.at(0), tr("\"%1\" needs a number, not %2").arg(op, left.display()));
    const std::optional<double> b = HclFunctions::toNumber(right);
    if (!b)
        return error(*e.operands.at(1), tr("\"%1\" needs a number, not %2").arg(op, right.display()));
    if (op == u"+")
        return HclValue::number(*a + *b);
    if (op == u"-")
        return HclValue::number(*a - *b);
    if (op == u"*")
        return HclValue::number(*a * *b);
    if (op == u"/" || op == u"%") {
        if (*b == 0)
            return error(e, tr("division by zero"));
        return HclValue::number(op == u"/" ? *a / *b : std::fmod(*a, *b));
    }
    if (op == u"<")
        return HclValue::boolean(*a < *b);
    if (op == u"<=")
        return HclValue::boolean(*a <= *b);
    if (op == u">")
        return HclValue::boolean(*a > *b);
    if (op == u">=")
        return HclValue::boolean(*a >= *b);
    return error(e, tr("\"%1\" is not an operator").arg(op));
}

HclValue HclEvaluator::unary(const HclExpression &e)
{
    const HclValue value = evaluate(*e.operands.at(0));
    if (!value.isKnown())
        return value;
    if (e.name == u"!") {
        const std::optional<bool> b = condition(*e.operands.at(0), value);
        return b ? HclValue::boolean(!*b) : HclValue::invalid();
    }
    const std::optional<double> n = HclFunctions::toNumber(value);
    if (!n)
        return error(*e.operands.at(0), tr("\"-\" needs a number, not %1").arg(value.display()));
    return HclValue::number(-*n);
}

HclValue HclEvaluator::conditional(const HclExpression &e)
{
    const HclValue test = evaluate(*e.operands.at(0));
    if (!test.isKnown())
        return test;
    const std::optional<bool> b = condition(*e.operands.at(0), test);
    if (!b)
        return HclValue::invalid();
    return evaluate(*e.operands.at(*b ? 1 : 2));
}

HclValue HclEvaluator::splat(const HclExpression &e)
{
    const HclValue source = evaluate(*e.operands.at(0));
    if (!source.isKnown())
        return source;
    if (source.isNull())
        return HclValue::tuple({});
    // A splat over a single value treats it as a list of one.
    const HclValue::Items items = source.type() == Type::Tuple ? source.items() : HclValue::Items{source};
    HclValue::Items out;
    const HclValue *previous = m_splatItem;
    for (const HclValue &item : items) {
        m_splatItem = &item;
        HclValue v = evaluate(*e.operands.at(1));
        if (v.isInvalid()) {
            m_splatItem = previous;
            return v;
        }
        out.append(std::move(v));
    }
    m_splatItem = previous;
    return HclValue::tuple(std::move(out));
}

HclValue HclEvaluator::forExpression(const HclExpression &e)
{
    const bool object = e.kind == E::ForObject;
    const HclValue collection = evaluate(*e.operands.at(0));
    if (!collection.isKnown())
        return collection;
    if (!collection.isCollection())
        return error(*e.operands.at(0), tr("a for expression needs a list or map, not %1").arg(collection.typeName()));
    const HclExpression *keyExpression = object ? e.operand(1) : nullptr;
    const HclExpression &valueExpression = *e.operands.at(object ? 2 : 1);
    const HclExpression *filter = e.operand(object ? 3 : 2);

    QList<std::pair<HclValue, HclValue>> pairs;
    if (collection.type() == Type::Tuple) {
        for (qsizetype i = 0; i < collection.items().size(); ++i)
            pairs.append({HclValue::number(double(i)), collection.items().at(i)});
    } else {
        for (auto it = collection.fields().cbegin(); it != collection.fields().cend(); ++it)
            pairs.append({HclValue::string(it.key()), it.value()});
    }
    Bindings bindings(m_symbols);
    HclValue::Items items;
    HclValue::Fields fields;
    QMap<QString, HclValue::Items> groups;
    for (const auto &[key, value] : std::as_const(pairs)) {
        bindings.bind(e.name, key);
        bindings.bind(e.name2, value);
        if (filter) {
            const HclValue keep = evaluate(*filter);
            if (!keep.isKnown())
                return keep;
            const std::optional<bool> b = condition(*filter, keep);
            if (!b)
                return HclValue::invalid();
            if (!*b)
                continue;
        }
        HclValue result = evaluate(valueExpression);
        if (result.isInvalid())
            return result;
        if (!object) {
            items.append(std::move(result));
            continue;
        }
        const HclValue k = evaluate(*keyExpression);
        if (!k.isKnown())
            return k;
        const std::optional<QString> name = HclFunctions::toText(k);
        if (!name)
            return error(*keyExpression, tr("an object key must be a string, not %1").arg(k.typeName()));
        if (e.flag) {
            groups[*name].append(std::move(result));
        } else {
            if (fields.contains(*name))
                return error(*keyExpression, tr("the key \"%1\" comes twice; add \"...\" after the value to group them").arg(*name));
            fields.insert(*name, std::move(result));
        }
    }
    if (!object)
        return HclValue::tuple(std::move(items));
    if (e.flag) {
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            fields.insert(it.key(), HclValue::tuple(it.value()));
    }
    return HclValue::object(std::move(fields));
}

HclValue HclEvaluator::call(const HclExpression &e)
{
    const QString &name = e.name;
    if (name == u"try" || name == u"can") {
        for (const auto &argument : e.operands) {
            Diagnostics quiet;
            ProblemCollector quietProblems(quiet, m_file.name);
            HclEvaluator inner(m_file, m_resolver, quietProblems);
            inner.m_symbols = m_symbols;
            inner.m_splatItem = m_splatItem;
            inner.m_depth = m_depth;
            inner.m_budget = m_budget;
            const HclValue v = inner.evaluate(*argument);
            const bool failed = hasErrors(quiet) || v.isInvalid();
            if (name == u"can")
                return failed ? HclValue::boolean(false) : (v.firstUnknown() ? *v.firstUnknown() : HclValue::boolean(true));
            if (!failed)
                return v;
        }
        if (name == u"can")
            return error(e, tr("can() takes one argument"));
        return error(e, tr("try(): none of the %1 expressions could be evaluated").arg(e.operands.size()));
    }
    QList<HclValue> arguments;
    for (size_t i = 0; i < e.operands.size(); ++i) {
        HclValue v = evaluate(*e.operands[i]);
        if (v.isInvalid())
            return v;
        if (e.flag && i + 1 == e.operands.size()) {
            if (!v.isKnown())
                return v;
            if (v.type() != Type::Tuple)
                return error(*e.operands[i], tr("\"...\" expands a list, not %1").arg(v.typeName()));
            arguments += v.items();
            continue;
        }
        arguments.append(std::move(v));
    }
    const bool shallow = HclFunctions::acceptsUnknownElements(name);
    for (const HclValue &v : std::as_const(arguments)) {
        if (!v.isKnown())
            return v;
        if (!shallow) {
            if (const HclValue *u = v.firstUnknown())
                return *u;
        }
    }
    QString problem;
    std::optional<HclValue> result = HclFunctions::call(name, arguments, &problem);
    if (!result) {
        HclUnknown why;
        why.cause = tr("SG Assist does not evaluate the function %1()").arg(name);
        return HclValue::unknown(why);
    }
    if (!problem.isEmpty())
        return error(e, problem);
    return *result;
}

} // namespace sg
