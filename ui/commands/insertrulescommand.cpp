// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insertrulescommand.h"

#include "table/ruletablemodel.h"

namespace sg::ui {

InsertRulesCommand::InsertRulesCommand(DocumentController *document, int group, int row, QList<Rule> rules, const QString &text,
                                       QUndoCommand *parent)
    : GroupCommand(document, group, text, parent), m_row(row), m_rules(std::move(rules))
{
}

void InsertRulesCommand::redo()
{
    model()->insertRules(m_row, m_rules);
}

void InsertRulesCommand::undo()
{
    model()->removeRulesAt(m_row, int(m_rules.size()));
}

} // namespace sg::ui
