// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"

#include "groupcommand.h"

namespace sg::ui {

// Changes the group's metadata (region, id, name, type, intra-group policy).
class SetGroupCommand : public GroupCommand
{
public:
    SetGroupCommand(DocumentController *document, int group, GroupInfo after, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    GroupInfo m_before;
    GroupInfo m_after;
};

} // namespace sg::ui
