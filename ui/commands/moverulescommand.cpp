// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moverulescommand.h"

#include "table/ruletablemodel.h"

namespace sg::ui {

MoveRulesCommand::MoveRulesCommand(DocumentController *document, int group, int row, int count, int destination, const QString &text,
                                   QUndoCommand *parent)
    : GroupCommand(document, group, text, parent), m_row(row), m_count(count), m_destination(destination)
{
}

void MoveRulesCommand::redo()
{
    model()->moveRules(m_row, m_count, m_destination);
}

void MoveRulesCommand::undo()
{
    model()->moveRules(m_destination, m_count, m_row);
}

} // namespace sg::ui
