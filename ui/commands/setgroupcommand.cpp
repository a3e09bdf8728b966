// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setgroupcommand.h"

#include "documentcontroller.h"
#include "table/ruletablemodel.h"

namespace sg::ui {

SetGroupCommand::SetGroupCommand(DocumentController *document, int group, GroupInfo after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_group(group), m_before(document->modelFor(group)->ruleSet().group), m_after(std::move(after))
{
}

void SetGroupCommand::redo()
{
    m_document->modelFor(m_group)->setGroup(m_after);
}

void SetGroupCommand::undo()
{
    m_document->modelFor(m_group)->setGroup(m_before);
}

} // namespace sg::ui
