// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace sg {

// Splits CSV text (RFC 4180) into records, one at a time: quoted cells may hold the delimiter,
// doubled quotes and line breaks; lines end in LF, CRLF or CR. Every record knows the line it
// starts on, so that problems can be reported where a spreadsheet user will look for them.
class CsvReader
{
public:
    // `text` must outlive the reader; a byte order mark must already be removed.
    explicit CsvReader(QStringView text, QChar delimiter = u',');

    struct Record
    {
        int line = 0; // 1-based line the record starts on
        QStringList cells;
        bool isBlank() const { return cells.size() == 1 && cells.first().isEmpty(); }
    };

    // Reads the next record; false at the end of the text or after a syntax error (see error()).
    bool next(Record &record);

    // Set after next() returned false on malformed text: why, and on which line.
    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    // The delimiter the first line most likely uses: ',' unless ';' or a tab is clearly meant
    // (spreadsheets in many locales write semicolons).
    static QChar guessDelimiter(QStringView text);

private:
    void fail(int line, const QString &message);

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace sg
