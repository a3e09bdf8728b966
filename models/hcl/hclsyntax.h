// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hclvalue.h"

#include <QAnyStringView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The syntax tree of an HCL native syntax file: bodies of attributes and blocks, and expressions
// with where they start and the source text they span (for messages that quote them).
namespace sg {

struct HclExpression
{
    enum class Kind : quint8 {
        Literal,     // value: null, bool, number, or a string without templates
        Template,    // operands: the parts (string Literals, interpolated expressions, TemplateIf, TemplateFor)
        TemplateIf,  // operands: condition, then (Template), else (Template, or none)
        TemplateFor, // name: key variable (may be empty), name2: value variable; operands: collection, body
        Variable,    // name: the root symbol ("var", "local", "alicloud_security_group", ...)
        GetAttr,     // operands[0] "." name
        Index,       // operands[0] "[" operands[1] "]" (also the legacy ".0")
        Splat,       // operands[0]: source; operands[1]: what each element becomes (over SplatItem)
        SplatItem,   // the element a splat's traversal starts from
        Tuple,       // operands: elements
        Object,      // operands: key, value, key, value, ... (a bare identifier key is a string Literal)
        Call,        // name: function; operands: arguments; flag: the last one is expanded ("...")
        Conditional, // operands: condition, true result, false result
        Binary,      // name: operator ("+", "==", "&&", ...); operands: left, right
        Unary,       // name: "-" or "!"; operands[0]
        ForTuple,    // name: key variable (may be empty), name2: value variable;
                     // operands: collection, value, condition (or none)
        ForObject,   // as ForTuple with operands: collection, key, value, condition; flag: grouping ("...")
        Parentheses, // operands[0]
    };

    Kind kind = Kind::Literal;
    int line = 0;
    int column = 0;
    qsizetype begin = 0; // the expression's source text: [begin, end)
    qsizetype end = 0;
    QString name;
    QString name2;
    HclValue value;
    bool flag = false;
    std::vector<std::unique_ptr<HclExpression>> operands;

    const HclExpression *operand(size_t i) const { return i < operands.size() ? operands[i].get() : nullptr; }
};

struct HclBody;

struct HclAttribute
{
    QString name;
    int line = 0;
    int column = 0;
    std::unique_ptr<HclExpression> expression;
};

struct HclBlock
{
    QString type;
    QStringList labels;
    int line = 0;
    int column = 0;
    std::unique_ptr<HclBody> body;
};

struct HclBody
{
    std::vector<HclAttribute> attributes;
    std::vector<HclBlock> blocks;

    const HclAttribute *attribute(QAnyStringView name) const
    {
        for (const HclAttribute &a : attributes) {
            if (QAnyStringView::equal(a.name, name))
                return &a;
        }
        return nullptr;
    }
};

// One parsed file: its name, its text (expressions point into it) and its top-level body; or, for
// HclParser::parseExpression(), the one expression.
struct HclFile
{
    QString name;
    QString text;
    HclBody body;
    std::unique_ptr<HclExpression> expression;

    QString textOf(const HclExpression &e) const { return text.mid(e.begin, e.end - e.begin); }
};

} // namespace sg
