// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setgroupcommand.h"

#include "table/ruletablemodel.h"

namespace sg::ui {

SetGroupCommand::SetGroupCommand(RuleTableModel *model, GroupInfo after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_before(model->ruleSet().group), m_after(std::move(after))
{
}

void SetGroupCommand::redo()
{
    m_model->setGroup(m_after);
}

void SetGroupCommand::undo()
{
    m_model->setGroup(m_before);
}

} // namespace sg::ui
