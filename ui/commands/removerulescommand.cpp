// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removerulescommand.h"

#include "table/ruletablemodel.h"

#include <algorithm>

namespace sg::ui {

RemoveRulesCommand::RemoveRulesCommand(DocumentController *document, int group, QList<int> rows, const QString &text,
                                       QUndoCommand *parent)
    : GroupCommand(document, group, text, parent), m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    for (int row : std::as_const(m_rows))
        m_rules.append(model()->rule(row));
}

void RemoveRulesCommand::redo()
{
    // From the bottom up, so that the positions still to remove do not move; runs of adjacent
    // rows go in one model call.
    qsizetype end = m_rows.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && m_rows[start - 1] == m_rows[start] - 1)
            --start;
        model()->removeRulesAt(m_rows[start], int(end - start));
        end = start;
    }
}

void RemoveRulesCommand::undo()
{
    qsizetype start = 0;
    while (start < m_rows.size()) {
        qsizetype end = start + 1;
        while (end < m_rows.size() && m_rows[end] == m_rows[end - 1] + 1)
            ++end;
        model()->insertRules(m_rows[start], m_rules.mid(start, end - start));
        start = end;
    }
}

} // namespace sg::ui
