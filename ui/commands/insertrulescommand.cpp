// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insertrulescommand.h"

#include "table/ruletablemodel.h"

namespace sg::ui {

InsertRulesCommand::InsertRulesCommand(RuleTableModel *model, int row, QList<Rule> rules, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_row(row), m_rules(std::move(rules))
{
}

void InsertRulesCommand::redo()
{
    m_model->insertRules(m_row, m_rules);
}

void InsertRulesCommand::undo()
{
    m_model->removeRulesAt(m_row, int(m_rules.size()));
}

} // namespace sg::ui
