// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace sg {

QString SourceLocation::toString() const
{
    QString out = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    QString detail;
    if (rule > 0)
        detail = QCoreApplication::translate("sg::SourceLocation", "rule %1").arg(rule);
    if (!field.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(", ")) + field;
    if (!detail.isEmpty())
        out += QStringLiteral(": ") + detail;
    return out;
}

QString Diagnostic::toString() const
{
    const QString prefix = level == Level::Warning
        ? QCoreApplication::translate("sg::Diagnostic", "warning: ")
        : QString();
    return location.toString() + QStringLiteral(": ") + prefix + message;
}

void ProblemCollector::finish()
{
    if (m_dropped > 0) {
        m_target.append(Diagnostic::error(
            SourceLocation{m_file}, QCoreApplication::translate("sg::ProblemCollector", "%1 more problems are not listed").arg(m_dropped)));
        m_dropped = 0;
    }
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

void setFileName(Diagnostics &diagnostics, const QString &fileName)
{
    for (Diagnostic &d : diagnostics) {
        if (d.location.file.isEmpty())
            d.location.file = fileName;
    }
}

void lineAndColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    int c = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((quint8(text.at(i)) & 0xC0) != 0x80)
            ++c;
    }
    *line = l;
    *column = c;
}

} // namespace sg
