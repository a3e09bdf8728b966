// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "hclsyntax.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace sg {

// Evaluates HCL expressions as Terraform would before any resource exists: literals, operators,
// conditionals, templates and their directives, for expressions, splats, index and attribute
// traversals, and the functions of HclFunctions. What cannot be known (an unset variable, a data
// source, an attribute computed at apply, a function SG Assist does not evaluate) becomes an
// unknown value naming its cause, and everything computed from it stays unknown. Errors Terraform
// would report too (a type mismatch, an index out of range) are reported with line and column and
// give an invalid value.
class HclEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(sg::HclEvaluator)

public:
    // Answers the root of a reference: `root` is the first name ("var", "local", "count",
    // "alicloud_security_group"), `attribute` the name after it (may be empty). Returns the value of
    // root.attribute and sets *attributeUsed, or the value of root alone; reports its own errors
    // (an undeclared variable) and returns HclValue::invalid() after them.
    using Resolver = std::function<HclValue(const QString &root, const QString &attribute, const HclExpression &at,
                                            bool *attributeUsed)>;

    HclEvaluator(const HclFile &file, Resolver resolver, ProblemCollector &problems);

    HclValue evaluate(const HclExpression &expression);

    // Binds a name for the expressions evaluated next (count, each): it shadows the resolver.
    void bind(const QString &name, const HclValue &value) { m_symbols.insert(name, value); }
    // Shares a budget of evaluation steps between evaluators (a whole module): nested for
    // expressions over range() could otherwise make billions of values. Each step takes one;
    // at zero, evaluating is an error.
    void setBudget(qint64 *remaining) { m_budget = remaining; }

private:
    HclValue evaluateUnchecked(const HclExpression &e);
    HclValue error(const HclExpression &at, const QString &message);
    HclValue reference(const HclExpression &e);
    HclValue getAttribute(const HclExpression &at, const HclValue &value, const QString &name);
    HclValue indexValue(const HclExpression &at, const HclValue &value, const HclValue &key);
    HclValue templateValue(const HclExpression &e);
    bool appendTemplate(const HclExpression &part, QString &out, HclValue *unknown);
    HclValue binary(const HclExpression &e);
    HclValue unary(const HclExpression &e);
    HclValue conditional(const HclExpression &e);
    HclValue splat(const HclExpression &e);
    HclValue forExpression(const HclExpression &e);
    HclValue call(const HclExpression &e);
    std::optional<bool> condition(const HclExpression &at, const HclValue &value);

    const HclFile &m_file;
    Resolver m_resolver;
    ProblemCollector &m_problems;
    QHash<QString, HclValue> m_symbols;
    const HclValue *m_splatItem = nullptr;
    int m_depth = 0;
    qint64 m_ownBudget = 2'000'000;
    qint64 *m_budget = &m_ownBudget;
};

} // namespace sg
