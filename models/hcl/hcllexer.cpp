// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hcllexer.h"

namespace sg {
namespace {

using T = HclTokenType;

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.isHighSurrogate();
}

bool isIdentContinue(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c.isMark() || c.isSurrogate();
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

class Scanner
{
public:
    Scanner(const QString &text, const QString &fileName, Diagnostics &diagnostics)
        : m_text(text), m_file(fileName), m_diagnostics(diagnostics)
    {
    }

    QList<HclToken> run()
    {
        m_modes.append(Mode{});
        while (!m_failed) {
            const Mode mode = m_modes.last();
            if (mode.kind == Mode::Quoted)
                quoted();
            else if (mode.kind == Mode::Heredoc)
                heredoc();
            else if (!normal())
                break;
        }
        HclToken eof;
        eof.type = T::Eof;
        eof.begin = eof.end = m_pos;
        eof.line = m_line;
        eof.column = m_column;
        m_tokens.append(eof);
        return m_tokens;
    }

private:
    struct Mode
    {
        enum Kind {
            Normal,
            Quoted,
            Heredoc
        } kind = Normal;
        int depth = 0;               // Normal: open braces
        bool closesTemplate = false; // Normal: pushed by "${" or "%{"
        QString marker;              // Heredoc
        bool lineStart = true;       // Heredoc
        int line = 0;                // Heredoc: where it starts
        int column = 0;
    };

    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }
    QChar current() const { return at(m_pos); }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool startsWith(QStringView s) const { return QStringView(m_text).mid(m_pos).startsWith(s); }

    void advance(qsizetype n = 1)
    {
        for (qsizetype i = 0; i < n && m_pos < m_text.size(); ++i) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'\n') {
                ++m_line;
                m_column = 1;
            } else if (!c.isLowSurrogate()) {
                ++m_column;
            }
        }
    }

    void error(int line, int column, const QString &message)
    {
        m_diagnostics.append(Diagnostic::error(SourceLocation{m_file, line, column}, message));
        m_failed = true;
    }

    // Starts a token at the current position; finish() closes it.
    HclToken start(T type) const
    {
        HclToken t;
        t.type = type;
        t.begin = m_pos;
        t.line = m_line;
        t.column = m_column;
        return t;
    }
    void finish(HclToken t)
    {
        t.end = m_pos;
        m_tokens.append(t);
    }
    void single(T type, qsizetype length = 1)
    {
        HclToken t = start(type);
        advance(length);
        finish(t);
    }

    // "${" or "%{" with its optional "~": pushes a normal mode that the matching "}" pops.
    void openSequence(T type)
    {
        HclToken t = start(type);
        advance(2);
        if (current() == u'~') {
            t.strip = true;
            advance();
        }
        finish(t);
        Mode inner;
        inner.closesTemplate = true;
        m_modes.append(inner);
    }

    // One token in normal mode; false at the end of the text.
    bool normal()
    {
        // Whitespace and comments.
        for (;;) {
            const QChar c = current();
            if (c == u' ' || c == u'\t' || (c == u'\r' && at(m_pos + 1) == u'\n')) {
                advance();
            } else if (c == u'\r') {
                advance();
            } else if (c == u'#' || (c == u'/' && at(m_pos + 1) == u'/')) {
                while (!atEnd() && current() != u'\n')
                    advance();
            } else if (c == u'/' && at(m_pos + 1) == u'*') {
                const int line = m_line;
                const int column = m_column;
                advance(2);
                while (!atEnd() && !startsWith(u"*/"))
                    advance();
                if (atEnd()) {
                    error(line, column, HclLexer::tr("the comment that starts here is not closed with */"));
                    return false;
                }
                advance(2);
            } else {
                break;
            }
        }
        if (atEnd()) {
            if (m_modes.size() > 1) {
                const Mode &mode = m_modes.last();
                error(m_line, m_column, mode.closesTemplate ? HclLexer::tr("the file ends inside a template sequence \"${ ... }\"") : HclLexer::tr("the file ends too early"));
            }
            return false;
        }
        Mode &mode = m_modes.last();
        const QChar c = current();
        const QChar next = at(m_pos + 1);
        if (c == u'\n') {
            single(T::Newline);
            return true;
        }
        if (isIdentStart(c)) {
            HclToken t = start(T::Ident);
            advance();
            while (!atEnd() && isIdentContinue(current()))
                advance();
            finish(t);
            return true;
        }
        if (isDigit(c)) {
            HclToken t = start(T::NumberLit);
            while (isDigit(current()))
                advance();
            if (current() == u'.' && isDigit(at(m_pos + 1))) {
                advance();
                while (isDigit(current()))
                    advance();
            }
            if ((current() == u'e' || current() == u'E')
                && (isDigit(at(m_pos + 1)) || ((at(m_pos + 1) == u'+' || at(m_pos + 1) == u'-') && isDigit(at(m_pos + 2))))) {
                advance(2);
                while (isDigit(current()))
                    advance();
            }
            finish(t);
            return true;
        }
        switch (c.unicode()) {
        case u'"': {
            single(T::OQuote);
            Mode quotedMode;
            quotedMode.kind = Mode::Quoted;
            m_modes.append(quotedMode);
            return true;
        }
        case u'{':
            ++mode.depth;
            single(T::OBrace);
            return true;
        case u'}':
            if (mode.depth == 0 && mode.closesTemplate) {
                single(T::TemplateSeqEnd);
                m_modes.removeLast();
                return true;
            }
            if (mode.depth == 0) {
                error(m_line, m_column, HclLexer::tr("this \"}\" closes nothing"));
                return false;
            }
            --mode.depth;
            single(T::CBrace);
            return true;
        case u'~':
            if (next == u'}' && mode.depth == 0 && mode.closesTemplate) {
                HclToken t = start(T::TemplateSeqEnd);
                t.strip = true;
                advance(2);
                finish(t);
                m_modes.removeLast();
                return true;
            }
            break;
        case u'[': single(T::OBrack); return true;
        case u']': single(T::CBrack); return true;
        case u'(': single(T::OParen); return true;
        case u')': single(T::CParen); return true;
        case u'*': single(T::Star); return true;
        case u'/': single(T::Slash); return true;
        case u'+': single(T::Plus); return true;
        case u'-': single(T::Minus); return true;
        case u'%': single(T::Percent); return true;
        case u',': single(T::Comma); return true;
        case u'?': single(T::Question); return true;
        case u'=':
            if (next == u'=')
                single(T::EqualOp, 2);
            else if (next == u'>')
                single(T::FatArrow, 2);
            else
                single(T::Equal);
            return true;
        case u'!':
            if (next == u'=')
                single(T::NotEqual, 2);
            else
                single(T::Bang);
            return true;
        case u'<':
            if (next == u'<')
                return heredocStart();
            if (next == u'=')
                single(T::LessThanEq, 2);
            else
                single(T::LessThan);
            return true;
        case u'>':
            if (next == u'=')
                single(T::GreaterThanEq, 2);
            else
                single(T::GreaterThan);
            return true;
        case u'&':
            if (next == u'&') {
                single(T::And, 2);
                return true;
            }
            break;
        case u'|':
            if (next == u'|') {
                single(T::Or, 2);
                return true;
            }
            break;
        case u'.':
            if (next == u'.' && at(m_pos + 2) == u'.')
                single(T::Ellipsis, 3);
            else
                single(T::Dot);
            return true;
        case u':':
            if (next == u':')
                single(T::DoubleColon, 2);
            else
                single(T::Colon);
            return true;
        default: break;
        }
        QString shown = c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        if (c.isHighSurrogate())
            shown = m_text.mid(m_pos, 2);
        if (c == u'\'')
            error(m_line, m_column, HclLexer::tr("HCL strings are written in double quotes, not single quotes"));
        else
            error(m_line, m_column, HclLexer::tr("\"%1\" is not valid here").arg(shown));
        return false;
    }

    // "<<EOT" or "<<-EOT" and the end of its line.
    bool heredocStart()
    {
        HclToken t = start(T::OHeredoc);
        advance(2);
        if (current() == u'-')
            advance();
        const qsizetype nameStart = m_pos;
        if (!isIdentStart(current())) {
            error(t.line, t.column, HclLexer::tr("a heredoc starts with << and a marker name, such as <<EOT"));
            return false;
        }
        while (!atEnd() && isIdentContinue(current()))
            advance();
        const QString marker = m_text.mid(nameStart, m_pos - nameStart);
        if (current() == u'\r' && at(m_pos + 1) == u'\n')
            advance();
        if (current() != u'\n') {
            error(m_line, m_column, HclLexer::tr("the heredoc marker %1 must end its line").arg(marker));
            return false;
        }
        advance();
        finish(t);
        Mode mode;
        mode.kind = Mode::Heredoc;
        mode.marker = marker;
        mode.line = t.line;
        mode.column = t.column;
        m_modes.append(mode);
        return true;
    }

    void quoted()
    {
        HclToken literal = start(T::QuotedLit);
        const auto flush = [&] {
            if (m_pos > literal.begin)
                finish(literal);
        };
        for (;;) {
            if (atEnd()) {
                error(literal.line, literal.column, HclLexer::tr("the string is not closed with a double quote"));
                return;
            }
            const QChar c = current();
            if (c == u'"') {
                flush();
                single(T::CQuote);
                m_modes.removeLast();
                return;
            }
            if (c == u'\n') {
                error(m_line, m_column, HclLexer::tr("a quoted string cannot span lines; close it on this line or use a heredoc"));
                return;
            }
            if (c == u'\\') {
                advance();
                if (atEnd() || current() == u'\n')
                    continue; // reported above on the next round
                advance();
                continue;
            }
            if ((c == u'$' || c == u'%') && at(m_pos + 1) == c && at(m_pos + 2) == u'{') {
                advance(3); // "$${" and "%%{" are literal text
                continue;
            }
            if ((c == u'$' || c == u'%') && at(m_pos + 1) == u'{') {
                flush();
                openSequence(c == u'$' ? T::TemplateInterp : T::TemplateControl);
                return;
            }
            advance();
        }
    }

    void heredoc()
    {
        Mode &mode = m_modes.last();
        if (mode.lineStart) {
            // The closing marker: optional indentation, the marker, the end of the line.
            qsizetype i = m_pos;
            while (at(i) == u' ' || at(i) == u'\t')
                ++i;
            const qsizetype end = i + mode.marker.size();
            if (QStringView(m_text).mid(i, mode.marker.size()) == mode.marker
                && (end >= m_text.size() || at(end) == u'\n' || (at(end) == u'\r' && at(end + 1) == u'\n'))) {
                HclToken t = start(T::CHeredoc);
                advance(end - m_pos);
                finish(t);
                m_modes.removeLast();
                return;
            }
        }
        mode.lineStart = false;
        HclToken literal = start(T::StringLit);
        for (;;) {
            if (atEnd()) {
                error(mode.line, mode.column, HclLexer::tr("the heredoc that starts here is not closed: no line holds only %1").arg(mode.marker));
                return;
            }
            const QChar c = current();
            if ((c == u'$' || c == u'%') && at(m_pos + 1) == c && at(m_pos + 2) == u'{') {
                advance(3);
                continue;
            }
            if ((c == u'$' || c == u'%') && at(m_pos + 1) == u'{') {
                if (m_pos > literal.begin)
                    finish(literal);
                openSequence(c == u'$' ? T::TemplateInterp : T::TemplateControl);
                return;
            }
            advance();
            if (c == u'\n') {
                finish(literal);
                mode.lineStart = true;
                return;
            }
        }
    }

    const QString &m_text;
    QString m_file;
    Diagnostics &m_diagnostics;
    QList<HclToken> m_tokens;
    QList<Mode> m_modes;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_failed = false;
};

} // namespace

QList<HclToken> HclLexer::tokenize(const QString &text, const QString &fileName, Diagnostics &diagnostics)
{
    return Scanner(text, fileName, diagnostics).run();
}

} // namespace sg
