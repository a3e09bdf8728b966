// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moverulescommand.h"

#include "table/ruletablemodel.h"

namespace sg::ui {

MoveRulesCommand::MoveRulesCommand(RuleTableModel *model, int row, int count, int destination, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_row(row), m_count(count), m_destination(destination)
{
}

void MoveRulesCommand::redo()
{
    m_model->moveRules(m_row, m_count, m_destination);
}

void MoveRulesCommand::undo()
{
    m_model->moveRules(m_destination, m_count, m_row);
}

} // namespace sg::ui
