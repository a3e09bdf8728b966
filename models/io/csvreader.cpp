// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>

namespace sg {

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_text(text), m_delimiter(delimiter)
{
}

void CsvReader::fail(int line, const QString &message)
{
    m_error = message;
    m_errorLine = line;
    m_pos = m_text.size();
}

bool CsvReader::next(Record &record)
{
    record.cells.clear();
    if (m_pos >= m_text.size())
        return false;
    record.line = m_line;
    const qsizetype size = m_text.size();
    QString cell;
    for (;;) {
        cell.clear();
        if (m_pos < size && m_text[m_pos] == u'"') {
            // Quoted cell: runs to the quote that is not doubled, across line breaks.
            const int openedOn = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < size) {
                const QChar c = m_text[m_pos];
                if (c == u'"') {
                    if (m_pos + 1 < size && m_text[m_pos + 1] == u'"') {
                        cell += u'"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && (m_pos + 1 >= size || m_text[m_pos + 1] != u'\n')))
                    ++m_line;
                cell += c;
                ++m_pos;
            }
            if (!closed) {
                fail(openedOn, QCoreApplication::translate("sg::CsvReader", "a quoted cell that starts here is never closed (truncated file?)"));
                return false;
            }
            if (m_pos < size && m_text[m_pos] != m_delimiter && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r') {
                fail(m_line, QCoreApplication::translate("sg::CsvReader", "unexpected text after a closing quote; write a quote inside a quoted cell as \"\""));
                return false;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && m_text[m_pos] != m_delimiter && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r')
                ++m_pos;
            cell = m_text.mid(start, m_pos - start).toString();
        }
        record.cells.append(cell);
        if (m_pos >= size)
            return true;
        const QChar c = m_text[m_pos++];
        if (c == m_delimiter)
            continue;
        // End of the record: CRLF, LF or a lone CR.
        if (c == u'\r' && m_pos < size && m_text[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

QChar CsvReader::guessDelimiter(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    const QStringView first = text.left(end);
    const qsizetype commas = first.count(u',');
    const qsizetype semicolons = first.count(u';');
    const qsizetype tabs = first.count(u'\t');
    if (commas == 0 && semicolons > 0 && semicolons >= tabs)
        return u';';
    if (commas == 0 && tabs > 0)
        return u'\t';
    return u',';
}

} // namespace sg
