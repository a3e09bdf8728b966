// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacerulescommand.h"

#include "table/ruletablemodel.h"

namespace sg::ui {

ReplaceRulesCommand::ReplaceRulesCommand(DocumentController *document, int group, QList<int> rows, QList<Rule> after,
                                         const QString &text, int editedColumn, QUndoCommand *parent)
    : GroupCommand(document, group, text, parent), m_rows(std::move(rows)), m_after(std::move(after)),
      m_column(editedColumn)
{
    Q_ASSERT(m_rows.size() == m_after.size());
    for (int row : std::as_const(m_rows))
        m_before.append(model()->rule(row));
}

void ReplaceRulesCommand::redo()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        model()->replaceRule(m_rows[i], m_after[i]);
}

void ReplaceRulesCommand::undo()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        model()->replaceRule(m_rows[i], m_before[i]);
}

bool ReplaceRulesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ReplaceRulesCommand *>(other);
    if (next->group() != group() || next->m_column != m_column || next->m_rows != m_rows || m_rows.size() != 1)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // an edit and its reversal cancel out
    return true;
}

} // namespace sg::ui
