// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclparser.h"

#include "hcllexer.h"

#include <QStringDecoder>

#include <algorithm>
#include <limits>

namespace sg {
namespace {

using T = HclTokenType;
using E = HclExpression::Kind;
using ExpressionPtr = std::unique_ptr<HclExpression>;

// Thrown after the diagnostic is recorded: the parser stops at its first error.
struct SyntaxError
{
};

class Parser
{
public:
    Parser(HclFile &file, QList<HclToken> tokens, Diagnostics &diagnostics)
        : m_file(file), m_text(file.text), m_tokens(std::move(tokens)), m_diagnostics(diagnostics)
    {
    }

    void body(HclBody &out, bool nested)
    {
        Depth depth(*this, m_tokens.at(m_index));
        for (;;) {
            const HclToken &t = raw();
            if (t.type == T::Newline) {
                ++m_index;
                continue;
            }
            if (t.type == T::Eof) {
                if (nested)
                    fail(t, HclParser::tr("the file ends inside a block: a \"}\" is missing"));
                return;
            }
            if (t.type == T::CBrace && nested)
                return;
            if (t.type != T::Ident)
                fail(t, HclParser::tr("expected an argument or a block name, found %1").arg(describe(t)));
            const QString name = text(t);
            ++m_index;
            const HclToken &after = raw();
            if (after.type == T::Equal) {
                ++m_index;
                out.attributes.push_back(attribute(t, name, out));
                endOfItem(false);
            } else {
                out.blocks.push_back(block(t, name));
                endOfItem(true);
            }
        }
    }

    ExpressionPtr lone()
    {
        NewlineMode mode(*this, false);
        ExpressionPtr e = expression();
        if (peek().type != T::Eof)
            fail(peek(), HclParser::tr("expected the end of the expression, found %1").arg(describe(peek())));
        return e;
    }

private:
    // Limits recursion: every nested construct holds one of these.
    struct Depth
    {
        Depth(Parser &parser, const HclToken &where)
            : p(parser)
        {
            if (++p.m_depth > HclParser::MaxDepth)
                p.fail(where, HclParser::tr("nested more than %1 levels deep").arg(HclParser::MaxDepth));
        }
        ~Depth() { --p.m_depth; }
        Parser &p;
    };
    // Inside brackets and parentheses newlines do not end anything; in bodies and objects they do.
    struct NewlineMode
    {
        NewlineMode(Parser &parser, bool include)
            : p(parser) { p.m_newlines.append(include); }
        ~NewlineMode() { p.m_newlines.removeLast(); }
        Parser &p;
    };

    bool newlinesCount() const { return m_newlines.isEmpty() || m_newlines.last(); }

    // The next token, exactly.
    const HclToken &raw() const { return m_tokens.at(std::min(m_index, m_tokens.size() - 1)); }
    // The next token, skipping newlines where they do not count.
    const HclToken &peek()
    {
        if (!newlinesCount()) {
            while (m_index < m_tokens.size() - 1 && m_tokens.at(m_index).type == T::Newline)
                ++m_index;
        }
        return raw();
    }
    const HclToken &next()
    {
        const HclToken &t = peek();
        if (m_index < m_tokens.size() - 1)
            ++m_index;
        return t;
    }
    bool accept(T type)
    {
        if (peek().type != type)
            return false;
        next();
        return true;
    }
    const HclToken &expect(T type, const QString &what)
    {
        if (peek().type != type)
            fail(peek(), HclParser::tr("expected %1, found %2").arg(what, describe(peek())));
        return next();
    }

    QString text(const HclToken &t) const { return m_text.mid(t.begin, t.end - t.begin); }

    QString describe(const HclToken &t) const
    {
        switch (t.type) {
        case T::Newline: return HclParser::tr("the end of the line");
        case T::Eof: return HclParser::tr("the end of the file");
        case T::OQuote: return HclParser::tr("a string");
        case T::OHeredoc: return HclParser::tr("a heredoc");
        case T::TemplateInterp: return QStringLiteral("\"${\"");
        case T::TemplateControl: return QStringLiteral("\"%{\"");
        case T::TemplateSeqEnd: return QStringLiteral("\"}\"");
        case T::QuotedLit:
        case T::StringLit: return HclParser::tr("string text");
        default: break;
        }
        QString shown = text(t);
        if (shown.size() > 40)
            shown = shown.left(37) + QStringLiteral("...");
        return u'"' + shown + u'"';
    }

    [[noreturn]] void fail(const HclToken &where, const QString &message)
    {
        m_diagnostics.append(Diagnostic::error(SourceLocation{m_file.name, where.line, where.column}, message));
        throw SyntaxError{};
    }

    // An attribute or block ends its line (or the file, or - in a one-line block - the block).
    void endOfItem(bool afterBlock)
    {
        const HclToken &t = raw();
        if (t.type == T::Newline) {
            ++m_index;
            return;
        }
        if (t.type == T::Eof || (t.type == T::CBrace && !afterBlock && m_singleLine))
            return;
        fail(t, afterBlock ? HclParser::tr("a block must end its line; found %1 after its \"}\"").arg(describe(t)) : HclParser::tr("an argument must end its line; found %1 after its value").arg(describe(t)));
    }

    HclAttribute attribute(const HclToken &nameToken, const QString &name, const HclBody &body)
    {
        if (const HclAttribute *previous = body.attribute(name)) {
            fail(nameToken, HclParser::tr("the argument \"%1\" was already set on line %2").arg(name).arg(previous->line));
        }
        HclAttribute a;
        a.name = name;
        a.line = nameToken.line;
        a.column = nameToken.column;
        NewlineMode mode(*this, true);
        a.expression = expression();
        return a;
    }

    HclBlock block(const HclToken &nameToken, const QString &type)
    {
        HclBlock b;
        b.type = type;
        b.line = nameToken.line;
        b.column = nameToken.column;
        b.body = std::make_unique<HclBody>();
        for (;;) {
            const HclToken &t = raw();
            if (t.type == T::Ident) {
                b.labels.append(text(t));
                ++m_index;
            } else if (t.type == T::OQuote) {
                b.labels.append(label());
            } else if (t.type == T::OBrace) {
                ++m_index;
                break;
            } else {
                fail(t, HclParser::tr("expected \"=\" or a block after \"%1\", found %2").arg(type, describe(t)));
            }
        }
        Depth depth(*this, nameToken);
        if (raw().type == T::Newline) {
            NewlineMode mode(*this, true);
            const bool wasSingle = m_singleLine;
            m_singleLine = false;
            body(*b.body, true);
            m_singleLine = wasSingle;
            expect(T::CBrace, QStringLiteral("\"}\""));
            return b;
        }
        // A one-line block holds at most one argument.
        if (raw().type == T::Ident) {
            const HclToken &attributeName = raw();
            ++m_index;
            if (raw().type != T::Equal)
                fail(raw(), HclParser::tr("a block on one line can hold one argument, not a nested block"));
            ++m_index;
            const bool wasSingle = m_singleLine;
            m_singleLine = true;
            b.body->attributes.push_back(attribute(attributeName, text(attributeName), *b.body));
            m_singleLine = wasSingle;
        }
        if (raw().type != T::CBrace)
            fail(raw(), HclParser::tr("a block on one line can hold only one argument; found %1").arg(describe(raw())));
        ++m_index;
        return b;
    }

    // A quoted block label: literal text only.
    QString label()
    {
        const HclToken &open = raw();
        ++m_index;
        QString out;
        for (;;) {
            const HclToken &t = raw();
            if (t.type == T::QuotedLit) {
                out += unescape(t);
                ++m_index;
            } else if (t.type == T::CQuote) {
                ++m_index;
                return out.normalized(QString::NormalizationForm_C);
            } else {
                fail(t.type == T::TemplateInterp || t.type == T::TemplateControl ? t : open,
                     HclParser::tr("a block label cannot hold a template; write \"$${\" for a literal \"${\""));
            }
        }
    }

    ExpressionPtr make(E kind, const HclToken &start) const
    {
        auto e = std::make_unique<HclExpression>();
        e->kind = kind;
        e->line = start.line;
        e->column = start.column;
        e->begin = start.begin;
        e->end = start.end;
        return e;
    }
    // The expression spans from its first operand's start to the last token read.
    void close(HclExpression &e) const
    {
        qsizetype i = m_index - 1;
        while (i > 0 && m_tokens.at(i).type == T::Newline)
            --i;
        e.end = std::max(e.end, m_tokens.at(std::max<qsizetype>(i, 0)).end);
    }
    ExpressionPtr wrap(E kind, ExpressionPtr first) const
    {
        auto e = std::make_unique<HclExpression>();
        e->kind = kind;
        e->line = first->line;
        e->column = first->column;
        e->begin = first->begin;
        e->end = first->end;
        e->operands.push_back(std::move(first));
        return e;
    }

    ExpressionPtr expression()
    {
        Depth depth(*this, peek());
        ExpressionPtr condition = binary(0);
        if (peek().type != T::Question)
            return condition;
        next();
        ExpressionPtr e = wrap(E::Conditional, std::move(condition));
        e->operands.push_back(expression());
        expect(T::Colon, QStringLiteral("\":\""));
        e->operands.push_back(expression());
        close(*e);
        return e;
    }

    static int precedence(T type)
    {
        switch (type) {
        case T::Or: return 1;
        case T::And: return 2;
        case T::EqualOp:
        case T::NotEqual: return 3;
        case T::LessThan:
        case T::LessThanEq:
        case T::GreaterThan:
        case T::GreaterThanEq: return 4;
        case T::Plus:
        case T::Minus: return 5;
        case T::Star:
        case T::Slash:
        case T::Percent: return 6;
        default: return 0;
        }
    }

    ExpressionPtr binary(int minimum)
    {
        ExpressionPtr left = unary();
        for (;;) {
            const HclToken &op = peek();
            const int level = precedence(op.type);
            if (level == 0 || level <= minimum)
                return left;
            next();
            ExpressionPtr e = wrap(E::Binary, std::move(left));
            e->name = text(op);
            e->operands.push_back(binary(level));
            close(*e);
            left = std::move(e);
        }
    }

    ExpressionPtr unary()
    {
        const HclToken &t = peek();
        if (t.type == T::Minus || t.type == T::Bang) {
            Depth depth(*this, t);
            next();
            ExpressionPtr e = make(E::Unary, t);
            e->name = text(t);
            e->operands.push_back(unary());
            close(*e);
            return e;
        }
        return postfix(term());
    }

    ExpressionPtr postfix(ExpressionPtr e)
    {
        for (;;) {
            const HclToken &t = raw();
            if (t.type == T::Dot) {
                ++m_index;
                const HclToken &after = raw();
                if (after.type == T::Star) {
                    ++m_index;
                    e = splat(std::move(e), false);
                    continue;
                }
                e = traversalStep(std::move(e));
            } else if (t.type == T::OBrack) {
                const HclToken &after = m_tokens.at(std::min(m_index + 1, m_tokens.size() - 1));
                if (after.type == T::Star) {
                    m_index += 2;
                    expectRaw(T::CBrack, QStringLiteral("\"]\""));
                    e = splat(std::move(e), true);
                    continue;
                }
                e = index(std::move(e));
            } else {
                return e;
            }
        }
    }

    void expectRaw(T type, const QString &what)
    {
        if (raw().type != type)
            fail(raw(), HclParser::tr("expected %1, found %2").arg(what, describe(raw())));
        ++m_index;
    }

    // After a ".": a name, or a legacy numeric index (".0", and ".0.1" read as two).
    ExpressionPtr traversalStep(ExpressionPtr e)
    {
        const HclToken &t = raw();
        if (t.type == T::Ident) {
            ++m_index;
            ExpressionPtr step = wrap(E::GetAttr, std::move(e));
            step->name = text(t);
            close(*step);
            return step;
        }
        if (t.type == T::NumberLit) {
            ++m_index;
            const QStringList parts = text(t).split(u'.');
            for (const QString &part : parts) {
                bool ok = false;
                const double n = part.toDouble(&ok);
                if (!ok || part.contains(u'e', Qt::CaseInsensitive))
                    fail(t, HclParser::tr("\"%1\" is not an index").arg(text(t)));
                ExpressionPtr key = make(E::Literal, t);
                key->value = HclValue::number(n);
                ExpressionPtr step = wrap(E::Index, std::move(e));
                step->operands.push_back(std::move(key));
                close(*step);
                e = std::move(step);
            }
            return e;
        }
        fail(t, HclParser::tr("expected an attribute name after \".\", found %1").arg(describe(t)));
    }

    ExpressionPtr index(ExpressionPtr e)
    {
        const HclToken &open = raw();
        Depth depth(*this, open);
        ++m_index;
        NewlineMode mode(*this, false);
        ExpressionPtr step = wrap(E::Index, std::move(e));
        step->operands.push_back(expression());
        expect(T::CBrack, QStringLiteral("\"]\""));
        close(*step);
        return step;
    }

    // source[*].a[0] or source.*.a: what follows applies to each element.
    ExpressionPtr splat(ExpressionPtr source, bool full)
    {
        ExpressionPtr e = wrap(E::Splat, std::move(source));
        ExpressionPtr each = std::make_unique<HclExpression>();
        each->kind = E::SplatItem;
        each->line = e->line;
        each->column = e->column;
        for (;;) {
            const HclToken &t = raw();
            if (t.type == T::Dot && m_tokens.at(std::min(m_index + 1, m_tokens.size() - 1)).type != T::Star) {
                ++m_index;
                each = traversalStep(std::move(each));
            } else if (full && t.type == T::OBrack && m_tokens.at(std::min(m_index + 1, m_tokens.size() - 1)).type != T::Star) {
                each = index(std::move(each));
            } else {
                break;
            }
        }
        e->operands.push_back(std::move(each));
        close(*e);
        return e;
    }

    ExpressionPtr term()
    {
        const HclToken &t = peek();
        switch (t.type) {
        case T::NumberLit: {
            next();
            ExpressionPtr e = make(E::Literal, t);
            bool ok = false;
            const double n = text(t).toDouble(&ok);
            if (!ok)
                fail(t, HclParser::tr("\"%1\" is not a number").arg(text(t)));
            e->value = HclValue::number(n);
            return e;
        }
        case T::Ident: return identifier();
        case T::OQuote: return quoted();
        case T::OHeredoc: return heredoc();
        case T::OParen: {
            Depth depth(*this, t);
            next();
            NewlineMode mode(*this, false);
            ExpressionPtr e = make(E::Parentheses, t);
            e->operands.push_back(expression());
            expect(T::CParen, QStringLiteral("\")\""));
            close(*e);
            return e;
        }
        case T::OBrack: return tuple();
        case T::OBrace: return object();
        default: break;
        }
        fail(t, HclParser::tr("expected an expression, found %1").arg(describe(t)));
    }

    ExpressionPtr identifier()
    {
        const HclToken &t = next();
        const QString name = text(t);
        if (name == u"true" || name == u"false") {
            ExpressionPtr e = make(E::Literal, t);
            e->value = HclValue::boolean(name == u"true");
            return e;
        }
        if (name == u"null") {
            ExpressionPtr e = make(E::Literal, t);
            return e;
        }
        QString function = name;
        // provider::aws::arn_parse(...): a namespaced function name.
        while (raw().type == T::DoubleColon) {
            ++m_index;
            if (raw().type != T::Ident)
                fail(raw(), HclParser::tr("expected a function name after \"::\", found %1").arg(describe(raw())));
            function += QStringLiteral("::") + text(raw());
            ++m_index;
        }
        if (raw().type == T::OParen)
            return call(t, function);
        if (function != name)
            fail(raw(), HclParser::tr("expected \"(\" after the function name %1").arg(function));
        ExpressionPtr e = make(E::Variable, t);
        e->name = name;
        return e;
    }

    ExpressionPtr call(const HclToken &start, const QString &function)
    {
        Depth depth(*this, start);
        ++m_index; // "("
        NewlineMode mode(*this, false);
        ExpressionPtr e = make(E::Call, start);
        e->name = function;
        while (peek().type != T::CParen) {
            e->operands.push_back(expression());
            if (accept(T::Ellipsis)) {
                e->flag = true;
                if (peek().type != T::CParen)
                    fail(peek(), HclParser::tr("\"...\" may only follow the last argument"));
                break;
            }
            if (!accept(T::Comma)) {
                if (peek().type != T::CParen)
                    fail(peek(), HclParser::tr("expected \",\" or \")\" in the arguments of %1, found %2").arg(function, describe(peek())));
            }
        }
        expect(T::CParen, QStringLiteral("\")\""));
        close(*e);
        return e;
    }

    bool startsFor()
    {
        const HclToken &t = peek();
        return t.type == T::Ident && text(t) == u"for";
    }

    ExpressionPtr tuple()
    {
        const HclToken &open = peek();
        Depth depth(*this, open);
        next();
        NewlineMode mode(*this, false);
        if (startsFor())
            return forExpression(open, false);
        ExpressionPtr e = make(E::Tuple, open);
        while (peek().type != T::CBrack) {
            e->operands.push_back(expression());
            if (!accept(T::Comma) && peek().type != T::CBrack)
                fail(peek(), HclParser::tr("expected \",\" or \"]\" between the elements of a list, found %1").arg(describe(peek())));
        }
        next();
        close(*e);
        return e;
    }

    ExpressionPtr object()
    {
        const HclToken &open = peek();
        Depth depth(*this, open);
        next();
        {
            NewlineMode probe(*this, false);
            if (startsFor())
                return forExpression(open, true);
        }
        NewlineMode mode(*this, true);
        ExpressionPtr e = make(E::Object, open);
        for (;;) {
            while (raw().type == T::Newline)
                ++m_index;
            if (raw().type == T::CBrace) {
                ++m_index;
                break;
            }
            ExpressionPtr key;
            {
                NewlineMode keyMode(*this, false);
                key = expression();
            }
            if (key->kind == E::Variable) { // a bare name is the key itself, not a variable
                key->kind = E::Literal;
                key->value = HclValue::string(key->name);
            }
            if (!accept(T::Equal) && !accept(T::Colon))
                fail(peek(), HclParser::tr("expected \"=\" or \":\" after the key of an object, found %1").arg(describe(peek())));
            e->operands.push_back(std::move(key));
            e->operands.push_back(expression());
            const HclToken &after = raw();
            if (after.type == T::Comma || after.type == T::Newline) {
                ++m_index;
            } else if (after.type != T::CBrace) {
                fail(after, HclParser::tr("expected \",\", a new line or \"}\" after an object's value, found %1").arg(describe(after)));
            }
        }
        close(*e);
        return e;
    }

    // [for k, v in coll : value if cond] and {for k, v in coll : key => value... if cond}; the
    // opening bracket was read.
    ExpressionPtr forExpression(const HclToken &open, bool object)
    {
        NewlineMode mode(*this, false);
        next(); // "for"
        ExpressionPtr e = make(object ? E::ForObject : E::ForTuple, open);
        const HclToken &first = expect(T::Ident, HclParser::tr("a variable name"));
        e->name2 = text(first);
        if (accept(T::Comma)) {
            e->name = e->name2;
            e->name2 = text(expect(T::Ident, HclParser::tr("a variable name")));
        }
        const HclToken &in = expect(T::Ident, QStringLiteral("\"in\""));
        if (text(in) != u"in")
            fail(in, HclParser::tr("expected \"in\", found %1").arg(describe(in)));
        e->operands.push_back(expression());
        expect(T::Colon, QStringLiteral("\":\""));
        if (object) {
            e->operands.push_back(expression());
            expect(T::FatArrow, QStringLiteral("\"=>\""));
        }
        e->operands.push_back(expression());
        if (object && accept(T::Ellipsis))
            e->flag = true;
        if (peek().type == T::Ident && text(peek()) == u"if") {
            next();
            e->operands.push_back(expression());
        } else {
            e->operands.push_back(nullptr);
        }
        expect(object ? T::CBrace : T::CBrack, object ? QStringLiteral("\"}\"") : QStringLiteral("\"]\""));
        close(*e);
        return e;
    }

    // The text of a quoted literal with its escapes applied.
    QString unescape(const HclToken &t)
    {
        QString out;
        const QString raw = text(t);
        const auto charAt = [&](qsizetype i) { return i < raw.size() ? raw.at(i) : QChar(); };
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if ((c == u'$' || c == u'%') && charAt(i + 1) == c && charAt(i + 2) == u'{') {
                out += c;
                out += u'{';
                i += 2;
                continue;
            }
            if (c != u'\\') {
                out += c;
                continue;
            }
            const QChar e = charAt(i + 1);
            ++i;
            switch (e.unicode()) {
            case u'n': out += u'\n'; break;
            case u'r': out += u'\r'; break;
            case u't': out += u'\t'; break;
            case u'"': out += u'"'; break;
            case u'\\': out += u'\\'; break;
            case u'u':
            case u'U': {
                const int digits = e == u'u' ? 4 : 8;
                bool ok = false;
                const QString hex = raw.mid(i + 1, digits);
                const uint code = hex.size() == digits ? hex.toUInt(&ok, 16) : 0;
                if (!ok || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    failAt(t, i - 1, HclParser::tr("\\%1 needs %2 hexadecimal digits of a Unicode character").arg(e).arg(digits));
                const char32_t character = code;
                out += QString::fromUcs4(&character, 1);
                i += digits;
                break;
            }
            default:
                failAt(t, i - 1, HclParser::tr("\"\\%1\" is not an escape sequence; write \"\\\\\" for a backslash").arg(e));
            }
        }
        return out.normalized(QString::NormalizationForm_C); // as HCL reads every string
    }

    // An error at an offset inside a token of one line.
    [[noreturn]] void failAt(const HclToken &t, qsizetype offset, const QString &message)
    {
        HclToken at = t;
        at.column += int(QStringView(m_text).mid(t.begin, offset).toUcs4().size());
        fail(at, message);
    }

    ExpressionPtr literalPart(const HclToken &t, QString value)
    {
        ExpressionPtr e = make(E::Literal, t);
        e->value = HclValue::string(std::move(value));
        return e;
    }

    // The parts of a template up to a closing token (CQuote or CHeredoc) or a directive keyword
    // ("else", "endif", "endfor"), which is returned in *keyword.
    void templateParts(HclExpression &out, T closing, bool heredoc, QString *keyword, bool stripFirst = false)
    {
        Depth depth(*this, raw());
        bool stripNext = stripFirst;
        for (;;) {
            const HclToken &t = raw();
            if (t.type == closing) {
                ++m_index;
                if (keyword)
                    fail(t, HclParser::tr("the template ends before its %1 directive is closed").arg(m_directive));
                return;
            }
            if (t.type == T::QuotedLit || t.type == T::StringLit) {
                ++m_index;
                QString value = heredoc ? heredocText(t) : unescape(t);
                if (stripNext) {
                    qsizetype n = 0;
                    while (n < value.size() && value.at(n).isSpace())
                        ++n;
                    value.remove(0, n);
                    stripNext = false;
                }
                out.operands.push_back(literalPart(t, std::move(value)));
                continue;
            }
            if (t.type == T::TemplateInterp || t.type == T::TemplateControl) {
                if (t.strip)
                    stripLastLiteral(out);
                ++m_index;
                if (t.type == T::TemplateInterp) {
                    NewlineMode mode(*this, false);
                    out.operands.push_back(expression());
                    stripNext = sequenceEnd();
                    continue;
                }
                // A directive.
                NewlineMode mode(*this, false);
                const HclToken &word = expect(T::Ident, HclParser::tr("a template directive (if, else, endif, for, endfor)"));
                const QString name = text(word);
                if (name == u"if") {
                    out.operands.push_back(templateIf(word, closing, heredoc));
                    stripNext = m_stripAfterDirective;
                    continue;
                }
                if (name == u"for") {
                    out.operands.push_back(templateFor(word, closing, heredoc));
                    stripNext = m_stripAfterDirective;
                    continue;
                }
                if ((name == u"else" || name == u"endif" || name == u"endfor") && keyword) {
                    *keyword = name;
                    m_stripAfterDirective = sequenceEnd();
                    return;
                }
                fail(word, HclParser::tr("unexpected template directive \"%1\"").arg(name));
            }
            fail(t, HclParser::tr("unexpected %1 in a template").arg(describe(t)));
        }
    }

    bool sequenceEnd()
    {
        const HclToken &end = peek();
        if (end.type != T::TemplateSeqEnd)
            fail(end, HclParser::tr("expected \"}\" to close the template sequence, found %1").arg(describe(end)));
        next();
        return end.strip;
    }

    static void stripLastLiteral(HclExpression &out)
    {
        if (out.operands.empty() || !out.operands.back() || out.operands.back()->kind != E::Literal)
            return;
        HclExpression &last = *out.operands.back();
        if (last.value.type() != HclValue::Type::String)
            return;
        QString value = last.value.toText();
        qsizetype n = value.size();
        while (n > 0 && value.at(n - 1).isSpace())
            --n;
        value.truncate(n);
        last.value = HclValue::string(value);
    }

    ExpressionPtr templateIf(const HclToken &word, T closing, bool heredoc)
    {
        const QString previous = m_directive;
        m_directive = QStringLiteral("if");
        ExpressionPtr e = make(E::TemplateIf, word);
        e->operands.push_back(expression());
        const bool strip = sequenceEnd();
        ExpressionPtr then = make(E::Template, word);
        QString keyword;
        templateParts(*then, closing, heredoc, &keyword, strip);
        e->operands.push_back(std::move(then));
        if (keyword == u"else") {
            ExpressionPtr otherwise = make(E::Template, word);
            templateParts(*otherwise, closing, heredoc, &keyword, m_stripAfterDirective);
            e->operands.push_back(std::move(otherwise));
        }
        if (keyword != u"endif")
            fail(word, HclParser::tr("this %{if} is closed by %{%1}, not %{endif}").arg(keyword));
        m_directive = previous;
        close(*e);
        return e;
    }

    ExpressionPtr templateFor(const HclToken &word, T closing, bool heredoc)
    {
        const QString previous = m_directive;
        m_directive = QStringLiteral("for");
        ExpressionPtr e = make(E::TemplateFor, word);
        e->name2 = text(expect(T::Ident, HclParser::tr("a variable name")));
        if (accept(T::Comma)) {
            e->name = e->name2;
            e->name2 = text(expect(T::Ident, HclParser::tr("a variable name")));
        }
        const HclToken &in = expect(T::Ident, QStringLiteral("\"in\""));
        if (text(in) != u"in")
            fail(in, HclParser::tr("expected \"in\", found %1").arg(describe(in)));
        e->operands.push_back(expression());
        const bool strip = sequenceEnd();
        ExpressionPtr body = make(E::Template, word);
        QString keyword;
        templateParts(*body, closing, heredoc, &keyword, strip);
        if (keyword != u"endfor")
            fail(word, HclParser::tr("this %{for} is closed by %{%1}, not %{endfor}").arg(keyword));
        e->operands.push_back(std::move(body));
        m_directive = previous;
        close(*e);
        return e;
    }

    ExpressionPtr quoted()
    {
        const HclToken &open = next();
        ExpressionPtr e = make(E::Template, open);
        templateParts(*e, T::CQuote, false, nullptr);
        close(*e);
        return e;
    }

    // Heredoc text has no backslash escapes; only "$${" and "%%{" stand for "${" and "%{".
    QString heredocText(const HclToken &t) const
    {
        QString value = text(t);
        value.replace(QStringLiteral("$${"), QStringLiteral("${"));
        value.replace(QStringLiteral("%%{"), QStringLiteral("%{"));
        return value.normalized(QString::NormalizationForm_C);
    }

    ExpressionPtr heredoc()
    {
        const HclToken &open = next();
        const bool flush = text(open).startsWith(QStringLiteral("<<-"));
        ExpressionPtr e = make(E::Template, open);
        templateParts(*e, T::CHeredoc, true, nullptr);
        if (flush)
            flushIndentation(*e);
        close(*e);
        return e;
    }

    // The template's parts in source order, as HCL's template tokens: literal text, and null for
    // everything else (an interpolation, a directive's opening, "else" and closing).
    static void flatten(HclExpression &e, QList<HclExpression *> &out)
    {
        for (auto &part : e.operands) {
            if (!part)
                continue;
            if (part->kind == E::Literal && part->value.type() == HclValue::Type::String) {
                out.append(part.get());
            } else if (part->kind == E::TemplateIf || part->kind == E::TemplateFor) {
                out.append(nullptr);
                flatten(*part->operands.at(1), out);
                if (part->kind == E::TemplateIf && part->operand(2)) {
                    out.append(nullptr);
                    flatten(*part->operands.at(2), out);
                }
                out.append(nullptr);
            } else {
                out.append(nullptr);
            }
        }
    }

    // <<- removes the indentation the lines share, as HCL does it: the fewest leading spaces of any
    // line (a line that starts with an interpolation or directive has none), blank lines not
    // counted and left alone.
    static void flushIndentation(HclExpression &e)
    {
        QList<HclExpression *> tokens;
        flatten(e, tokens);
        qsizetype common = std::numeric_limits<qsizetype>::max();
        QList<HclExpression *> adjust;
        bool lineStart = true;
        for (HclExpression *token : std::as_const(tokens)) {
            if (lineStart) {
                lineStart = false;
                qsizetype spaces = 0;
                if (token) {
                    const QString &value = token->value.toText();
                    qsizetype n = 0;
                    while (n < value.size() && value.at(n).isSpace())
                        ++n;
                    if (n == value.size() && value.endsWith(u'\n')) {
                        spaces = std::numeric_limits<qsizetype>::max(); // a blank line
                    } else {
                        spaces = n;
                        adjust.append(token);
                    }
                }
                common = std::min(common, spaces);
            }
            if (token && token->value.toText().endsWith(u'\n'))
                lineStart = true;
        }
        if (common == std::numeric_limits<qsizetype>::max() || common == 0)
            return;
        for (HclExpression *token : std::as_const(adjust))
            token->value = HclValue::string(token->value.toText().mid(common));
    }

    HclFile &m_file;
    const QString &m_text;
    QList<HclToken> m_tokens;
    Diagnostics &m_diagnostics;
    qsizetype m_index = 0;
    QList<bool> m_newlines;
    int m_depth = 0;
    bool m_singleLine = false;
    QString m_directive;
    bool m_stripAfterDirective = false;
};

} // namespace

std::unique_ptr<HclFile> HclParser::parse(const QByteArray &utf8, const QString &fileName, Diagnostics &diagnostics)
{
    QByteArrayView bytes(utf8);
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int line = 1;
        int column = 1;
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        for (qsizetype i = 0; i < bad; ++i) {
            if (text.at(i) == u'\n') {
                ++line;
                column = 1;
            } else if (!text.at(i).isLowSurrogate()) {
                ++column;
            }
        }
        diagnostics.append(Diagnostic::error(SourceLocation{fileName, bad < 0 ? 0 : line, bad < 0 ? 0 : column},
                                             tr("the file is not valid UTF-8 text")));
        return nullptr;
    }
    return parseText(text, fileName, diagnostics);
}

std::unique_ptr<HclFile> HclParser::parseText(const QString &text, const QString &fileName, Diagnostics &diagnostics)
{
    auto file = std::make_unique<HclFile>();
    file->name = fileName;
    file->text = text;
    if (text.contains(QChar(0))) {
        const qsizetype at = text.indexOf(QChar(0));
        const int line = int(QStringView(text).left(at).count(u'\n')) + 1;
        diagnostics.append(Diagnostic::error(SourceLocation{fileName, line, 0}, tr("the file holds a NUL byte: it is not a text file")));
        return nullptr;
    }
    const qsizetype before = diagnostics.size();
    QList<HclToken> tokens = HclLexer::tokenize(file->text, fileName, diagnostics);
    if (diagnostics.size() > before)
        return nullptr;
    try {
        Parser(*file, std::move(tokens), diagnostics).body(file->body, false);
    } catch (const SyntaxError &) {
        return nullptr;
    }
    return file;
}

std::unique_ptr<HclFile> HclParser::parseExpression(const QString &text, const QString &name, Diagnostics &diagnostics)
{
    auto file = std::make_unique<HclFile>();
    file->name = name;
    file->text = text;
    const qsizetype before = diagnostics.size();
    QList<HclToken> tokens = HclLexer::tokenize(file->text, name, diagnostics);
    if (diagnostics.size() > before)
        return nullptr;
    try {
        file->expression = Parser(*file, std::move(tokens), diagnostics).lone();
    } catch (const SyntaxError &) {
        return nullptr;
    }
    return file;
}

} // namespace sg
