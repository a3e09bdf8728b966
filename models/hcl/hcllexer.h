// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sg {

// The token kinds of HCL's native syntax, as HashiCorp's scanner names them (hclsyntax.TokenType).
enum class HclTokenType : quint8 {
    OBrace,
    CBrace,
    OBrack,
    CBrack,
    OParen,
    CParen,
    OQuote,
    CQuote,
    OHeredoc,
    CHeredoc,
    Star,
    Slash,
    Plus,
    Minus,
    Percent,
    Equal,
    EqualOp,
    NotEqual,
    LessThan,
    LessThanEq,
    GreaterThan,
    GreaterThanEq,
    And,
    Or,
    Bang,
    Dot,
    Comma,
    DoubleColon,
    Ellipsis,
    FatArrow,
    Question,
    Colon,
    TemplateInterp,  // "${"
    TemplateControl, // "%{"
    TemplateSeqEnd,  // the "}" that closes either
    QuotedLit,       // literal text of a quoted template, escapes not yet applied
    StringLit,       // literal text of a heredoc line
    NumberLit,
    Ident,
    Newline,
    Eof,
};

struct HclToken
{
    HclTokenType type = HclTokenType::Eof;
    qsizetype begin = 0; // offsets in the source text
    qsizetype end = 0;
    int line = 1;       // of `begin`, 1-based
    int column = 1;     // in characters (code points), 1-based
    bool strip = false; // a "~" strip marker: after "${" / "%{", or before the closing "}"
};

// Splits HCL native syntax into tokens. Templates are tokenised as HashiCorp's scanner does it:
// a quoted string becomes OQuote, literal pieces, "${" ... "}" sequences and CQuote; a heredoc
// becomes OHeredoc, one StringLit per line (and sequences) and CHeredoc. Comments are dropped (a
// line comment still ends its line). Reports every lexical error with its line and column and
// stops at the first, returning the tokens so far and Eof.
class HclLexer
{
    Q_DECLARE_TR_FUNCTIONS(sg::HclLexer)

public:
    static QList<HclToken> tokenize(const QString &text, const QString &fileName, Diagnostics &diagnostics);
};

} // namespace sg
