// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setgroupcommand.h"

#include "documentcontroller.h"
#include "table/ruletablemodel.h"

namespace sg::ui {

SetGroupCommand::SetGroupCommand(DocumentController *document, int group, GroupInfo after, const QString &text, QUndoCommand *parent)
    : GroupCommand(document, group, text, parent), m_before(model()->ruleSet().group), m_after(std::move(after))
{
}

void SetGroupCommand::redo()
{
    model()->setGroup(m_after);
}

void SetGroupCommand::undo()
{
    model()->setGroup(m_before);
}

} // namespace sg::ui
