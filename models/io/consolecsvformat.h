// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `console-csv`: the ECS console's CSV export and import. The console's column headers are not
// publicly documented (reference 4.2): columns are found by header name in any order, in English
// (the API field names and common labels) or Chinese; the whole mapping is the table at the top of
// consolecsvformat.cpp. Written files use the API field names as headers, UTF-8 with a byte order
// mark (so spreadsheets see UTF-8) and CRLF line ends, at most 200 rules each.
class ConsoleCsvFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::ConsoleCsvFormat)

public:
    ConsoleCsvFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;

    // Formula-injection guard, reversible: a cell that starts with = + - @ a tab or a carriage
    // return (a spreadsheet would run it as a formula), or with an apostrophe, is written with an
    // apostrophe in front ("=1+1" -> "'=1+1", "-1/-1" -> "'-1/-1", "'x" -> "''x"). Reading removes
    // exactly one leading apostrophe, so every text comes back as it was.
    static QString protectCell(const QString &text);
    static QString unprotectCell(const QString &cell);
};

} // namespace sg
