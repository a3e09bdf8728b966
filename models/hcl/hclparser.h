// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "hclsyntax.h"

#include <QCoreApplication>

#include <memory>

namespace sg {

// A strict parser for HCL's native syntax (the language of .tf and .tfvars files): the whole
// grammar of bodies, blocks, expressions (operators, conditionals, function calls, for
// expressions, splats, index and attribute traversals) and templates (interpolations, if and for
// directives, strip markers, heredocs with indentation removed). It builds a syntax tree and
// evaluates nothing. The first syntax error is reported with its line and column and ends the
// parse; so do duplicate attributes in one body, which Terraform refuses as well.
class HclParser
{
    Q_DECLARE_TR_FUNCTIONS(sg::HclParser)

public:
    // Nesting deeper than this (blocks, brackets, templates) is refused rather than recursed into.
    static constexpr int MaxDepth = 128;

    // Parses UTF-8 text (a byte order mark is skipped). Returns the file, or null after an error.
    static std::unique_ptr<HclFile> parse(const QByteArray &utf8, const QString &fileName, Diagnostics &diagnostics);
    static std::unique_ptr<HclFile> parseText(const QString &text, const QString &fileName, Diagnostics &diagnostics);
    // Parses a lone expression (a --var value such as ["10.0.0.0/8"]) into HclFile::expression.
    static std::unique_ptr<HclFile> parseExpression(const QString &text, const QString &name, Diagnostics &diagnostics);
};

} // namespace sg
